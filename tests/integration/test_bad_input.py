"""Bad input ends with a clear reason on that message, the raw bytes kept, and the next message
processed as usual."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP

import pytest

from tests.support.messages import demo_eml
from tests.support.service import Service

pytestmark = pytest.mark.slow


def _email(subject: str, body: str | None, attachment: tuple[bytes, str, str, str] | None = None,
           msg_id: str = "x") -> bytes:
    msg = EmailMessage()
    msg["From"] = "Jane Doe <jane.doe@acme-retail.example>"
    msg["To"] = "orders@northwind-supply.example"
    msg["Subject"] = subject
    msg["Message-ID"] = f"<{msg_id}@acme-retail.example>"
    if body is not None:
        msg.set_content(body)
    if attachment:
        data, maintype, subtype, filename = attachment
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes(policy=SMTP)


CASES = [
    pytest.param(_email("PO 5531", "Order attached.", (b"%PDF-1.7\n1 0 obj << /Type /Catalog >> broken", "application",
                                                        "pdf", "PO-5531.pdf"), "corrupt"),
                 "error", "PO-5531.pdf: could not read PDF", id="corrupt-pdf"),
    pytest.param(b"From: jane.doe@acme-retail.example\r\nSubject: \r\nMessage-ID: <empty@acme-retail.example>\r\n\r\n",
                 "error", "empty email", id="empty-email"),
    pytest.param(_email("Lunch?", "Are you free for lunch on Friday? Looking forward to it.", msg_id="lunch"),
                 "not_an_order", "not an order", id="not-an-order"),
    pytest.param(_email("PO 9", "See attached.", (b"PK\x03\x04garbage", "application", "x-rar", "order.rar"), "rar"),
                 "error", "unsupported attachment type: application/x-rar (order.rar)", id="unknown-attachment"),
]


@pytest.mark.parametrize("raw, status, reason", CASES)
def test_bad_message_gets_a_reason_and_the_service_goes_on(sqlite_service: Service, raw: bytes, status: str,
                                                         reason: str):
    svc = sqlite_service
    bad = svc.post_eml(raw)
    good = svc.post_eml(demo_eml("03"))
    svc.drain()
    message = svc.client.get(f"/api/messages/{bad['id']}").json()
    assert message["status"] == status
    assert reason in message["error"]
    assert message["order_ids"] == []
    assert svc.client.get(f"/api/messages/{bad['id']}/raw").content == raw  # the raw is kept byte for byte
    assert svc.order_for_message(good["id"])["status"] == "shipped"
    # The reason is on the review screen too.
    svc.client.post("/login", data={"email": "api@test.example", "password": "api-password",
                                    "csrf": _csrf(svc)})
    page = svc.client.get("/review/messages").text
    assert reason.split(":")[0] in page


def _csrf(svc: Service) -> str:
    import re

    page = svc.client.get("/login").text
    return re.search(r'name="csrf" value="([^"]+)"', page).group(1)


def test_an_oversized_post_is_refused_clearly(sqlite_service: Service):
    svc = sqlite_service
    svc.settings.max_message_bytes = 1000
    response = svc.client.post("/api/messages", content=b"x" * 2000)
    assert response.status_code == 413
    assert "exceeds the limit" in response.json()["detail"]


def test_an_attached_order_we_cannot_read_goes_to_review_where_the_clerk_types_it(sqlite_service: Service):
    """GIVEN a PDF with a PO number but no table we can read, and a scanned PDF WHEN each is processed
    THEN each becomes an order in review with the reason and what was read, not 'not an order'; and
    the clerk can add the lines, approve, and the order ships."""
    import io

    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=letter, invariant=1)
    pdf.drawString(72, 720, "PURCHASE ORDER   PO Number: 77-12345")
    pdf.drawString(72, 700, "Please supply the items discussed on the phone this morning.")
    pdf.save()
    scan = io.BytesIO()
    image_only = canvas.Canvas(scan, pagesize=letter, invariant=1)
    image_only.rect(72, 600, 200, 100, fill=1)
    image_only.save()
    svc = sqlite_service
    unreadable = svc.post_eml(_email("Order", "See attached.", (buf.getvalue(), "application", "pdf", "po.pdf"),
                                     "unreadable-po"))
    scanned = svc.post_eml(_email("Order", "See attached.", (scan.getvalue(), "application", "pdf", "scan.pdf"),
                                  "scanned-po"))
    svc.drain()
    order = svc.order_for_message(unreadable["id"])
    assert order["status"] == "needs_review" and order["po_number"] == "77-12345"
    assert order["customer_id"] and order["lines"] == []
    assert "no_lines_read" in {r["code"] for r in order["review_reasons"]}
    scan_order = svc.order_for_message(scanned["id"])
    assert "scanned_document" in {r["code"] for r in scan_order["review_reasons"]}

    added = svc.client.post(f"/api/orders/{order['id']}/lines", json={"sku": "TAPE-48-CLR", "quantity": 4})
    assert added.status_code == 201, added.text
    assert svc.client.post(f"/api/orders/{order['id']}/approve").status_code == 200
    svc.drain()
    assert svc.client.get(f"/api/orders/{order['id']}").json()["status"] == "shipped"
