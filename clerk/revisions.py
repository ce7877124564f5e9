"""What a clerk does with a buyer's change or cancellation waiting on an order: apply it (the order's lines,
date or ship-to become what the revision shows, or the order is cancelled; once the ERP has the order, its
connector gets the revision) or decline it with a reason the buyer reads."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from clerk.errors import ActionError
from models.status import SHIPPED_ALREADY, OrderStatus, RevisionKind, RevisionStatus
from models.tables import Order, OrderRevision
from orchestration import revisions

_ENDED = (OrderStatus.REJECTED, OrderStatus.CANCELLED, OrderStatus.DUPLICATE)


def pending_revision(session: Session, order: Order, number: int) -> OrderRevision:
    """The order's revision `number`, when it still waits for a clerk; else an ActionError saying why not."""
    revision = session.scalar(select(OrderRevision).where(OrderRevision.order_id == order.id,
                                                          OrderRevision.number == number))
    if revision is None:
        raise ActionError(f"order {order.id} has no revision {number}")
    if revision.status != RevisionStatus.PENDING:
        raise ActionError(f"revision {number} of order {order.id} is {revision.status} already")
    return revision


def apply(session: Session, order: Order, number: int, actor: str) -> OrderRevision:
    """Apply a pending revision. Refused once the order shipped (the revision is then refused and the buyer
    told), or when it was cancelled or rejected meanwhile."""
    revision = pending_revision(session, order, number)
    if order.status in SHIPPED_ALREADY:
        revisions.refuse(session, order, revision, "the order has already shipped, so it cannot be applied")
        raise ActionError(f"order {order.id} has shipped: the revision was refused and the buyer told")
    if order.status in _ENDED:
        raise ActionError(f"order {order.id} is {order.status}: decline the revision instead")
    if revision.kind == RevisionKind.CHANGE and not (revision.difference or revision.header_difference):
        raise ActionError("this revision holds no difference to apply: edit the order's lines by hand, then "
                          "decline it")
    revisions.apply(session, order, revision, actor)
    return revision


def decline(session: Session, order: Order, number: int, actor: str, reason: str,
            tell_buyer: bool = True) -> OrderRevision:
    """Decline a pending revision, with the reason the buyer reads (unless `tell_buyer` is off)."""
    if not reason.strip():
        raise ActionError("say why the change is declined")
    revision = pending_revision(session, order, number)
    revisions.decline(session, order, revision, actor, reason.strip(), tell_buyer)
    return revision
