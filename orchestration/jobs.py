"""The durable job queue on our own database: rows, leases and retries.

PostgreSQL claims with FOR UPDATE SKIP LOCKED so many workers never wait on each other; SQLite (one
process) relies on a conditional UPDATE. Either way a job whose lease expired goes back to the queue,
and a worker keeps the lease of a long job alive with heartbeats. The job row is never locked while
the job runs: the conditional write in `finish` is what refuses a late worker's result, so a
heartbeat from another connection never waits behind the job's own transaction.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import (
    Connection,
    DateTime,
    Insert,
    Integer,
    Select,
    String,
    Update,
    and_,
    bindparam,
    insert,
    inspect,
    or_,
    select,
    text,
    tuple_,
    update,
)
from sqlalchemy.orm import Session

from models import bulk
from models.db import Database
from models.status import BreakerState, JobStatus
from models.tables import ConnectorBreaker, Job, StageRun, utcnow
from orchestration import wakeups


@dataclass(frozen=True)
class Ticket:
    """A claimed job, as the worker holds it between the claim and the run."""

    job_id: int
    kind: str
    order_id: int | None
    message_id: int | None
    attempt: int
    max_attempts: int
    stage_run_id: int
    worker: str
    generation: str = ""  # Job.generation: which approval of the order, or which email, the job is for


def enqueue(session: Session, kind: str, key: str, *, order_id: int | None = None,
            message_id: int | None = None, max_attempts: int = 5, generation: str = "") -> Job:
    """Add a job in the caller's transaction; the same key twice gives back the existing job.

    Not flushed here: a batch of stages then writes its jobs in one statement at commit (the id is
    there after the next flush). In a transaction that gathers its writes (models/bulk.py) the job is
    gathered, has no id, and is not looked for first: it is inserted unless its key exists, so a
    redelivered stage adds nothing (`take_many` writes the jobs the worker takes itself, the same way)."""
    enqueued: list[Job] = session.info.setdefault("enqueued", [])  # for the worker to chain (see `take`)
    # The same jobs by key, so that a batch's twenty enqueues do not each look through the others'.
    by_key: dict[str, Job] = session.info.setdefault("enqueued_keys", {})
    pending = by_key.get(key)
    if pending is not None and pending in enqueued:
        return pending
    gathering = bulk.gathering(session) is not None
    if not gathering:
        with session.no_autoflush:  # the key is the order's own: nothing pending can hold it
            existing = session.scalar(select(Job).where(Job.idempotency_key == key))
        if existing is not None:
            return existing
    values = {"kind": kind, "idempotency_key": key, "order_id": order_id, "message_id": message_id,
              "max_attempts": max_attempts, "status": JobStatus.QUEUED, "run_after": utcnow(),
              "generation": generation}
    job = Job(**values)
    # The values as given: the gathered row needs no look at the object's state to find them.
    bulk.add(session, job, unless_exists="idempotency_key", values=values)
    enqueued.append(job)
    by_key[key] = job
    wakeups.mark(session)
    return job


def exhausted(db: Database, max_attempts: int) -> list[Ticket]:
    """Jobs whose worker died (lease expired) on their last allowed attempt. Claiming them again would
    let a message that kills the process crash-loop the service, so they are handed back to be
    parked instead."""
    now = utcnow()
    with db.session() as s:
        q = select(Job).where(Job.status == JobStatus.RUNNING, Job.lease_until < now, Job.attempts >= max_attempts,
                              Job.attempts >= Job.max_attempts)
        if db.is_postgres:
            q = q.with_for_update(skip_locked=True)
        out = []
        for job in s.scalars(q.limit(20)):
            run = StageRun(job_id=job.id, order_id=job.order_id, stage=job.kind, attempt=job.attempts,
                           worker="reaper", started_at=now)
            s.add(run)
            s.flush()
            out.append(Ticket(job.id, job.kind, job.order_id, job.message_id, job.attempts, job.max_attempts,
                              run.id, job.locked_by or "", job.generation))
        return out


class _Claimed(NamedTuple):
    id: int
    kind: str
    order_id: int | None
    message_id: int | None
    attempts: int
    max_attempts: int
    generation: str


_CLAIMED_COLUMNS = (Job.id, Job.kind, Job.order_id, Job.message_id, Job.attempts, Job.max_attempts,
                    Job.generation)


def claim(db: Database, worker: str, lease_s: int, max_attempts: int = 0) -> Ticket | None:
    """The oldest due job (queued, or running on an expired lease), or None."""
    tickets = claim_batch(db, worker, lease_s, max_attempts)
    return tickets[0] if tickets else None


def claim_batch(db: Database, worker: str, lease_s: int, max_attempts: int = 0, limit: int = 1,
                batchable: Callable[[str], bool] = lambda kind: False, *, only: Collection[str] | None = None,
                exclude: Collection[str] = ()) -> list[Ticket]:
    """Claim the oldest due job and, when its kind runs in batches, up to `limit - 1` more queued jobs
    of the same kind, in one transaction: a claim and its stage runs cost the same few statements for
    twenty jobs as for one. `only` / `exclude`: the kinds this worker's lane may claim (a message lane
    never claims a call-out job; an open connector's jobs are claimed by nobody)."""
    if only is not None:
        only = [kind for kind in only if kind not in exclude]
        if not only:
            return []
    now = utcnow()
    lease_until = now + timedelta(seconds=lease_s)
    kinds = list(only) if only is not None else list(exclude)
    statements = _claim_statements(db.engine.dialect.name, "only" if only is not None else
                                   "exclude" if exclude else "")
    with db.session() as s:
        conn = s.connection()
        params: dict[str, object] = {"now": now, "max_attempts": max_attempts}
        if kinds:
            params["kinds"] = kinds
        job = conn.execute(statements.first, params).first()
        if job is None:
            return []
        # The guard makes a second claimer's update match no row, on SQLite as on PostgreSQL.
        claimed = conn.execute(statements.take_first, {
            "job_id": job.id, "was_status": job.status, "was_attempts": job.attempts, "worker": worker,
            "lease_until": lease_until}).rowcount
        if claimed != 1:
            return []
        rows = [_Claimed(job.id, job.kind, job.order_id, job.message_id, job.attempts + 1, job.max_attempts,
                         job.generation)]
        if limit > 1 and batchable(job.kind):
            ids = list(conn.execute(statements.more, {"now": now, "kind": job.kind, "job_id": job.id,
                                                      "more": limit - 1}).scalars())
            if ids:
                # Guarded like the first: on SQLite nothing locked the rows, so only those still queued.
                rows += [_Claimed(*r) for r in conn.execute(statements.take_more, {
                    "ids": ids, "worker": worker, "lease_until": lease_until})]
        return _tickets_with_runs(s, rows, worker, now)


@cache
def _runs_of_claimed(dialect: str) -> Insert:
    """The stage runs of jobs just claimed, copied from their rows: a short statement whatever the batch's size
    (a multi-row VALUES of twenty rows costs psycopg a parse of its own every time), built once."""
    runs, jobs = StageRun.__table__, Job.__table__
    return insert(runs).from_select(
        ["job_id", "order_id", "stage", "attempt", "worker", "started_at"],
        select(jobs.c.id, jobs.c.order_id, jobs.c.kind, jobs.c.attempts, bindparam("worker", type_=String),
               bindparam("now", type_=DateTime))
        .where(bulk.one_of_param(dialect, jobs.c.id, "ids"))).returning(runs.c.job_id, runs.c.id)


class _ClaimStatements(NamedTuple):
    first: Select[Any]
    take_first: Update
    more: Select[Any]
    take_more: Update


@cache
def _claim_statements(dialect: str, kinds: str) -> _ClaimStatements:
    """`claim_batch`'s statements, built once per dialect and kind filter ("only", "exclude" or none), their
    values given at execution: building them anew (ORM expressions, and the ORM's execution of them) was most
    of a claim's CPU, about 8 ms for each batch of twenty orders."""
    jobs = Job.__table__
    now = bindparam("now", type_=DateTime)
    first = (select(jobs.c.id, jobs.c.kind, jobs.c.order_id, jobs.c.message_id, jobs.c.attempts, jobs.c.max_attempts,
                    jobs.c.generation, jobs.c.status)
             .where(or_(and_(jobs.c.status == JobStatus.QUEUED, jobs.c.run_after <= now),
                        and_(jobs.c.status == JobStatus.RUNNING, jobs.c.lease_until < now,
                             or_(jobs.c.attempts < jobs.c.max_attempts,
                                 jobs.c.attempts < bindparam("max_attempts", type_=Integer)))))
             .order_by(jobs.c.run_after, jobs.c.id)
             .limit(1))
    if kinds == "only":
        first = first.where(jobs.c.kind.in_(bindparam("kinds", expanding=True)))
    elif kinds == "exclude":
        first = first.where(jobs.c.kind.not_in(bindparam("kinds", expanding=True)))
    take_first = (update(jobs)
                  .where(jobs.c.id == bindparam("job_id"), jobs.c.status == bindparam("was_status"),
                         jobs.c.attempts == bindparam("was_attempts"))
                  .values(status=JobStatus.RUNNING, attempts=bindparam("was_attempts") + 1,
                          locked_by=bindparam("worker"), lease_until=bindparam("lease_until", type_=DateTime)))
    more = (select(jobs.c.id)
            .where(jobs.c.status == JobStatus.QUEUED, jobs.c.run_after <= now, jobs.c.kind == bindparam("kind"),
                   jobs.c.id != bindparam("job_id"))
            .order_by(jobs.c.run_after, jobs.c.id).limit(bindparam("more", type_=Integer)))
    if dialect == "postgresql":
        first = first.with_for_update(skip_locked=True)
        more = more.with_for_update(skip_locked=True)
    take_more = (update(jobs)
                 .where(bulk.one_of_param(dialect, jobs.c.id, "ids"), jobs.c.status == JobStatus.QUEUED)
                 .values(status=JobStatus.RUNNING, attempts=jobs.c.attempts + 1, locked_by=bindparam("worker"),
                         lease_until=bindparam("lease_until", type_=DateTime))
                 .returning(jobs.c.id, jobs.c.kind, jobs.c.order_id, jobs.c.message_id, jobs.c.attempts,
                            jobs.c.max_attempts, jobs.c.generation))
    return _ClaimStatements(first, take_first, more, take_more)


def _tickets_with_runs(s: Session, rows: list[_Claimed], worker: str, now: datetime) -> list[Ticket]:
    """One stage run per newly running job, inserted in one statement."""
    if not rows:
        return []
    run_ids = dict(s.connection().execute(_runs_of_claimed(s.get_bind().dialect.name), {
        "ids": [r.id for r in rows], "worker": worker, "now": now}).tuples().all())
    return [Ticket(r.id, r.kind, r.order_id, r.message_id, r.attempts, r.max_attempts, run_ids[r.id], worker,
                   r.generation) for r in rows]


def heartbeat(db: Database, ticket: Ticket, lease_s: int) -> bool:
    """Extend the lease of a job this worker still runs. False when it was taken over (or finished):
    the worker's result will then be refused by `finish`."""
    with db.engine.begin() as conn:
        return not renew_leases(conn, [ticket], lease_s)


def renew_leases(conn: Connection, tickets: list[Ticket], lease_s: int) -> list[Ticket]:
    """`heartbeat` for every job a worker holds, on the caller's connection and in its transaction; returns
    those it no longer holds (taken over or finished)."""
    until = utcnow() + timedelta(seconds=lease_s)
    return [ticket for ticket in tickets if conn.execute(
        update(Job.__table__)
        .where(Job.id == ticket.job_id, Job.status == JobStatus.RUNNING, Job.locked_by == ticket.worker,
               Job.attempts == ticket.attempt)
        .values(lease_until=until)
    ).rowcount != 1]


def take(session: Session, job: Job, worker: str, lease_s: int) -> Ticket:
    """Claim, for this worker, a job enqueued in the caller's transaction (the next stage of the order
    it is finishing). It commits running and leased together with its predecessor's outcome, so the
    worker starts it at once without a claim of its own, and if the worker dies first the lease
    expires and another takes it, as with any claim."""
    return take_many(session, [job], worker, lease_s)[0]


def take_many(session: Session, taken: list[Job], worker: str, lease_s: int) -> list[Ticket]:
    """`take` for the next stage of a whole batch: one update and one insert, whatever its size.

    Jobs gathered and not yet written (models/bulk.py) are inserted here already running and leased:
    one insert instead of an insert and an update."""
    if not taken:
        return []
    now = utcnow()
    gathered = [job for job in taken if inspect(job).transient]
    if gathered and _on_postgres(session):
        bulk.take_back(session, gathered)
        return _insert_taken_pg(session, gathered, worker, now, now + timedelta(seconds=lease_s)) + take_many(
            session, [job for job in taken if not inspect(job).transient], worker, lease_s)
    if gathered:
        bulk.take_back(session, gathered)
        lease_until = now + timedelta(seconds=lease_s)
        table = Job.__table__
        # A key that exists already (a redelivered stage's successor) is left to whoever has it.
        inserted = dict(session.connection().execute(
            bulk.insert_unless_exists(session, table, "idempotency_key").returning(table.c.idempotency_key,
                                                                                  table.c.id),
            [{"kind": j.kind, "idempotency_key": j.idempotency_key, "order_id": j.order_id,
              "message_id": j.message_id, "max_attempts": j.max_attempts, "generation": j.generation,
              "status": JobStatus.RUNNING, "attempts": 1, "locked_by": worker, "lease_until": lease_until,
              "run_after": j.run_after, "created_at": now} for j in gathered],
        ).tuples().all())
        rows = [_Claimed(inserted[j.idempotency_key], j.kind, j.order_id, j.message_id, 1, j.max_attempts,
                         j.generation) for j in gathered if j.idempotency_key in inserted]
        return _tickets_with_runs(session, rows, worker, now) + take_many(
            session, [job for job in taken if not inspect(job).transient], worker, lease_s)
    session.flush()
    rows = [_Claimed(*r) for r in session.execute(
        update(Job).where(bulk.one_of(session, Job.id, [j.id for j in taken]), Job.status == JobStatus.QUEUED)
        .values(status=JobStatus.RUNNING, attempts=Job.attempts + 1, locked_by=worker,
                lease_until=now + timedelta(seconds=lease_s))
        .returning(*_CLAIMED_COLUMNS)
        .execution_options(synchronize_session=False))]
    for job in taken:
        session.expire(job)
    return _tickets_with_runs(session, rows, worker, now)


def _on_postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


# PostgreSQL: a batch's successors and their stage runs in one statement whose text is the same whatever
# the batch's size (the rows travel as arrays). A multi-row VALUES of twenty jobs was a new text for
# psycopg to parse on every batch (too long for its cache), and the stage runs a second round trip.
_INSERT_TAKEN_PG = text("""
WITH new AS (
    INSERT INTO jobs (kind, idempotency_key, order_id, message_id, max_attempts, generation, status, attempts,
                      locked_by, lease_until, run_after, created_at)
    SELECT t.kind, t.key, t.order_id, t.message_id, t.max_attempts, t.generation, :running_status, 1,
           :worker, :lease_until, t.run_after, :now
    FROM unnest(CAST(:kinds AS varchar[]), CAST(:keys AS varchar[]), CAST(:order_ids AS integer[]),
                CAST(:message_ids AS integer[]), CAST(:max_attempts AS integer[]),
                CAST(:generations AS varchar[]), CAST(:run_afters AS timestamp[]))
         AS t(kind, key, order_id, message_id, max_attempts, generation, run_after)
    ON CONFLICT (idempotency_key) DO NOTHING
    RETURNING id, order_id, kind, idempotency_key
), runs AS (
    INSERT INTO stage_runs (job_id, order_id, stage, attempt, worker, started_at)
    SELECT new.id, new.order_id, new.kind, 1, :worker, :now FROM new
    RETURNING job_id, id
)
SELECT new.idempotency_key, new.id, runs.id FROM new JOIN runs ON runs.job_id = new.id
""")


def _insert_taken_pg(session: Session, gathered: list[Job], worker: str, now: datetime,
                     lease_until: datetime) -> list[Ticket]:
    """Gathered successors inserted running and leased to this worker, with their stage runs (PostgreSQL).
    A key that exists already (a redelivered stage's successor) is left to whoever has it."""
    rows = session.connection().execute(_INSERT_TAKEN_PG, {
        "running_status": JobStatus.RUNNING.value, "worker": worker, "lease_until": lease_until, "now": now,
        "kinds": [j.kind for j in gathered], "keys": [j.idempotency_key for j in gathered],
        "order_ids": [j.order_id for j in gathered], "message_ids": [j.message_id for j in gathered],
        "max_attempts": [j.max_attempts for j in gathered], "generations": [j.generation for j in gathered],
        "run_afters": [j.run_after for j in gathered]}).tuples().all()
    inserted = {key: (job_id, run_id) for key, job_id, run_id in rows}
    return [Ticket(inserted[j.idempotency_key][0], j.kind, j.order_id, j.message_id, 1, j.max_attempts,
                   inserted[j.idempotency_key][1], worker, j.generation)
            for j in gathered if j.idempotency_key in inserted]


def release(db: Database, ticket: Ticket) -> None:
    """Give back a job taken but not started (the worker is stopping): queued again at once, and the
    attempt it never made is not counted."""
    now = utcnow()
    with db.session() as s:
        given_back = s.execute(
            update(Job)
            .where(Job.id == ticket.job_id, Job.status == JobStatus.RUNNING, Job.locked_by == ticket.worker,
                   Job.attempts == ticket.attempt)
            .values(status=JobStatus.QUEUED, attempts=ticket.attempt - 1, locked_by=None, lease_until=None,
                    run_after=now)
            .execution_options(synchronize_session=False)
        ).rowcount
        if given_back:
            s.execute(update(StageRun).where(StageRun.id == ticket.stage_run_id)
                      .values(finished_at=now, ok=False, error="not started: the worker was stopping"))


def still_ours(session: Session, ticket: Ticket) -> Job | None:
    """The job row if this worker still holds its lease.

    Not locked: a lock held for the whole job would make heartbeats (another connection) wait behind
    it. Two workers on one order still serialise on the order row, and `finish` refuses the loser."""
    job = session.scalar(select(Job).where(Job.id == ticket.job_id))
    if (job is None or job.status != JobStatus.RUNNING or job.locked_by != ticket.worker
            or job.attempts != ticket.attempt):
        return None
    return job


class LeaseLost(Exception):
    """Another worker took the job over; this worker's work must roll back, not commit."""


def finish(session: Session, job: Job | None, ticket: Ticket) -> None:
    """Mark done in the same transaction as the job's work, so work and outcome commit together.

    The guard is a write: on SQLite, where nothing locks the row while the job runs, a worker whose
    lease expired finds the row taken over here and raises, so its work is rolled back."""
    now = utcnow()
    done = session.execute(
        update(Job)
        .where(Job.id == ticket.job_id, Job.status == JobStatus.RUNNING, Job.locked_by == ticket.worker,
               Job.attempts == ticket.attempt)
        .values(status=JobStatus.DONE, finished_at=now, lease_until=None, last_error=None)
        .execution_options(synchronize_session=False)
    ).rowcount
    if done != 1:
        raise LeaseLost(f"job {ticket.job_id} was taken over by another worker")
    if job is not None:
        session.expire(job)
    # One statement, not a load and a flush: this runs once per job on the hot path.
    session.execute(update(StageRun).where(StageRun.id == ticket.stage_run_id).values(finished_at=now, ok=True)
                    .execution_options(synchronize_session=False))


# PostgreSQL: `finish_many`'s guarded write and its stage runs in one statement of a fixed text (the
# pairs as arrays, not an IN list rendered anew for every batch size).
_FINISH_MANY_PG = text("""
WITH done AS (
    UPDATE jobs SET status = :done_status, finished_at = :now, lease_until = NULL, last_error = NULL
    FROM unnest(CAST(:ids AS integer[]), CAST(:attempts AS integer[])) AS t(id, attempts)
    WHERE jobs.id = t.id AND jobs.attempts = t.attempts AND jobs.status = :running_status AND jobs.locked_by = :worker
    RETURNING jobs.id
), runs AS (
    UPDATE stage_runs SET finished_at = :now, ok = true WHERE stage_runs.id = ANY(CAST(:run_ids AS integer[]))
)
SELECT count(*) FROM done
""")


def finish_many(session: Session, tickets: list[Ticket]) -> None:
    """`finish` for a batch: all done in one guarded write, or LeaseLost if any was taken over (the
    caller then rolls the batch back and runs its jobs one by one)."""
    now = utcnow()
    workers = {t.worker for t in tickets}
    if _on_postgres(session):
        if len(workers) != 1:
            raise LeaseLost("a batch's jobs are held by more than one worker")
        done = session.connection().execute(_FINISH_MANY_PG, {
            "done_status": JobStatus.DONE.value, "running_status": JobStatus.RUNNING.value, "now": now,
            "worker": next(iter(workers)),
            "ids": [t.job_id for t in tickets], "attempts": [t.attempt for t in tickets],
            "run_ids": [t.stage_run_id for t in tickets]}).scalar_one()
        if done != len(tickets):
            raise LeaseLost(f"{len(tickets) - done} of {len(tickets)} jobs were taken over by another worker")
        return
    done = session.execute(
        update(Job)
        .where(tuple_(Job.id, Job.attempts).in_([(t.job_id, t.attempt) for t in tickets]),
               Job.status == JobStatus.RUNNING, Job.locked_by.in_(workers))
        .values(status=JobStatus.DONE, finished_at=now, lease_until=None, last_error=None)
        .execution_options(synchronize_session=False)
    ).rowcount
    if done != len(tickets) or len(workers) != 1:
        raise LeaseLost(f"{len(tickets) - done} of {len(tickets)} jobs were taken over by another worker")
    session.execute(update(StageRun).where(StageRun.id.in_([t.stage_run_id for t in tickets]))
                    .values(finished_at=now, ok=True).execution_options(synchronize_session=False))


def backoff_seconds(attempt: int) -> float:
    """Exponential with full jitter, so retries of many jobs after an outage spread out; at least a
    second, so a failing job is never tried again in the same breath."""
    return max(1.0, random.uniform(0, min(300.0, 2.0 ** attempt)))


def fail(session: Session, ticket: Ticket, error: str, permanent: bool, max_attempts: int = 0, *,
         transient: bool = False, retry_window_s: float = 0.0) -> bool:
    """Record a failed attempt. Returns True when the job is dead (no more attempts).

    A job has `max_attempts` attempts, so a poison job (one our own code fails on) is dead-lettered
    soon. An outage of the other side (`transient`) does not use them up while it lasts less than
    `retry_window_s`: every such failure gives the job its attempts afresh, so an ERP down for an hour
    leaves its orders waiting and retried, not dead. Once the outage is older than the window, the
    attempts count again."""
    now = utcnow()
    run = session.get(StageRun, ticket.stage_run_id)
    if run is not None:
        run.finished_at, run.ok, run.error = now, False, error[:4000]
    row = session.execute(select(Job.max_attempts, Job.failing_since).where(Job.id == ticket.job_id)).first()
    if row is None:
        return False
    job_max, failing_since = row
    since = failing_since or now
    in_outage = transient and not permanent and (now - since).total_seconds() < retry_window_s
    dead = permanent or (not in_outage and ticket.attempt >= max(job_max, max_attempts))
    values: dict[str, object] = {"last_error": error[:4000], "lease_until": None}
    if transient:
        values["failing_since"] = since
    if in_outage:
        values["max_attempts"] = max(job_max, ticket.attempt + max(max_attempts, 1))
    if dead:
        values |= {"status": JobStatus.DEAD, "finished_at": now}
    else:
        values |= {"status": JobStatus.QUEUED, "run_after": now + timedelta(seconds=backoff_seconds(ticket.attempt))}
    # One guarded write, like `finish`: a job another worker finished (or a second reaper parked)
    # since this attempt began is no longer running under this ticket, and is left as it is.
    changed = session.execute(
        update(Job)
        .where(Job.id == ticket.job_id, Job.status == JobStatus.RUNNING, Job.locked_by == ticket.worker,
               Job.attempts == ticket.attempt)
        .values(**values)
        .execution_options(synchronize_session=False)
    ).rowcount
    job = session.get(Job, ticket.job_id)
    if job is not None:
        session.expire(job)
    return bool(changed) and dead


def retry_dead(session: Session, job_id: int) -> Job | None:
    job = session.get(Job, job_id)
    if job is None or job.status != JobStatus.DEAD:
        return None
    job.status, job.run_after, job.finished_at, job.max_attempts = JobStatus.QUEUED, utcnow(), None, job.attempts + 3
    job.failing_since = None  # a person asked for it: an outage still going on gets its window afresh
    # ... and its connector's breaker, if open, lets this job be the trial call now, not after the cool-down.
    session.execute(update(ConnectorBreaker)
                    .where(ConnectorBreaker.connector == job.kind, ConnectorBreaker.state != BreakerState.CLOSED)
                    .values(open_until=utcnow()).execution_options(synchronize_session=False))
    return job
