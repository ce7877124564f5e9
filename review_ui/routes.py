"""The review screen's pages: login, queue, orders, one order (edit, approve, reject), messages, and
the admin pages (users and their logins, API tokens, imports, thresholds, mailboxes)."""

from __future__ import annotations

import hmac
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Form, HTTPException, Request, UploadFile, status
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy import String, cast, func, select
from sqlalchemy.orm import Session, noload

from api.deps import SessionDep, session_user
from models.tables import (
    Acknowledgement,
    ApiToken,
    AuditEvent,
    Customer,
    Document,
    InboundMessage,
    Order,
    OrderLine,
    Shipment,
    User,
    utcnow,
)
from orchestration import dead_letters, order_actions
from orchestration.audit import audit
from orchestration.order_actions import ActionError
from review_ui import claims, dashboard, edits, thresholds
from review_ui.auth import (
    authenticate,
    create_api_token,
    end_session,
    end_sessions,
    hash_password,
    new_csrf_token,
    open_sessions,
    revoke_api_token,
    set_password,
    start_session,
)
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
    # The cookie names a login kept in the database (only its hash is stored), so ending that row
    # ends the login for every copy of the cookie.
    request.session["sid"] = start_session(session, user, request.headers.get("user-agent"))
    request.session["csrf"] = new_csrf_token()  # a new token per login: a planted one is worthless
    # Only a path on this site: "//host" and "/\host" (which browsers read as "//host") go elsewhere.
    target = next if next.startswith("/") and not next.startswith(("//", "/\\")) else "/review"
    return RedirectResponse(target, status.HTTP_303_SEE_OTHER)


@router.post("/logout", response_model=None)
def logout(request: Request, session: SessionDep, csrf: str = Form("")) -> RedirectResponse:
    check_csrf(request, csrf)
    sid = request.session.get("sid")
    if isinstance(sid, str) and sid:
        end_session(session, sid, "logout")  # a copy of the cookie made before is refused from now on
    request.session.clear()
    return RedirectResponse("/login", status.HTTP_303_SEE_OTHER)


def _status_counts(session: Session) -> dict[str, int]:
    return dict(session.execute(select(Order.status, func.count()).group_by(Order.status)).all())  # type: ignore[arg-type]


QUEUE_STATUSES = ("needs_review", "failed")
QUEUE_LIMIT = 100  # the oldest first; a clerk works from the top, the counts say how many more wait


def mailbox_of(message: InboundMessage | None) -> str:
    """The mailbox a message came in by: the IMAP mailbox's name, else the source (maildir, api, ...)."""
    if message is None:
        return "manual"
    return message.source_mailbox or message.source


def _like_literal(value: str) -> str:
    """`value` for a LIKE pattern, matched as written: its % and _ are not wildcards."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _reason_like(code: str) -> Any:
    # Reasons are JSON written by json.dumps, so a code appears exactly as '"code": "<code>"'.
    return cast(Order.review_reasons, String).like(f'%"code": "{_like_literal(code)}"%', escape="\\")


@router.get("/review", response_model=None)
def queue(request: Request, session: SessionDep, status_filter: str = "", customer: str = "", reason: str = "",
          mailbox: str = "") -> Response:
    try:
        user = clerk(request, session)
    except LoginRequired:
        return _login_redirect(request)
    wanted = (status_filter,) if status_filter in QUEUE_STATUSES else QUEUE_STATUSES
    q = select(Order).where(Order.status.in_(wanted))
    if status_filter == "held":
        q = select(Order).where(Order.status.in_(QUEUE_STATUSES), Order.held_reason.is_not(None))
    if customer:
        q = q.where(Order.customer_id.is_(None) if customer == "-" else Order.customer_id == customer)
    if reason:
        q = q.where(_reason_like(reason))
    if mailbox:
        q = q.join(InboundMessage, InboundMessage.id == Order.message_id).where(
            func.coalesce(InboundMessage.source_mailbox, InboundMessage.source) == mailbox)
    total = session.scalar(select(func.count()).select_from(q.order_by(None).subquery()))
    # Held orders go last: they wait for someone outside, the rest wait for a clerk.
    orders = session.scalars(
        q.options(noload(Order.lines)).order_by(Order.held_reason.is_not(None), Order.created_at, Order.id)
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
    reason_counts = _reason_counts(session)
    problems = session.scalar(
        select(func.count()).select_from(InboundMessage).where(InboundMessage.status == "error")
    )
    customers = session.execute(select(Customer.id, Customer.name).order_by(Customer.name)).all()
    now = utcnow()
    # One plain row per order, computed here: the template then only prints, which keeps a full
    # queue page fast (calls from inside a template cost several times more).
    rows = [QueueRow(o.id, o.status, claims.holder(o, now), o.held_reason, _age(now - o.created_at),
                     o.created_at.strftime("%Y-%m-%d %H:%M"), o.customer.name if o.customer else "unknown sender",
                     o.po_number or "—", line_counts.get(o.id, 0),
                     f"{values[o.id]:.2f} {o.currency or ''}" if values.get(o.id) is not None else "",
                     mailbox_of(messages.get(o.message_id) if o.message_id else None),
                     [r.get("message", "") for r in o.review_reasons or []]) for o in orders]
    return render(request, "queue.html", user, rows=rows, total=total, counts=_status_counts(session),
                  problem_messages=problems, reason_counts=dict(sorted(reason_counts.items())),
                  customers=customers, mailboxes=_mailbox_names(request),
                  filters={"status_filter": status_filter, "customer": customer, "reason": reason,
                           "mailbox": mailbox})


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


def _age(delta: timedelta) -> str:
    seconds = delta.total_seconds()
    if seconds < 3600:
        return f"{int(seconds // 60)} min"
    if seconds < 2 * 86400:
        return f"{int(seconds // 3600)} h"
    return f"{int(seconds // 86400)} d"


_REASON_COUNTS: dict[str, tuple[tuple[Any, ...], dict[str, int]]] = {}


def _reason_counts(session: Session) -> dict[str, int]:
    """Orders in review per reason code. Reading every waiting order's reasons is the costly part of
    the queue page, so the counts are kept until the queue changes (any edit moves updated_at)."""
    key = tuple(session.execute(select(func.count(), func.max(Order.updated_at), func.max(Order.id))
                                .where(Order.status.in_(QUEUE_STATUSES))).one())
    url = str(session.get_bind().url)
    cached = _REASON_COUNTS.get(url)
    if cached is not None and cached[0] == key:
        return cached[1]
    counts: dict[str, int] = {}
    for reasons in session.scalars(select(Order.review_reasons).where(Order.status.in_(QUEUE_STATUSES))):
        for code in {r.get("code") for r in reasons or []}:
            counts[code] = counts.get(code, 0) + 1
    _REASON_COUNTS[url] = (key, counts)
    return counts


def _mailbox_names(request: Request) -> list[str]:
    return [m.name for m in request.app.state.settings.mailboxes] + ["maildir", "api", "cli"]


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
    # Opening an order in review claims it, unless another clerk holds it: then the page says who.
    held_by = claims.claim(order, user.email, _claim_minutes(request))
    message = session.get(InboundMessage, order.message_id) if order.message_id else None
    history = session.scalars(
        select(AuditEvent).where(AuditEvent.entity == "order", AuditEvent.entity_id == order.id)
        .order_by(AuditEvent.id)
    ).all()
    shipments = session.scalars(select(Shipment).where(Shipment.order_id == order.id)).all()
    customers = session.scalars(select(Customer).order_by(Customer.name)).all()
    source = source_view(order, list(message.documents) if message is not None else [])
    emails = session.scalars(select(Acknowledgement).where(Acknowledgement.order_id == order.id)
                             .order_by(Acknowledgement.id)).all()
    return render(request, "order.html", user, order=order, message=message, history=history,
                  shipments=shipments, customers=customers, error=error, source=source, held_by=held_by,
                  claimed_until=order.claimed_until, editable=order.status in order_actions.EDITABLE,
                  emails=emails, dead_job=dead_letters.dead_job_for_order(session, order.id))


@router.post("/review/orders/{order_id}/retry", response_model=None)
def retry_stage(order_id: int, request: Request, session: SessionDep, csrf: str = Form("")) -> Response:
    """Run again the stage that failed this order (the ERP was down, the outbox full), unchanged.

    Admins only, as through the API: sending an order out again unchanged is an operator's call; a
    clerk fixes the order and approves it again instead."""
    check_csrf(request, csrf)
    try:
        user = _admin(request, session)
    except LoginRequired:
        return _login_redirect(request)
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
    except Exception as exc:  # a damaged or encrypted PDF: this image fails, the page around it does not
        raise HTTPException(422,
                            f"the PDF page cannot be rendered: {type(exc).__name__}: {exc}") from None
    return FileResponse(path, media_type="image/png", headers={"Cache-Control": "private, max-age=86400"})


def _claim_minutes(request: Request) -> float:
    return float(request.app.state.settings.claim_minutes)


def _act(request: Request, session: Session, order_id: int, csrf: str,
         action: Callable[[Order, User], object], *, done: bool = False, take_over: bool = False) -> Response:
    """Run one clerk action on an order. The clerk must hold the order (or it must be free); `done`
    actions (approve, reject, hold) end the claim and count the clerk's time."""
    check_csrf(request, csrf)
    try:
        user = clerk(request, session)
    except LoginRequired:
        return _login_redirect(request)
    order = session.get(Order, order_id)
    if order is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such order")
    back = f"/review/orders/{order_id}"
    other = claims.claim(order, user.email, _claim_minutes(request), take_over=take_over)
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
    # Back to the order, so the clerk sees what the action did (its status, the ERP number).
    return RedirectResponse(back, status.HTTP_303_SEE_OTHER)


@router.post("/review/orders/{order_id}/claim", response_model=None)
def take_over(order_id: int, request: Request, session: SessionDep, csrf: str = Form("")) -> Response:
    return _act(request, session, order_id, csrf, lambda o, u: None, take_over=True)


@router.post("/review/orders/{order_id}/header", response_model=None)
async def edit_header(order_id: int, request: Request, session: SessionDep) -> Response:
    form = await request.form()
    values = {k: str(form[k]) for k in (*edits.HEADER_FIELDS, *edits.TEXT_FIELDS) if k in form}

    def address(prefix: str) -> dict[str, str] | None:  # None: the form has no such address
        if not any(f"{prefix}_{k}" in form for k in edits.ADDRESS_FIELDS):
            return None
        return {k: str(form.get(f"{prefix}_{k}", "")) for k in edits.ADDRESS_FIELDS}

    ship_to, bill_to = address("ship_to"), address("bill_to")
    return _act(request, session, order_id, str(form.get("csrf", "")),
                lambda o, u: edits.update_header(session, o, u.email, values, ship_to, bill_to))


@router.post("/review/orders/{order_id}/lines/{line_id}/delete", response_model=None)
def delete_line(order_id: int, line_id: int, request: Request, session: SessionDep,
                csrf: str = Form("")) -> Response:
    return _act(request, session, order_id, csrf, lambda o, u: edits.delete_line(session, o, line_id, u.email))


@router.post("/review/orders/{order_id}/lines/{line_id}/split", response_model=None)
def split_line(order_id: int, line_id: int, request: Request, session: SessionDep, csrf: str = Form(""),
               quantity: str = Form("")) -> Response:
    return _act(request, session, order_id, csrf,
                lambda o, u: edits.split_line(session, o, line_id, u.email, quantity))


@router.post("/review/orders/{order_id}/lines/{line_id}/merge", response_model=None)
def merge_line(order_id: int, line_id: int, request: Request, session: SessionDep, csrf: str = Form(""),
               other: str = Form("")) -> Response:
    def action(order: Order, user: User) -> None:
        if not other.strip().isdigit():
            raise ActionError("choose the line to merge into this one")
        target = next((ln for ln in order.lines if ln.line_no == int(other)), None)
        if target is None:
            raise ActionError(f"there is no line {other}")
        edits.merge_lines(session, order, line_id, target.id, user.email)

    return _act(request, session, order_id, csrf, action)


@router.post("/review/orders/{order_id}/hold", response_model=None)
def hold(order_id: int, request: Request, session: SessionDep, csrf: str = Form(""),
         reason: str = Form(""), ask_buyer: str = Form("")) -> Response:
    return _act(request, session, order_id, csrf,
                lambda o, u: edits.hold(session, o, u.email, reason, ask_buyer=bool(ask_buyer)), done=True)


@router.post("/review/orders/{order_id}/unhold", response_model=None)
def unhold(order_id: int, request: Request, session: SessionDep, csrf: str = Form("")) -> Response:
    return _act(request, session, order_id, csrf, lambda o, u: edits.unhold(session, o, u.email))


@router.post("/review/orders/{order_id}/lines/{line_id}", response_model=None)
async def edit_line(order_id: int, line_id: int, request: Request, session: SessionDep) -> Response:
    """The line form: SKU, quantity, unit, unit price, description (only the fields sent are read)."""
    form = await request.form()
    fields = {k: str(form[k]) for k in edits.LINE_FIELDS if k in form}
    return _act(request, session, order_id, str(form.get("csrf", "")),
                lambda o, u: edits.edit_line(session, o, line_id, u.email, fields))


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
                lambda o, u: order_actions.set_customer(session, o, customer_id, u.email,
                                                          request.app.state.settings))


@router.post("/review/orders/{order_id}/approve", response_model=None)
def approve(order_id: int, request: Request, session: SessionDep, csrf: str = Form("")) -> Response:
    return _act(request, session, order_id, csrf, lambda o, u: order_actions.approve(session, o, u.email),
                done=True)


@router.post("/review/orders/{order_id}/reject", response_model=None)
def reject(order_id: int, request: Request, session: SessionDep, csrf: str = Form(""),
           reason: str = Form(""), reply: str = Form("")) -> Response:
    return _act(request, session, order_id, csrf,
                lambda o, u: order_actions.reject(session, o, u.email, reason, reply=reply == "yes"), done=True)


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


@router.get("/review/dashboard", response_model=None)
def dashboard_page(request: Request, session: SessionDep) -> Response:
    try:
        user = clerk(request, session)
    except LoginRequired:
        return _login_redirect(request)
    settings = request.app.state.settings
    numbers = dashboard.compute(session, settings.minutes_per_order, settings.hourly_cost)
    return render(request, "dashboard.html", user, d=numbers)


def _admin(request: Request, session: Session) -> User:
    user = clerk(request, session)
    if user.role != "admin":
        raise HTTPException(status.HTTP_403_FORBIDDEN, "admins only")
    return user


ROLES = ("clerk", "admin")
MIN_PASSWORD = 10


@router.get("/review/admin/users", response_model=None)
def users_page(request: Request, session: SessionDep, error: str | None = None, done: str | None = None) -> Response:
    try:
        user = _admin(request, session)
    except LoginRequired:
        return _login_redirect(request)
    return render(request, "users.html", user, users=session.scalars(select(User).order_by(User.email)).all(),
                  logins=open_sessions(session), error=error, done=done, roles=ROLES, min_password=MIN_PASSWORD)


def _users_back(error: str | None = None, done: str | None = None) -> RedirectResponse:
    query = f"?error={quote(error)}" if error else (f"?done={quote(done)}" if done else "")
    return RedirectResponse(f"/review/admin/users{query}", status.HTTP_303_SEE_OTHER)


@router.post("/review/admin/users", response_model=None)
def create_user(request: Request, session: SessionDep, csrf: str = Form(""), email: str = Form(""),
                password: str = Form(""), role: str = Form("clerk")) -> Response:
    check_csrf(request, csrf)
    try:
        admin = _admin(request, session)
    except LoginRequired:
        return _login_redirect(request)
    email = email.strip().lower()
    if "@" not in email or role not in ROLES:
        return _users_back(error="give an email address and a role (clerk or admin)")
    if len(password) < MIN_PASSWORD:
        return _users_back(error=f"the password needs at least {MIN_PASSWORD} characters")
    if session.scalar(select(User).where(User.email == email)) is not None:
        return _users_back(error=f"{email} already has an account")
    session.add(User(email=email, password_hash=hash_password(password), role=role))
    audit(session, admin.email, "user", 0, "create_user", field=email, to_value=role)
    return _users_back(done=f"{email} can log in now as {role}")


@router.post("/review/admin/users/{user_id}", response_model=None)
def change_user(user_id: int, request: Request, session: SessionDep, csrf: str = Form(""),
                role: str = Form(""), active: str = Form("")) -> Response:
    check_csrf(request, csrf)
    try:
        admin = _admin(request, session)
    except LoginRequired:
        return _login_redirect(request)
    target = session.get(User, user_id)
    if target is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such user")
    if target.id == admin.id:
        return _users_back(error="you cannot change your own role or disable yourself")
    if role in ROLES and role != target.role:
        audit(session, admin.email, "user", target.id, "edit", field="role", from_value=target.role, to_value=role)
        target.role = role
    if active in ("yes", "no") and (active == "yes") != target.active:
        audit(session, admin.email, "user", target.id, "edit", field="active", from_value=target.active,
              to_value=active == "yes")
        target.active = active == "yes"
        if not target.active:  # re-enabling later must not bring these logins back
            end_sessions(session, target.id, "disabled")
    return _users_back(done=f"{target.email} saved")


@router.post("/review/admin/users/{user_id}/password", response_model=None)
def change_password(user_id: int, request: Request, session: SessionDep, csrf: str = Form(""),
                    password: str = Form("")) -> Response:
    """An admin sets a user's password (a forgotten one, a leaked one): the user's logins end."""
    check_csrf(request, csrf)
    try:
        admin = _admin(request, session)
    except LoginRequired:
        return _login_redirect(request)
    target = session.get(User, user_id)
    if target is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such user")
    if len(password) < MIN_PASSWORD:
        return _users_back(error=f"the password needs at least {MIN_PASSWORD} characters")
    own = request.session.get("sid") if target.id == admin.id else None
    ended = set_password(session, target, password, keep_session=own if isinstance(own, str) else None)
    audit(session, admin.email, "user", target.id, "set_password", field="password", to_value=f"{ended} login(s) ended")
    return _users_back(done=f"new password for {target.email}; {ended} open login(s) ended")


@router.post("/review/admin/users/{user_id}/logout", response_model=None)
def end_user_sessions(user_id: int, request: Request, session: SessionDep, csrf: str = Form("")) -> Response:
    """An admin ends a user's open logins (a lost laptop, a shared screen); the user can log in again."""
    check_csrf(request, csrf)
    try:
        admin = _admin(request, session)
    except LoginRequired:
        return _login_redirect(request)
    target = session.get(User, user_id)
    if target is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such user")
    own = request.session.get("sid") if target.id == admin.id else None
    ended = end_sessions(session, target.id, "admin", keep=own if isinstance(own, str) else None)
    audit(session, admin.email, "user", target.id, "end_sessions", field="sessions", to_value=f"{ended} ended")
    return _users_back(done=f"{ended} open login(s) of {target.email} ended")


@router.get("/review/admin/tokens", response_model=None)
def tokens_page(request: Request, session: SessionDep, error: str | None = None,
                done: str | None = None) -> Response:
    try:
        user = _admin(request, session)
    except LoginRequired:
        return _login_redirect(request)
    return _tokens(request, session, user, error=error, done=done)


def _tokens(request: Request, session: Session, user: User, *, error: str | None = None,
            done: str | None = None, new_token: str | None = None) -> HTMLResponse:
    tokens = session.execute(select(ApiToken, User.email).join(User, User.id == ApiToken.user_id)
                             .order_by(ApiToken.revoked_at.is_not(None), ApiToken.id.desc())).all()
    users = session.scalars(select(User).where(User.active.is_(True)).order_by(User.email)).all()
    response = render(request, "tokens.html", user, tokens=tokens, users=users, error=error, done=done,
                      new_token=new_token)
    if new_token:  # shown once: no copy in any cache
        response.headers["Cache-Control"] = "no-store"
    return response


def _tokens_back(error: str | None = None, done: str | None = None) -> RedirectResponse:
    query = f"?error={quote(error)}" if error else (f"?done={quote(done)}" if done else "")
    return RedirectResponse(f"/review/admin/tokens{query}", status.HTTP_303_SEE_OTHER)


@router.post("/review/admin/tokens", response_model=None)
def create_token(request: Request, session: SessionDep, csrf: str = Form(""), user_id: str = Form(""),
                 name: str = Form("")) -> Response:
    """A new API token for a user, shown on this one page and never again (only its hash is kept)."""
    check_csrf(request, csrf)
    try:
        admin = _admin(request, session)
    except LoginRequired:
        return _login_redirect(request)
    owner = session.get(User, int(user_id)) if user_id.strip().isdigit() else None
    if owner is None or not owner.active:
        return _tokens_back(error="choose the user the token acts as")
    if not name.strip():
        return _tokens_back(error="name the token after what will use it (the ERP, a script)")
    token = create_api_token(session, owner, name.strip()[:200], created_by=admin.email)
    return _tokens(request, session, admin, new_token=token,
                   done=f"token '{name.strip()[:200]}' for {owner.email} created")


@router.post("/review/admin/tokens/{token_id}/revoke", response_model=None)
def revoke_token(token_id: int, request: Request, session: SessionDep, csrf: str = Form("")) -> Response:
    check_csrf(request, csrf)
    try:
        admin = _admin(request, session)
    except LoginRequired:
        return _login_redirect(request)
    revoked = revoke_api_token(session, token_id, admin.email)
    if revoked is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such token")
    return _tokens_back(done=f"token '{revoked.name}' revoked: it is refused from now on")


@dataclass(frozen=True)
class ImportKind:
    title: str
    columns: str
    api_path: str  # the same import through the API, named on the page for scripts


IMPORTS = {
    "catalog": ImportKind("Catalog (products)",
                          "sku, description, unit_price; optional uom, gtin, pack_size, weight_kg",
                          "/api/catalog/import"),
    "customers": ImportKind("Customers",
                            "customer_id, name, email_domains; optional contact, address, locale, currency",
                            "/api/customers/import"),
    "prices": ImportKind("Price lists (contract prices)", "customer_id, sku, unit_price",
                         "/api/customers/prices/import"),
    "aliases": ImportKind("Cross-references (the customer's part numbers)", "customer_id, customer_part, sku",
                          "/api/customers/aliases/import"),
}


def _importer(kind: str) -> Callable[..., Any]:
    from matching.imports import import_catalog, import_customers, import_item_aliases, import_price_list

    return {"catalog": import_catalog, "customers": import_customers, "prices": import_price_list,
            "aliases": import_item_aliases}[kind]


@router.get("/review/admin/imports", response_model=None)
def imports_page(request: Request, session: SessionDep) -> Response:
    try:
        user = _admin(request, session)
    except LoginRequired:
        return _login_redirect(request)
    return render(request, "imports.html", user, imports=IMPORTS, report=None, error=None)


@router.post("/review/admin/imports/{kind}", response_model=None)
async def import_upload(kind: str, request: Request, session: SessionDep, file: UploadFile,
                        csrf: str = Form("")) -> Response:
    check_csrf(request, csrf)
    try:
        user = _admin(request, session)
    except LoginRequired:
        return _login_redirect(request)
    if kind not in IMPORTS:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such import")
    from api.catalog import run_import

    try:
        report = await run_import(session, file, _importer(kind))
    except ValueError as exc:
        return render(request, "imports.html", user, imports=IMPORTS, report=None, error=str(exc), kind=kind)
    audit(session, user.email, "import", 0, f"import_{kind}", field=report.source,
          to_value=f"{report.imported} imported, {len(report.rejected)} rejected")
    return render(request, "imports.html", user, imports=IMPORTS, report=report, error=None, kind=kind)


@router.get("/review/admin/thresholds", response_model=None)
def thresholds_page(request: Request, session: SessionDep, error: str | None = None,
                    done: str | None = None) -> Response:
    try:
        user = _admin(request, session)
    except LoginRequired:
        return _login_redirect(request)
    settings = request.app.state.settings
    rows = [(t, getattr(settings, t.name)) for t in thresholds.THRESHOLDS]
    return render(request, "thresholds.html", user, rows=rows, error=error, done=done)


@router.post("/review/admin/thresholds", response_model=None)
async def save_thresholds(request: Request, session: SessionDep) -> Response:
    form = await request.form()
    check_csrf(request, str(form.get("csrf", "")))
    try:
        user = _admin(request, session)
    except LoginRequired:
        return _login_redirect(request)
    values = {t.name: str(form.get(t.name, "")) for t in thresholds.THRESHOLDS}
    try:
        changed = thresholds.save(session, request.app.state.settings, user.email, values)
    except thresholds.ThresholdError as exc:
        session.rollback()
        return RedirectResponse(f"/review/admin/thresholds?error={quote(str(exc))}", status.HTTP_303_SEE_OTHER)
    done = f"saved: {', '.join(changed)}" if changed else "nothing changed"
    return RedirectResponse(f"/review/admin/thresholds?done={quote(done)}", status.HTTP_303_SEE_OTHER)
