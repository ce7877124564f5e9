"""Tables pasted into a plain-text body, read by the shared table reader before the prose is.

A spreadsheet copied into an email arrives as lines of cells split by tabs (a chat tool's table, by
bars); a stock sheet or a report printed in a fixed font arrives as columns lined up with spaces.
Either is a table when one of its lines is a header naming a quantity column and an item or
description column ("Item / On hand / Par / Order", "Part # / Description / Qty / UOM / Unit $"):
then its rows are read cell by cell, so the order column is the quantity, a count on the shelf never
is, and a total or a row with nothing to order is no line. A table turned into text one cell per line
(Outlook's plain-text copy of an HTML table) is rebuilt by counting its names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.size_grid import grid_header
from extractors.tabular import LINE_VALUES, Cell, classify_header, find_header_row, is_column_name, rows_to_lines
from models.schemas import ExtractedLine, Provenance
from vocabulary.units import normalise_unit

# Columns lined up with spaces are told apart by a gap of two spaces or more (one space is a word gap).
_GAP = re.compile(r"\S+(?: \S+)*")
# A quantity alone on its line, its unit joined or not ("12", "12 cs", "2,5").
_QUANTITY = re.compile(r"\d[\d.,]*\s*[^\W\d_]{0,8}\.?")
_RULE = re.compile(r"\s*[-=_+|]{3,}[-=_+| \t]*")


@dataclass
class TextTable:
    """A table found in the text: the positions (in the list of lines given) of its header and of its
    last row, and what was read from it."""

    first: int
    last: int
    lines: list[ExtractedLine] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)


def _tab_cells(line: str) -> list[str]:
    return [c.strip() for c in line.split("\t")]


def _pipe_cells(line: str) -> list[str]:
    """Cells between bars ("| Item | Qty |", as chat tools and Markdown write a table)."""
    cells = [c.strip() for c in line.strip().split("|")]
    if cells and not cells[0]:
        cells = cells[1:]
    if cells and not cells[-1]:
        cells = cells[:-1]
    return cells


def _bar_header(kept: list[tuple[int, str]], n: int) -> bool:
    """A header whose cells bars split: two bars or more ("| Item | Qty |"), or one between two names
    ("Qty | Description") when the line under it is a rule ("----+------") or split by a bar too: one bar
    alone in a sentence is no table."""
    line = kept[n][1]
    if line.count("|") >= 2:
        return True
    if line.count("|") != 1 or n + 1 >= len(kept):
        return False
    below = kept[n + 1][1]
    return bool(_RULE.fullmatch(below) and re.search(r"[+|]", below)) or below.count("|") == 1


def _spaced_cells(line: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each cell of a line whose cells are two spaces or more apart."""
    return [(m.start(), m.end(), m.group(0)) for m in _GAP.finditer(line.expandtabs(8))]


def _split_names(cells: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Header cells with two column names one space apart ("QTY UOM", "Qty Unit") cut in two, where
    each part names a different value of a line and the whole is no name of its own ("Unit Price")."""
    out: list[tuple[int, int, str]] = []
    for start, end, text in cells:
        cut = None
        # ("Unit Price (EUR)": a name with its currency in brackets is one name still)
        if not is_column_name(re.sub(r"[ \t]*\([^()]*\)[ \t]*$", "", text)):
            for m in re.finditer(" ", text):
                left, right = classify_header(text[:m.start()]), classify_header(text[m.end():])
                if left in LINE_VALUES and right in LINE_VALUES and left != right:
                    cut = m
                    break
        if cut is None:
            out.append((start, end, text))
        else:
            out.append((start, start + cut.start(), text[:cut.start()]))
            out.append((start + cut.end(), end, text[cut.end():]))
    return out


def _column_of(start: int, end: int, header: list[tuple[int, int, str]], number: bool) -> tuple[int, int]:
    """The header column a stretch of a row overlaps most, and by how much: each column reaches from
    its name to the next one's; for a number, also back to the end of the name before (numbers stand
    right-aligned under a short name as often as left-aligned, while words start under their name)."""
    best, overlap = 0, -(1 << 30)
    for k, (h_start, _h_end, _) in enumerate(header):
        left = (min(h_start, header[k - 1][1] + 1) if number else h_start) if k else 0
        right = header[k + 1][0] if k + 1 < len(header) else 1 << 30
        shared = min(end, right) - max(start, left)
        if shared > overlap:
            best, overlap = k, shared
    return best, overlap


def _is_number(text: str) -> bool:
    return not re.search(r"[^\W\d_]{2}", text)


def _in_columns(cells: list[tuple[int, int, str]], header: list[tuple[int, int, str]]) -> list[Cell]:
    """A spaced row's cells put under the header's columns, each where it overlaps most. A short cell
    over two columns with one space inside ("40 CS" under "QTY" and "UOM", "001 JN-20130" under "LN"
    and "ITEM") is cut into its words, each put where it stands."""
    row: list[list[str]] = [[] for _ in header]
    for start, end, text in cells:
        words = [(start + m.start(), start + m.end(), m.group(0)) for m in re.finditer(r"\S+", text)]
        placed = [(_column_of(w_start, w_end, header, _is_number(word)), word) for w_start, w_end, word in words]
        # Only a short cell is cut: a long name running past its column's end stays whole.
        if len({k for (k, _), _ in placed}) > 1 and len(words) <= 3 and all(o > 0 for (_, o), _ in placed):
            for (k, _), word in placed:
                row[k].append(word)
        else:
            row[_column_of(start, end, header, _is_number(text))[0]].append(text)
    return [" ".join(parts) if parts else None for parts in row]


def find_tables(kept: list[tuple[int, str]], part_index: int, kind: str = "text") -> list[TextTable]:
    """The tables among the lines of a body (`kept`: (offset, line) pairs, as email_text.order_text
    gives them). A table runs from its header line to the last line before a blank one."""
    found: list[TextTable] = []
    n = 0
    while n < len(kept):
        table = _table_at(kept, n, part_index, kind)
        if table is None:
            n += 1
            continue
        found.append(table)
        n = table.last + 1
    return found


def _one_name(text: str) -> bool:
    """A line that is one column name alone ("Item", "Qty"), as a table turned into text cell by cell
    gives its header."""
    text = text.strip()
    return bool(text) and not re.search(r"\t|\||  ", text) and classify_header(text) is not None


def _cell_per_line(kept: list[tuple[int, str]], n: int, part_index: int, kind: str) -> TextTable | None:
    """A table turned into text one cell per line (Outlook's plain-text copy of an HTML table): its
    names, one a line, then its rows as runs of as many lines. Each run's quantity must read as a
    number, or the table has ended."""
    names: list[Cell] = []
    m = n
    while m < len(kept) and _one_name(kept[m][1]) and len(names) < 12:
        names.append(kept[m][1].strip())
        m += 1
    header = find_header_row([names]) if len(names) >= 2 else None
    if header is None or header.index != 0 or len(header.columns) < 2:
        return None
    width, qty = len(names), header.columns["quantity"]
    rows: list[list[Cell]] = [names]
    spans = [(kept[n][0], kept[m - 1][0] + len(kept[m - 1][1]))]  # each row's stretch of the text
    last = m - 1
    while last + width < len(kept):
        run = [kept[last + 1 + k][1].strip() for k in range(width)]
        if not all(run) or not _QUANTITY.fullmatch(run[qty]):
            break
        rows.append(list(run))
        end = kept[last + width]
        spans.append((kept[last + 1][0], end[0] + len(end[1])))
        last += width
    if len(rows) < 2:
        return None

    def provenance(row: int, col: int | None) -> Provenance:
        return Provenance(kind=kind, part_index=part_index, span=spans[row])

    read = rows_to_lines(rows, kind, provenance)
    if read.header is None or read.header.index != 0:
        return None
    for line in read.lines:
        line.confidence = min(line.confidence, 0.9)  # rows rebuilt from lines by counting: a clerk confirms
    return TextTable(n, last, _as_written(read.lines, kept), read.unread)


def _as_written(lines: list[ExtractedLine], kept: list[tuple[int, str]]) -> list[ExtractedLine]:
    """Each line's raw text as the body writes it (its row's line or lines), not its cells joined with
    bars: the text matching holds the reading against is the buyer's."""
    for line in lines:
        span = line.provenance.span if line.provenance else None
        if span:
            line.raw_text = " ".join(text.strip() for offset, text in kept if span[0] <= offset < span[1])
    return lines


# What each column of a table with no header holds, by its values on every row.
_CODE_CELL = re.compile(r"(?=[\w./-]*\d)(?=[\w./-]*[A-Za-z])[A-Za-z0-9][\w./-]{2,}")
_COUNT_CELL = re.compile(r"\d{1,5}")
_MONEY_CELL = re.compile(r"\$?\d{1,7}(?:,\d{3})*\.\d{2,4}")
_UNIT_CELL = re.compile(r"[A-Za-z]{1,6}\.?")


def _headless_roles(rows: list[list[str]]) -> list[str | None] | None:
    """The role of each column of rows lined up with no header ("RB-IRR-0414   4\" spray w/ check valve   60"),
    judged from its values on every row: a code column, one column of words, a count (the quantity), maybe a
    unit after it and a price and an amount that the count times the price gives. A line-number column
    (1, 2, 3 ...) is no quantity. None when the rows do not read as order lines beyond doubt."""
    width = len(rows[0])
    cols = [[row[k] for row in rows] for k in range(width)]
    roles: list[str | None] = [None] * width
    for k, values in enumerate(cols):
        if all(_COUNT_CELL.fullmatch(v) for v in values):
            numbered = [int(v) for v in values] == list(range(int(values[0]), int(values[0]) + len(values)))
            roles[k] = "line_number" if numbered and k == 0 else "count"
        elif all(_MONEY_CELL.fullmatch(v) for v in values):
            roles[k] = "money"
        elif all(_CODE_CELL.fullmatch(v) for v in values):
            roles[k] = "item_code"
        elif all(_UNIT_CELL.fullmatch(v) and normalise_unit(v) is not None for v in values):
            roles[k] = "uom"
        elif all(re.search(r"[^\W\d_]{3}", v) for v in values):
            roles[k] = "description"
        else:
            return None
    counts = [k for k, r in enumerate(roles) if r == "count"]
    money = [k for k, r in enumerate(roles) if r == "money"]
    if len(counts) != 1 or roles.count("description") != 1 or roles.count("item_code") > 1 \
            or roles.count("uom") > 1 or len(money) > 2 or any(k < counts[0] for k in money):
        return None
    roles[counts[0]] = "quantity"
    if len(money) == 2:
        # a price and its amount: the count times the first is the second, on every row
        qty, price, total = counts[0], money[0], money[1]
        if not all(abs(int(r[qty]) * _money(r[price]) - _money(r[total])) <= 0.011 for r in rows):
            return None
        roles[price], roles[total] = "unit_price", "line_total"
    elif money:
        roles[money[0]] = "unit_price"
    return roles


def _money(text: str) -> float:
    return float(text.replace("$", "").replace(",", ""))


_ROLE_NAMES = {"line_number": "Line", "item_code": "Item", "description": "Description", "quantity": "Qty",
               "uom": "Unit", "unit_price": "Unit Price", "line_total": "Amount"}


def _headless_at(kept: list[tuple[int, str]], n: int, part_index: int, kind: str) -> TextTable | None:
    """Rows pasted from the buyer's own system with no header: two or more lines in a row, each cut into as
    many cells (tabs, or gaps of two spaces or more) standing in the same columns, whose values say what each
    column is (_headless_roles). A clerk confirms what was read: the columns were named from their values."""
    def cells(text: str) -> list[tuple[int, int, str]]:
        if "\t" in text.strip():
            return [(0, 0, c.strip()) for c in text.split("\t") if c.strip()]
        return _spaced_cells(text)

    first = cells(kept[n][1])
    if len(first) < 3 or ("\t" not in kept[n][1] and not re.search(r"\S {2,}\S", kept[n][1])):
        return None
    rows = [first]
    m = n + 1
    while m < len(kept) and kept[m][1].strip():
        row = cells(kept[m][1])
        if len(row) != len(first) or any(abs(a[0] - b[0]) > 2 and abs(a[1] - b[1]) > 2
                                         for a, b in zip(first, row, strict=True)):
            break
        rows.append(row)
        m += 1
    if len(rows) < 2:
        return None
    texts = [[text for _, _, text in row] for row in rows]
    roles = _headless_roles(texts)
    if roles is None:
        return None
    header: list[Cell] = [_ROLE_NAMES[r] if r else None for r in roles]

    def provenance(row: int, col: int | None) -> Provenance:
        offset, text = kept[n + row - 1] if row else kept[n]
        return Provenance(kind=kind, part_index=part_index, span=(offset, offset + len(text)))

    read = rows_to_lines([header, *texts], kind, provenance)
    if read.header is None or read.header.index != 0 or len(read.lines) != len(rows):
        return None
    for line in read.lines:
        line.confidence = min(line.confidence, 0.9)
    return TextTable(n, m - 1, _as_written(read.lines, kept), read.unread)


def _table_at(kept: list[tuple[int, str]], n: int, part_index: int, kind: str) -> TextTable | None:
    found = _headed_table_at(kept, n, part_index, kind)
    if found is None and (n == 0 or not kept[n - 1][1].strip() or _introduces(kept[n - 1][1])):
        # (A run of rows with no header starts a paragraph: rows under a header are the headed table's.)
        found = _headless_at(kept, n, part_index, kind)
    return found


def _introduces(text: str) -> bool:
    return text.rstrip().endswith(":")


def _headed_table_at(kept: list[tuple[int, str]], n: int, part_index: int, kind: str) -> TextTable | None:
    line = kept[n][1]
    if _one_name(line):
        found = _cell_per_line(kept, n, part_index, kind)
        if found is not None:
            return found
    # Cells split by a sign (tabs from a spreadsheet, bars from a chat tool) or lined up with spaces.
    split = _tab_cells if "\t" in line.strip() else _pipe_cells if _bar_header(kept, n) else None
    tabbed = split is not None
    if split is not None:
        header_cells: list[Cell] = list(split(line))
    else:
        spaced = _split_names(_spaced_cells(line))
        if len(spaced) < 3 or not re.search(r"\S {2,}\S", line):
            return None
        if spaced[0][0] > 1 and grid_header([text for _, _, text in spaced]) is None \
                and grid_header(["", *(text for _, _, text in spaced)]) is not None:
            # A size run's header over an empty corner ("            Gr. 7   Gr. 8   Gr. 9"): the products'
            # names stand in the corner's column.
            spaced = [(0, spaced[0][0] - 1, ""), *spaced]
        header_cells = [text for _, _, text in spaced]
    if find_header_row([header_cells]) is None and grid_header(header_cells) is None:
        return None
    rows: list[list[Cell]] = [header_cells]
    at = [n]  # the line in `kept` each row was read from (a rule under the header is no row)
    guessed: set[int] = set()  # rows whose cells were put under the columns by where they stand
    last = n
    for m in range(n + 1, len(kept)):
        text = kept[m][1]
        if not text.strip():
            # A spreadsheet's empty row pasted as bare tabs, with rows of the table after it, is no end of it.
            if split is _tab_cells and "\t" in text and m + 1 < len(kept) and "\t" in kept[m + 1][1].strip():
                continue
            break
        if _RULE.fullmatch(text):
            last = m
            continue  # the line drawn under the header ("--- ---------- -----")
        if split is not None:
            if ("\t" if split is _tab_cells else "|") not in text:
                break
            rows.append(list(split(text)))
            at.append(m)
        else:
            cells = _spaced_cells(text)
            if len(cells) < 2:
                break
            if len(cells) != len(spaced):
                guessed.add(kept[m][0])
            rows.append(_in_columns(cells, spaced))
            at.append(m)
        last = m
    if last == n or (not tabbed and last - n < 2):
        return None  # a header with no rows, or two spaced lines that may be prose: not a table

    def provenance(row: int, col: int | None) -> Provenance:
        offset, text = kept[at[row]]
        return Provenance(kind=kind, part_index=part_index, span=(offset, offset + len(text)))

    read = rows_to_lines(rows, kind, provenance)
    if read.header is None or read.header.index != 0:
        return None
    for line in read.lines:
        if line.provenance and line.provenance.span and line.provenance.span[0] in guessed:
            # Not one cell under each name: which value is the quantity was judged by position, which a
            # clerk should confirm.
            line.confidence = min(line.confidence, 0.9)
    return TextTable(n, last, _as_written(read.lines, kept), read.unread)
