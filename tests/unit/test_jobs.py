"""The durable queue: idempotent enqueue, claims, retries with backoff, dead letters, lease expiry."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update

from models.db import Database
from models.tables import Job, utcnow
from orchestration import jobs


def test_enqueue_twice_is_one_job(db: Database):
    with db.session() as s:
        a = jobs.enqueue(s, "erp", "order:1:erp")
        b = jobs.enqueue(s, "erp", "order:1:erp")
        assert a.id == b.id


def test_claim_run_fail_retry_then_dead(db: Database):
    with db.session() as s:
        jobs.enqueue(s, "erp", "k1", max_attempts=2)
    ticket = jobs.claim(db, "w1", 60)
    assert ticket is not None and ticket.attempt == 1
    assert jobs.claim(db, "w2", 60) is None  # leased: nobody else gets it
    with db.session() as s:
        assert jobs.fail(s, ticket, "boom", permanent=False) is False
        job = s.get(Job, ticket.job_id)
        assert job.status == "queued" and job.last_error == "boom"
        job.run_after = utcnow()
    second = jobs.claim(db, "w2", 60)
    assert second is not None and second.attempt == 2
    with db.session() as s:
        assert jobs.fail(s, second, "boom again", permanent=False) is True
        assert s.get(Job, second.job_id).status == "dead"
    with db.session() as s:
        assert jobs.retry_dead(s, second.job_id) is not None
    assert jobs.claim(db, "w3", 60) is not None


def test_expired_lease_puts_the_job_back(db: Database):
    with db.session() as s:
        jobs.enqueue(s, "erp", "k2")
    first = jobs.claim(db, "dead-worker", 60)
    assert first is not None
    with db.session() as s:
        s.execute(update(Job).values(lease_until=utcnow() - timedelta(seconds=1)))
    second = jobs.claim(db, "live-worker", 60)
    assert second is not None and second.job_id == first.job_id
    with db.session() as s:
        assert jobs.still_ours(s, first) is None  # the dead worker's late result is not accepted
        assert jobs.still_ours(s, second) is not None
