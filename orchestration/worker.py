"""The worker: claims jobs, runs each stage in one transaction, records failures and retries."""

from __future__ import annotations

import logging
import os
import socket
import threading
import traceback
import uuid

from sqlalchemy.orm import Session

from config import Settings
from models.db import Database
from models.tables import InboundMessage, Order
from orchestration import jobs
from orchestration.audit import audit, transition
from orchestration.connectors.base import PermanentError
from orchestration.process_message import process_message
from orchestration.stages import ORDER_STAGES, Connectors

log = logging.getLogger(__name__)


class Worker:
    def __init__(self, db: Database, settings: Settings, connectors: Connectors | None = None,
                 name: str | None = None) -> None:
        self.db = db
        self.settings = settings
        self.connectors = connectors or Connectors()
        # Unique per Worker object, so two threads of one process never share a lease.
        self.name = name or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"

    def run_once(self) -> bool:
        """Run one job if one is due. Returns False when the queue had nothing to do."""
        for dead in jobs.exhausted(self.db, self.settings.job_max_attempts):
            with self.db.session() as s:
                error = f"the worker stopped during each of {dead.attempt} attempts (crash or kill)"
                jobs.fail(s, dead, error, permanent=True)
                self._park(s, dead, error)
        ticket = jobs.claim(self.db, self.name, self.settings.job_lease_s, self.settings.job_max_attempts)
        if ticket is None:
            return False
        try:
            with self.db.session() as s:
                job = jobs.still_ours(s, ticket)
                if job is None:
                    return True  # our lease expired and another worker took the job
                self._run(s, ticket)
                jobs.finish(s, job, ticket)
        except jobs.LeaseLost:
            log.warning("job %s: lease lost to another worker; its result is not kept", ticket.job_id)
            return True
        except Exception as exc:
            permanent = isinstance(exc, PermanentError)
            error = f"{type(exc).__name__}: {exc}"
            if not permanent:
                log.warning("job %s (%s) attempt %s failed: %s", ticket.job_id, ticket.kind, ticket.attempt, error)
                log.debug("%s", traceback.format_exc())
            with self.db.session() as s:
                dead = jobs.fail(s, ticket, error, permanent, self.settings.job_max_attempts)
                if dead:
                    self._park(s, ticket, error)
        return True

    def _run(self, s: Session, ticket: jobs.Ticket) -> None:
        if ticket.kind == "process_message":
            message = s.get(InboundMessage, ticket.message_id)
            if message is not None and message.status == "received":
                process_message(s, message, self.settings)
            return
        stage = ORDER_STAGES[ticket.kind]
        order = s.get(Order, ticket.order_id, with_for_update=self.db.is_postgres)
        if order is not None:
            stage(s, order, self.connectors, ticket.generation)

    def _park(self, s: Session, ticket: jobs.Ticket, error: str) -> None:
        """A job out of attempts parks its subject with the stage and the error, never drops it."""
        if ticket.message_id is not None and ticket.kind == "process_message":
            message = s.get(InboundMessage, ticket.message_id)
            if message is not None:
                message.status, message.error = "error", f"processing failed: {error}"
                audit(s, "system", "message", message.id, "error", detail={"error": error})
        if ticket.order_id is not None:
            order = s.get(Order, ticket.order_id)
            if order is not None:
                order.review_reasons = [*order.review_reasons,
                                        {"code": "stage_failed", "message": f"{ticket.kind}: {error}"}]
                transition(s, order, "failed", ticket.kind, {"error": error, "job_id": ticket.job_id})

    def run_until_idle(self, max_jobs: int = 10_000) -> int:
        done = 0
        while done < max_jobs and self.run_once():
            done += 1
        return done

    def run_forever(self, stop: threading.Event, idle_sleep: float = 0.5) -> None:
        while not stop.is_set():
            try:
                busy = self.run_once()
            except Exception:  # the database went away: wait and try again, never die
                log.exception("worker loop error")
                busy = False
            if not busy:
                stop.wait(idle_sleep)
