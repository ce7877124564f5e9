"""The PDFium text layer reads every PDF we have as pdfplumber (pdfminer) read it: the same header, the
same lines, the same provenance boxes. The corpus documents are compared through the extractor and
only field paths are reported on a difference (held-out sets are fed to the code, never shown)."""

from __future__ import annotations

import dataclasses
import email
import hashlib
import io
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from extractors import text_layer
from extractors.ocr import without_ocr
from extractors.pdf_table import PDFPLUMBER, TEXT_LAYER, extract_pdf
from tests.support.documents import euro_split_pdf, own_widths_pdf, ruled_pdf, spaced_form_pdfs, undefined_code_pdf
from tests.support.environment import SHARED_CORPUS

REPO = Path(__file__).resolve().parents[2]
SHARED = SHARED_CORPUS  # the shared corpora beside the checkout (or /work/shared/corpus from a worktree)
# pdfminer computes boxes in double precision from the numbers the PDF wrote, PDFium in single
# precision, and its font metrics where pdfminer's differ (a descriptor's descent kept to whole units, a
# standard font's width of a glyph its Adobe metrics lack): a box may move by a rounding step or a
# fraction of a point. The review screen pads every box by 1.5 points.
BOX_TOLERANCE = 0.5


def _pdfs_in(path: Path) -> Iterator[bytes]:
    data = path.read_bytes()
    if data[:5] == b"%PDF-":
        yield data
    elif path.suffix == ".eml":
        for part in email.message_from_bytes(data).walk():
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload[:5] == b"%PDF-":
                yield payload


def _named_corpus_pdfs() -> list[tuple[str, bytes]]:
    """Every distinct corpus PDF with the file it came from (a name only: a failure says which file,
    never what it holds)."""
    found: dict[str, tuple[str, bytes]] = {}
    roots = [REPO / "tests" / "corpus", SHARED]
    for root in roots:
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.suffix.lower() in (".pdf", ".eml"):
                for data in _pdfs_in(path):
                    name = f"{root.parent.name}/{path.relative_to(root)}"
                    found.setdefault(hashlib.sha256(data).hexdigest(), (name, data))
    return list(found.values())


def _corpus_pdfs() -> list[bytes]:
    return [data for _, data in _named_corpus_pdfs()]


def _differences(old: Any, new: Any, path: str = "") -> list[str]:
    """Field paths where the two readings differ (values never shown); boxes within BOX_TOLERANCE agree."""
    if isinstance(old, dict) and isinstance(new, dict):
        return [d for key in sorted(set(old) | set(new)) for d in _differences(old.get(key), new.get(key),
                                                                                  f"{path}.{key}")]
    if isinstance(old, list | tuple) and isinstance(new, list | tuple):
        if len(old) != len(new):
            return [f"{path} (length {len(old)} -> {len(new)})"]
        if path.endswith("bbox") and all(isinstance(v, float | int) for v in (*old, *new)):
            return [] if all(abs(a - b) <= BOX_TOLERANCE for a, b in zip(old, new, strict=True)) else [path]
        return [d for i, (a, b) in enumerate(zip(old, new, strict=True)) for d in _differences(a, b, f"{path}[{i}]")]
    if isinstance(old, float | Decimal) and isinstance(new, float | Decimal):
        return [] if old == new else [path]
    return [] if old == new else [path]


def _reading(data: bytes, reader: str) -> dict[str, Any]:
    with without_ocr():
        extraction = extract_pdf(data, 0, reader=reader)
    read = dataclasses.asdict(extraction)
    return {"error": read["error"], "header": read["header"], "lines": read["lines"],
            "document_kind": read["document_kind"], "purpose": read["purpose"]}


@pytest.mark.slow
def test_every_corpus_pdf_reads_the_same_from_the_text_layer_as_from_pdfplumber():
    """GIVEN every PDF of every corpus (files and email attachments, held-out sets included)
    WHEN it is read from PDFium's text layer and from pdfplumber
    THEN header, lines, kind and provenance agree (boxes within half a point)."""
    pdfs = _named_corpus_pdfs()
    assert len(pdfs) >= 30, "the corpora hold more PDFs than this"
    failures = []
    for name, data in pdfs:
        found = _differences(_reading(data, PDFPLUMBER), _reading(data, TEXT_LAYER))
        if found:
            failures.append(f"{name}: {', '.join(found[:6])}")
    assert not failures, "; ".join(failures)


def test_a_generated_ruled_order_reads_the_same_from_both_readers():
    """GIVEN the ruled order the tests generate
    THEN both readers give the same reading, boxes included."""
    data = ruled_pdf()
    assert _differences(_reading(data, PDFPLUMBER), _reading(data, TEXT_LAYER)) == []


def _laid_out(page: Any) -> tuple[Any, ...]:
    """What the readers take from a page: its characters (text and box, in order), words and text,
    as read and with characters drawn twice kept once."""
    from extractors.pdf_table import readable_page

    def chars(p: Any) -> list[tuple[Any, ...]]:
        return [(c["text"], round(c["x0"], 3), round(c["x1"], 3), round(c["top"], 3), round(c["bottom"], 3))
                for c in p.chars]

    def words(p: Any) -> list[tuple[Any, ...]]:
        return [(w["text"], round(w["x0"], 3), round(w["x1"], 3), round(w["top"], 3), round(w["bottom"], 3))
                for w in p.extract_words()]

    deduped = readable_page(page)
    return chars(page), words(page), page.extract_text(), chars(deduped), words(deduped), deduped.extract_text()


def _both_readers(data: bytes) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    from extractors.pdf_table import open_pages

    with open_pages(data, PDFPLUMBER) as pages:
        theirs = [_laid_out(page) for page in pages]
    with open_pages(data) as pages:
        ours = [_laid_out(page) for page in pages]
    return theirs, ours


@pytest.mark.parametrize("form", sorted(spaced_form_pdfs()))
def test_typed_forms_with_runs_of_spaces_read_as_pdfplumber_reads_them(form: str):
    """GIVEN a typed form whose text objects draw runs of spaces inside one string (columns aligned
    with spaces in Courier, Helvetica and a small Times; runs split between text objects; TJ kerning
    before a run; values typed over a label's run of spaces)
    WHEN it is read from PDFium's text layer (whose text page keeps one space of each run)
    THEN the characters (each space where pdfminer put it), words, page text and the extractor's reading
    (header, lines, provenance boxes) are pdfplumber's."""
    data = spaced_form_pdfs()[form]
    theirs, ours = _both_readers(data)
    for (their_page, our_page) in zip(theirs, ours, strict=True):
        for what, a, b in zip(("chars", "words", "text", "deduped chars", "deduped words", "deduped text"),
                              their_page, our_page, strict=True):
            assert a == b, what
    assert _differences(_reading(data, PDFPLUMBER), _reading(data, TEXT_LAYER)) == []


def test_a_filled_in_form_keeps_its_typed_values_apart_from_the_labels_spaces():
    """GIVEN the filled-in form (values drawn over a label line's run of spaces)
    THEN the spaces between the typed letters split the words as pdfplumber splits them: a typed value
    is not one word where pdfminer's spaces stand between its letters (the reading depends on it)."""
    theirs, ours = _both_readers(spaced_form_pdfs()["filled-in"])
    assert ours[0][1] == theirs[0][1]
    assert sum(1 for c in ours[0][0] if c[0] == " ") == sum(1 for c in theirs[0][0] if c[0] == " ") > 100


def test_a_bullet_drawn_with_an_undefined_winansi_code_reads_as_pdfminer_reads_it():
    """GIVEN a line with a bullet (0x95) and codes WinAnsiEncoding leaves undefined (0x7F, 0x81, 0x8D),
    which PDFium gives as bullets and pdfminer as "(cid:N)"
    THEN the text layer's characters, words and text are pdfminer's, and so is the reading."""
    data = undefined_code_pdf()
    theirs, ours = _both_readers(data)
    assert ours == theirs
    assert any(c[0] == "(cid:127)" for c in ours[0][0]) and any(c[0] == "\u2022" for c in ours[0][0])
    assert _differences(_reading(data, PDFPLUMBER), _reading(data, TEXT_LAYER)) == []


def test_a_glyph_the_standard_metrics_lack_moves_the_next_string_as_pdfminer_moves_it():
    """GIVEN "€" then the amount as two strings of one text block in Courier, whose Adobe metrics (pdfminer's) lack
    the "€" (PDFium gives it a width, and each string a text object of its own)
    THEN the amount stands where pdfminer draws it (on from the "€" it gave no width), and the characters, words,
    text and reading are pdfplumber's."""
    data = euro_split_pdf()
    theirs, ours = _both_readers(data)
    assert ours == theirs
    assert _differences(_reading(data, PDFPLUMBER), _reading(data, TEXT_LAYER)) == []


def test_a_standard_font_with_widths_of_its_own_is_laid_out_as_pdfminer_lays_it_out():
    """GIVEN a typed order in Helvetica, Courier and Times whose font dictionaries give /Widths of their own
    THEN the characters stand where pdfminer puts them (by the Adobe metrics it ships for those names, not
    the PDF's widths), and the words, text and reading are pdfplumber's."""
    data = own_widths_pdf()
    theirs, ours = _both_readers(data)
    assert ours == theirs
    assert _differences(_reading(data, PDFPLUMBER), _reading(data, TEXT_LAYER)) == []


def test_characters_carry_pdfminers_boxes_in_pdfplumbers_coordinates():
    """GIVEN the ruled order
    THEN each character of the text layer stands where pdfplumber puts it (top-left origin), within
    single precision, and a page's rules give the same edges."""
    import pdfplumber

    data = ruled_pdf()
    layer = text_layer.read_pages(data)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for ours, theirs in zip(layer, pdf.pages, strict=True):
            assert ours.bbox == pytest.approx(theirs.bbox)
            mine = [c for c in ours.chars if c["text"] != " "]
            reference = [c for c in theirs.chars if c["text"] != " "]
            assert [c["text"] for c in mine] == [c["text"] for c in reference]
            for a, b in zip(mine, reference, strict=True):
                for key in ("x0", "x1", "top", "bottom", "size"):
                    assert a[key] == pytest.approx(b[key], abs=1e-3), key

            def edges(page: Any) -> list[tuple[Any, ...]]:
                return sorted((e["orientation"], round(e["x0"], 2), round(e["top"], 2), round(e["x1"], 2),
                               round(e["bottom"], 2)) for e in page.edges if e.get("orientation"))

            assert edges(ours) == edges(theirs)


def test_a_file_pdfium_cannot_open_is_tried_with_pdfplumber_and_fails_as_before():
    """GIVEN bytes that start like a PDF and are not one
    THEN the extractor says it could not read the PDF (no crash), as it did before."""
    extraction = extract_pdf(b"%PDF-1.4\nnot really a pdf", 0)
    assert extraction.error is not None and extraction.error.startswith("could not read PDF")


def _word_readings(chars: list[dict[str, Any]], bbox: tuple[float, ...]) -> tuple[Any, ...]:
    """What pdfplumber's utilities cut from the characters with their defaults, and what ours cut."""
    from pdfplumber import utils

    from extractors import page_words

    found = page_words.words(chars)
    theirs = (utils.extract_words(chars),
              utils.chars_to_textmap(chars, layout_bbox=bbox, layout_width=bbox[2] - bbox[0],
                                     layout_height=bbox[3] - bbox[1]).as_string,
              [utils.extract_text(chars[at:at + 40]) for at in range(0, len(chars), 37)])
    ours = (found, page_words.page_text(found), [page_words.cell_text(chars[at:at + 40])
                                                 for at in range(0, len(chars), 37)])
    return theirs, ours


def test_words_and_text_are_pdfplumbers_on_turned_blank_and_ligature_characters():
    """GIVEN characters with spaces, a ligature, one without text, a line a point lower, a character
    that steps back, and a turned run
    THEN words, page text and a cell's text are what pdfplumber's utilities give."""
    def char(text: str, x0: float, top: float, upright: bool = True, width: float = 5.0) -> dict[str, Any]:
        return {"text": text, "x0": x0, "x1": x0 + width, "top": top, "bottom": top + 10, "doctop": top + 800,
                "upright": upright, "size": 10.0}

    chars = [char("A", 10, 10), char("ﬁ", 15, 10.5), char(" ", 20, 10), char("B", 25, 10), char("C", 29, 11),
             char("", 40, 10), char("D", 41, 10), char("E", 38, 10), char("F", 60, 12.9), char("G", 10, 30),
             char("H", 100, 100, upright=False), char("I", 100, 109, upright=False), char("J", 104, 130, False),
             char("K", 10, 31), char("\xa0", 16, 31), char("L", 17, 31)]
    theirs, ours = _word_readings(chars, (0.0, 0.0, 612.0, 792.0))
    assert ours == theirs
    one_line = chars[:9]  # tops within 3 points: read as one line
    theirs, ours = _word_readings(one_line, (0.0, 0.0, 612.0, 792.0))
    assert ours == theirs


@pytest.mark.slow
def test_words_and_text_of_every_corpus_page_are_pdfplumbers():
    """GIVEN every page of every corpus PDF laid out by the text layer (as read, and with characters
    drawn twice kept once)
    THEN extractors.page_words cuts the words, the page text and cells' text exactly as pdfplumber's
    utilities do with their defaults."""
    from extractors.pdf_table import readable_page

    failures = []
    for data in _corpus_pdfs():
        try:
            pages = text_layer.read_pages(data)
        except (text_layer.PdfUnreadable, text_layer.PdfTooLarge):
            continue
        for page in pages:
            for laid_out in (page, readable_page(page)):
                theirs, ours = _word_readings(laid_out.chars, laid_out.bbox)
                if theirs != ours:
                    failures.append(f"{hashlib.sha256(data).hexdigest()[:12]} page {page.page_number}")
    assert not failures, "\n".join(failures)


@pytest.mark.slow
def test_ruled_tables_of_every_corpus_page_are_pdfplumbers():
    """GIVEN every page of every corpus PDF laid out by the text layer, and the ruled order the tests make
    THEN the page's tables (cells, rows) are those pdfplumber's TableFinder finds on it, and the cells'
    texts those its Table.extract() gives."""
    from pdfplumber.table import TableFinder, TableSettings

    from extractors.pdf_table import _cell_texts, _chars_by_middle

    failures = []
    for data in [*_corpus_pdfs(), ruled_pdf()]:
        try:
            pages = text_layer.read_pages(data)
        except (text_layer.PdfUnreadable, text_layer.PdfTooLarge):
            continue
        for page in pages:
            theirs = TableFinder(page, TableSettings.resolve(None)).tables  # type: ignore[arg-type]
            ours = page.find_tables()
            if [(t.cells, [r.cells for r in t.rows]) for t in theirs] != [(t.cells, [r.cells for r in t.rows])
                                                                          for t in ours]:
                failures.append(f"{hashlib.sha256(data).hexdigest()[:12]} page {page.page_number}")
            by_middle = _chars_by_middle(page.chars)
            if [t.extract() for t in theirs] != [_cell_texts(t, by_middle)[0] for t in ours]:
                failures.append(f"{hashlib.sha256(data).hexdigest()[:12]} page {page.page_number}: cell texts")
    assert not failures, "\n".join(failures)


def _typewriter_po(size: float, skew: float = 0.0) -> bytes:
    """A purchase order typed in Courier at `size` points, each printed line one string (as typewriter-style
    ERP exports draw them): columns one or two spaces apart, a column heading of two names one space apart
    ("ITEM / DESCRIPTION"), each line's vendor item on a row under it. With `skew` (degrees) the whole page
    is drawn turned by that much, as a scanned page with its text layer is."""
    import math

    from reportlab.pdfgen import canvas

    rows = [
        "ACME SCHOOL DISTRICT              PURCHASE ORDER",
        "BUSINESS OFFICE - 1 ELM ST        NO. P9900123",
        "                                  DATE 11/30/2026",
        "",
        "LN  QUANTITY UOM  ITEM / DESCRIPTION                 UNIT PRICE      EXTENDED",
        "--- -------- ---  ---------------------------------  ----------  ------------",
        "001        4 EA   HOSE 3/4IN X 50FT RUBBER               31.50        126.00",
        "                  VENDOR ITEM HS-34-50R    ACCT 20-1100-400",
        "002       10 BX   GLOVE NITRILE LARGE 100/BX             8.75         87.50",
        "                  VENDOR ITEM GN-L-100     ACCT 20-1100-400",
        "003        3 EA   BROOM PUSH 24IN HARDWOOD               22.40         67.20",
        "                  VENDOR ITEM BP-24-HW     ACCT 20-1100-400",
        "                                          PO TOTAL 280.70",
    ]
    buf = io.BytesIO()
    page = canvas.Canvas(buf, pagesize=(612, 792), invariant=1)
    if skew:
        turn = math.radians(skew)
        page.transform(math.cos(turn), -math.sin(turn), math.sin(turn), math.cos(turn), 0, 0)
    y = 740.0
    for row in rows:
        page.setFont("Courier", size)
        page.drawString(36, y, row)
        y -= 10.5
    page.showPage()
    page.save()
    return buf.getvalue()


@pytest.mark.parametrize("size", [7.6, 9.6, 8.3])
def test_a_typewriter_order_at_a_size_no_binary_fraction_holds_reads_as_pdfplumber_reads_it(size: float):
    """GIVEN an order typed in Courier at a size the PDF writes as a decimal no binary fraction holds (7.6
    points), whose words and columns stand one space apart: a Courier space is 0.6 of the font size, the
    very gap below which the readers join two words into one phrase or column name
    WHEN it is read from PDFium's text layer (which keeps the font size in single precision) and from
    pdfplumber (pdfminer reads the size the PDF wrote in double precision)
    THEN every character's box and size is pdfminer's to the last bit, not only to three decimals (a
    single-precision size moves every glyph by its advances' rounding, which is enough to put a one-space
    gap on the other side of that limit), and the reading (columns, lines, boxes) is pdfplumber's."""
    import pdfplumber

    data = _typewriter_po(size)
    layer = text_layer.read_pages(data)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for ours, theirs in zip(layer, pdf.pages, strict=True):
            keys = ("text", "x0", "x1", "top", "bottom", "size")
            assert [tuple(c[k] for k in keys) for c in ours.chars] == [tuple(c[k] for k in keys)
                                                                      for c in theirs.chars]
    assert _differences(_reading(data, PDFPLUMBER), _reading(data, TEXT_LAYER)) == []


@pytest.mark.parametrize("skew", [0.6, -1.5])
def test_a_typed_order_scanned_with_a_skew_reads_as_pdfplumber_reads_it(skew: float):
    """GIVEN a typed Courier order drawn turned by a degree or so (a scanned page with its text layer: the
    page's text set through a matrix that turns it), with runs of spaces between its columns
    WHEN it is read from PDFium's text layer, whose boxes for turned glyphs are their whole turned extent
    (wider than pdfminer's box from origin to advance) and whose dropped runs of spaces are not put back
    there
    THEN the page's characters are pdfminer's (spaces included) and so are its text lines and the reading: a
    monospace print's pitch is read from the characters' widths."""
    import pdfplumber

    from extractors.pdf_table import open_pages

    data = _typewriter_po(9.0, skew)
    with open_pages(data) as ours, pdfplumber.open(io.BytesIO(data)) as pdf:
        for mine, theirs in zip(ours, pdf.pages, strict=True):
            keys = ("text", "x0", "x1", "top", "bottom")
            assert [tuple(c[k] for k in keys) for c in mine.chars] == [tuple(c[k] for k in keys)
                                                                      for c in theirs.chars]
            lines = [(t["text"], t["x0"], t["top"]) for t in mine.extract_text_lines(strip=False)]
            assert lines == [(t["text"], t["x0"], t["top"]) for t in theirs.extract_text_lines(strip=False)]
    assert _differences(_reading(data, PDFPLUMBER), _reading(data, TEXT_LAYER)) == []
