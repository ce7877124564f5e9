"""How an idle worker learns that a job was committed, instead of waiting for its next poll.

In one process, a threading.Event set when a transaction that enqueued a job commits. Across processes
and machines on PostgreSQL, LISTEN/NOTIFY: such a transaction also sends `pg_notify` (delivered only
when it commits), and each worker process keeps one connection listening. Polling stays underneath:
a notification that is lost (the listener was reconnecting) costs at most one poll interval.
"""

from __future__ import annotations

import logging
import threading

from sqlalchemy import event, make_url, text
from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

CHANNEL = "order_intake_jobs"

# Set when new work may be due; the worker loop waits on it between polls, then clears it.
new_work = threading.Event()


def mark(session: Session) -> None:
    """This transaction enqueued a job: wake workers when it commits."""
    session.info["wake_workers"] = True


@event.listens_for(Session, "before_commit")
def _notify_other_processes(session: Session) -> None:
    # Only for jobs left for others to claim: a worker that took its next stage itself wakes nobody.
    if session.info.get("wake_workers") and session.info.get("enqueued"):
        bind = session.get_bind()
        if bind.dialect.name == "postgresql":
            session.execute(text("SELECT pg_notify(:channel, '')"), {"channel": CHANNEL})


@event.listens_for(Session, "after_commit")
def _wake_this_process(session: Session) -> None:
    if session.info.pop("wake_workers", False):
        new_work.set()
    session.info.pop("enqueued", None)
    session.info.pop("enqueued_keys", None)


@event.listens_for(Session, "after_soft_rollback")
def _forget_rolled_back(session: Session, _previous_transaction: object) -> None:
    # Jobs enqueued in a transaction that rolled back were never there: enqueueing the same key again
    # must add it anew, not find the discarded object. (A savepoint's rollback leaves the outer
    # transaction, and what it enqueued, in place.)
    if session.in_transaction():
        return
    session.info.pop("wake_workers", None)
    session.info.pop("enqueued", None)
    session.info.pop("enqueued_keys", None)


def listen(database_url: str, stop: threading.Event, reconnect_s: float = 2.0) -> threading.Thread:
    """Start a thread that sets `new_work` on every notification until `stop` is set."""
    # Imported here, for PostgreSQL only: psycopg's import is a seventh of a second that SQLite never uses.
    import psycopg

    conninfo = make_url(database_url).set(drivername="postgresql").render_as_string(hide_password=False)

    def run() -> None:
        while not stop.is_set():
            try:
                with psycopg.connect(conninfo, autocommit=True, connect_timeout=10) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    new_work.set()  # whatever was committed while nobody listened
                    while not stop.is_set():
                        for _ in conn.notifies(timeout=1.0):
                            new_work.set()
            except Exception as exc:  # the database went away: poll meanwhile, listen again later
                log.warning("job notifications unavailable (%s); polling until they are back", exc)
                stop.wait(reconnect_s)

    thread = threading.Thread(target=run, name="job-notifications", daemon=True)
    thread.start()
    return thread
