"""Documents built to cost: small files that claim or inflate to far more than an order holds. Each is
read within bounded memory (tracemalloc's peak, never a wall-clock time) or refused with a clear
error on that document alone."""

from __future__ import annotations

import io
import re
import tracemalloc
import zipfile
import zlib

import openpyxl
import pytest

from extractors import pdf_table, spreadsheet, text_layer
from extractors.registry import extract_part
from models.schemas import Extraction, Part

MB = 1024 * 1024


def _read(name: str, media_type: str, data: bytes) -> tuple[Extraction, int]:
    """The extraction and the peak of memory Python allocated while reading it."""
    tracemalloc.start()
    try:
        ex = extract_part(Part(0, "attachment", media_type, name, data))
        return ex, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


# ---------------------------------------------------------------- spreadsheets


def _rewrite_sheet(data: bytes, change) -> bytes:
    """The workbook with its first sheet's XML passed through `change`."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            content = zin.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                content = change(content)
            zout.writestr(info, content)
    return out.getvalue()


def _order_workbook(rows: int) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["SKU", "Qty", "Price"])
    for i in range(rows):
        ws.append([f"A-{i}", 1 + i % 5, 2.5])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_an_xlsx_whose_dimension_claims_16384_columns_is_read_as_the_cells_it_holds():
    """GIVEN a 500-row order whose <dimension> claims A1:XFD501 (read-only openpyxl would pad every
    row to 16,384 cells: 8 million of them)
    WHEN it is read
    THEN every line comes out, and the memory used is that of the cells that exist."""
    lying = _rewrite_sheet(_order_workbook(500),
                           lambda xml: re.sub(rb'<dimension ref="[^"]+"', b'<dimension ref="A1:XFD501"', xml))
    assert len(lying) < 40_000
    ex, peak = _read("order.xlsx", "application/octet-stream", lying)
    assert ex.error is None
    assert len(ex.lines) == 500 and ex.lines[-1].item_code == "A-499"
    assert peak < 16 * MB, f"{peak // MB} MB"


def test_an_xlsx_whose_dimension_is_too_small_loses_no_rows():
    """GIVEN a sheet whose <dimension> says A1:B2 while it holds 30 rows of three columns
    THEN all 30 lines are read, prices included."""
    short = _rewrite_sheet(_order_workbook(30), lambda xml: re.sub(rb'<dimension ref="[^"]+"',
                                                                     b'<dimension ref="A1:B2"', xml))
    ex, _ = _read("order.xlsx", "application/octet-stream", short)
    assert len(ex.lines) == 30 and all(line.unit_price is not None for line in ex.lines)


def test_an_xlsx_with_cells_in_the_last_column_is_refused_at_the_cell_cap():
    """GIVEN 200 rows, each with a real cell in column XFD (16,384 cells a row once padded)
    THEN the workbook is refused as too large before 3 million cells are made."""
    def far_cells(xml: bytes) -> bytes:
        return re.sub(rb"(<row [^>]*?)\s*spans=\"[^\"]*\"", rb"\1", xml).replace(
            b"</row>", b'<c t="inlineStr" r="XFD{row}"><is><t>x</t></is></c></row>')
    data = _order_workbook(200)

    def with_row_numbers(xml: bytes) -> bytes:
        xml = far_cells(xml)
        parts = xml.split(b"{row}")
        rows = re.findall(rb'<row r="(\d+)"', xml)
        return b"".join(p + (rows[i] if i < len(parts) - 1 else b"") for i, p in enumerate(parts))
    ex, peak = _read("order.xlsx", "application/octet-stream", _rewrite_sheet(data, with_row_numbers))
    assert ex.error is not None and ex.error.startswith("spreadsheet too large: ")
    assert f"{spreadsheet.MAX_CELLS:,} cells" in ex.error
    assert peak < 32 * MB, f"{peak // MB} MB"


@pytest.mark.slow
def test_an_xlsx_with_a_cell_in_row_one_million_is_refused_at_the_row_cap():
    """GIVEN a small order plus one cell in row 1,048,576 (a reader yields a million empty rows)
    THEN the workbook is refused as too large, naming the row cap."""
    data = _rewrite_sheet(_order_workbook(5), lambda xml: xml.replace(
        b"</sheetData>", b'<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'))
    ex = extract_part(Part(0, "attachment", "application/octet-stream", "order.xlsx", data))
    assert ex.error == f"spreadsheet too large: sheet 'Sheet' takes it past {spreadsheet.MAX_ROWS:,} rows"


def test_ten_thousand_merged_ranges_over_every_row_are_bounded_work():
    """GIVEN 10,000 merged ranges, each spanning A1:A1048576 (ten billion cells to fill)
    THEN reading stops at the cell cap instead of filling them."""
    merges = b"".join(b'<mergeCell ref="A1:A%d"/>' % (2000 + i) for i in range(10_000))
    data = _rewrite_sheet(_order_workbook(2000), lambda xml: xml.replace(
        b"</sheetData>", b'</sheetData><mergeCells count="10000">' + merges + b"</mergeCells>"))
    ex = extract_part(Part(0, "attachment", "application/octet-stream", "order.xlsx", data))
    assert ex.error is not None and ex.error.startswith("spreadsheet too large: ")


# ---------------------------------------------------------------- PDF


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF from its numbered objects (1 is the catalog), with a correct cross-reference table."""
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    return out + b"trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)


def _stream(content: bytes, extra: bytes = b"", flate: bytes | None = None) -> bytes:
    data = zlib.compress(content, 9) if flate is None else flate
    return b"<< /Length %d /Filter /FlateDecode %s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def _one_page(content: bytes | None = None, flate: bytes | None = None, more: list[bytes] | None = None,
              xobjects: bytes = b"") -> bytes:
    resources = b"<< /Font << /F1 5 0 R >> /XObject << %s >> >>" % xobjects
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources %s >>"
                 % resources, _stream(content or b"", flate=flate), FONT, *(more or [])])


def test_a_pdf_whose_content_inflates_from_100_kb_to_100_mb_is_refused():
    """GIVEN a 100 KB PDF whose page content inflates to 100 MB
    THEN it is refused as too large, having inflated no more than the per-stream cap."""
    bomb = _one_page(b" " * (100 * MB))
    assert len(bomb) < 150_000
    ex, peak = _read("bomb.pdf", "application/pdf", bomb)
    assert ex.error == f"PDF too large: a stream inflates to more than {pdf_table.MAX_STREAM_BYTES // MB} MB"
    assert ex.lines == []
    assert peak < pdf_table.MAX_STREAM_BYTES + 24 * MB, f"{peak // MB} MB"


def test_a_bomb_with_a_damaged_checksum_is_refused_too():
    """GIVEN the same kind of bomb with its checksum broken (pdfminer's fallback for damaged streams
    inflates one byte at a time, joining the output quadratically)
    THEN it is refused as quickly, by the same cap."""
    flate = bytearray(zlib.compress(b" " * (40 * MB), 9))
    flate[-1] ^= 0xFF
    ex = extract_part(Part(0, "attachment", "application/pdf", "bomb.pdf", _one_page(flate=bytes(flate))))
    assert ex.error == f"PDF too large: a stream inflates to more than {pdf_table.MAX_STREAM_BYTES // MB} MB"


def test_streams_that_inflate_past_the_document_budget_are_refused(monkeypatch: pytest.MonkeyPatch):
    """GIVEN a page whose content is three streams of 600 KB, in a document allowed 1 MB decoded
    THEN it is refused, saying the document's streams inflate too far."""
    monkeypatch.setattr(text_layer, "MAX_DECODED_BYTES", MB)
    part = b"BT ET " + b" " * 600_000
    doc = _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents [4 0 R 5 0 R 6 0 R] >>",
                _stream(part), _stream(part), _stream(part)])
    ex = extract_part(Part(0, "attachment", "application/pdf", "three.pdf", doc))
    assert ex.error == "PDF too large: its streams inflate to more than 1 MB"


def test_a_run_length_stream_is_measured_before_it_is_decoded(monkeypatch: pytest.MonkeyPatch):
    """GIVEN a RunLength stream of 20 KB that decodes to 1.3 MB, with a 1 MB cap per stream
    THEN it is refused before it is decoded (pdfminer would build a list of 1.3 million integers)."""
    monkeypatch.setattr(text_layer, "MAX_STREAM_BYTES", MB)
    run_length = b"\x81 " * 10_000 + b"\x80"  # 10,000 runs of 128 spaces
    content = b"<< /Length %d /Filter /RunLengthDecode >>\nstream\n" % len(run_length) + run_length + b"\nendstream"
    doc = _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>", content])
    ex = extract_part(Part(0, "attachment", "application/pdf", "rl.pdf", doc))
    assert ex.error == "PDF too large: a stream inflates to more than 1 MB"


def test_a_pdf_of_more_pages_than_the_cap_is_refused_before_any_is_read():
    """GIVEN 501 pages sharing one small content stream
    THEN it is refused, naming the page cap."""
    pages = pdf_table.MAX_PAGES + 1
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(pages))
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R"
            b" /Resources << /Font << /F1 4 0 R >> >> >>")
    doc = _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
                _stream(b"BT /F1 12 Tf 72 720 Td (PO Number: 1) Tj ET"), FONT] + [page] * pages)
    ex = extract_part(Part(0, "attachment", "application/pdf", "pages.pdf", doc))
    assert ex.error == f"PDF too large: more than {text_layer.MAX_PAGES} pages"


@pytest.mark.slow
def test_a_page_of_two_hundred_thousand_characters_is_refused_at_the_page_cap():
    """GIVEN 200 lines of 1,000 characters in a half-point font, all on the page (a few KB of stream)
    THEN it is refused when the page passes its cap, not laid out to gigabytes. (A million characters in
    one string run off the page, where PDFium's text layer does not lay them out at all.)"""
    line = b"(" + b"A" * 1000 + b") Tj 0 -3 Td\n"
    doc = _one_page(b"BT /F1 0.5 Tf 10 700 Td\n" + line * 200 + b"ET")
    ex, peak = _read("chars.pdf", "application/pdf", doc)
    assert ex.error == f"PDF too large: page 1 holds more than {text_layer.MAX_PAGE_OBJECTS:,} characters and lines"
    assert peak < 96 * MB, f"{peak // MB} MB"


def test_a_small_form_drawn_many_times_is_bounded(monkeypatch: pytest.MonkeyPatch):
    """GIVEN a form of 256 no-op operators drawn 2,000 times, read by pdfplumber (the reader for a PDF
    PDFium cannot open: pdfminer reads each drawing anew), with a budget of 100,000 content tokens
    THEN it is refused once the drawings have read the budget."""
    monkeypatch.setattr(pdf_table, "MAX_CONTENT_TOKENS", 100_000)
    form = _stream(b"q Q\n" * 128, extra=b"/Type /XObject /Subtype /Form /BBox [0 0 10 10]")
    doc = _one_page(b"q /Fm0 Do Q\n" * 2000, more=[form], xobjects=b"/Fm0 6 0 R")
    ex = pdf_table.extract_pdf(doc, 0, reader=pdf_table.PDFPLUMBER)
    assert ex.error == "PDF too large: drawing its pages reads more than 100,000 operators and operands"


def test_a_form_of_text_drawn_many_times_is_refused_at_the_page_cap():
    """GIVEN a form holding 100 characters drawn 2,000 times on one page (a few KB of file)
    THEN the text layer refuses it when the page passes its cap of characters and lines, before laying
    the characters out."""
    form = _stream(b"BT /F1 6 Tf 0 0 Td (" + b"A" * 100 + b") Tj ET",
                   extra=b"/Type /XObject /Subtype /Form /BBox [0 0 600 10] /Resources << /Font << /F1 5 0 R >> >>")
    doc = _one_page(b"q /Fm0 Do Q\n" * 2000, more=[form], xobjects=b"/Fm0 6 0 R")
    ex = extract_part(Part(0, "attachment", "application/pdf", "forms.pdf", doc))
    assert ex.error == f"PDF too large: page 1 holds more than {text_layer.MAX_PAGE_OBJECTS:,} characters and lines"


def test_limits_leave_an_ordinary_pdf_alone_and_one_bad_pdf_costs_only_itself():
    """GIVEN a bomb read first, then an ordinary order
    THEN the order reads in full: the budget was that document's."""
    from tests.support.documents import WANTED, ruled_pdf

    assert extract_part(Part(0, "attachment", "application/pdf", "b.pdf", _one_page(b" " * (40 * MB)))).error
    ex = extract_part(Part(1, "attachment", "application/pdf", "po.pdf", ruled_pdf()))
    assert ex.error is None
    assert [(ln.item_code, ln.quantity, ln.uom, ln.unit_price) for ln in ex.lines] == WANTED
