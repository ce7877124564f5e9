"""Parking and unparking: a dead job leaves its order failed with where it was, and a retry puts it back
from the order's own columns (the audit trail is history for people, never read back)."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, select

from models.db import Database
from models.tables import AuditEvent, Job, Order
from orchestration import dead_letters, jobs
from orchestration.worker import Worker


def _parked_order(db: Database, settings) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """An approved order without a customer: the builtin ERP refuses it for good, so its job dies."""
    with db.session() as s:
        order = Order(status="approved")
        s.add(order)
        s.flush()
        jobs.enqueue(s, "erp", f"order:{order.id}:erp", order_id=order.id)
        order_id = order.id
    Worker(db, settings).run_until_idle()
    with db.session() as s:
        job = s.scalars(select(Job).where(Job.order_id == order_id)).one()
        order = s.get(Order, order_id)
        assert (job.status, order.status) == ("dead", "failed")
        return order_id, job.id


def test_a_parked_order_keeps_the_status_it_had_and_the_job_that_parked_it(db: Database, settings):
    order_id, job_id = _parked_order(db, settings)
    with db.session() as s:
        order = s.get(Order, order_id)
        assert (order.parked_from, order.parked_by_job_id) == ("approved", job_id)
        assert [(r.message, r.stage) for r in order.reasons] == [("erp: the ERP needs a customer", "erp")]


def test_a_retry_restores_the_status_even_when_the_audit_table_was_emptied(db: Database, settings):
    """GIVEN an order parked by a dead ERP job, and an audit trail purged since (an archive, a cleanup)
    WHEN the dead job is retried THEN the order is approved again and the job queued."""
    order_id, job_id = _parked_order(db, settings)
    with db.session() as s:
        s.execute(delete(AuditEvent))
    with db.session() as s:
        assert dead_letters.dead_job_for_order(s, order_id).id == job_id  # the order page's retry button
        view = dead_letters.retry(s, job_id, "admin@test.example")
    assert view.status == "queued"
    with db.session() as s:
        order = s.get(Order, order_id)
        assert order.status == "approved"
        assert not [r for r in order.reasons if r.code == "stage_failed"]
        assert dead_letters.dead_job_for_order(s, order_id) is None


def test_a_job_that_did_not_park_the_order_cannot_unpark_it(db: Database, settings):
    """GIVEN an order parked by one job WHEN another dead job of the order is retried THEN it is refused,
    and the order stays where it is."""
    order_id, job_id = _parked_order(db, settings)
    with db.session() as s:
        other = jobs.enqueue(s, "inventory", f"order:{order_id}:inventory", order_id=order_id)
        s.flush()
        other.status = "dead"
        other_id = other.id
    with pytest.raises(dead_letters.RetryRefused, match=f"parked by another job than {other_id}"), \
            db.session() as s:
        dead_letters.retry(s, other_id, "admin@test.example")
    with db.session() as s:
        assert s.get(Order, order_id).status == "failed"
        assert dead_letters.dead_job_for_order(s, order_id).id == job_id
