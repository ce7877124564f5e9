"""What a clerk may do to an inbound message: read it again from its stored parts (`reprocess`), or
turn a message closed as not an order or in error into an order for review (`to_order`).

Neither touches what a clerk already approved: a message with an order past review is refused. Reading
a message again replaces an order still waiting in review: that order is rejected (no email to the
buyer, who sent one message, not two) with a reason naming the reprocessing, and the message's
process_message job runs again, filing the new reading the way the first one was filed. Nor does it
throw away a clerk's work: an order in review that a clerk changed, put on hold, asked the buyer about
or has open refuses the reading too.

Each action starts by locking the message's row (and its orders'), so two clerks posting at the same
moment act one after the other: the second sees what the first did and is refused, instead of filing a
second order or queueing a reading under the same key."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clerk import claims, decisions
from clerk.customer import CLERK_OVER_LEARNED_SENDER
from clerk.errors import ActionError
from config import Settings
from models.audit import audit
from models.schemas import Reason
from models.status import STOPPED, MessageStatus, OrderStatus
from models.tables import Acknowledgement, InboundMessage, Job, Order
from orchestration.jobs import enqueue
from orchestration.process_message import file_for_clerk

# The messages a clerk may turn into an order: those that ended without one.
# A status question too: a clerk who reads an order in it files it as one.
CLOSED_MESSAGES: tuple[MessageStatus, ...] = (MessageStatus.NOT_AN_ORDER, MessageStatus.ERROR,
                                              MessageStatus.STATUS_ANSWERED, MessageStatus.STATUS_QUESTION)


@dataclass(frozen=True)
class Reprocessed:
    """A message queued to be read again: its job, and the orders in review it replaces."""

    message_id: int
    job_id: int
    replaced_order_ids: list[int]


# An order's customer_method when a clerk chose its customer (clerk/customer.set_customer).
CLERK_CHOSE_CUSTOMER = ("clerk", CLERK_OVER_LEARNED_SENDER)


def _locked(session: Session, message: InboundMessage) -> InboundMessage:
    """The message read again under a row lock held until the transaction ends (PostgreSQL; SQLite
    writes one transaction at a time anyway), so what the action checks stays true while it acts."""
    q = select(InboundMessage).where(InboundMessage.id == message.id).execution_options(populate_existing=True)
    if session.get_bind().dialect.name == "postgresql":
        q = q.with_for_update()
    locked = session.scalar(q)
    assert locked is not None  # the caller found it; messages are never deleted
    return locked


def _orders(session: Session, message: InboundMessage) -> list[Order]:
    # Locked too: a clerk opening (claiming) or changing one of them waits for the action, or it for them.
    q = select(Order).where(Order.message_id == message.id).order_by(Order.id) \
        .execution_options(populate_existing=True)
    if session.get_bind().dialect.name == "postgresql":
        q = q.with_for_update()
    return list(session.scalars(q))


def _refuse_if_approved(message: InboundMessage, orders: list[Order], verb: str) -> None:
    """An order a clerk (or the decision) approved is never replaced: it may be in the ERP already."""
    for order in orders:
        if order.status in STOPPED:
            continue
        if order.status != OrderStatus.NEEDS_REVIEW or (order.approval_count or 0) > 0:
            raise ActionError(f"message {message.id} has order {order.id}, which is {order.status}: an approved "
                              f"order is never replaced, so the message cannot be {verb}; correct the order instead")


def _refuse_if_clerk_work(session: Session, message: InboundMessage, orders: list[Order], actor: str) -> None:
    """An order in review a clerk has worked on, or is working on, is not read away: a new reading would
    reject it with the lines they typed, the question they asked, the hold they put it on."""
    for order in orders:
        if order.status != OrderStatus.NEEDS_REVIEW:
            continue
        which = f"message {message.id} cannot be read again: its order {order.id}"
        instead = "finish that order instead (correct, approve or reject it), or reject it first and then " \
                  "read the message again"
        if (other := claims.holder(order)) is not None and other != actor:
            raise ActionError(f"{which} is being worked on: {other} has it open until "
                              f"{order.claimed_until:%H:%M} UTC; ask them, or wait until they are done")
        if order.held_reason:
            raise ActionError(f"{which} is on hold ({order.held_reason}); {instead}")
        asked = session.scalar(select(func.count()).select_from(Acknowledgement).where(
            Acknowledgement.order_id == order.id, Acknowledgement.kind == "question")) or 0
        if asked:
            raise ActionError(f"{which}: the buyer was asked about it, and their answer will be about that "
                              f"order; {instead}")
        # Read from the order's columns, not its history (a decision reads columns, never the trail).
        done = [what for what, did in (("lines typed or corrected", order.lines_edited),
                                       ("the customer chosen", order.customer_method in CLERK_CHOSE_CUSTOMER))
                if did]
        if done:
            raise ActionError(f"{which} has a clerk's work on it ({' and '.join(done)}), which a new reading "
                              f"would throw away; {instead}")


def reprocess(session: Session, message: InboundMessage, actor: str) -> Reprocessed:
    """Queue the message to be read again from its stored parts (extraction, matching, the decision),
    as a new message would be. An order of the message still in review is rejected as replaced (the
    buyer is not asked about it); one already approved, or one a clerk worked on, held, asked the buyer
    about or has open, refuses the whole action."""
    message = _locked(session, message)
    if message.status == MessageStatus.RECEIVED:
        raise ActionError(f"message {message.id} is waiting to be read (its job is queued, or dead: see the "
                          "dead jobs and retry that one)")
    orders = _orders(session, message)
    _refuse_if_approved(message, orders, "read again")
    _refuse_if_clerk_work(session, message, orders, actor)
    replaced = [order for order in orders if order.status == OrderStatus.NEEDS_REVIEW]
    for order in replaced:
        decisions.reject(session, order, actor, f"replaced: message {message.id} was read again by {actor}",
                         reply=False)
        claims.release(order)
    audit(session, actor, "message", message.id, "reprocess", field="status", from_value=message.status,
          to_value=MessageStatus.RECEIVED, detail={"error": message.error, "replaced_orders": [o.id for o in replaced]})
    message.status, message.error, message.about_order_id = MessageStatus.RECEIVED, None, None
    # A key of its own for each reading: the first job's key ("message:7:process") is taken for good.
    readings = session.scalar(select(func.count()).select_from(Job).where(Job.message_id == message.id,
                                                                          Job.kind == "process_message")) or 0
    job = enqueue(session, "process_message", f"message:{message.id}:process:{readings + 1}", message_id=message.id)
    session.flush()
    return Reprocessed(message.id, job.id, [order.id for order in replaced])


def to_order(session: Session, message: InboundMessage, settings: Settings, actor: str) -> Order:
    """Turn a message closed as not an order (or in error) into an order waiting in review, with what
    could be read from it (customer, PO, dates, ship-to, any lines), for the clerk to complete."""
    message = _locked(session, message)
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

