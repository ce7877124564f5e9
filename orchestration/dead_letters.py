"""Dead letters: jobs that ran out of attempts (or were refused for good), listed and retried by hand.

A dead job parks its subject (`park_order`, `park_message`): the order goes to `failed` (with the
stage's error as a review reason, and the status it had and the job kept on the order) or the message
to `error`. Retrying puts the subject back where the job expects it, so the stage really runs again
instead of finding the order elsewhere and doing nothing, and queues the job with a few more attempts.
The API (`POST /api/jobs/{id}/retry`), the CLI (`order-intake jobs retry ID`) and the review screen all
call `retry`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import reasons
from models.audit import audit
from models.schemas import Reason
from models.status import JOB_STATUSES, JobStatus, MessageStatus, OrderStatus
from models.tables import InboundMessage, Job, Order
from orchestration import jobs
from orchestration.pipeline import is_message_job
from orchestration.transitions import transition


class RetryRefused(ValueError):
    """The job cannot be retried; the message says why, in words for the clerk or the operator."""


class NoSuchJob(RetryRefused):
    pass


@dataclass(frozen=True)
class JobView:
    """A job as an operator sees it: what it is for, how far it got, and its last error."""

    id: int
    kind: str
    status: str
    order_id: int | None
    message_id: int | None
    attempts: int
    max_attempts: int
    last_error: str | None
    run_after: datetime
    created_at: datetime
    finished_at: datetime | None
    idempotency_key: str

    @classmethod
    def of(cls, job: Job) -> JobView:
        return cls(job.id, job.kind, job.status, job.order_id, job.message_id, job.attempts, job.max_attempts,
                   job.last_error, job.run_after, job.created_at, job.finished_at, job.idempotency_key)


def list_jobs(session: Session, status: str | None = JobStatus.DEAD, order_id: int | None = None,
              limit: int = 100) -> list[JobView]:
    """Newest first; `status=None` lists every status."""
    if status is not None and status not in JOB_STATUSES:
        raise ValueError(f"unknown job status {status!r} (one of {', '.join(JOB_STATUSES)})")
    q = select(Job).order_by(Job.id.desc()).limit(max(1, min(limit, 1000)))
    if status is not None:
        q = q.where(Job.status == status)
    if order_id is not None:
        q = q.where(Job.order_id == order_id)
    return [JobView.of(job) for job in session.scalars(q)]


def dead_job_for_order(session: Session, order_id: int) -> JobView | None:
    """The dead job that parked this order, if the order is still parked by it (for a retry button)."""
    order = session.get(Order, order_id)
    if order is None or order.status != OrderStatus.FAILED or order.parked_by_job_id is None:
        return None
    job = session.get(Job, order.parked_by_job_id)
    return JobView.of(job) if job is not None and job.status == JobStatus.DEAD else None


def park_order(session: Session, order: Order, stage: str, job_id: int, error: str) -> None:
    """A job out of attempts parks its order as failed, never drops it: the stage's error becomes a review
    reason, and the order keeps the status it had and the job, for `retry` to put it back."""
    reasons.add(order, Reason("stage_failed", f"{stage}: {error}"), stage=stage)
    order.parked_from, order.parked_by_job_id = order.status, job_id
    transition(session, order, OrderStatus.FAILED, stage, {"error": error, "job_id": job_id})


def park_message(session: Session, message: InboundMessage, error: str) -> None:
    """A message whose processing ran out of attempts ends in error, with why."""
    message.status, message.error = MessageStatus.ERROR, f"processing failed: {error}"
    audit(session, "system", "message", message.id, MessageStatus.ERROR, detail={"error": error})


def retry(session: Session, job_id: int, actor: str) -> JobView:
    """Queue a dead job again, with its subject put back where the job expects it."""
    q = select(Job).where(Job.id == job_id)
    if session.get_bind().dialect.name == "postgresql":
        q = q.with_for_update()
    job = session.scalar(q)
    if job is None:
        raise NoSuchJob(f"no job {job_id}")
    if job.status != JobStatus.DEAD:
        raise RetryRefused(f"job {job_id} is {job.status}; only a dead job can be retried")
    if job.order_id is not None and not is_message_job(job.kind):
        _unpark_order(session, job, actor)
    elif job.message_id is not None:
        message = session.get(InboundMessage, job.message_id)
        if message is not None and message.status == MessageStatus.ERROR:
            # process_message runs only on a received message; the failed run changed nothing else.
            message.status, message.error = MessageStatus.RECEIVED, None
    retried = jobs.retry_dead(session, job.id)
    assert retried is not None  # dead, and locked by us: checked above
    audit(session, actor, "job", job.id, "retry", from_value=JobStatus.DEAD, to_value=JobStatus.QUEUED,
          detail={"kind": job.kind, "order_id": job.order_id, "last_error": job.last_error})
    session.flush()
    return JobView.of(retried)


def _unpark_order(session: Session, job: Job, actor: str) -> None:
    order = session.get(Order, job.order_id)
    if order is None:
        return
    if order.status != OrderStatus.FAILED:
        raise RetryRefused(f"order {order.id} is {order.status} now, not parked by job {job.id}; "
                           f"nothing to retry (approve the order again if it needs to run)")
    if order.parked_by_job_id != job.id or not order.parked_from:
        raise RetryRefused(f"order {order.id} was parked by another job than {job.id}; retry that one, "
                           f"or approve the order again")
    reasons.drop(order, codes={"stage_failed"}, where=lambda r: r.stage == job.kind)
    transition(session, order, OrderStatus(order.parked_from), actor, {"retry_job": job.id})
    order.parked_from = order.parked_by_job_id = None
