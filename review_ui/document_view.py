"""The original document beside the extraction: PDF pages rendered to cached PNGs with each line's
and each doubtful header field's source box, spreadsheets and CSV files as grids with the source
cells marked, email text (and the text of an HTML email, never its markup) with the source spans
marked. Everything here is read-only and built from what the extractors recorded as provenance: each
line's on the line, the header fields' on the order (`Order.header_provenance`, kept when it was filed)."""

from __future__ import annotations

import csv
import io
import os
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extractors.csv_table import decode as decode_csv
from extractors.forwards import with_subject
from extractors.html_table import read_html
from extractors.ocr import without_ocr
from extractors.pdfium import PDFIUM_LOCK
from extractors.registry import extract_part
from models import reasons
from models.schemas import Part
from models.status import EDITABLE, ExtractionStatus
from models.tables import Document, Order, OrderLine

RENDER_SCALE = 1.5  # 108 dpi: small print stays readable beside the form
MAX_GRID_ROWS = 400
# A document too large to read (config.ReadLimits) is shown only this far: 5 MB of text made a 5 MB page.
MAX_SHOWN_CHARS = 100_000
# Review reason field -> the header field the extractor read it from.
HEADER_FIELDS = {"customer": "buyer", "po_number": "po_number", "ship_to": "ship_to", "currency": "currency",
                 "order_date": "order_date", "requested_date": "requested_date", "bill_to": "bill_to",
                 "payment_terms": "payment_terms", "notes": "notes"}
# Fields nothing decides on, so no doubt ever marks them: the order carries them as read, and the clerk
# checks them against the document, so they are marked wherever the order has them.
CARRIED_FIELDS = ("bill_to", "payment_terms", "notes")


@dataclass
class Region:
    """One highlighted piece of the source: a line's (data-line = the line row's id) or a header field's."""

    target: str  # "line-<id>" or "field-<name>"
    label: str
    doubtful: bool


@dataclass
class Box:
    region: Region
    left: float  # percent of the page, so the box scales with the image
    top: float
    width: float
    height: float


@dataclass
class PdfPage:
    number: int
    image_url: str
    boxes: list[Box] = field(default_factory=list)


@dataclass
class Grid:
    title: str
    rows: list[list[str]]
    cells: dict[tuple[int, int], Region] = field(default_factory=dict)  # (row, col), 0-based
    row_marks: dict[int, Region] = field(default_factory=dict)  # whole source rows


@dataclass
class SourceView:
    kind: str  # pdf | grid | text | none
    title: str
    pages: list[PdfPage] = field(default_factory=list)
    grids: list[Grid] = field(default_factory=list)
    segments: list[tuple[str, Region | None]] = field(default_factory=list)
    note: str | None = None


# ---------------------------------------------------------------- caches

_CACHE_LOCK = threading.Lock()
_HEADERS: OrderedDict[str, dict[str, Any]] = OrderedDict()
_PAGE_SIZES: OrderedDict[str, list[tuple[float, float]]] = OrderedDict()
_CACHE_SIZE = 64


def _remember(cache: OrderedDict[str, Any], key: str, make: Any) -> Any:
    with _CACHE_LOCK:
        if key in cache:
            cache.move_to_end(key)
            return cache[key]
    value = make()
    with _CACHE_LOCK:
        cache[key] = value
        while len(cache) > _CACHE_SIZE:
            cache.popitem(last=False)
    return value


def _part(doc: Document) -> Part:
    return with_subject(Part(doc.part_index, doc.role, doc.media_type, doc.filename, doc.content),
                        doc.message.subject)


def _header(order: Order, doc: Document) -> dict[str, Any]:
    """Where each header field was read in the document, as stored when the order was filed:
    {"po_number": {"provenance": {...}, "value": "..."}, ...} (`ExtractedHeader.provenance_json`)."""
    if order.header_provenance is not None:
        return order.header_provenance
    return _header_read_again_for_an_order_filed_before_0017(doc)


def _header_read_again_for_an_order_filed_before_0017(doc: Document) -> dict[str, Any]:
    """Orders filed before migration 0017 kept no header provenance, and knowing it would mean extracting
    their documents again, so for them the document is read again here, as the screen always did (once
    per process and document: extraction is deterministic)."""
    def read() -> dict[str, Any]:
        # A page view must not wait for OCR of a scan (seconds a page): its header boxes are left out.
        with without_ocr():
            return extract_part(_part(doc)).header.provenance_json()
    return _remember(_HEADERS, doc.sha256, read)




def page_sizes(doc: Document) -> list[tuple[float, float]]:
    def read() -> list[tuple[float, float]]:
        import pypdfium2

        with PDFIUM_LOCK:
            pdf = pypdfium2.PdfDocument(doc.content)
            try:
                return [tuple(pdf[i].get_size()) for i in range(len(pdf))]  # type: ignore[misc]
            finally:
                pdf.close()
    return _remember(_PAGE_SIZES, doc.sha256, read)


def render_page(doc: Document, number: int, cache_dir: Path) -> Path:
    """PNG of page `number` (1-based), rendered once and kept under the home folder."""
    target = cache_dir / f"{doc.sha256}-{number}-{RENDER_SCALE}.png"
    if target.exists():
        return target
    import pypdfium2

    cache_dir.mkdir(parents=True, exist_ok=True)
    with PDFIUM_LOCK:
        pdf = pypdfium2.PdfDocument(doc.content)
        try:
            if not 1 <= number <= len(pdf):
                raise IndexError(f"the PDF has {len(pdf)} page(s), not {number}")
            image = pdf[number - 1].render(scale=RENDER_SCALE).to_pil()
        finally:
            pdf.close()
    # Written aside and renamed: two requests rendering the same page never serve half a file.
    partial = target.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
    image.save(partial, format="PNG")
    os.replace(partial, target)
    return target


def is_pdf(doc: Document) -> bool:
    return doc.media_type == "application/pdf" or doc.content[:5] == b"%PDF-"


# ---------------------------------------------------------------- building the view


def _line_region(line: OrderLine) -> Region:
    what = line.raw_text or line.item_code or line.description or ""
    # A done order's line is no longer in doubt, whatever doubt it was approved over.
    doubtful = line.order.status in EDITABLE and bool(line.reasons)
    return Region(f"line-{line.id}", f"Line {line.line_no}: {what}"[:120], doubtful)


def _doubtful_fields(order: Order) -> list[str]:
    # Doubts are marked only while someone can answer them: a done order's document reads as done too.
    if order.status not in EDITABLE:
        return []
    names = [r.field for r in reasons.of(order, None)]
    return [n for n in names if n in HEADER_FIELDS]


def _marked_fields(order: Order) -> dict[str, bool]:
    """The header fields to mark in the document, each with whether it is in doubt: the doubtful ones,
    and the carried ones the order has a value for."""
    marked = dict.fromkeys(_doubtful_fields(order), True)
    for name in CARRIED_FIELDS:
        if getattr(order, name, None):
            marked.setdefault(name, False)
    return marked


def _header_regions(order: Order, doc: Document) -> list[tuple[Region, dict[str, Any]]]:
    """(region, provenance) of each marked header field the document shows."""
    fields = _marked_fields(order)
    if not fields:
        return []
    header = _header(order, doc)
    found = []
    for name, doubtful in fields.items():
        provenance = (header.get(HEADER_FIELDS[name]) or {}).get("provenance")
        if provenance is not None:
            # The target is the form field on the page that answers this doubt.
            found.append((Region(f"field-{name}", name.replace("_", " "), doubtful), provenance))
    return found


def source_view(order: Order, documents: list[Document], shown: list[OrderLine] | None = None) -> SourceView:
    """What the order page shows on its right: the order's own document, marked up where `shown` (the
    lines the page draws; default all) were read — a long order's page marks only its own lines."""
    doc = next((d for d in documents if d.id == order.document_id), None)
    if doc is None:
        return SourceView("none", "", note="No document: the order was entered by hand or through the API.")
    lines = [ln for ln in (order.lines if shown is None else shown)
             if ln.provenance and ln.provenance.get("part_index", doc.part_index) == doc.part_index]
    title = doc.filename or {"body_text": "Email text", "body_html": "Email (HTML, shown as text)"}.get(
        doc.role, doc.media_type)
    try:
        if doc.extraction_status == ExtractionStatus.TOO_LARGE and not is_pdf(doc):
            return _too_large_view(order, doc, lines, title)
        if is_pdf(doc):
            return _pdf_view(order, doc, lines, title)
        kinds = {(ln.provenance or {}).get("kind") for ln in lines}
        if "sheet" in kinds or (not kinds and doc.role == "attachment" and _is_sheet(doc)):
            return _with_header_cells(order, doc, _sheet_view(doc, lines, title))
        if "csv" in kinds:
            return _with_header_cells(order, doc, _csv_view(order, doc, lines, title))
        if doc.role == "body_html" or doc.media_type == "text/html":
            return _html_view(order, doc, lines, title)
        return _text_view(order, doc, lines, title, doc.content.decode("utf-8", errors="replace"))
    except Exception as exc:  # a document we cannot show must not cost the clerk the order page
        return SourceView("none", title, note=f"The document cannot be shown: {type(exc).__name__}: {exc}")


def _too_large_view(order: Order, doc: Document, lines: list[OrderLine], title: str) -> SourceView:
    """The start of a document too large to read, as text, with the lines read from it marked: the whole of
    it is in the raw message, which the message page offers for download."""
    # Each character is at most 4 bytes in UTF-8; a character cut in two at the end shows as U+FFFD.
    text = doc.content[:MAX_SHOWN_CHARS * 4].decode("utf-8", errors="replace")[:MAX_SHOWN_CHARS]
    view = _text_view(order, doc, lines, title, text)
    view.note = (f"{title} is too large to show whole: here are its first {MAX_SHOWN_CHARS:,} characters. The whole "
                 "message is kept: download the original from its message page.")
    return view


def _is_sheet(doc: Document) -> bool:
    return (doc.filename or "").lower().endswith((".xlsx", ".xlsm", ".xls"))


def _pdf_view(order: Order, doc: Document, lines: list[OrderLine], title: str) -> SourceView:
    sizes = page_sizes(doc)
    pages = [PdfPage(n, f"/review/documents/{doc.id}/pages/{n}.png") for n in range(1, len(sizes) + 1)]

    def place(number: int, region: Region, bbox: Any) -> None:
        if not 1 <= number <= len(pages) or not bbox:
            return
        width, height = sizes[number - 1]
        x0, top, x1, bottom = (float(v) for v in bbox)
        pad = 1.5  # points: the box frames the text instead of cutting through it
        pages[number - 1].boxes.append(Box(region, 100 * (x0 - pad) / width, 100 * (top - pad) / height,
                                           100 * (x1 - x0 + 2 * pad) / width, 100 * (bottom - top + 2 * pad) / height))

    for line in lines:
        prov = line.provenance or {}
        place(int(prov.get("page") or 0), _line_region(line), prov.get("bbox"))
    header_regions = _header_regions(order, doc)
    if header_regions:
        for number, region, bbox in _pdf_spans(doc, header_regions):
            place(number, region, bbox)
    return SourceView("pdf", title, pages=pages)


def _pdf_spans(doc: Document, regions: list[tuple[Region, dict[str, Any]]]) -> list[tuple[int, Region, Any]]:
    """Header fields carry a character span in the PDF's text (pages joined by newlines): find the page
    and search that text on it for its box."""
    from extractors.pdf_table import readable_pages

    found = []
    # The same text the extractor read (the same reader, characters drawn twice for bold kept once), so
    # spans agree.
    pages = readable_pages(doc.content)
    texts = [page.extract_text() or "" for page in pages]
    for region, prov in regions:
        if not prov.get("span"):
            continue
        start, end = prov["span"]
        offset = 0
        for number, text in enumerate(texts, start=1):
            if offset <= start < offset + len(text) + 1:
                snippet = "\n".join(texts)[start:end].strip().splitlines()
                hits = pages[number - 1].search(snippet[0], regex=False) if snippet else []
                for hit in hits[:1]:
                    found.append((number, region, (hit["x0"], hit["top"], hit["x1"], hit["bottom"])))
                break
            offset += len(text) + 1
    return found


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10] if getattr(value, "hour", 0) == 0 else value.isoformat()
    return str(value)


def _sheet_view(doc: Document, lines: list[OrderLine], title: str) -> SourceView:
    from openpyxl.utils import column_index_from_string

    from extractors.spreadsheet import _OLE_MAGIC, _xls_sheets, _xlsx_sheets

    sheets = _xls_sheets(doc.content) if doc.content[:8] == _OLE_MAGIC else _xlsx_sheets(doc.content)
    wanted = {(ln.provenance or {}).get("sheet") for ln in lines}
    grids = []
    for name, rows in sheets:
        if wanted and name not in wanted:
            continue
        grid = Grid(name, [[_cell_text(v) for v in r] for r in rows[:MAX_GRID_ROWS]])
        for line in lines:
            prov = line.provenance or {}
            if prov.get("sheet") != name or not prov.get("row"):
                continue
            row = int(prov["row"]) - 1
            grid.row_marks[row] = _line_region(line)
            letters = "".join(ch for ch in str(prov.get("cell") or "") if ch.isalpha())
            if letters:
                grid.cells[(row, column_index_from_string(letters) - 1)] = _line_region(line)
        grids.append(grid)
    return SourceView("grid", title, grids=grids)


def _csv_view(order: Order, doc: Document, lines: list[OrderLine], title: str) -> SourceView:
    text = decode_csv(doc.content)
    try:
        dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(text.replace("\0", ""), newline=""), dialect))[:MAX_GRID_ROWS]
    grid = Grid(title, rows)
    for line in lines:
        prov = line.provenance or {}
        if prov.get("row"):
            grid.row_marks[int(prov["row"]) - 1] = _line_region(line)
    return SourceView("grid", title, grids=[grid])


def _html_view(order: Order, doc: Document, lines: list[OrderLine], title: str) -> SourceView:
    """An HTML email as the extractor saw it: its tables as grids and its text; the markup itself is
    never sent to the browser, so nothing in it can run."""
    tables, text = read_html(doc.content.decode("utf-8", errors="replace"))
    marked = [ln for ln in lines if str((ln.provenance or {}).get("cell", "")).startswith("table")]
    if not marked:
        return _text_view(order, doc, lines, title, text)
    grids = []
    for index, rows in enumerate(tables):
        grid = Grid(f"Table {index + 1}", [[" ".join(c.split()) for c in r] for r in rows[:MAX_GRID_ROWS]])
        for line in marked:
            prov = line.provenance or {}
            if prov.get("cell") == f"table{index}" and prov.get("row") is not None:
                grid.row_marks[int(prov["row"])] = _line_region(line)
        grids.append(grid)
    view = _text_view(order, doc, [], title, text)
    return SourceView("grid", title, grids=grids, segments=view.segments)


def _text_view(order: Order, doc: Document, lines: list[OrderLine], title: str, text: str) -> SourceView:
    spans: list[tuple[int, int, Region]] = []
    for line in lines:
        span = (line.provenance or {}).get("span")
        if span:
            spans.append((int(span[0]), int(span[1]), _line_region(line)))
    for region, prov in _header_regions(order, doc):
        if prov.get("span"):
            spans.append((int(prov["span"][0]), int(prov["span"][1]), region))
    # Marks hug the words: no surrounding blanks, line ends or table bars ("| Globex" -> "Globex").
    spans = [_tight(text, start, end, region) for start, end, region in spans]
    spans.sort(key=lambda s: (s[0], -s[1]))
    segments: list[tuple[str, Region | None]] = []
    at = 0
    for start, end, region in spans:
        if start < at or end > len(text) or start >= end:
            continue  # overlapping or out of range: keep the first, never garble the text
        if start > at:
            segments.append((text[at:start], None))
        segments.append((text[start:end], region))
        at = end
    segments.append((text[at:], None))
    return SourceView("text", title, segments=segments)


def _tight(text: str, start: int, end: int, region: Region) -> tuple[int, int, Region]:
    while start < end and (text[start].isspace() or text[start] in "|:;,"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end, region


def _with_header_cells(order: Order, doc: Document, view: SourceView) -> SourceView:
    """Spreadsheets keep no cell for header fields (they are read from the text above the table), so a
    doubtful field is marked on the first cell that holds its value as read."""
    header = None
    for name, doubtful in _marked_fields(order).items():
        header = header if header is not None else _header(order, doc)
        value = (header.get(HEADER_FIELDS[name]) or {}).get("value")
        if not isinstance(value, str) or len(value) < 3:
            continue
        wanted = value.casefold()
        region = Region(f"field-{name}", name.replace("_", " "), doubtful)
        found = next(((grid, r, c) for grid in view.grids for r, row in enumerate(grid.rows)
                      for c, cell in enumerate(row) if wanted in cell.casefold()), None)
        if found is not None:
            grid, r, c = found
            grid.cells.setdefault((r, c), region)
    return view
