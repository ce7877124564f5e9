"""What reading a very large message costs at intake (issue 18: a 64 MB message took 8-10 s to parse).

Before: the sender check parsed the whole message to read its headers, dkimpy split the whole message of
an unsigned one only to find no signature, the MIME split walked a single-part body line by line, and a
forwarded sender was searched for through all of the body; no size limit applied to a message from a
mailbox. These tests count the work (lines the email package's parser reads, dkimpy's reads) rather than
time it; bench/big_message.py measures the time (docs/benchmarks.md)."""

from __future__ import annotations

import email.feedparser
from email.message import EmailMessage
from email.policy import SMTP

import dkim
import pytest

from config import MimeLimits, SenderAuthConfig
from intake.headers import header_bytes, read_header_block
from intake.mime import parse_message
from intake.sender_auth import authenticate
from models.schemas import MessageSource

LINES = 50_000


def _order(lines: int = LINES, cte: str = "8bit") -> bytes:
    msg = EmailMessage()
    msg["From"] = "Jane Doe <jane.doe@acme-retail.example>"
    msg["To"] = "orders@northwind-supply.example"
    msg["Subject"] = "PO 4471"
    msg["Message-ID"] = "<big@acme-retail.example>"
    msg.set_content("".join(f"{1 + n % 9} x TAPE-48-CLR clear tape\n" for n in range(lines)), cte=cte)
    return msg.as_bytes(policy=SMTP)


@pytest.fixture
def lines_read(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many lines the email package's parser reads (the stdlib's line reader, counted)."""
    count = [0]
    readline = email.feedparser.BufferedSubFile.readline

    def counted(self):  # type: ignore[no-untyped-def]
        count[0] += 1
        return readline(self)

    monkeypatch.setattr(email.feedparser.BufferedSubFile, "readline", counted)
    return count


def test_a_single_part_body_is_not_read_line_by_line(lines_read: list[int]):
    for cte in ("8bit", "quoted-printable", "base64"):
        raw = _order(cte=cte)
        lines_read[0] = 0
        parsed = parse_message(raw)
        assert lines_read[0] < 100, (cte, lines_read[0])
        body = next(p for p in parsed.parts if p.role == "body_text").content.decode()
        assert body.count("TAPE-48-CLR") == LINES and body.splitlines()[0] == "1 x TAPE-48-CLR clear tape"
        assert parsed.headers.subject == "PO 4471" and parsed.headers.from_addr == "jane.doe@acme-retail.example"
        assert parsed.error is None and parsed.defects == []


def test_the_sender_check_reads_the_header_block_only(lines_read: list[int], monkeypatch: pytest.MonkeyPatch):
    read_by_dkimpy = []
    original = dkim.DKIM.__init__

    def counted(self, message=None, *args, **kwargs):  # type: ignore[no-untyped-def]
        read_by_dkimpy.append(len(message or b""))
        original(self, message, *args, **kwargs)

    monkeypatch.setattr(dkim.DKIM, "__init__", counted)
    raw = _order()
    found = authenticate(raw, MessageSource("imap", mailbox="orders"), SenderAuthConfig())
    assert lines_read[0] < 100 and read_by_dkimpy == []  # unsigned: nothing for dkimpy to verify
    assert found.status == "none" and [(c.method, c.result) for c in found.checks] == [("dkim", "none")]
    assert read_header_block(raw).subject == "PO 4471" and lines_read[0] < 200


def test_a_message_over_the_size_limit_is_kept_in_error_without_reading_it(lines_read: list[int]):
    raw = _order()
    parsed = parse_message(raw, MimeLimits(max_message_bytes=len(raw) - 1))
    assert parsed.parts == [] and parsed.error and "exceeds the" in parsed.error and "not read" in parsed.error
    assert parsed.headers.subject == "PO 4471" and lines_read[0] < 100
    assert parse_message(raw, MimeLimits(max_message_bytes=len(raw))).error is None


def test_the_header_block_ends_at_the_first_empty_line():
    assert header_bytes(b"Subject: a\r\nFrom: b@c\r\n\r\nbody\r\n\r\nmore") == b"Subject: a\r\nFrom: b@c\r\n\r\n"
    assert header_bytes(b"Subject: a\n\nbody") == b"Subject: a\n\n"
    assert header_bytes(b"Subject: a\nFrom: b@c") == b"Subject: a\nFrom: b@c"  # no body at all
    assert header_bytes(b"\r\nbody only") == b"\r\n"


def test_a_header_block_broken_by_a_line_that_is_no_header_reads_as_the_full_parse_does():
    raw = b"From: jane.doe@acme-retail.example\r\nSubject: PO 1\r\nnot a header line\r\n10 x TAPE\r\n\r\nrest\r\n"
    parsed = parse_message(raw)
    body = b"".join(p.content for p in parsed.parts if p.role == "body_text").decode()
    assert "not a header line" in body and "10 x TAPE" in body and "rest" in body


# Every email of the corpora a test may read (the held-out sets are never opened), and shapes the
# structure search leaves to the full parse or must read exactly as it does.
_READABLE_SETS = ("buyers-voice", "demo", "fifteenth-look", "fifth-look", "fourth-look", "mime", "ninth-look",
                  "second-look", "sender-auth", "seventh-look", "sixteenth-look", "sixth-look", "synthetic",
                  "tenth-look", "twelfth-look")
_B = b"From: a@b.example\r\nSubject: s\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"XX\"\r\n\r\n"
_SHAPES = {
    "preamble and epilogue": _B + b"preamble\r\n--XX\r\nContent-Type: text/plain\r\n\r\n2 x A\r\n--XX  \r\n"
                             b"Content-Type: text/csv\r\nContent-Disposition: attachment; filename=a.csv\r\n\r\n"
                             b"sku,qty\r\nA,2\r\n\r\n--XX--\r\nepilogue\r\n--XX\r\nnot a part\r\n",
    "nested alternative": _B + b"--XX\r\nContent-Type: multipart/alternative; boundary=YY\r\n\r\n--YY\r\n"
                          b"Content-Type: text/plain\r\n\r\n3 x B\r\n--YY\r\nContent-Type: text/html\r\n\r\n"
                          b"<p>3 x B</p>\r\n--YY--\r\n--XX\r\nContent-Type: text/plain\r\n\r\nmore\r\n--XX--\r\n",
    "no close boundary": _B + b"--XX\r\nContent-Type: text/plain\r\n\r\n1 x C\r\n",
    "bare CR line ends": _B.replace(b"\r\n", b"\r") + b"--XX\rContent-Type: text/plain\r\r1 x D\r--XX--\r",
    "LF line ends": _B.replace(b"\r\n", b"\n") + b"--XX\nContent-Type: text/plain\n\n1 x E\n\n--XX--",
    "empty part": _B + b"--XX\r\n--XX\r\nContent-Type: text/plain\r\n\r\n1 x F\r\n--XX--\r\n",
    "part without headers": _B + b"--XX\r\n\r\n1 x G\r\n--XX--\r\n",
    "part without a blank line": _B + b"--XX\r\nContent-Type: text/plain\r\n1 x H\r\n--XX--\r\n",
    "digest": _B.replace(b"mixed", b"digest") + b"--XX\r\n\r\nFrom: c@d.example\r\n\r\n1 x I\r\n--XX--\r\n",
    "attached message": _B + b"--XX\r\nContent-Type: message/rfc822\r\n\r\nFrom: c@d.example\r\nSubject: x\r\n\r\n"
                        b"1 x J\r\n--XX--\r\n",
    "base64 multipart": _B.replace(b"MIME-Version", b"Content-Transfer-Encoding: base64\r\nMIME-Version")
                        + b"--XX\r\nContent-Type: text/plain\r\n\r\n1 x K\r\n--XX--\r\n",
    "no boundary parameter": _B.replace(b'; boundary="XX"', b"") + b"--XX\r\n\r\n1 x L\r\n--XX--\r\n",
    "8-bit and base64 parts": _B + b"--XX\r\nContent-Type: text/plain; charset=latin-1\r\n\r\n1 x caf\xe9\r\n--XX\r\n"
                              b"Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\nMSB4IE0K\r\n"
                              b"--XX--\r\n",
    "headers only": b"From: a@b.example\r\nSubject: only headers\r\n",
    "no headers": b"\r\n2 x N\r\n",
    "a line that is no header": b"From: a@b.example\r\nnot a header\r\n\r\n2 x O\r\n",
}


def _facts(parsed):  # type: ignore[no-untyped-def]
    return (parsed.headers, parsed.original_from_addr, parsed.defects, parsed.error, parsed.refused,
            parsed.not_an_order, [(p.index, p.role, p.media_type, p.filename, p.content, p.alternative)
                                  for p in parsed.parts])


def test_the_structure_search_reads_every_message_as_the_full_parse_does():
    from pathlib import Path

    from intake.mime import _parse

    corpus = Path(__file__).resolve().parent.parent / "corpus"
    emails = {str(path): path.read_bytes() for name in _READABLE_SETS
              for path in sorted((corpus / name).rglob("*.eml"))}
    assert len(emails) > 400
    for name, raw in {**emails, **_SHAPES}.items():
        assert _facts(_parse(raw, MimeLimits())) == _facts(_parse(raw, MimeLimits(), fast=False)), name


def test_a_multipart_message_is_not_read_line_by_line(lines_read: list[int]):
    msg = EmailMessage()
    msg["From"], msg["Subject"] = "Jane Doe <jane.doe@acme-retail.example>", "PO 4471"
    msg.set_content("Order attached.")
    msg.add_alternative("<p>Order attached.</p>", subtype="html")
    msg.add_attachment(b"%PDF-1.4\n" + b"0" * 4_000_000, maintype="application", subtype="pdf", filename="po.pdf")
    parsed = parse_message(msg.as_bytes(policy=SMTP))
    assert [(p.role, p.media_type) for p in parsed.parts] == [
        ("body_text", "text/plain"), ("body_html", "text/html"), ("attachment", "application/pdf")]
    assert len(parsed.parts[2].content) == 4_000_009 and lines_read[0] < 100
