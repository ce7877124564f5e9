"""What the extraction stage reads from files on disk, with no database: the report `order-intake extract`
prints (docs/cli.md, "What a file was read as", states its JSON schema).

A file is read as the service reads it: an email (.eml, or a Maildir file) is split into its parts by
intake, and a bare document (PDF, spreadsheet, CSV, HTML, XML, EDI, text...) is split by intake as a
message's one attachment of a generic type: its type guessed from its name, its charset repaired, an
archive opened, exactly as for mail. Each part is then read by the extractor the registry chooses.
Nothing here matches, decides or stores: the report says what was read, where, and how sure the reading
was, so a user can see why a document was read the way it was.

One file's trouble (missing, empty, corrupt, of a type nobody reads) is an error in that file's report,
never an exception: the other files are still read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from config import READ_LIMITS, MimeLimits, ReadLimits
from extractors.forwards import with_subject
from extractors.registry import extract_part
from intake.mime import parse_document, parse_message
from models.schemas import (
    Address,
    ExtractedHeader,
    ExtractedLine,
    Extraction,
    ParsedMessage,
    Part,
    PartyIds,
    Provenance,
    StatedMention,
)

# The version of the JSON below: raised when a key changes meaning or goes away (new keys may be added).
REPORT_VERSION = 1

HEADER_FIELDS = tuple(ExtractedHeader.__dataclass_fields__)
LINE_FIELDS = ("item_code", "customer_part", "description", "quantity", "uom", "unit_price", "line_total")

# A file named as one of these is a document even when it begins like a message ("Subject: ..." in a
# text file); a file with any other name is a message when it begins with a header a message starts with.
DOCUMENT_SUFFIXES = {".pdf", ".xlsx", ".xlsm", ".xls", ".csv", ".tsv", ".txt", ".html", ".htm", ".xml", ".edi",
                     ".x12", ".edifact", ".zip", ".msg", ".png", ".jpg", ".jpeg", ".tif", ".tiff"}
# Maildir files carry no .eml suffix: what every stored message starts with says it is one.
_MESSAGE_START = re.compile(rb"\A(?:\xef\xbb\xbf)?(?:from|received|return-path|delivered-to|date|message-id|"
                            rb"mime-version|subject|to|dkim-signature|arc-[a-z-]+|authentication-results|"
                            rb"x-[a-z0-9-]+)[ \t]*:", re.IGNORECASE)


@dataclass
class FileReport:
    """What was read from one file: its parts and, for each, the extractor's reading; or why not."""

    path: str
    kind: str | None = None  # email | document; None when the file could not be opened
    message: ParsedMessage | None = None
    parts: list[tuple[Part, Extraction]] = field(default_factory=list)
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_json(self) -> dict[str, Any]:
        parsed = self.message
        return {
            "version": REPORT_VERSION,
            "file": self.path,
            "ok": self.ok,
            "error": self.error,
            "kind": self.kind,
            "message": _message_json(parsed) if parsed is not None and self.kind == "email" else None,
            "defects": list(parsed.defects) if parsed is not None else [],
            "refused": list(parsed.refused) if parsed is not None else [],
            "parts": [_part_json(part, extraction) for part, extraction in self.parts],
        }


def read_file(path: Path, limits: MimeLimits | None = None, read_limits: ReadLimits = READ_LIMITS) -> FileReport:
    """Read one file through intake and the extractors (within `read_limits`, as the worker does). Never
    raises: trouble is the report's `error`."""
    report = FileReport(str(path))
    try:
        if not path.exists():
            report.error = "no such file"
            return report
        if path.is_dir():
            report.error = "a folder, not a file"
            return report
        data = path.read_bytes()
    except OSError as exc:
        report.error = f"could not be read: {exc.strerror or exc}"
        return report
    try:
        _read(report, path, data, limits or MimeLimits(), read_limits)
    except Exception as exc:  # a bug must cost this file's report, not the other files'
        report.error = f"reading failed: {type(exc).__name__}: {exc}"
    return report


def is_message(path: Path, data: bytes) -> bool:
    """An .eml file, or a file not named as a document that starts the way a stored message does."""
    suffix = path.suffix.lower()
    if suffix == ".eml":
        return True
    return suffix not in DOCUMENT_SUFFIXES and bool(_MESSAGE_START.match(data[:200]))


def _read(report: FileReport, path: Path, data: bytes, limits: MimeLimits, read_limits: ReadLimits) -> None:
    report.kind = "email" if is_message(path, data) else "document"
    if not data.strip():
        report.error = "empty file"
        return
    parsed = parse_message(data, limits) if report.kind == "email" else parse_document(path.name, data, limits)
    report.message = parsed
    report.parts = [(part, extract_part(with_subject(part, parsed.headers.subject), read_limits))
                    for part in parsed.parts]
    report.error = _file_error(report.kind, parsed, report.parts)


def _file_error(kind: str, parsed: ParsedMessage, parts: list[tuple[Part, Extraction]]) -> str | None:
    """One sentence for everything in the file that could not be read, or None when all of it was."""
    if parsed.error:
        return parsed.error
    if not parts or not any(part.content.strip() for part, _ in parts):
        return "empty email: no body text and no attachments" if kind == "email" else "nothing to read"
    failed = [(part, extraction.error) for part, extraction in parts if extraction.error]
    if not failed:
        return None
    if kind == "document" and len(parts) == 1:
        return failed[0][1]
    return "; ".join(f"{_describe(part)}: {error}" for part, error in failed)


def _describe(part: Part) -> str:
    return part.filename or part.role.replace("_", " ")


# ---------------------------------------------------------------- JSON


def _message_json(parsed: ParsedMessage) -> dict[str, Any]:
    h = parsed.headers
    return {
        "from": h.from_addr,
        "from_name": h.from_name,
        "subject": h.subject,
        "sent_on": h.sent_on.isoformat() if h.sent_on else None,
        "message_id": h.message_id,
        "forwarded_from": parsed.original_from_addr,
        "not_an_order": parsed.not_an_order,
    }


def _part_json(part: Part, extraction: Extraction) -> dict[str, Any]:
    return {
        "index": part.index,
        "role": part.role,
        "media_type": part.media_type,
        "filename": part.filename,
        "bytes": len(part.content),
        "extractor": extraction.extractor,
        "error": extraction.error,
        # The part's own reading, then any further order the same document holds (an X12 interchange
        # with several 850s, an EDIFACT file with several ORDERS).
        "orders": [_order_json(e) for e in [extraction, *extraction.siblings]],
    }


def _order_json(extraction: Extraction) -> dict[str, Any]:
    return {
        "header": _header_json(extraction.header),
        "lines": [_line_json(line) for line in extraction.lines],
        "document_kind": extraction.document_kind,
        "purpose": ({"kind": str(extraction.purpose.kind), "written": extraction.purpose.written}
                    if extraction.purpose is not None else None),
        "read_by_ocr": extraction.read_by_ocr,
        "notes": list(extraction.notes),
        "unread": list(extraction.unread),
        "stated": [_stated_json(m) for m in extraction.stated],
        "error": extraction.error,
        "limit_passed": extraction.too_large,  # the reading limit it passed (config.ReadLimits), if any
    }


def _header_json(header: ExtractedHeader) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in HEADER_FIELDS:
        found = getattr(header, name)
        out[name] = None if found is None else {
            "value": json_value(found.value),
            "confidence": round(found.confidence, 3),
            "provenance": _provenance_json(found.provenance),
            "written": found.written,
        }
    return out


def _line_json(line: ExtractedLine) -> dict[str, Any]:
    return {
        "raw_text": line.raw_text,
        "confidence": round(line.confidence, 3),
        "provenance": _provenance_json(line.provenance),
        # Each value with where it was read when the source tells values apart (a cell, an element);
        # null provenance: the line's applies.
        "fields": {name: {"value": json_value(getattr(line, name)),
                          "provenance": _provenance_json(line.values.get(name))} for name in LINE_FIELDS},
    }


def _stated_json(mention: StatedMention) -> dict[str, Any]:
    return {
        "kind": mention.kind,
        "text": mention.text,
        "place": mention.place,
        "address": mention.address.to_json() if mention.address is not None else None,
        "when": mention.when,
        "provenance": _provenance_json(mention.provenance),
    }


def _provenance_json(provenance: Provenance | None) -> dict[str, Any] | None:
    return provenance.to_json() if provenance is not None else None


def json_value(value: object) -> Any:
    """A read value as JSON: amounts and quantities as strings (exactly as read, no float rounding), dates
    as ISO days, an address as its fields, party ids as lists."""
    if value is None or isinstance(value, str | bool | int | float):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Address):
        return value.to_json()
    if isinstance(value, PartyIds):
        return {"edi": list(value.edi), "account": list(value.account), "tax": list(value.tax)}
    return str(value)
