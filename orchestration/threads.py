"""How a buyer's message names the order it is about: by its thread (the orders whose own email, or our
acknowledgement of them, its In-Reply-To or References header names) or by a PO number, compared as letters and
digits. A buyer's status question and a buyer's change both find their order so."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.tables import Acknowledgement, InboundMessage, Order

_MESSAGE_ID = re.compile(r"<[^<>\s]+>")


def po_key(po: str) -> str:
    """A PO number as compared: letters and digits only, upper case ("po-4471 " is "PO4471")."""
    return re.sub(r"[^A-Z0-9]", "", po.upper())


def orders_in_thread(session: Session, message: InboundMessage) -> list[Order]:
    """The orders whose own email, or our acknowledgement of them, the message answers (not its own orders)."""
    ids = _MESSAGE_ID.findall(f"{message.in_reply_to or ''} {message.references or ''}")
    if not ids:
        return []
    by_message = select(Order).join(InboundMessage, InboundMessage.id == Order.message_id).where(
        InboundMessage.message_id.in_(ids))
    by_answer = select(Order).join(Acknowledgement, Acknowledgement.order_id == Order.id).where(
        Acknowledgement.email_message_id.in_(ids))
    found = {o.id: o for q in (by_message, by_answer) for o in session.scalars(q)}
    return [o for o in found.values() if o.message_id != message.id]
