"""The `edi_answer` job: deliver an occasion's pending answers to the buyer, once.

How, per customer (`customers.edi_answer_delivery`): `connector` hands each answer to the ERP connector
(`deliver_answer`: the file connector writes it to its outbox's `answers/` folder, the webhook posts an
`edi.answer` event); `email` sends them attached to one email under the buyer's own (an acknowledgement of
kind `edi`, which marks them sent or skipped with its own outcome); NULL: the connector when it can carry
them, else email. The answers of EDI that became no order (unfiled.py) go the same ways by a job on their message
(`deliver_unfiled`). A connector's refusal marks the answer failed with its words; an outage is retried with
the queue's backoff and given up after the queue's budget, never failing the order."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.audit import audit
from models.status import AcknowledgementStatus, EdiAnswerDelivery
from models.tables import Customer, Document, EdiAnswer, InboundMessage, Job, Order, utcnow
from orchestration.acknowledgements.outbox import record
from orchestration.acknowledgements.smtp import Refused
from orchestration.connectors.base import PermanentError, TransientError
from orchestration.edi_answers import mail
from orchestration.edi_answers.outbox import JOB_MAX_ATTEMPTS, STAGE
from orchestration.edi_answers.source import syntax_errors
from orchestration.edi_answers.unfiled import STAGE as UNFILED_STAGE
from orchestration.edi_answers.unfiled import job_key as unfiled_job_key

if TYPE_CHECKING:
    from orchestration.stages import Connectors

CONNECTOR, EMAIL = EdiAnswerDelivery.CONNECTOR, EdiAnswerDelivery.EMAIL
GIVE_UP_AFTER = 40
# The stage and the row an answer's audit events name: (stage, "order", order id) or (stage, "message", message id).
_Subject = tuple[str, str, int]


def how(configured: str | None, connectors: Connectors) -> EdiAnswerDelivery:
    """The way answers reach this customer: as configured, else the connector when it can carry them."""
    if configured in tuple(EdiAnswerDelivery):
        return EdiAnswerDelivery(configured)
    return CONNECTOR if getattr(connectors.erp, "deliver_answer", None) is not None else EMAIL


def deliver(session: Session, order: Order, connectors: Connectors, generation: str = "") -> bool:
    """The job's work: every pending answer of the occasion `generation` names."""
    prefix = f"order:{order.id}:{STAGE}:{generation}:"
    pending = [a for a in session.scalars(select(EdiAnswer).where(
        EdiAnswer.order_id == order.id, EdiAnswer.status == AcknowledgementStatus.PENDING,
        EdiAnswer.acknowledgement_id.is_(None)).order_by(EdiAnswer.id))
        if a.idempotency_key.startswith(prefix) or a.idempotency_key.startswith("document:")]
    if not pending:
        return False
    way = how(order.customer.edi_answer_delivery if order.customer is not None else None, connectors)
    if way == EMAIL:
        answered = pending[0].message_id
        ack = record(session, order, "edi", f"edi-{generation}",
                     answers_message_id=answered if answered != order.message_id else None)
        for answer in pending:
            answer.acknowledgement_id, answer.delivery = ack.id, EMAIL
        return True
    key = f"order:{order.id}:{STAGE}:{generation}"
    _carry_each(session, order, pending, connectors, (STAGE, "order", order.id),
                lambda: session.scalar(select(Job.attempts).where(Job.idempotency_key == key)) or 0)
    return True


def _carry_each(session: Session, order: Order | None, pending: list[EdiAnswer], connectors: Connectors,
                subject: _Subject, attempts: Callable[[], int]) -> None:
    """Each pending answer handed to the ERP connector: sent, or closed with why (skipped when the connector
    cannot carry answers, failed on its refusal or once the queue's budget is spent); an outage raises, for the
    queue to retry. `subject`: the stage and the row its audit events name (the order, or an unfiled message);
    `attempts`: how often the job ran so far."""
    carry = getattr(connectors.erp, "deliver_answer", None)
    for answer in pending:
        if carry is None:
            _close(session, subject, answer, AcknowledgementStatus.SKIPPED,
                   "the ERP connector cannot carry EDI answers (set the customer's delivery to email)")
            continue
        try:
            carry(session, order, answer)
        except PermanentError as exc:
            _close(session, subject, answer, AcknowledgementStatus.FAILED, str(exc))
            continue
        except TransientError as exc:
            tried = attempts()
            if tried >= min(GIVE_UP_AFTER, JOB_MAX_ATTEMPTS - 1):
                _close(session, subject, answer, AcknowledgementStatus.FAILED,
                       f"given up after {tried} attempts: {exc}")
                continue
            raise
        answer.status, answer.delivery, answer.sent_at, answer.reason = (AcknowledgementStatus.SENT, CONNECTOR,
                                                                         utcnow(), None)
        audit(session, *subject, "edi_answer_sent", detail={"kind": answer.kind, "file": answer.file_name})


def _close(session: Session, subject: _Subject, answer: EdiAnswer, status: AcknowledgementStatus,
           reason: str) -> None:
    answer.status, answer.reason = status, reason
    audit(session, *subject, f"edi_answer_{status}", detail={"kind": answer.kind, "reason": reason})


def settle_emailed(session: Session, ack_id: int, status: AcknowledgementStatus, reason: str | None) -> None:
    """The answers an email carried take its outcome (sent, skipped or failed with why)."""
    for answer in session.scalars(select(EdiAnswer).where(EdiAnswer.acknowledgement_id == ack_id)):
        answer.status, answer.reason = status, reason
        if status == AcknowledgementStatus.SENT:
            answer.sent_at = utcnow()


def deliver_unfiled(session: Session, message: InboundMessage, connectors: Connectors, generation: str = "") -> bool:
    """The job of answers to EDI that became no order (unfiled.py): each pending one of the message, by the
    connector or one email, as its customer wants; given up (failed, with why) after the queue's budget."""
    pending = list(session.scalars(select(EdiAnswer).where(
        EdiAnswer.message_id == message.id, EdiAnswer.order_id.is_(None),
        EdiAnswer.status == AcknowledgementStatus.PENDING).order_by(EdiAnswer.id)))
    if not pending:
        return False
    customer = session.get(Customer, pending[0].customer_id) if pending[0].customer_id else None
    way = how(customer.edi_answer_delivery if customer is not None else None, connectors)
    key = unfiled_job_key(message.id)
    attempts = session.scalar(select(Job.attempts).where(Job.idempotency_key == key)) or 0
    if way == EMAIL:
        _email_unfiled(session, message, customer, pending, connectors, key, attempts)
        return True
    _carry_each(session, None, pending, connectors, (UNFILED_STAGE, "message", message.id), lambda: attempts)
    return True


def _email_unfiled(session: Session, message: InboundMessage, customer: Customer | None, pending: list[EdiAnswer],
                   connectors: Connectors, key: str, attempts: int) -> None:
    subject: _Subject = (UNFILED_STAGE, "message", message.id)
    acknowledger = connectors.acknowledgement
    if acknowledger is None:
        for answer in pending:
            _close(session, subject, answer, AcknowledgementStatus.SKIPPED,
                   "the worker that ran it has no SMTP server configured ([smtp] host)")
        return
    documents = [session.get(Document, d) for d in dict.fromkeys(a.document_id for a in pending) if d is not None]
    errors = [e for d in documents if d is not None for e in syntax_errors(d)]
    document = documents[0] if documents else None
    composed = mail.draft(message, document, customer, pending, errors, acknowledger, key)
    if isinstance(composed, str):
        for answer in pending:
            _close(session, subject, answer, AcknowledgementStatus.SKIPPED, composed)
        return
    # Everything above only read: on SQLite no write lock is held while the SMTP server is talked to.
    try:
        acknowledger.send(composed.message, composed.recipient)
    except Refused as exc:
        for answer in pending:
            _close(session, subject, answer, AcknowledgementStatus.FAILED, str(exc))
        return
    except TransientError as exc:
        if attempts >= min(acknowledger.max_attempts, JOB_MAX_ATTEMPTS - 1):
            for answer in pending:
                _close(session, subject, answer, AcknowledgementStatus.FAILED,
                       f"given up after {attempts} attempts: {exc}")
            return
        raise
    for answer in pending:
        answer.status, answer.delivery, answer.sent_at, answer.reason = (AcknowledgementStatus.SENT, EMAIL,
                                                                         utcnow(), None)
    audit(session, *subject, "edi_answer_sent", detail={"kinds": [a.kind for a in pending], "to": composed.recipient})
