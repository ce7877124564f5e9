"""Review reasons are rows (models/reasons.py): a line's reasons are its order's with its number, they follow
the lines when a clerk splits, merges or deletes one, and the queue filters and counts them in SQL.

The clerk's functions and the queue's query on the demo data in a fresh database, without the web app."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy.orm import Session

from api.orders import summary
from clerk import lines
from models import reasons
from models.db import Database
from models.schemas import Reason
from models.tables import Order, OrderLine
from review_ui import queue_query

CLERK = "clerk@test.example"


def _order(session: Session, status: str, doubts: list[Reason], line_count: int = 3) -> Order:
    order = Order(status=status, customer_id="C001", customer_method="sender", confidence=0.5, auto_approved=False)
    for n in range(1, line_count + 1):
        order.lines.append(OrderLine(line_no=n, sku="GLV-NIT-S-BLU", quantity=Decimal(10), uom="BX",
                                     candidates=[], match_method="exact", confidence=1.0))
    reasons.add(order, *doubts)
    session.add(order)
    session.flush()
    return order


def _by_line(order: Order) -> list[tuple[int | None, str]]:
    return [(r.line_no, r.code) for r in order.reasons]


def test_a_lines_reasons_are_its_orders_and_follow_it_through_split_merge_and_delete(demo_db: Database):
    """GIVEN an order with a doubt of its own, one on line 1 and one on line 3 WHEN the clerk splits line 1,
    merges the part back, and deletes line 1 THEN after the split the new line 2 has line 1's doubt and
    line 3's moved to 4; after the merge the doubt is the merged line's once, line 4's back on 3; after
    the delete line 1's is gone and the rest moved up — each line showing exactly the order's reasons
    with its number."""
    with demo_db.session() as s:
        order = _order(s, "needs_review", [Reason("unknown_ship_to", "ship to ?", field="ship_to"),
                                           Reason("doubtful_match", "'x' looks like y", 1, "sku"),
                                           Reason("price_mismatch", "8.56 not 10.98", 3, "unit_price")])
        first = order.lines[0]
        part = lines.split_line(s, order, first.id, CLERK, "4")
        assert _by_line(order) == [(None, "unknown_ship_to"), (1, "doubtful_match"), (4, "price_mismatch"),
                                   (2, "doubtful_match")]
        assert [r.code for r in part.reasons] == ["doubtful_match"] and part.line_no == 2
        lines.merge_lines(s, order, first.id, part.id, CLERK)
        assert _by_line(order) == [(None, "unknown_ship_to"), (1, "doubtful_match"), (3, "price_mismatch")]
        lines.delete_line(s, order, first.id, CLERK)
        assert _by_line(order) == [(None, "unknown_ship_to"), (2, "price_mismatch")]
        for line in order.lines:
            assert line.reasons == reasons.of(order, line.line_no)
        assert [r.line_no for r in order.lines[1].reasons] == [2]


def test_the_api_shows_reasons_with_the_keys_it_always_had(demo_db: Database):
    """The JSON of a reason is {"code", "message", "line_no"?, "field"?}, in that order, None left out."""
    with demo_db.session() as s:
        order = _order(s, "needs_review", [Reason("stage_failed", "erp: down"),
                                           Reason("doubtful_match", "'x' looks like y", 2, "sku")])
        assert summary(order).review_reasons == [
            {"code": "stage_failed", "message": "erp: down"},
            {"code": "doubtful_match", "message": "'x' looks like y", "line_no": 2, "field": "sku"}]
        assert [list(r) for r in summary(order).review_reasons] == [["code", "message"],
                                                                    ["code", "message", "line_no", "field"]]


def test_the_queue_filters_and_counts_orders_by_reason_in_sql(demo_db: Database):
    """GIVEN orders in review with reasons (one with the same code on two lines) and a shipped one with a
    reason WHEN the queue is filtered and counted by reason THEN each order in review counts once per
    code, the shipped one not at all, and the filter finds exactly the orders with the code."""
    with demo_db.session() as s:
        twice = _order(s, "needs_review", [Reason("doubtful_match", "a", 1, "sku"),
                                           Reason("doubtful_match", "b", 2, "sku")])
        once = _order(s, "failed", [Reason("doubtful_match", "c", 1, "sku"), Reason("stage_failed", "erp: x")])
        _order(s, "shipped", [Reason("doubtful_match", "d", 1, "sku")])
        customer = _order(s, "needs_review", [Reason("unknown_customer", "who?", field="customer")])
    with demo_db.session() as s:
        assert queue_query.reason_counts(s) == {"doubtful_match": 2, "stage_failed": 1, "unknown_customer": 1}
        found = queue_query.waiting(s, reason="doubtful_match")
        assert {row.id for row in found.rows} == {twice.id, once.id} and found.total == 2
        assert [row.reasons for row in found.rows if row.id == once.id] == [["c", "erp: x"]]
        assert {row.id for row in queue_query.waiting(s, reason="unknown_customer").rows} == {customer.id}
        assert queue_query.waiting(s, reason="doubtful_%").rows == []  # a code, not a pattern


def test_a_failed_stage_stays_named_through_a_customer_change_so_its_retry_clears_it(demo_db: Database):
    """GIVEN an order parked by a failed ERP stage (its stage_failed reason names the stage) WHEN the clerk
    sets another customer (re-matching rebuilds the order's reasons) THEN the kept stage_failed reason
    still names the ERP, which is what a retry of that stage drops (re-matching once kept only its
    words, and the retried order shipped still saying the ERP had failed)."""
    from clerk.customer import set_customer
    from config import Settings

    with demo_db.session() as s:
        order = _order(s, "failed", [])
        reasons.add(order, Reason("stage_failed", "erp: the ERP needs a customer number"), stage="erp")
        set_customer(s, order, "C002", CLERK, Settings())
        failed = reasons.of(order, codes={"stage_failed"})
        assert [(r.stage, r.message) for r in failed] == [("erp", "erp: the ERP needs a customer number")]
        reasons.drop(order, where=lambda r: r.stage == "erp")  # what dead_letters does on retry
        assert not reasons.has(order, "stage_failed")


def test_a_bare_string_is_refused_where_a_collection_of_codes_is_meant(demo_db: Database):
    """GIVEN reasons WHEN asked for codes="no_sku" (a string, not a set) THEN a TypeError, not a substring
    match that would find "sku" in it."""
    import pytest

    with demo_db.session() as s:
        order = _order(s, "needs_review", [Reason("sku", "x")])
        with pytest.raises(TypeError):
            reasons.of(order, codes="no_sku")  # type: ignore[arg-type]
