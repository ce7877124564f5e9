"""The worker: claims jobs, runs each stage in one transaction, records failures and retries, keeps the
lease of a long job alive with heartbeats, and (`run_workers`) runs N worker processes until SIGTERM.

Each process runs lanes (`lane_workers`): one message lane (intake, reading, decision, the stages that
write only to our database) and `worker_connector_slots` connector lanes that alone claim the jobs that
call another system. A hanging ERP then holds up only a connector lane, never a new message; and its
circuit breaker (orchestration/breakers.py) stops every lane calling it after a few failures in a row.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import socket
import threading
import time
import traceback
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache, partial
from typing import Literal

from sqlalchemy import Connection, Select, select
from sqlalchemy.orm import Session, defer, lazyload, noload
from sqlalchemy.orm.attributes import set_committed_value

from config import Settings
from logs import log_context, setup_logging
from models import bulk
from models.db import Database
from models.tables import InboundMessage, Job, Order, OrderLine
from orchestration import breakers, jobs, wakeups
from orchestration.connectors.base import PermanentError, TransientError
from orchestration.connectors.registry import build_connectors
from orchestration.dead_letters import park_message, park_order
from orchestration.pipeline import JOB_KINDS, MessageDelivery, MessageJob, calls_out, is_message_job, run_order_job
from orchestration.process_message import Readings
from orchestration.stages import Connectors, batchable, prepare_batch

log = logging.getLogger(__name__)

SQLITE_ONE_WORKER = (
    "SQLite takes one writer at a time, so more worker processes would only queue behind each other: "
    "run --concurrency 1 on the embedded database, or set database_url to PostgreSQL to scale out"
)


# all: every job (one lane per process, connector slots 0); messages: every job but those that call out;
# connectors: only those.
Lane = Literal["all", "messages", "connectors"]


class Worker:
    def __init__(self, db: Database, settings: Settings, connectors: Connectors | None = None,
                 name: str | None = None, lane: Lane = "all") -> None:
        self.db = db
        self.settings = settings
        # The stages talk to what [connectors] names (builtin unless configured otherwise).
        self.connectors = connectors or build_connectors(settings)
        self.lane = lane
        self.call_out_kinds = frozenset(kind for kind in JOB_KINDS if calls_out(kind, self.connectors))
        self._blocked: frozenset[str] = frozenset()  # call-out kinds whose breaker is open, as of the last claim
        # Unique per Worker object, so two threads of one process never share a lease.
        self.name = name or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self._running: list[jobs.Ticket] = []  # what the heartbeat thread keeps alive
        self._next: list[jobs.Ticket] = []  # the orders' next stage, taken when this one committed
        self._next_reap = 0.0
        self.jobs_run = 0

    def run_once(self) -> bool:
        """Run one unit of work if any is due — one job, or one batch of jobs of a builtin stage.
        False when the queue had nothing."""
        held, self._next = self._next, []
        if not held:
            self._reap()
            held = self._claim()
        if not held:
            return False
        # Taken successors can be of different stages (an order with nothing to ship is acknowledged at
        # once): a stage's jobs run together when it is batchable, any other job alone. The rest stay
        # held, their leases kept alive by the heartbeat meanwhile, and run next.
        kind = held[0].kind
        unit = [t for t in held if t.kind == kind] if self._batchable(kind) else held[:1]
        self._running = list(held)
        successors: list[jobs.Ticket] = []
        try:
            successors = self._run_batch(unit) if len(unit) > 1 else self._run_one(unit[0])
        finally:
            self._running = []
            self._next = [t for t in held if t not in unit] + successors
            self.jobs_run += len(unit)
        return True

    def _claim(self) -> list[jobs.Ticket]:
        """Claim what this lane may run: a message lane never a call-out job; a connector lane only those,
        and neither a job of a connector whose breaker is open. A lane that wins a half-open breaker's
        trial claims one job of that connector first."""
        claim = partial(jobs.claim_batch, self.db, self.name, self.settings.job_lease_s,
                        self.settings.job_max_attempts, limit=self.settings.job_batch_size, batchable=self._batchable)
        if self.lane == "messages":
            return claim(exclude=self.call_out_kinds)
        admission = breakers.admit(self.db, self.call_out_kinds, self.settings.job_lease_s)
        self._blocked = admission.blocked | admission.trial
        held: list[jobs.Ticket] = []
        for kind in sorted(admission.trial):
            if not held:
                held = claim(only=[kind])
            if not held or held[0].kind != kind:
                breakers.no_trial(self.db, kind)
        if held:
            return held
        if self.lane == "connectors":
            return claim(only=self.call_out_kinds, exclude=self._blocked)
        return claim(exclude=self._blocked)

    def _takes(self, kind: str) -> bool:
        """Whether this lane may run a next stage of this kind itself, without a claim."""
        if self.lane == "messages":
            return kind not in self.call_out_kinds
        return kind not in self._blocked

    def _record(self, ticket: jobs.Ticket, error: Exception | None) -> None:
        """Count a call-out job's outcome on its connector's breaker: an answer (a success, or a refusal)
        closes it, an outage (TransientError) counts toward opening it. A failure of our own code is not
        the connector's."""
        if ticket.kind not in self.call_out_kinds:
            return
        try:
            if error is None or isinstance(error, PermanentError):
                breakers.succeeded(self.db, ticket.kind)
            elif isinstance(error, TransientError):
                breakers.failed(self.db, ticket.kind, str(error), self.settings)
        except Exception:  # bookkeeping only: the job's own outcome is already committed
            log.exception("connector %s: could not record the outcome on its breaker", ticket.kind)

    def _batchable(self, kind: str) -> bool:
        return batchable(kind, self.connectors)

    def _hold(self, done: list[jobs.Ticket], taken: list[jobs.Ticket]) -> None:
        """The heartbeat stops renewing jobs that ended and renews those just taken until they run (a
        new list: the heartbeat thread may be iterating the old one)."""
        self._running = [*(t for t in self._running if t not in done), *taken]

    def _run_one(self, ticket: jobs.Ticket) -> list[jobs.Ticket]:
        with log_context(job_id=ticket.job_id, stage=ticket.kind, order_id=ticket.order_id,
                         message_id=ticket.message_id, attempt=ticket.attempt):
            taken = self._run_ticket(ticket)
        self._hold([ticket], taken)
        return taken

    def _run_batch(self, tickets: list[jobs.Ticket]) -> list[jobs.Ticket]:
        """Jobs of one stage whose connector writes only to our database, run in one transaction.

        Each order's transition still commits with its audit event and its next job; the batch only
        spares the claim, the order loads, the finish and the commit per job, which are most of a
        builtin stage's cost. If one order's stage fails, nothing of the batch is kept: that job runs
        alone (so the failure lands on its own order) and the others run again as a batch. A failure
        outside any one order's stage (the database, a lease taken over) runs every job alone."""
        started = time.monotonic()
        kind = tickets[0].kind
        failed: jobs.Ticket | None = None
        try:
            with self.db.session() as s:
                bulk.gather(s)  # audit events, status changes, new rows: a statement per table at the end
                orders = self._lock_orders(s, [t.order_id for t in tickets if t.order_id is not None])
                prepare_batch(kind, s, list(orders.values()), self.connectors)
                # No flush per order: the batch's writes go out together at the end, a statement
                # per table. Safe because a builtin stage only reads its own order's rows, or rows
                # the identity map already holds (the stock the batch locked above).
                with s.no_autoflush:
                    for ticket in tickets:
                        order = orders.get(ticket.order_id) if ticket.order_id is not None else None
                        if order is not None:
                            failed = ticket
                            with log_context(job_id=ticket.job_id, stage=kind, order_id=ticket.order_id,
                                             attempt=ticket.attempt):
                                run_order_job(s, kind, order, self.connectors, ticket.generation)
                            failed = None
                taken = self._successors(s, tickets)
                bulk.write(s)
                jobs.finish_many(s, tickets)
        except Exception as exc:
            log.info("batch of %d %s jobs rolled back (%s: %s)", len(tickets), kind, type(exc).__name__, exc)
            if failed is None:
                return [nxt for ticket in tickets for nxt in self._run_one(ticket)]
            others = [t for t in tickets if t is not failed]
            alone = self._run_one(failed)
            return alone + (self._run_batch(others) if len(others) > 1 else
                            [nxt for ticket in others for nxt in self._run_one(ticket)])
        self._hold(tickets, taken)
        elapsed_ms = round((time.monotonic() - started) * 1000, 1)
        for ticket in tickets:
            with log_context(job_id=ticket.job_id, stage=kind, order_id=ticket.order_id, attempt=ticket.attempt):
                log.info("job %s %s done in %.1f ms (batch of %d)", ticket.job_id, kind, elapsed_ms, len(tickets),
                         extra={"duration_ms": elapsed_ms, "batch": len(tickets)})
        return taken

    def _lock_orders(self, s: Session, order_ids: list[int]) -> dict[int, Order]:
        """The batch's orders, locked in one statement and in id order (see `_run` for the lock mode), and
        their lines in a second."""
        orders_of_batch, lines_of_batch = _batch_loads(s.get_bind().dialect.name)
        orders = {o.id: o for o in s.scalars(orders_of_batch, {"ids": order_ids})}
        lines: dict[int, list[OrderLine]] = {order_id: [] for order_id in orders}
        for line in s.scalars(lines_of_batch, {"ids": list(orders)}):
            lines[line.order_id].append(line)
        for order_id, order in orders.items():
            set_committed_value(order, "lines", lines[order_id])
        return orders

    def _reap(self) -> None:
        """Park jobs that killed their worker on every attempt. Not on every claim: they are rare, and
        the query would otherwise cost a transaction per job."""
        now = time.monotonic()
        if now < self._next_reap:
            return
        self._next_reap = now + min(5.0, self.settings.job_lease_s / 2)
        for dead in jobs.exhausted(self.db, self.settings.job_max_attempts):
            with log_context(job_id=dead.job_id, stage=dead.kind, order_id=dead.order_id,
                             message_id=dead.message_id), self.db.session() as s:
                error = f"the worker stopped during each of {dead.attempt} attempts (crash or kill)"
                # Only if it is still that stalled attempt: a late worker may have finished it meanwhile
                # (its result stands) or another reaper parked it already.
                if jobs.fail(s, dead, error, permanent=True):
                    log.error("job %s parked: %s", dead.job_id, error)
                    self._park(s, dead, error)

    def _run_ticket(self, ticket: jobs.Ticket) -> list[jobs.Ticket]:
        """Run one job in its own transaction; returns the next stage's job, taken for this worker."""
        started = time.monotonic()
        try:
            readings = self._read_first(ticket)
            with self.db.session() as s:
                # No check that the lease is still ours first: `finish` refuses a job taken over, and
                # the rollback undoes the work, so the check would only cost a query per job.
                if not is_message_job(ticket.kind):
                    # Filing a message reads back what it writes (new orders); an order's stage does not.
                    bulk.gather(s)
                self._run(s, ticket, readings)
                taken = self._successors(s, [ticket])
                bulk.write(s)
                jobs.finish(s, None, ticket)
            # Only now: a successor taken in a transaction that rolled back was never there.
            successors = taken
            log.info("job %s %s done in %.1f ms", ticket.job_id, ticket.kind, (time.monotonic() - started) * 1000,
                     extra={"duration_ms": round((time.monotonic() - started) * 1000, 1)})
            self._record(ticket, None)
        except jobs.LeaseLost:
            log.warning("job %s: lease lost to another worker; its result is not kept", ticket.job_id)
            return []
        except Exception as exc:
            permanent = isinstance(exc, PermanentError)
            # A refusal reads as the other side worded it: it becomes the reason the clerk sees.
            error = str(exc) if permanent else f"{type(exc).__name__}: {exc}"
            if not permanent:
                log.warning("job %s (%s) attempt %s failed: %s", ticket.job_id, ticket.kind, ticket.attempt, error)
                log.debug("%s", traceback.format_exc())
            with self.db.session() as s:
                dead = jobs.fail(s, ticket, error, permanent, self.settings.job_max_attempts,
                                 transient=isinstance(exc, TransientError),
                                 retry_window_s=self.settings.job_retry_window_s)
                if dead:
                    log.error("job %s (%s) is dead: %s", ticket.job_id, ticket.kind, error)
                    self._park(s, ticket, error)
            self._record(ticket, exc)
            return []
        return successors

    def _read_first(self, ticket: jobs.Ticket) -> Readings | None:
        """A message job's slow reading, done before its transaction opens (MessageJob.read), so that the
        transaction only writes what was read and decided, briefly; None for any other job."""
        job = JOB_KINDS[ticket.kind]
        if not isinstance(job, MessageJob) or job.read is None or ticket.message_id is None:
            return None
        return job.read(self.db, ticket.message_id, self.settings)

    def _run(self, s: Session, ticket: jobs.Ticket, readings: Readings | None = None) -> None:
        """Run the job as JOB_KINDS says: on its message (with what `_read_first` read), or on its order."""
        job = JOB_KINDS[ticket.kind]
        if isinstance(job, MessageJob):
            # Its parts are read, never its raw bytes (as large as the message): they stay in the database.
            message = s.get(InboundMessage, ticket.message_id, options=[defer(InboundMessage.raw)])
            if message is not None:
                job.run(s, message, self.settings, readings)
            return
        if isinstance(job, MessageDelivery):
            message = s.get(InboundMessage, ticket.message_id, options=[defer(InboundMessage.raw)])
            if message is not None:
                job.run(s, message, self.connectors, ticket.generation)
            return
        # The customer is loaded only if a stage asks for it: most do not, and it costs two queries.
        # FOR NO KEY UPDATE, not FOR UPDATE: two workers on one order still queue behind each other,
        # but rows that merely reference the order (a claim's stage run, a job) can be written
        # meanwhile. With FOR UPDATE, a worker claiming this job after its lease expired would wait
        # here on its stage-run insert while this worker waits on that claim's job row: a deadlock.
        order = s.get(Order, ticket.order_id, with_for_update={"key_share": True} if self.db.is_postgres else None,
                      options=[lazyload(Order.customer), lazyload(Order.reasons)])
        if order is not None:
            run_order_job(s, ticket.kind, order, self.connectors, ticket.generation)

    def _successors(self, s: Session, tickets: list[jobs.Ticket]) -> list[jobs.Ticket]:
        """Take the next stage these jobs enqueued for their own orders, so an order goes through its
        stages on one worker without waiting for a claim (each stage still its own transaction)."""
        enqueued = s.info.get("enqueued", [])
        subjects = {t.order_id for t in tickets if t.order_id is not None}
        from_message = any(is_message_job(t.kind) for t in tickets)  # the orders it filed are new
        taken: dict[int, Job] = {}
        for job in enqueued:
            if job.order_id is not None and (job.order_id in subjects or from_message) and self._takes(job.kind):
                taken.setdefault(job.order_id, job)
        chosen = list(taken.values())[:1] if len(tickets) == 1 else list(taken.values())  # one job: one next
        # What this worker does not take is left for others, who are woken for it at the commit.
        s.info["enqueued"] = [job for job in enqueued if job not in chosen]
        return jobs.take_many(s, chosen, self.name, self.settings.job_lease_s)

    def release(self) -> None:
        """Give back taken successors that will not run here (the worker is stopping)."""
        tickets, self._next = self._next, []
        for ticket in tickets:
            try:
                jobs.release(self.db, ticket)
            except Exception:  # the lease expires anyway; the job is only late, not lost
                log.exception("job %s: could not give it back", ticket.job_id)

    def _park(self, s: Session, ticket: jobs.Ticket, error: str) -> None:
        """A job out of attempts parks its subject with the stage and the error, never drops it."""
        if ticket.message_id is not None and is_message_job(ticket.kind):
            message = s.get(InboundMessage, ticket.message_id)
            if message is not None:
                park_message(s, message, error)
        if ticket.order_id is not None:
            order = s.get(Order, ticket.order_id)
            if order is not None:
                park_order(s, order, ticket.kind, ticket.job_id, error)

    @contextmanager
    def heartbeats(self) -> Iterator[None]:
        """While the block runs, a thread renews the leases of the jobs being run every third of the lease,
        so a job longer than the lease is not handed to another worker while this one is alive.

        Nothing may starve a beat: it keeps a connection of its own for as long as the block runs (taken
        from the pool once, so it never queues for one behind the web app's requests, which waited 30 s when
        they held them all), renews every held job in one short transaction, and no job holds SQLite's write
        lock while it works (orchestration/process_message.py), so the beat waits at most for a job's short
        write. A failed beat drops its connection and is tried again at the next interval."""
        stop = threading.Event()
        interval = max(0.2, self.settings.job_lease_s / 3)

        def beat() -> None:
            conn: Connection | None = None
            try:
                conn = self.db.engine.connect()  # now, not at the first beat: the pool may be empty by then
            except Exception:
                log.exception("heartbeat: no connection yet; trying again at the first beat")
            try:
                while not stop.wait(interval):
                    running = self._running
                    if not running:
                        continue
                    try:
                        if conn is None:
                            conn = self.db.engine.connect()
                        with conn.begin():
                            lost = jobs.renew_leases(conn, running, self.settings.job_lease_s)
                        for ticket in lost if self._running is running else []:
                            log.warning("job %s: lease lost; another worker may run it", ticket.job_id)
                    except Exception:  # a missed beat is retried at the next interval, on a new connection
                        log.exception("heartbeat failed for jobs %s", [t.job_id for t in running])
                        if conn is not None:
                            conn.invalidate()
                            conn.close()
                            conn = None
            finally:
                if conn is not None:
                    conn.close()

        thread = threading.Thread(target=beat, name=f"heartbeat-{self.name}", daemon=True)
        thread.start()
        try:
            yield
        finally:
            stop.set()
            thread.join(5)

    def run_until_idle(self, max_jobs: int = 10_000) -> int:
        """Run until nothing is due (or about `max_jobs` ran); returns the number of jobs run."""
        before = self.jobs_run
        with self.heartbeats():
            while self.jobs_run - before < max_jobs and self.run_once():
                pass
        self.release()
        return self.jobs_run - before

    def run_forever(self, stop: threading.Event, idle_sleep: float | None = None, listen: bool = True) -> None:
        """Run jobs until `stop` is set; a job under way is always finished first. Idle, it waits for a
        wake-up (a job committed in this process, or notified on PostgreSQL) or the next poll. `listen`:
        start this process's listener (one per process: its other lanes share the wake-up)."""
        idle_sleep = self.settings.worker_poll_interval_s if idle_sleep is None else idle_sleep
        if self.db.is_postgres and listen:
            wakeups.listen(self.db.url, stop)
        with self.heartbeats():
            while not stop.is_set():
                try:
                    busy = self.run_once()
                except Exception:  # the database went away: wait and try again, never die
                    log.exception("worker loop error")
                    busy = False
                if not busy:
                    self._idle(stop, idle_sleep)
        self.release()

    @staticmethod
    def _idle(stop: threading.Event, seconds: float) -> None:
        """Wait for a wake-up or the next poll, in slices of a second so a stop is seen within one."""
        deadline = time.monotonic() + seconds
        while not stop.is_set():
            left = deadline - time.monotonic()
            if left <= 0 or wakeups.new_work.wait(min(1.0, left)):
                break
        wakeups.new_work.clear()


@cache
def _batch_loads(dialect: str) -> tuple[Select[tuple[Order]], Select[tuple[OrderLine]]]:
    """The two statements that load a batch's orders and their lines, built once per dialect (building them
    anew for every batch was a tenth of the load's time), the ids given at execution.

    Only what the stages read comes in: the customer, the clerk's reasons and the document's provenance are
    loaded only if something asks for them. The lines as `selectinload` would read them, set on each order
    as loaded (`_lock_orders`), but with one statement text for any batch size (bulk.one_of_param)."""
    orders = select(Order).where(bulk.one_of_param(dialect, Order.id, "ids")).order_by(Order.id).options(
        lazyload(Order.customer), lazyload(Order.reasons), defer(Order.header_provenance), noload(Order.lines))
    if dialect == "postgresql":
        orders = orders.with_for_update(key_share=True)
    lines = (select(OrderLine).where(bulk.one_of_param(dialect, OrderLine.order_id, "ids"))
             .order_by(OrderLine.order_id, OrderLine.line_no)
             .options(defer(OrderLine.provenance), defer(OrderLine.candidates)))
    return orders, lines


def lane_workers(db: Database, settings: Settings) -> list[Worker]:
    """A process's lanes: the message lane first, then `worker_connector_slots` connector lanes (each
    with connectors of its own: a client is not assumed safe to share between threads); one lane for
    everything when the slots are 0, or when no stage calls out (every connector builtin)."""
    first = Worker(db, settings, lane="messages")
    if settings.worker_connector_slots == 0 or not first.call_out_kinds:
        first.lane = "all"
        return [first]
    return [first, *(Worker(db, settings, lane="connectors") for _ in range(settings.worker_connector_slots))]


def run_lanes(workers: list[Worker], stop: threading.Event) -> None:
    """Run the first lane in this thread and the others in threads of their own, until `stop`; returns
    when every lane has finished its job under way. Threads, not processes: a connector lane mostly
    waits on the network, which releases the GIL."""
    threads = [threading.Thread(target=w.run_forever, args=(stop,), kwargs={"listen": False},
                                name=f"lane-{w.lane}-{i}", daemon=True) for i, w in enumerate(workers[1:], 1)]
    for thread in threads:
        thread.start()
    try:
        workers[0].run_forever(stop)
    finally:
        stop.set()
        for thread in threads:
            thread.join()


# ---------------------------------------------------------------- worker processes


def run_workers(settings: Settings, concurrency: int = 1, db: Database | None = None) -> int:
    """Run `concurrency` workers until SIGTERM or SIGINT; each finishes its current job first.

    Processes, not threads: a stage is Python work (ORM, matching) that holds the GIL, so threads of
    one process would share one core. With more than one, this process only supervises: it forwards
    SIGTERM, and restarts a child that died (a SIGKILLed child's job comes back when its lease expires).
    Returns the exit code: 0 when every worker stopped cleanly."""
    if concurrency < 1:
        raise ValueError("--concurrency must be at least 1")
    if concurrency > 1 and settings.resolved_database_url.startswith("sqlite"):
        raise ValueError(SQLITE_ONE_WORKER)
    if concurrency == 1:
        return _serve_one(settings, db)

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    spawn = multiprocessing.get_context("spawn")  # a fresh interpreter: no engine or lock copied by fork

    def start(index: int) -> multiprocessing.process.BaseProcess:
        child = spawn.Process(target=_child_main, args=(settings, os.getpid()), name=f"worker-{index}")
        child.start()
        return child

    children = [start(i) for i in range(concurrency)]
    started_at = [time.monotonic()] * concurrency
    log.info("%d worker processes started: %s", concurrency, [c.pid for c in children])
    while not stop.wait(0.5):
        for i, child in enumerate(children):
            if child.is_alive() or stop.is_set():
                continue
            # One that dies right after starting (a broken install, say) is restarted every 10 s, not
            # in a tight loop.
            if time.monotonic() - started_at[i] < 10.0:
                continue
            log.warning("worker process %s exited with %s; starting another", child.pid, child.exitcode)
            children[i], started_at[i] = start(i), time.monotonic()
    for child in children:
        if child.is_alive() and child.pid is not None:
            os.kill(child.pid, signal.SIGTERM)
    for child in children:
        child.join()
    codes = [child.exitcode for child in children]
    log.info("worker processes stopped: exit codes %s", codes)
    return 0 if all(code == 0 for code in codes) else 1


def _child_main(settings: Settings, parent_pid: int) -> None:
    setup_logging(settings.log_format, settings.log_level)
    raise SystemExit(_serve_one(settings, None, parent_pid))


def _serve_one(settings: Settings, db: Database | None, parent_pid: int | None = None) -> int:
    own_db = db is None
    database = db or Database(settings.resolved_database_url, cache_dir=settings.cache_dir)
    stop = threading.Event()
    # The handler only sets the flag: the job under way runs to its commit, then the loop ends.
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    if parent_pid is not None:
        def orphaned() -> None:  # the supervisor was killed: stop after the current job, do not linger
            while not stop.wait(1.0):
                if os.getppid() != parent_pid:
                    stop.set()

        threading.Thread(target=orphaned, name="parent-watch", daemon=True).start()
    workers = lane_workers(database, settings)
    worker = workers[0]
    log.info("worker %s running against %s (%d connector lanes)", worker.name,
             database.engine.url.render_as_string(hide_password=True), len(workers) - 1)
    try:
        run_lanes(workers, stop)
    finally:
        if own_db:
            database.dispose()
    log.info("worker %s stopped", worker.name)
    return 0
