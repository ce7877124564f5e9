"""The X12 extractor alone: separators from the ISA envelope, 850/875 orders, siblings, broken input."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors import edi_x12
from extractors.registry import choose, extract_part
from models.schemas import Address, Extraction, Part
from tests.support.environment import SHARED_CORPUS

FIXTURES = Path(__file__).resolve().parents[1] / "corpus" / "edi"
CORPUS = SHARED_CORPUS


def read(data: bytes | str) -> Extraction:
    raw = data.encode() if isinstance(data, str) else data
    return edi_x12.EXTRACTOR.extract(Part(0, "attachment", "application/edi-x12", "po.edi", raw))


def isa(element: str = "*", component: str = ">", terminator: str = "~") -> str:
    fields = ["ISA", "00", " " * 10, "00", " " * 10, "ZZ", "ACMERETAIL".ljust(15), "ZZ", "NORTHWIND".ljust(15),
              "261120", "0930", "U", "00401", "000000101", "0", "P", component]
    return element.join(fields) + terminator


def envelope(body: list[str], element: str = "*", terminator: str = "~", joiner: str = "") -> str:
    segments = ["GS*PO*A*B*20261120*0930*1*X*004010", "ST*850*0001", *body, "SE*9*0001", "GE*1*1", "IEA*1*000000101"]
    return isa(element, terminator=terminator) + joiner + "".join(
        s.replace("*", element) + terminator + joiner for s in segments)


def header_values(ex: Extraction) -> dict[str, object]:
    return {name: getattr(ex.header, name).value if getattr(ex.header, name) else None
            for name in ("po_number", "order_date", "requested_date", "currency", "buyer", "ship_to")}


def line_values(ex: Extraction) -> list[tuple[object, ...]]:
    return [(ln.item_code, ln.customer_part, ln.quantity, ln.uom, ln.unit_price, ln.description) for ln in ex.lines]


FIXTURE_HEADER = {
    "po_number": "4500012345",
    "order_date": date(2026, 11, 20),
    "requested_date": date(2026, 12, 3),  # DTM*002 wins over the earlier DTM*010
    "currency": "USD",
    "buyer": "Acme Retail Inc.",
    "ship_to": Address("Acme Store 12", "1420 Regal Row", "Dallas", "TX", "75247", "US"),
}
FIXTURE_LINES = [
    ("TAPE-48-CLR", "77-100", Decimal("10"), "CS", Decimal("24.50"), "Packing tape 48 mm clear"),
    ("GLV-L", "GLV-L", Decimal("5"), "BX", Decimal("8.40"), "Nitrile gloves size L"),
    ("012345678929", None, Decimal("2.5"), "DZ", Decimal("12"), None),
    ("ROLL-9", "ROLL-9", Decimal("1"), "RL", Decimal("3.10"), None),
]


# ---------------------------------------------------------------- features, on our own fixtures


def test_tilde_star_order_header_and_lines():
    """GIVEN an 850 with ~ terminators and * elements on one line WHEN read THEN every header field and line."""
    ex = read((FIXTURES / "850_tilde_star.edi").read_bytes())
    assert ex.error is None
    assert header_values(ex) == FIXTURE_HEADER
    assert line_values(ex) == FIXTURE_LINES
    assert ex.siblings == [] and ex.notes == [] and ex.unread == []


def test_pipe_elements_and_newline_terminator_read_the_same():
    """GIVEN the same order with | elements, ^ components and CRLF as the terminator THEN the same values."""
    ex = read((FIXTURES / "850_pipe_newline.x12").read_bytes())
    assert ex.error is None
    assert header_values(ex) == FIXTURE_HEADER
    assert line_values(ex) == FIXTURE_LINES
    assert ex.lines[0].raw_text == "PO1|1|10|CA|24.50||VN|TAPE-48-CLR|BP|77-100|UP|012345678905"


def test_values_carry_edi_provenance_and_structured_confidence():
    ex = read((FIXTURES / "850_tilde_star.edi").read_bytes())
    po = ex.header.po_number
    assert po is not None and po.confidence == 0.99
    assert po.provenance is not None
    assert (po.provenance.kind, po.provenance.cell, po.provenance.row) == ("edi", "BEG03", 3)
    text = (FIXTURES / "850_tilde_star.edi").read_text()
    start, end = po.provenance.span or (0, 0)
    assert text[start:end] == "BEG*00*SA*4500012345**20261120"
    third = ex.lines[2]
    assert third.confidence == 0.99
    assert third.provenance is not None and (third.provenance.cell, third.provenance.row) == ("PO1[3]", 16)


def test_several_orders_become_siblings_and_other_sets_are_named():
    """GIVEN two GS groups: two 850s and an 855, ! elements, ' terminators and a newline after each segment."""
    ex = read((FIXTURES / "850_multi_bang_quote.edi").read_bytes())
    assert ex.error is None
    assert [e.header.po_number.value for e in [ex, *ex.siblings] if e.header.po_number] == ["PO-A1", "PO-A2"]
    assert header_values(ex)["ship_to"] == Address("Store A", "1 Main St", "Austin", "TX", "78701", "US")
    assert line_values(ex) == [("SKU-1", None, Decimal("3"), "EA", Decimal("1.25"), None)]
    sibling = ex.siblings[0]
    # PC is a piece; ST is a set in X12 (not the German "Stück") and stays as written.
    # Only a buyer's code (SK): it is the item code to match and the customer's own part number.
    assert line_values(sibling) == [("SKU-2", "SKU-2", Decimal("7"), "EA", Decimal("2"), None),
                                    ("KIT-9", "KIT-9", Decimal("1"), "SET", Decimal("9"), None)]
    assert "also holds X12 855 purchase order acknowledgment (not orders, not read)" in ex.notes
    assert sibling.notes == ["CTT01 says 3 lines, the order has 2 PO1 segments"]


def test_interchange_without_an_order_is_a_note_not_an_error():
    ex = read((FIXTURES / "997_only.edi").read_bytes())
    assert ex.error is None and ex.lines == []
    assert ex.notes == ["X12 997 functional acknowledgment, not an order"]


def test_855_only_says_what_it_is():
    doc = isa() + "GS*PR*A*B*20261120*0930*1*X*004010~ST*855*1~BAK*00*AC*PO1*20261120~SE*3*1~GE*1*1~IEA*1*1~"
    ex = read(doc)
    assert (ex.error, ex.lines, ex.notes) == (None, [], ["X12 855 purchase order acknowledgment, not an order"])
    # What it is, so the message is closed as that rather than filed as an order nobody could read.
    assert ex.document_kind == "X12 855 purchase order acknowledgment"


def test_blank_terminator_before_line_break_keeps_names_whole():
    """GIVEN a sender ending segments with a blank then CRLF (as the Adobe sample does) THEN names keep spaces."""
    body = ["BEG*00*NE*MH80312**20090421", "N1*ST*SHIP TO Org Name*ZZ*1", "N3*100 Bramshott Rd.",
            "N4*San Jose*CA*95110", "PO1*1*11*EA*1499.95*CA*BP*12345678"]
    ex = read(envelope(body, terminator=" ", joiner="\r\n"))
    assert ex.error is None
    assert header_values(ex)["ship_to"] == Address("SHIP TO Org Name", "100 Bramshott Rd.", "San Jose", "CA", "95110")
    assert line_values(ex) == [("12345678", "12345678", Decimal("11"), "EA", Decimal("1499.95"), None)]


def test_line_break_ends_a_segment_that_lost_its_terminator():
    body = ["BEG*00*SA*PO-9**20261120", "N1*BY*RETAILER*92*1129", "PO1*1*2*EA*3**VN*X-1"]
    ex = read(envelope(body, joiner="\n").replace("1129~\n", "1129\n"))
    assert ex.error is None
    assert header_values(ex)["buyer"] == "RETAILER"
    assert [ln.item_code for ln in ex.lines] == ["X-1"]


def test_unpadded_isa_and_bom_and_leading_blank_lines():
    doc = "\ufeff\r\n\r\n" + envelope(["BEG*00*SA*PO-7**261120", "PO1*1*2*EA*3**VN*X-1"]).replace(
        "ACMERETAIL     ", "ACMERETAIL")
    ex = read(doc.encode("utf-8"))
    assert ex.error is None
    assert header_values(ex)["po_number"] == "PO-7"
    assert header_values(ex)["order_date"] == date(2026, 11, 20)  # six-digit YYMMDD of older versions


def test_requested_date_from_lines_when_every_line_agrees():
    body = ["BEG*00*SA*PO-8**20261120", "PO1*1*2*EA*3**VN*A", "DTM*002*20261205", "PO1*2*1*EA*3**VN*B",
            "DTM*002*20261205"]
    ex = read(envelope(body))
    assert header_values(ex)["requested_date"] == date(2026, 12, 5)
    assert ex.header.requested_date is not None and ex.header.requested_date.confidence < 0.99


def test_line_level_n1_does_not_replace_the_order_ship_to():
    body = ["BEG*00*SA*PO-8**20261120", "N1*ST*Main DC", "N3*1 Road", "N4*Austin*TX*78701",
            "PO1*1*2*EA*3**VN*A", "N1*ST*Other DC", "N3*9 Lane"]
    ex = read(envelope(body))
    assert header_values(ex)["ship_to"] == Address("Main DC", "1 Road", "Austin", "TX", "78701")


def test_po1_without_quantity_is_unread_not_dropped():
    ex = read(envelope(["BEG*00*SA*PO-8**20261120", "PO1*1**EA*3**VN*A", "PID*F****Lost line",
                        "PO1*2*4*EA*3**VN*B"]))
    assert ex.unread == ["PO1*1**EA*3**VN*A"]
    assert [(ln.item_code, ln.description) for ln in ex.lines] == [("B", None)]


# ---------------------------------------------------------------- broken input: error values


@pytest.mark.parametrize(
    ("doc", "reason"),
    [
        (b"", "the document is empty"),
        (b"GS*PO*A*B~ST*850*1~", "does not start with an ISA segment"),
        (b"ISA*00*          *00*   ", "ISA header is truncated"),
        (isa().encode()[:104], "ISA header is truncated"),
        ((isa() + "GS*PO*A*B*1*1*1*X*004010~ST*850*1~BEG*00*SA*P**20261120~PO1*1*2*EA*3").encode(), "no IEA trailer"),
        ((isa() + "GS|PO|A|B|1|1|1|X|004010~ST|850|1~SE|2|1~GE|1|1~IEA|1|1~").encode(), "is not an X12 segment"),
        (b"ISA1001010101010101", "element separator"),
        (bytes(range(256)) * 3, "does not start with an ISA segment"),
    ],
    ids=["empty", "no-isa", "truncated-isa", "isa-without-terminator", "missing-iea", "wrong-separators",
         "alnum-separator", "garbage"],
)
def test_broken_envelope_is_an_error_value(doc: bytes, reason: str):
    ex = read(doc)
    assert ex.error is not None and ex.error.startswith("broken X12 envelope: ")
    assert reason in ex.error
    assert ex.lines == []


# ---------------------------------------------------------------- never raises


def _assert_clean(ex: Extraction) -> None:
    assert isinstance(ex, Extraction)
    assert ex.error is None or "internal error" not in ex.error


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600))
def test_random_bytes_never_raise(data: bytes):
    _assert_clean(read(data))
    _assert_clean(read(isa().encode() + data))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(FIXTURES.glob("*.*"))), st.data())
def test_mutated_documents_never_raise(path: Path, data: st.DataObject):
    doc = bytearray(path.read_bytes())
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(doc)))
        action = data.draw(st.sampled_from(["insert", "delete", "replace", "truncate"]))
        byte = data.draw(st.sampled_from(list(b"*~|^>!'\n\r :0123456789AZ") + [0, 0xFF]))
        if action == "insert":
            doc[at:at] = bytes([byte])
        elif action == "delete":
            del doc[at:at + 1]
        elif action == "replace" and at < len(doc):
            doc[at] = byte
        elif action == "truncate":
            del doc[at:]
    _assert_clean(read(bytes(doc)))


# ---------------------------------------------------------------- through the registry


@pytest.mark.parametrize(
    ("role", "media_type", "filename"),
    [("attachment", "application/edi-x12", "po.edi"), ("attachment", "application/EDI-X12", None),
     ("attachment", "text/plain", "order.txt"), ("body_text", "text/plain", None),
     ("attachment", "application/octet-stream", "PO.850")],
)
def test_registry_reaches_the_x12_extractor(role: str, media_type: str, filename: str | None):
    data = (FIXTURES / "850_tilde_star.edi").read_bytes()
    part = Part(0, role, media_type, filename, data)
    assert choose(part) is edi_x12.EXTRACTOR
    ex = extract_part(part)
    assert ex.extractor == "edi_x12" and ex.header.po_number is not None
    assert ex.header.po_number.value == "4500012345"


def test_registry_reports_a_named_but_broken_edi_file():
    ex = extract_part(Part(0, "attachment", "application/edi-x12", "po.edi", b"hello"))
    assert ex.extractor == "edi_x12" and ex.error is not None and ex.error.startswith("broken X12 envelope")


def test_plain_text_that_is_not_x12_is_not_ours():
    assert edi_x12.EXTRACTOR.score(Part(0, "body_text", "text/plain", None, b"ISAAC wants 3 boxes")) == 0


# ---------------------------------------------------------------- the real samples (read-only)

needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"{CORPUS} is not on this machine")

REAL_ORDERS = {
    "x12-oopfactory/850_Example1_PGWGlass.x12": [("S41000439", 4)],
    "x12-oopfactory/850_Example2_Adobe_TLP.x12": [("TLP-X12", 1)],
    "x12-oopfactory/850_Example3_Adobe_CLP.x12": [("ANSI-X12-CLP", 2)],
    "x12-oopfactory/850_Example4_Adobe_ShrinkWrapped.x12": [("MH80312", 1)],
    "x12-oopfactory/850_From_aojuk.x12": [("6190", 2)],
    "x12-oopfactory/875_AmasoftExample1.x12": [("59590001", 2)],
    "x12-oopfactory/855_Example1_Adobe.x12": [],
    # A change to an order (two items deleted, no quantities): read as an order marked as a change, so that
    # it reaches a clerk instead of being closed.
    "x12-oopfactory/860_Example1.x12": [("PO NUMBER", 0)],
    "x12-bots-plugins/simplemailbag.x12": [("587852", 2)],
    "x12-bots-plugins/mailbag01.x12": [
        ("587852", 2), ("91393058", 8), ("95018017", 1), ("95018017", 1), ("95018017", 1), ("95018017", 1),
        ("3768856", 1), ("3769108", 1), ("801104", 3), ("PONUM-1234567", 8), ("12345678", 4)],
}


@needs_corpus
def test_every_real_x12_file_is_covered_here():
    found = {str(p.relative_to(CORPUS)) for p in CORPUS.glob("x12-*/*.x12")}
    assert found == set(REAL_ORDERS)


@needs_corpus
@pytest.mark.parametrize("name", sorted(REAL_ORDERS))
def test_real_x12_files_extract_without_error(name: str):
    ex = read((CORPUS / name).read_bytes())
    assert ex.error is None
    orders = [ex, *ex.siblings] if REAL_ORDERS[name] else []
    got = [(e.header.po_number.value if e.header.po_number else None, len(e.lines)) for e in orders]
    assert got == REAL_ORDERS[name]
    if not REAL_ORDERS[name]:
        assert ex.lines == [] and ex.notes and "not an order" in ex.notes[-1]


@needs_corpus
def test_real_pgw_glass_order_values():
    """GIVEN the PGW Glass 850 (| terminator after a BOM, ship-to without a name) THEN exact values."""
    ex = read((CORPUS / "x12-oopfactory/850_Example1_PGWGlass.x12").read_bytes())
    assert header_values(ex) == {
        "po_number": "S41000439", "order_date": date(2010, 8, 10), "requested_date": date(2010, 8, 20),
        "currency": "USD", "buyer": None,
        "ship_to": Address(None, "WORKS 41", "BEREA", "KY", "40403", "US"),
    }
    assert line_values(ex)[1] == ("0650002027", "0650002027", Decimal("12"), "EA", Decimal("63.11"),
                                  "LAMP, MAXLITE 35873, 200W,")


@needs_corpus
def test_real_adobe_clp_order_uses_tilde_elements_and_star_terminator():
    ex = read((CORPUS / "x12-oopfactory/850_Example3_Adobe_CLP.x12").read_bytes())
    assert header_values(ex)["buyer"] == "SOLD TO"
    assert header_values(ex)["ship_to"] == Address("SHIP TO", "123 MAIN STREET", "CEDAR RAPIDS", "IA", "524032140")
    assert [(ln.quantity, ln.unit_price) for ln in ex.lines] == [(Decimal("1"), Decimal("157.50")),
                                                                 (Decimal("1"), Decimal("160"))]


@needs_corpus
def test_real_mailbag_names_what_is_not_an_order():
    ex = read((CORPUS / "x12-bots-plugins/mailbag01.x12").read_bytes())
    assert ("also holds X12 997 functional acknowledgment, X12 820 payment order/remittance advice ×2 "
            "(not orders, not read)") in ex.notes
    assert header_values(ex)["currency"] == "CAD"
    # SK is the retailer's stock-keeping code (the buyer's); VC, the vendor's catalog number, is ours.
    assert line_values(ex) == [("5323-1151", "56065050", Decimal("6"), "EA", Decimal("22"), None),
                               ("5323-1151", "56065150", Decimal("6"), "EA", Decimal("22"), None)]
    # PID*F*08 (description) and PID*F*75 (colour) make one description.
    assert ex.siblings[0].lines[0].description == "KAK S/S PRINT CAMP OR/BK"
