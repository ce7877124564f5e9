"""MIME splitting: one raw RFC 822 message -> the parts that may hold order content.

`parse_message` never raises. What it could not read is listed in `defects`; an attachment or
archive over a limit is skipped with a sentence naming the file and the limit, and that sentence
becomes the message's `error` when nothing else in the message holds anything. Containers (attached
messages, zip, TNEF winmail.dat, Outlook .msg) are opened into parts; see `intake.archives`.
"""

from __future__ import annotations

import base64
import email
import mimetypes
import quopri
import re
from dataclasses import dataclass, field
from email import policy
from email.message import Message
from email.parser import BytesHeaderParser
from pathlib import PurePosixPath

from config import MimeLimits
from intake.archives import (
    ArchiveRefused,
    ArchiveUnreadable,
    Container,
    ZipBudget,
    human_size,
    msg_contents,
    tnef_contents,
    zip_members,
)
from intake.charsets import decode_bytes, decode_header
from intake.classify import not_an_order_reason
from intake.headers import CONTROL, address, first, first_values, header_bytes, header_facts, raw_headers
from models.schemas import HeaderFacts, ParsedMessage, Part
from vocabulary.mail_headers import BEGIN_FORWARDED, FORWARDED_MESSAGE, FROM_LABEL, ORIGINAL_MESSAGE, SENT_LABEL

__all__ = ["forwarded_sender", "parse_message"]


# Inline forwards as Gmail, Outlook and Apple Mail write them, in the languages of vocabulary/mail_headers.py; the
# first From: shortly after the marker is the buyer who wrote the order.
_FORWARD_MARKERS = re.compile(
    rf"^[ \t>]*(-{{5,}}\s*{FORWARDED_MESSAGE}\s*-{{5,}}|-{{3,}}\s*{ORIGINAL_MESSAGE}\s*-{{3,}}|{BEGIN_FORWARDED}\s?:"
    r"|_{10,}\s*$)",
    re.IGNORECASE | re.MULTILINE,
)
_FROM_LABEL = rf"[ \t>]*\*?{FROM_LABEL}\s?:\*?[ \t]*"
_FORWARD_FROM = re.compile(rf"^{_FROM_LABEL}(.+)$", re.IGNORECASE | re.MULTILINE)
# Outlook's header block without a marker line: From: ... then Sent: within a few lines.
_OUTLOOK_BLOCK = re.compile(
    rf"^{_FROM_LABEL}(.+)\r?\n(?:[^\n]*\n){{0,3}}?[ \t>]*\*?{SENT_LABEL}\s?:",
    re.IGNORECASE | re.MULTILINE,
)
# How much of a body is searched for an inline forward's From: line (forwarded_sender).
_FORWARD_SCAN_BYTES = 1024 * 1024
_TEXT_TYPES = {"text/plain", "text/csv", "text/html", "text/tab-separated-values"}
_ZIP_TYPES = {"application/zip", "application/x-zip-compressed", "application/x-zip"}
_TNEF_TYPES = {"application/ms-tnef", "application/vnd.ms-tnef"}
_MSG_TYPES = {"application/vnd.ms-outlook", "application/x-msg"}
_GENERIC_TYPES = {"application/octet-stream", "application/binary", "application/unknown", "application/force-download"}


def forwarded_sender(text: str) -> str | None:
    """The original author's address in an inline-forwarded body, if there is one."""
    starts = [m.end() for m in _FORWARD_MARKERS.finditer(text)]
    starts += [m.start() for m in _OUTLOOK_BLOCK.finditer(text)]
    for start in sorted(starts):
        # The From: line belongs to the forwarded block only when it follows the marker closely.
        found = _FORWARD_FROM.search(text, start, start + 400)
        if found:
            value = found.group(1).replace("[mailto:", " <").replace("]", ">")
            addr, _ = address(value)
            if addr:
                return addr
    return None


def _clean_filename(value: str | None) -> str | None:
    if not value:
        return None
    name = decode_header(value) if "=?" in value or any("\udc80" <= c <= "\udcff" for c in value) else value
    # A filename is a name, not a path: "../../x.pdf" and "C:\\x.pdf" become "x.pdf".
    name = PurePosixPath(CONTROL.sub("", name).replace("\\", "/")).name.strip().strip('"')
    return name or None


def _media_type(filename: str | None, declared: str) -> str:
    if declared in _GENERIC_TYPES and filename:
        guessed, _ = mimetypes.guess_type(filename, strict=False)
        if guessed:
            return guessed
    return declared


def _ext(filename: str | None) -> str:
    return PurePosixPath(filename or "").suffix.lower()


def _container_kind(filename: str | None, media_type: str) -> str | None:
    name = (filename or "").lower()
    if name == "winmail.dat" or media_type in _TNEF_TYPES:
        return "tnef"
    if _ext(filename) == ".msg" or media_type in _MSG_TYPES:
        return "msg"
    if _ext(filename) == ".zip" or (media_type in _ZIP_TYPES and _ext(filename) in ("", ".zip")):
        return "zip"
    return None


@dataclass
class _Reader:
    """Collects the parts of one message while walking it, with what it refused and why."""

    limits: MimeLimits
    budget: ZipBudget
    parts: list[Part] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)
    refusals: list[str] = field(default_factory=list)
    senders: list[str] = field(default_factory=list)
    # Which multipart/alternative the walk is inside (None inside an attached message): bodies added
    # there are versions of one body, not separate texts.
    alternatives: list[int | None] = field(default_factory=list)
    _alternative_count: int = 0

    def defect(self, sentence: str) -> None:
        if sentence not in self.defects:
            self.defects.append(sentence)

    def add(self, role: str, media_type: str, filename: str | None, content: bytes) -> None:
        group = self.alternatives[-1] if self.alternatives and role != "attachment" else None
        self.parts.append(Part(len(self.parts), role, media_type, filename, content, group))

    def walk(self, node: Message, depth: int, in_related: bool = False) -> None:
        if depth > self.limits.max_depth:
            self.defect(f"parts nested deeper than {self.limits.max_depth} levels were not read")
            return
        try:
            self._read(node, depth, in_related)
        finally:
            # Decoding a payload adds its own defects (bad base64 padding), so they are read last.
            for found in getattr(node, "defects", []) or []:
                self.defect(type(found).__name__)

    def _read(self, node: Message, depth: int, in_related: bool) -> None:
        try:
            ctype = node.get_content_type()
        except Exception:
            ctype = "text/plain"
        if ctype == "message/rfc822" or (node.is_multipart() and ctype.startswith("message/")):
            self._attached_message(node, depth)
            return
        if node.is_multipart():
            payload = node.get_payload()
            if ctype == "multipart/alternative":
                self._alternative_count += 1
                self.alternatives.append(self._alternative_count)
            try:
                for child in payload if isinstance(payload, list) else []:
                    if isinstance(child, Message):
                        self._guarded(child, depth + 1, ctype == "multipart/related")
            finally:
                if ctype == "multipart/alternative":
                    self.alternatives.pop()
            return
        if node.get_content_maintype() == "multipart":
            # No boundary, or one that never occurs: what is there is read as plain text.
            self.defect(f"{ctype} without usable parts: its content was read as plain text")
            text = decode_bytes(_payload_bytes(node))
            if text.strip():
                self.add("body_text", "text/plain", None, text.encode("utf-8"))
            return
        self._leaf(node, ctype, depth, in_related)

    def _guarded(self, node: Message, depth: int, in_related: bool) -> None:
        try:
            self.walk(node, depth, in_related)
        except RecursionError:
            self.defect(f"parts nested deeper than {self.limits.max_depth} levels were not read")
        except Exception as exc:  # one broken part must not cost the others
            self.defect(f"a part could not be read ({type(exc).__name__}: {exc})")

    def _guarded_file(self, filename: str | None, content: bytes) -> None:
        """A file as an attachment of generic type at the top of a message (parse_document)."""
        try:
            self.add_file(filename, "application/octet-stream", content, 1)
        except Exception as exc:  # as for a part of a message: a defect, never an exception
            self.defect(f"a part could not be read ({type(exc).__name__}: {exc})")

    def _attached_message(self, node: Message, depth: int) -> None:
        payload = node.get_payload()
        inner: Message | None = None
        encoding = str(node.get("Content-Transfer-Encoding", "")).strip().lower()
        if isinstance(payload, list) and payload and isinstance(payload[0], Message):
            inner = payload[0]
            text = inner.get_payload()
            if encoding in ("base64", "quoted-printable") and not inner.keys() and isinstance(text, str):
                # The parser read the encoded text as a message of its own: decode it, then parse that.
                data = text.encode("ascii", "ignore")
                data = base64.b64decode(data + b"==", validate=False) if encoding == "base64" else (
                    quopri.decodestring(data))
                inner = email.message_from_bytes(data, policy=policy.default)
        else:
            data = _payload_bytes(node)  # an attached message sent base64-encoded
            if data.strip():
                inner = email.message_from_bytes(data, policy=policy.default)
        if inner is None:
            return
        addr, _ = address(first(raw_headers(inner), "from"))
        if addr:
            self.senders.append(addr)
        self.alternatives.append(None)  # an attached message's bodies are its own, not a twin of ours
        try:
            self._guarded(inner, depth + 1, False)
        finally:
            self.alternatives.pop()

    def _leaf(self, node: Message, ctype: str, depth: int, in_related: bool) -> None:
        try:
            disposition = (node.get_content_disposition() or "").lower()
        except Exception:
            disposition = ""
        try:
            filename = _clean_filename(node.get_filename())
        except Exception:
            filename = None
            self.defect("an attachment's filename could not be read")
        is_attachment = disposition == "attachment" or (filename is not None and disposition != "inline")
        if ctype.startswith("image/") and (not is_attachment or (in_related and node.get("Content-ID"))):
            return  # logos and inline images are never order content
        if not is_attachment and ctype in ("text/plain", "text/html"):
            text = decode_bytes(_payload_bytes(node), _charset(node))
            role = "body_text" if ctype == "text/plain" else "body_html"
            self.add(role, ctype, None, text.encode("utf-8"))
            return
        self.add_file(filename, ctype, _payload_bytes(node), depth, _charset(node))

    def add_file(self, filename: str | None, media_type: str, content: bytes, depth: int,
                 charset: str | None = None) -> None:
        label = filename or media_type
        if len(content) > self.limits.max_attachment_bytes:
            self.refusals.append(f"{label}: attachment of {human_size(len(content))} exceeds the "
                                 f"{human_size(self.limits.max_attachment_bytes)} limit")
            return
        media_type = _media_type(filename, media_type)
        kind = _container_kind(filename, media_type)
        if kind is not None:
            if depth >= self.limits.max_depth:
                self.defect(f"{label}: nested deeper than {self.limits.max_depth} levels, not opened")
            elif self._open_container(kind, label, content, depth):
                return
            # An unreadable container is kept as it came: nothing is dropped.
        if media_type in _TEXT_TYPES:
            content = decode_bytes(content, charset).encode("utf-8")
        self.add("attachment", media_type, filename, content)

    def _open_container(self, kind: str, label: str, content: bytes, depth: int) -> bool:
        try:
            if kind == "zip":
                container = zip_members(content, self.budget)
            elif kind == "tnef":
                container = tnef_contents(content)
                container.sender = None  # winmail.dat is this very message, not a forwarded one
            else:
                container = msg_contents(content)
        except ArchiveRefused as refused:
            self.refusals.append(f"{label}: {refused}")
            return True
        except ArchiveUnreadable as unreadable:
            self.defect(f"{label}: {unreadable}")
            return False
        self._add_container(label, container, depth + 1)
        return True

    def _add_container(self, label: str, container: Container, depth: int) -> None:
        if container.sender:
            addr, _ = address(container.sender)
            if addr:
                self.senders.append(addr)
        if container.body_text:
            self.add("body_text", "text/plain", None, container.body_text.encode("utf-8"))
        if container.body_html:
            self.add("body_html", "text/html", None, container.body_html.encode("utf-8"))
        for name, data in container.files:
            clean = _clean_filename(name)
            guessed, _ = mimetypes.guess_type(clean or "", strict=False)
            self.add_file(clean, guessed or "application/octet-stream", data, depth)
        for note in container.notes:
            self.defect(f"{label}: {note}")
        for nested in container.nested:
            if depth < self.limits.max_depth:
                self._add_container(label, nested, depth + 1)


def _payload_bytes(node: Message) -> bytes:
    try:
        payload = node.get_payload(decode=True)
    except Exception:
        payload = None
    if isinstance(payload, bytes):
        return payload
    raw = node.get_payload()
    if isinstance(raw, str):
        return raw.encode("utf-8", "surrogateescape")
    return b""


def _charset(node: Message) -> str | None:
    try:
        return node.get_content_charset()
    except Exception:
        return None


def _report_type(msg: Message) -> str | None:
    try:
        value = msg.get_param("report-type")
    except Exception:
        return None
    return value if isinstance(value, str) else None


def parse_message(raw: bytes, limits: MimeLimits = MimeLimits()) -> ParsedMessage:  # noqa: B008
    """Split a raw message into parts. Never raises: defects and refusals are reported on the result."""
    try:
        return _parse(bytes(raw) if not isinstance(raw, str) else raw.encode("utf-8", "surrogateescape"), limits)
    except Exception as exc:  # the last line of defence: the message is parked with a reason, never lost
        reason = f"the message could not be read as email ({type(exc).__name__}: {exc})"
        return ParsedMessage(headers=HeaderFacts(), original_from_addr=None, parts=[], defects=[reason], error=reason)


def parse_document(filename: str, content: bytes, limits: MimeLimits = MimeLimits()) -> ParsedMessage:  # noqa: B008
    """A document that arrived alone (a file on disk) split as the one attachment of a message sent with a
    generic type would be: its type guessed from its name, its charset repaired, an archive opened, a size
    over the limit refused. No message is written and parsed again for it (base64 both ways cost more than
    reading a small PDF). Never raises."""
    reader = _Reader(limits, ZipBudget(limits.zip_max_members, limits.zip_max_total_bytes, limits.zip_max_ratio))
    reader._guarded_file(_clean_filename(filename), content)
    error = _refusal_error(reader)
    return ParsedMessage(headers=HeaderFacts(), original_from_addr=reader.senders[0] if reader.senders else None,
                         parts=reader.parts, defects=reader.defects, error=error, refused=list(reader.refusals))


# Content-Transfer-Encodings a multipart may declare; any other is a defect the full parse reports.
_PLAIN_ENCODINGS = ("", "7bit", "8bit", "binary")
_FAST_DEPTH = 10  # deeper nesting is rare enough to leave to the full parse


def _structure(raw: bytes, depth: int = 0) -> Message | None:
    """The message's tree as `email.message_from_bytes` builds it, without its line-by-line walk (~1.5 s
    for 64 MB, whatever the parts hold): each header block is parsed alone and each body is found by
    searching for its boundary, so the cost is a few passes of C-speed search over the bytes. Only the
    plain shape is taken: any defect, an attached message, a digest, a missing close boundary, an empty
    part, bare CR line ends, deep nesting give None, and the full parse reads the message as it always did
    (and reports what it finds). The result is the same tree for what is read of it: the same headers, parts
    and payloads (ASCII with surrogate escapes, the line end before each boundary belonging to the boundary);
    a preamble or epilogue, which nothing reads, may differ by an empty one for none.
    """
    if depth > _FAST_DEPTH:
        return None
    head = header_bytes(raw)
    try:
        msg = BytesHeaderParser(policy=policy.default).parsebytes(head)
        maintype = msg.get_content_maintype()
        encoding = str(msg.get("Content-Transfer-Encoding", "")).strip().lower()
    except Exception:
        return None
    if msg.defects or not head.endswith(b"\n") or maintype == "message":
        return None
    body = raw[len(head):]
    if maintype != "multipart":
        msg.set_payload(body.decode("ascii", "surrogateescape"))
        return msg
    boundary = msg.get_boundary()
    if not boundary or msg.get_content_subtype() == "digest" or encoding not in _PLAIN_ENCODINGS or \
            ((returns := body.count(b"\r")) and returns != body.count(b"\r\n")):
        return None
    found = _delimiters(body, b"--" + boundary.encode("ascii", "surrogateescape"))
    if len(found) < 2 or not found[-1][2] or any(closing for _, _, closing in found[:-1]):
        return None
    msg.set_payload([])  # the header-only parse left the body as text: the parts go here instead
    if found[0][0] > 0:
        msg.preamble = _without_line_end(body[:found[0][0]]).decode("ascii", "surrogateescape")
    for before, after in zip(found, found[1:], strict=False):  # each part lies between two
        part_bytes = _without_line_end(body[before[1]:after[0]])
        if not part_bytes:
            return None
        part = _structure(part_bytes, depth + 1)
        if part is None:
            return None
        msg.attach(part)
    rest = body[found[-1][1]:]
    msg.epilogue = rest.decode("ascii", "surrogateescape") if rest else ""
    return msg


_DELIMITER_END = re.compile(rb"(--)?[ \t]*\r?")


def _delimiters(body: bytes, marker: bytes) -> list[tuple[int, int, bool]]:
    """Each boundary line of a multipart body up to its close (a line that is `--boundary`, or
    `--boundary--` for the close, then blanks), as (where its line starts, where the next line starts,
    whether it is the close). Found by searching for the marker itself: a pattern anchored at every line
    start costs eight times as much over a large attachment."""
    found: list[tuple[int, int, bool]] = []
    at = body.find(marker)
    while at != -1:
        end = body.find(b"\n", at)
        line_end = len(body) if end == -1 else end
        tail = _DELIMITER_END.fullmatch(body, at + len(marker), line_end)
        if (at == 0 or body[at - 1] == 0x0A) and tail is not None:
            found.append((at, line_end if end == -1 else end + 1, bool(tail.group(1))))
            if tail.group(1):
                break
        at = body.find(marker, at + len(marker))
    return found


def _without_line_end(chunk: bytes) -> bytes:
    """A part's bytes less the line end before the next boundary, which belongs to the boundary."""
    return chunk[:-2] if chunk.endswith(b"\r\n") else chunk[:-1] if chunk.endswith(b"\n") else chunk


def _parse(raw: bytes, limits: MimeLimits, fast: bool = True) -> ParsedMessage:
    reader = _Reader(limits, ZipBudget(limits.zip_max_members, limits.zip_max_total_bytes, limits.zip_max_ratio))
    structure_read = True
    if len(raw) > limits.max_message_bytes:
        # Refused before anything reads its body: the time a message can cost is bounded by the limit.
        reader.refusals.append(f"message of {human_size(len(raw))} exceeds the "
                               f"{human_size(limits.max_message_bytes)} limit: not read")
        msg: Message = BytesHeaderParser(policy=policy.default).parsebytes(header_bytes(raw))
        structure_read = False
    elif fast and (tree := _structure(raw)) is not None:
        msg = tree
    else:
        try:
            msg = email.message_from_bytes(raw, policy=policy.default)
        except RecursionError:
            reader.defect(f"parts nested deeper than {limits.max_depth} levels were not read")
            msg = BytesHeaderParser(policy=policy.default).parsebytes(header_bytes(raw))
            structure_read = False
    headers = raw_headers(msg)
    for name in ("from", "subject", "message-id", "content-type"):
        if len(headers.get(name, [])) > 1:
            reader.defect(f"duplicate {name} header: the first is used")
    facts = header_facts(headers)
    from_addr = facts.from_addr
    if structure_read:
        reader._guarded(msg, 0, False)
    original = reader.senders[0] if reader.senders else None
    if original is None:
        for part in reader.parts:
            if part.role == "body_text":
                # A forward's header block is near the top: the first megabyte is searched, not 64.
                original = forwarded_sender(part.content[:_FORWARD_SCAN_BYTES].decode("utf-8", errors="replace"))
                if original:
                    break
    if original == from_addr:
        original = None  # a message quoting its own sender is not a forward
    error = _refusal_error(reader)
    try:
        ctype = msg.get_content_type()
    except Exception:
        ctype = "text/plain"
    return ParsedMessage(
        headers=facts,
        original_from_addr=original,
        parts=reader.parts,
        defects=reader.defects,
        not_an_order=not_an_order_reason(first_values(headers), ctype, _report_type(msg), from_addr, facts.subject,
                                         reader.parts),
        error=error,
        refused=list(reader.refusals),
    )


def _refusal_error(reader: _Reader) -> str | None:
    """What was refused (over a limit, unreadable) is a defect beside parts that were read, and the
    message's error when nothing was."""
    if not reader.refusals:
        return None
    if any(part.content.strip() for part in reader.parts):
        reader.defects.extend(reader.refusals)
        return None
    return "; ".join(reader.refusals)
