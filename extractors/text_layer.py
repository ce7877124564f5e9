"""A PDF's text layer read with PDFium (pypdfium2): each page's characters with their boxes, its rules,
rectangles and curves, and whether it holds images, in the shapes pdfplumber gives (top-left origin,
`x0`/`top`/`x1`/`bottom`, pdfminer's box for a character), so the table and header readers above work
unchanged. PDFium parses in C; pdfminer spent about 90% of a PDF's reading time parsing the same pages
in Python.

What is pdfplumber's is used as it is: words, text lines and searches are cut from the characters by
its utilities, and ruled tables are found by its TableFinder, on these pages. Only the reading of the
file is PDFium's.

Boxes are pdfminer's, not PDFium's: a character's box runs from its origin to its advance, and from
its font's descent to one font size above (PDFium's "loose" box takes the font's ascent instead), so
every box, and every provenance box the review screen draws, stays where it was.

What one PDF may cost is bounded here too (pages, characters and path segments laid out, bytes its
streams inflate to): past a limit the document is refused with `PdfTooLarge`."""

from __future__ import annotations

import ctypes
import re
import zlib
from bisect import bisect_left
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import groupby
from operator import itemgetter
from types import SimpleNamespace
from typing import Any

from extractors import page_words
from extractors.pdfium import PDFIUM_LOCK

MAX_PAGES = 500
MAX_STREAM_BYTES = 32 * 1024 * 1024  # one decoded stream: a page's content, a font, an object stream
MAX_DECODED_BYTES = 64 * 1024 * 1024  # all of one document's decoded streams
MAX_PAGE_OBJECTS = 50_000  # characters and path segments laid out on one page (each is a Python object)
MAX_LAYOUT_OBJECTS = 500_000  # the same over the whole document
_MB = 1024 * 1024


# What PDFium adds to the text of a page (between words and at line ends): only these are asked about.
_MAY_BE_GENERATED = frozenset(" \r\n\x02\ufffe")


class PdfTooLarge(Exception):
    """The PDF would cost more than an order can: refused with what it exceeded."""


class PdfUnreadable(Exception):
    """PDFium could not open the file (damaged, not a PDF, or encrypted: `encrypted` says which)."""

    def __init__(self, message: str, encrypted: bool = False) -> None:
        super().__init__(message)
        self.encrypted = encrypted


# pdfminer reads a standard-14 font by its name from the Adobe metrics it ships, whatever the font's
# descriptor says (and under these aliases too); its descent places every character's box. PDFium
# reports the descriptor's (or, without one, the substituted font's), so these are pdfminer's.
_AFM_DESCENT = {
    **dict.fromkeys(("Courier", "Courier-Bold", "Courier-BoldOblique", "Courier-Oblique", "CourierNew",
                     "CourierNew,Italic", "CourierNew,Bold", "CourierNew,BoldItalic"), -194.0),
    **dict.fromkeys(("Helvetica", "Helvetica-Bold", "Helvetica-BoldOblique", "Helvetica-Oblique", "Arial",
                     "Arial,Italic", "Arial,Bold", "Arial,BoldItalic"), -207.0),
    **dict.fromkeys(("Times-Bold", "Times-BoldItalic", "Times-Italic", "Times-Roman", "TimesNewRoman",
                     "TimesNewRoman,Italic", "TimesNewRoman,Bold", "TimesNewRoman,BoldItalic"), -217.0),
    "Symbol": 0.0,
    "ZapfDingbats": 0.0,
}


def _afm_widths(name: str) -> dict[str, int] | None:
    """The widths pdfminer gives the glyphs of a font named `name` when it is one whose Adobe metrics it
    ships (by unicode character, per 1,000 of the font size), else None. pdfminer's table is loaded the
    first time a PDF names such a font."""
    if name not in _AFM_DESCENT:
        return None
    from pdfminer.fontmetrics import FONT_METRICS

    metrics = FONT_METRICS.get(name)
    return metrics[1] if metrics is not None else None


# ---------------------------------------------------------------- streams


# zlib inflates at most about 1032 bytes from one; RunLength 64 (two bytes make 128); LZW, whose codes
# of up to 12 bits each stand for a string up to 4,096 bytes long, about 2,731.
_MAX_RATIO = {b"FlateDecode": 1032, b"Fl": 1032, b"RunLengthDecode": 64, b"RL": 64, b"LZWDecode": 2731,
              b"LZW": 2731}
_STREAM = re.compile(rb"stream\r?\n")
_FILTER = re.compile(rb"/Filter\s*(?:/(\w+)|\[\s*/(\w+))")


def _streams(data: bytes) -> Iterator[tuple[bytes, int, int]]:
    """Each stream's first filter and where its bytes start and end (at `endstream`): a scan for the
    budget, not a parser; a stream it cannot place is PDFium's to refuse."""
    for m in _STREAM.finditer(data):
        if data[m.start() - 3:m.start()] == b"end":
            continue
        head = data[max(0, m.start() - 1024):m.start()]
        opened = head.rfind(b"obj")
        found = _FILTER.search(head, max(0, opened))
        if not found:
            continue
        end = data.find(b"endstream", m.end())
        yield (found.group(1) or found.group(2)), m.end(), (len(data) if end < 0 else end)


def _decoded_size(kind: bytes, raw: bytes, cap: int) -> int:
    """How many bytes the stream decodes to, counted up to `cap` (past it, `cap + 1`) without keeping them."""
    if kind in (b"FlateDecode", b"Fl"):
        inflater = zlib.decompressobj()
        size, pending = 0, raw
        try:
            while pending and size <= cap:
                chunk = inflater.decompress(pending, _MB)
                size += len(chunk)
                pending = inflater.unconsumed_tail
                if inflater.eof or not chunk:
                    break
        except zlib.error:
            pass  # damaged: what inflated before the damage is what a reader can get out of it
        return size
    if kind in (b"RunLengthDecode", b"RL"):
        size, at = 0, 0
        while at < len(raw) and raw[at] != 128 and size <= cap:
            length = raw[at]
            if length < 128:
                size, at = size + length + 1, at + length + 2
            else:
                size, at = size + 257 - length, at + 2
        return size
    return min(len(raw) * _MAX_RATIO.get(kind, 1), cap + 1)  # LZW: its bound, not decoded in Python


def check_streams(data: bytes, max_stream: int | None = None, max_total: int | None = None) -> None:
    """Refuse a PDF whose streams inflate past the caps before PDFium inflates them (PDFium allows a
    gigabyte a stream). Only what could pass a cap is inflated: a stream whose bytes times its filter's
    largest ratio stay under the caps is taken at that bound, the largest are measured first."""
    max_stream = MAX_STREAM_BYTES if max_stream is None else max_stream
    max_total = MAX_DECODED_BYTES if max_total is None else max_total
    found = sorted(_streams(data), key=lambda s: s[1] - s[2])  # largest first
    bound = sum((end - start) * _MAX_RATIO.get(kind, 1) for kind, start, end in found)
    measured = 0
    for kind, start, end in found:
        ratio_bound = (end - start) * _MAX_RATIO.get(kind, 1)
        if ratio_bound <= max_stream and bound <= max_total:
            return
        size = _decoded_size(kind, data[start:end], max_stream)
        if size > max_stream:
            raise PdfTooLarge(f"a stream inflates to more than {max_stream // _MB} MB")
        measured += size
        bound -= ratio_bound - size
        if measured > max_total:
            raise PdfTooLarge(f"its streams inflate to more than {max_total // _MB} MB")


# ---------------------------------------------------------------- pages


@dataclass
class LayerPage:
    """One page's objects as pdfplumber gives them ("char", "line", "rect", "curve", "image"), with its
    box (pdfplumber's: the MediaBox, turned with the page), page number and where it starts in the
    document (`initial_doctop`). Reads text, words and tables the way a pdfplumber page does."""

    page_number: int
    bbox: tuple[float, float, float, float]
    objects: dict[str, list[dict[str, Any]]]
    initial_doctop: float = 0.0
    # Whether PDFium gave a bullet in a font the PDF does not embed on this page: WinAnsiEncoding's
    # undefined codes (0x7F, 0x81, 0x8D, 0x8F, 0x90, 0x9D) are bullets to PDFium and "(cid:N)" to
    # pdfminer, and PDFium does not say which code a character was drawn with (pdf_table asks pdfminer
    # about such a page's characters). An embedded font's bullets are its own (its program or ToUnicode).
    bullets: bool = False
    # Whether a character on the page is drawn turned or slanted by its own matrix (a scanned page's
    # skew, a label set sideways): there PDFium's boxes are its loose ones (the turned glyph's whole
    # extent, wider than pdfminer's box from origin to advance) and the runs of spaces it drops within a
    # line are not put back, so pdf_table asks pdfminer for such a page's characters.
    skewed: bool = False
    _edges: list[dict[str, Any]] | None = field(default=None, repr=False)
    _words: list[dict[str, Any]] | None = field(default=None, repr=False)
    _text: str | None = field(default=None, repr=False)

    @property
    def width(self) -> float:
        return self.bbox[2] - self.bbox[0]

    @property
    def height(self) -> float:
        return self.bbox[3] - self.bbox[1]

    @property
    def chars(self) -> list[dict[str, Any]]:
        return self.objects.get("char", [])

    @property
    def images(self) -> list[dict[str, Any]]:
        return self.objects.get("image", [])

    @property
    def edges(self) -> list[dict[str, Any]]:
        """The rules a table is drawn with: every line, each side of every rectangle, each straight
        piece of every curve (pdfplumber's Container.edges)."""
        if self._edges is None:
            from pdfplumber import utils

            edges = [utils.line_to_edge(ln) for ln in self.objects.get("line", [])]
            for rect in self.objects.get("rect", []):
                edges.extend(utils.rect_to_edges(rect))
            for curve in self.objects.get("curve", []):
                edges.extend(utils.curve_to_edges(curve))
            self._edges = edges
        return self._edges

    def _textmap(self, **kwargs: Any) -> Any:
        from pdfplumber import utils

        return utils.chars_to_textmap(self.chars, layout_bbox=self.bbox, layout_width=self.width,
                                      layout_height=self.height, **kwargs)

    def extract_text(self, **kwargs: Any) -> str:
        """pdfplumber's text; with its default settings cut from the page's words (extractors.page_words)."""
        if kwargs:
            return str(self._textmap(**kwargs).as_string)
        if self._text is None:
            self._text = page_words.page_text(self._default_words())
        return self._text

    def extract_words(self, **kwargs: Any) -> list[dict[str, Any]]:
        """pdfplumber's words; with its default settings cut once per page (the readers ask for them up
        to three times; they build new dicts from the words, never change them)."""
        if kwargs:
            from pdfplumber import utils

            return list(utils.extract_words(self.chars, **kwargs))
        return list(self._default_words())

    def _default_words(self) -> list[dict[str, Any]]:
        if self._words is None:
            self._words = page_words.words(self.chars)
        return self._words

    def extract_text_lines(self, strip: bool = True, return_chars: bool = True, **kwargs: Any) -> list[dict[str, Any]]:
        """pdfplumber's text lines (its TextMap's), each with its box and, asked so, its characters."""
        return list(self._textmap(**kwargs).extract_text_lines(strip=strip, return_chars=return_chars))

    def search(self, pattern: str, regex: bool = True, case: bool = True) -> list[dict[str, Any]]:
        return list(self._textmap().search(pattern, regex=regex, case=case, main_group=0, return_chars=True,
                                           return_groups=True))

    def find_tables(self) -> list[Any]:
        """pdfplumber's ruled tables (its TableFinder with default settings), none on a page without a
        rule, rectangle or curve to draw one with."""
        if not (self.objects.get("line") or self.objects.get("rect") or self.objects.get("curve")):
            return []
        return list(_TableFinder(self).tables)

    def dedupe_chars(self, tolerance: float = 1, extra_attrs: tuple[str, ...] = ("fontname", "size")) -> LayerPage:
        """The page with characters drawn twice at one place kept once: pdfplumber's dedupe_chars, whose
        last step (re-sorting by list.index) is quadratic, here linear."""
        from pdfplumber.utils.clustering import cluster_objects

        chars = self.chars
        order = {id(c): i for i, c in enumerate(chars)}
        key = itemgetter("upright", "text", *extra_attrs)
        pos_key = itemgetter("doctop", "x0")
        kept: list[dict[str, Any]] = []
        for _, group in groupby(sorted(chars, key=key), key=key):
            for y_cluster in cluster_objects(list(group), itemgetter("doctop"), tolerance):
                for x_cluster in cluster_objects(y_cluster, itemgetter("x0"), tolerance):
                    kept.append(sorted(x_cluster, key=pos_key)[0])
        kept.sort(key=lambda c: order[id(c)])
        return LayerPage(self.page_number, self.bbox, {**self.objects, "char": kept}, self.initial_doctop)

    def close(self) -> None:
        """Nothing to let go: PDFium's page was closed when it was read (pdfplumber's pages need this)."""


class _TableFinder:
    """pdfplumber's TableFinder with default settings, step by step with its own functions, but for the
    cells found from the rules' crossings (`_cells`), which it found comparing every crossing with
    every later one."""

    def __init__(self, page: LayerPage) -> None:
        from pdfplumber.table import Table, TableFinder, TableSettings, cells_to_tables, edges_to_intersections

        self.page = page
        self.settings = TableSettings.resolve(None)
        self.edges = TableFinder.get_edges(self)  # type: ignore[arg-type]
        self.intersections = edges_to_intersections(self.edges, self.settings.intersection_x_tolerance,
                                                    self.settings.intersection_y_tolerance)
        self.cells = _cells(self.intersections)
        self.tables = [Table(page, group) for group in cells_to_tables(self.cells)]  # type: ignore[arg-type]


def _cells(intersections: dict[tuple[float, float], dict[str, list[dict[str, Any]]]]) -> list[tuple[float, ...]]:
    """pdfplumber's intersections_to_cells: for each crossing in (x, top) order, the smallest cell it is
    the top-left corner of (the first crossing below it, then to its right, joined to it by a rule, whose
    bottom-right corner is a crossing joined to both), with each crossing's rules and the crossings
    below and right of it looked up once instead of for every pair."""
    from pdfplumber.utils import obj_to_bbox

    points = sorted(intersections)
    upright = {p: set(map(obj_to_bbox, intersections[p]["v"])) for p in points}
    level = {p: set(map(obj_to_bbox, intersections[p]["h"])) for p in points}
    column: dict[float, list[tuple[float, float]]] = {}
    row: dict[float, list[tuple[float, float]]] = {}
    for p in points:
        column.setdefault(p[0], []).append(p)
        row.setdefault(p[1], []).append(p)
    place_in_column = {p: k for members in column.values() for k, p in enumerate(members)}
    place_in_row = {p: k for members in row.values() for k, p in enumerate(members)}

    def connects(a: tuple[float, float], b: tuple[float, float]) -> bool:
        return (a[0] == b[0] and not upright[a].isdisjoint(upright[b])) or (
            a[1] == b[1] and not level[a].isdisjoint(level[b]))

    cells: list[tuple[float, ...]] = []
    for pt in points[:-1]:
        below = column[pt[0]][place_in_column[pt] + 1:]
        right = row[pt[1]][place_in_row[pt] + 1:]
        found = None
        for below_pt in below:
            if not connects(pt, below_pt):
                continue
            for right_pt in right:
                if not connects(pt, right_pt):
                    continue
                corner = (right_pt[0], below_pt[1])
                if corner in intersections and connects(corner, right_pt) and connects(corner, below_pt):
                    found = (pt[0], pt[1], corner[0], corner[1])
                    break
            if found:
                break
        if found:
            cells.append(found)
    return cells


# ---------------------------------------------------------------- reading


@dataclass
class _Geometry:
    """How PDF user space maps to pdfplumber's: pdfminer's page matrix (the MediaBox's origin moved to
    0,0, the page turned by /Rotate), then y flipped within the page box."""

    ctm: tuple[float, float, float, float, float, float]
    height: float
    top_shift: float  # pdfplumber's MediaBox top (non-zero when the MediaBox does not start at y=0)
    x_shift: float

    def point(self, x: float, y: float) -> tuple[float, float]:
        a, b, c, d, e, f = self.ctm
        return a * x + c * y + e, b * x + d * y + f


def _geometry(pdfium: Any, page: Any) -> tuple[_Geometry, tuple[float, float, float, float]]:
    left, bottom, right, top = (ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float())
    if not pdfium.FPDFPage_GetMediaBox(page, left, bottom, right, top):
        # A MediaBox inherited from the page tree (FPDFPage_GetMediaBox reads the page's own only):
        # the page's box as PDFium resolved it (the CropBox, which is the MediaBox unless set apart).
        box = pdfium.FS_RECTF()
        if pdfium.FPDF_GetPageBoundingBox(page, box):
            left.value, bottom.value, right.value, top.value = box.left, box.bottom, box.right, box.top
        else:
            left.value, bottom.value, right.value, top.value = 0.0, 0.0, 612.0, 792.0
    x0, x1 = sorted((_snap(left.value), _snap(right.value)))
    y0, y1 = sorted((_snap(bottom.value), _snap(top.value)))
    rotation = (pdfium.FPDFPage_GetRotation(page) % 4) * 90
    # pdfminer's PDFPageInterpreter.process_page
    if rotation == 90:
        ctm = (0.0, -1.0, 1.0, 0.0, -y0, x1)
    elif rotation == 180:
        ctm = (-1.0, 0.0, 0.0, -1.0, x1, y1)
    elif rotation == 270:
        ctm = (0.0, 1.0, -1.0, 0.0, y1, -x0)
    else:
        ctm = (1.0, 0.0, 0.0, 1.0, -x0, -y0)
    # pdfplumber's Page: the box normalised (turned for 90 and 270), then flipped within its own height
    bx0, by0, bx1, by1 = (y0, x0, y1, x1) if rotation in (90, 270) else (x0, y0, x1, y1)
    height = by1 - by0
    bbox = (bx0, height - by1, bx1, height - by0)
    return _Geometry(ctm, height, bbox[1], bbox[0]), bbox


def _snap(value: float) -> float:
    """A coordinate PDFium kept (and summed) in single precision, back at the decimal the PDF wrote:
    pdfminer computes in double precision, so a glyph set at 248.8 by a typewriter layout must not come
    back 248.7999 (a column's edge decided by a tie) nor a box rounded to 0.1 move because 477.15 came
    back 477.1500092. Within 0.00015 of three decimals it is taken there, else kept to four."""
    near = round(value * 1000.0) / 1000.0  # round(value, 3) wherever it is kept, at a fraction of its cost
    return near if abs(value - near) < 1.5e-4 else round(value, 4)


# What PDFium is asked for every character, text object and path segment, taking and giving plain
# addresses (ints) for pages, objects, fonts and segments: pypdfium2's own calls give pointer objects,
# which cost microseconds to make and to turn into a key, most of a page's reading time.
_HANDLES = ("FPDF_PAGE", "FPDF_TEXTPAGE", "FPDF_PAGEOBJECT", "FPDF_FONT", "FPDF_PATHSEGMENT")
_PLAIN_CALLS = (
    "FPDFText_CountChars", "FPDFText_GetText", "FPDFText_GetTextObject", "FPDFText_GetCharOrigin",
    "FPDFText_GetLooseCharBox", "FPDFText_GetCharBox", "FPDFText_GetMatrix", "FPDFText_GetFontSize",
    "FPDFText_IsGenerated", "FPDFText_GetUnicode",
    "FPDFTextObj_GetFont", "FPDFTextObj_GetFontSize", "FPDFFont_GetGlyphWidth", "FPDFFont_GetBaseFontName",
    "FPDFFont_GetIsEmbedded", "FPDFFont_GetDescent", "FPDFPage_CountObjects", "FPDFPage_GetObject",
    "FPDFFormObj_CountObjects", "FPDFFormObj_GetObject", "FPDFPageObj_GetType", "FPDFPageObj_GetMatrix",
    "FPDFPageObj_GetBounds", "FPDFPath_CountSegments", "FPDFPath_GetPathSegment", "FPDFPathSegment_GetType",
    "FPDFPathSegment_GetPoint", "FPDFPathSegment_GetClose",
)
_PLAIN: Any = None


def _plain(pdfium: Any) -> Any:
    """pypdfium2's calls of _PLAIN_CALLS with every handle an address (c_void_p), the same functions."""
    global _PLAIN
    if _PLAIN is None:
        handles = {getattr(pdfium, name) for name in _HANDLES}

        def plain(function: Any) -> Any:
            def swap(kind: Any) -> Any:
                return ctypes.c_void_p if kind in handles else kind

            prototype = ctypes.CFUNCTYPE(swap(function.restype), *(swap(kind) for kind in function.argtypes))
            return prototype(ctypes.cast(function, ctypes.c_void_p).value or 0)

        _PLAIN = SimpleNamespace(**{name: plain(getattr(pdfium, name)) for name in _PLAIN_CALLS})
    return _PLAIN


def _exact(value: float) -> float:
    """A matrix entry PDFium kept in single precision, at the seven digits single precision holds."""
    known = _EXACT.get(value)
    if known is None:
        if len(_EXACT) > 4096:
            _EXACT.clear()
        known = _EXACT[value] = float(f"{value:.7g}")
    return known


_EXACT: dict[float, float] = {}


def _matrix(m: Any) -> tuple[float, float, float, float, float, float]:
    return (_exact(m.a), _exact(m.b), _exact(m.c), _exact(m.d), _snap(m.e), _snap(m.f))


def _mult(m: tuple[float, ...], n: tuple[float, ...]) -> tuple[float, float, float, float, float, float]:
    """m then n (pdfminer's mult_matrix)."""
    a1, b1, c1, d1, e1, f1 = m
    a0, b0, c0, d0, e0, f0 = n
    return (a0 * a1 + c0 * b1, b0 * a1 + d0 * b1, a0 * c1 + c0 * d1, b0 * c1 + d0 * d1,
            a0 * e1 + c0 * f1 + e0, b0 * e1 + d0 * f1 + f0)


class _Reader:
    """One document's pages read under the PDFium lock; counts what it lays out against the caps."""

    def __init__(self, pdfium: Any, doc: Any) -> None:
        self.pdfium = pdfium
        self.plain = _plain(pdfium)
        self.doc = doc
        self.left = MAX_LAYOUT_OBJECTS
        self.fonts: dict[int, tuple[str, float]] = {}
        self.widths: dict[tuple[int, str], float] = {}
        # Where PDFium lays a glyph out to the font's width of it (by font, size and scale, then glyph):
        # its box ends at that advance (elsewhere where PDFium's box ends).
        self.verdicts: dict[tuple[int, float, float], dict[str, float]] = {}  # glyph -> advance where clearly
        self.rect = pdfium.FS_RECTF()
        self.matrix = pdfium.FS_MATRIX()
        self.ox, self.oy = ctypes.c_double(), ctypes.c_double()
        self.fx, self.fy = ctypes.c_float(), ctypes.c_float()
        self.bx, self.by = ctypes.c_float(), ctypes.c_float()
        self.order: dict[int, int] = {}  # a page's text objects, in the order they are drawn
        self.blank: list[tuple[int, Any, tuple[float, ...]]] = []  # the spaces drawn on their own
        self.in_forms: set[int] = set()  # a page's text objects drawn by a form (placed by its matrix too)
        self.bullets = False  # the page read last has a bullet in a font not embedded (LayerPage.bullets)
        self.skewed = False  # the page read last has a character turned or slanted by its matrix (LayerPage.skewed)

    def charge(self, page_number: int, count: int, used: int) -> int:
        used += count
        if used > MAX_PAGE_OBJECTS:
            raise PdfTooLarge(f"page {page_number} holds more than {MAX_PAGE_OBJECTS:,} characters and lines")
        self.left -= count
        if self.left < 0:
            raise PdfTooLarge(f"more than {MAX_LAYOUT_OBJECTS:,} characters and lines in all")
        return used

    def font(self, key: int) -> tuple[str, float, dict[str, int] | None]:
        """A font's (by its address) name, pdfminer's descent for it (per 1,000 of the font size), and
        the widths pdfminer lays its glyphs out with when it takes them from the Adobe metrics it ships
        (a font named as a standard one: the PDF's own /Widths are then not read), else None."""
        known = self.fonts.get(key)
        if known is None:
            plain = self.plain
            buf = ctypes.create_string_buffer(256)
            size = plain.FPDFFont_GetBaseFontName(key, buf, 256)
            name = buf.raw[:max(0, size - 1)].decode("latin-1") if size else ""
            descent = ctypes.c_float()
            if name in _AFM_DESCENT and not plain.FPDFFont_GetIsEmbedded(key):
                value = _AFM_DESCENT[name]
            elif plain.FPDFFont_GetDescent(key, ctypes.c_float(1000.0), descent):
                value = float(descent.value)
            else:
                value = 0.0
            known = self.fonts[key] = (name, value if value <= 0 else -value, _afm_widths(name))
        return known

    def page(self, index: int, doctop: float) -> LayerPage:
        pdfium = self.pdfium
        page = pdfium.FPDF_LoadPage(self.doc, index)
        if not page:
            raise PdfUnreadable(f"page {index + 1} cannot be loaded")
        try:
            geometry, bbox = _geometry(pdfium, page)
            number = index + 1
            objects: dict[str, list[dict[str, Any]]] = {}
            self.order, self.blank, self.in_forms, self.bullets, self.skewed = {}, [], set(), False, False
            used = self._shapes(ctypes.cast(page, ctypes.c_void_p).value or 0, number, geometry, doctop, objects)
            textpage = pdfium.FPDFText_LoadPage(page)
            if not textpage:
                raise PdfUnreadable(f"the text of page {number} cannot be read")
            try:
                chars = self._chars(ctypes.cast(textpage, ctypes.c_void_p).value or 0, number, geometry, doctop,
                                    used)
            finally:
                pdfium.FPDFText_ClosePage(textpage)
        finally:
            pdfium.FPDF_ClosePage(page)
        if chars:
            objects["char"] = chars
        return LayerPage(number, bbox, objects, doctop, bullets=self.bullets, skewed=self.skewed)

    def _chars(self, textpage: int, number: int, geometry: _Geometry, doctop: float, used: int) -> list[dict[str, Any]]:
        """The text page's characters (its address), in pdfplumber's shape."""
        plain = self.plain
        count = plain.FPDFText_CountChars(textpage)
        if count <= 0:
            return []
        self.charge(number, count, used)
        buffer = ctypes.create_string_buffer((count + 1) * 2)
        got = plain.FPDFText_GetText(textpage, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)))
        text = buffer.raw[:max(0, got - 1) * 2].decode("utf-16-le", errors="replace")
        one_per_char = len(text) == count  # no surrogate pairs: the text indexes as the characters do
        self.bullets = "\u2022" in text and self._unembedded_bullet(textpage, text, one_per_char)
        rect, matrix, ox, oy = self.rect, self.matrix, self.ox, self.oy
        text_object, char_origin = plain.FPDFText_GetTextObject, plain.FPDFText_GetCharOrigin
        is_generated = plain.FPDFText_IsGenerated
        get_font = plain.FPDFTextObj_GetFont
        loose = plain.FPDFText_GetLooseCharBox
        font_size = plain.FPDFText_GetFontSize
        char_matrix = plain.FPDFText_GetMatrix
        glyph_width = plain.FPDFFont_GetGlyphWidth
        tight_box = plain.FPDFText_GetCharBox
        height, top_shift, x_shift = geometry.height, geometry.top_shift, geometry.x_shift
        turned = geometry.ctm[:4] != (1.0, 0.0, 0.0, 1.0)
        shift_x, shift_y = geometry.ctm[4], geometry.ctm[5]
        widths, verdicts, order = self.widths, self.verdicts, self.order
        width_out = ctypes.c_float()
        t_left, t_right, t_bottom, t_top = (ctypes.c_double(), ctypes.c_double(), ctypes.c_double(),
                                            ctypes.c_double())
        out: list[dict[str, Any]] = []
        drawn_in: list[int] = []  # the order of each character's text object
        # The text object being read: its font, size, matrix, the order it was drawn in, and along an
        # upright line the box's vertical extent, the same for each of its glyphs.
        last_object: int | None = None
        key_font = 0  # the font's address
        fontname, size, descent, drawn = "", 0.0, 0.0, -1
        afm: dict[str, int] | None = None
        drift = 0.0  # pdfminer's advance of the glyph before less PDFium's (fonts it reads by the metrics)
        # A text object going on where the one before ended, on its line ("€" then "20.50", drawn as two): where
        # pdfminer's glyphs of the one before ended against PDFium's, (PDFium's end x, its y, pdfminer's shift).
        carry: tuple[float, float, float] | None = None
        a = b = c = d = 0.0
        common = False
        y0 = y1 = top = bottom = line_doctop = 0.0
        upright = True
        # The glyph before, kept in the object (a ligature's second letter is not): its index, PDFium's
        # origin and ours; along an upright line pdfminer's offset from the object's first glyph, the
        # glyph's advance, and the object's origin on the page.
        first = True
        before_index = -1
        before_ox = before_oy = x = y = offset = advance = line_e = 0.0
        # The glyph just read, when its box was ended at its advance: whether it taught that of its
        # glyph (font, size and scale), its advance and origin.
        pending: tuple[str, bool, float, float] | None = None
        known: dict[str, float] = {}  # the object's glyphs clearly laid out to their advance
        tracked = bool(self.blank)  # each character's object's place is needed to put spaces back
        # PDFium's text page keeps the first space of a run within a line and drops the others (its
        # CloseTempLine), where pdfminer keeps every space drawn; typed forms align their columns with
        # such runs. Where they were is read from what stays: where the glyph after a kept space would
        # stand (space_from), the place PDFium gave a space of its own inside a text object (made_at,
        # the next glyph drawn stands there), or a text object's own origin when its first glyphs are
        # gone. A run is put back only when the glyph PDFium kept next stands a whole number of the
        # font's space widths further on.
        space_from: float | None = None
        made_at = -1
        in_forms = self.in_forms
        object_matrix = plain.FPDFPageObj_GetMatrix
        gx, gy = ctypes.c_double(), ctypes.c_double()
        get_bounds, fx, fy, bx, by = plain.FPDFPageObj_GetBounds, self.fx, self.fy, self.bx, self.by

        def open_line(origin: float) -> float:
            """A line's first glyph (drawn, or a space put back) at user-space x `origin`: where the line stands,
            as pdfminer lays it out (its box from the descent to one font size above); returns the glyph's e."""
            nonlocal x, y, offset, line_e, y0, y1, upright, top, bottom, line_doctop
            x, y = _snap(origin), _snap(oy_value)
            offset = 0.0
            line_e = x + shift_x
            f = y + shift_y
            y0 = d * descent + f
            y1 = d * (descent + size) + f
            if y1 < y0:
                y0, y1 = y1, y0
            upright = d > 0
            top = height - y1 + top_shift
            bottom = height - y0 + top_shift
            line_doctop = doctop + top
            return line_e

        def put_back(start: float, to: float, space: float) -> None:
            """The spaces PDFium dropped between user-space x `start` (the first one's origin) and `to`
            (the next glyph's), each `space` (the font's advance of a space) long, laid out as the
            common case lays a glyph out (pdfminer's box, its offset summed in double precision)."""
            nonlocal offset, advance, before_ox, first, pending, drift
            miner = (afm.get(" ", 0) * 0.001) * size if afm is not None else space
            step_length = a * space
            gap = to - start
            n = round(gap / step_length)
            if n < 1 or abs(gap - n * step_length) > 1e-3 + 1e-4 * n:
                return
            for k in range(n):
                origin = start + k * step_length
                if first:
                    e = open_line(origin)
                    first = False
                else:
                    step = origin - before_ox
                    offset += (advance if advance > 0 and abs(step - a * advance) < 1e-3 else _snap(step) / a) + drift
                    e = offset * a + line_e
                advance, drift = space, miner - space
                x0, x1 = e + x_shift, a * miner + e + x_shift
                out.append({"text": " ", "fontname": fontname, "size": y1 - y0, "upright": upright,
                            "x0": x0, "x1": x1, "y0": y0, "y1": y1, "top": top, "bottom": bottom,
                            "width": x1 - x0, "height": y1 - y0, "doctop": line_doctop, "object_type": "char",
                            "page_number": number})
                if tracked:
                    drawn_in.append(drawn)
                before_ox = origin
            pending = None

        def close_run() -> None:
            """The spaces PDFium dropped at the end of the text object just read, after the space it
            kept: its bounds reach to the origin of the last glyph drawn."""
            if not last_object or last_object in in_forms:
                return
            if not get_bounds(last_object, fx, fy, bx, by):
                return
            space = space_width()
            if space > 0 and bx.value > space_from + 1e-3:  # type: ignore[operator]
                put_back(space_from, bx.value + a * space, space)  # type: ignore[arg-type]

        def space_width() -> float:
            """The font's advance of a space at this size (-1 when the font does not say)."""
            units = widths.get((key_font, " "))
            if units is None:
                units = float(width_out.value) if key_font and glyph_width(
                    key_font, 32, ctypes.c_float(1000.0), width_out) else -1.0
                widths[(key_font, " ")] = units
            return (units * 0.001) * size if units > 0 else -1.0

        def decide(index: int, advance: float, e: float) -> tuple[bool, bool]:
            """Whether PDFium laid the glyph at `index` out to `advance` (its loose box ends there, or
            reaches further only by the glyph's outline, as in italics), and whether clearly so (then
            it holds for that glyph, size and scale wherever it stands). Leaves the glyph's loose box
            in `rect`."""
            loose(textpage, index, rect)
            right = _snap(rect.right) + shift_x
            gap = right - (a * advance + e)
            if abs(gap) < 2e-3:
                return True, abs(gap) < 5e-4
            if gap > 0:
                tight_box(textpage, index, t_left, t_right, t_bottom, t_top)
                outline = abs(_snap(t_right.value) + shift_x - right)
                if outline < 1e-3:
                    loose(textpage, index, rect)
                    return True, gap > 3e-3 and outline < 5e-4
            return False, False

        for i in range(count):
            glyph = text[i] if one_per_char else chr(plain.FPDFText_GetUnicode(textpage, i))
            if glyph in _MAY_BE_GENERATED:
                if is_generated(textpage, i):
                    # PDFium's own spaces and line ends: pdfminer has no character there. A space of its
                    # own inside a text object (after TJ kerning) stands where the next glyph drawn
                    # stands, which may be a drawn space it then dropped; a line end ends the line
                    # within which PDFium drops spaces.
                    if glyph == " ":
                        made_at = i
                    else:
                        if space_from is not None:
                            close_run()
                        space_from, made_at = None, -1
                    continue
                if glyph in "\x02\ufffe":
                    glyph = "-"  # a hyphen ending a line, which PDFium marks in its text instead of giving it
            key = text_object(textpage, i)
            if key != last_object:
                if space_from is not None:
                    close_run()
                last_object = key
                key_font = (get_font(key) or 0) if key else 0
                carry = (before_ox + a * advance, before_oy, a * drift) \
                    if common and not first and advance > 0 and drift else None
                fontname, descent_units, afm = self.font(key_font) if key_font else ("", 0.0, None)
                drift = 0.0
                # The size the PDF wrote (Tf), which PDFium keeps in single precision: 7.6 comes back
                # 7.5999999, and every box and advance with it. pdfminer's is the decimal written, and a
                # typewriter font's space (0.6 of the size) is exactly the gap that joins two words into
                # a phrase: the readers would cut a column where the other joins it.
                size = _exact(float(font_size(textpage, i)))
                char_matrix(textpage, i, matrix)
                a, b, c, d = _exact(matrix.a), _exact(matrix.b), _exact(matrix.c), _exact(matrix.d)
                descent = (descent_units * 0.001) * size  # pdfminer's font.get_descent() * fontsize
                common = b == 0.0 and c == 0.0 and a > 0 and not turned
                if b != 0.0 or c != 0.0:
                    self.skewed = True
                drawn = order.get(key or 0, -1)
                first = True
                pending = None
                if common:
                    known = verdicts.setdefault((key_font, size, a), {})
            char_origin(textpage, i, ox, oy)
            ox_value, oy_value = ox.value, oy.value
            if not first and ox_value == before_ox and oy_value == before_oy:
                # Two glyphs at one place: a ligature ("fl") PDFium gives as one character per letter
                # when their boxes agree too, which pdfminer gives as one character with both letters.
                loose(textpage, i, rect)
                here = (rect.left, rect.right)
                loose(textpage, before_index, rect)
                if here == (rect.left, rect.right):
                    out[-1]["text"] += glyph
                    if pending is not None:
                        # The ligature's box is not its first letter's: whether its advance ends it is
                        # asked of this place, and what its first letter taught is forgotten.
                        taught, learned, first_advance, first_e = pending
                        if learned:
                            known.pop(taught, None)
                        else:
                            agrees, _ = decide(before_index, first_advance, first_e)
                            x1 = (a * first_advance + first_e if agrees else _snap(rect.right) + shift_x) + x_shift
                            out[-1]["x1"], out[-1]["width"] = x1, x1 - out[-1]["x0"]
                        pending = None
                    continue
            if common and (space_from is not None or made_at >= 0):
                if first:
                    # A new text object after a kept space: its own first glyphs dropped if it does not
                    # start where its first kept glyph stands.
                    if space_from is not None and key and key not in in_forms:
                        object_matrix(key, matrix)
                        if matrix.f == oy_value and matrix.e < ox_value - 1e-3:
                            space = space_width()
                            if space > 0:
                                put_back(matrix.e, ox_value, space)
                elif made_at >= 0:
                    char_origin(textpage, made_at, gx, gy)
                    if gy.value == oy_value and gx.value < ox_value - 1e-3:
                        space = space_width()
                        if space > 0:
                            put_back(gx.value, ox_value, space)
                elif space_from < ox_value - 1e-3:  # type: ignore[operator]
                    space = space_width()
                    if space > 0:
                        put_back(space_from, ox_value, space)  # type: ignore[arg-type]
            if common:
                # The common case, computed as pdfminer does (its matrix moved to the page's origin):
                # from the origin to the advance, from the descent to one font size above it.
                if first:
                    if carry is not None and abs(ox_value - carry[0]) < 1e-3 and oy_value == carry[1]:
                        # pdfminer draws it on from where its own glyphs before ended
                        e = open_line(ox_value + carry[2])
                    else:
                        e = open_line(ox_value)
                    carry = None
                else:
                    # PDFium sums a text object's advances in single precision, drifting a few 1e-5 of a
                    # point a glyph (2e-4 by a typewriter line's end, enough to tie at a column's edge).
                    # pdfminer's own sums instead: the offset from the object's first glyph grows by each
                    # glyph's width times the font size (where PDFium's step says that is all there is
                    # between them, else by that step at the PDF's decimals), and the origin is that
                    # offset through the matrix (its rounding is pdfminer's, which decides a tie at a
                    # column's edge as it did).
                    step = ox_value - before_ox
                    offset += (advance if advance > 0 and abs(step - a * advance) < 1e-3 else _snap(step) / a) + drift
                    e = offset * a + line_e
                # The advance is the font's width of the glyph when PDFium laid the glyph out to it (its
                # loose box is the advance joined with the outline, which reaches further in italics):
                # asked once a font, glyph, size and scale, the answer holding wherever the glyph stands.
                cleared = known.get(glyph)
                if cleared is not None:
                    advance = cleared
                    x1 = a * advance + e
                    pending = (glyph, False, advance, e)
                else:
                    advance = -1.0
                    if key_font and len(glyph) == 1:
                        units = widths.get((key_font, glyph))
                        if units is None:
                            units = float(width_out.value) if glyph_width(
                                key_font, ord(glyph), ctypes.c_float(1000.0), width_out) else -1.0
                            widths[(key_font, glyph)] = units
                        if units > 0:
                            advance = (units * 0.001) * size
                    if advance > 0:
                        agrees, clearly = decide(i, advance, e)
                        if clearly:
                            known[glyph] = advance
                        pending = (glyph, clearly, advance, e)
                        x1 = a * advance + e if agrees else _snap(rect.right) + shift_x
                    else:
                        pending = None
                        loose(textpage, i, rect)
                        x1 = _snap(rect.right) + shift_x
                if afm is not None:
                    # pdfminer's advance from the Adobe metrics (0 for a glyph they lack): its box ends
                    # there, and the glyphs after it stand that much further on than PDFium puts them.
                    miner = (afm.get(glyph, 0) * 0.001) * size
                    x1 = a * miner + e
                    drift = miner - advance if advance > 0 else 0.0
                x0 = e
                if x_shift:
                    x0, x1 = x0 + x_shift, x1 + x_shift
                out.append({"text": glyph, "fontname": fontname, "size": y1 - y0, "upright": upright,
                            "x0": x0, "x1": x1, "y0": y0, "y1": y1, "top": top, "bottom": bottom,
                            "width": x1 - x0, "height": y1 - y0, "doctop": line_doctop, "object_type": "char",
                            "page_number": number})
                space_from = ox_value + a * advance if glyph == " " and advance > 0 else None
                made_at = -1
            else:
                space_from, made_at = None, -1
                if first:
                    x, y = _snap(ox_value), _snap(oy_value)
                else:  # the steps from glyph to glyph summed in double precision, as above
                    x += _snap(ox_value - before_ox)
                    y += _snap(oy_value - before_oy)
                # pdfminer's LTChar: (0, descent) and (advance, descent + size) in text space through the
                # character's matrix and the page's turn, two corners, normalised.
                loose(textpage, i, rect)
                span = max(abs(a), abs(b))
                turned_advance = ((rect.right - rect.left) if abs(a) >= abs(b) else (rect.top - rect.bottom)) / span \
                    if span else 0.0
                fa, fb, fc, fd, fe, ff = _mult((a, b, c, d, x, y), geometry.ctm)
                px0, py0 = fc * descent + fe, fd * descent + ff
                px1 = fa * turned_advance + fc * (descent + size) + fe
                py1 = fb * turned_advance + fd * (descent + size) + ff
                x0, x1 = (px0, px1) if px0 <= px1 else (px1, px0)
                char_y0, char_y1 = (py0, py1) if py0 <= py1 else (py1, py0)
                char_top = height - char_y1 + top_shift
                if x_shift:
                    x0, x1 = x0 + x_shift, x1 + x_shift
                out.append({"text": glyph, "fontname": fontname, "size": char_y1 - char_y0,
                            "upright": fa * fd > 0 and fb * fc <= 0, "x0": x0, "x1": x1, "y0": char_y0,
                            "y1": char_y1, "top": char_top, "bottom": height - char_y0 + top_shift,
                            "width": x1 - x0, "height": char_y1 - char_y0, "doctop": doctop + char_top,
                            "object_type": "char", "page_number": number})
            first = False
            before_index, before_ox, before_oy = i, ox_value, oy_value
            if tracked:
                drawn_in.append(drawn)
        if space_from is not None:
            close_run()
        if self.blank:
            out = self._with_spaces(out, drawn_in, geometry, doctop, number)
        return out

    def _unembedded_bullet(self, textpage: int, text: str, one_per_char: bool) -> bool:
        """Whether a bullet of the page's text (its address) is drawn in a font the PDF does not embed."""
        plain = self.plain
        if not one_per_char:
            return True
        for i, glyph in enumerate(text):
            if glyph == "\u2022":
                key = plain.FPDFText_GetTextObject(textpage, i)
                font = plain.FPDFTextObj_GetFont(key) if key else None
                if not font or not plain.FPDFFont_GetIsEmbedded(font):
                    return True
        return False

    def _with_spaces(self, chars: list[dict[str, Any]], drawn_in: list[int], geometry: _Geometry, doctop: float,
                     number: int) -> list[dict[str, Any]]:
        """The page's characters with each space drawn on its own put back where it was drawn (after
        the characters of the text objects drawn before it), its box pdfminer's."""
        plain = self.plain
        size_out, width_out = ctypes.c_float(), ctypes.c_float()
        ranked = sorted((order, i) for i, order in enumerate(drawn_in))
        inserts: list[tuple[int, dict[str, Any]]] = []
        for order, obj, (a, b, c, d, e, f) in self.blank:
            font_key = plain.FPDFTextObj_GetFont(obj)
            if not font_key or not plain.FPDFTextObj_GetFontSize(obj, size_out) or b != 0.0 or c != 0.0 \
                    or a <= 0 or geometry.ctm[:4] != (1.0, 0.0, 0.0, 1.0):
                continue
            size = _exact(size_out.value)
            name, descent_units, afm = self.font(font_key)
            if afm is not None:
                units = float(afm.get(" ", 0))  # pdfminer's width of a space from the Adobe metrics
            else:
                units = float(width_out.value) if plain.FPDFFont_GetGlyphWidth(
                    font_key, 32, ctypes.c_float(1000.0), width_out) else 0.0
            descent = (descent_units * 0.001) * size
            x0 = e + geometry.ctm[4]
            y = f + geometry.ctm[5]
            x1 = a * ((units * 0.001) * size) + x0
            y0, y1 = sorted((d * descent + y, d * (descent + size) + y))
            top = geometry.height - y1 + geometry.top_shift
            bottom = geometry.height - y0 + geometry.top_shift
            after = bisect_left(ranked, (order, -1))  # characters of text objects drawn before it
            at = ranked[after - 1][1] + 1 if after else 0
            inserts.append((at, {"text": " ", "fontname": name, "size": y1 - y0, "upright": d > 0,
                                 "x0": x0 + geometry.x_shift, "x1": x1 + geometry.x_shift, "y0": y0, "y1": y1,
                                 "top": top, "bottom": bottom, "width": x1 - x0, "height": y1 - y0,
                                 "doctop": doctop + top, "object_type": "char", "page_number": number}))
        if not inserts:
            return chars
        inserts.sort(key=lambda item: item[0])
        out: list[dict[str, Any]] = []
        k = 0
        for i, char in enumerate(chars):
            while k < len(inserts) and inserts[k][0] <= i:
                out.append(inserts[k][1])
                k += 1
            out.append(char)
        out.extend(item[1] for item in inserts[k:])
        return out

    def _shapes(self, page: int, number: int, geometry: _Geometry, doctop: float,
                objects: dict[str, list[dict[str, Any]]]) -> int:
        """Lines, rectangles and curves of the page's (its address) path objects (forms' too), cut and
        named the way pdfminer's paint_path does; and its images. Returns what was charged against the
        page's cap."""
        pdfium, plain = self.pdfium, self.plain
        used = 0
        count = plain.FPDFPage_CountObjects(page)
        todo: list[tuple[int, tuple[float, ...]]] = [(plain.FPDFPage_GetObject(page, i) or 0, geometry.ctm)
                                                     for i in range(count)]
        todo.reverse()
        matrix = self.matrix
        get_type, get_bounds = plain.FPDFPageObj_GetType, plain.FPDFPageObj_GetBounds
        form, text, image, drawn = (pdfium.FPDF_PAGEOBJ_FORM, pdfium.FPDF_PAGEOBJ_TEXT, pdfium.FPDF_PAGEOBJ_IMAGE,
                                    pdfium.FPDF_PAGEOBJ_PATH)
        order, fx, fy, bx, by = self.order, self.fx, self.fy, self.bx, self.by
        while todo:
            obj, outer = todo.pop()
            if not obj:
                continue
            kind = get_type(obj)
            if kind == text:
                order[obj] = len(order)
                if outer is not geometry.ctm:
                    self.in_forms.add(obj)
                if not get_bounds(obj, fx, fy, bx, by) or bx.value - fx.value < 1e-3:
                    # No outline at all: a run of spaces drawn on its own, which PDFium's text page
                    # leaves out (and pdfminer, and so pdfplumber, keeps as a character that ends a word).
                    plain.FPDFPageObj_GetMatrix(obj, matrix)
                    self.blank.append((order[obj], obj, _mult(_matrix(matrix), outer)))
            elif kind == form:
                plain.FPDFPageObj_GetMatrix(obj, matrix)
                inner = _mult(_matrix(matrix), outer)
                n = plain.FPDFFormObj_CountObjects(obj)
                used = self.charge(number, max(0, n) // 8, used)  # forms drawn over and over cost too
                todo.extend(reversed([(plain.FPDFFormObj_GetObject(obj, i) or 0, inner) for i in range(max(0, n))]))
            elif kind == image:
                used = self.charge(number, 1, used)
                objects.setdefault("image", []).append(self._box_object(obj, outer, geometry, doctop, number))
            elif kind == drawn:
                segments = plain.FPDFPath_CountSegments(obj)
                if segments <= 0:
                    continue
                used = self.charge(number, segments, used)
                plain.FPDFPageObj_GetMatrix(obj, matrix)
                full = _mult(_matrix(matrix), outer)
                for path in self._subpaths(obj, segments, full):
                    shape = _shape(path, geometry, doctop, number)
                    if shape is not None:
                        objects.setdefault(shape["object_type"], []).append(shape)
        return used

    def _subpaths(self, obj: int, segments: int, full: tuple[float, ...]) -> list[list[tuple[str, float, float]]]:
        """The path's subpaths as pdfminer sees them after transforming by the CTM: ("m"|"l"|"c"|"h", x, y)
        with each Bézier's end point only (what pdfminer keeps as a curve's points)."""
        pdfium, plain = self.pdfium, self.plain
        fx, fy = self.fx, self.fy
        a, b, c, d, e, f = full
        paths: list[list[tuple[str, float, float]]] = []
        current: list[tuple[str, float, float]] = []
        bezier = 0
        for i in range(segments):
            seg = plain.FPDFPath_GetPathSegment(obj, i)
            kind = plain.FPDFPathSegment_GetType(seg)
            plain.FPDFPathSegment_GetPoint(seg, fx, fy)
            x, y = _snap(fx.value), _snap(fy.value)
            point = (a * x + c * y + e, b * x + d * y + f)
            if kind == pdfium.FPDF_SEGMENT_MOVETO:
                if current:
                    paths.append(current)
                current = [("m", *point)]
                bezier = 0
            elif kind == pdfium.FPDF_SEGMENT_BEZIERTO:
                bezier += 1
                if bezier % 3 == 0:
                    current.append(("c", *point))
            else:
                current.append(("l", *point))
            if plain.FPDFPathSegment_GetClose(seg) and current:
                current.append(("h", current[0][1], current[0][2]))
        if current:
            paths.append(current)
        return paths

    def _box_object(self, obj: int, outer: tuple[float, ...], geometry: _Geometry, doctop: float,
                    number: int) -> dict[str, Any]:
        """An image's box (its unit square through its matrix), as pdfplumber places it."""
        matrix = self.matrix
        self.plain.FPDFPageObj_GetMatrix(obj, matrix)
        a, b, c, d, e, f = _mult(_matrix(matrix), outer)
        xs = [e, a + e, c + e, a + c + e]
        ys = [f, b + f, d + f, b + d + f]
        return _placed({"object_type": "image"}, min(xs), min(ys), max(xs), max(ys), geometry, doctop, number)


def _placed(obj: dict[str, Any], x0: float, y0: float, x1: float, y1: float, geometry: _Geometry, doctop: float,
            number: int) -> dict[str, Any]:
    top = geometry.height - y1 + geometry.top_shift
    bottom = geometry.height - y0 + geometry.top_shift
    obj.update({"x0": x0 + geometry.x_shift, "x1": x1 + geometry.x_shift, "y0": y0, "y1": y1, "top": top,
                "bottom": bottom, "width": x1 - x0, "height": y1 - y0, "doctop": doctop + top,
                "page_number": number})
    return obj


def _flip(point: tuple[float, float], geometry: _Geometry) -> tuple[float, float]:
    """pdfplumber's point2coord: device space to its top-left origin."""
    return (geometry.x_shift + point[0], geometry.top_shift + geometry.height - point[1])


def _shape(path: list[tuple[str, float, float]], geometry: _Geometry, doctop: float,
           number: int) -> dict[str, Any] | None:
    """One subpath as pdfminer's paint_path names it: a line (m l), a rectangle (m l l l h with sides
    along the axes), or a curve; None for a lone move."""
    shape = "".join(op for op, _, _ in path)
    pts = [(x, y) for _, x, y in path]
    if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
        shape = shape[:-2] + "h"
        pts.pop(-2)
    kind = "curve"
    if shape in ("mlh", "ml"):
        kind = "line"
    elif shape in ("mlllh", "mllll"):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
        square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)
        if pts[0] == pts[4] and square:
            kind = "rect"
    elif len(pts) < 2:
        return None
    if kind == "line":
        box = (pts[0], pts[1])
    elif kind == "rect":
        box = (pts[0], pts[2])
    else:
        box = None
    if box is not None:
        (ax, ay), (bx, by) = box
        x0, x1 = sorted((ax, bx))
        y0, y1 = sorted((ay, by))
    else:
        x0, x1 = min(p[0] for p in pts), max(p[0] for p in pts)
        y0, y1 = min(p[1] for p in pts), max(p[1] for p in pts)
    obj: dict[str, Any] = {"object_type": kind, "pts": [_flip(p, geometry) for p in pts]}
    return _placed(obj, x0, y0, x1, y1, geometry, doctop, number)


@contextmanager
def _opened(data: bytes) -> Iterator[tuple[Any, Any]]:
    import pypdfium2.raw as pdfium

    buffer = ctypes.create_string_buffer(data, len(data))
    doc = pdfium.FPDF_LoadMemDocument64(buffer, len(data), None)
    if not doc:
        error = pdfium.FPDF_GetLastError()
        raise PdfUnreadable(_ERRORS.get(error, f"PDFium error {error}"), encrypted=error == pdfium.FPDF_ERR_PASSWORD)
    try:
        yield pdfium, doc
    finally:
        pdfium.FPDF_CloseDocument(doc)
        del buffer


_ERRORS = {1: "unknown error", 2: "file not found or could not be opened", 3: "not a PDF or damaged",
           4: "password required or incorrect", 5: "unsupported security scheme", 6: "page not found"}


def read_pages(data: bytes) -> list[LayerPage]:
    """Every page of the PDF, read in one go under the process's PDFium lock. Raises PdfTooLarge past
    a cap, PdfUnreadable when PDFium cannot open the file."""
    check_streams(data)
    with PDFIUM_LOCK, _opened(data) as (pdfium, doc):
        count = pdfium.FPDF_GetPageCount(doc)
        if count > MAX_PAGES:
            raise PdfTooLarge(f"more than {MAX_PAGES} pages")
        reader = _Reader(pdfium, doc)
        pages: list[LayerPage] = []
        doctop = 0.0
        for index in range(count):
            page = reader.page(index, doctop)
            pages.append(page)
            doctop += page.height
        return pages
