"""What the clerk actions decide from is kept on the order as columns (approvals, line edits), never
read back from the audit trail: emptying the trail changes no decision.

The clerk's functions on the demo data in a fresh database, without the web app."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from clerk import decisions, lines
from clerk.errors import ActionError
from models import reasons
from models.db import Database
from models.schemas import Reason
from models.tables import AuditEvent, Customer, Job, Order, OrderLine
from orchestration.connectors.payload import revision
from orchestration.transitions import transition

CLERK = "clerk@test.example"


def _order_in_review(session: Session, *, doubts: list[Reason] | None = None) -> Order:
    order = Order(status="needs_review", customer_id="C001", customer_method="sender", confidence=0.5,
                  auto_approved=False)
    reasons.add(order, *(doubts or []))
    order.lines.append(OrderLine(line_no=1, sku="GLV-NIT-S-BLU", quantity=Decimal(10), uom="BX",
                                 candidates=[], match_method="exact", confidence=1.0))
    session.add(order)
    session.flush()
    return order


def _erp_keys(session: Session, order: Order) -> list[str]:
    return list(session.scalars(select(Job.idempotency_key).where(Job.order_id == order.id, Job.kind == "erp")
                                .order_by(Job.id)))


def test_each_approval_is_counted_and_a_reapproval_after_a_failure_gets_a_fresh_erp_job(demo_db: Database):
    """GIVEN an order in review WHEN a clerk approves it, a stage fails it, and the clerk approves it again
    THEN it has two approvals and two ERP jobs with different keys, and its revision is 2; a dead letter
    put back (the retry restores "approved") counts as an approval, not as a revision."""
    with demo_db.session() as s:
        order = _order_in_review(s)
        decisions.approve(s, order, CLERK)
        assert (order.approval_count, order.approval_revision, revision(order)) == (1, 1, 1)
        transition(s, order, "failed", "erp", {"error": "refused", "job_id": 1})
        s.execute(delete(AuditEvent))  # the trail is history only: nothing below reads it
        decisions.approve(s, order, CLERK)
        assert (order.approval_count, order.approval_revision, revision(order)) == (2, 2, 2)
        assert _erp_keys(s, order) == [f"order:{order.id}:erp:1", f"order:{order.id}:erp:2"]
        transition(s, order, "failed", "erp", {"error": "down", "job_id": 2})
        transition(s, order, "approved", "admin@test.example", {"retry_job": 2})  # as dead_letters.retry does
        assert (order.approval_count, order.approval_revision, revision(order)) == (3, 2, 2)


def test_an_order_never_approved_is_revision_one(demo_db: Database):
    with demo_db.session() as s:
        order = _order_in_review(s)
        assert (order.approval_count, revision(order)) == (0, 1)


def test_line_edits_are_told_apart_before_and_after_the_first_approval(demo_db: Database):
    """A confirmed Tryton sale is not changed by a resubmit, so lines a clerk changed after the first
    approval must be refused (the tryton connector reads lines_edited_after_approval), while a plain
    re-run goes through."""
    with demo_db.session() as s:
        order = _order_in_review(s)
        assert not order.lines_edited
        lines.update_line(s, order, order.lines[0].id, CLERK, quantity=Decimal(12))
        assert (order.lines_edited, order.lines_edited_after_approval) == (True, False)  # before approval
        decisions.approve(s, order, CLERK)
        transition(s, order, "failed", "inventory", {})
        decisions.approve(s, order, CLERK)
        assert not order.lines_edited_after_approval  # approved again unchanged: a re-run
        transition(s, order, "failed", "erp", {})
        lines.add_line(s, order, CLERK, "BAG-45G-CLR", Decimal(1))
        assert order.lines_edited_after_approval


@pytest.mark.parametrize("edit", ["add", "delete", "split", "merge", "price", "description", "unit"])
def test_every_line_change_marks_the_lines_edited(demo_db: Database, edit: str):
    with demo_db.session() as s:
        order = _order_in_review(s)
        line = order.lines[0]
        if edit == "add":
            lines.add_line(s, order, CLERK, "BAG-45G-CLR", Decimal(1))
        elif edit == "delete":
            lines.delete_line(s, order, line.id, CLERK)
        elif edit == "split":
            lines.split_line(s, order, line.id, CLERK, "4")
        elif edit == "merge":
            other = lines.add_line(s, order, CLERK, "GLV-NIT-S-BLU", Decimal(2))
            order.lines_edited = False
            lines.merge_lines(s, order, line.id, other.id, CLERK)
        else:
            field, value = {"price": ("unit_price", Decimal("11.00")), "description": ("description", "Gloves S"),
                            "unit": ("uom", "CS")}[edit]
            lines.edit_line(s, order, line.id, CLERK, lines.LineEdit(given=frozenset({field}), **{field: value}))
        assert order.lines_edited


def test_confirming_a_doubted_sku_is_no_line_edit(demo_db: Database):
    """The clerk vouching for the suggested SKU leaves the reading as read: the order still earns the
    customer's reading trust on approval."""
    low = Reason("low_confidence", "confidence 0.50 is below 0.85")
    with demo_db.session() as s:
        order = _order_in_review(s, doubts=[low, Reason("doubtful_match", "?", 1, "sku")])
        lines.update_line(s, order, order.lines[0].id, CLERK, sku="GLV-NIT-S-BLU")
        assert not order.lines_edited
        before = s.get(Customer, "C001").confirmed_readings or 0
        decisions.approve(s, order, CLERK)
        assert s.get(Customer, "C001").confirmed_readings == before + 1


def test_a_reading_counts_once_and_not_when_its_lines_were_changed(demo_db: Database):
    """GIVEN two orders held only for an unsure reading WHEN one is approved twice untouched and the other
    approved after a quantity edit (with the audit trail emptied in between) THEN the customer's trust
    grew by exactly one."""
    low = Reason("low_confidence", "confidence 0.50 is below 0.85")
    with demo_db.session() as s:
        start = s.get(Customer, "C001").confirmed_readings or 0
        untouched = _order_in_review(s, doubts=[low])
        decisions.approve(s, untouched, CLERK)
        transition(s, untouched, "failed", "erp", {})
        s.execute(delete(AuditEvent))
        decisions.approve(s, untouched, CLERK)
        edited = _order_in_review(s, doubts=[low])
        lines.edit_line(s, edited, edited.lines[0].id, CLERK,
                        lines.LineEdit(given=frozenset({"description"}), description="gloves"))
        s.execute(delete(AuditEvent))
        decisions.approve(s, edited, CLERK)
        assert s.get(Customer, "C001").confirmed_readings == start + 1


def test_the_one_guard_names_the_verb(demo_db: Database):
    with demo_db.session() as s:
        order = _order_in_review(s)
        order.status = "shipped"
        with pytest.raises(ActionError, match="only orders in review can be approved"):
            decisions.approve(s, order, CLERK)
        with pytest.raises(ActionError, match="only orders in review can be rejected"):
            decisions.reject(s, order, CLERK, "no")
        with pytest.raises(ActionError, match="only orders in review can be edited"):
            lines.delete_line(s, order, order.lines[0].id, CLERK)
