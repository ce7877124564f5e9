"""A buyer's status question through the whole pipeline (issue 16, item 4): ingested through the API, read by
the real worker, answered through a real SMTP server (aiosmtpd on 127.0.0.1) on SQLite and PostgreSQL.

"Where is my order PO ACM-PO-55821?" from the customer whose order it is gets one email with the order's
state and its status-page link, threaded under the question, and no new order; a PO the customer never
sent, or a sender we do not know, goes to a clerk with a reason and no email."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models.status import MessageStatus
from models.tables import Acknowledgement, InboundMessage, Order
from tests.integration.test_acknowledgement import _service
from tests.support.messages import demo_eml, plain_email
from tests.support.service import Service, log_in
from tests.support.smtp import Inbox, SmtpServer
from tests.support.templates import DatabaseTemplates

BUYER = "Jane Doe <jane.doe@acme-retail.example>"  # the demo customer C001's buyer, who sent demo 01


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory, smtp_server: SmtpServer,
           database_templates: DatabaseTemplates) -> Iterator[Service]:
    svc = _service(tmp_path_factory.mktemp("status-q"), smtp_server.port, database_templates)
    yield svc
    svc.client.close()
    svc.db.dispose()


def _orders(svc: Service) -> int:
    with svc.db.session() as s:
        return s.scalar(select(func.count()).select_from(Order)) or 0


def _message(svc: Service, message_id: int) -> InboundMessage:
    with svc.db.session() as s:
        message = s.get(InboundMessage, message_id)
        assert message is not None
        s.expunge(message)
        return message


def _shipped_order(svc: Service, inbox: Inbox) -> dict:
    """Demo 01 (Acme, PO ACM-PO-55821) is approved untouched and ships; its acknowledgement is sent."""
    accepted = svc.post_eml(demo_eml("01"))
    svc.drain()
    order = svc.order_for_message(accepted["id"])
    assert order["status"] == "shipped", order["status"]
    inbox.received.clear()
    return order


def _asks_and_is_answered(svc: Service, inbox: Inbox) -> None:
    order = _shipped_order(svc, inbox)
    before = _orders(svc)
    asked = svc.post_eml(plain_email(subject="Where is my order?", message_id="<status-q-1@acme-retail.example>",
                                     body="Hi Northwind,\n\nwhere is my order PO ACM-PO-55821? Has it shipped?\n\n"
                                          "Thanks,\nJane", sender=BUYER))
    svc.drain()
    svc.drain()  # a second pass sends nothing more
    assert _orders(svc) == before, "a status question was filed as an order"
    message = _message(svc, asked["id"])
    assert message.status == MessageStatus.STATUS_ANSWERED, message.error
    assert message.about_order_id == order["id"]
    assert svc.client.get(f"/api/messages/{asked['id']}").json()["about_order_id"] == order["id"]
    assert len(inbox.received) == 1, [m["Subject"] for _, m in inbox.received]
    recipients, mail = inbox.received[0]
    assert recipients == ["jane.doe@acme-retail.example"]
    assert mail["In-Reply-To"] == "<status-q-1@acme-retail.example>"
    assert mail["Subject"] == "Re: Where is my order?"
    body = mail.get_content()
    assert "Its status: shipped." in body
    assert "ACM-PO-55821" in body
    assert "Received:" in body and "ship date" in body
    for shipment in order["shipments"]:
        assert shipment["tracking_number"] in body
    link = next(w for w in body.split() if w.startswith("http://testserver/status/"))
    page = svc.client.get(link.removeprefix("http://testserver"))
    assert page.status_code == 200 and "ACM-PO-55821" in page.text
    with svc.db.session() as s:
        ack = s.scalar(select(Acknowledgement).where(Acknowledgement.answers_message_id == asked["id"]))
        assert ack is not None and ack.kind == "status" and ack.status == "sent" and ack.order_id == order["id"]


def test_a_known_customer_asking_about_their_po_gets_its_state_and_link(shared: Service, inbox: Inbox):
    """GIVEN an order of Acme's that shipped WHEN Acme's buyer asks "where is my order PO ACM-PO-55821?"
    THEN one email answers it, under the question, with the state, the dates, the tracking and the status
    link, and no order is filed."""
    _asks_and_is_answered(shared, inbox)


@pytest.mark.slow
def test_a_status_question_is_answered_on_postgresql(pg_demo_url: str, tmp_path: Path, smtp_server: SmtpServer,
                                                     inbox: Inbox, database_templates: DatabaseTemplates):
    """The same on PostgreSQL."""
    svc = _service(tmp_path, smtp_server.port, database_templates, pg_demo_url)
    try:
        _asks_and_is_answered(svc, inbox)
        _unknown_po_goes_to_a_clerk(svc, inbox)
    finally:
        svc.client.close()
        svc.db.dispose()


def _unknown_po_goes_to_a_clerk(svc: Service, inbox: Inbox) -> None:
    inbox.received.clear()
    before = _orders(svc)
    asked = svc.post_eml(plain_email(subject="PO ACM-PO-99999", message_id="<status-q-2@acme-retail.example>",
                                     body="Hello,\n\nhas PO ACM-PO-99999 shipped yet?\n\nJane", sender=BUYER))
    svc.drain()
    assert _orders(svc) == before
    message = _message(svc, asked["id"])
    assert message.status == MessageStatus.STATUS_QUESTION
    assert "ACM-PO-99999" in (message.error or "") and "no order of theirs" in (message.error or "")
    assert message.about_order_id is None
    assert inbox.received == []
    # The clerk finds it among the messages waiting for them, with its reason.
    waiting = svc.client.get("/api/messages", params={"status": "status_question"}).json()
    assert asked["id"] in [m["id"] for m in waiting]
    assert next(m for m in waiting if m["id"] == asked["id"])["about_order_id"] is None

def test_a_po_the_customer_never_sent_goes_to_a_clerk(shared: Service, inbox: Inbox):
    """GIVEN a known customer asking about a PO they never sent WHEN it is processed THEN it waits for a clerk
    with a reason naming the PO, nothing is sent and nothing is filed as an order."""
    _unknown_po_goes_to_a_clerk(shared, inbox)


def test_an_unknown_sender_is_never_told_an_orders_state(shared: Service, inbox: Inbox):
    """GIVEN an order of Acme's WHEN a stranger asks about its PO THEN nobody is answered: a clerk sees it."""
    _shipped_order(shared, inbox) if _orders(shared) == 0 else None
    before = _orders(shared)
    asked = shared.post_eml(plain_email(subject="Order status", message_id="<status-q-3@elsewhere.example>",
                                        body="Hi,\n\nwhere is order ACM-PO-55821?\n\nBob",
                                        sender="Bob <bob@elsewhere.example>"))
    shared.drain()
    assert _orders(shared) == before
    message = _message(shared, asked["id"])
    assert message.status == MessageStatus.STATUS_QUESTION
    assert "not a known customer" in (message.error or "")
    assert inbox.received == []


def test_a_question_without_a_po_is_matched_by_its_thread(shared: Service, inbox: Inbox):
    """GIVEN our acknowledgement of an order WHEN the buyer replies to it "has it shipped?" naming no PO THEN
    the reply's References find the order and the answer is sent."""
    order = _shipped_order(shared, inbox) if _orders(shared) == 0 else None
    with shared.db.session() as s:
        ack = s.scalar(select(Acknowledgement).where(Acknowledgement.kind == "accepted",
                                                     Acknowledgement.email_message_id.is_not(None)))
        assert ack is not None
        order_id, our_id = ack.order_id, ack.email_message_id
    raw = plain_email(subject="Re: PO ACM-PO-55821", message_id="<status-q-4@acme-retail.example>",
                      body="Thanks - has it shipped yet?\n\nJane", sender=BUYER)
    raw = raw.replace(b"Message-ID:", f"In-Reply-To: {our_id}\r\nReferences: {our_id}\r\nMessage-ID:".encode(), 1)
    asked = shared.post_eml(raw)
    shared.drain()
    message = _message(shared, asked["id"])
    assert message.status == MessageStatus.STATUS_ANSWERED, message.error
    assert message.about_order_id == (order["id"] if order else order_id)
    assert len(inbox.received) == 1


def test_the_clerk_sees_an_unanswered_status_question(tmp_path: Path, smtp_server: SmtpServer, inbox: Inbox,
                                                      database_templates: DatabaseTemplates):
    """GIVEN a status question no order matches WHEN a clerk opens the queue and the messages THEN the queue
    says a buyer's question waits, and the message list shows it with its reason."""
    svc = _service(tmp_path, smtp_server.port, database_templates)
    try:
        _unknown_po_goes_to_a_clerk(svc, inbox)
        log_in(svc)
        queue = svc.client.get("/review").text
        assert "1 buyer question(s) about an order&#39;s status wait for your answer" in queue \
            or "1 buyer question(s) about an order's status wait for your answer" in queue
        listed = svc.client.get("/review/messages").text
        assert "ACM-PO-99999" in listed and "a status question for you to answer" in listed
    finally:
        svc.client.close()
        svc.db.dispose()


def test_a_question_read_again_is_not_answered_twice(shared: Service, inbox: Inbox):
    """GIVEN a status question answered WHEN a clerk reads it again THEN it is answered about the same order,
    and the buyer gets no second email."""
    _shipped_order(shared, inbox) if _orders(shared) == 0 else None
    asked = shared.post_eml(plain_email(subject="ETA?", message_id="<status-q-5@acme-retail.example>",
                                        body="Hi,\n\nany ETA on PO ACM-PO-55821?\n\nJane", sender=BUYER))
    shared.drain()
    assert _message(shared, asked["id"]).status == MessageStatus.STATUS_ANSWERED
    assert len(inbox.received) == 1
    assert shared.client.post(f"/api/messages/{asked['id']}/reprocess").status_code == 202
    shared.drain()
    again = _message(shared, asked["id"])
    assert again.status == MessageStatus.STATUS_ANSWERED and again.about_order_id is not None
    assert len(inbox.received) == 1
