"""PDF purchase orders (pdfplumber): ruled tables, and tables without lines whose columns are
inferred from where the header words stand. Header fields come from the page text."""

from __future__ import annotations

import io
from typing import Any

from extractors.base import filename_ext
from extractors.header_fields import document_kind, find_header
from extractors.tabular import TableRead, classify_header, find_header_row, rows_to_lines, split_run_together
from models.schemas import ExtractedLine, Extraction, Part, Provenance

NAME = "pdf_table"


def _group_rows(words: list[dict[str, Any]], tolerance: float = 3.0) -> list[list[dict[str, Any]]]:
    rows: list[list[dict[str, Any]]] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if rows and abs(rows[-1][0]["top"] - w["top"]) <= tolerance:
            rows[-1].append(w)
        else:
            rows.append([w])
    return [sorted(r, key=lambda w: w["x0"]) for r in rows]


def _phrases(row: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Adjacent words closer than about a space apart form one phrase ("Unit Price")."""
    out: list[dict[str, Any]] = []
    for w in row:
        gap_limit = 0.6 * (w["bottom"] - w["top"])
        if out and w["x0"] - out[-1]["x1"] <= gap_limit:
            out[-1] = {**out[-1], "text": out[-1]["text"] + " " + w["text"], "x1": w["x1"]}
        else:
            out.append(dict(w))
    return out


def _split_run_together(phrases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A header phrase that is two column names printed without a gap ("Qty OrderedRate") becomes two
    phrases; where one ends on the page is estimated from its share of the characters."""
    names = [classify_header(p["text"]) for p in phrases]
    if not any(names):
        return phrases  # not a header line: no cutting to try
    out: list[dict[str, Any]] = []
    for p, name in zip(phrases, names, strict=True):
        found = None if name else split_run_together(p["text"])
        if found is None:
            out.append(p)
            continue
        cut = found[0]
        x = p["x0"] + (p["x1"] - p["x0"]) * cut / len(p["text"])
        out.append({**p, "text": p["text"][:cut].strip(), "x1": x})
        out.append({**p, "text": p["text"][cut:].strip(), "x0": x})
    return out


def _aligned_table(words: list[dict[str, Any]]) -> tuple[list[list[str]], list[tuple[float, ...]]] | None:
    """A grid from words laid out in columns under a header line, for tables drawn without rules."""
    rows = _group_rows(words)
    for h_index, row in enumerate(rows):
        phrases = _split_run_together(_phrases(row))
        names = [classify_header(p["text"]) for p in phrases]
        if "quantity" not in names or not ({"item_code", "description"} & set(names)):
            continue
        columns = [p for p, n in zip(phrases, names, strict=True) if n]
        grid: list[list[str]] = [[c["text"] for c in columns]]
        boxes: list[tuple[float, ...]] = [(row[0]["x0"], row[0]["top"], row[-1]["x1"], row[0]["bottom"])]
        for data_row in rows[h_index + 1:]:
            cells = [""] * len(columns)
            for p in _phrases(data_row):
                overlap = [(min(p["x1"], c["x1"]) - max(p["x0"], c["x0"]), i) for i, c in enumerate(columns)]
                best = max(overlap)
                if best[0] > 0:
                    # Under the header it shares most width with: a header that ran into its
                    # neighbour ("Qty OrderedRate") must not take that neighbour's values.
                    idx = best[1]
                else:
                    left = [i for i, c in enumerate(columns) if c["x0"] <= p["x0"]]
                    idx = left[-1] if left else 0
                cells[idx] = (cells[idx] + " " + p["text"]).strip()
            grid.append(cells)
            boxes.append((data_row[0]["x0"], data_row[0]["top"], data_row[-1]["x1"], data_row[0]["bottom"]))
        return grid, boxes
    return None


def _encrypted(exc: BaseException) -> bool:
    """pdfplumber wraps pdfminer's PDFPasswordIncorrect; look through the wrapping."""
    seen: list[object] = [exc, exc.__cause__, exc.__context__, *getattr(exc, "args", ())]
    return any("password" in type(e).__name__.lower() or "encrypt" in type(e).__name__.lower()
               for e in seen if e is not None)


def extract_pdf(data: bytes, part_index: int) -> Extraction:
    import pdfplumber

    texts: list[str] = []
    cells: list[str] = []
    lines: list[ExtractedLine] = []
    unread: list[str] = []
    known_header: list[Any] | None = None
    # One guard around open, every page and close: a damaged PDF can fail at any of them (even
    # closing parses pages), and it must cost this document only.
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page_no, page in enumerate(pdf.pages, start=1):
                texts.append(page.extract_text() or "")
                table, known_header = _page_table(page, page_no, part_index, known_header, cells)
                lines.extend(table.lines)
                unread.extend(table.unread)
    except Exception as exc:
        if _encrypted(exc):
            return Extraction(NAME, part_index, error="encrypted PDF: it cannot be opened without its password")
        return Extraction(NAME, part_index, error=f"could not read PDF: {type(exc).__name__}: {exc}".strip())
    text = "\n".join(texts)
    if not text.strip():
        return Extraction(NAME, part_index, error="scanned document, no text")
    header = find_header(text, part_index, "pdf")
    if cells:
        # Header blocks drawn as boxes side by side ("Bill To" | "Shipped To", or a row of "Purchase
        # Order Number" / value cells) run together in the page text; each box alone reads cleanly.
        boxed = find_header("\n\n".join(cells), part_index, "pdf")
        header = header.merged_with(boxed)
        # An address block read inside its own box cannot have swallowed the box beside it.
        header.ship_to = boxed.ship_to or header.ship_to
        header.buyer = boxed.buyer or header.buyer
    return Extraction(NAME, part_index, header=header, lines=lines, unread=unread,
                      document_kind=document_kind(text))


def _page_table(
    page: Any, page_no: int, part_index: int, known_header: list[Any] | None, cells: list[str]
) -> tuple[TableRead, list[Any] | None]:
    """Lines on one page, and the table header to apply to a continuation page without its own.
    Ruled cells holding more than one line of text are added to `cells`, for header fields."""
    tables = [(table, table.extract()) for table in page.find_tables()]
    cells.extend(c for _, grid in tables for row in grid for c in row if c and ("\n" in c or ":" in c))
    for table, grid in tables:
        boxes: list[Any] = [r.bbox for r in table.rows]
        own = find_header_row(grid)
        if own is None and known_header is not None and grid and len(grid[0]) == len(known_header):
            grid, boxes = [known_header] + grid, [None] + boxes
        elif own is not None:
            known_header = grid[own.index]

        def provenance(row: int, col: int | None, boxes: list[Any] = boxes) -> Provenance:
            box = boxes[row] if row < len(boxes) else None
            return Provenance(kind="pdf", part_index=part_index, page=page_no, row=row,
                              bbox=tuple(round(v, 1) for v in box) if box else None)

        table = rows_to_lines(grid, "pdf", provenance)
        if table.lines:
            return table, known_header
    aligned = _aligned_table(page.extract_words())
    if aligned:
        grid, aligned_boxes = aligned

        def provenance_aligned(row: int, col: int | None) -> Provenance:
            return Provenance(kind="pdf", part_index=part_index, page=page_no, row=row,
                              bbox=tuple(round(v, 1) for v in aligned_boxes[row]))

        # Totals and notes under the table are skipped by rows_to_lines: a totals label is never a
        # line, and a row without a quantity only ever extends the description above it.
        return rows_to_lines(grid, "pdf", provenance_aligned), known_header
    return TableRead(None), known_header


class PdfTableExtractor:
    name = NAME

    def score(self, part: Part) -> float:
        if part.media_type == "application/pdf" or filename_ext(part) == "pdf":
            return 0.9
        if part.media_type == "application/octet-stream" and part.content[:5] == b"%PDF-":
            return 0.8
        return 0.0

    def extract(self, part: Part) -> Extraction:
        return extract_pdf(part.content, part.index)


EXTRACTOR = PdfTableExtractor()
