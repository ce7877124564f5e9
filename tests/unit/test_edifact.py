"""The EDIFACT extractor alone: UNA separators, release characters, ORDERS messages, siblings, broken input."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors import edifact
from extractors.registry import choose, extract_part
from models.schemas import Address, Extraction, Part
from tests.support.environment import SHARED_CORPUS

FIXTURES = Path(__file__).resolve().parents[1] / "corpus" / "edifact"
REAL = SHARED_CORPUS / "oca-edi" / "edifact"
LABELS = Path(__file__).resolve().parents[1] / "corpus" / "shared-labels" / "oca-edi" / "edifact"


def part(data: bytes | str, filename: str | None = "po.edi", media_type: str = "application/edi-x12") -> Part:
    raw = data.encode() if isinstance(data, str) else data
    return Part(0, "attachment", media_type, filename, raw)


def read(data: bytes | str) -> Extraction:
    return edifact.EXTRACTOR.extract(part(data))


def fixture(name: str) -> Extraction:
    return extract_part(part((FIXTURES / name).read_bytes(), name))


def header_values(ex: Extraction) -> dict[str, object]:
    return {name: getattr(ex.header, name).value if getattr(ex.header, name) else None
            for name in ("po_number", "order_date", "requested_date", "currency", "buyer", "ship_to")}


def line_values(ex: Extraction) -> list[tuple[object, ...]]:
    return [(ln.item_code, ln.customer_part, ln.quantity, ln.uom, ln.unit_price, ln.line_total, ln.description)
            for ln in ex.lines]


MINIMAL = "UNH+1+ORDERS:D:96A:UN'BGM+220+PO-1+9'LIN+1++4000000000000:EN'QTY+21:3:PCE'UNT+5+1'"


# ---------------------------------------------------------------- detection


@pytest.mark.parametrize("name, media_type", [
    ("po.edi", "application/edi-x12"), ("po.txt", "text/plain"), ("po.edifact", "application/octet-stream"),
    (None, "text/plain"),
])
def test_edifact_content_is_ours_whatever_the_name(name: str | None, media_type: str):
    for text in (MINIMAL, "UNA:+.? '" + MINIMAL, "\ufeff\r\n UNB+UNOA:2+A+B+261120:0930+1'" + MINIMAL + "UNZ+1+1'"):
        assert choose(part(text, name, media_type)) is edifact.EXTRACTOR


def test_x12_is_not_ours():
    x12 = "ISA*00*          *00*          *ZZ*A              *ZZ*B              *261120*0930*U*00401*1*0*P*>~"
    assert edifact.EXTRACTOR.score(part(x12, "po.edifact", "application/edifact")) == 0
    assert choose(part(x12)).name == "edi_x12"


def test_plain_text_is_not_ours():
    assert edifact.EXTRACTOR.score(part("Hello, please send 10 boxes", "po.txt", "text/plain")) == 0


# ---------------------------------------------------------------- own fixtures


def test_una_with_other_separators_and_release_character():
    ex = fixture("orders_una.edi")
    assert ex.extractor == "edifact" and ex.error is None
    assert ex.notes == []
    assert header_values(ex) == {
        "po_number": "PO|2026~17",  # "#|" and "#~" released
        "order_date": date(2026, 11, 20),
        "requested_date": date(2026, 12, 3),  # DTM+2 in format 203
        "currency": "EUR",
        "buyer": "Acme*Retail Europe",
        "ship_to": Address("Acme Store 12", "Rue du Port 4", "Lyon", "ARA", "69002", "FR"),
    }
    assert line_values(ex) == [
        ("TAPE-48-CLR", "77-100", Decimal("10"), "CS", Decimal("24.50"), Decimal("245.00"), "Packing tape 48 mm clear"),
        ("5400000000024", None, Decimal("2.5"), "DZ", Decimal("12"), None, None),
    ]
    prov = ex.lines[0].provenance
    assert prov is not None and prov.kind == "edifact" and prov.cell == "QTY[1]" and prov.row == 11
    assert ex.header.po_number is not None and ex.header.po_number.confidence == 0.99


def test_default_separators_release_characters_and_siblings():
    ex = fixture("two_orders_no_una.edifact")
    assert ex.error is None
    assert header_values(ex)["po_number"] == "PO-A1"
    assert header_values(ex)["order_date"] == date(2026, 11, 21)  # format 101, YYMMDD
    assert header_values(ex)["buyer"] == "O'Brien + Sons: Hardware?"
    assert line_values(ex) == [("012345678905", None, Decimal("4"), "EA", Decimal("3.5"), None, None)]
    assert [header_values(s)["po_number"] for s in ex.siblings] == ["PO-A2"]
    assert line_values(ex.siblings[0]) == [("GLV-L", None, Decimal("5"), "BX", None, None, None)]
    assert any("2 ORDERS messages" in n for n in ex.notes)
    assert any("INVOIC" in n for n in ex.notes)


def test_messages_that_are_not_orders_give_a_note_and_no_lines():
    ex = fixture("invoic_desadv.edi")
    assert ex.error is None and ex.lines == [] and ex.siblings == []
    assert ex.notes == ["EDIFACT INVOIC invoice, EDIFACT DESADV despatch advice, not an order"]
    assert ex.document_kind == "EDIFACT INVOIC invoice"


def test_newlines_and_wrapped_segments():
    text = "UNH+1+ORDERS:D:96A:UN'\r\nBGM+220+PO-\r\n77+9'\n\nLIN+1'PIA+5+AB-1:SA'QTY+21:1,5:KGM'\nUNT+6+1'\n"
    ex = read(text)
    assert ex.error is None
    assert header_values(ex)["po_number"] == "PO-77"
    assert line_values(ex) == [("AB-1", None, Decimal("1.5"), "KG", None, None, None)]


def test_delivery_window_is_not_a_requested_date():
    text = "UNH+1+ORDERS:D:96A:UN'BGM+220+P+9'DTM+64:20261201:102'DTM+63:20261205:102'UNT+5+1'"
    ex = read(text)
    assert ex.header.requested_date is None
    assert any("delivery window" in n for n in ex.notes)


def test_line_without_ordered_quantity_is_unread():
    ex = read("UNH+1+ORDERS:D:96A:UN'BGM+220+P+9'LIN+1++123:EN'QTY+59:6'UNT+5+1'")
    assert ex.error is None and ex.lines == [] and len(ex.unread) == 1


# ---------------------------------------------------------------- broken input


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b"UNB+UNOA:2+A+B+261120:0930+1'UNZ+0+1'", "no UNH"),
    (b"UNH+1+ORDERS:D:96A:UN'BGM+220+P+9'LIN+1'QTY+21:1'", "no UNT"),
    (b"UNH+1+ORDERS:D:96A:UN'BGM+220+P+9'LIN+1'QTY+21:1", "no terminator"),
    (b"UNB+UNOA:2+A+B+261120:0930+1'UNH+1+ORDERS:D:96A:UN'UNT+2+1'", "no UNZ"),
    (b"UNA:+", "UNA"),
    (b"UNA:+.? 'UNH+1+ORDERS'garbage here'", "not an EDIFACT segment"),
    (b"UNH+1+ORDERS:D:96A:UN'BGM+220+P?", "release character"),
    (b"\x00\xff\xfe UNH", "not an EDIFACT segment"),
])
def test_broken_input_is_an_error_value(data: bytes, reason: str):
    ex = read(data)
    assert ex.error is not None and ex.error.startswith("broken EDIFACT: "), ex.error
    assert reason in ex.error


# ---------------------------------------------------------------- the real samples (read-only, outside the repo)


REAL_FILES = [
    "Retail_EDIFACT_ORDERS_sample1", "Retail_EDIFACT_ORDERS_sample2",
    "test_orders_-_no_PRI_segments", "test_orders_-_no_ean_in_LIN_segments",
]


@pytest.mark.skipif(not REAL.is_dir(), reason="the shared OCA corpus is not here")
@pytest.mark.parametrize("stem", REAL_FILES)
def test_real_samples_match_their_labels(stem: str):
    source = REAL / f"{stem}.txt"
    expected = json.loads((LABELS / f"{stem}.expected.json").read_text())
    p = part(source.read_bytes(), source.name, "text/plain")
    assert choose(p) is edifact.EXTRACTOR
    ex = extract_part(p)
    assert ex.error is None
    assert header_values(ex)["po_number"] == expected["po_number"]
    assert len(ex.lines) == len(expected["lines"])
    for got, want in zip(ex.lines, expected["lines"], strict=True):
        assert got.item_code == want["sku"]
        assert got.customer_part == want["customer_part"]
        assert got.quantity == Decimal(str(want["quantity"]))
        price = want["unit_price"]
        assert got.unit_price == (None if price is None else Decimal(str(price)))
    for name in ("order_date", "requested_date"):
        if name in expected:
            value = header_values(ex)[name]
            assert (value.isoformat() if value else None) == expected[name]


# ---------------------------------------------------------------- never raises


SAMPLE = (FIXTURES / "orders_una.edi").read_bytes()


@settings(max_examples=150, deadline=3000, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=3000), prefix=st.sampled_from([b"", b"UNA:+.? '", b"UNB+", b"UNH+"]))
def test_random_bytes_never_raise(data: bytes, prefix: bytes):
    ex = edifact.extract_edifact(prefix + data, 0)
    assert ex.extractor == "edifact"


@settings(max_examples=200, deadline=3000, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_documents_never_raise(data: st.DataObject):
    original = bytearray(SAMPLE if data.draw(st.booleans()) else (FIXTURES / "two_orders_no_una.edifact").read_bytes())
    for _ in range(data.draw(st.integers(1, 12))):
        action = data.draw(st.sampled_from(["flip", "cut", "insert", "special"]))
        at = data.draw(st.integers(0, max(0, len(original) - 1)))
        if action == "flip" and original:
            original[at] = data.draw(st.integers(0, 255))
        elif action == "cut":
            del original[at:at + data.draw(st.integers(1, 40))]
        elif action == "insert":
            original[at:at] = data.draw(st.binary(min_size=1, max_size=20))
        else:
            original[at:at] = data.draw(st.sampled_from([b"'", b"+", b":", b"?", b"|", b"~", b"#", b"*", b"\n",
                                                         b"UNH+", b"UNT+1+1'", b"UNA"]))
    ex = edifact.extract_edifact(bytes(original), 0)  # the inner function: no safety net around it
    assert ex.extractor == "edifact"
    assert ex.error is None or ex.error.startswith("broken EDIFACT: ")
