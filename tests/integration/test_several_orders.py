"""One message, several orders: an email carrying two PO documents, or a body writing two POs one after the
other, becomes two orders, each with its own document, provenance, lines, ship-to and acknowledgement; two
parts of one PO stay one order. Through the whole pipeline (intake, extraction, matching, the decision, the
stages, the acknowledgement over a real SMTP server), on SQLite and PostgreSQL.

The documents are made up: a facilities company ordering janitorial and packaging goods from the demo
catalog."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from clerk.customer import set_customer
from models.tables import Order
from tests.integration.test_acknowledgement import _service as acknowledging_service
from tests.support.service import Service, log_in
from tests.support.smtp import SmtpServer, free_port
from tests.support.templates import DatabaseTemplates

BUYER = "Robert Chen <rchen@deltalogistics.example>"


def _po_pdf(po: str, rows: list[tuple[str, str, int, str]]) -> bytes:
    """A one-page PO: its number, then a table of (item, description, quantity, unit)."""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=letter, invariant=1)
    styles = getSampleStyleSheet()
    table = Table([["Item", "Description", "Qty", "UoM"], *[[c, d, str(q), u] for c, d, q, u in rows]])
    doc.build([Paragraph("Purchase Order", styles["Title"]), Paragraph(f"PO Number: {po}", styles["Normal"]),
               Paragraph("Order Date: 2026-12-01", styles["Normal"]), table])
    return buf.getvalue()


DOCK_PO = ("DL-77101", [("BAG-33G-BLK", "Trash bags 33 gal black", 6, "CS"),
                        ("TAPE-48-CLR", "Packing tape 48 mm clear", 2, "CS")])
YARD_PO = ("DL-77102", [("BAG-45G-CLR", "Trash bags 45 gal clear", 3, "CS")])


def _two_pdf_email(message_id: str, second: tuple[str, list[tuple[str, str, int, str]]] = YARD_PO) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"] = BUYER, "orders@northwind-supply.example"
    msg["Subject"], msg["Message-ID"] = "This week's POs", message_id
    msg.set_content("Hi,\n\nPlease find our two POs for this week attached.\n\nThanks,\nRobert\n")
    for po, rows in (DOCK_PO, second):
        msg.add_attachment(_po_pdf(po, rows), maintype="application", subtype="pdf", filename=f"{po}.pdf")
    return msg.as_bytes()


TWO_PO_BODY = """Hi,

Two orders today, one for each site.

PO DL-88201:
6 cs BAG-33G-BLK
2 cs TAPE-48-CLR
Ship to:
Delta Logistics Dock 4
1420 Regal Row
Dallas, TX 75247

PO DL-88202:
3 cs BAG-45G-CLR
Ship to:
Delta Logistics Fort Worth Yard
3100 Meacham Boulevard
Fort Worth, TX 76106

Thanks,
Robert
"""


def _body_email(message_id: str, body: str = TWO_PO_BODY) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"] = BUYER, "orders@northwind-supply.example"
    msg["Subject"], msg["Message-ID"] = "Orders for both sites", message_id
    msg.set_content(body)
    return msg.as_bytes()


def _orders(svc: Service, message_id: int) -> list[dict[str, Any]]:
    detail = svc.client.get(f"/api/messages/{message_id}").json()
    return [svc.client.get(f"/api/orders/{i}").json() for i in detail["order_ids"]]


def _lines(order: dict[str, Any]) -> list[tuple[str, float]]:
    return sorted((ln["sku"], float(ln["quantity"])) for ln in order["lines"])


def _codes(order: dict[str, Any]) -> set[str]:
    return {r["code"] for r in order["review_reasons"]}


def _documents(svc: Service, order_ids: list[int]) -> dict[int, tuple[int | None, dict[str, Any]]]:
    with svc.db.session() as s:
        return {i: (o.document_id, o.header_provenance) for i in order_ids if (o := s.get(Order, i)) is not None}


def test_an_email_with_two_attached_pos_becomes_two_orders(service: Service):
    """GIVEN an email whose body is a cover note and whose two PDFs are each a PO WHEN it is read
    THEN it is two orders, each with its PDF's lines and PO, filed from its own document, neither a
    duplicate of the other, and the message's page lists both."""
    accepted = service.post_eml(_two_pdf_email("<two-pdfs-1@deltalogistics.example>"))
    service.drain()
    orders = _orders(service, accepted["id"])
    assert sorted(o["po_number"] for o in orders) == ["DL-77101", "DL-77102"]
    by_po = {o["po_number"]: o for o in orders}
    assert _lines(by_po["DL-77101"]) == [("BAG-33G-BLK", 6.0), ("TAPE-48-CLR", 2.0)]
    assert _lines(by_po["DL-77102"]) == [("BAG-45G-CLR", 3.0)]
    for order in orders:
        assert not _codes(order) & {"other_part_has_lines", "duplicate_po"}, order["review_reasons"]
    documents = _documents(service, [o["id"] for o in orders])
    assert len({doc for doc, _ in documents.values()}) == 2  # each order its own PDF
    for order in orders:
        doc_id, provenance = documents[order["id"]]
        assert provenance["po_number"]["value"] == order["po_number"]
        detail = service.client.get(f"/api/messages/{accepted['id']}").json()
        assert doc_id in {d["id"] for d in detail["documents"]}
    log_in(service)
    page = service.client.get(f"/review/messages/{accepted['id']}").text
    for order in orders:
        assert f'href="/review/orders/{order["id"]}"' in page
        assert f"PO {order['po_number']}" in page and f"from {order['po_number']}.pdf" in page
    first, second = sorted(orders, key=lambda o: o["id"])
    order_page = service.client.get(f"/review/orders/{first['id']}").text
    assert "One of 2 orders from this email" in order_page
    assert f'href="/review/orders/{second["id"]}"' in order_page


def test_two_attachments_of_one_po_stay_one_order(sqlite_service: Service):
    """GIVEN two PDFs of the same PO number WHEN read THEN one order, the other part's lines a doubt on it."""
    same_po = (DOCK_PO[0], [("BOX-1212-06", "Corrugated box 12x12x6", 4, "PK")])
    accepted = sqlite_service.post_eml(_two_pdf_email("<same-po-1@deltalogistics.example>", same_po))
    sqlite_service.drain()
    orders = _orders(sqlite_service, accepted["id"])
    assert len(orders) == 1
    assert "other_part_has_lines" in _codes(orders[0])


def test_a_body_with_two_pos_becomes_two_orders_each_with_its_ship_to(service: Service):
    """GIVEN a body writing PO DL-88201 and PO DL-88202 one after the other, each with its lines and ship-to
    WHEN it is read THEN two orders, each with its own lines and ship-to, from the same document."""
    accepted = service.post_eml(_body_email("<two-po-body-1@deltalogistics.example>"))
    service.drain()
    orders = _orders(service, accepted["id"])
    by_po = {o["po_number"]: o for o in orders}
    assert sorted(by_po) == ["DL-88201", "DL-88202"]
    assert _lines(by_po["DL-88201"]) == [("BAG-33G-BLK", 6.0), ("TAPE-48-CLR", 2.0)]
    assert _lines(by_po["DL-88202"]) == [("BAG-45G-CLR", 3.0)]
    assert by_po["DL-88201"]["ship_to"]["city"] == "Dallas"
    assert by_po["DL-88202"]["ship_to"]["city"] == "Fort Worth"
    for order in orders:
        assert "duplicate_po" not in _codes(order)


NUMBERED_SECTIONS = """Hello,

Order 1 - Dallas dock
10 cs BAG-33G-BLK

Order 2 - Fort Worth yard
4 cs BAG-45G-CLR

Both on PO DL-99300 please.

Regards,
Robert
"""


def test_sibling_orders_of_one_po_are_not_each_others_duplicate_when_matched_again(sqlite_service: Service):
    """GIVEN "Order 1 / Order 2" sections under one PO number, from an address we do not know WHEN read, and
    a clerk sets the customer of each (which matches each again against what the database holds, its sibling
    included) THEN neither is flagged as a duplicate of its sibling."""
    svc = sqlite_service
    raw = _body_email("<numbered-1@deltalogistics.example>", NUMBERED_SECTIONS)
    raw = raw.replace(b"rchen@deltalogistics.example", b"robert.chen@freemail.example")
    accepted = svc.post_eml(raw)
    svc.drain()
    orders = _orders(svc, accepted["id"])
    assert [o["po_number"] for o in orders] == ["DL-99300", "DL-99300"]
    assert sorted(_lines(o)[0] for o in orders) == [("BAG-33G-BLK", 10.0), ("BAG-45G-CLR", 4.0)]
    for order in orders:
        assert "unknown_customer" in _codes(order) and "duplicate_po" not in _codes(order)
    for listed in orders:
        with svc.db.session() as s:
            order = s.get(Order, listed["id"])
            assert order is not None
            set_customer(s, order, "C004", "clerk@demo.example", svc.settings)
    for listed in orders:
        again = svc.client.get(f"/api/orders/{listed['id']}").json()
        assert again["customer_id"] == "C004"
        assert "duplicate_po" not in _codes(again), again["review_reasons"]


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_each_order_of_a_message_gets_its_own_acknowledgement(backend: str, tmp_path: Path,
                                                              database_templates: DatabaseTemplates,
                                                              request: pytest.FixtureRequest):
    """GIVEN an email with two attached POs WHEN both orders are approved and ship THEN the buyer gets two
    emails under theirs, each naming its own PO in the subject and carrying its own lines."""
    server = SmtpServer(free_port())
    server.start()
    url = request.getfixturevalue("pg_demo_url") if backend == "postgresql" else None
    svc = acknowledging_service(tmp_path, server.port, database_templates, url)
    try:
        accepted = svc.post_eml(_two_pdf_email("<two-pdfs-ack@deltalogistics.example>"))
        svc.drain()
        for order in _orders(svc, accepted["id"]):
            if order["status"] == "needs_review":
                assert svc.client.post(f"/api/orders/{order['id']}/approve").status_code == 200, order
        svc.drain()
        svc.drain()
        orders = _orders(svc, accepted["id"])
        assert [o["status"] for o in orders] == ["shipped", "shipped"]
        assert len(server.inbox.received) == 2
        subjects = sorted(mail["Subject"] for _, mail in server.inbox.received)
        assert subjects == ["Re: This week's POs (your order DL-77101)", "Re: This week's POs (your order DL-77102)"]
        for _, mail in server.inbox.received:
            assert mail["In-Reply-To"] == "<two-pdfs-ack@deltalogistics.example>"
            body = mail.get_content()
            mine = next(o for o in orders if o["po_number"] in mail["Subject"])
            for line in mine["lines"]:
                assert line["sku"] in body
            other = next(o for o in orders if o is not mine)
            assert all(line["sku"] not in body for line in other["lines"])
    finally:
        svc.client.close()
        svc.db.dispose()
        server.stop()
