"""clerk/messages.py on its own: what it refuses, and what it leaves behind (statuses, reasons, history)."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import pytest
from sqlalchemy import select

from clerk.errors import ActionError
from clerk.messages import reprocess, to_order
from config import Settings
from models.db import Database
from models.schemas import MessageSource
from models.status import MessageStatus, OrderStatus
from models.tables import Acknowledgement, AuditEvent, InboundMessage, Job, Order, utcnow
from orchestration.accept import accept_message
from orchestration.dead_letters import park_message
from orchestration.pipeline import file_message
from tests.support.messages import email_with_attachment

# Each test builds the demo database (about a second): out of the fast loop, like the others that do.
pytestmark = pytest.mark.slow


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


# ---------------------------------------------------------------- a clerk's work is never read away

UNREADABLE_PO = ("PO AR-31", "Hi Mike, PO AR-31: please send the usual for the Boston store, see the list on the "
                             "phone call. Jane")


def _in_review(db: Database, settings: Settings, subject: str, body: str) -> tuple[int, int]:
    """A message filed as an order waiting in review: (message id, order id)."""
    message_id = _accepted(db, settings, subject, body)
    with db.session() as s:
        order = s.scalar(select(Order).where(Order.message_id == message_id))
        assert order is not None and order.status == OrderStatus.NEEDS_REVIEW, order
        return message_id, order.id


def _refused_and_untouched(db: Database, message_id: int, order_id: int, match: str) -> None:
    with db.session() as s:
        message = s.get(InboundMessage, message_id)
        assert message is not None
        status = message.status
        with pytest.raises(ActionError, match=match):
            reprocess(s, message, "other.clerk@x")
    with db.session() as s:
        order, message = s.get(Order, order_id), s.get(InboundMessage, message_id)
        assert order is not None and message is not None
        assert order.status == OrderStatus.NEEDS_REVIEW and message.status == status
        assert s.scalars(select(Job).where(Job.message_id == message_id)).all().__len__() == 1


def test_reprocess_refuses_an_order_a_clerk_typed_a_line_into_and_held_with_a_question(demo_db: Database,
                                                                                      settings: Settings):
    """GIVEN an order waiting in review, into which a clerk typed a line and which they put on hold asking
    the buyer WHEN another clerk reads the message again THEN it is refused, saying what to do instead,
    and the order keeps its line (before: it was rejected and the new reading had none of the clerk's work)."""
    from clerk.decisions import hold
    from clerk.lines import add_line
    message_id, order_id = _in_review(demo_db, settings, *UNREADABLE_PO)
    with demo_db.session() as s:
        order = s.get(Order, order_id)
        assert order is not None
        add_line(s, order, "clerk@x", "TAPE-48-CLR", Decimal("4"))
        hold(s, order, "clerk@x", "Which store is this for?", ask_buyer=True)
    _refused_and_untouched(demo_db, message_id, order_id, "reject it first")
    with demo_db.session() as s:
        order = s.get(Order, order_id)
        assert order is not None and [ln.sku for ln in order.lines][-1] == "TAPE-48-CLR"


def test_reprocess_refuses_an_order_with_lines_a_clerk_changed(demo_db: Database, settings: Settings):
    from clerk.lines import add_line
    message_id, order_id = _in_review(demo_db, settings, *UNREADABLE_PO)
    with demo_db.session() as s:
        order = s.get(Order, order_id)
        assert order is not None
        add_line(s, order, "clerk@x", "TAPE-48-CLR", Decimal("4"))
    _refused_and_untouched(demo_db, message_id, order_id, r"a clerk's work on it \(lines typed or corrected\)")


def test_reprocess_refuses_an_order_whose_customer_a_clerk_chose(demo_db: Database, settings: Settings):
    from clerk.customer import set_customer
    message_id, order_id = _in_review(demo_db, settings, *UNREADABLE_PO)
    with demo_db.session() as s:
        order = s.get(Order, order_id)
        assert order is not None
        set_customer(s, order, "C002", "clerk@x", settings)
    _refused_and_untouched(demo_db, message_id, order_id, r"the customer chosen")


def test_reprocess_refuses_an_order_on_hold(demo_db: Database, settings: Settings):
    from clerk.decisions import hold
    message_id, order_id = _in_review(demo_db, settings, *UNREADABLE_PO)
    with demo_db.session() as s:
        order = s.get(Order, order_id)
        assert order is not None
        hold(s, order, "clerk@x", "waiting for the price list")
    _refused_and_untouched(demo_db, message_id, order_id, "is on hold")


def test_reprocess_refuses_an_order_the_buyer_was_asked_about(demo_db: Database, settings: Settings):
    """A question to the buyer stays asked when the hold is lifted: their answer is about that order."""
    from orchestration.acknowledgements import outbox
    message_id, order_id = _in_review(demo_db, settings, *UNREADABLE_PO)
    with demo_db.session() as s:
        order = s.get(Order, order_id)
        assert order is not None
        outbox.ask_buyer(s, order, "clerk@x", "Which store is this for?")
    _refused_and_untouched(demo_db, message_id, order_id, "buyer was asked")


def test_reprocess_refuses_an_order_another_clerk_has_open_but_not_an_expired_claim_or_ones_own(
        demo_db: Database, settings: Settings):
    from clerk.claims import claim
    message_id, order_id = _in_review(demo_db, settings, *UNREADABLE_PO)
    with demo_db.session() as s:
        order = s.get(Order, order_id)
        assert order is not None
        assert claim(order, "clerk@x", 10) is None
    _refused_and_untouched(demo_db, message_id, order_id, "clerk@x has it open")
    with demo_db.session() as s:
        order, message = s.get(Order, order_id), s.get(InboundMessage, message_id)
        assert order is not None and message is not None
        assert reprocess(s, message, "clerk@x").replaced_order_ids == [order_id]
    message_id, order_id = _in_review(demo_db, settings, "PO AR-32", UNREADABLE_PO[1].replace("AR-31", "AR-32"))
    with demo_db.session() as s:
        order, message = s.get(Order, order_id), s.get(InboundMessage, message_id)
        assert order is not None and message is not None
        claim(order, "clerk@x", 10, now=utcnow() - timedelta(hours=1))
        assert reprocess(s, message, "other.clerk@x").replaced_order_ids == [order_id]


def test_reprocess_rejects_the_replaced_order_as_a_clerk_rejects_one_without_asking_the_buyer(
        demo_db: Database, settings: Settings):
    """The replaced order is rejected by the one reject path (clerk/decisions.reject): its reason and
    its status event by the clerk; and no question to the buyer, who sent one message, not two."""
    message_id, order_id = _in_review(demo_db, settings, *UNREADABLE_PO)
    with demo_db.session() as s:
        message = s.get(InboundMessage, message_id)
        assert message is not None
        reprocess(s, message, "clerk@x")
    with demo_db.session() as s:
        order = s.get(Order, order_id)
        assert order is not None and order.status == OrderStatus.REJECTED
        assert s.scalars(select(Acknowledgement).where(Acknowledgement.order_id == order_id)).all() == []
        status = s.scalars(select(AuditEvent).where(AuditEvent.entity == "order", AuditEvent.entity_id == order_id,
                                                    AuditEvent.action == "status")).all()
        assert status[-1].actor == "clerk@x" and "read again" in str(status[-1].detail)


# ---------------------------------------------------------------- to_order files what process_message would

def _closed_in_error(db: Database, raw: bytes) -> int:
    """A message whose processing ran out of attempts (parked in error), never read."""
    accepted = accept_message(db, raw, MessageSource("test"), Settings().mime_limits())
    with db.session() as s:
        message = s.get(InboundMessage, accepted.message_id)
        assert message is not None
        park_message(s, message, "worker crashed")
    return accepted.message_id


def test_to_order_files_every_order_of_an_x12_interchange(demo_db: Database, settings: Settings):
    """GIVEN a message in error whose attachment is an X12 interchange with two 850s WHEN a clerk makes it
    an order THEN both orders wait in review (before: only the first; the second was lost)."""
    edi = (Path(__file__).resolve().parents[1] / "corpus" / "edi" / "850_multi_bang_quote.edi").read_bytes()
    raw = email_with_attachment(subject="Orders", message_id="<clerk-x12@acme-retail.example>", body="Attached.",
                                attachment=edi, maintype="application", subtype="edi-x12", filename="po.edi")
    message_id = _closed_in_error(demo_db, raw)
    with demo_db.session() as s:
        message = s.get(InboundMessage, message_id)
        assert message is not None and message.status == MessageStatus.ERROR
        to_order(s, message, settings, "clerk@x")
        orders = s.scalars(select(Order).where(Order.message_id == message_id).order_by(Order.id)).all()
        assert [o.po_number for o in orders] == ["PO-A1", "PO-A2"]
        assert all(o.status == OrderStatus.NEEDS_REVIEW for o in orders)
        assert all("made_into_order" in [r.code for r in o.reasons] for o in orders)


def test_to_order_says_when_another_part_holds_other_lines(demo_db: Database, settings: Settings):
    """The same doubt the normal path gives: lines in a part the order was not read from."""
    sheet = b"item,qty,unit\nTAPE-48-CLR,4,CS\nWDG-PURPLE-9,2,PK\n"
    raw = email_with_attachment(subject="PO AR-40", message_id="<clerk-parts@acme-retail.example>",
                                body="PO AR-40\n\nTIE-08-BLK 3 PK\n\nJane", attachment=sheet, maintype="text",
                                subtype="csv", filename="po.csv")
    message_id = _closed_in_error(demo_db, raw)
    with demo_db.session() as s:
        message = s.get(InboundMessage, message_id)
        assert message is not None
        order = to_order(s, message, settings, "clerk@x")
        assert "other_part_has_lines" in [r.code for r in order.reasons], [r.code for r in order.reasons]
