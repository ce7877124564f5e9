"""The raw message is parsed once, at intake: its source and header facts become columns and its parts
documents; processing reads those, never the raw bytes again."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update

from models.tables import InboundMessage
from tests.conftest import Service, demo_eml


def test_intake_stores_the_source_and_the_header_facts(sqlite_service: Service) -> None:
    """GIVEN an email posted through the API
    WHEN intake has stored it (before any processing)
    THEN its source is columns (kind and the user who posted it), its header facts are columns, and its
    parts are documents waiting for extraction."""
    svc = sqlite_service
    raw = (b"From: Jane Doe <Jane.Doe@Acme-Retail.example>\r\n"
           b"Reply-To: purchasing@acme-retail.example\r\n"
           b"To: orders@northwind-supply.example, sales@northwind-supply.example\r\n"
           b"Subject: PO 4711\r\nDate: Tue, 1 Dec 2026 00:30:00 +0100\r\n"
           b"Message-ID: <facts-1@acme-retail.example>\r\nIn-Reply-To: <q-1@northwind-supply.example>\r\n"
           b"References: <q-0@northwind-supply.example> <q-1@northwind-supply.example>\r\n"
           b"Precedence: bulk\r\n\r\nPO 4711\r\n10 x TAPE-48-CLR\r\n")
    accepted = svc.post_eml(raw)
    with svc.db.session() as s:
        message = s.get(InboundMessage, accepted["id"])
        assert (message.source, message.source_user, message.source_mailbox, message.source_path) == (
            "api", "api@test.example", None, None)
        assert (message.from_addr, message.from_name) == ("jane.doe@acme-retail.example", "Jane Doe")
        assert message.reply_to == ["purchasing@acme-retail.example"]
        assert message.to_addrs == ["orders@northwind-supply.example", "sales@northwind-supply.example"]
        assert message.sent_on == dt.date(2026, 12, 1)  # the buyer's day; in UTC it was still November
        assert message.in_reply_to == "<q-1@northwind-supply.example>"
        assert message.references == "<q-0@northwind-supply.example> <q-1@northwind-supply.example>"
        assert message.automated == "Precedence: bulk"
        assert [(d.role, d.extraction_status) for d in message.documents] == [("body_text", "pending")]
    shown = svc.client.get(f"/api/messages/{accepted['id']}").json()
    assert (shown["source"], shown["source_user"], shown["source_ref"]) == (
        "api", "api@test.example", "user:api@test.example")


def test_processing_reads_what_intake_stored_not_the_raw_bytes(sqlite_service: Service) -> None:
    """GIVEN a message stored at intake whose raw bytes are then removed from its row
    WHEN it is processed
    THEN its order is filed as usual (customer from the stored sender, lines from the stored parts):
    processing never parses the message again."""
    svc = sqlite_service
    accepted = svc.post_eml(demo_eml("01"))
    with svc.db.session() as s:
        s.execute(update(InboundMessage).where(InboundMessage.id == accepted["id"]).values(raw=b""))
    svc.drain()
    order = svc.order_for_message(accepted["id"])
    assert (order["customer_id"], order["po_number"], order["status"]) == ("C001", "ACM-PO-55821", "shipped")
    assert len(order["lines"]) == 4
    documents = svc.client.get(f"/api/messages/{accepted['id']}").json()["documents"]
    assert [(d["role"], d["extractor"], d["extraction_status"]) for d in documents] == [
        ("body_text", "email_text", "extracted")]
