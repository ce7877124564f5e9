"""Spreadsheet orders: xlsx/xlsm (openpyxl, read-only) and legacy xls (xlrd). The table is found
anywhere on any sheet; header fields are read from the cells above it."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from datetime import datetime

from openpyxl.utils import get_column_letter

from extractors.base import filename_ext
from extractors.header_fields import find_header
from extractors.tabular import rows_above_as_text, rows_to_lines
from models.schemas import Extraction, Part, Provenance

NAME = "spreadsheet"
_XLSX_TYPES = {
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.ms-excel.sheet.macroenabled.12",
}
_XLS_TYPES = {"application/vnd.ms-excel", "application/msexcel", "application/x-msexcel", "application/x-excel"}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# A spreadsheet expanding past this is refused: an xlsx is a zip, and a zip can be a bomb.
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024

Sheet = tuple[str, list[list[object]]]


def _xlsx_sheets(data: bytes) -> Iterator[Sheet]:
    from openpyxl import load_workbook

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        expanded = sum(info.file_size for info in archive.infolist())
    if expanded > MAX_UNCOMPRESSED_BYTES:
        raise ValueError(f"it would expand to {expanded // (1024 * 1024)} MB, more than the "
                         f"{MAX_UNCOMPRESSED_BYTES // (1024 * 1024)} MB a spreadsheet may")
    wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        for ws in wb.worksheets:
            yield ws.title, [list(r) for r in ws.iter_rows(values_only=True)]
    finally:
        wb.close()


def _xls_sheets(data: bytes) -> Iterator[Sheet]:
    import xlrd

    book = xlrd.open_workbook(file_contents=data, on_demand=True)
    try:
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            rows: list[list[object]] = []
            for r in range(sheet.nrows):
                row: list[object] = []
                for cell in sheet.row(r):
                    if cell.ctype == xlrd.XL_CELL_DATE:
                        row.append(datetime(*xlrd.xldate_as_tuple(cell.value, book.datemode)))
                    else:
                        row.append(cell.value if cell.value != "" else None)
                rows.append(row)
            yield sheet.name, rows
    finally:
        book.release_resources()


def extract_sheets(sheets: Iterator[Sheet], part_index: int) -> Extraction:
    for sheet, rows in sheets:
        def provenance(row: int, col: int | None, sheet: str = sheet) -> Provenance:
            cell = f"{get_column_letter((col or 0) + 1)}{row + 1}"
            return Provenance(kind="sheet", part_index=part_index, sheet=sheet, row=row + 1, cell=cell)

        table = rows_to_lines(rows, "sheet", provenance)
        if table.lines and table.header is not None:
            above = rows_above_as_text(rows, table.header.index) + "\n" + table.header_text
            return Extraction(NAME, part_index, header=find_header(above, part_index, "sheet"),
                              lines=table.lines, unread=table.unread)
    return Extraction(NAME, part_index, notes=["no order table found in any sheet"])


def extract_spreadsheet(data: bytes, part_index: int, legacy: bool) -> Extraction:
    try:
        return extract_sheets(_xls_sheets(data) if legacy else _xlsx_sheets(data), part_index)
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

    def extract(self, part: Part) -> Extraction:
        legacy = part.content[:8] == _OLE_MAGIC
        return extract_spreadsheet(part.content, part.index, legacy)


EXTRACTOR = SpreadsheetExtractor()
