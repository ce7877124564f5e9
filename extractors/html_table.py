"""HTML bodies: order tables read cell by cell; without a table, the visible text is read as free text."""

from __future__ import annotations

from html.parser import HTMLParser

from config import READ_LIMITS, ReadLimits
from extractors import email_text
from extractors.base import filename_ext
from extractors.header_fields import document_kind, document_purpose, find_header
from extractors.tabular import Cell, MergedCopy, WideCopy, rows_to_lines
from models.schemas import Extraction, Part, Provenance

NAME = "html_table"
_BLOCK_TAGS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol"}


# Spans beyond these are no order table's (a hostile or broken page): a cell is read as one cell.
_MAX_COLSPAN = 50
_MAX_ROWSPAN = 500
_MAX_WIDTH = 200
# Cells a table's layout may add by copying spanned cells; past it, spans are read as single cells (a
# small page of spans could otherwise ask for millions of copies).
_MAX_COPIES = 500_000

# Text, rows spanned, columns spanned (negative: the columns only look spanned, as Excel writes a text
# that runs over empty cells, "mso-ignore:colspan"; they hold nothing of it).
RawCell = tuple[str, int, int]


def _span(attrs: list[tuple[str, str | None]], name: str, limit: int) -> int:
    value = dict(attrs).get(name) or ""
    return int(value) if value.strip().isdigit() and 1 <= int(value) <= limit else 1


class _TableReader(HTMLParser):
    """Collects tables as rows of cells (text and spans), and the visible text with line breaks at blocks.

    A table inside a cell (Outlook lays a message out in tables, the order table in one of their cells)
    is a table of its own; the cell around it keeps only its own text.

    In the visible text a row's cells stand on one line when each holds one line ("2 x Blue widget" |
    "EUR 4.50", each in a <p>): a mail builder's paragraph in a cell is no line break the reader sees.
    A cell holding several lines (an address block, a layout cell holding the whole message) keeps them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[RawCell]]] = []
        self._stack: list[list[list[RawCell]]] = []
        # The open cell of each open table: its text so far and its spans.
        self._cells: list[tuple[list[str], int, int] | None] = []
        self._skip = 0
        self.text: list[str] = []
        # The visible text of each open table's open cell, set into the text around it when it closes.
        self._shown: list[list[str] | None] = []
        self._open: list[list[str]] = []  # those of them open, innermost last: where text is shown

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "head"):
            self._skip += 1
        elif tag == "table":
            self._stack.append([])
            self._cells.append(None)
            self._shown.append(None)
        elif tag == "tr" and self._stack:
            self._close_cell()
            self._stack[-1].append([])
        elif tag in ("td", "th") and self._stack:
            self._close_cell()
            if not self._stack[-1]:
                self._stack[-1].append([])
            colspan = _span(attrs, "colspan", _MAX_COLSPAN)
            if "mso-ignore:colspan" in (dict(attrs).get("style") or "").replace(" ", "").lower():
                colspan = -colspan  # Excel's text running over empty cells: they stay empty
            self._cells[-1] = ([], _span(attrs, "rowspan", _MAX_ROWSPAN), colspan)
            self._show("\t")
            self._shown[-1] = []
            self._open.append(self._shown[-1])
        if tag in _BLOCK_TAGS:
            self._show("\n")
            self._cell_text(" ")  # "<div>PURCHASE ORDER</div><div>No. 4711</div>" is two words in a cell
        elif tag in ("td", "th") and not self._stack:
            self._show("\t")

    def _cell_text(self, data: str) -> None:
        if self._cells and self._cells[-1] is not None:
            self._cells[-1][0].append(data)

    def _show(self, text: str) -> None:
        """Visible text, into the innermost open cell, or the page's when no cell is open."""
        (self._open[-1] if self._open else self.text).append(text)

    def _close_cell(self) -> None:
        if self._stack and self._cells[-1] is not None and self._stack[-1]:
            parts, rowspan, colspan = self._cells[-1]
            self._stack[-1][-1].append((" ".join("".join(parts).split()), rowspan, colspan))
        if self._cells:
            self._cells[-1] = None
        if self._shown and self._shown[-1] is not None:
            shown = "".join(self._open.pop())
            self._shown[-1] = None
            one_line = sum(1 for ln in shown.splitlines() if ln.strip()) <= 1
            self._show(" ".join(shown.split()) if one_line else shown)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head"):
            self._skip = max(0, self._skip - 1)
        elif tag in ("td", "th") and self._stack:
            self._close_cell()
        elif tag == "table" and self._stack:
            self._close_cell()
            table = self._stack.pop()
            self.tables.append(table)
            self._cells.pop()
            self._shown.pop()
            if len(table) == 1:
                # A one-row table inside a cell styles that cell's content (a box around a name, a
                # button): its text is the cell's too, or the row around it would read as empty.
                self._cell_text(" " + " ".join(cell[0] for cell in table[0] if cell[0]) + " ")
        if tag in _BLOCK_TAGS:
            self._show("\n")
            self._cell_text(" ")

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        self._cell_text(data)
        self._show(data)

    def close(self) -> None:
        super().close()
        # Tables left open by a broken page: their open cells' text is still shown.
        while self._shown:
            self._close_cell()
            self._cells.pop()
            self._shown.pop()
            self._stack.pop()


def layout(rows: list[list[RawCell]]) -> list[list[Cell]]:
    """The table as a grid, each cell in the column it stands in: a cell spanning rows or columns is
    given again (a MergedCopy down, a WideCopy across) in every place it covers, so a category cell
    down the left ("Kitchen" over three rows) or a group name over two columns ("Price" over "Unit"
    and "Ext") moves no other cell out of its column."""
    grid: list[list[Cell]] = []
    below: dict[int, tuple[int, str]] = {}  # column -> (rows still covered, value) by a cell above
    copies = 0
    for cells in rows:
        if copies > _MAX_COPIES:
            grid.append([text for text, _, _ in cells][:_MAX_WIDTH])
            continue
        covered = {col: value for col, (_, value) in below.items()}
        below = {col: (n - 1, value) for col, (n, value) in below.items() if n > 1}
        row: list[Cell] = []

        def fill_covered(row: list[Cell] = row, covered: dict[int, str] = covered) -> None:
            while len(row) in covered and len(row) < _MAX_WIDTH:
                row.append(MergedCopy(covered.pop(len(row))))

        for text, rowspan, colspan in cells:
            fill_covered()
            for k in range(abs(colspan)):
                if len(row) >= _MAX_WIDTH:
                    break
                if rowspan > 1:
                    below[len(row)] = (rowspan - 1, text)
                row.append(text if k == 0 else WideCopy(text) if colspan > 0 else None)
        for col in sorted(covered):
            if col >= len(row) and col < _MAX_WIDTH:
                row.extend([None] * (col - len(row)))
                fill_covered()
        copies += len(row) - len(cells)
        grid.append(row)
    return grid


def _parse(html: str) -> tuple[list[list[list[RawCell]]], str]:
    reader = _TableReader()
    reader.feed(html)
    reader.close()
    lines = [" ".join(ln.split()) for ln in "".join(reader.text).splitlines()]
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return reader.tables, text.strip()


def read_html(html: str) -> tuple[list[list[list[str]]], str]:
    """The tables as written (each row its cells' text) and the visible text: what a clerk is shown."""
    tables, text = _parse(html)
    return [[[cell[0] for cell in row] for row in table] for table in tables], text


def read_html_grids(html: str) -> tuple[list[list[list[Cell]]], str]:
    """The tables laid out as grids (spanned cells given in each place they cover), and the visible
    text: what the lines are read from. Row numbers are the same as read_html's."""
    tables, text = _parse(html)
    return [layout(table) for table in tables], text


class HtmlTableExtractor:
    name = NAME

    def score(self, part: Part) -> float:
        if part.role == "body_html" or part.media_type == "text/html" or filename_ext(part) in ("html", "htm"):
            return 0.6
        return 0.0

    def extract(self, part: Part, limits: ReadLimits = READ_LIMITS) -> Extraction:
        tables, text = read_html_grids(part.content.decode("utf-8", errors="replace"))
        header = find_header(text, part.index, "html")
        found: Extraction | None = None
        for t_index, rows in enumerate(tables):
            def provenance(row: int, col: int | None, t_index: int = t_index) -> Provenance:
                return Provenance(kind="html", part_index=part.index, row=row, cell=f"table{t_index}")

            table = rows_to_lines(rows, "html", provenance)
            if found is not None:
                # A second order table (a second section, the table split in two): its lines are not read
                # into this order, so a clerk sees each of them rather than losing them.
                found.unread.extend([line.raw_text for line in table.lines] + table.unread)
            elif table.lines:
                found = Extraction(NAME, part.index, header=header, lines=table.lines, unread=table.unread,
                                   document_kind=document_kind(text), purpose=document_purpose(text),
                                   stated=email_text.stated_in(text, part.index, kind="html",
                                                                    subject=part.subject))
        if found is not None:
            return found
        # No order table: the body is prose, read it as an email text.
        result = email_text.extract_text(text, part.index, kind="html", subject=part.subject,
                                         max_lines=limits.max_order_lines)
        result.extractor = NAME
        result.notes.append("no order table; read as text")
        return result


EXTRACTOR = HtmlTableExtractor()
