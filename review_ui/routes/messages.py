"""Inbound messages on the screen: the list (by default the problems: unreadable, not an order), one
message with the orders read from it, and a clerk's two actions on a message (clerk/messages.py): read
it again, and make a closed one an order."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, HTTPException, Request, status
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import select

from clerk import messages as message_actions
from clerk.errors import ActionError
from extractors.html_table import read_html
from models.status import PROBLEM_MESSAGES, MessageStatus, OrderStatus
from models.tables import EdiAnswer, InboundMessage, Order, OrderRevision
from review_ui.rendering import render
from web.deps import ClerkDep, RowId, SessionDep, SettingsDep

router = APIRouter(include_in_schema=False)


@router.get("/review/messages", response_model=None)
def messages_page(request: Request, session: SessionDep, user: ClerkDep, show: str = "problems") -> Response:
    q = select(InboundMessage).order_by(InboundMessage.id.desc()).limit(500)
    if show == "problems":
        q = q.where(InboundMessage.status.in_(PROBLEM_MESSAGES))
    return render(request, "messages.html", user, messages=session.scalars(q).all(), show=show)


@router.get("/review/messages/{message_id}", response_model=None)
def message_page(message_id: RowId, request: Request, session: SessionDep, user: ClerkDep,
                 error: str | None = None, notice: str | None = None) -> Response:
    message = _message(session, message_id)
    orders = session.scalars(select(Order).where(Order.message_id == message_id).order_by(Order.id)).all()
    # The order the message is about, when it is not its own: a status question's, or the order a change or
    # cancellation was filed on as a revision.
    about = session.get(Order, message.about_order_id) if message.about_order_id else None
    revision = session.scalar(select(OrderRevision).where(OrderRevision.message_id == message_id))
    # The 997s and CONTRLs rejecting an interchange of it that became no order (an order's are on the order).
    edi_answers = session.scalars(select(EdiAnswer).where(EdiAnswer.message_id == message_id,
                                                          EdiAnswer.order_id.is_(None)).order_by(EdiAnswer.id)).all()
    # The buttons are offered where the action can succeed; the clerk functions still decide.
    can_make_order = message.status in message_actions.CLOSED_MESSAGES
    can_reprocess = message.status != MessageStatus.RECEIVED and all(
        o.status in (OrderStatus.NEEDS_REVIEW, OrderStatus.REJECTED, OrderStatus.DUPLICATE) for o in orders)
    return render(request, "message.html", user, message=message, orders=orders, error=error, notice=notice,
                  about=about, revision=revision, edi_answers=edi_answers,
                  can_make_order=can_make_order, can_reprocess=can_reprocess, email_text=email_text(message),
                  attachments=[d for d in message.documents if d.role not in ("body_text", "body_html")],
                  documents_by_id={d.id: d for d in message.documents})


EMAIL_TEXT_LIMIT = 20_000  # characters shown; the raw message is a download away


def email_text(message: InboundMessage) -> str | None:
    """The email's own words, as text: its plain body, else the text of its HTML body (never the markup,
    which would be a stranger's page inside ours). The template escapes it."""
    body = next((d for d in message.documents if d.role == "body_text"), None)
    if body is not None:
        text = body.content.decode("utf-8", errors="replace")
    else:
        html = next((d for d in message.documents if d.role == "body_html"), None)
        if html is None:
            return None
        text = read_html(html.content.decode("utf-8", errors="replace"))[1]
    if len(text) > EMAIL_TEXT_LIMIT:
        return text[:EMAIL_TEXT_LIMIT] + "\n[... the rest is in the original .eml]"
    return text


def _message(session: SessionDep, message_id: int) -> InboundMessage:
    message = session.get(InboundMessage, message_id)
    if message is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such message")
    return message


@router.post("/review/messages/{message_id}/reprocess", response_model=None)
def reprocess(message_id: RowId, session: SessionDep, user: ClerkDep) -> Response:
    """Read the message again; back to its page, which shows it waiting for the worker."""
    back = f"/review/messages/{message_id}"
    try:
        done = message_actions.reprocess(session, _message(session, message_id), user.email)
    except ActionError as exc:
        session.rollback()
        return RedirectResponse(f"{back}?error={quote(str(exc))}", status.HTTP_303_SEE_OTHER)
    replaced = "".join(f"; order #{n} rejected as replaced" for n in done.replaced_order_ids)
    return RedirectResponse(f"{back}?notice={quote(f'queued to be read again{replaced}')}", status.HTTP_303_SEE_OTHER)


@router.post("/review/messages/{message_id}/to-order", response_model=None)
def to_order(message_id: RowId, session: SessionDep, settings: SettingsDep, user: ClerkDep) -> Response:
    """Make a closed message an order in review, and open that order for the clerk to complete."""
    try:
        order = message_actions.to_order(session, _message(session, message_id), settings, user.email)
    except ActionError as exc:
        session.rollback()
        return RedirectResponse(f"/review/messages/{message_id}?error={quote(str(exc))}", status.HTTP_303_SEE_OTHER)
    return RedirectResponse(f"/review/orders/{order.id}", status.HTTP_303_SEE_OTHER)
