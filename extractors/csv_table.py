"""CSV/TSV orders: delimiter and encoding sniffed, the header row found anywhere in the file."""

from __future__ import annotations

import csv
import io

from extractors.base import filename_ext
from extractors.header_fields import find_header
from extractors.tabular import rows_above_as_text, rows_to_lines
from models.schemas import Extraction, Part, Provenance

NAME = "csv_table"


def decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "windows-1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def extract_csv(data: bytes, part_index: int) -> Extraction:
    text = decode(data)
    if not text.strip():
        return Extraction(NAME, part_index, error="empty CSV file")
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    try:
        rows = list(csv.reader(io.StringIO(text.replace("\0", ""), newline=""), dialect))
    except csv.Error as exc:
        return Extraction(NAME, part_index, error=f"could not read CSV: {exc}")
    # A semicolon file means a European writer, where the comma is the decimal mark.
    decimal_comma = True if getattr(dialect, "delimiter", ",") == ";" else None

    def provenance(row: int, col: int | None) -> Provenance:
        return Provenance(kind="csv", part_index=part_index, row=row + 1, cell=f"R{row + 1}C{(col or 0) + 1}")

    table = rows_to_lines(rows, "csv", provenance, decimal_comma=decimal_comma, headerless=True)
    if table.header is None:
        return Extraction(NAME, part_index, notes=["no order table header found"])
    above = rows_above_as_text(rows, table.header.index) if not table.header.inferred else ""
    header = find_header(above + "\n" + table.header_text, part_index, "csv")
    notes = ["no header row: columns typed by their values"] if table.header.inferred else []
    return Extraction(NAME, part_index, header=header, lines=table.lines, unread=table.unread, notes=notes)


class CsvExtractor:
    name = NAME

    def score(self, part: Part) -> float:
        ext = filename_ext(part)
        if part.media_type in ("text/csv", "text/tab-separated-values") or ext in ("csv", "tsv"):
            return 0.9
        return 0.0

    def extract(self, part: Part) -> Extraction:
        return extract_csv(part.content, part.index)


EXTRACTOR = CsvExtractor()
