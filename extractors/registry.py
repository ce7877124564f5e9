"""Which extractor reads which part: an explicit list, chosen by score (a new format = one line)."""

from __future__ import annotations

from extractors import csv_table, edi_x12, edifact, email_text, html_table, pdf_table, spreadsheet, ubl
from extractors.base import Extractor
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


def extract_part(part: Part) -> Extraction:
    """Read one part; an unknown type or a crash inside an extractor becomes an error value."""
    extractor = choose(part)
    if extractor is None:
        what = f"{part.media_type}" + (f" ({part.filename})" if part.filename else "")
        return Extraction("none", part.index, error=f"unsupported attachment type: {what}")
    try:
        return extractor.extract(part)
    except Exception as exc:  # an extractor bug must cost one document, not the message
        return Extraction(extractor.name, part.index, error=f"{extractor.name} failed: {type(exc).__name__}: {exc}")
