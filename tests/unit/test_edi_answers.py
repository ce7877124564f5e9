"""EDI answers in small pieces (orchestration/edi_answers/): each line's fate against what the buyer asked, the
control numbers per trading partner, which answers a customer wants as its customers.csv columns say, and the
OrderResponseSimple's element order. The whole flow is in tests/integration/test_edi_answers.py."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from extractors import ubl
from masterdata.catalog import import_customers
from models.db import Database, upgrade_schema
from models.status import EdiAnswerKind, LineAnswer, OrderStatus
from models.tables import Customer, Order, OrderLine
from orchestration.edi_answers import control
from orchestration.edi_answers.lines import answer_kind, answer_lines
from orchestration.edi_answers.outbox import wanted
from orchestration.edi_answers.source import UBL, AskedLine, Source
from orchestration.edi_answers.ubl import render_order_response_simple


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
    assert wanted(None, "x12") == ["997", "855"] and wanted(["855", "OrderResponse"], "ubl") == ["OrderResponse"]
    assert wanted([], "edifact") == []


def test_an_order_response_simple_keeps_the_schemas_order():
    """OrderResponseSimple 2.1: ID, IssueDate, IssueTime, AcceptedIndicator, RejectionNote, OrderReference, then the
    seller and the buyer; a rejected order says false with its reason."""
    from datetime import datetime

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
