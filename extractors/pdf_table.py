"""PDF purchase orders (pdfplumber): ruled tables, and tables without lines whose columns are
inferred from where the header words stand. Header fields come from the page text.

What one PDF may cost is bounded (pages, bytes inflated, content read, characters and lines laid
out): past a limit the document is refused as "PDF too large: ..." and nothing else is affected."""

from __future__ import annotations

import io
import re
import threading
import zlib
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from itertools import islice
from operator import itemgetter
from typing import Any

from config import READ_LIMITS, ReadLimits
from extractors import ocr, text_layer
from extractors.base import filename_ext
from extractors.header_fields import (
    document_day_first,
    document_kind,
    document_purpose,
    find_header,
    find_issuer,
    parse_address,
)
from extractors.page_words import cell_text
from extractors.pdf_blocks import Block, group_rows, header_blocks, stacked_fields
from extractors.size_grid import grid_header
from extractors.stated import find_requested_in_document
from extractors.tabular import (
    TableRead,
    classify_header,
    find_header_row,
    rows_to_lines,
    split_run_together,
    total_label,
)
from extractors.tax_ids import find_tax_ids
from extractors.text_columns import heading as column_heading
from extractors.text_columns import is_rule, read_row
from extractors.text_layer import PdfTooLarge
from models.schemas import Address, ExtractedHeader, ExtractedLine, Extraction, Field, Part, Provenance
from vocabulary.dates import find_date_text
from vocabulary.numbers import parse_decimal

NAME = "pdf_table"
SCANNED = "scanned document, no text"
# What OCR reads is never certain ("12oz" comes back "120z"): no value read from a scan is trusted above this.
OCR_CONFIDENCE = 0.5

# What one PDF may cost. An order is a few pages of a few thousand characters each; a hostile or
# broken PDF can hold a million pages, a 41 KB Flate stream that inflates to 40 MB, a small form
# drawn ten thousand times, or a string of a million characters, and pdfminer would read each whole.
MAX_PAGES = 500
MAX_STREAM_BYTES = 32 * 1024 * 1024  # one decoded stream: a page's content, a font, an object stream
MAX_DECODED_BYTES = 64 * 1024 * 1024  # all of one document's decoded streams (pdfminer keeps them)
# Numbers, names, strings and operators of page content read, a form's counted each time it is
# drawn: a page of an order holds a few thousand, and this cap bounds a hostile page's reading time
# (bench/extract_speed.py; docs/benchmarks.md, "Extraction speed").
MAX_CONTENT_TOKENS = 1_000_000
MAX_PAGE_OBJECTS = 50_000  # characters and path segments laid out on one page (each is a Python object)
MAX_LAYOUT_OBJECTS = 500_000  # the same over the whole document
_MB = 1024 * 1024
_CHUNK = 1024 * 1024


@dataclass
class _Budget:
    """What one document may still cost. pdfminer's decoders, interpreter and layout device charge
    it while extract_pdf reads that document (outside it, only the per-stream cap applies)."""

    decoded: int = field(default_factory=lambda: MAX_DECODED_BYTES)
    tokens: int = field(default_factory=lambda: MAX_CONTENT_TOKENS)
    objects: int = field(default_factory=lambda: MAX_LAYOUT_OBJECTS)


# A context variable, so documents read at once in several threads each have their own budget.
_BUDGET: ContextVar[_Budget | None] = ContextVar("pdf_budget", default=None)


def _charge_decoded(size: int) -> None:
    if size > MAX_STREAM_BYTES:
        raise PdfTooLarge(f"a stream inflates to more than {MAX_STREAM_BYTES // _MB} MB")
    budget = _BUDGET.get()
    if budget is not None:
        budget.decoded -= size
        if budget.decoded < 0:
            raise PdfTooLarge(f"its streams inflate to more than {MAX_DECODED_BYTES // _MB} MB")


def _charge_tokens(count: int) -> None:
    budget = _BUDGET.get()
    if budget is not None:
        budget.tokens -= count
        if budget.tokens < 0:
            raise PdfTooLarge(f"drawing its pages reads more than {MAX_CONTENT_TOKENS:,} operators and operands")


def _charge_objects(count: int) -> None:
    budget = _BUDGET.get()
    if budget is not None:
        budget.objects -= count
        if budget.objects < 0:
            raise PdfTooLarge(f"more than {MAX_LAYOUT_OBJECTS:,} characters and lines in all")


def _inflate(data: bytes) -> tuple[bytes, bool]:
    """Flate data inflated a megabyte at a time, refused as soon as it passes MAX_STREAM_BYTES (a
    bomb costs at most the cap); and whether the stream was complete."""
    inflater = zlib.decompressobj()
    chunks: list[bytes] = []
    size = 0
    pending = data
    while True:
        chunk = inflater.decompress(pending, _CHUNK)
        size += len(chunk)
        if size > MAX_STREAM_BYTES:
            _charge_decoded(size)
        chunks.append(chunk)
        pending = inflater.unconsumed_tail
        if inflater.eof or not (pending or len(chunk) == _CHUNK):
            break
    _charge_decoded(size)
    return b"".join(chunks), inflater.eof


class _BoundedZlib:
    """Stands in for the zlib module inside pdfminer.pdftypes: decompress inflates within the
    limits; everything else is zlib's."""

    error = zlib.error

    @staticmethod
    def decompress(data: bytes) -> bytes:
        out, complete = _inflate(data)
        if not complete:
            raise zlib.error("Error -5 while decompressing data: incomplete or truncated stream")
        return out

    def __getattr__(self, name: str) -> Any:
        return getattr(zlib, name)


def _decompress_damaged(data: bytes) -> bytes:
    """pdfminer's fallback for a Flate stream with a wrong checksum or cut short, bounded and
    linear (pdfminer's own feeds one byte at a time and joins the output quadratically): what
    inflates before the end, when the damage is only there or in the trailing checksum."""
    for attempt in (data, data[:-4]):  # a zlib stream ends with a 4-byte checksum
        try:
            return _inflate(attempt)[0]
        except zlib.error:
            continue
    raise zlib.error("damaged Flate stream")


def _lzw_decode(data: bytes) -> bytes:
    from pdfminer.lzw import LZWDecoder

    chunks: list[bytes] = []
    size = 0
    for chunk in LZWDecoder(io.BytesIO(data)).run():
        size += len(chunk)
        if size > MAX_STREAM_BYTES:
            _charge_decoded(size)
        chunks.append(chunk)
    _charge_decoded(size)
    return b"".join(chunks)


def _run_length_decode(data: bytes) -> bytes:
    from pdfminer.runlength import rldecode

    # Up to 128 bytes out for each 2 in, decoded into a Python list: its size is counted first.
    size, at = 0, 0
    while at < len(data) and data[at] != 128:
        length = data[at]
        if length < 128:
            size, at = size + length + 1, at + length + 2
        else:
            size, at = size + 257 - length, at + 2
    _charge_decoded(size)
    return rldecode(data)


_BOUND_LOCK = threading.Lock()


def _bound_pdfminer() -> None:
    """Put the limits where pdfminer and pdfplumber spend. pdfminer decodes every Flate, LZW and
    RunLength stream whole and offers no limit, so its decoders are replaced where PDFStream.decode
    looks them up; its interpreter reads content with the PDFContentParser named in its module (a
    new one for each form drawn), and pdfplumber lays a page out with the device named in its page
    module: counting subclasses take their places. Done once; the hostile-document tests fail if a
    release moves these names."""
    from pdfminer import pdfinterp, pdftypes
    from pdfplumber import page as plumber_page

    with _BOUND_LOCK:
        if not isinstance(pdftypes.zlib, _BoundedZlib):
            _install_bounds(pdfinterp, pdftypes, plumber_page)


def _install_bounds(pdfinterp: Any, pdftypes: Any, plumber_page: Any) -> None:
    class CountingContentParser(pdfinterp.PDFContentParser):
        tokens = 0

        def nextobject(self) -> Any:
            # Charged 64 at a time, each batch as it starts: this runs for every token, and a form
            # drawn ten thousand times may hold only a few.
            if self.tokens % 64 == 0:
                _charge_tokens(64)
            self.tokens += 1
            return super().nextobject()

    class CountingDevice(plumber_page.PDFPageAggregatorWithMarkedContent):
        objects = 0

        def _charge(self, count: int) -> None:
            self.objects += count
            if self.objects > MAX_PAGE_OBJECTS:
                raise PdfTooLarge(f"page {self.pageno} holds more than {MAX_PAGE_OBJECTS:,} characters and lines")
            _charge_objects(count)

        def render_char(self, *args: Any, **kwargs: Any) -> float:
            self._charge(1)
            return float(super().render_char(*args, **kwargs))

        def paint_path(self, gstate: Any, stroke: bool, fill: bool, evenodd: bool, path: Any) -> None:
            self._charge(max(1, len(path)))
            super().paint_path(gstate, stroke, fill, evenodd, path)

        def render_image(self, name: str, stream: Any) -> None:
            self._charge(1)
            super().render_image(name, stream)

    pdftypes.decompress_corrupted = _decompress_damaged
    pdftypes.lzwdecode = _lzw_decode
    pdftypes.rldecode = _run_length_decode
    pdftypes.zlib = _BoundedZlib()
    pdfinterp.PDFContentParser = CountingContentParser
    plumber_page.PDFPageAggregatorWithMarkedContent = CountingDevice


def _phrases(row: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Adjacent words closer than about a space apart form one phrase ("Unit Price")."""
    out: list[dict[str, Any]] = []
    for w in row:
        gap_limit = 0.6 * (w["bottom"] - w["top"])
        if out and w["x0"] - out[-1]["x1"] <= gap_limit:
            out[-1] = {**out[-1], "text": out[-1]["text"] + " " + w["text"], "x1": w["x1"],
                       "words": [*out[-1]["words"], w]}
        else:
            out.append({**w, "words": [w]})
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
        out.append({**p, "text": p["text"][:cut].strip(), "x1": x, "words": []})
        out.append({**p, "text": p["text"][cut:].strip(), "x0": x, "words": []})
    return out


# Header names of a column of running numbers, which we do not read but must keep apart from the code
# beside it: "No.", "Line", "Pos.", "#".
_LINE_NUMBER_HEADER = re.compile(r"^\s*(?:no|nr|n[°º]|line|ln|pos|position|lfd|item\s*#|#)\.?\s*(?:no\.?|#)?\s*$",
                                 re.IGNORECASE)
_NUMBER = re.compile(r"^\d{1,6}$")
# A bare number in a sentence could be a quantity ("deliver 10 pallets"): such a row is not taken for prose.
_QUANTITY_LIKE = re.compile(r"(?<![\w.,\-/])\d+(?:[.,]\d+)?(?![\w\-/]|[.,]\d)")


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> float:
    return min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])


def _column_under(p: dict[str, Any], columns: list[dict[str, Any]]) -> int | None:
    """The column whose header shares most width with `p`, or None when it stands under none."""
    best = max((_overlap(p, c), i) for i, c in enumerate(columns))
    return best[1] if best[0] > 0 else None


def _phrase_of(words: list[dict[str, Any]]) -> dict[str, Any]:
    return {**words[0], "text": " ".join(w["text"] for w in words), "x1": words[-1]["x1"], "words": words}


def _is_number_column(name: str | None, text: str) -> bool:
    return name == "quantity" or (name is None and bool(_LINE_NUMBER_HEADER.match(text)))


def _split_number_header(phrases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A header phrase that is a number column's name set close before the next column's ("No. Item",
    "Qty Part No."): two column names when the words are further apart than a space (about 0.3 of the
    font height) and the second names another column. "Unit Price" or "Line Item" set as one name is
    spaced as words are, and stays whole."""
    out: list[dict[str, Any]] = []
    for p in _split_narrow_columns(phrases):
        words = p.get("words") or []
        for k in range(1, len(words)):
            if words[k]["x0"] - words[k - 1]["x1"] <= 0.4 * (words[k]["bottom"] - words[k]["top"]):
                continue
            left, right = _phrase_of(words[:k]), _phrase_of(words[k:])
            right_name = classify_header(right["text"])
            if _is_number_column(classify_header(left["text"]), left["text"]) and right_name not in (None, "quantity"):
                out += [left, right]
                break
        else:
            out.append(p)
    return out


_PER_HEADER = re.compile(r"^(?:per|unit|uom|unidad|einheit)\.?$", re.IGNORECASE)


def _word_space(phrases: list[dict[str, Any]]) -> float:
    """The row's narrowest gap between two words of a phrase: its font's space. A typewriter font's space
    is wide (0.6 of its height), so only a gap well wider than the row's own space parts columns."""
    gaps = [w["x0"] - before["x1"] for p in phrases for before, w in zip(p.get("words") or [],
                                                                          (p.get("words") or [])[1:], strict=False)]
    return min((g for g in gaps if g > 0), default=0.0)


_Word = dict[str, Any]


def _cut_words(words: list[_Word], cuts: Callable[[list[_Word], _Word, _Word], bool]) -> list[list[_Word]]:
    """A phrase's words in pieces, a new piece starting where `cuts(piece so far, word before, word)` says."""
    pieces: list[list[dict[str, Any]]] = [words[:1]]
    for before, w in zip(words, words[1:], strict=False):
        if cuts(pieces[-1], before, w):
            pieces.append([w])
        else:
            pieces[-1].append(w)
    return pieces


def _split_narrow_columns(phrases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Column names set closer than the phrase gap but further apart than a space ("Rate  per  Disc %"):
    accounting packages print narrow columns that close. Cut there when two of the pieces are column
    names (or the unit a rate is "per"); one name set with word spaces ("Unit Price") stays whole."""
    out: list[dict[str, Any]] = []
    space = _word_space(phrases)
    for p in phrases:
        pieces = _cut_words(p.get("words") or [], lambda _piece, before, w: w["x0"] - before["x1"] > max(
            0.4 * max(w["bottom"] - w["top"], 1.0), 1.5 * space))
        texts = [" ".join(w["text"] for w in piece) for piece in pieces]
        named = sum(1 for t in texts if classify_header(t) is not None or _PER_HEADER.match(t))
        out += [_phrase_of(piece) for piece in pieces] if len(pieces) > 1 and named >= 2 else [p]
    return out


def _split_across_columns(phrases: list[dict[str, Any]], columns: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A row's words set closer than the phrase gap but further apart than a space ("245.00 Nos" under
    "Rate" and "per", "73239990 120" under "HSN" and "Qty"), each side under a column of its own: two
    cells. Narrow columns in accounting-package forms stand that close; a quantity must never take the
    next column's digits or unit."""
    out: list[dict[str, Any]] = []
    space = _word_space(phrases)
    for p in phrases:

        def cuts(piece: list[dict[str, Any]], before: dict[str, Any], w: dict[str, Any]) -> bool:
            # Wider than the row's own space, or beside a number (a typewriter font sets columns one
            # space apart: "00010 700-101790 PALLET"), and more than a proportional font's space.
            apart = w["x0"] - before["x1"] > 0.4 * max(w["bottom"] - w["top"], 1.0) and (
                w["x0"] - before["x1"] > 1.5 * space or bool(re.search(r"\d", before["text"] + w["text"])))
            return apart and _column_under(_phrase_of(piece), columns) != _column_under(w, columns) \
                and _column_under(w, columns) is not None

        pieces = _cut_words(p.get("words") or [], cuts)
        out += [_phrase_of(piece) for piece in pieces] if len(pieces) > 1 else [p]
    return out


def _split_leading_number(phrases: list[dict[str, Any]], columns: list[dict[str, Any]],
                          numeric: list[bool]) -> list[dict[str, Any]]:
    """A number set so close to the code beside it that both read as one phrase ("5 CHM-GLS-QT"): when
    the number stands under a column of numbers (No., Line, Qty) and the rest under another column,
    they are two cells."""
    out: list[dict[str, Any]] = []
    for p in phrases:
        words = p.get("words") or []
        if len(words) >= 2 and _NUMBER.match(words[0]["text"]):
            own = _column_under(words[0], columns)
            rest = _column_under(_phrase_of(words[1:]), columns)
            if own is not None and numeric[own] and rest is not None and rest != own:
                out += [_phrase_of(words[:1]), _phrase_of(words[1:])]
                continue
        out.append(p)
    return out


def _is_note_below(phrases: list[dict[str, Any]], extents: list[dict[str, Any]], gap: float,
                   pitches: list[float]) -> bool:
    """A sentence printed under the table ("Questions about this order: call our purchasing desk."):
    words ending with a full stop or a colon, no number a quantity could be, set further below the row
    above than the rows are apart, and not inside one column: it runs across columns, starts left of the
    column it stands under, or is indented in a column whose cells all start at one edge. A table drawn
    without rules has no other edge; a description wrapping onto a line of its own is set at the rows'
    spacing and starts where its column's cells start. `extents` are the columns so far: their widths
    (header and cells) and where each cell started ("starts")."""
    if not pitches or not phrases:
        return False
    pitch = sorted(pitches)[len(pitches) // 2]
    if gap <= 1.5 * pitch:
        return False
    text = " ".join(p["text"] for p in phrases).strip()
    if len(re.findall(r"[^\W\d_]{2,}", text)) < 3 or text[-1] not in ".:!?" or _QUANTITY_LIKE.search(text):
        return False
    spanned = {i for p in phrases for i, c in enumerate(extents) if _overlap(p, c) > 0}
    if len(spanned) >= 2:
        return True
    first = phrases[0]
    tolerance = 0.5 * (first["bottom"] - first["top"])
    under = _column_under(first, extents)
    if under is None:
        return first["x0"] < min(c["x0"] for c in extents)
    starts = extents[under]["starts"]
    left_aligned = bool(starts) and max(starts) - min(starts) <= 1.0
    return first["x0"] < extents[under]["x0"] - tolerance or (left_aligned and abs(first["x0"] - starts[0]) > tolerance)


def _is_far_below(phrases: list[dict[str, Any]], gap: float, pitches: list[float]) -> bool:
    """Words without a digit set more than three rows' spacing below the row above: text under the table
    (a totals label, a signature line), not the wrap of a description, which follows at the rows' pitch."""
    if not pitches or any(re.search(r"\d", p["text"]) for p in phrases):
        return False
    return gap > 3 * sorted(pitches)[len(pitches) // 2]


def _is_header_again(phrases: list[dict[str, Any]]) -> bool:
    """Three or more pieces of text and no digit, two of them column names: another table's header."""
    if len(phrases) < 3 or any(re.search(r"\d", p["text"]) for p in phrases):
        return False
    return sum(1 for p in phrases if classify_header(p["text"])) >= 2


@dataclass
class _Aligned:
    """A table read from word positions: its grid, each row's box and each cell's (None when empty)."""

    grid: list[list[str]]
    boxes: list[tuple[float, ...]]
    cell_boxes: list[list[tuple[float, ...] | None]]

    def lines(self, page_no: int, part_index: int) -> TableRead:
        def box(found: tuple[float, ...]) -> tuple[float, ...]:
            return tuple(round(v, 1) for v in found)

        def provenance(row: int, col: int | None) -> Provenance:
            return Provenance(kind="pdf", part_index=part_index, page=page_no, row=row, bbox=box(self.boxes[row]))

        def cell_provenance(row: int, col: int) -> Provenance:
            found = self.cell_boxes[row][col] if col < len(self.cell_boxes[row]) else None
            return (Provenance(kind="pdf", part_index=part_index, page=page_no, row=row, bbox=box(found))
                    if found else provenance(row, col))

        # Totals and notes under the table are skipped by rows_to_lines: a totals label is never a
        # line, and a row without a quantity only ever extends the description above it.
        return rows_to_lines(self.grid, "pdf", provenance, value_provenance_of=cell_provenance)


def _aligned_table(words: list[dict[str, Any]]) -> _Aligned | None:
    """A grid from words laid out in columns under a header line, for tables drawn without rules."""
    rows = _two_row_records(group_rows(words))
    for h_index, row in enumerate(rows):
        phrases = _split_number_header(_split_run_together(_phrases(row)))
        names = [classify_header(p["text"]) for p in phrases]
        sizes = grid_header([p["text"] for p in phrases])
        if ("quantity" not in names or not ({"item_code", "description"} & set(names))) and sizes is None:
            continue  # (a size run, "Omschrijving S M L XL", counts under every size: size_grid.py reads it)
        # Every phrase of the header line stands over a column, named or not: a column we do not read
        # ("Line") keeps its values, so they are not pushed into the named column beside it.
        columns = phrases
        numeric = [_is_number_column(n, c["text"]) for c, n in zip(columns, names, strict=True)]
        grid: list[list[str]] = [[c["text"] for c in columns]]
        boxes: list[tuple[float, ...]] = [(row[0]["x0"], row[0]["top"], row[-1]["x1"], row[0]["bottom"])]
        all_cells: list[list[tuple[float, ...] | None]] = [[(c["x0"], c["top"], c["x1"], c["bottom"])
                                                             for c in columns]]
        pitches: list[float] = []
        extents: list[dict[str, Any]] = [{"x0": c["x0"], "x1": c["x1"], "starts": []} for c in columns]
        quantity = names.index("quantity") if "quantity" in names else min(sizes.sizes) if sizes else 0
        above = row[0]["top"]
        below_note = False  # a sentence under the table was passed: only rows with a quantity are lines now
        for data_row in rows[h_index + 1:]:
            row_phrases = _phrases(data_row)
            gap = data_row[0]["top"] - above
            above = data_row[0]["top"]
            if len(grid) > 1 and _is_header_again(row_phrases):
                # A row of column names under the lines ("Currency  Amount  Charges  Tax  Total"): the
                # totals block's own table starts; its row of amounts is no order line.
                break
            if len(grid) > 1 and _is_far_below(row_phrases, gap, pitches):
                below_note = True  # a label set well apart under the table ("Sales / subtotal"): no wrap
                continue
            if len(grid) > 1 and _is_note_below(row_phrases, extents, gap, pitches):
                # The table ended above: the page's text follows, neither a line nor a wrap of the last
                # one. A row with a quantity further down is still read (a note between lines must not
                # cost a line).
                below_note = True
                continue
            pitches.append(gap)
            cells = [""] * len(columns)
            cell_boxes: list[tuple[float, ...] | None] = [None] * len(columns)
            for p in _split_leading_number(_split_across_columns(row_phrases, columns), columns, numeric):
                # Under the header it shares most width with: a header that ran into its
                # neighbour ("Qty OrderedRate") must not take that neighbour's values.
                idx = _column_under(p, columns)
                if idx is None:
                    left = [i for i, c in enumerate(columns) if c["x0"] <= p["x0"]]
                    idx = left[-1] if left else 0
                cells[idx] = (cells[idx] + " " + p["text"]).strip()
                had = cell_boxes[idx]
                cell_boxes[idx] = (min(had[0], p["x0"]), min(had[1], p["top"]), max(had[2], p["x1"]),
                                   max(had[3], p["bottom"])) if had else (p["x0"], p["top"], p["x1"], p["bottom"])
                extent = extents[idx]
                extent["x0"], extent["x1"] = min(extent["x0"], p["x0"]), max(extent["x1"], p["x1"])
                extent["starts"].append(p["x0"])
            if below_note and not re.match(r"\d", cells[quantity]):
                continue
            grid.append(cells)
            all_cells.append(cell_boxes)
            boxes.append((data_row[0]["x0"], data_row[0]["top"], data_row[-1]["x1"], data_row[0]["bottom"]))
        return _Aligned(_seller_codes_under_lines(_line_numbers_apart(grid)), boxes, all_cells)
    return None


# A line's sub-row giving the seller's own number for the item ("Supplier Item 4000287386", "Your
# material number 4000056400", "Vendor part no: KX-20"): the code we sell it under.
_SELLER_CODE_ROW = re.compile(
    r"^(?:(?:supplier|vendor|seller)(?:'?s)?|your)[ \t]+(?:item|part|article|material|product)"
    r"(?:[ \t]*(?:no\.?|nr\.?|number|#|code))?[ \t]*:?[ \t]*(?P<code>(?=[\w\-./]*\d)[A-Z0-9][\w\-./]{2,})$",
    re.IGNORECASE)


def _seller_codes_under_lines(grid: list[list[str]]) -> list[list[str]]:
    """Every line with the seller's own item number on a sub-row under it: the buyer's code in the
    item column is then its own part number (customer_part) and the sub-row's number is the item code,
    in a column of its own. Only when every line gives one, so that no line's code changes meaning alone."""
    names = [classify_header(name) for name in grid[0]]
    if "item_code" not in names or "customer_part" in names or "quantity" not in names:
        return grid
    code_col, qty_col = names.index("item_code"), names.index("quantity")
    codes: list[str | None] = []  # per line, in order
    sub_rows: set[int] = set()
    for i, row in enumerate(grid[1:], start=1):
        filled = [cell for cell in row if cell]
        if row[qty_col]:
            codes.append(None)
        elif codes and filled and (m := _SELLER_CODE_ROW.match(" ".join(filled))) and codes[-1] is None:
            codes[-1] = m.group("code")
            sub_rows.add(i)
    if not codes or any(code is None for code in codes):
        return grid
    header = list(grid[0])
    header[code_col] = "Customer Part"
    out = [[*header, "SKU"]]
    seller = iter(codes)
    for i, row in enumerate(grid[1:], start=1):
        if i in sub_rows:
            out.append([""] * (len(row) + 1))  # read into the line above: no text left to extend it
        else:
            out.append([*row, next(seller) if row[qty_col] else ""])
    return out


_RUNNING_NUMBER = re.compile(r"^\d{1,6}$")


def _line_numbers_apart(grid: list[list[str]]) -> list[list[str]]:
    """An ERP's "Item" column holding the line's running number (00010, 00020; 1, 2) beside another
    code column ("Material #", "Part No."): the line number, not the item's code, so the code beside
    it is read. A column is a line number when its cells are short digit runs that only grow."""
    names = [classify_header(name) for name in grid[0]]
    codes = [j for j, name in enumerate(names) if name == "item_code"]
    if len(codes) < 2 or len(grid) < 2:
        return grid
    first = codes[0]
    values = [row[first] for row in grid[1:] if first < len(row) and row[first]]
    numbers = [int(v) for v in values if _RUNNING_NUMBER.match(v)]
    if not values or len(numbers) != len(values) or numbers != sorted(set(numbers)):
        return grid
    header = list(grid[0])
    header[first] = "Line"  # a running number we do not read (as _LINE_NUMBER_HEADER names it)
    return [header, *grid[1:]]


# Where a record's second row is set when joined to its first: far right of any page, so its columns
# stand apart from the first row's.
_SECOND_ROW = 100_000.0


def _shifted(row: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{**w, "x0": w["x0"] + _SECOND_ROW, "x1": w["x1"] + _SECOND_ROW} for w in row]


def _names(row: list[dict[str, Any]]) -> set[str | None]:
    return {classify_header(p["text"]) for p in _split_number_header(_split_run_together(_phrases(row)))}


def _two_row_records(rows: list[list[dict[str, Any]]]) -> list[list[dict[str, Any]]]:
    """An ERP form that prints each line as a record of two rows under a header of two rows ("Item
    Material Description" over "Order qty. Unit Price per unit Net value"; "00010 700-101 PALLET WOOD"
    over "504 Each 5.13 2,585.52"): each record's second row, and the header's, joined to its first, set
    apart to the right, so one row holds the line. A record starts where a value with a digit stands
    under the header's first name; other rows (notes, sub-rows) stay as they are."""
    for h, (first, second) in enumerate(zip(rows, rows[1:], strict=False)):
        if any(re.search(r"\d", w["text"]) for w in (*first, *second)):
            continue
        a, b = _names(first), _names(second)
        if "quantity" in a or not {"item_code", "description"} & a or "quantity" not in b \
                or {"item_code", "description"} & b or second[0]["top"] - first[0]["top"] > 2 * _height_of(first):
            continue
        left = first[0]["x0"]
        out = [*rows[:h], first + _shifted(second)]
        i = h + 2
        while i < len(rows):
            row = rows[i]
            starts = abs(row[0]["x0"] - left) <= 3 and bool(re.search(r"\d", row[0]["text"]))
            nxt = rows[i + 1] if i + 1 < len(rows) else None
            if starts and nxt is not None and abs(nxt[0]["x0"] - left) > 3 \
                    and any(re.search(r"\d", w["text"]) for w in nxt):
                out.append(row + _shifted(nxt))
                i += 2
                continue
            out.append(row)
            i += 1
        return out
    return rows


def _height_of(row: list[dict[str, Any]]) -> float:
    return max(float(row[0]["bottom"] - row[0]["top"]), 1.0)


def _wrapped(exc: BaseException) -> list[BaseException]:
    """The exception and those it wraps: pdfplumber wraps pdfminer's in a PdfminerException."""
    seen: list[BaseException] = []
    todo: list[object] = [exc]
    while todo and len(seen) < 20:
        e = todo.pop()
        if isinstance(e, BaseException) and e not in seen:
            seen.append(e)
            todo.extend([e.__cause__, e.__context__, *e.args])
    return seen


def _encrypted(exc: BaseException) -> bool:
    return any("password" in type(e).__name__.lower() or "encrypt" in type(e).__name__.lower()
               for e in _wrapped(exc))


def readable_page(page: Any) -> Any:
    """The page with each character drawn twice at (almost) one place kept once. Word processors and
    report writers fake bold by drawing a word again a fraction of a point to the right; the text layer
    then says "PPOO  NNuummbbeerr" and no label, code or number reads. Every reading of a PDF's text
    (lines, header, the review screen's search for a field's box) goes through here, so spans agree."""
    # Same character, same size, less than a point apart: a different font for the second drawing
    # (a bold face over the regular one) is the same trick. pdfplumber's dedupe costs as much as reading
    # the page, so it runs only on a page that has such a pair.
    if not _drawn_twice(page.chars):
        return page
    return page.dedupe_chars(tolerance=1, extra_attrs=("size",))


_PLACE = itemgetter("text", "size", "x0", "top")


def _drawn_twice(chars: list[dict[str, Any]]) -> bool:
    """Whether two characters of one text and size stand less than a point apart (both ways). In text,
    size, x0 and top order, one pass: a character is compared with the one above it at its x0 (a column
    of one digit costs no more than its length) and with the runs less than a point to its left."""
    try:
        placed = sorted(map(_PLACE, chars))
    except KeyError:  # a character without a size
        placed = sorted((c["text"], c.get("size", 0), c["x0"], c["top"]) for c in chars)
    last_text, last_size, last_x0 = None, None, None
    tops: list[float] = []
    near: list[tuple[float, list[float]]] = []  # earlier runs of this text and size less than a point left
    for text, size, x0, top in placed:
        if x0 == last_x0 and size == last_size and text == last_text:
            if top - tops[-1] <= 1:
                return True
            tops.append(top)
        else:
            if size == last_size and text == last_text:
                near = [(run_x0, run) for run_x0, run in near if x0 - run_x0 <= 1]
                if x0 - last_x0 <= 1:  # type: ignore[operator]
                    near.append((last_x0, tops))  # type: ignore[arg-type]
            else:
                near = []
            last_text, last_size, last_x0, tops = text, size, x0, [top]
        for _, run in near:
            at = bisect_left(run, top - 1)
            if at < len(run) and run[at] <= top + 1:
                return True
    return False


# Which reader lays a PDF's pages out: PDFium's text layer (extractors.text_layer), or pdfminer through
# pdfplumber, kept for a PDF PDFium cannot open and as the reference the text layer is tested against.
TEXT_LAYER = "text_layer"
PDFPLUMBER = "pdfplumber"


@contextmanager
def _plumber_pages(data: bytes) -> Iterator[Iterable[Any]]:
    """The pages as pdfplumber reads them (pdfminer parsing in Python), within the pdfminer budgets."""
    import pdfplumber
    from pdfminer.pdfpage import PDFPage

    _bound_pdfminer()
    budget = _BUDGET.set(_Budget())
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            # Counted by walking the page tree, stopping one past the cap: pdf.pages would make a
            # Page for each of a million.
            if sum(1 for _ in islice(PDFPage.create_pages(pdf.doc), MAX_PAGES + 1)) > MAX_PAGES:
                raise PdfTooLarge(f"more than {MAX_PAGES} pages")
            yield pdf.pages
    finally:
        _BUDGET.reset(budget)


@contextmanager
def _layer_pages(data: bytes) -> Iterator[Iterable[Any]]:
    pages = text_layer.read_pages(data)
    if any(page.bullets or page.skewed for page in pages):
        _chars_from_pdfminer(data, pages)
    yield pages


def _chars_from_pdfminer(data: bytes, pages: list[text_layer.LayerPage]) -> None:
    """Two kinds of page take their characters from pdfminer (only those pages are laid out by pdfminer,
    within its budgets; a page it cannot read keeps PDFium's). A page with a bullet: PDFium gives one where
    a code WinAnsiEncoding leaves undefined was drawn, which pdfminer reads as "(cid:N)" (and lays out
    with its own width of it), and does not say which code a character was drawn with. A page with text
    turned or slanted by its matrix (a scanned page's skew): PDFium's boxes there are the turned glyphs'
    whole extents, wider than pdfminer's, and the runs of spaces it drops are not put back, so a
    monospace print's character pitch and columns would be read otherwise."""
    try:
        with _plumber_pages(data) as plumbed:
            for page, theirs in zip(pages, plumbed, strict=False):
                if page.bullets or page.skewed:
                    page.objects["char"] = list(theirs.chars)
                theirs.close()
    except Exception:  # pdfminer cannot read it or it is too large there: PDFium's reading stands
        return


def open_pages(data: bytes, reader: str = TEXT_LAYER) -> AbstractContextManager[Iterable[Any]]:
    """A PDF's pages, each with chars, images, extract_text, extract_words, find_tables, search and
    dedupe_chars as pdfplumber's pages have them."""
    return _plumber_pages(data) if reader == PDFPLUMBER else _layer_pages(data)


def readable_pages(data: bytes) -> list[Any]:
    """Every page as extract_pdf reads it (the text layer, or pdfplumber for a file PDFium cannot open),
    characters drawn twice kept once. The review screen searches these for a header field's box, so
    the spans the extractor recorded land on the same text."""
    try:
        with open_pages(data) as pages:
            return [readable_page(page) for page in pages]
    except text_layer.PdfUnreadable:
        with open_pages(data, PDFPLUMBER) as pages:
            return [readable_page(page) for page in pages]  # each page's characters read before closing


def extract_pdf(data: bytes, part_index: int, reader: str = TEXT_LAYER) -> Extraction:
    """Header and lines of a PDF. Read from PDFium's text layer; a file PDFium cannot open (and does not
    say is encrypted) is tried with pdfplumber before it is given up."""
    try:
        return _extract_pdf(data, part_index, reader)
    except text_layer.PdfUnreadable:
        return _extract_pdf(data, part_index, PDFPLUMBER)


def _extract_pdf(data: bytes, part_index: int, reader: str) -> Extraction:
    texts: list[str] = []
    cells: list[str] = []
    lines: list[ExtractedLine] = []
    unread: list[str] = []
    known_header: list[Any] | None = None
    first_words: list[dict[str, Any]] = []
    page_width = 612.0
    dated: list[str] = []  # "Delivery Date: 01/20/2026" from a table's date column
    scanned: list[int] = []  # pages with an image and no text layer
    # One guard around open, every page and close: a damaged PDF can fail at any of them (even
    # closing parses pages), and it must cost this document only.
    try:
        with open_pages(data, reader) as pages:
            for page_no, drawn in enumerate(pages, start=1):
                page = readable_page(drawn)
                texts.append(page.extract_text() or "")
                if not page.chars and page.images:
                    scanned.append(page_no)
                if page_no == 1:  # the header's blocks and fields stand on the first page
                    first_words, page_width = page.extract_words(), float(page.width)
                table, known_header = _page_table(page, page_no, part_index, known_header, cells, dated)
                lines.extend(table.lines)
                unread.extend(table.unread)
                drawn.close()  # its characters and layout are read: let them go
    except text_layer.PdfUnreadable as exc:
        if exc.encrypted:
            return Extraction(NAME, part_index, error="encrypted PDF: it cannot be opened without its password")
        raise
    except Exception as exc:
        too_large = next((e for e in _wrapped(exc) if isinstance(e, PdfTooLarge)), None)
        if too_large is not None:
            return Extraction(NAME, part_index, error=f"PDF too large: {too_large}")
        if _encrypted(exc):
            return Extraction(NAME, part_index, error="encrypted PDF: it cannot be opened without its password")
        return Extraction(NAME, part_index, error=f"could not read PDF: {type(exc).__name__}: {exc}".strip())
    text = "\n".join(texts)
    if not text.strip():
        return _read_scan(data, part_index)
    header = find_header(text, part_index, "pdf", letter=True)
    if cells:
        # Header blocks drawn as boxes side by side ("Bill To" | "Shipped To", or a row of "Purchase
        # Order Number" / value cells) run together in the page text; each box alone reads cleanly.
        boxed = find_header("\n\n".join(cells), part_index, "pdf")
        header = header.merged_with(boxed)
        # An address block read inside its own box cannot have swallowed the box beside it.
        header.ship_to = boxed.ship_to or header.ship_to
        header.buyer = boxed.buyer or header.buyer
    header = _from_layout(header, first_words, texts[0], part_index, page_width)
    # Read from the first page cut at its column gaps: an id printed in a block beside another runs
    # into that block's line in the page text.
    header.buyer_ids = header.buyer_ids or find_tax_ids(_segments(first_words) if first_words else text,
                                                        part_index, "pdf")
    if dated and header.requested_date is None:
        # Each line's delivery date, when the header states none: the first line's is the order's.
        header.requested_date = find_header("\n".join(dated), part_index, "pdf",
                                            day_first=document_day_first(text)).requested_date
    # A change or cancellation says so at the top ("REVISED PURCHASE ORDER", "Change to PO 4471"); the
    # small print further down speaks of changes and cancellations in general.
    extraction = Extraction(NAME, part_index, header=header, lines=lines, unread=unread,
                            document_kind=document_kind(text), purpose=document_purpose(text[:1500]),
                            stated=find_requested_in_document(text, part_index, "pdf"))
    return _with_scanned_pages(extraction, data, scanned)


_SINGLE_VALUE_FIELDS = ("po_number", "order_date", "requested_date", "currency", "payment_terms")


def _from_layout(header: ExtractedHeader, words: list[dict[str, Any]], first_text: str, part_index: int,
                 page_width: float, scanned: bool = False) -> ExtractedHeader:
    """The header completed from where the first page's words stand: address blocks side by side read
    down their columns, fields beside an address or under their label read apart from it, the
    letterhead as the buyer when no block names one (on a scan only a name over its address); never the
    seller's own address or name."""
    blocks = header_blocks(words, page_width) if words else []
    if blocks:
        header = _with_blocks(header, blocks, part_index)
    for cut in (stacked_fields, _segments) if words else ():
        # A field printed in a column beside an address ("14 Mill Road      Date : 02/06/2026"), or with
        # its value under its label there, runs into the address's lines in the page text; read apart,
        # each column's "label: value" is found. Only single-value fields (and only those still
        # missing): an address cut into pieces across columns is no address.
        missing = frozenset(name for name in _SINGLE_VALUE_FIELDS if getattr(header, name) is None)
        if not missing:
            break
        apart_text = cut(words)
        if not apart_text:
            continue
        apart = find_header(apart_text, part_index, "pdf", only=missing)
        for name in missing:
            setattr(header, name, getattr(apart, name))
    if header.buyer is None:
        # No block names the buyer: a purchase order's letterhead is its issuer's, the buyer's.
        issuer = find_issuer(first_text, part_index, "pdf", first_line=not scanned)
        if issuer is not None and not _is_seller_name(issuer.value, blocks):
            header.buyer = issuer
    return _not_the_sellers(header, blocks)


def _segments(words: list[dict[str, Any]]) -> str:
    """The page's text with each row cut where a column gap is (wider than about a word's height), each
    piece on a line of its own: the header's columns apart. Pieces of one row keep their order; rows are
    a blank line apart, so that a label ending one row never takes the next row's text in another
    column for its value."""
    out: list[str] = []
    for row in group_rows(words):
        if out:
            out.append("")
        piece = [row[0]["text"]]
        for before, w in zip(row, row[1:], strict=False):
            if w["x0"] - before["x1"] > 1.2 * max(w["bottom"] - w["top"], 1.0):
                out.append(" ".join(piece))
                piece = []
            piece.append(w["text"])
        out.append(" ".join(piece))
    return "\n".join(out)


# The buyer's own name is on a sold-to block first, then the bill-to, then a customer block.
_BLOCK_ORDER = {"sold_to": 0, "bill_to": 1, "buyer": 2, "ship_to": 3}


def _with_blocks(header: ExtractedHeader, blocks: list[Block], part_index: int) -> ExtractedHeader:
    """The header with its ship-to, bill-to and buyer read from the address blocks set side by side,
    each down its own column (the page text runs them together line by line)."""
    ours = sorted((b for b in blocks if b.kind in _BLOCK_ORDER), key=lambda b: _BLOCK_ORDER[b.kind])
    if ours:
        side = find_header("\n\n".join(b.text() for b in ours), part_index, "pdf")
        header.ship_to = side.ship_to or header.ship_to
        header.bill_to = side.bill_to or header.bill_to
        header.buyer = side.buyer or header.buyer
    said_ship_to = next((b for b in blocks if b.kind == "ship_to"), None)
    if said_ship_to is not None and _SAME_AS_BILLING.match(" ".join(said_ship_to.lines)) and header.bill_to:
        # "Deliver to: Same as invoice address": the bill-to block is the place.
        header.ship_to = Field(header.bill_to.value, PLACE_BLOCK_CONFIDENCE, header.bill_to.provenance)
    if header.ship_to is None:
        header.ship_to = _place_block(blocks, part_index)
    return header


# A delivery block that points at the billing one.
_SAME_AS_BILLING = re.compile(r"^[ \t]*same[ \t]+as[ \t]+(?:the[ \t]+)?"
                              r"(?:invoice|invoicing|billing|bill[ \t-]*to|above)"
                              r"\b", re.IGNORECASE)
# An address under a place's name ("Property", "Job Site") rather than a ship-to label: read, but with
# less certainty than a labelled ship-to.
PLACE_BLOCK_CONFIDENCE = 0.7


def _place_block(blocks: list[Block], part_index: int) -> Field[Address] | None:
    """The one place block ("Property", "Location", "Job Site", "Receiving") whose lines are a whole
    address (a street and its town): the goods' destination when no ship-to label is printed. Several such
    places, or a place named with no address, say nothing here (the decision asks where it goes)."""
    whole = [a for b in blocks if b.kind == "place" and (a := parse_address(b.lines)) is not None
             and a.street and re.search(r"\d", a.street) and (a.postal_code or a.city)]
    if len(whole) != 1:
        return None
    return Field(whole[0], PLACE_BLOCK_CONFIDENCE, Provenance(kind="pdf", part_index=part_index))


def _not_the_sellers(header: ExtractedHeader, blocks: list[Block]) -> ExtractedHeader:
    """Never the seller's own address (its vendor, supplier or remit-to block) as where the goods go, nor
    its name as the buyer: a clerk asks rather than ship to the supplier."""
    sellers = [b for b in blocks if b.kind == "seller"]
    seller_addresses = [a for b in sellers if (a := parse_address(b.lines)) is not None]
    if header.ship_to is not None and any(_same_place(header.ship_to.value, a) for a in seller_addresses):
        header.ship_to = None
    if header.buyer is not None and _is_seller_name(header.buyer.value, blocks):
        header.buyer = None
    return header


def _is_seller_name(name: str, blocks: list[Block]) -> bool:
    """The name stands at the top of a vendor / supplier / remit-to block (the seller's own)."""
    return _name_key(name) in {_name_key(line) for b in blocks if b.kind == "seller" for line in b.lines[:2]}


def _name_key(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def _same_place(a: Address, b: Address) -> bool:
    """The same street in the same postal code (or city): the seller's own address read as a ship-to."""
    if not (a.street and b.street) or _name_key(a.street) != _name_key(b.street):
        return False
    return bool((a.postal_code and a.postal_code == b.postal_code)
                or (a.city and b.city and _name_key(a.city) == _name_key(b.city)))


def _read_scan(data: bytes, part_index: int) -> Extraction:
    """A PDF without a text layer: read by OCR when an engine is installed, with the same table and
    header rules as printed text. Whatever OCR gives goes to a clerk (the order keeps `read_by_ocr`);
    a scan with no readable line stays the "scanned document" a clerk types, with any header read."""
    if not ocr.available():
        return Extraction(NAME, part_index, error=SCANNED)
    return _from_ocr(ocr.read_pages(data), part_index)


def _read_image(data: bytes, part_index: int) -> Extraction:
    """An image attached instead of a PDF (a photo or a scanner's TIFF of the order): read by OCR like
    a scanned page, and always for a clerk to check."""
    if not ocr.available():
        return Extraction(NAME, part_index, error=SCANNED, notes=["an image: no OCR engine to read it"])
    return _from_ocr(ocr.read_image(data), part_index)


@dataclass
class _OcrRead:
    """What OCR read on some pages: their text, their lines and rows it could not read."""

    text: str
    lines: list[ExtractedLine]
    unread: list[str]


def _ocr_read(pages: list[list[dict[str, Any]]], page_numbers: list[int], part_index: int) -> _OcrRead:
    texts: list[str] = []
    lines: list[ExtractedLine] = []
    unread: list[str] = []
    for page_no, words in zip(page_numbers, pages, strict=False):
        texts.append("\n".join(" ".join(w["text"] for w in row) for row in group_rows(words)))
        aligned = _aligned_table(words)
        if aligned is None:
            continue
        table = aligned.lines(page_no, part_index)
        lines.extend(table.lines)
        unread.extend(table.unread)
    # What OCR reads is never certain ("12oz" comes back "120z"): nothing read from a scan is trusted above this.
    for line in lines:
        line.confidence = min(line.confidence, OCR_CONFIDENCE)
    return _OcrRead("\n".join(texts), lines, unread)


def _capped(header: ExtractedHeader) -> ExtractedHeader:
    for name in header.__dataclass_fields__:
        value = getattr(header, name)
        if value is not None:
            value.confidence = min(value.confidence, OCR_CONFIDENCE)
    return header


def _from_ocr(pages: ocr.OcrPages, part_index: int) -> Extraction:
    if pages.error:
        return Extraction(NAME, part_index, error=SCANNED, notes=[f"OCR: {pages.error}"])
    read = _ocr_read(pages.pages, list(range(1, len(pages.pages) + 1)), part_index)
    text, lines, unread = read.text, read.lines, read.unread
    first = pages.pages[0] if pages.pages else []
    # A scan's words stand where they were printed: its header blocks are read down their columns too.
    first_text = "\n".join(" ".join(w["text"] for w in row) for row in group_rows(first))
    header = _capped(_from_layout(find_header(text, part_index, "pdf"), first, first_text, part_index,
                                  max((w["x1"] for w in first), default=612.0) + 1, scanned=True))
    # An id OCR misread matches no customer's; one read right names the buyer as on a printed page.
    header.buyer_ids = header.buyer_ids or find_tax_ids(_segments(first) if first else text, part_index, "pdf")
    notes = [f"read by OCR ({len(pages.pages)} page{'s' if len(pages.pages) != 1 else ''})"]
    if pages.pages_skipped:
        notes.append(f"OCR stopped after {len(pages.pages)} pages; {pages.pages_skipped} more not read")
    if not lines:
        # Still the scan a clerk types (SCANNED), but not "no text": say what OCR did read.
        if text.strip():
            notes.append("OCR read the page's text but no order table in it")
        return Extraction(NAME, part_index, header=header, error=SCANNED, notes=notes,
                          document_kind=document_kind(text), read_by_ocr=bool(text.strip()))
    return Extraction(NAME, part_index, header=header, lines=lines, unread=unread, notes=notes,
                      document_kind=document_kind(text), read_by_ocr=True)


def _with_scanned_pages(extraction: Extraction, data: bytes, scanned: list[int]) -> Extraction:
    """A PDF whose text layer misses some pages (a scanned page put among printed ones, a signed copy
    appended): those pages are read by OCR too. Their lines join the printed ones, their header fields
    only fill what the text layer did not say, and the order goes to a clerk (`read_by_ocr`)."""
    if not scanned or not ocr.available():
        if scanned:
            extraction.notes.append(f"{_pages(scanned)} no text layer and no OCR engine: not read")
        return extraction
    pages = ocr.read_pages(data, only={n - 1 for n in scanned})
    if pages.error:
        extraction.notes.append(f"{_pages(scanned)} no text layer; OCR: {pages.error}")
        return extraction
    read = _ocr_read(pages.pages, scanned, extraction.part_index)
    if not read.text.strip():
        return extraction  # blank pages (a cover, a back side): nothing read, nothing to check
    extraction.lines.extend(read.lines)
    extraction.unread.extend(read.unread)
    extraction.header = extraction.header.merged_with(_capped(find_header(read.text, extraction.part_index, "pdf")))
    extraction.notes.append(f"{_pages(scanned)} no text layer: read by OCR")
    extraction.read_by_ocr = True
    return extraction


def _pages(numbers: list[int]) -> str:
    return ("page " if len(numbers) == 1 else "pages ") + ", ".join(str(n) for n in numbers) + (
        " has" if len(numbers) == 1 else " have")


_CharIndex = tuple[list[float], list[tuple[int, dict[str, Any]]]]
_PAGE_ORDER = itemgetter(1)


def _chars_by_middle(chars: list[dict[str, Any]]) -> _CharIndex:
    """A page's characters sorted by their vertical middle (with their place on the page), so each
    table row can take its own slice instead of testing every character of the page."""
    ordered = sorted(((c["top"] + c["bottom"]) / 2, i, c) for i, c in enumerate(chars))
    return [m for m, _, _ in ordered], [(i, c) for _, i, c in ordered]


def _cell_texts(table: Any, by_middle: _CharIndex) -> tuple[list[list[str | None]], list[Any], list[list[Any]]]:
    """What pdfplumber's Table.extract() gives (a character belongs to the cell holding its middle;
    each cell's characters in page order become its text), each row's box and each cell's. Table.extract tests
    every character of the page against every row, which was a quarter of a ruled PDF's time."""
    middles, chars = by_middle
    grid: list[list[str | None]] = []
    boxes = []
    cell_boxes: list[list[Any]] = []
    for row in table.rows:
        x0, top, x1, bottom = row.bbox
        boxes.append(row.bbox)
        cell_boxes.append(list(row.cells))
        # The row's characters by their horizontal middle, so that each cell takes its own slice.
        in_row = sorted(((c["x0"] + c["x1"]) / 2, i, c) for i, c in chars[bisect_left(middles, top):
                                                                           bisect_left(middles, bottom)])
        centres = [m for m, _, _ in in_row]
        texts: list[str | None] = []
        for cell in row.cells:
            if cell is None:
                texts.append(None)
                continue
            cx0, ctop, cx1, cbottom = cell
            start, end = bisect_left(centres, max(cx0, x0)), bisect_left(centres, min(cx1, x1))
            mine = [c for _, _, c in sorted(
                (placed for placed in in_row[start:end]
                 if ctop <= (placed[2]["top"] + placed[2]["bottom"]) / 2 < cbottom), key=_PAGE_ORDER)]
            texts.append(cell_text(mine) if mine else "")
        grid.append(texts)
    return grid, boxes, cell_boxes


def _rows_stacked_in_cells(grid: list[list[str | None]], boxes: list[Any], cell_boxes: list[list[Any]]
                           ) -> tuple[list[list[str | None]], list[Any], list[list[Any]]]:
    """A ruled table whose body is one cell per column, every order line a line of text inside it
    (accounting packages draw their PO forms so): each such row becomes one row per line. Only when every
    filled cell of the row holds the same number of lines and two columns hold a number on every line, so a
    description wrapped over two lines beside one quantity stays one row."""
    out_grid: list[list[str | None]] = []
    out_boxes: list[Any] = []
    out_cells: list[list[Any]] = []
    for row, box, cells in zip(grid, boxes, cell_boxes, strict=True):
        split = [(c.split("\n") if c else None) for c in row]
        counts = {len(lines) for lines in split if lines is not None}
        numeric = sum(1 for lines in split if lines is not None
                      and all(parse_decimal(ln) is not None for ln in lines))
        if len(counts) != 1 or (n := counts.pop()) < 2 or numeric < 2:
            out_grid.append(row)
            out_boxes.append(box)
            out_cells.append(cells)
            continue
        for i in range(n):
            out_grid.append([lines[i] if lines is not None else None for lines in split])
            out_boxes.append(_slice(box, i, n))
            out_cells.append([_slice(c, i, n) for c in cells])
    return out_grid, out_boxes, out_cells


def _slice(box: Any, i: int, n: int) -> Any:
    """The i-th of n equal horizontal bands of a box (where the i-th line of its text stands)."""
    if box is None:
        return None
    x0, top, x1, bottom = box
    height = (bottom - top) / n
    return (x0, top + i * height, x1, top + (i + 1) * height)


# A column of dates whose name says delivery ("Delivery", "Need By", "Req. Ship Date"): each line's day.
_DELIVERY_COLUMN = re.compile(r"\b(?:deliver(?:y|ed)?|ship(?:ping)?|need(?:ed)?|due|required|requested|promised"
                              r"|liefer\w*|livraison|entrega)\b", re.IGNORECASE)


def _delivery_dates(grid: list[list[Any]], header_index: int) -> list[str]:
    """'Delivery Date: <first value>' for a column named for delivery whose first value is a date."""
    if not grid or header_index >= len(grid):
        return []
    out: list[str] = []
    for col, name in enumerate(grid[header_index]):
        if not name or not _DELIVERY_COLUMN.search(str(name)):
            continue
        # The first value with a digit: a header printed on two rows puts words ("Date") first.
        first = next((str(row[col]).strip() for row in grid[header_index + 1:]
                      if col < len(row) and row[col] and re.search(r"\d", str(row[col]))), "")
        if first and find_date_text(first) is not None:
            out.append(f"Delivery Date: {first.splitlines()[0]}")
    return out[:1]


def _schedule_dates(words: list[dict[str, Any]]) -> list[str]:
    """'Delivery Date: <value>' from a delivery schedule printed under a line, a row of column names
    ("Sch Num  Promised Date  Qty  UOM") over a row of values: the date under the delivery column."""
    rows = [_phrases(row) for row in group_rows(words)]
    for names, values in zip(rows, rows[1:], strict=False):
        if any(re.search(r"\d", p["text"]) for p in names):
            continue  # a row of values, not of column names
        for name in names:
            if not (re.search(r"\bdate\b", name["text"], re.IGNORECASE) and _DELIVERY_COLUMN.search(name["text"])):
                continue
            under = [v for v in values if _overlap(v, name) > 0 and find_date_text(v["text"]) is not None]
            if under:
                return [f"Delivery Date: {under[0]['text']}"]
    return []


def _page_table(
    page: Any, page_no: int, part_index: int, known_header: list[Any] | None, cells: list[str],
    dated: list[str] | None = None,
) -> tuple[TableRead, list[Any] | None]:
    """Lines on one page, and the table header to apply to a continuation page without its own.
    Ruled cells holding more than one line of text are added to `cells`, for header fields; each line's
    delivery date column gives `dated` its first value."""
    dated = dated if dated is not None else []
    found = page.find_tables()
    by_middle = _chars_by_middle(page.chars) if found else ([], [])
    tables = [(table, *_rows_stacked_in_cells(*_cell_texts(table, by_middle))) for table in found]
    cells.extend(c for _, grid, _, _ in tables for row in grid for c in row if c and ("\n" in c or ":" in c))
    for _table, grid, row_boxes, row_cells in tables:
        boxes: list[Any] = list(row_boxes)
        cell_boxes: list[list[Any]] = list(row_cells)
        own = find_header_row(grid)
        if own is None and known_header is not None and grid and len(grid[0]) == len(known_header):
            grid, boxes, cell_boxes = [known_header] + grid, [None] + boxes, [[]] + cell_boxes
        elif own is not None:
            known_header = grid[own.index]

        def provenance(row: int, col: int | None, boxes: list[Any] = boxes) -> Provenance:
            box = boxes[row] if row < len(boxes) else None
            return Provenance(kind="pdf", part_index=part_index, page=page_no, row=row,
                              bbox=tuple(round(v, 1) for v in box) if box else None)

        def cell_provenance(row: int, col: int, cell_boxes: list[list[Any]] = cell_boxes) -> Provenance:
            cells_of_row = cell_boxes[row] if row < len(cell_boxes) else []
            box = cells_of_row[col] if col < len(cells_of_row) else None
            return (Provenance(kind="pdf", part_index=part_index, page=page_no, row=row,
                               bbox=tuple(round(v, 1) for v in box)) if box else provenance(row, col))

        table = rows_to_lines(grid, "pdf", provenance, value_provenance_of=cell_provenance)
        if table.lines:
            if table.header is not None and not dated:
                dated.extend(_delivery_dates(grid, table.header.index))
            return table, known_header
    aligned = _aligned_table(page.extract_words())
    if aligned:
        read = aligned.lines(page_no, part_index)
        if read.lines and not dated:
            dated.extend(_delivery_dates(aligned.grid, 0) or _schedule_dates(page.extract_words()))
        if read.unread and len(read.unread) > len(read.lines):
            printed = _printed_rows(page, page_no, part_index)
            if len(printed) > len(read.lines):
                return TableRead(read.header, printed), known_header
        return read, known_header
    return TableRead(None), known_header


def _as_printed(chars: list[dict[str, Any]], left: float, width: float) -> str:
    """A line of a monospace print as it was typed: each character in the column its place on the page gives,
    so that the gaps between columns come back as the runs of spaces they were."""
    out: list[str] = []
    for c in chars:
        at = round((float(c["x0"]) - left) / width)
        if at >= len(out):
            out.extend(" " * (at - len(out)))
            out.append(c["text"])
    return "".join(out)


def _printed_rows(page: Any, page_no: int, part_index: int) -> list[ExtractedLine]:
    """The rows of an order printed as fixed-width text (a typewriter-style ERP print in a monospace font), read
    line by line from the page's text laid out as printed, under its column heading: which number is the
    quantity is told by arithmetic (quantity x price = extension) or the heading (text_columns.py). For a page
    whose values drift off their columns as the descriptions grow, where reading by column positions fails."""
    chars = [c for c in page.chars if c["text"].strip()]
    widths = sorted(float(c["x1"] - c["x0"]) for c in chars)
    if not widths or widths[0] <= 0 or widths[-1] > 1.05 * widths[0]:
        return []  # not one width for every character: no monospace print
    columns = None
    found: list[ExtractedLine] = []
    left, width = min(float(c["x0"]) for c in chars), widths[len(widths) // 2]
    for text_line in page.extract_text_lines(strip=False, return_chars=True):
        text = _as_printed(text_line["chars"], left, width)
        if columns is None:
            columns = column_heading(text)
            continue
        if is_rule(text) or not text.strip():
            continue
        if total_label(text.strip(), False, None):
            break
        row = read_row(text, columns)
        if row is None or not row.checked:
            if found:
                break
            continue
        box = tuple(round(float(text_line[k]), 1) for k in ("x0", "top", "x1", "bottom"))
        found.append(ExtractedLine(
            raw_text=text.strip(), quantity=row.quantity, item_code=row.code, description=row.description,
            uom=row.unit, unit_price=row.price, line_total=row.total,
            confidence=0.95 if row.unknown_unit is None else 0.9,
            provenance=Provenance(kind="pdf", part_index=part_index, page=page_no, row=len(found), bbox=box)))
    return found


class PdfTableExtractor:
    name = NAME

    def score(self, part: Part) -> float:
        if part.media_type == "application/pdf" or filename_ext(part) == "pdf":
            return 0.9
        if _is_image(part):
            return 0.9
        if part.media_type == "application/octet-stream" and part.content[:5] == b"%PDF-":
            return 0.8
        return 0.0

    def extract(self, part: Part, limits: ReadLimits = READ_LIMITS) -> Extraction:
        if _is_image(part) and part.content[:5] != b"%PDF-":
            return _read_image(part.content, part.index)
        return extract_pdf(part.content, part.index)


def _is_image(part: Part) -> bool:
    """An attached picture of a page (JPEG, PNG, TIFF), read by OCR; logos and inline images never get
    here (intake keeps only attachments)."""
    return part.role == "attachment" and (part.media_type in ocr.IMAGE_TYPES
                                          or filename_ext(part) in ocr.IMAGE_EXTENSIONS)


EXTRACTOR = PdfTableExtractor()
