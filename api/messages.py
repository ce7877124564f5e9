"""Inbound messages: post a raw RFC 822 message, list messages, see one with its documents; a clerk's
actions on one: read it again, or turn a closed one into an order (clerk/messages.py)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request, Response, status
from sqlalchemy import select

from api.orders import detail
from api.schemas import AcceptedOut, DocumentOut, EdiAnswerOut, MessageDetail, MessageOut, OrderOut, ReprocessedOut
from clerk import messages
from clerk.errors import ActionError
from models.schemas import MessageSource
from models.tables import EdiAnswer, InboundMessage, Order
from orchestration.accept import accept_message
from web.deps import ApiUser, DbDep, RowId, SessionDep, SettingsDep

router = APIRouter(prefix="/api/messages", tags=["messages"])


@router.post("", status_code=status.HTTP_201_CREATED, response_model=AcceptedOut,
             openapi_extra={"requestBody": {"content": {"message/rfc822": {"schema": {"type": "string"}}}}})
async def post_message(request: Request, response: Response, db: DbDep, settings: SettingsDep,
                       user: ApiUser) -> AcceptedOut:
    """Ingest one raw email (the request body, as RFC 822 bytes). 201 when new, 200 when already held."""
    declared = request.headers.get("content-length", "")
    if declared.isdecimal() and int(declared) > settings.max_message_bytes:
        raise HTTPException(status.HTTP_413_CONTENT_TOO_LARGE,
                            f"message of {declared} bytes exceeds the limit of {settings.max_message_bytes}")
    raw = await request.body()
    if not raw.strip():
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, "the body must be a raw RFC 822 message")
    if len(raw) > settings.max_message_bytes:
        raise HTTPException(status.HTTP_413_CONTENT_TOO_LARGE,
                            f"message of {len(raw)} bytes exceeds the limit of {settings.max_message_bytes}")
    accepted = accept_message(db, raw, MessageSource("api", user=user.email), settings.mime_limits(),
                              settings.sender_auth)
    if not accepted.created:
        response.status_code = status.HTTP_200_OK
    return AcceptedOut(id=accepted.message_id, duplicate=not accepted.created, status=accepted.status)


@router.get("", response_model=list[MessageOut])
def list_messages(session: SessionDep, user: ApiUser, status: str | None = None,
                  limit: Annotated[int, Query(ge=1)] = 100) -> list[InboundMessage]:
    q = select(InboundMessage).order_by(InboundMessage.id.desc()).limit(min(limit, 1000))
    if status:
        q = q.where(InboundMessage.status == status)
    return list(session.scalars(q))


@router.get("/{message_id}", response_model=MessageDetail)
def get_message(message_id: RowId, session: SessionDep, user: ApiUser) -> MessageDetail:
    message = session.get(InboundMessage, message_id)
    if message is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such message")
    order_ids = list(session.scalars(select(Order.id).where(Order.message_id == message_id)))
    return MessageDetail(
        **MessageOut.model_validate(message).model_dump(),
        documents=[DocumentOut.model_validate(d) for d in message.documents],
        order_ids=order_ids,
        edi_answers=[EdiAnswerOut.model_validate(a) for a in session.scalars(
            select(EdiAnswer).where(EdiAnswer.message_id == message_id, EdiAnswer.order_id.is_(None))
            .order_by(EdiAnswer.id))],
    )


@router.get("/{message_id}/raw")
def get_raw(message_id: RowId, session: SessionDep, user: ApiUser) -> Response:
    message = session.get(InboundMessage, message_id)
    if message is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such message")
    return Response(message.raw, media_type="message/rfc822",
                    headers={"Content-Disposition": f'attachment; filename="message-{message_id}.eml"'})


def _message(session: SessionDep, message_id: int) -> InboundMessage:
    message = session.get(InboundMessage, message_id)
    if message is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such message")
    return message


@router.post("/{message_id}/reprocess", response_model=ReprocessedOut, status_code=status.HTTP_202_ACCEPTED)
def reprocess(message_id: RowId, session: SessionDep, user: ApiUser) -> ReprocessedOut:
    """Read the message again from its stored parts (a worker runs it). Its order still in review is
    rejected as replaced; 409 when one is approved already, or the message is still waiting to be read."""
    message = _message(session, message_id)
    try:
        done = messages.reprocess(session, message, user.email)
    except ActionError as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, str(exc)) from None
    return ReprocessedOut(message_id=done.message_id, job_id=done.job_id, replaced_order_ids=done.replaced_order_ids,
                          status=message.status)


@router.post("/{message_id}/to-order", response_model=OrderOut, status_code=status.HTTP_201_CREATED)
def to_order(message_id: RowId, session: SessionDep, settings: SettingsDep, user: ApiUser) -> OrderOut:
    """Turn a message closed as not an order (or in error) into an order waiting in review, with what
    could be read from it; 409 for any other message."""
    message = _message(session, message_id)
    try:
        order = messages.to_order(session, message, settings, user.email)
    except ActionError as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, str(exc)) from None
    session.flush()
    return detail(session, order)
