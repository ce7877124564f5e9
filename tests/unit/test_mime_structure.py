"""MIME structure: multipart kinds, attached and inline-forwarded messages, charsets and encodings."""

from __future__ import annotations

import base64
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import pytest

from intake.mime import forwarded_sender, parse_message

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "mime"


def _message(body: str = "10 x ABC-123\n", sender: str = "Jane Buyer <jane@acme-retail.example>",
             subject: str = "PO 123") -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "orders@northwind-supply.example"
    msg["Subject"] = subject
    msg.set_content(body)
    return msg


def _roles(parsed) -> list[tuple[str, str, str | None]]:
    return [(p.role, p.media_type, p.filename) for p in parsed.parts]


def test_mime_related_inline_image_is_dropped_but_attached_photo_kept():
    """GIVEN an HTML body with a logo referenced by Content-ID (multipart/related) and an attached photo
    WHEN it is parsed
    THEN the logo is not a part and the photo is."""
    msg = _message()
    msg.add_alternative('<p>10 x ABC-123</p><img src="cid:logo">', subtype="html")
    html = msg.get_payload()[1]
    html.add_related(b"\x89PNG logo", maintype="image", subtype="png", cid="<logo>", filename="logo.png")
    msg.add_attachment(b"\xff\xd8 photo", maintype="image", subtype="jpeg", filename="scan.jpg")
    parsed = parse_message(msg.as_bytes(policy=SMTP))
    assert _roles(parsed) == [("body_text", "text/plain", None), ("body_html", "text/html", None),
                              ("attachment", "image/jpeg", "scan.jpg")]


def test_mime_forwarded_as_attachment_gives_parts_and_original_sender():
    """GIVEN a salesperson's message with the buyer's order attached as message/rfc822, with a CSV inside
    WHEN it is parsed
    THEN the inner body and CSV are parts and the inner From is original_from_addr."""
    inner = _message(sender="Bob Birch <bob@birch.example>")
    inner.add_attachment(b"sku,qty\nABC-1,5\n", maintype="text", subtype="csv", filename="po.csv")
    outer = _message(body="see attached", sender="sam@northwind-supply.example")
    outer.add_attachment(inner)
    parsed = parse_message(outer.as_bytes(policy=SMTP))
    assert parsed.original_from_addr == "bob@birch.example"
    assert ("attachment", "text/csv", "po.csv") in _roles(parsed)
    assert [p.content.strip() for p in parsed.parts if p.role == "body_text"] == [b"see attached", b"10 x ABC-123"]


def test_mime_base64_encoded_attached_message_is_opened():
    """GIVEN an attached message/rfc822 sent base64-encoded (as some Outlook versions do)
    WHEN it is parsed
    THEN its body is a part and its sender the original sender."""
    inner = _message(sender="bob@birch.example").as_bytes(policy=SMTP)
    raw = (b"From: sam@northwind-supply.example\r\nSubject: Fwd\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: multipart/mixed; boundary=XX\r\n\r\n--XX\r\nContent-Type: text/plain\r\n\r\nFYI\r\n"
           b"--XX\r\nContent-Type: message/rfc822\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           + base64.encodebytes(inner) + b"--XX--\r\n")
    parsed = parse_message(raw)
    assert parsed.original_from_addr == "bob@birch.example"
    assert any(b"10 x ABC-123" in p.content for p in parsed.parts)


@pytest.mark.parametrize("body", [
    # Gmail
    "FYI\n\n---------- Forwarded message ---------\nFrom: Bob Birch <bob@birch.example>\n"
    "Date: Mon, 23 Nov 2026\nSubject: PO 9\nTo: Sam <sam@northwind-supply.example>\n\n5 x ABC-1\n",
    # Outlook with the Original Message marker and the [mailto:] form
    "Please enter.\n\n-----Original Message-----\nFrom: Bob Birch [mailto:bob@birch.example]\n"
    "Sent: Monday, November 23, 2026 9:12 AM\nTo: Sam\nSubject: PO 9\n\n5 x ABC-1\n",
    # Outlook with the underscore separator
    "Please enter.\n\n________________________________\nFrom: Bob Birch <bob@birch.example>\n"
    "Sent: Monday, November 23, 2026 9:12 AM\nTo: Sam\nSubject: PO 9\n\n5 x ABC-1\n",
    # Outlook header block alone, German
    "Bitte erfassen.\n\nVon: Bob Birch <bob@birch.example>\nGesendet: Montag, 23. November 2026 09:12\n"
    "An: Sam\nBetreff: Bestellung 9\n\n5 x ABC-1\n",
    # Apple Mail
    "Begin forwarded message:\n\n> From: Bob Birch <bob@birch.example>\n> Subject: PO 9\n"
    "> Date: 23 November 2026\n>\n> 5 x ABC-1\n",
])
def test_mime_inline_forward_styles_recover_the_buyer(body):
    """GIVEN an inline forward as Gmail, Outlook (three ways) or Apple Mail writes it
    WHEN it is parsed
    THEN the first From: inside the forwarded block is the original sender."""
    raw = _message(body=body, sender="Sam <sam@northwind-supply.example>").as_bytes(policy=SMTP)
    assert parse_message(raw).original_from_addr == "bob@birch.example"


def test_mime_from_far_below_a_marker_is_not_the_forwarded_sender():
    """GIVEN a forward marker with no From: near it, and a From: line much further down
    WHEN the forwarded sender is looked for
    THEN none is found: a stray From: is not the forwarded block's header."""
    text = "---------- Forwarded message ---------\n" + "filler line\n" * 60 + "From: x@y.example\n"
    assert forwarded_sender(text) is None


def test_mime_hand_written_outlook_forward_fixture():
    """GIVEN a hand-written Outlook forward (.eml fixture) in windows-1252, quoted-printable
    WHEN it is parsed
    THEN the buyer is recovered and the body reads correctly (Müller, €)."""
    parsed = parse_message((CORPUS / "outlook-forward-cp1252.eml").read_bytes())
    assert parsed.original_from_addr == "hans.mueller@baeckerei-mueller.example"
    body = parsed.parts[0].content.decode("utf-8")
    assert "Müller" in body and "12,50 €" in body
    assert parsed.subject == "WG: Bestellung 4711 – Bäckerei Müller"


# ---------------------------------------------------------------- charsets and encodings


@pytest.mark.parametrize(("declared", "data", "expected"), [
    ("utf-8", "Straße 5 x ABC-1 – 3 €".encode(), "Straße 5 x ABC-1 – 3 €"),
    ("windows-1252", "Straße – 3 €".encode("cp1252"), "Straße – 3 €"),
    ("iso-8859-1", "Straße".encode("latin-1"), "Straße"),
    ("iso-8859-15", "Straße 3 €".encode("iso-8859-15"), "Straße 3 €"),
    ("utf-8", "Straße – 3 €".encode("cp1252"), "Straße – 3 €"),  # declared utf-8, written cp1252
    ("iso-8859-1", "“Straße” – 3 €".encode("cp1252"), "“Straße” – 3 €"),  # latin-1 with Windows quotes
    ("windows-1252", "Straße".encode(), "Straße"),  # declared cp1252, written utf-8
    ("x-unknown-charset", "Straße".encode(), "Straße"),
    ("x-unknown-charset", "Straße".encode("cp1252"), "Straße"),
])
def test_mime_body_charsets_decode_to_utf8(declared, data, expected):
    """GIVEN a text body in a given charset, declared rightly, wrongly or with an unknown name
    WHEN it is parsed, in quoted-printable and in base64
    THEN the body part holds the intended text as UTF-8."""
    for encoding in ("quoted-printable", "base64"):
        if encoding == "base64":
            payload = base64.encodebytes(data)
        else:
            import quopri
            payload = quopri.encodestring(data)
        raw = (f"From: a@b.example\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset={declared}"
               f"\r\nContent-Transfer-Encoding: {encoding}\r\n\r\n").encode() + payload
        parsed = parse_message(raw)
        assert parsed.parts[0].content.decode("utf-8").strip() == expected


def test_mime_rfc2047_subject_and_sender_name():
    """GIVEN a Subject and a From display name in RFC 2047 encoded words (Q and B, two charsets)
    WHEN parsed
    THEN both read as text."""
    raw = (b"From: =?iso-8859-1?Q?J=FCrgen_M=FCller?= <jm@baeckerei.example>\r\n"
           b"Subject: =?utf-8?B?QmVzdGVsbHVuZyBmw7xyIEvDtmxu?= PO 77\r\n\r\n5 x ABC-1\r\n")
    parsed = parse_message(raw)
    assert parsed.from_name == "Jürgen Müller"
    assert parsed.from_addr == "jm@baeckerei.example"
    assert parsed.subject == "Bestellung für Köln PO 77"


def test_mime_encoded_name_with_comma_keeps_the_address():
    """GIVEN a From whose encoded display name holds a comma ("Müller, Hans")
    WHEN parsed
    THEN the address and the whole name are read."""
    raw = b"From: =?utf-8?Q?M=C3=BCller=2C_Hans?= <hm@x.example>\r\nSubject: x\r\n\r\nhi\r\n"
    parsed = parse_message(raw)
    assert (parsed.from_addr, parsed.from_name) == ("hm@x.example", "Müller, Hans")


def test_mime_raw_8bit_and_wrongly_encoded_headers():
    """GIVEN a raw UTF-8 Subject without encoding and an encoded word that claims utf-8 but holds cp1252
    WHEN parsed
    THEN both read as intended."""
    raw = ("Subject: Bestellung Köln\r\nFrom: =?utf-8?Q?J=FCrgen?= <j@x.example>\r\n\r\nhi\r\n").encode()
    parsed = parse_message(raw)
    assert parsed.subject == "Bestellung Köln"
    assert parsed.from_name == "Jürgen"


def test_mime_rfc2231_and_encoded_filenames():
    """GIVEN attachments named with RFC 2231 (filename*=UTF-8''...), an RFC 2047 word in quotes and a path
    WHEN parsed
    THEN the filenames read as text, without any path."""
    raw = (b"From: a@b.example\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n"
           b"--B\r\nContent-Type: text/plain\r\n\r\nsee files\r\n"
           b"--B\r\nContent-Type: application/pdf\r\n"
           b"Content-Disposition: attachment; filename*=UTF-8''Bestellung%20K%C3%B6ln.pdf\r\n\r\n%PDF\r\n"
           b"--B\r\nContent-Type: application/octet-stream\r\n"
           b"Content-Disposition: attachment; filename=\"=?UTF-8?B?QsOkY2tlcmVpLmNzdg==?=\"\r\n\r\na,b\r\n"
           b"--B\r\nContent-Type: application/pdf\r\n"
           b"Content-Disposition: attachment; filename=\"..\\\\..\\\\evil.pdf\"\r\n\r\n%PDF\r\n--B--\r\n")
    parsed = parse_message(raw)
    assert [(p.filename, p.media_type) for p in parsed.parts if p.role == "attachment"] == [
        ("Bestellung Köln.pdf", "application/pdf"), ("Bäckerei.csv", "text/csv"), ("evil.pdf", "application/pdf")]
