"""Inbound messages on the screen: the list (by default the problems: unreadable, not an order) and one
message with the orders read from it."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request, status
from fastapi.responses import Response
from sqlalchemy import select

from models.status import PROBLEM_MESSAGES
from models.tables import InboundMessage, Order
from review_ui.rendering import render
from web.deps import ClerkDep, SessionDep

router = APIRouter(include_in_schema=False)


@router.get("/review/messages", response_model=None)
def messages_page(request: Request, session: SessionDep, user: ClerkDep, show: str = "problems") -> Response:
    q = select(InboundMessage).order_by(InboundMessage.id.desc()).limit(500)
    if show == "problems":
        q = q.where(InboundMessage.status.in_(PROBLEM_MESSAGES))
    return render(request, "messages.html", user, messages=session.scalars(q).all(), show=show)


@router.get("/review/messages/{message_id}", response_model=None)
def message_page(message_id: int, request: Request, session: SessionDep, user: ClerkDep) -> Response:
    message = session.get(InboundMessage, message_id)
    if message is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such message")
    orders = session.scalars(select(Order).where(Order.message_id == message_id)).all()
    return render(request, "message.html", user, message=message, orders=orders)
