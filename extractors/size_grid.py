"""Size-run grids: a row per product, a column per size, the count ordered in each cell.

Clothing, footwear and gloves are ordered this way in every format ("Artikel | S | M | L | XL" pasted
from a spreadsheet, a boot grid under "39 40 41 ... 46" in a PDF, glove sizes "Gr. 7 ... Gr. 11"): the
header names no quantity column, because every size column is one. Each filled cell is an order line of
its own: the row's product in that column's size, so the matcher reads the size as the attribute that
tells the catalog's twins apart. A dash, a zero or an empty cell orders nothing in that size.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from models.schemas import ExtractedLine, Provenance

Cell = object

# A letter size as a size run writes it; (2XL..6XL) and the X's written out.
_LETTER_SIZE = r"(?:xxs|xs|s|m|l|xl|xxl|xxxl|xxxxl|[2-6]\s?xl|[2-6]x)"
# A word or sign before a size in a heading ("Gr. 8", "maat 42", "T. L", "str. XL", "EU 43").
_SIZE_WORD = (r"(?:size|sz|gr|gr\u00f6\u00dfe|groesse|maat|mt|taille|t|talla|taglia|tg|str|st\u00f8rrelse|"
              r"storlek|st\u00f8rrelse|rozmiar|rozm|koko|velikost|eu|uk|us)\.?\s*")
_SIZE_HEADING = re.compile(rf"(?:{_SIZE_WORD})?(?:{_LETTER_SIZE}|\d{{1,2}}(?:[.,]5)?)", re.IGNORECASE)
_HAS_SIZE_WORD = re.compile(rf"^{_SIZE_WORD}(?=\S)", re.IGNORECASE)
_NUMBER_SIZE = re.compile(r"(?:\D*?)(\d{1,2}(?:[.,]5)?)$")
# A count in a cell: a whole number, maybe with a unit after it ("24", "24 pr").
_COUNT = re.compile(r"(\d{1,5})(?:[.,]0+)?(?:\s*[^\W\d_]{1,6}\.?)?")
_NOTHING = re.compile(r"[-\u2013\u2014.x/0]*", re.IGNORECASE)
# A column after the sizes that sums or prices the row, not a size.
_TOTAL_HEADING = re.compile(r"(?:total|totaal|summe|gesamt|sum|qty|menge|aantal|antal|ilo\u015b\u0107|quantit\u00e9|"
                            r"pairs?|paar|pcs|stk|st|price|prijs|preis|prix|pris|cena|unit|each)\b", re.IGNORECASE)
# At least this many size columns side by side make a size run (two are a table of anything).
_LEAST_SIZES = 3
# Bare numbers are sizes only in this range (gloves 5-12, shoes 35-50, clothing 36-64), and in order.
_SMALLEST, _LARGEST = 4, 64


@dataclass
class GridHeader:
    """Where a size grid's header row is, which columns hold sizes (column -> the heading as written), and
    the columns to its left that name the product."""

    index: int
    sizes: dict[int, str]
    names: list[int]
    # The column after the sizes that sums each row ("Totaal", "Razem"), if any: a row counted only there
    # (a service, "Borduren logo (softshells) | 18") orders that many, in no size.
    total: int | None = None


def _text(cell: Cell) -> str:
    return " ".join(str(cell).split()) if cell is not None else ""


def size_heading(text: str) -> bool:
    return bool(text) and _SIZE_HEADING.fullmatch(text.strip()) is not None


def _numeric(heading: str) -> float | None:
    m = _NUMBER_SIZE.match(heading)
    return float(m.group(1).replace(",", ".")) if m else None


def grid_header(row: Sequence[Cell], index: int = 0) -> GridHeader | None:
    """The row as a size grid's header: three size headings or more side by side, with the product's name
    to their left (a heading, or an empty corner). Bare numbers count as sizes only when they rise
    ("39 40 41", "7 8 9 10"), so a row of quantities or of years is no header."""
    texts = [_text(c) for c in row]
    sized = [j for j, t in enumerate(texts) if size_heading(t)]
    if len(sized) < _LEAST_SIZES:
        return None
    # the longest run of size headings with nothing but empty cells between them
    runs: list[list[int]] = []
    for j in sized:
        if runs and all(not texts[k] for k in range(runs[-1][-1] + 1, j)):
            runs[-1].append(j)
        else:
            runs.append([j])
    run = max(runs, key=len)
    if len(run) < _LEAST_SIZES or run[0] == 0:
        return None  # (the product is named to the left of its sizes)
    headings = [texts[j] for j in run]
    numbers = [_numeric(h) for h in headings]
    if any(n is not None for n in numbers):
        if any(n is None for n in numbers):
            return None  # letters and numbers mixed: no one size run
        letters_before = [bool(_HAS_SIZE_WORD.match(h)) for h in headings]
        rising = all(a < b for a, b in zip(numbers, numbers[1:], strict=False))  # type: ignore[operator]
        if not rising or not all(_SMALLEST <= n <= _LARGEST for n in numbers):  # type: ignore[operator]
            return None
        if not any(letters_before) and len(run) < 4:
            return None  # "1 2 3" over a list: four bare rising numbers at least
    names = [j for j in range(run[0]) if not _TOTAL_HEADING.fullmatch(texts[j] or "-")]
    after = [j for j in range(run[-1] + 1, len(texts)) if texts[j]]
    if len(after) > 2:
        return None
    total = next((j for j in after if _TOTAL_ROW.match(texts[j])), None)
    return GridHeader(index, {j: texts[j] for j in run}, names or [0], total)


def find_grid_header(rows: Sequence[Sequence[Cell]], before: int | None = None) -> GridHeader | None:
    """The first row of `rows` (up to `before`) that heads a size grid with at least one count under it."""
    last = len(rows) if before is None else min(before + 1, len(rows))
    for i in range(last):
        header = grid_header(rows[i], i)
        if header is not None and any(_counts(rows[k], header) for k in range(i + 1, min(i + 4, len(rows)))):
            return header
    return None


def _count(text: str) -> Decimal | None:
    if not text or _NOTHING.fullmatch(text):
        return None
    m = _COUNT.fullmatch(text)
    return Decimal(m.group(1)) if m and int(m.group(1)) > 0 else None


def _counts(row: Sequence[Cell], header: GridHeader) -> dict[int, Decimal]:
    found = {}
    for j in header.sizes:
        if j < len(row) and (n := _count(_text(row[j]))) is not None:
            found[j] = n
    return found


def _sized(name: str, heading: str) -> str:
    """The row's product in one column's size: "S3 boot steel toe, size 42"; a heading that says what it is
    ("Gr. 8", "maat 42") as written."""
    return f"{name}, {heading}" if _HAS_SIZE_WORD.match(heading) else f"{name}, size {heading}"


_TOTAL_ROW = re.compile(r"\s*(?:total|totaal|totalt|summe|gesamt|razem|suma|sum|i alt|yhteens\u00e4)\b", re.IGNORECASE)


def grid_lines(rows: Sequence[Sequence[Cell]], header: GridHeader,
               provenance_of: Callable[[int, int | None], Provenance],
               value_provenance_of: Callable[[int, int], Provenance] | None = None,
               ) -> tuple[list[ExtractedLine], list[str], int]:
    """The order lines of a size grid (one per filled cell), the rows naming goods with no count read, and
    the index of the grid's last row. A row naming goods with no counts, over a row of counts, is the
    name wrapping onto the next row ("S3 boot composite (metal-" over "free, for the rail lads)")."""
    lines: list[ExtractedLine] = []
    unread: list[str] = []
    pending: str | None = None  # a name whose counts stand on the row below
    last = header.index
    blank_run = 0
    for i in range(header.index + 1, len(rows)):
        row = rows[i]
        texts = [_text(c) for c in row]
        if not any(texts):
            blank_run += 1
            if blank_run >= 2 or lines:
                break
            continue
        blank_run = 0
        name = " ".join(texts[j] for j in header.names if j < len(texts) and texts[j]).strip()
        if _TOTAL_ROW.match(name or next((t for t in texts if t), "")):
            break
        counts = _counts(row, header)
        sizes_written = [texts[j] for j in header.sizes if j < len(texts) and texts[j]]
        total = _count(texts[header.total]) if header.total is not None and header.total < len(texts) else None
        if not counts and not sizes_written and name and total is not None:
            # counted in the total column only: goods or a service in no size ("Borduren logo linkerborst | 18")
            lines.append(ExtractedLine(raw_text=" | ".join(t for t in texts if t), quantity=total, description=name,
                                       confidence=0.9, provenance=provenance_of(i, header.total),
                                       values={"quantity": (value_provenance_of or provenance_of)(i, header.total)}))
            last = i
            continue
        if not counts:
            if any(not _NOTHING.fullmatch(t) for t in sizes_written):
                break  # words under the sizes: the grid has ended
            if name and pending is None and not sizes_written:
                pending = name
            elif name:
                pending = None  # a row of dashes orders nothing in any size
            last = i
            continue
        if pending is not None:
            name = f"{pending} {name}".strip()
            pending = None
        if not name:
            if not lines:
                break
            name = lines[-1].description.rsplit(", ", 1)[0] if lines[-1].description else ""
        raw = " | ".join(t for t in texts if t)
        for j, quantity in counts.items():
            values = {"quantity": (value_provenance_of or provenance_of)(i, j)}
            if header.names:
                values["description"] = (value_provenance_of or provenance_of)(i, header.names[0])
            lines.append(ExtractedLine(raw_text=raw, quantity=quantity, description=_sized(name, header.sizes[j]),
                                       confidence=0.95, provenance=provenance_of(i, j), values=values))
        last = i
    if pending is not None:
        unread.append(pending)
    return lines, unread, last
