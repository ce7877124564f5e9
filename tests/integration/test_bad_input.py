"""Bad input ends with a clear reason on that message, the raw bytes kept, and the next message
processed as usual."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP

import pytest

from tests.conftest import Service, demo_eml


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


def test_an_attached_order_we_cannot_read_is_a_problem_not_a_non_order(sqlite_service: Service):
    """GIVEN a PDF with a PO number but no table we can read WHEN it is processed THEN the message is
    a problem the clerk sees, with the PO number, not quietly filed as 'not an order'."""
    import io

    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=letter, invariant=1)
    pdf.drawString(72, 720, "PURCHASE ORDER   PO Number: 77-12345")
    pdf.drawString(72, 700, "Please supply the items discussed on the phone this morning.")
    pdf.save()
    svc = sqlite_service
    accepted = svc.post_eml(_email("Order", "See attached.", (buf.getvalue(), "application", "pdf", "po.pdf"),
                                   "unreadable-po"))
    svc.drain()
    message = svc.client.get(f"/api/messages/{accepted['id']}").json()
    assert message["status"] == "error"
    assert "looks like an order (PO 77-12345)" in message["error"]
