"""clerk/messages.py on its own: what it refuses, and what it leaves behind (statuses, reasons, history)."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP

import pytest
from sqlalchemy import select

from clerk.errors import ActionError
from clerk.messages import reprocess, to_order
from config import Settings
from models.db import Database
from models.schemas import MessageSource
from models.status import MessageStatus, OrderStatus
from models.tables import AuditEvent, InboundMessage, Job, Order
from orchestration.accept import accept_message
from orchestration.pipeline import file_message


def _accepted(db: Database, settings: Settings, subject: str, body: str, process: bool = True) -> int:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "Jane Doe <jane.doe@acme-retail.example>", "orders@x.example", subject
    msg["Message-ID"] = f"<clerk-msg-{abs(hash(subject))}@acme-retail.example>"
    msg.set_content(body)
    accepted = accept_message(db, msg.as_bytes(policy=SMTP), MessageSource("test"), settings.mime_limits())
    if process:
        with db.session() as s:
            message = s.get(InboundMessage, accepted.message_id)
            assert message is not None
            file_message(s, message, settings)
    return accepted.message_id


def test_a_message_not_yet_read_can_be_neither_reprocessed_nor_made_an_order(demo_db: Database, settings: Settings):
    message_id = _accepted(demo_db, settings, "PO AR-1", "TAPE-48-CLR 4 CS", process=False)
    with demo_db.session() as s:
        message = s.get(InboundMessage, message_id)
        assert message is not None
        with pytest.raises(ActionError, match="waiting to be read"):
            reprocess(s, message, "clerk@x")
        with pytest.raises(ActionError, match="only a message closed"):
            to_order(s, message, settings, "clerk@x")


def test_to_order_files_an_order_in_review_that_says_who_made_it(demo_db: Database, settings: Settings):
    message_id = _accepted(demo_db, settings, "lunch", "Mike, lunch on Thursday? Jane")
    with demo_db.session() as s:
        message = s.get(InboundMessage, message_id)
        assert message is not None and message.status == MessageStatus.NOT_AN_ORDER
        order = to_order(s, message, settings, "clerk@x")
        assert order.status == OrderStatus.NEEDS_REVIEW and order.customer_id == "C001" and order.lines == []
        made = [r.message for r in order.reasons if r.code == "made_into_order"]
        assert made and "clerk@x turned this message into an order" in made[0] and "not_an_order" in made[0]
        assert message.status == MessageStatus.PROCESSED and message.error is None
        actions = s.scalars(select(AuditEvent.action).where(AuditEvent.entity == "message",
                                                            AuditEvent.entity_id == message_id)).all()
        assert "to_order" in actions


def test_reprocess_rejects_the_order_in_review_and_queues_a_reading_under_a_new_key(demo_db: Database,
                                                                                    settings: Settings):
    message_id = _accepted(demo_db, settings, "PO AR-2", "PO AR-2\n\nTAPE-48-CLR 4 CS\nWDG-PURPLE-9 2 PK\n\nJane")
    with demo_db.session() as s:
        message = s.get(InboundMessage, message_id)
        assert message is not None
        first = s.scalar(select(Order).where(Order.message_id == message_id))
        assert first is not None and first.status == OrderStatus.NEEDS_REVIEW
        done = reprocess(s, message, "clerk@x")
        assert done.replaced_order_ids == [first.id]
        assert first.status == OrderStatus.REJECTED and "read again by clerk@x" in (first.rejection_reason or "")
        assert message.status == MessageStatus.RECEIVED
        keys = s.scalars(select(Job.idempotency_key).where(Job.message_id == message_id)).all()
        assert sorted(keys) == [f"message:{message_id}:process", f"message:{message_id}:process:2"]
        file_message(s, message, settings)  # what the worker does with the queued job
        orders = s.scalars(select(Order).where(Order.message_id == message_id).order_by(Order.id)).all()
        assert [o.status for o in orders] == [OrderStatus.REJECTED, OrderStatus.NEEDS_REVIEW]
        assert orders[1].po_number == "AR-2"
