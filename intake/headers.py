"""Header facts: a message's own headers read once, at intake, into what later stages need (sender,
Reply-To, To, subject, the day it was sent, threading ids, whether a machine sent it).

The facts are stored on the message (`InboundMessage`), so processing, the acknowledgement and the
review screen read columns, never the raw headers again. Addresses are read one way everywhere: every
pair with an "@" and no blank in it (control characters dropped), lower-case, display names decoded.
"""

from __future__ import annotations

import re
from datetime import date
from email import policy
from email.message import Message
from email.parser import BytesHeaderParser
from email.utils import getaddresses, parsedate_to_datetime

from intake.charsets import decode_header
from intake.classify import automated_sender
from models.schemas import HeaderFacts

__all__ = ["address", "addresses", "first_values", "header_bytes", "header_facts", "raw_headers",
           "read_header_block"]

CONTROL = re.compile(r"[\x00-\x1f\x7f]")  # never kept in a name or an address
_BLANK_LINE = re.compile(rb"\r?\n\r?\n")


def header_bytes(raw: bytes) -> bytes:
    """The message's header block: its bytes up to and including the first empty line (all of them when
    there is none). The email package's header-only parse still reads the body line by line after it
    (1.8 s for a 64 MB body): given only this, it reads the headers and stops, with the same result."""
    if raw.startswith((b"\n", b"\r\n")):
        return raw[:raw.index(b"\n") + 1]  # no headers at all
    found = _BLANK_LINE.search(raw)
    return raw[:found.end()] if found else raw


def addresses(header_value: str | None) -> list[tuple[str, str | None]]:
    """(address, display name) of every usable address in one raw header value; a malformed header
    gives no address rather than an error."""
    if not header_value:
        return []
    try:
        pairs = getaddresses([str(header_value)])
    except Exception:  # malformed header: keep going without it
        return []
    found = []
    for name, addr in pairs:
        addr = CONTROL.sub("", addr).strip()
        if addr and "@" in addr and " " not in addr:
            found.append((addr.lower(), decode_header(name) or None))
    return found


def address(header_value: str | None) -> tuple[str | None, str | None]:
    """The first usable (address, display name) of a raw header value, or (None, None)."""
    found = addresses(header_value)
    return found[0] if found else (None, None)


def raw_headers(msg: Message) -> dict[str, list[str]]:
    """Lower-case header name -> its raw values, in the order they occur."""
    headers: dict[str, list[str]] = {}
    try:
        items = list(msg.raw_items())
    except Exception:
        items = []
    for name, value in items:
        headers.setdefault(str(name).strip().lower(), []).append(str(value))
    return headers


def first_values(headers: dict[str, list[str]]) -> dict[str, str]:
    """Lower-case header name -> its first value, decoded to one line of text."""
    return {name: decode_header(values[0]) for name, values in headers.items()}


def first(headers: dict[str, list[str]], name: str) -> str | None:
    """A header's first raw value, or None when the message has none."""
    values = headers.get(name)
    return values[0] if values else None


def _sent_on(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return parsedate_to_datetime(decode_header(value)).date()
    except Exception:  # no date, or one no calendar has: the message is read as if it had none
        return None


def header_facts(headers: dict[str, list[str]]) -> HeaderFacts:
    """The facts of a message's top-level headers (`raw_headers` of it). Never raises."""
    from_addr, from_name = address(first(headers, "from"))
    message_id = decode_header(first(headers, "message-id")).split(" ")[0] or None
    return HeaderFacts(
        message_id=message_id,
        from_addr=from_addr,
        from_name=from_name,
        subject=decode_header(first(headers, "subject")),
        reply_to=[addr for addr, _ in addresses(first(headers, "reply-to"))],
        to=[addr for addr, _ in addresses(first(headers, "to"))],
        sent_on=_sent_on(first(headers, "date")),
        in_reply_to=" ".join(decode_header(first(headers, "in-reply-to")).split()) or None,
        references=" ".join(decode_header(first(headers, "references")).split()) or None,
        automated=automated_sender(first_values(headers), from_addr),
    )


def read_header_block(raw: bytes) -> HeaderFacts:
    """The header facts of a raw message, reading its header block only (the body is not parsed)."""
    try:
        msg = BytesHeaderParser(policy=policy.default).parsebytes(header_bytes(raw))
    except Exception:  # the same leniency as the full parse: no facts rather than an error
        return HeaderFacts()
    return header_facts(raw_headers(msg))
