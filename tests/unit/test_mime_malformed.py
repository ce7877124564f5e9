"""Malformed MIME never raises: broken boundaries, truncated base64, injected and duplicate headers,
garbage, depth bombs, random bytes; and every sample .eml we hold parses."""

from __future__ import annotations

import time
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from config import MimeLimits
from intake.mime import parse_message
from tests.support.environment import SHARED_CORPUS

REPO = Path(__file__).resolve().parent.parent.parent


def _valid_multipart() -> bytes:
    msg = EmailMessage()
    msg["From"] = "Jane Buyer <jane@acme-retail.example>"
    msg["To"] = "orders@northwind-supply.example"
    msg["Subject"] = "PO 123"
    msg.set_content("10 x ABC-123\n")
    msg.add_alternative("<p>10 x ABC-123</p>", subtype="html")
    msg.add_attachment(b"sku,qty\nABC-123,10\n", maintype="text", subtype="csv", filename="po.csv")
    return msg.as_bytes(policy=SMTP)


def _nested(depth: int) -> bytes:
    head = b"".join(b"--b%d\r\nContent-Type: multipart/mixed; boundary=b%d\r\n\r\n" % (i, i + 1) for i in range(depth))
    return (b"From: a@b.example\r\nSubject: deep\r\nContent-Type: multipart/mixed; boundary=b0\r\n\r\n" + head
            + b"--b%d\r\nContent-Type: text/plain\r\n\r\n10 x ABC-1\r\n" % depth)


def test_mime_multipart_without_boundary_is_read_as_text():
    """GIVEN a multipart/mixed with no boundary parameter
    WHEN it is parsed
    THEN its content is kept as a text part and a defect says so."""
    parsed = parse_message(b"From: a@b.example\r\nContent-Type: multipart/mixed\r\n\r\n10 x ABC-1\r\n")
    assert [p.content.strip() for p in parsed.parts] == [b"10 x ABC-1"]
    assert any("without usable parts" in d for d in parsed.defects)


def test_mime_missing_closing_boundary_keeps_the_parts():
    """GIVEN a multipart whose closing boundary never comes
    WHEN it is parsed
    THEN the parts before the end are kept and a defect is listed."""
    raw = (b"From: a@b.example\r\nContent-Type: multipart/mixed; boundary=zz\r\n\r\n--zz\r\n"
           b"Content-Type: text/plain\r\n\r\n10 x ABC-1\r\n--zz\r\nContent-Type: text/csv\r\n"
           b"Content-Disposition: attachment; filename=po.csv\r\n\r\nsku,qty\r\n")
    parsed = parse_message(raw)
    assert [p.role for p in parsed.parts] == ["body_text", "attachment"]
    assert parsed.defects


def test_mime_truncated_base64_keeps_what_decodes():
    """GIVEN a base64 body cut off mid-way
    WHEN it is parsed
    THEN no exception, the decodable text is kept and the defect listed."""
    raw = (b"From: a@b.example\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           b"MTAgeCBBQkMtMTIzCjUgeCBE\r\nRUYtNA")
    parsed = parse_message(raw)
    assert parsed.parts[0].content.startswith(b"10 x ABC-123")
    assert parsed.defects


def test_mime_header_injection_and_duplicate_headers():
    """GIVEN a Subject carrying a bare CR and LF-injected text, and two From headers
    WHEN it is parsed
    THEN the subject is one line, the first From is used and a defect names the duplicate."""
    raw = (b"From: Jane <jane@acme-retail.example>\r\nFrom: Mallory <m@evil.example>\r\n"
           b"Subject: PO 1\rBcc: x@evil.example\r\n\r\n10 x ABC-1\r\n")
    parsed = parse_message(raw)
    assert "\r" not in parsed.subject and "\n" not in parsed.subject
    assert parsed.from_addr == "jane@acme-retail.example"
    assert "duplicate from header: the first is used" in parsed.defects


@pytest.mark.parametrize("raw", [
    b"", b"\x00\x01\x02\xff" * 100, b"\r\n\r\n", b"From: <<<@@@>>>\r\nSubject: =?utf-8?B?!!!?=\r\n\r\nhi",
    b"Content-Type: multipart/mixed; boundary=zz\r\n\r\n--zz\r\nbroken",
    b"Content-Type: message/rfc822\r\n\r\n", b"Content-Type: text/plain; charset=\"\r\n\r\nx",
    b"Content-Type: application/zip; name=a.zip\r\nContent-Transfer-Encoding: base64\r\n\r\nUEsDBBQ=",
])
def test_mime_garbage_never_raises(raw):
    """GIVEN garbage, empty input and broken structures
    WHEN they are parsed
    THEN a ParsedMessage comes back."""
    assert parse_message(raw) is not None


def test_mime_depth_bomb_within_python_limits_stops_at_the_nesting_limit():
    """GIVEN multiparts nested 60 deep around an order line
    WHEN parsed with the default limit of 20 levels
    THEN it returns quickly, without the buried part, and a defect names the limit."""
    started = time.monotonic()
    parsed = parse_message(_nested(60))
    assert time.monotonic() - started < 2
    assert parsed.parts == []
    assert "parts nested deeper than 20 levels were not read" in parsed.defects


def test_mime_nesting_within_the_limit_is_read():
    """GIVEN multiparts nested 10 deep
    WHEN parsed
    THEN the order line inside is a part."""
    assert [p.content.strip() for p in parse_message(_nested(10)).parts] == [b"10 x ABC-1"]


def test_mime_depth_bomb_beyond_python_recursion_does_not_raise():
    """GIVEN multiparts nested 3000 deep (more than the email parser can recurse)
    WHEN parsed
    THEN the headers are still read and a defect says the parts were not."""
    parsed = parse_message(_nested(3000), MimeLimits())
    assert parsed.subject == "deep"
    assert "parts nested deeper than 20 levels were not read" in parsed.defects


@settings(max_examples=150, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_mime_random_bytes_never_raise(raw):
    """GIVEN any bytes
    WHEN parsed
    THEN a ParsedMessage comes back within the deadline."""
    parsed = parse_message(raw)
    assert isinstance(parsed.parts, list)


@settings(max_examples=150, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mime_mutated_multipart_never_raises(data):
    """GIVEN a valid multipart order with random bytes replaced, inserted or cut
    WHEN parsed
    THEN a ParsedMessage comes back within the deadline."""
    raw = bytearray(_valid_multipart())
    for _ in range(data.draw(st.integers(1, 8))):
        position = data.draw(st.integers(0, len(raw)))
        action = data.draw(st.sampled_from(["replace", "insert", "cut"]))
        chunk = data.draw(st.binary(min_size=1, max_size=20))
        if action == "replace":
            raw[position:position + len(chunk)] = chunk
        elif action == "insert":
            raw[position:position] = chunk
        else:
            del raw[position:position + len(chunk)]
    parsed = parse_message(bytes(raw))
    assert isinstance(parsed.defects, list)


def _sample_emails() -> list[Path]:
    found = sorted((REPO / "demo").glob("*.eml")) + sorted((REPO / "tests" / "corpus").rglob("*.eml"))
    if SHARED_CORPUS.is_dir():
        found += sorted(SHARED_CORPUS.rglob("*.eml"))
    return found


@pytest.mark.parametrize("path", _sample_emails(), ids=lambda p: p.name)
def test_mime_every_sample_email_parses(path):
    """GIVEN every .eml in demo/, tests/corpus and the shared corpus beside the repository (when present)
    WHEN parsed
    THEN it has a body or attachment, no error, and a sender."""
    parsed = parse_message(path.read_bytes())
    assert parsed.error is None
    assert parsed.parts
    assert parsed.from_addr


def test_mime_shared_corpus_is_present_or_skipped():
    """GIVEN the shared development corpus folder
    WHEN it is missing on this machine
    THEN this is said as a skip rather than silently testing less."""
    if not SHARED_CORPUS.is_dir():
        pytest.skip(f"{SHARED_CORPUS} is not on this machine")
    assert list(SHARED_CORPUS.rglob("*.eml"))
