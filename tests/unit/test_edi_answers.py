"""EDI answers in small pieces (orchestration/edi_answers/): each line's fate against what the buyer asked, the
control numbers per trading partner, which answers a customer wants as its customers.csv columns say, and the
OrderResponseSimple's element order. The whole flow is in tests/integration/test_edi_answers.py."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from extractors import edi_x12, edifact, ubl
from masterdata.catalog import import_customers
from models.db import Database, upgrade_schema
from models.schemas import Extraction
from models.status import EdiAnswerKind, LineAnswer, OrderStatus
from models.tables import Customer, Document, Order, OrderLine
from orchestration.edi_answers import control
from orchestration.edi_answers.edifact import render_contrl, render_ordrsp
from orchestration.edi_answers.lines import answer_kind, answer_lines
from orchestration.edi_answers.outbox import wanted
from orchestration.edi_answers.source import UBL, AskedLine, Source, read_source
from orchestration.edi_answers.ubl import render_order_response, render_order_response_simple
from orchestration.edi_answers.x12 import render_855, render_997
from tests.support.environment import SHARED_CORPUS


@pytest.fixture
def db(tmp_path: Path):
    url = f"sqlite:///{tmp_path}/answers.db"
    upgrade_schema(url)
    database = Database(url)
    yield database
    database.dispose()


def _line(no: int, row: int | None, quantity: str, price: str = "10.00", conversion: str | None = None) -> OrderLine:
    return OrderLine(line_no=no, quantity=Decimal(quantity), unit_price=Decimal(price), uom="EA", sku=f"SKU-{no}",
                     conversion=conversion, provenance={"kind": "edi", "row": row} if row is not None else None)


def _asked(row: int, line_id: str, quantity: str, price: str | None = "10.00") -> AskedLine:
    return AskedLine(row, line_id, Decimal(quantity), "EA", Decimal(price) if price else None, f"SKU-{line_id}")


def test_each_line_is_told_by_where_it_was_read_not_by_its_position():
    """GIVEN four asked lines, the order keeping the first as asked, the second with a new quantity, the third
    with a new price, the fourth removed, and one line added THEN IA, IQ, IP, rejected, added, and the whole is
    a change; the same order rejected rejects every line."""
    asked = [_asked(10, "1", "4"), _asked(12, "2", "2"), _asked(14, "3", "3"), _asked(16, "4", "1")]
    order = Order(status=OrderStatus.ERP_ACCEPTED, lines=[
        _line(1, 10, "4"), _line(2, 12, "5"), _line(3, 14, "3", "9.50"), _line(5, None, "7")])
    lines = answer_lines(asked, order)
    assert [(a.line_id, a.status, a.quantity) for a in lines] == [
        ("1", LineAnswer.ACCEPTED, Decimal(4)), ("2", LineAnswer.QUANTITY_CHANGED, Decimal(5)),
        ("3", LineAnswer.PRICE_CHANGED, Decimal(3)), ("4", LineAnswer.REJECTED, Decimal(0)),
        ("5", LineAnswer.ADDED, Decimal(7))]
    assert answer_kind(order, lines) == EdiAnswerKind.CHANGED
    order.status = OrderStatus.REJECTED
    rejected = answer_lines(asked, order)
    assert {a.status for a in rejected} == {LineAnswer.REJECTED} and len(rejected) == 4
    assert answer_kind(order, rejected) == EdiAnswerKind.REJECTED


def test_a_line_as_asked_is_accepted_and_a_converted_price_is_not_compared():
    """GIVEN a line whose quantity we converted to our unit (its price is per our unit) THEN it is compared in the
    buyer's unit and its price is left alone: accepted."""
    line = _line(1, 10, "48", "0.25", conversion="1 CS = 12 EA")
    line.ordered_quantity, line.ordered_uom = Decimal(4), "CS"
    order = Order(status=OrderStatus.SHIPPED, lines=[line])
    lines = answer_lines([_asked(10, "1", "4", "3.00")], order)
    assert [(a.status, a.quantity) for a in lines] == [(LineAnswer.ACCEPTED, Decimal(4))]
    assert answer_kind(order, lines) == EdiAnswerKind.ACCEPTED


def test_control_numbers_increase_per_partner_and_survive_the_session(db: Database):
    with db.session() as s:
        a = [control.next_control(s, control.counter_name("x12", ("ZZ", "ACME"))) for _ in range(3)]
        b = control.next_control(s, control.counter_name("x12", ("ZZ", "BLUEBIRD")))
        s.commit()
    with db.session() as s:
        later = control.next_control(s, control.counter_name("x12", ("ZZ", "ACME")))
        s.commit()
    assert (a, b, later) == ([1, 2, 3], 1, 4)


def test_the_customers_file_says_which_answers_and_how(tmp_path: Path, db: Database):
    """GIVEN customers.csv with edi_answers and edi_answer_delivery THEN each customer keeps its choice: the default
    (empty), none, a list; a name we do not make is a row refused with why; a file without the columns leaves
    the choice as it was."""
    csv = tmp_path / "customers.csv"
    csv.write_text("customer_id,name,email_domains,edi_answers,edi_answer_delivery\n"
                   "C1,One,one.example,,\n"
                   "C2,Two,two.example,none,email\n"
                   "C3,Three,three.example,997;855,connector\n"
                   "C4,Four,four.example,997;856,\n")
    with db.session() as s:
        report = import_customers(s, csv)
        s.commit()
    assert [n for n, why in report.rejected if "856" in why] == [5], report.rejected
    with db.session() as s:
        chosen = {c.id: (c.edi_answers, c.edi_answer_delivery) for c in s.query(Customer).all()}
    assert chosen == {"C1": (None, None), "C2": ([], "email"), "C3": (["997", "855"], "connector")}
    csv.write_text("customer_id,name,email_domains\nC3,Three,three.example\n")
    with db.session() as s:
        import_customers(s, csv)
        s.commit()
        assert s.get(Customer, "C3").edi_answers == ["997", "855"]  # type: ignore[union-attr]
    assert wanted(None, "x12") == ["997", "855", "865"] and wanted(["855", "OrderResponse"], "ubl") == ["OrderResponse"]
    assert wanted([], "edifact") == []


def test_an_order_response_simple_keeps_the_schemas_order():
    """OrderResponseSimple 2.1: ID, IssueDate, IssueTime, AcceptedIndicator, RejectionNote, OrderReference, then the
    seller and the buyer; a rejected order says false with its reason."""
    order = Order(id=7, po_number="PO-7", status=OrderStatus.REJECTED, rejection_reason="Unknown item")
    data = render_order_response_simple(Source(UBL, po_number="PO-7", buyer_name="Acme"), order,
                                        EdiAnswerKind.REJECTED, "PO-7-R1", datetime(2026, 12, 7, 5, 0), "us")
    root = ubl.parse(data)
    assert [ubl.local_name(c.tag)[1] for c in root] == [
        "UBLVersionID", "ID", "IssueDate", "IssueTime", "AcceptedIndicator", "RejectionNote", "OrderReference",
        "SellerSupplierParty", "BuyerCustomerParty"]
    node = ubl.Node(root, "/OrderResponseSimple")
    assert node.find("cbc:AcceptedIndicator").text == "false"  # type: ignore[union-attr]
    assert node.find("cbc:RejectionNote").text == "Unknown item"  # type: ignore[union-attr]


def test_answers_keep_the_character_set_their_envelope_declares():
    """An EDIFACT answer under UNOC is ISO 8859-1 bytes ("Kälte" as 0xE4), under UNOA plain letters; an X12 answer
    is ASCII ("Kalte"): the receiver decodes what the envelope promises."""
    order = Order(id=3, po_number="PO-3", status=OrderStatus.ERP_ACCEPTED, lines=[])
    unoc = Source("edifact", sender=("14", "4000001"), receiver=("14", "4000002"), unb_syntax=("UNOC", "3"),
                  buyer_name="Kälte GmbH", message_type=("ORDERS", "D", "96A", "UN"))
    assert b"NAD+BY+++K\xe4lte GmbH'" in render_ordrsp(unoc, order, [], EdiAnswerKind.ACCEPTED, 1, STAMP)
    unoa = Source("edifact", sender=unoc.sender, receiver=unoc.receiver, unb_syntax=("UNOA", "2"),
                  buyer_name="Kälte GmbH", message_type=unoc.message_type)
    assert b"NAD+BY+++Kalte GmbH'" in render_ordrsp(unoa, order, [], EdiAnswerKind.ACCEPTED, 1, STAMP)
    x12 = Source("x12", sender=("ZZ", "KAELTE"), receiver=("ZZ", "US"), version="00401", buyer_name="Kälte GmbH")
    assert b"N1*BY*Kalte GmbH~" in render_855(x12, order, [], EdiAnswerKind.ACCEPTED, "00", 1, STAMP)


# ---------------------------------------------------------------- documents written by others

REAL_X12 = [SHARED_CORPUS / "x12-oopfactory" / "850_Example1_PGWGlass.x12",  # | segments, ~ components, 00400
            SHARED_CORPUS / "x12-edinet-samples" / "x12_850_johndoe.edi",
            SHARED_CORPUS / "x12-bots-plugins" / "mailbag01.x12"]  # several interchanges, several partners
REAL_EDIFACT = SHARED_CORPUS / "edifact-de-foodservice" / "orders_2019265563.edi"  # GLNs with qualifier 14
REAL_UBL = SHARED_CORPUS / "oca-edi" / "UBL-Order-2.1-Example.xml"
STAMP = datetime(2026, 12, 7, 5, 0)


def _orders_read(extraction: Extraction) -> list[Order]:
    """Each order of a document as it would be filed: its lines with the provenance the extractor gave them."""
    return [Order(id=n, po_number=ex.header.po_number.value if ex.header.po_number else None,
                  status=OrderStatus.ERP_ACCEPTED, erp_order_number=f"SO-{n}",
                  lines=[OrderLine(line_no=i, quantity=ln.quantity, uom=ln.uom, unit_price=ln.unit_price,
                                   sku=ln.item_code, customer_part=ln.customer_part, provenance=ln.provenance_json())
                         for i, ln in enumerate(ex.lines, 1)])
            for n, ex in enumerate([extraction, *extraction.siblings], 1)]


@pytest.mark.skipif(not REAL_X12[0].is_file(), reason="the shared corpus is not here")
@pytest.mark.parametrize("path", REAL_X12, ids=lambda p: p.name)
def test_real_x12_orders_are_answered_in_their_own_interchange(tmp_path: Path, path: Path):
    """GIVEN an X12 file written by others (its own separators, version, qualifiers; a mailbag of several
    interchanges) WHEN each of its orders is answered THEN the 997 and the 855 read back with the X12 extractor's
    own reader: ISA05-08 swapped from the interchange that held the order, counts and control numbers right,
    every group and set of that interchange acknowledged, one PO1 and ACK per line asked."""
    data = path.read_bytes()
    document = Document(content=data)
    for order in _orders_read(edi_x12.extract_x12(data, 0)):
        source = read_source(document, order)
        assert source is not None and source.po_number == order.po_number
        theirs = next(ic for ic in edi_x12.read_interchanges(edi_x12.decode(data))
                      if ic.segments[0].el(13) == source.interchange_ref).segments[0]
        lines = answer_lines(source.lines, order)
        assert {a.status for a in lines} == {LineAnswer.ACCEPTED} and len(lines) == len(order.lines)
        for content, functional in ((render_997(source, 41, STAMP), "FA"),
                                    (render_855(source, order, lines, EdiAnswerKind.ACCEPTED, "00", 42, STAMP), "PR")):
            (interchange,) = edi_x12.read_interchanges(content.decode())
            sets = edi_x12.transactions(interchange)
            assert interchange.notes == []
            isa, gs = interchange.segments[0], interchange.segments[1]
            assert [isa.el(n) for n in (5, 6, 7, 8)] == [theirs.el(n) for n in (7, 8, 5, 6)]
            assert (isa.el(12), isa.el(15), gs.el(1)) == (theirs.el(12), theirs.el(15), functional)
            assert interchange.segments[-1].el(2) == isa.el(13) and interchange.segments[-2].el(1) == str(len(sets))
            if functional == "FA":
                acknowledged = [(s.el(1), s.el(2)) for t in sets for s in t.segments if s.tag == "AK2"]
                assert acknowledged == [pair for g in source.groups for pair in g.sets]
            else:
                (pr,) = sets
                assert len([s for s in pr.segments if s.tag == "ACK"]) == len(source.lines)


@pytest.mark.skipif(not REAL_EDIFACT.is_file(), reason="the shared corpus is not here")
def test_a_real_edifact_orders_is_answered_in_its_own_envelope():
    """GIVEN a German foodservice ORDERS (EANCOM, GLNs with qualifier 14, the D:01B directory) THEN its CONTRL and
    ORDRSP read back with the EDIFACT extractor's reader: UNB sender and recipient swapped with their qualifiers,
    UNT and UNZ counts right, the ORDRSP in the order's directory with a LIN per line asked."""
    data = REAL_EDIFACT.read_bytes()
    (order,) = _orders_read(edifact.extract_edifact(data, 0))
    source = read_source(Document(content=data), order)
    assert source is not None and source.sender == ("14", "4250159300001")
    lines = answer_lines(source.lines, order)
    for content in (render_contrl(source, 7, STAMP),
                    render_ordrsp(source, order, lines, answer_kind(order, lines), 8, STAMP)):
        segments, _seps, notes = edifact.read_segments(edifact.decode(content))
        (message,) = edifact.messages(segments, notes)
        assert notes == []
        unb, unz = segments[0], segments[-1]
        assert (unb.el(2), unb.el(3)) == (["unbekannt", "14"], ["4250159300001", "14"])
        assert (unz.c(1), unz.c(2)) == ("1", unb.c(5))
        if message.type == "ORDRSP":
            assert message.version == "01B"
            assert len([s for s in message.segments if s.tag == "LIN"]) == len(source.lines) > 0
        else:
            assert next(s for s in message.segments if s.tag == "UCI").c(1) == "896"


@pytest.mark.skipif(not REAL_UBL.is_file(), reason="the shared corpus is not here")
def test_a_real_ubl_order_is_answered_with_an_order_response_in_schema_order():
    data = REAL_UBL.read_bytes()
    (order,) = _orders_read(ubl.extract_ubl(data, 0))
    source = read_source(Document(content=data), order)
    assert source is not None and source.lines
    lines = answer_lines(source.lines, order)
    root = ubl.parse(render_order_response(source, order, lines, answer_kind(order, lines), "R-1", STAMP, "us"))
    names = [ubl.local_name(c.tag)[1] for c in root]
    sequence = ["UBLVersionID", "ID", "SalesOrderID", "IssueDate", "IssueTime", "OrderResponseCode", "Note",
                "DocumentCurrencyCode", "OrderReference", "SellerSupplierParty", "BuyerCustomerParty",
                "LegalMonetaryTotal", "OrderLine"]
    assert [sequence.index(n) for n in names] == sorted(sequence.index(n) for n in names)
    node = ubl.Node(root, "/OrderResponse")
    assert node.find("cac:OrderReference", "cbc:ID").text == source.po_number  # type: ignore[union-attr]
    assert len(node.findall("cac:OrderLine")) == len(source.lines)
