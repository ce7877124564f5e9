"""The outbox of acknowledgements: an email to a buyer recorded in the caller's transaction (the job that sends
it queued with it), and the token of the order's status page. An answer to a buyer's status question is one
of these too (kind "status"), recorded by orchestration/status_questions.py under the question's message.

The transition that calls for an email records its `Acknowledgement` row and enqueues its job together,
so the email is sent exactly when the change that asked for it is committed."""

from __future__ import annotations

import secrets

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.audit import audit
from models.status import AcknowledgementStatus
from models.tables import Acknowledgement, Order
from orchestration.jobs import enqueue

STAGE = "acknowledgement"
# The handler gives up on its own (`[smtp] max_attempts`) before the queue would park the job, because a
# parked job fails its order, and an email must never do that.
JOB_MAX_ATTEMPTS = 200


def status_token(order: Order) -> str:
    """The order's status-page token, made on first use: 256 random bits, so it cannot be guessed."""
    if not order.status_token:
        order.status_token = secrets.token_urlsafe(32)
    return order.status_token


def status_url(base_url: str, token: str) -> str:
    return f"{base_url.rstrip('/')}/status/{token}"


def record(session: Session, order: Order, kind: str, name: str, note: str | None = None,
           answers_message_id: int | None = None) -> Acknowledgement:
    """Record one email to the buyer and enqueue its job. The same name twice is the same email.
    `answers_message_id`: the buyer's message it answers when not the order's own (a status question)."""
    key = f"order:{order.id}:{STAGE}:{name}"
    ack = session.scalar(select(Acknowledgement).where(Acknowledgement.idempotency_key == key))
    if ack is None:
        status_token(order)  # committed with the job, so the link in the email always works
        ack = Acknowledgement(order_id=order.id, kind=kind, idempotency_key=key, note=note,
                              answers_message_id=answers_message_id, status=AcknowledgementStatus.PENDING)
        session.add(ack)
        session.flush()
        enqueue(session, STAGE, key, order_id=order.id, max_attempts=JOB_MAX_ATTEMPTS, generation=name)
    return ack


def acknowledge_accepted(session: Session, order: Order) -> Acknowledgement:
    """The one 'accepted' email of an order: a re-approval after a failure does not send a second."""
    return record(session, order, "accepted", "accepted")


def ask_buyer(session: Session, order: Order, actor: str, note: str | None) -> Acknowledgement:
    """A question to the buyer about a rejected or held order; each call is a new email.

    Called by the order actions (reject, hold) in their transaction. Queued even when no SMTP server is
    configured: the job then records the email as skipped, so the clerk sees that nobody was asked."""
    asked = session.scalar(select(func.count()).select_from(Acknowledgement).where(
        Acknowledgement.order_id == order.id, Acknowledgement.kind == "question")) or 0
    ack = record(session, order, "question", f"question-{asked + 1}", note)
    audit(session, actor, "order", order.id, "ask_buyer", detail={"acknowledgement_id": ack.id})
    return ack
