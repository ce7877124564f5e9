"""The acknowledgement stage the worker runs: compose this job's email, send it, record the outcome.

Everything before the SMTP conversation only reads, so on SQLite no write lock is held while the
server is talked to; the outcome (sent, skipped with why, failed with the server's answer) is written
after, in the job's transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.audit import audit
from models.status import AcknowledgementStatus
from models.tables import Acknowledgement, Job, Order, utcnow
from orchestration.acknowledgements.compose import compose
from orchestration.acknowledgements.outbox import JOB_MAX_ATTEMPTS, STAGE
from orchestration.acknowledgements.smtp import Acknowledger, Refused
from orchestration.connectors.base import TransientError
from orchestration.edi_answers.stage import settle_emailed

if TYPE_CHECKING:
    from orchestration.stages import Connectors


def acknowledgement(session: Session, order: Order, connectors: Connectors, generation: str = "") -> None:
    """The job's work: send this job's pending email (`generation` names it: Job.generation)."""
    q = select(Acknowledgement).where(Acknowledgement.order_id == order.id,
                                      Acknowledgement.status == AcknowledgementStatus.PENDING)
    if generation:
        q = q.where(Acknowledgement.idempotency_key == f"order:{order.id}:{STAGE}:{generation}")
    for ack in session.scalars(q.order_by(Acknowledgement.id)).all():
        _send_one(session, order, ack, connectors.acknowledgement)


def _send_one(session: Session, order: Order, ack: Acknowledgement, acknowledger: Acknowledger | None) -> None:
    if acknowledger is None:
        _close(session, order, ack, AcknowledgementStatus.SKIPPED,
               "the worker that ran it has no SMTP server configured ([smtp] host)")
        return
    draft = compose(session, order, ack, acknowledger)
    if isinstance(draft, str):
        _close(session, order, ack, AcknowledgementStatus.SKIPPED, draft)
        return
    # Everything above only read: on SQLite no write lock is held while the SMTP server is talked to.
    try:
        acknowledger.send(draft.message, draft.recipient)
    except Refused as exc:
        _close(session, order, ack, AcknowledgementStatus.FAILED, str(exc))
        return
    except TransientError as exc:
        attempts = session.scalar(select(Job.attempts).where(Job.idempotency_key == ack.idempotency_key)) or 0
        if attempts >= min(acknowledger.max_attempts, JOB_MAX_ATTEMPTS - 1):
            _close(session, order, ack, AcknowledgementStatus.FAILED, f"given up after {attempts} attempts: {exc}")
            return
        raise
    ack.status, ack.reason, ack.sent_at = AcknowledgementStatus.SENT, None, utcnow()
    ack.to_addr, ack.subject = draft.recipient, str(draft.message["Subject"])
    # The text the buyer read; EDI answers attached to it are kept as rows of their own (edi_answers).
    text = draft.message.get_body(("plain",)) if draft.message.is_multipart() else draft.message
    ack.email_message_id, ack.body = str(draft.message["Message-ID"]), text.get_content() if text else None
    audit(session, STAGE, "order", order.id, "acknowledged",
          detail={"kind": ack.kind, "to": draft.recipient, "message_id": ack.email_message_id})
    if ack.kind == "edi":
        settle_emailed(session, ack.id, AcknowledgementStatus.SENT, None)


def _close(session: Session, order: Order, ack: Acknowledgement, status: AcknowledgementStatus, reason: str) -> None:
    ack.status, ack.reason = status, reason
    audit(session, STAGE, "order", order.id, f"acknowledgement_{status}", detail={"kind": ack.kind, "reason": reason})
    if ack.kind == "edi":  # the EDI answers it carried share its outcome
        settle_emailed(session, ack.id, status, reason)
