"""Spreadsheet orders (xlsx/xlsm with openpyxl, read-only): the table found anywhere on any sheet,
header fields read from the cells above it."""

from __future__ import annotations

import io
import zipfile

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


def extract_xlsx(data: bytes, part_index: int) -> Extraction:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        return Extraction(NAME, part_index, error=f"could not read spreadsheet: {type(exc).__name__}: {exc}")
    try:
        for ws in wb.worksheets:
            rows = [list(r) for r in ws.iter_rows(values_only=True)]
            sheet = ws.title

            def provenance(row: int, col: int | None, sheet: str = sheet) -> Provenance:
                cell = f"{get_column_letter((col or 0) + 1)}{row + 1}"
                return Provenance(kind="sheet", part_index=part_index, sheet=sheet, row=row + 1, cell=cell)

            table = rows_to_lines(rows, "sheet", provenance)
            if table.lines and table.header is not None:
                above = rows_above_as_text(rows, table.header.index)
                return Extraction(NAME, part_index, header=find_header(above, part_index, "sheet"),
                                  lines=table.lines, unread=table.unread)
    finally:
        wb.close()
    return Extraction(NAME, part_index, notes=["no order table found in any sheet"])


class SpreadsheetExtractor:
    name = NAME

    def score(self, part: Part) -> float:
        if part.media_type in _XLSX_TYPES or filename_ext(part) in ("xlsx", "xlsm"):
            return 0.9
        return 0.0

    def extract(self, part: Part) -> Extraction:
        return extract_xlsx(part.content, part.index)


EXTRACTOR = SpreadsheetExtractor()
