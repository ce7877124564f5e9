"""HTML bodies: order tables read cell by cell; without a table, the visible text is read as free text."""

from __future__ import annotations

from html.parser import HTMLParser

from extractors import email_text
from extractors.base import filename_ext
from extractors.header_fields import document_kind, document_purpose, find_header
from extractors.tabular import rows_to_lines
from models.schemas import Extraction, Part, Provenance

NAME = "html_table"
_BLOCK_TAGS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol"}


class _TableReader(HTMLParser):
    """Collects tables as rows of cell text, and the visible text with line breaks at blocks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[str]]] = []
        self._stack: list[list[list[str]]] = []
        self._cell: list[str] | None = None
        self._skip = 0
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "head"):
            self._skip += 1
        elif tag == "table":
            self._stack.append([])
        elif tag == "tr" and self._stack:
            self._stack[-1].append([])
        elif tag in ("td", "th") and self._stack:
            if not self._stack[-1]:
                self._stack[-1].append([])
            self._cell = []
        if tag in _BLOCK_TAGS:
            self.text.append("\n")
        elif tag in ("td", "th"):
            self.text.append("\t")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head"):
            self._skip = max(0, self._skip - 1)
        elif tag in ("td", "th") and self._stack and self._cell is not None:
            self._stack[-1][-1].append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "table" and self._stack:
            self.tables.append(self._stack.pop())
        if tag in _BLOCK_TAGS:
            self.text.append("\n")

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._cell is not None:
            self._cell.append(data)
        self.text.append(data)


def read_html(html: str) -> tuple[list[list[list[str]]], str]:
    reader = _TableReader()
    reader.feed(html)
    reader.close()
    lines = [" ".join(ln.split()) for ln in "".join(reader.text).splitlines()]
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return reader.tables, text.strip()


class HtmlTableExtractor:
    name = NAME

    def score(self, part: Part) -> float:
        if part.role == "body_html" or part.media_type == "text/html" or filename_ext(part) in ("html", "htm"):
            return 0.6
        return 0.0

    def extract(self, part: Part) -> Extraction:
        tables, text = read_html(part.content.decode("utf-8", errors="replace"))
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
                                   stated=email_text.stated_in(text, part.index, kind="html"))
        if found is not None:
            return found
        # No order table: the body is prose, read it as an email text.
        result = email_text.extract_text(text, part.index, kind="html")
        result.extractor = NAME
        result.notes.append("no order table; read as text")
        return result


EXTRACTOR = HtmlTableExtractor()
