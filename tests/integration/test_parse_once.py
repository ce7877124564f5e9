"""The raw message is parsed once, at intake: its source and header facts become columns and its parts
documents; processing and the review screen read those, never the raw bytes or the document again."""

from __future__ import annotations

import datetime as dt
import re
from email.message import EmailMessage
from email.policy import SMTP

import pytest
from sqlalchemy import update

from models.tables import InboundMessage, Order
from review_ui import document_view
from tests.integration.test_review_ui_edits import EXTRAS
from tests.support.messages import demo_eml
from tests.support.service import Service


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


def _csv_order() -> bytes:
    msg = EmailMessage()
    msg["From"] = "Peter <peter@initech.example>"  # not a known customer: the buyer field is in doubt
    msg["To"] = "orders@northwind-supply.example"
    msg["Subject"] = "PO attached"
    msg["Message-ID"] = "<csv-once@initech.example>"
    msg.set_content("Please see the attached order.")
    msg.add_attachment(b"Purchase Order No.,PO-CSV-78\nBuyer,Initech Supplies\n\nSKU,Description,Qty,Unit Price\n"
                       b"GLV-NIT-M-BLU,Nitrile gloves,5,12.27\n", maintype="text", subtype="csv", filename="po.csv")
    return msg.as_bytes(policy=SMTP)


def _pdf_from_a_stranger() -> bytes:
    raw = re.sub(rb"From: [^\r\n]*", b"From: Stranger <someone@unknown-corp.example>", demo_eml("04"), count=1)
    return raw.replace(b"Message-ID: <", b"Message-ID: <once-stranger-", 1)


@pytest.mark.parametrize("raw", [
    pytest.param(_pdf_from_a_stranger, id="pdf-doubtful-customer"),
    pytest.param(lambda: demo_eml("11"), id="text-doubtful-customer"),
    pytest.param(_csv_order, id="csv-doubtful-customer"),
    pytest.param(lambda: EXTRAS, id="text-bill-to-terms-notes"),
])
def test_the_review_screen_draws_header_boxes_from_what_was_filed(sqlite_service: Service, raw,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """GIVEN an order with header fields to mark (a doubtful customer; bill-to, terms and notes)
    WHEN the review screen builds its document view
    THEN it reads where each field was found from the order, without extracting the document again,
    and draws exactly the boxes it drew when it read the document again (as it still does for orders
    filed before the provenance was kept)."""
    svc = sqlite_service
    accepted = svc.post_eml(raw())
    svc.drain()
    order_id = svc.order_for_message(accepted["id"])["id"]
    with svc.db.session() as s:
        order = s.get(Order, order_id)
        documents = list(s.get(InboundMessage, accepted["id"]).documents)
        assert order.header_provenance

        def no_extraction(*args: object) -> None:
            raise AssertionError("the review screen extracted the document again")

        with monkeypatch.context() as patched:
            patched.setattr(document_view, "extract_part", no_extraction)
            stored = document_view.source_view(order, documents)

        order.header_provenance = None  # an order filed before 0017
        document_view._HEADERS.clear()
        read_again = document_view.source_view(order, documents)
        s.rollback()
    assert stored == read_again
    regions = [box.region for page in stored.pages for box in page.boxes]
    regions += [region for _, region in stored.segments if region is not None]
    regions += [region for grid in stored.grids for region in grid.cells.values()]
    assert any(region.target.startswith("field-") for region in regions), stored
