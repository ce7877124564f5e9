"""MIME splitting: bodies and attachments, forwards, charsets, broken input that must not raise."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP

from intake.mime import parse_message


def _message(**kw) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = kw.get("sender", "Jane Buyer <jane@acme-retail.example>")
    msg["To"] = "orders@northwind-supply.example"
    msg["Subject"] = kw.get("subject", "PO 123")
    msg["Message-ID"] = "<m1@acme-retail.example>"
    msg.set_content(kw.get("body", "10 x ABC-123\n"))
    return msg


def test_bodies_and_attachments_become_parts():
    msg = _message()
    msg.add_alternative("<p>10 x ABC-123</p>", subtype="html")
    msg.add_attachment(b"%PDF-1.4 ...", maintype="application", subtype="pdf", filename="po.pdf")
    parsed = parse_message(msg.as_bytes(policy=SMTP))
    assert [(p.role, p.media_type, p.filename) for p in parsed.parts] == [
        ("body_text", "text/plain", None), ("body_html", "text/html", None),
        ("attachment", "application/pdf", "po.pdf"),
    ]
    assert parsed.from_addr == "jane@acme-retail.example"
    assert parsed.message_id == "<m1@acme-retail.example>"


def test_inline_forward_recovers_the_buyer():
    body = ("FYI, order from Birch below.\n\n---------- Forwarded message ---------\n"
            "From: Bob Birch <bob@birch.example>\nDate: Mon, 23 Nov 2026\nSubject: PO 9\n\n5 x ABC-1\n")
    parsed = parse_message(_message(sender="sam@northwind-supply.example", body=body).as_bytes(policy=SMTP))
    assert parsed.original_from_addr == "bob@birch.example"


def test_attached_message_recovers_the_buyer():
    inner = _message(sender="bob@birch.example")
    outer = _message(sender="sam@northwind-supply.example", body="see attached")
    outer.add_attachment(inner)
    parsed = parse_message(outer.as_bytes(policy=SMTP))
    assert parsed.original_from_addr == "bob@birch.example"
    assert sum(p.role == "body_text" for p in parsed.parts) == 2


def test_wrong_declared_charset_is_survived():
    raw = (b"From: a@b.example\r\nSubject: x\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
           b"Stra\xdfe 5 x ABC-1\r\n")
    parsed = parse_message(raw)
    assert "Straße" in parsed.parts[0].content.decode("utf-8")


def test_garbage_does_not_raise():
    for raw in (b"", b"\x00\x01\x02", b"Content-Type: multipart/mixed; boundary=zz\r\n\r\n--zz\r\nbroken",
                b"From: <<<@@@>>>\r\nSubject: =?utf-8?B?!!!?=\r\n\r\nhi"):
        parsed = parse_message(raw)
        assert parsed is not None
