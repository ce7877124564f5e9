"""Orders on the screen: the list of all orders, one order's page (which claims it), and every clerk action
on it — take over, header, lines (edit, add, delete, split, merge), customer, hold and release, approve,
reject, apply or decline a buyer's change or cancellation (a revision) — plus an admin's retry of a failed
stage. The actions are clerk/'s functions; this module reads
the forms and sends the clerk back to the order."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from urllib.parse import quote

from fastapi import APIRouter, Form, HTTPException, Request, status
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from clerk import claims, decisions, header, lines, revisions
from clerk.customer import set_customer
from clerk.errors import ActionError, require_editable
from config import Settings
from models.status import EDITABLE, OrderStatus, RevisionStatus
from models.tables import Acknowledgement, AuditEvent, Customer, EdiAnswer, InboundMessage, Order, Shipment, User
from orchestration import dead_letters
from orchestration.acknowledgements import outbox
from orchestration.revisions import of_order
from review_ui import forms, queue_query, wording
from review_ui import order_page as order_page_view
from review_ui.document_view import source_view
from review_ui.rendering import render
from web.deps import AdminDep, ClerkDep, RowId, SessionDep, SettingsDep

router = APIRouter(include_in_schema=False)


@router.get("/review/orders", response_model=None)
def all_orders(request: Request, session: SessionDep, user: ClerkDep, status_filter: str | None = None) -> Response:
    # The lines, doubts and customer each list row shows, in three queries rather than three per order.
    q = (select(Order).options(selectinload(Order.lines), selectinload(Order.reasons), selectinload(Order.customer))
         .order_by(Order.id.desc()).limit(500))
    if status_filter:
        q = q.where(Order.status == status_filter)
    return render(request, "orders.html", user, orders=session.scalars(q).all(),
                  counts=queue_query.status_counts(session), status_filter=status_filter, editable_statuses=EDITABLE)


@router.get("/review/orders/{order_id}", response_model=None)
def order_page(order_id: RowId, request: Request, session: SessionDep, settings: SettingsDep, user: ClerkDep,
               error: str | None = None, lines: int = 1, done: int | None = None, did: str = "",
               confirm: str | None = None) -> Response:
    """One order beside its document. `lines`: the page of a long order's lines; `done`: the order the
    clerk just decided (this one is the next) and `did` how; `confirm`: approving was asked over doubts."""
    order = session.get(Order, order_id)
    if order is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such order")
    # Opening an order in review claims it, unless another clerk holds it: then the page says who.
    held_by = claims.claim(order, user.email, float(settings.claim_minutes))
    message = session.get(InboundMessage, order.message_id) if order.message_id else None
    # The other orders the same email gave (attached POs, a body of several POs), rejected ones aside.
    siblings = session.scalars(select(Order).where(
        Order.message_id == order.message_id, Order.id != order.id, Order.status != OrderStatus.REJECTED)
        .order_by(Order.id)).all() if order.message_id else []
    history = session.scalars(
        select(AuditEvent).where(AuditEvent.entity == "order", AuditEvent.entity_id == order.id)
        .order_by(AuditEvent.id)
    ).all()
    shipments = session.scalars(select(Shipment).where(Shipment.order_id == order.id)).all()
    customers = session.scalars(select(Customer).order_by(Customer.name)).all()
    shown = order_page_view.line_page(order, lines)
    source = source_view(order, list(message.documents) if message is not None else [], shown.lines)
    emails = session.scalars(select(Acknowledgement).where(Acknowledgement.order_id == order.id)
                             .order_by(Acknowledgement.id)).all()
    answers = session.scalars(select(EdiAnswer).where(EdiAnswer.order_id == order.id).order_by(EdiAnswer.id)).all()
    editable = order.status in EDITABLE
    decided = session.get(Order, done) if done else None
    kept = of_order(session, order.id)
    return render(request, "order.html", user, order=order, message=message, siblings=siblings,
                  history=order_page_view.history_rows(history, {c.id: c.name for c in customers},
                                                       wording.currency_of(order)),
                  shipments=shipments, customers=customers,
                  error=error, source=source, held_by=held_by, claimed_until=order.claimed_until,
                  editable=editable, emails=emails, edi_answers=answers,
                  dead_job=dead_letters.dead_job_for_order(session, order.id),
                  shown=shown, repricings=order_page_view.repricings(session, order) if editable else [],
                  confirm=bool(confirm) and editable and bool(order.reasons), decided=decided,
                  did=wording.DECISIONS.get(did, ""), revisions=kept,
                  pending_revisions={r.number for r in kept if r.status == RevisionStatus.PENDING},
                  revision_deliveries=wording.REVISION_DELIVERY,
                  currency=wording.currency_of(order), status_url=_status_url(order, settings))


def _status_url(order: Order, settings: Settings) -> str | None:
    """The buyer's read-only status page for this order, as the acknowledgement gave it (None before one)."""
    return outbox.status_url(settings.public_base_url, order.status_token) if order.status_token else None


@router.post("/review/orders/{order_id}/retry", response_model=None)
def retry_stage(order_id: RowId, session: SessionDep, user: AdminDep) -> Response:
    """Run again the stage that failed this order (the ERP was down, the outbox full), unchanged.

    Admins only, as through the API: sending an order out again unchanged is an operator's call; a
    clerk fixes the order and approves it again instead."""
    back = f"/review/orders/{order_id}"
    dead = dead_letters.dead_job_for_order(session, order_id)
    if dead is None:
        return RedirectResponse(f"{back}?error={quote('nothing to retry: no stage of this order has failed')}",
                                status.HTTP_303_SEE_OTHER)
    try:
        dead_letters.retry(session, dead.id, user.email)
    except dead_letters.RetryRefused as exc:
        session.rollback()
        return RedirectResponse(f"{back}?error={quote(str(exc))}", status.HTTP_303_SEE_OTHER)
    return RedirectResponse(back, status.HTTP_303_SEE_OTHER)


def _act(session: Session, settings: Settings, user: User, order_id: int, action: Callable[[Order, User], object],
         *, done: str | None = None, take_over: bool = False) -> Response:
    """Run one clerk action on an order. The clerk must hold the order (or it must be free); `done`
    actions (approve, reject, hold: a key of wording.DECISIONS) end the claim, count the clerk's time
    and open the next order waiting."""
    order = session.get(Order, order_id)
    if order is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such order")
    back = f"/review/orders/{order_id}"
    other = claims.claim(order, user.email, float(settings.claim_minutes), take_over=take_over)
    if other:
        return RedirectResponse(f"{back}?error={quote(f'{other} is working on this order; take it over first')}",
                                status.HTTP_303_SEE_OTHER)
    try:
        action(order, user)
    except ActionError as exc:
        session.rollback()
        return RedirectResponse(f"{back}?error={quote(str(exc))}", status.HTTP_303_SEE_OTHER)
    if done:
        claims.release(order)
        # Decided: on to the next order waiting (it says what became of this one), else the queue.
        following = order_page_view.next_waiting(session, user.email, order_id)
        where = f"/review/orders/{following}" if following else "/review"
        return RedirectResponse(f"{where}?done={order_id}&did={done}", status.HTTP_303_SEE_OTHER)
    # Back to the order, so the clerk sees what the action did.
    return RedirectResponse(back, status.HTTP_303_SEE_OTHER)


@router.post("/review/orders/{order_id}/claim", response_model=None)
def take_over(order_id: RowId, session: SessionDep, settings: SettingsDep, user: ClerkDep) -> Response:
    return _act(session, settings, user, order_id, lambda o, u: None, take_over=True)


@router.post("/review/orders/{order_id}/header", response_model=None)
async def edit_header(order_id: RowId, request: Request, session: SessionDep, settings: SettingsDep,
                      user: ClerkDep) -> Response:
    form = await request.form()
    values = {k: str(form[k]) for k in (*header.HEADER_FIELDS, *header.TEXT_FIELDS) if k in form}

    def address(prefix: str) -> dict[str, str] | None:  # None: the form has no such address
        if not any(f"{prefix}_{k}" in form for k in header.ADDRESS_FIELDS):
            return None
        return {k: str(form.get(f"{prefix}_{k}", "")) for k in header.ADDRESS_FIELDS}

    ship_to, bill_to = address("ship_to"), address("bill_to")
    return _act(session, settings, user, order_id,
                lambda o, u: header.update_header(session, o, u.email, values, ship_to, bill_to))


@router.post("/review/orders/{order_id}/lines/{line_id}/delete", response_model=None)
def delete_line(order_id: RowId, line_id: RowId, session: SessionDep, settings: SettingsDep,
                user: ClerkDep) -> Response:
    return _act(session, settings, user, order_id, lambda o, u: lines.delete_line(session, o, line_id, u.email))


@router.post("/review/orders/{order_id}/lines/{line_id}/split", response_model=None)
def split_line(order_id: RowId, line_id: RowId, session: SessionDep, settings: SettingsDep, user: ClerkDep,
               quantity: str = Form("")) -> Response:
    return _act(session, settings, user, order_id,
                lambda o, u: lines.split_line(session, o, line_id, u.email, quantity))


@router.post("/review/orders/{order_id}/lines/{line_id}/merge", response_model=None)
def merge_line(order_id: RowId, line_id: RowId, session: SessionDep, settings: SettingsDep, user: ClerkDep,
               other: str = Form("")) -> Response:
    def action(order: Order, by: User) -> None:
        if not other.strip().isdecimal():
            raise ActionError("choose the line to merge into this one")
        target = next((ln for ln in order.lines if ln.line_no == int(other)), None)
        if target is None:
            raise ActionError(f"there is no line {other}")
        lines.merge_lines(session, order, line_id, target.id, by.email)

    return _act(session, settings, user, order_id, action)


@router.post("/review/orders/{order_id}/hold", response_model=None)
def hold(order_id: RowId, session: SessionDep, settings: SettingsDep, user: ClerkDep, reason: str = Form(""),
         ask_buyer: str = Form("")) -> Response:
    return _act(session, settings, user, order_id,
                lambda o, u: decisions.hold(session, o, u.email, reason, ask_buyer=bool(ask_buyer)), done="hold")


@router.post("/review/orders/{order_id}/unhold", response_model=None)
def unhold(order_id: RowId, session: SessionDep, settings: SettingsDep, user: ClerkDep) -> Response:
    return _act(session, settings, user, order_id, lambda o, u: decisions.unhold(session, o, u.email))


@router.post("/review/orders/{order_id}/lines/{line_id}", response_model=None)
async def edit_line(order_id: RowId, line_id: RowId, request: Request, session: SessionDep, settings: SettingsDep,
                    user: ClerkDep) -> Response:
    """The line form: SKU, quantity, unit, unit price, description (only the fields sent are read)."""
    form = await request.form()
    fields = {k: str(form[k]) for k in lines.LINE_FIELDS if k in form}
    return _act(session, settings, user, order_id,
                lambda o, u: lines.edit_line(session, require_editable(o), line_id, u.email, forms.from_form(fields)))


@router.post("/review/orders/{order_id}/lines", response_model=None)
def add_line(order_id: RowId, session: SessionDep, settings: SettingsDep, user: ClerkDep, sku: str = Form(""),
             quantity: str = Form("")) -> Response:
    def action(order: Order, by: User) -> None:
        try:
            qty = Decimal(quantity)
        except InvalidOperation:
            raise ActionError(f"'{quantity}' is not a quantity") from None
        lines.add_line(session, order, by.email, sku, qty)

    return _act(session, settings, user, order_id, action)


@router.post("/review/orders/{order_id}/customer", response_model=None)
def edit_customer(order_id: RowId, session: SessionDep, settings: SettingsDep, user: ClerkDep,
                  customer_id: str = Form("")) -> Response:
    return _act(session, settings, user, order_id,
                lambda o, u: set_customer(session, o, customer_id, u.email, settings))


@router.post("/review/orders/{order_id}/approve", response_model=None)
def approve(order_id: RowId, session: SessionDep, settings: SettingsDep, user: ClerkDep,
            confirmed: str = Form("")) -> Response:
    """Approve; with doubts left, only once the clerk confirmed it (the page asks once, a key confirms).
    The API's approve is not asked: a machine states its intent in the call."""
    order = session.get(Order, order_id)
    # Asked only of a clerk who may act on it: another clerk's claim is refused first, by _act.
    if (order is not None and order.status in EDITABLE and order.reasons and confirmed != "yes"
            and claims.holder(order) in (None, user.email)):
        return RedirectResponse(f"/review/orders/{order_id}?confirm=1#approve-confirm", status.HTTP_303_SEE_OTHER)
    return _act(session, settings, user, order_id, lambda o, u: decisions.approve(session, o, u.email), done="approve")


@router.post("/review/orders/{order_id}/reject", response_model=None)
def reject(order_id: RowId, session: SessionDep, settings: SettingsDep, user: ClerkDep, reason: str = Form(""),
           reply: str = Form("")) -> Response:
    return _act(session, settings, user, order_id,
                lambda o, u: decisions.reject(session, o, u.email, reason, reply=reply == "yes"), done="reject")


@router.post("/review/orders/{order_id}/revisions/{number}/apply", response_model=None)
def apply_revision(order_id: RowId, number: RowId, session: SessionDep, settings: SettingsDep,
                   user: ClerkDep) -> Response:
    """Apply the buyer's change or cancellation waiting on the order."""
    return _act(session, settings, user, order_id, lambda o, u: revisions.apply(session, o, number, u.email))


@router.post("/review/orders/{order_id}/revisions/{number}/decline", response_model=None)
def decline_revision(order_id: RowId, number: RowId, session: SessionDep, settings: SettingsDep, user: ClerkDep,
                     reason: str = Form(""), reply: str = Form("")) -> Response:
    """Decline it, with the reason the buyer reads (when `reply` is ticked)."""
    return _act(session, settings, user, order_id,
                lambda o, u: revisions.decline(session, o, number, u.email, reason, tell_buyer=reply == "yes"))
