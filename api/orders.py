"""Orders: list, read, edit a line (every field, as the review screen does), approve, reject, hold; apply or
decline a buyer's change or cancellation waiting on an order (its revisions)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.schemas import (
    DeclineBody,
    EdiAnswerOut,
    LineAdd,
    LineUpdate,
    OrderOut,
    OrderSummary,
    RejectBody,
    ShipmentOut,
)
from clerk import claims, decisions, lines, revisions
from clerk.errors import ActionError
from clerk.lines import LINE_FIELDS, LineEdit
from models import reasons
from models.status import RevisionStatus
from models.tables import EdiAnswer, Order, Shipment
from orchestration.connectors.payload import revision_document
from orchestration.revisions import of_order
from web.deps import ApiUser, RowId, SessionDep

router = APIRouter(prefix="/api/orders", tags=["orders"])


def summary(order: Order) -> OrderSummary:
    return OrderSummary(
        id=order.id, customer_id=order.customer_id, po_number=order.po_number, status=order.status,
        confidence=order.confidence, line_count=len(order.lines), review_reasons=reasons.as_json(order.reasons),
        created_at=order.created_at,
    )


def detail(session: Session, order: Order) -> OrderOut:
    shipments = session.scalars(select(Shipment).where(Shipment.order_id == order.id).order_by(Shipment.id))
    kept = [revision_document(r) for r in of_order(session, order.id)]
    return OrderOut.model_validate({
        **summary(order).model_dump(),
        **{k: getattr(order, k) for k in ("message_id", "customer_method", "order_date", "requested_date",
                                          "currency", "ship_to", "bill_to", "payment_terms", "notes",
                                          "erp_order_number", "rejection_reason", "auto_approved")},
        "lines": order.lines,
        "shipments": [ShipmentOut.model_validate(s) for s in shipments],
        "revision_count": len(kept), "revisions": kept,
        "pending_revisions": [r for r in kept if r["status"] == RevisionStatus.PENDING],
        "edi_answers": [EdiAnswerOut.model_validate(a) for a in session.scalars(
            select(EdiAnswer).where(EdiAnswer.order_id == order.id).order_by(EdiAnswer.id))],
    })


def _order(session: Session, order_id: int) -> Order:
    order = session.get(Order, order_id)
    if order is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such order")
    return order


@router.get("", response_model=list[OrderSummary])
def list_orders(session: SessionDep, user: ApiUser, status: str | None = None,
                limit: Annotated[int, Query(ge=1)] = 100) -> list[OrderSummary]:
    q = select(Order).order_by(Order.id.desc()).limit(min(limit, 1000))
    if status:
        q = q.where(Order.status == status)
    return [summary(o) for o in session.scalars(q)]


@router.get("/{order_id}", response_model=OrderOut)
def get_order(order_id: RowId, session: SessionDep, user: ApiUser) -> OrderOut:
    return detail(session, _order(session, order_id))


def _act(session: Session, order_id: int, action: Callable[[Order], object]) -> OrderOut:
    order = _order(session, order_id)
    try:
        action(order)
    except ActionError as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, str(exc)) from None
    session.flush()
    return detail(session, order)


@router.patch("/{order_id}/lines/{line_id}", response_model=OrderOut)
def update_line(order_id: RowId, line_id: RowId, body: LineUpdate, session: SessionDep, user: ApiUser) -> OrderOut:
    # The review screen's line form goes through the same function: the same doubts answered, the same
    # aliases and unit conversions learned, the same history.
    edit = LineEdit(given=frozenset(body.model_fields_set & set(LINE_FIELDS)), sku=body.sku,
                    quantity=body.quantity, uom=body.uom, unit_price=body.unit_price, description=body.description)
    return _act(session, order_id, lambda o: lines.edit_line(session, o, line_id, user.email, edit))


@router.post("/{order_id}/lines", response_model=OrderOut, status_code=201)
def add_line(order_id: RowId, body: LineAdd, session: SessionDep, user: ApiUser) -> OrderOut:
    return _act(session, order_id, lambda o: lines.add_line(session, o, user.email, body.sku, body.quantity))


def _finish(order: Order, action: Callable[[Order], object]) -> None:
    """Approve or reject, then free the order's claim: whoever had it open is done with it."""
    action(order)
    claims.release(order)


@router.post("/{order_id}/approve", response_model=OrderOut)
def approve(order_id: RowId, session: SessionDep, user: ApiUser) -> OrderOut:
    return _act(session, order_id, lambda o: _finish(o, lambda x: decisions.approve(session, x, user.email)))


@router.post("/{order_id}/reject", response_model=OrderOut)
def reject(order_id: RowId, body: RejectBody, session: SessionDep, user: ApiUser) -> OrderOut:
    return _act(session, order_id,
                lambda o: _finish(o, lambda x: decisions.reject(session, x, user.email, body.reason,
                                                                reply=body.reply_to_buyer)))


@router.post("/{order_id}/hold", response_model=OrderOut)
def hold(order_id: RowId, body: RejectBody, session: SessionDep, user: ApiUser) -> OrderOut:
    """Put the order aside with a reason (body: {"reason": ...}); it stays in review, last in the queue."""
    return _act(session, order_id, lambda o: _finish(o, lambda x: decisions.hold(session, x, user.email, body.reason)))


@router.post("/{order_id}/revisions/{number}/apply", response_model=OrderOut)
def apply_revision(order_id: RowId, number: RowId, session: SessionDep, user: ApiUser) -> OrderOut:
    """Apply the buyer's change or cancellation `number` waiting on the order (409 when it is not pending,
    or the order shipped: the revision is then refused and the buyer told)."""
    return _act(session, order_id, lambda o: revisions.apply(session, o, number, user.email))


@router.post("/{order_id}/revisions/{number}/decline", response_model=OrderOut)
def decline_revision(order_id: RowId, number: RowId, body: DeclineBody, session: SessionDep,
                     user: ApiUser) -> OrderOut:
    """Decline it with a reason (body: {"reason": ..., "reply_to_buyer": true}), which the buyer reads."""
    return _act(session, order_id,
                lambda o: revisions.decline(session, o, number, user.email, body.reason, body.reply_to_buyer))
