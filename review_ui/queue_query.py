"""What waits for a clerk: the queue's orders filtered by status, customer, reason and mailbox, oldest
first, as plain rows the queue page only prints; and the counts beside it (per status, per reason).
An order a buyer's change or cancellation waits on (a pending revision) waits for a clerk whatever its
status: it is in the queue, marked. Plain functions on a database session, no HTTP."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session, noload, selectinload

from clerk import claims
from config import Settings
from models.status import IN_REVIEW, RevisionKind, RevisionStatus
from models.tables import InboundMessage, Order, OrderLine, OrderReason, OrderRevision, utcnow
from review_ui import wording

# The status filter's choices: a status in review, or the orders on hold (whatever their status).
HELD = "held"
# The orders a buyer's change or cancellation waits on, whatever their status.
REVISED = "revision"
STATUS_FILTERS = (*IN_REVIEW, HELD, REVISED)
QUEUE_LIMIT = 100  # the oldest first; a clerk works from the top, the counts say how many more wait


@dataclass
class QueueRow:
    id: int
    status: str
    claimed_by: str | None
    held_reason: str | None
    age: str
    received: str
    customer: str
    po_number: str
    lines: int
    value: str
    mailbox: str
    reasons: list[str]
    # What a buyer's pending revision asks ("change waiting", "cancellation waiting"); None: nothing waits.
    revision: str | None = None


@dataclass
class Queue:
    rows: list[QueueRow]  # at most QUEUE_LIMIT
    total: int  # how many match the filters


def status_counts(session: Session) -> dict[str, int]:
    return dict(session.execute(select(Order.status, func.count()).group_by(Order.status)).all())  # type: ignore[arg-type]


def mailbox_of(message: InboundMessage | None) -> str:
    """The mailbox a message came in by: the IMAP mailbox's name, else the source (maildir, api, ...)."""
    if message is None:
        return "manual"
    return message.source_mailbox or message.source


def mailbox_names(settings: Settings) -> list[str]:
    """What the mailbox filter offers: the configured IMAP mailboxes, then the other sources."""
    return [m.name for m in settings.mailboxes] + ["maildir", "api", "cli"]


def _has_reason(code: str) -> Any:
    return exists().where(OrderReason.order_id == Order.id, OrderReason.code == code)


_PENDING_REVISION = exists().where(OrderRevision.order_id == Order.id, OrderRevision.status == RevisionStatus.PENDING)


def waiting(session: Session, status_filter: str = "", customer: str = "", reason: str = "",
            mailbox: str = "") -> Queue:
    """The orders waiting for a clerk that match the filters (each blank: any), oldest first, held last."""
    if status_filter in IN_REVIEW:
        q = select(Order).where(Order.status == status_filter)
    elif status_filter == REVISED:
        q = select(Order).where(_PENDING_REVISION)
    else:
        q = select(Order).where(or_(Order.status.in_(IN_REVIEW), _PENDING_REVISION))
    if status_filter == HELD:
        q = select(Order).where(Order.status.in_(IN_REVIEW), Order.held_reason.is_not(None))
    if customer:
        q = q.where(Order.customer_id.is_(None) if customer == "-" else Order.customer_id == customer)
    if reason:
        q = q.where(_has_reason(reason))
    if mailbox:
        q = q.join(InboundMessage, InboundMessage.id == Order.message_id).where(
            func.coalesce(InboundMessage.source_mailbox, InboundMessage.source) == mailbox)
    total = session.scalar(select(func.count()).select_from(q.order_by(None).subquery()))
    # Held orders go last: they wait for someone outside, the rest wait for a clerk.
    orders = session.scalars(
        q.options(noload(Order.lines), selectinload(Order.reasons))
        .order_by(Order.held_reason.is_not(None), Order.created_at, Order.id)
        .limit(QUEUE_LIMIT)
    ).all()
    messages = {m.id: m for m in session.scalars(
        select(InboundMessage).options(noload(InboundMessage.documents))
        .where(InboundMessage.id.in_({o.message_id for o in orders if o.message_id})))}
    line_counts = dict(session.execute(  # type: ignore[arg-type]
        select(OrderLine.order_id, func.count()).where(OrderLine.order_id.in_([o.id for o in orders]))
        .group_by(OrderLine.order_id)).all())
    values = dict(session.execute(  # type: ignore[arg-type]
        select(OrderLine.order_id, func.sum(OrderLine.quantity * OrderLine.unit_price))
        .where(OrderLine.order_id.in_([o.id for o in orders])).group_by(OrderLine.order_id)).all())
    revised: dict[int, str] = {}
    for order_id, kind in session.execute(select(OrderRevision.order_id, OrderRevision.kind).where(
            OrderRevision.order_id.in_([o.id for o in orders]), OrderRevision.status == RevisionStatus.PENDING)
            .order_by(OrderRevision.number)):
        revised[order_id] = "cancellation waiting" if kind == RevisionKind.CANCEL else "change waiting"
    now = utcnow()
    # One plain row per order, computed here: the template then only prints, which keeps a full
    # queue page fast (calls from inside a template cost several times more).
    rows = [QueueRow(o.id, o.status, claims.holder(o, now), o.held_reason, _age(now - o.created_at),
                     o.created_at.strftime("%Y-%m-%d %H:%M"), o.customer.name if o.customer else "unknown sender",
                     o.po_number or "—", line_counts.get(o.id, 0),
                     wording.money(values[o.id], wording.currency_of(o)) if values.get(o.id) is not None else "",
                     mailbox_of(messages.get(o.message_id) if o.message_id else None),
                     [wording.reason_words(r) for r in o.reasons], revised.get(o.id)) for o in orders]
    return Queue(rows, total or 0)


def _age(delta: timedelta) -> str:
    seconds = delta.total_seconds()
    if seconds < 3600:
        return f"{int(seconds // 60)} min"
    if seconds < 2 * 86400:
        return f"{int(seconds // 3600)} h"
    return f"{int(seconds // 86400)} d"


def reason_counts(session: Session) -> dict[str, int]:
    """Orders in review per reason code (an order with a code twice counts once)."""
    return dict(session.execute(  # type: ignore[arg-type]
        select(OrderReason.code, func.count(OrderReason.order_id.distinct()))
        .join(Order, Order.id == OrderReason.order_id).where(Order.status.in_(IN_REVIEW))
        .group_by(OrderReason.code)).all())
