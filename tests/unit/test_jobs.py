"""The durable queue: idempotent enqueue, claims, retries with backoff, dead letters, lease expiry."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update

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


def test_a_late_worker_cannot_finish_a_job_taken_over(db: Database):
    """GIVEN a worker whose lease expired and a second worker that took the job WHEN the first tries to
    mark it done THEN it is refused, so its work rolls back instead of being kept twice."""
    import pytest

    with db.session() as s:
        jobs.enqueue(s, "erp", "k3")
    late = jobs.claim(db, "late", 60)
    with db.session() as s:
        s.execute(update(Job).values(lease_until=utcnow() - timedelta(seconds=1)))
    taker = jobs.claim(db, "taker", 60)
    assert late is not None and taker is not None
    with pytest.raises(jobs.LeaseLost), db.session() as s:
        jobs.finish(s, s.get(Job, late.job_id), late)
    with db.session() as s:
        jobs.finish(s, s.get(Job, taker.job_id), taker)
        assert s.get(Job, taker.job_id).status == "done"


def test_a_job_that_kills_its_worker_every_time_is_parked_not_retried_forever(db: Database, settings):
    """GIVEN a message whose processing killed the worker on every allowed attempt WHEN a worker runs
    THEN the job is dead and the message shows why, instead of crash-looping the service."""
    from models.schemas import MessageSource
    from models.tables import InboundMessage
    from orchestration.accept import accept_message
    from orchestration.worker import Worker

    accepted = accept_message(db, b"From: a@b.example\r\nSubject: x\r\n\r\nhello\r\n", MessageSource("test"))
    with db.session() as s:
        s.execute(update(Job).values(status="running", attempts=settings.job_max_attempts, locked_by="gone",
                                     lease_until=utcnow() - timedelta(seconds=1)))
    assert Worker(db, settings).run_once() is False  # nothing left to claim
    with db.session() as s:
        assert s.scalars(select(Job)).one().status == "dead"
        message = s.get(InboundMessage, accepted.message_id)
        assert message.status == "error" and "stopped during each of" in message.error


def test_a_heartbeat_extends_the_holders_lease_and_fails_once_the_job_was_taken_over(db: Database):
    with db.session() as s:
        jobs.enqueue(s, "erp", "k4")
    holder = jobs.claim(db, "holder", 1)
    assert holder is not None
    assert jobs.heartbeat(db, holder, 300) is True
    with db.session() as s:
        assert s.get(Job, holder.job_id).lease_until > utcnow() + timedelta(seconds=200)
    assert jobs.claim(db, "other", 60) is None  # the renewed lease keeps it
    with db.session() as s:
        s.execute(update(Job).values(lease_until=utcnow() - timedelta(seconds=1)))
    taker = jobs.claim(db, "taker", 60)
    assert taker is not None
    assert jobs.heartbeat(db, holder, 300) is False  # too late: it belongs to the taker now


def test_the_next_stage_is_taken_with_its_predecessor_and_given_back_if_never_started(db: Database):
    """GIVEN a job that enqueues the next one WHEN the worker takes it in the same transaction THEN it
    commits running and leased to that worker; released unstarted, it is queued again with no attempt
    counted and its stage run says why."""
    from models.tables import StageRun

    with db.session() as s:
        first = jobs.enqueue(s, "erp", "order:9:erp")
        assert s.info["enqueued"] == [first]
        nxt = jobs.enqueue(s, "inventory", "order:9:inventory")
        ticket = jobs.take(s, nxt, "w1", 60)
    assert jobs.claim(db, "w2", 60).job_id == first.id  # only the first is free to claim
    assert jobs.claim(db, "w2", 60) is None
    with db.session() as s:
        job = s.get(Job, ticket.job_id)
        assert (job.status, job.locked_by, job.attempts) == ("running", "w1", 1)
    jobs.release(db, ticket)
    with db.session() as s:
        job = s.get(Job, ticket.job_id)
        assert (job.status, job.locked_by, job.attempts) == ("queued", None, 0)
        run = s.get(StageRun, ticket.stage_run_id)
        assert run.ok is False and "not started" in run.error
    again = jobs.claim(db, "w3", 60)
    assert again is not None and again.job_id == ticket.job_id and again.attempt == 1


def test_the_reaper_leaves_a_job_the_late_worker_finished_meanwhile(db: Database):
    """The reaper reads an exhausted job in one transaction and parks it in the next; a worker that was
    only slow may commit its result in between. That result stands: the job is not turned dead."""
    with db.session() as s:
        jobs.enqueue(s, "erp", "order:1:erp", max_attempts=1)
    ticket = jobs.claim(db, "slow-worker", 60, max_attempts=1)
    assert ticket is not None
    with db.session() as s:  # the worker stalled past its lease
        s.execute(update(Job).values(lease_until=utcnow() - timedelta(seconds=1)))
    [reaped] = jobs.exhausted(db, 1)
    with db.session() as s:  # the late worker's finish commits first
        jobs.finish(s, None, ticket)
    with db.session() as s:
        assert jobs.fail(s, reaped, "the worker stopped", permanent=True) is False
    with db.session() as s:
        assert s.get(Job, ticket.job_id).status == "done"
    with db.session() as s:  # and a second reaper finds nothing to park either
        assert jobs.fail(s, reaped, "the worker stopped", permanent=True) is False


def _fail_until_dead(db: Database, transient: bool, window_s: float, tries: int) -> tuple[int, str]:
    """Claim and fail the one job up to `tries` times; (attempts made, final status)."""
    made = 0
    for _ in range(tries):
        with db.session() as s:
            s.execute(update(Job).where(Job.status == "queued").values(run_after=utcnow() - timedelta(seconds=1)))
        ticket = jobs.claim(db, "w", 60, max_attempts=3)
        if ticket is None:
            break
        made += 1
        with db.session() as s:
            if jobs.fail(s, ticket, "connection refused", False, 3, transient=transient, retry_window_s=window_s):
                break
    with db.session() as s:
        status = s.scalars(select(Job.status).where(Job.status != "done")).one()
        s.execute(update(Job).where(Job.status == "dead").values(status="done"))  # out of the next one's way
        return made, status


def test_an_outage_inside_the_window_is_retried_past_max_attempts_and_a_poison_job_is_not(db: Database):
    """GIVEN job_max_attempts 3 WHEN a job fails 10 times with an outage (TransientError) inside the
    retry window THEN it is still queued; a job failing with our own error (not an outage) is dead
    after 3 attempts whatever the window; and an outage with no window is dead after 3 as well."""
    with db.session() as s:
        jobs.enqueue(s, "erp", "outage", max_attempts=3)
    assert _fail_until_dead(db, transient=True, window_s=3600, tries=10) == (10, "queued")
    with db.session() as s:
        job = s.scalars(select(Job).where(Job.idempotency_key == "outage")).one()
        assert job.failing_since is not None and job.max_attempts > 10  # its attempts were given back
        job.status = "done"
    with db.session() as s:
        jobs.enqueue(s, "erp", "poison", max_attempts=3)
    assert _fail_until_dead(db, transient=False, window_s=3600, tries=10) == (3, "dead")
    with db.session() as s:
        jobs.enqueue(s, "erp", "no-window", max_attempts=3)
    assert _fail_until_dead(db, transient=True, window_s=0, tries=10) == (3, "dead")


def test_a_job_enqueued_again_after_a_rollback_is_inserted(db: Database):
    """A rolled-back enqueue leaves nothing behind that would make the next one a no-op."""
    with db.sessions() as s:
        jobs.enqueue(s, "erp", "after-rollback")
        s.rollback()
        jobs.enqueue(s, "erp", "after-rollback")
        s.commit()
    with db.session() as s:
        assert s.scalars(select(Job.idempotency_key)).all() == ["after-rollback"]
