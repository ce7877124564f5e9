"""Which extractor reads which part: an explicit list, chosen by score (a new format = one line)."""

from __future__ import annotations

from dataclasses import replace

from config import READ_LIMITS, ReadLimits
from extractors import csv_table, edi_x12, edifact, email_text, html_table, pdf_table, spreadsheet, ubl
from extractors.base import Extractor, too_large
from models.schemas import Extraction, Part

EXTRACTORS: list[Extractor] = [
    email_text.EXTRACTOR,
    html_table.EXTRACTOR,
    pdf_table.EXTRACTOR,
    spreadsheet.EXTRACTOR,
    csv_table.EXTRACTOR,
    edi_x12.EXTRACTOR,
    edifact.EXTRACTOR,
    ubl.EXTRACTOR,
]


def choose(part: Part) -> Extractor | None:
    scored = [(ex.score(part), i, ex) for i, ex in enumerate(EXTRACTORS)]
    best = max(scored, key=lambda t: (t[0], -t[1]))
    return best[2] if best[0] > 0 else None


# The readers of decoded text, and the limit on the characters each reads (config.ReadLimits). The other
# formats have theirs in their own reader: the EDI segments and orders in edi_x12 and edifact, the PDF pages,
# sheet cells and XML in theirs.
_TEXT_LIMITS = {email_text.NAME: "max_text_chars", csv_table.NAME: "max_text_chars",
                html_table.NAME: "max_html_chars"}


def extract_part(part: Part, limits: ReadLimits = READ_LIMITS) -> Extraction:
    """Read one part; an unknown type, a part over a reading limit or a crash inside an extractor becomes an
    error value. An order of more lines than `limits.max_order_lines` keeps only those, and says so."""
    extractor = choose(part)
    if extractor is None:
        what = f"{part.media_type}" + (f" ({part.filename})" if part.filename else "")
        return Extraction("none", part.index, error=f"unsupported attachment type: {what}")
    if (over := _text_over_limit(extractor, part, limits)) is not None:
        return too_large(extractor.name, part.index, over)
    try:
        extraction = extractor.extract(part, limits)
    except Exception as exc:  # an extractor bug must cost one document, not the message
        return Extraction(extractor.name, part.index, error=f"{extractor.name} failed: {type(exc).__name__}: {exc}")
    return _lines_within(extraction, limits.max_order_lines)


def _text_over_limit(extractor: Extractor, part: Part, limits: ReadLimits) -> str | None:
    """Why a text part is too large for its reader, before anything reads it; None when it is not."""
    name = _TEXT_LIMITS.get(extractor.name)
    if name is None:
        return None
    limit: int = getattr(limits, name)
    if len(part.content) <= limit:  # UTF-8: never more characters than bytes, so no need to decode
        return None
    chars = len(part.content.decode("utf-8", errors="replace"))
    if chars <= limit:
        return None
    return f"{chars:,} characters of text, more than the {limit:,} of {name}"


def _lines_within(extraction: Extraction, max_lines: int) -> Extraction:
    """The extraction with at most `max_lines` lines in each of its orders (the first ones), marked as read
    only in part. The readers that could read many more (the email text) stop soon after the limit already;
    this makes it one rule for every format."""
    siblings = [_lines_within(s, max_lines) for s in extraction.siblings]
    if len(extraction.lines) <= max_lines:
        return replace(extraction, siblings=siblings) if siblings != extraction.siblings else extraction
    over = (f"more than {max_lines:,} lines in one order, the limit of max_order_lines: "
            f"only the first {max_lines:,} were read")
    return replace(extraction, lines=extraction.lines[:max_lines], siblings=siblings,
                   too_large=extraction.too_large or over)
