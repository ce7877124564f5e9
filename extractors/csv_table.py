"""CSV/TSV orders: delimiter and encoding sniffed, the header row found anywhere in the file."""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator

from config import READ_LIMITS, ReadLimits
from extractors.base import filename_ext
from extractors.header_fields import (
    document_kind,
    find_currency_by_amounts,
    find_currency_in_headings,
    find_header,
    find_titled_buyer,
)
from extractors.stated import unread_ship_to
from extractors.tabular import find_header_row, rows_above_as_text, rows_to_lines, text_of
from models.schemas import Extraction, Part, Provenance

NAME = "csv_table"

# Longest first: the UTF-32 little-endian mark begins with the UTF-16 one.
_BOMS = [(codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")]
# Our buyers write English, German, French and Spanish: a file that is not UTF-8 is most likely
# from Excel on Windows in Western Europe or the Americas.
FALLBACK_ENCODING = "cp1252"


class UnknownEncoding(ValueError):
    """No encoding we tried turns the bytes into readable text."""


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 written without a byte order mark: ASCII text leaves every other byte zero."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    half = len(sample) // 2
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= 0.4 * half and even <= 0.02 * half:
        return "utf-16-le"
    if even >= 0.4 * half and odd <= 0.02 * half:
        return "utf-16-be"
    return None


# C0 and C1 control characters other than tab, line feed, vertical tab, form feed and return.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# Outside the planes orders are written in: supplementary planes, private use, rare CJK (extension A).
_RARE = re.compile(r"[\U00010000-\U0010FFFF\uE000-\uF8FF\u3400-\u4DBF]")


def _garbled(text: str, latin: bool) -> str | None:
    """A sample of what makes decoded text unreadable, or None when it reads as text.

    Any encoding: control characters (a binary file, or bytes of another encoding) or many
    replacement characters (a file already damaged by an earlier conversion). A Latin encoding such
    as Windows-1252, which accepts almost any byte: runs of accented letters and symbols ("“ú–{Œê"
    is 日本語 in Shift-JIS), where Western words hold one accented letter at a time ("Größe": two)."""
    text = text.rstrip("\0\x1a")  # padding some exporters leave at the end
    controls = _CONTROL.findall(text)
    if len(controls) > max(2, len(text) // 200):
        return f"control characters such as {controls[0]!r}"
    if text.count("\ufffd") > max(2, len(text) // 200):
        return "replacement characters (\ufffd) where letters were"
    if latin:
        suspicious = 0
        sample = ""
        runs = re.findall(r"[^\x00-\x7f]+", text)
        for run in runs:
            if len(run) >= 3 or (len(run) == 2 and not (run[0].isalpha() and run[1].isalpha())):
                suspicious += len(run)
                sample = sample or run
        non_ascii = sum(len(r) for r in runs)
        if suspicious >= 3 and suspicious >= 0.25 * non_ascii:
            return f"letters and symbols run together, such as {sample[:12]!r}"
    else:
        rare = _RARE.findall(text)
        if len(rare) > max(1, len(text) // 500):
            return f"rare or private characters such as {rare[0]!r}"
    return None


def _detected(data: bytes) -> list[str]:
    """Encodings charset-normalizer finds plausible (Shift-JIS, GBK, Windows-1251, ...), best first."""
    from charset_normalizer import from_bytes

    return [m.encoding for m in from_bytes(data[:200_000]) if m.chaos <= 0.1]


def decode_text(data: bytes) -> tuple[str, str]:
    """The text of a file and the encoding it was read in.

    A byte order mark decides (UTF-8, UTF-16, UTF-32); then UTF-16 without a mark, when every other
    byte is zero; then UTF-8; then Windows-1252 when it reads as text; then what a detector proposes,
    when that reads as text.
    UnknownEncoding says why when nothing does: garbled descriptions are worse than a clear error."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise UnknownEncoding(f"unknown text encoding: the file starts with a {encoding} byte order "
                                      f"mark, but byte {exc.start + len(bom)} is not {encoding}") from None
            problem = _garbled(text, latin=False)
            if problem:
                raise UnknownEncoding(f"unknown text encoding: the file is marked {encoding} but shows {problem}")
            return text, encoding
    why: dict[str, str] = {}
    tried: set[str] = set()
    for encoding in _candidates(data):
        if codecs.lookup(encoding).name in tried:
            continue
        tried.add(codecs.lookup(encoding).name)
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        problem = _garbled(text, latin=encoding == FALLBACK_ENCODING)
        if problem is None:
            return text, encoding
        if encoding == "utf-8":
            # Text other than UTF-8 is almost never valid UTF-8 by chance: this is UTF-8, damaged.
            raise UnknownEncoding(f"unknown text encoding: the file reads as UTF-8 but shows {problem}")
        why[encoding] = problem
    if FALLBACK_ENCODING in why:
        reason = f"read as Windows-1252 it shows {why[FALLBACK_ENCODING]}"
    elif why:
        reason = "; ".join(f"read as {e} it shows {p}" for e, p in why.items())
    else:
        reason = "no encoding we know reads all of its bytes"
    raise UnknownEncoding(f"unknown text encoding: the file is not UTF-8, and {reason}")


def _candidates(data: bytes) -> Iterator[str]:
    # UTF-16 first: its zero bytes are valid UTF-8 (as control characters).
    utf16 = _utf16_without_bom(data)
    if utf16:
        yield utf16
    yield "utf-8"
    yield FALLBACK_ENCODING
    # Reached only when none of the above reads as text.
    yield from _detected(data)


def decode(data: bytes) -> str:
    """The text of a file for showing it: as decode_text reads it, or Windows-1252 that never fails."""
    try:
        return decode_text(data)[0]
    except UnknownEncoding:
        return data.decode(FALLBACK_ENCODING, errors="replace")


def extract_csv(data: bytes, part_index: int) -> Extraction:
    try:
        text, encoding = decode_text(data)
    except UnknownEncoding as exc:
        return Extraction(NAME, part_index, error=str(exc))
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
    delimiter = getattr(dialect, "delimiter", ",")
    if find_header_row(rows) is None:
        # A title block above the table ("Order from Acme, Inc.", "Lieferung KW 9, bitte") can make the
        # sniffer take its commas for the delimiter: the one whose rows hold an order table's header is it.
        for other in ",;\t|":
            if other == delimiter or other not in text:
                continue
            try:
                tried = list(csv.reader(io.StringIO(text.replace("\0", ""), newline=""), delimiter=other))
            except csv.Error:
                continue
            if find_header_row(tried) is not None:
                rows, delimiter = tried, other
                break
    # A semicolon file means a European writer, where the comma is the decimal mark.
    decimal_comma = True if delimiter == ";" else None

    def provenance(row: int, col: int | None) -> Provenance:
        return Provenance(kind="csv", part_index=part_index, row=row + 1, cell=f"R{row + 1}C{(col or 0) + 1}")

    table = rows_to_lines(rows, "csv", provenance, decimal_comma=decimal_comma, headerless=True)
    if table.header is None:
        return Extraction(NAME, part_index, notes=["no order table header found"])
    above = rows_above_as_text(rows, table.header.top) if not table.header.inferred else ""
    header = find_header(above + "\n" + table.header_text, part_index, "csv")
    if header.buyer is None and above.strip():
        header.buyer = find_titled_buyer(above, part_index, "csv")
    if header.currency is None and header.currency_sign is None and not table.header.inferred:
        header.currency = find_currency_in_headings([text_of(c) for c in rows[table.header.index]], part_index)
    if header.currency is None and header.currency_sign is None:
        # the code printed on the totals' row under the lines: "Total CAD,1,054.30"
        below = "\n".join(",".join(text_of(c) for c in row) for row in rows[table.header.index + 1:])
        header.currency = find_currency_by_amounts(below, part_index, "csv")
    notes = ["no header row: columns typed by their values"] if table.header.inferred else []
    if encoding not in ("utf-8", FALLBACK_ENCODING) and not encoding.startswith("utf-"):
        notes.append(f"text encoding detected as {encoding}")
    unread_place = unread_ship_to(above, part_index, "csv") if header.ship_to is None else None
    return Extraction(NAME, part_index, header=header, lines=table.lines, unread=table.unread, notes=notes,
                      document_kind=document_kind(above.lstrip()) if above.strip() else None,
                      stated=[unread_place] if unread_place else [])


class CsvExtractor:
    name = NAME

    def score(self, part: Part) -> float:
        ext = filename_ext(part)
        if part.media_type in ("text/csv", "text/tab-separated-values") or ext in ("csv", "tsv"):
            return 0.9
        return 0.0

    def extract(self, part: Part, limits: ReadLimits = READ_LIMITS) -> Extraction:
        return extract_csv(part.content, part.index)


EXTRACTOR = CsvExtractor()
