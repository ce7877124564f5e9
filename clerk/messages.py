"""What a clerk may do to an inbound message: read it again from its stored parts (`reprocess`), or
turn a message closed as not an order or in error into an order for review (`to_order`).

Neither touches what a clerk already approved: a message with an order past review is refused. Reading
a message again replaces an order still waiting in review: that order is rejected (no email to the
buyer, who sent one message, not two) with a reason naming the reprocessing, and the message's
process_message job runs again, filing the new reading the way the first one was filed."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clerk.errors import ActionError
from config import Settings
from models.audit import audit
from models.schemas import Reason
from models.status import STOPPED, MessageStatus, OrderStatus
from models.tables import InboundMessage, Job, Order
from orchestration.jobs import enqueue
from orchestration.process_message import file_for_clerk
from orchestration.transitions import transition

# The messages a clerk may turn into an order: those that ended without one.
CLOSED_MESSAGES: tuple[MessageStatus, ...] = (MessageStatus.NOT_AN_ORDER, MessageStatus.ERROR)


@dataclass(frozen=True)
class Reprocessed:
    """A message queued to be read again: its job, and the orders in review it replaces."""

    message_id: int
    job_id: int
    replaced_order_ids: list[int]


def _orders(session: Session, message: InboundMessage) -> list[Order]:
    return list(session.scalars(select(Order).where(Order.message_id == message.id).order_by(Order.id)))


def _refuse_if_approved(message: InboundMessage, orders: list[Order], verb: str) -> None:
    """An order a clerk (or the decision) approved is never replaced: it may be in the ERP already."""
    for order in orders:
        if order.status in STOPPED:
            continue
        if order.status != OrderStatus.NEEDS_REVIEW or (order.approval_count or 0) > 0:
            raise ActionError(f"message {message.id} has order {order.id}, which is {order.status}: an approved "
                              f"order is never replaced, so the message cannot be {verb}; correct the order instead")


def reprocess(session: Session, message: InboundMessage, actor: str) -> Reprocessed:
    """Queue the message to be read again from its stored parts (extraction, matching, the decision),
    as a new message would be. An order of the message still in review is rejected as replaced (the
    buyer is not asked about it); one already approved refuses the whole action."""
    if message.status == MessageStatus.RECEIVED:
        raise ActionError(f"message {message.id} is waiting to be read (its job is queued, or dead: see the "
                          "dead jobs and retry that one)")
    orders = _orders(session, message)
    _refuse_if_approved(message, orders, "read again")
    replaced = [order for order in orders if order.status == OrderStatus.NEEDS_REVIEW]
    for order in replaced:
        order.rejection_reason = f"replaced: message {message.id} was read again by {actor}"
        transition(session, order, OrderStatus.REJECTED, actor, {"reprocessed_message": message.id})
    audit(session, actor, "message", message.id, "reprocess", field="status", from_value=message.status,
          to_value=MessageStatus.RECEIVED, detail={"error": message.error, "replaced_orders": [o.id for o in replaced]})
    message.status, message.error = MessageStatus.RECEIVED, None
    # A key of its own for each reading: the first job's key ("message:7:process") is taken for good.
    readings = session.scalar(select(func.count()).select_from(Job).where(Job.message_id == message.id,
                                                                          Job.kind == "process_message")) or 0
    job = enqueue(session, "process_message", f"message:{message.id}:process:{readings + 1}", message_id=message.id)
    session.flush()
    return Reprocessed(message.id, job.id, [order.id for order in replaced])


def to_order(session: Session, message: InboundMessage, settings: Settings, actor: str) -> Order:
    """Turn a message closed as not an order (or in error) into an order waiting in review, with what
    could be read from it (customer, PO, dates, ship-to, any lines), for the clerk to complete."""
    if message.status not in CLOSED_MESSAGES:
        hint = "it is waiting to be read" if message.status == MessageStatus.RECEIVED else "read it again instead"
        raise ActionError(f"message {message.id} is {message.status}; only a message closed as not an order or "
                          f"in error can be turned into an order ({hint})")
    _refuse_if_approved(message, _orders(session, message), "turned into an order")
    was = f"{message.status}: {message.error}" if message.error else str(message.status)
    reason = Reason("made_into_order", f"{actor} turned this message into an order (it was closed as {was}): "
                                       "check what was read and type or correct its lines")
    audit(session, actor, "message", message.id, "to_order", field="status", from_value=message.status,
          to_value=MessageStatus.PROCESSED, detail={"error": message.error})
    orders = file_for_clerk(session, message, settings, reason)
    return orders[0]

