"""The review screen's pages: login, queue, orders, one order (edit, approve, reject), messages."""

from __future__ import annotations

import hmac
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Form, HTTPException, Request, status
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api.deps import SessionDep, session_user
from models.tables import AuditEvent, Customer, Document, InboundMessage, Order, Shipment, User
from orchestration import order_actions
from orchestration.order_actions import ActionError
from review_ui.auth import authenticate, new_csrf_token
from review_ui.document_view import is_pdf, render_page, source_view

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).parent / "templates")

PROBLEM_MESSAGE_STATUSES = ("error", "not_an_order")


class LoginRequired(Exception):
    pass


def csrf_token(request: Request) -> str:
    token = request.session.get("csrf")
    if not token:
        token = new_csrf_token()
        request.session["csrf"] = token
    return token


def check_csrf(request: Request, submitted: str) -> None:
    expected = request.session.get("csrf") or ""
    if not expected or not hmac.compare_digest(expected, submitted or ""):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "invalid or missing CSRF token; reload the page")


def clerk(request: Request, session: Session) -> User:
    user = session_user(request, session)
    if user is None:
        raise LoginRequired()
    return user


# Only our own scripts and styles run, even if an escaping slip let markup from an email through;
# inline style attributes place the source highlights on the page images.
CONTENT_SECURITY_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                           "img-src 'self'; object-src 'none'; frame-src 'none'; base-uri 'none'; "
                           "form-action 'self'; frame-ancestors 'none'")


def render(request: Request, name: str, user: User | None, **context: Any) -> HTMLResponse:
    response = templates.TemplateResponse(
        request, name, {"user": user, "csrf": csrf_token(request), **context}
    )
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


def _login_redirect(request: Request) -> RedirectResponse:
    return RedirectResponse(f"/login?next={request.url.path}", status.HTTP_303_SEE_OTHER)


@router.get("/", response_model=None)
def home(request: Request) -> RedirectResponse:
    return RedirectResponse("/review", status.HTTP_303_SEE_OTHER)


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: str = "/review") -> HTMLResponse:
    return render(request, "login.html", None, next=next, error=None)


@router.post("/login", response_model=None)
def login(request: Request, session: SessionDep, email: str = Form(...), password: str = Form(...),
          csrf: str = Form(""), next: str = Form("/review")) -> Response:
    check_csrf(request, csrf)
    user = authenticate(session, email, password)
    if user is None:
        return render(request, "login.html", None, next=next, error="Wrong email or password.")
    request.session.clear()
    request.session["user_id"] = user.id
    request.session["csrf"] = new_csrf_token()  # a new token per login: a planted one is worthless
    target = next if next.startswith("/") and not next.startswith("//") else "/review"
    return RedirectResponse(target, status.HTTP_303_SEE_OTHER)


@router.post("/logout", response_model=None)
def logout(request: Request, csrf: str = Form("")) -> RedirectResponse:
    check_csrf(request, csrf)
    request.session.clear()
    return RedirectResponse("/login", status.HTTP_303_SEE_OTHER)


def _status_counts(session: Session) -> dict[str, int]:
    return dict(session.execute(select(Order.status, func.count()).group_by(Order.status)).all())  # type: ignore[arg-type]


@router.get("/review", response_model=None)
def queue(request: Request, session: SessionDep) -> Response:
    try:
        user = clerk(request, session)
    except LoginRequired:
        return _login_redirect(request)
    orders = session.scalars(
        select(Order).where(Order.status.in_(("needs_review", "failed"))).order_by(Order.created_at, Order.id)
    ).all()
    problems = session.scalar(
        select(func.count()).select_from(InboundMessage).where(InboundMessage.status == "error")
    )
    return render(request, "queue.html", user, orders=orders, counts=_status_counts(session),
                  problem_messages=problems)


@router.get("/review/orders", response_model=None)
def all_orders(request: Request, session: SessionDep, status_filter: str | None = None) -> Response:
    try:
        user = clerk(request, session)
    except LoginRequired:
        return _login_redirect(request)
    q = select(Order).order_by(Order.id.desc()).limit(500)
    if status_filter:
        q = q.where(Order.status == status_filter)
    return render(request, "orders.html", user, orders=session.scalars(q).all(),
                  counts=_status_counts(session), status_filter=status_filter)


@router.get("/review/orders/{order_id}", response_model=None)
def order_page(order_id: int, request: Request, session: SessionDep, error: str | None = None) -> Response:
    try:
        user = clerk(request, session)
    except LoginRequired:
        return _login_redirect(request)
    order = session.get(Order, order_id)
    if order is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such order")
    message = session.get(InboundMessage, order.message_id) if order.message_id else None
    history = session.scalars(
        select(AuditEvent).where(AuditEvent.entity == "order", AuditEvent.entity_id == order.id)
        .order_by(AuditEvent.id)
    ).all()
    shipments = session.scalars(select(Shipment).where(Shipment.order_id == order.id)).all()
    customers = session.scalars(select(Customer).order_by(Customer.name)).all()
    source = source_view(order, list(message.documents) if message is not None else [])
    return render(request, "order.html", user, order=order, message=message, history=history,
                  shipments=shipments, customers=customers, error=error, source=source,
                  editable=order.status in order_actions.EDITABLE)


@router.get("/review/documents/{document_id}/pages/{number}.png", response_model=None)
def document_page(document_id: int, number: int, request: Request, session: SessionDep) -> Response:
    """One PDF page as a PNG, rendered on first request and served from the cache after."""
    try:
        clerk(request, session)
    except LoginRequired:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "login required") from None
    doc = session.get(Document, document_id)
    if doc is None or not is_pdf(doc):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such PDF document")
    try:
        path = render_page(doc, number, request.app.state.settings.home / "page-cache")
    except IndexError as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, str(exc)) from None
    return FileResponse(path, media_type="image/png", headers={"Cache-Control": "private, max-age=86400"})


def _act(request: Request, session: Session, order_id: int, csrf: str,
         action: Callable[[Order, User], None]) -> Response:
    check_csrf(request, csrf)
    try:
        user = clerk(request, session)
    except LoginRequired:
        return _login_redirect(request)
    order = session.get(Order, order_id)
    if order is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such order")
    try:
        action(order, user)
    except ActionError as exc:
        session.rollback()
        return RedirectResponse(f"/review/orders/{order_id}?error={quote(str(exc))}", status.HTTP_303_SEE_OTHER)
    return RedirectResponse(f"/review/orders/{order_id}", status.HTTP_303_SEE_OTHER)


@router.post("/review/orders/{order_id}/lines/{line_id}", response_model=None)
def edit_line(order_id: int, line_id: int, request: Request, session: SessionDep, csrf: str = Form(""),
              sku: str = Form(""), quantity: str = Form("")) -> Response:
    def action(order: Order, user: User) -> None:
        try:
            qty = Decimal(quantity) if quantity.strip() else None
        except InvalidOperation:
            raise ActionError(f"'{quantity}' is not a quantity") from None
        order_actions.update_line(session, order, line_id, user.email, sku=sku.strip() or None, quantity=qty)

    return _act(request, session, order_id, csrf, action)


@router.post("/review/orders/{order_id}/lines", response_model=None)
def add_line(order_id: int, request: Request, session: SessionDep, csrf: str = Form(""), sku: str = Form(""),
             quantity: str = Form("")) -> Response:
    def action(order: Order, user: User) -> None:
        try:
            qty = Decimal(quantity)
        except InvalidOperation:
            raise ActionError(f"'{quantity}' is not a quantity") from None
        order_actions.add_line(session, order, user.email, sku, qty)

    return _act(request, session, order_id, csrf, action)


@router.post("/review/orders/{order_id}/customer", response_model=None)
def edit_customer(order_id: int, request: Request, session: SessionDep, csrf: str = Form(""),
                  customer_id: str = Form("")) -> Response:
    return _act(request, session, order_id, csrf,
                lambda o, u: order_actions.set_customer(session, o, customer_id, u.email))


@router.post("/review/orders/{order_id}/approve", response_model=None)
def approve(order_id: int, request: Request, session: SessionDep, csrf: str = Form("")) -> Response:
    return _act(request, session, order_id, csrf, lambda o, u: order_actions.approve(session, o, u.email))


@router.post("/review/orders/{order_id}/reject", response_model=None)
def reject(order_id: int, request: Request, session: SessionDep, csrf: str = Form(""),
           reason: str = Form("")) -> Response:
    return _act(request, session, order_id, csrf, lambda o, u: order_actions.reject(session, o, u.email, reason))


@router.get("/review/messages", response_model=None)
def messages_page(request: Request, session: SessionDep, show: str = "problems") -> Response:
    try:
        user = clerk(request, session)
    except LoginRequired:
        return _login_redirect(request)
    q = select(InboundMessage).order_by(InboundMessage.id.desc()).limit(500)
    if show == "problems":
        q = q.where(InboundMessage.status.in_(PROBLEM_MESSAGE_STATUSES))
    return render(request, "messages.html", user, messages=session.scalars(q).all(), show=show)


@router.get("/review/messages/{message_id}", response_model=None)
def message_page(message_id: int, request: Request, session: SessionDep) -> Response:
    try:
        user = clerk(request, session)
    except LoginRequired:
        return _login_redirect(request)
    message = session.get(InboundMessage, message_id)
    if message is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such message")
    orders = session.scalars(select(Order).where(Order.message_id == message_id)).all()
    return render(request, "message.html", user, message=message, orders=orders)


@router.get("/review/admin/mailboxes", response_model=None)
def mailboxes_page(request: Request, session: SessionDep) -> Response:
    try:
        user = clerk(request, session)
    except LoginRequired:
        return _login_redirect(request)
    if user.role != "admin":
        raise HTTPException(status.HTTP_403_FORBIDDEN, "admins only")
    from api.mailboxes import mailbox_states

    return render(request, "mailboxes.html", user, mailboxes=mailbox_states(session, request.app.state.settings))
