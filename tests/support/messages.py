"""Inbound messages the tests post: the demo's sample emails, and a buyer's email, plain or with one
document attached; and one email filed straight through (accepted, read and decided, no worker)."""

from __future__ import annotations

from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import SMTP

from sqlalchemy import select

from config import Settings
from models.db import Database
from models.schemas import MessageSource
from models.tables import InboundMessage, Order
from orchestration.accept import accept_message
from orchestration.pipeline import file_message
from tests.support.environment import DEMO

ORDERS_TO = "orders@northwind-supply.example"
# The demo customer C001's (Acme Retail Group's) buyer, a contact on file.
ACME_BUYER = "Jane Doe <jane.doe@acme-retail.example>"


def demo_eml(name: str) -> bytes:
    """The demo email whose file name starts with `name` (e.g. "e01")."""
    return next(DEMO.glob(f"{name}*.eml")).read_bytes()


def plain_email(*, subject: str, body: str, message_id: str, sender: str = ACME_BUYER) -> bytes:
    """An email to the orders mailbox with a plain-text body and nothing attached, as SMTP sends it."""
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"], msg["Message-ID"] = sender, ORDERS_TO, subject, message_id
    msg.set_content(body)
    return msg.as_bytes(policy=SMTP)


def email_with_attachment(*, sender: str = ACME_BUYER, subject: str, message_id: str, body: str, attachment: bytes,
                          maintype: str, subtype: str, filename: str) -> bytes:
    """An email to the orders mailbox with a plain-text body and one attachment, as SMTP sends it."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = ORDERS_TO
    msg["Subject"] = subject
    msg["Message-ID"] = message_id
    msg.set_content(body)
    msg.add_attachment(attachment, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes(policy=SMTP)


@dataclass
class Filed:
    """What became of one email: its message's status and error, and its order's reasons if one was filed."""

    status: str
    error: str | None
    order_reasons: list[str] = field(default_factory=list)
    filed: bool = False


def file_email(db: Database, settings: Settings, raw: bytes) -> Filed:
    """Accept the email and file it as the worker's process_message job does."""
    accepted = accept_message(db, raw, MessageSource("test"), settings.mime_limits())
    with db.session() as s:
        message = s.get(InboundMessage, accepted.message_id)
        assert message is not None
        file_message(s, message, settings)
    with db.session() as s:
        message = s.get(InboundMessage, accepted.message_id)
        assert message is not None
        order = s.scalar(select(Order).where(Order.message_id == accepted.message_id))
        return Filed(message.status, message.error, [r.code for r in order.reasons] if order else [],
                     order is not None)
