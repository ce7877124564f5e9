"""MIME splitting: one raw RFC 822 message -> the parts that may hold order content."""

from __future__ import annotations

import email
import re
from email import policy
from email.message import EmailMessage, Message
from email.utils import getaddresses

from models.schemas import ParsedMessage, Part

# Inline forwards as Gmail, Outlook and Apple Mail write them; the first From: after the marker is
# the buyer who wrote the order.
_FORWARD_MARKERS = re.compile(
    r"^\s*(-{5,}\s*Forwarded message\s*-{5,}|-{3,}\s*Original Message\s*-{3,}|Begin forwarded message:)",
    re.IGNORECASE | re.MULTILINE,
)
_FORWARD_FROM = re.compile(r"^\s*\*?From:\*?\s*(.+)$", re.IGNORECASE | re.MULTILINE)


def _address(header_value: str | None) -> tuple[str | None, str | None]:
    if not header_value:
        return None, None
    try:
        pairs = getaddresses([str(header_value)])
    except Exception:  # malformed header: keep going without a sender
        return None, None
    for name, addr in pairs:
        if addr and "@" in addr:
            return addr.strip().lower(), (name or None)
    return None, None


def _header(msg: Message, name: str) -> str | None:
    try:
        value = msg.get(name)
    except Exception:  # a header the policy cannot parse is treated as absent
        return None
    return str(value) if value is not None else None


def _text_of(part: Message) -> str:
    """Decoded text of a text/* part, surviving wrong or unknown declared charsets."""
    payload = part.get_payload(decode=True) or b""
    charset = part.get_content_charset() or "utf-8"
    for candidate in (charset, "utf-8", "windows-1252"):
        try:
            return payload.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("utf-8", errors="replace")


def forwarded_sender(text: str) -> str | None:
    """The original author's address in an inline-forwarded body, if there is one."""
    marker = _FORWARD_MARKERS.search(text)
    if not marker:
        return None
    found = _FORWARD_FROM.search(text, marker.end())
    if not found:
        return None
    addr, _ = _address(found.group(1).replace("[mailto:", " <").replace("]", ">"))
    return addr


def _walk(msg: Message, parts: list[Part], inner_senders: list[str]) -> None:
    for sub in msg.walk():
        if sub.is_multipart():
            continue
        ctype = sub.get_content_type()
        if ctype == "message/rfc822":
            # Handled by walk() already on most policies, but a non-multipart wrapper needs this.
            continue
        disposition = (sub.get_content_disposition() or "").lower()
        filename = sub.get_filename()
        is_attachment = disposition == "attachment" or (filename is not None and disposition != "inline")
        if ctype.startswith("image/") and not is_attachment:
            continue  # logos and inline images are never order content
        if not is_attachment and ctype in ("text/plain", "text/html"):
            text = _text_of(sub)
            role = "body_text" if ctype == "text/plain" else "body_html"
            parts.append(Part(len(parts), role, ctype, None, text.encode("utf-8")))
            continue
        if ctype in ("text/plain", "text/csv", "text/html", "text/tab-separated-values") and is_attachment:
            content = _text_of(sub).encode("utf-8")
        else:
            content = sub.get_payload(decode=True) or b""
        parts.append(Part(len(parts), "attachment", ctype, filename, content))
    for sub in msg.walk():
        if sub.get_content_type() == "message/rfc822":
            payload = sub.get_payload()
            inner = payload[0] if isinstance(payload, list) and payload else None
            if isinstance(inner, Message):
                addr, _ = _address(_header(inner, "From"))
                if addr:
                    inner_senders.append(addr)


def parse_message(raw: bytes) -> ParsedMessage:
    """Split a raw message into parts. Never raises: defects are reported on the result."""
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    defects = [type(d).__name__ for d in getattr(msg, "defects", [])]
    from_addr, from_name = _address(_header(msg, "From"))
    parts: list[Part] = []
    inner_senders: list[str] = []
    try:
        _walk(msg, parts, inner_senders)
    except Exception as exc:  # a broken structure keeps whatever parts were read before it
        defects.append(f"mime structure: {exc}")
    original = inner_senders[0] if inner_senders else None
    if original is None:
        for part in parts:
            if part.role == "body_text":
                original = forwarded_sender(part.content.decode("utf-8", errors="replace"))
                if original:
                    break
    return ParsedMessage(
        message_id=(_header(msg, "Message-ID") or "").strip() or None,
        from_addr=from_addr,
        from_name=from_name,
        subject=_header(msg, "Subject") or "",
        original_from_addr=original,
        parts=parts,
        defects=defects,
    )
