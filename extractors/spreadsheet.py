"""Spreadsheet orders: xlsx/xlsm (openpyxl, read-only) and legacy xls (xlrd). The table is found
anywhere on any sheet; header fields are read from the cells above it."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from datetime import datetime

from config import READ_LIMITS, ReadLimits
from extractors.base import filename_ext
from extractors.header_fields import (
    FORMAT_CURRENCY,
    document_kind,
    find_currency_in_headings,
    find_header,
    find_issuer,
    find_titled_buyer,
)
from extractors.stated import unread_ship_to
from extractors.tabular import MergedCopy, rows_above_as_text, rows_to_lines, text_of
from models.schemas import Extraction, Field, Part, Provenance

NAME = "spreadsheet"
_PURCHASE_ORDER = re.compile(r"\bpurchase[ \t]+order\b", re.IGNORECASE)
_XLSX_TYPES = {
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.ms-excel.sheet.macroenabled.12",
}
_XLS_TYPES = {"application/vnd.ms-excel", "application/msexcel", "application/x-msexcel", "application/x-excel"}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# A spreadsheet expanding past this is refused: an xlsx is a zip, and a zip can be a bomb.
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
# What one workbook may make us read, over all its sheets: an order has hundreds or thousands of
# rows, while a small file can claim a million (one cell in row 1,048,576) or rows 16,384 cells wide
# (one cell in column XFD), and reading either would cost far more time and memory than an order.
MAX_ROWS = 100_000
MAX_CELLS = 1_000_000
# Merged ranges applied per sheet; more is no order form.
MAX_MERGED_RANGES = 10_000

Sheet = tuple[str, list[list[object]]]
Merge = tuple[int, int, int, int]  # first row, first column, last row, last column; 0-based


class SpreadsheetTooLarge(ValueError):
    """The workbook holds more than an order form could: refused before it costs more."""


class _Budget:
    """Rows and cells left to read in one workbook, counting the empty cells a reader pads with."""

    def __init__(self) -> None:
        self.rows = MAX_ROWS
        self.cells = MAX_CELLS

    def take_row(self, sheet: str, cells: int) -> None:
        self.rows -= 1
        if self.rows < 0:
            raise SpreadsheetTooLarge(f"spreadsheet too large: sheet {sheet!r} takes it past {MAX_ROWS:,} rows")
        self.take_cells(sheet, cells)

    def take_cells(self, sheet: str, cells: int) -> None:
        self.cells -= cells
        if self.cells < 0:
            raise SpreadsheetTooLarge(f"spreadsheet too large: sheet {sheet!r} takes it past {MAX_CELLS:,} cells")


def _trimmed(row: Iterable[object]) -> list[object]:
    out = list(row)
    while out and out[-1] is None:
        out.pop()
    return out


_MERGE_REF = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\sref="([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})"')


def _xlsx_merges(archive: zipfile.ZipFile, path: str | None) -> list[Merge]:
    """Merged ranges of one sheet, read from its XML: openpyxl's read-only mode does not give them,
    and its full mode would cost seconds on a large sheet. The sheet is streamed in chunks, and only
    the refs of <mergeCell> elements are taken (nothing is parsed, so no entity is ever expanded)."""
    if not path:
        return []
    try:
        member = archive.open(path.lstrip("/"))
    except KeyError:
        return []
    merges: list[Merge] = []
    carry = b""
    with member:
        while True:
            chunk = member.read(1 << 20)
            window = carry + chunk
            # An element cut by the chunk's end is carried over whole into the next window; no
            # mergeCell element is longer than a few dozen bytes.
            cut = window.rfind(b"<") if chunk else -1
            carry = window[cut:] if 0 <= cut and len(window) - cut < 4096 else b""
            body = window[:len(window) - len(carry)]
            if b"mergeCell" in body:
                from openpyxl.utils import column_index_from_string  # openpyxl costs a quarter second to import

                for m in _MERGE_REF.finditer(body):
                    first_col = column_index_from_string(m.group(1).decode()) - 1
                    last_col = column_index_from_string(m.group(3).decode()) - 1
                    merges.append((int(m.group(2)) - 1, first_col, int(m.group(4)) - 1, last_col))
                    if len(merges) >= MAX_MERGED_RANGES:
                        return merges
            if not chunk:
                return merges


def _fill_merged(rows: list[list[object]], merges: Iterable[Merge], budget: _Budget, sheet: str) -> None:
    """Repeat a range's value down the rows it spans, as a MergedCopy in its first column: an item
    code merged over two rows names the item on both. Across columns nothing is repeated (a title
    or a wide description spans columns no table reads)."""
    for first_row, first_col, last_row, _last_col in merges:
        if not 0 <= first_row < len(rows) or last_row <= first_row or first_col < 0:
            continue
        value = rows[first_row][first_col] if first_col < len(rows[first_row]) else None
        if isinstance(value, MergedCopy):
            value = value.value  # ranges that overlap: the first one's value
        if value is None:
            continue
        for r in range(first_row + 1, min(last_row, len(rows) - 1) + 1):
            row = rows[r]
            # Each cell visited counts: ten thousand ranges over every row are work as well.
            budget.take_cells(sheet, 1 + max(0, first_col + 1 - len(row)))
            if first_col >= len(row):
                row.extend([None] * (first_col + 1 - len(row)))
            if row[first_col] is None:
                row[first_col] = MergedCopy(value)


def _xlsx_sheets(data: bytes, merged: bool = False) -> Iterator[Sheet]:
    """Each sheet's rows as written; with `merged`, a value merged down rows is also given, as a
    MergedCopy, on each row below its first (for reading lines; the review screen shows the sheet as
    written)."""
    from openpyxl import load_workbook

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        expanded = sum(info.file_size for info in archive.infolist())
        if expanded > MAX_UNCOMPRESSED_BYTES:
            raise ValueError(f"it would expand to {expanded // (1024 * 1024)} MB, more than the "
                             f"{MAX_UNCOMPRESSED_BYTES // (1024 * 1024)} MB a spreadsheet may")
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        budget = _Budget()
        try:
            for ws in wb.worksheets:
                # The <dimension> a writer records can be wrong (too small, and rows are lost; or
                # "A1:XFD2001", and every row is padded to 16,384 cells): read the cells that exist.
                ws.reset_dimensions()
                rows: list[list[object]] = []
                for row in ws.iter_rows(values_only=True):
                    budget.take_row(ws.title, len(row))
                    rows.append(_trimmed(row))
                if merged:
                    # A read-only sheet knows its part in the zip only as _worksheet_path.
                    merges = _xlsx_merges(archive, getattr(ws, "_worksheet_path", None))
                    _fill_merged(rows, merges, budget, ws.title)
                yield ws.title, rows
        finally:
            wb.close()


def _xls_sheets(data: bytes, merged: bool = False) -> Iterator[Sheet]:
    """As _xlsx_sheets, for a legacy workbook (at most 65,536 rows by 256 columns)."""
    import xlrd

    # Only with formatting_info does xlrd give the merged ranges.
    book = xlrd.open_workbook(file_contents=data, on_demand=True, formatting_info=merged)
    budget = _Budget()
    try:
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            rows: list[list[object]] = []
            for r in range(sheet.nrows):
                row: list[object] = []
                budget.take_row(sheet.name, sheet.row_len(r))
                for cell in sheet.row(r):
                    if cell.ctype == xlrd.XL_CELL_DATE:
                        row.append(datetime(*xlrd.xldate_as_tuple(cell.value, book.datemode)))
                    else:
                        row.append(cell.value if cell.value != "" else None)
                rows.append(_trimmed(row))
            if merged:
                # xlrd gives (first row, row after the last, first column, column after the last).
                merges = [(rlo, clo, rhi - 1, chi - 1)
                          for rlo, rhi, clo, chi in sheet.merged_cells[:MAX_MERGED_RANGES]]
                _fill_merged(rows, merges, budget, sheet.name)
            yield sheet.name, rows
    finally:
        book.release_resources()


def extract_sheets(sheets: Iterator[Sheet], part_index: int) -> Extraction:
    from openpyxl.utils import get_column_letter  # openpyxl costs a quarter second to import

    for sheet, rows in sheets:
        def provenance(row: int, col: int | None, sheet: str = sheet) -> Provenance:
            cell = f"{get_column_letter((col or 0) + 1)}{row + 1}"
            return Provenance(kind="sheet", part_index=part_index, sheet=sheet, row=row + 1, cell=cell)

        table = rows_to_lines(rows, "sheet", provenance)
        if table.lines and table.header is not None:
            above = rows_above_as_text(rows, table.header.top) + "\n" + table.header_text
            header = find_header(above, part_index, "sheet")
            if header.buyer is None and _PURCHASE_ORDER.search(above):
                # A purchase order is its issuer's, the buyer's: a sheet titled so opens with the buyer's name.
                header.buyer = find_issuer(above.lstrip("\n"), part_index, "sheet")
            if header.buyer is None:
                header.buyer = find_titled_buyer(above, part_index, "sheet")
            if header.currency is None and header.currency_sign is None and not table.header.inferred:
                header.currency = find_currency_in_headings([text_of(c) for c in rows[table.header.index]],
                                                            part_index, "sheet")
            unread_place = unread_ship_to(above, part_index, "sheet") if header.ship_to is None else None
            return Extraction(NAME, part_index, header=header, lines=table.lines, unread=table.unread,
                              document_kind=document_kind(above.lstrip()),
                              stated=[unread_place] if unread_place else [])
    return Extraction(NAME, part_index, notes=["no order table found in any sheet"])


# The number formats of more rows than this are not looked at for a currency: the order's header and
# first lines have shown it long before.
_FORMAT_ROWS = 500


def _format_currency(data: bytes, sheet: str, part_index: int) -> Field[str] | None:
    """The one currency the number formats of a sheet's amounts name ('#,##0.00 "€"', '[$£-809]#,##0.00',
    '"CHF" #,##0.00'): the buyer formatted the prices in it. None when they name none, or two."""
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(data), read_only=True)
    try:
        ws = wb[sheet]
        codes: dict[str, str] = {}
        for row in ws.iter_rows(max_row=_FORMAT_ROWS):
            for cell in row:
                if not isinstance(getattr(cell, "value", None), (int, float)):
                    continue  # (an empty cell of a read-only sheet has no number format)
                for m in FORMAT_CURRENCY.finditer(getattr(cell, "number_format", None) or ""):
                    codes.setdefault(m["code"] or m["code2"] or _FORMAT_SIGNS[m["sign"]], cell.coordinate)
    finally:
        wb.close()
    if len(codes) != 1:
        return None
    code, where = next(iter(codes.items()))
    return Field(code, 0.75, Provenance(kind="sheet", part_index=part_index, sheet=sheet, cell=where))


_FORMAT_SIGNS = {"£": "GBP", "€": "EUR", "₹": "INR"}


def extract_spreadsheet(data: bytes, part_index: int, legacy: bool) -> Extraction:
    try:
        sheets = _xls_sheets(data, merged=True) if legacy else _xlsx_sheets(data, merged=True)
        extraction = extract_sheets(sheets, part_index)
        header = extraction.header
        sheet = next((ln.provenance.sheet for ln in extraction.lines if ln.provenance is not None), None)
        if not legacy and sheet and header.currency is None and header.currency_sign is None:
            header.currency = _format_currency(data, sheet, part_index)
        return extraction
    except SpreadsheetTooLarge as exc:
        return Extraction(NAME, part_index, error=str(exc))
    except Exception as exc:  # a broken workbook costs this document only
        kind = "xls" if legacy else "xlsx"
        return Extraction(NAME, part_index, error=f"could not read {kind} spreadsheet: {type(exc).__name__}: {exc}")


class SpreadsheetExtractor:
    name = NAME

    def score(self, part: Part) -> float:
        ext = filename_ext(part)
        if part.media_type in _XLSX_TYPES or ext in ("xlsx", "xlsm"):
            return 0.9
        if part.media_type in _XLS_TYPES or ext == "xls" or part.content[:8] == _OLE_MAGIC and ext != "msg":
            return 0.85
        return 0.0

    def extract(self, part: Part, limits: ReadLimits = READ_LIMITS) -> Extraction:
        legacy = part.content[:8] == _OLE_MAGIC
        return extract_spreadsheet(part.content, part.index, legacy)


EXTRACTOR = SpreadsheetExtractor()
