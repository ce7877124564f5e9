"""Scanned purchase orders read by OCR (Tesseract, when installed): the lines come back for a clerk to
check, never trusted enough to go through untouched; without an engine, or with nothing readable, the
scan is the "scanned document, no text" a clerk types."""

from __future__ import annotations

import io
import shutil

import pytest

from extractors import ocr
from extractors.pdf_table import OCR_CONFIDENCE, SCANNED, extract_pdf
from tests.conftest import IN_CI


@pytest.fixture(autouse=True)
def _needs_tesseract() -> None:
    if shutil.which("tesseract") is None:
        if IN_CI:
            pytest.fail("tesseract is required in CI (make test installs it)")
        pytest.skip("tesseract is not installed (bash scripts/services.sh install_tesseract)")


ROWS = [("WID-100", "Blue widget", "10", "12.50"), ("BOLT-M8", "Hex bolt M8 x 40", "200", "0.35"),
        ("GLV-NIT-M", "Nitrile gloves size M", "5", "8.90")]


def scan_of(draw, dpi: int = 200) -> bytes:  # type: ignore[no-untyped-def]
    """What a scanner gives: the printed page as one image inside a PDF, with no text layer."""
    import pypdfium2
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    printed = io.BytesIO()
    page = canvas.Canvas(printed, pagesize=letter, invariant=1)
    draw(page)
    page.showPage()
    page.save()
    image = pypdfium2.PdfDocument(printed.getvalue())[0].render(scale=dpi / 72, grayscale=True).to_pil()
    out = io.BytesIO()
    image.save(out, "PDF", resolution=float(dpi))
    return out.getvalue()


def printed_order(po: str, rows: list[tuple[str, str, str, str]], ship_to: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    """A drawing of a plain purchase order: title, PO number, date, an optional ship-to block and an
    unruled table (code, description, quantity, unit price)."""
    def draw(page) -> None:  # type: ignore[no-untyped-def]
        page.setFont("Helvetica-Bold", 16)
        page.drawString(72, 720, "PURCHASE ORDER")
        page.setFont("Helvetica", 11)
        page.drawString(72, 695, f"PO Number: {po}")
        page.drawString(72, 680, "Order Date: 2026-11-20")
        for n, text in enumerate(ship_to):
            page.drawString(72, 656 - 14 * n, f"Ship To: {text}" if n == 0 else text)
        y = 590
        for x, name in ((72, "Item"), (200, "Description"), (420, "Qty"), (480, "Unit Price")):
            page.drawString(x, y, name)
        for row in rows:
            y -= 18
            for x, value in zip((72, 200, 420, 480), row, strict=True):
                page.drawString(x, y, value)
        page.drawString(72, y - 40, "Total: see invoice")
    return draw


purchase_order = printed_order("4500012345", ROWS)


def test_a_scanned_purchase_order_is_read_by_ocr_for_a_clerk_to_check():
    extraction = extract_pdf(scan_of(purchase_order), 0)
    assert extraction.error is None
    assert extraction.read_by_ocr is True
    assert [(ln.item_code, ln.quantity) for ln in extraction.lines] == [(code, int(qty)) for code, _, qty, _ in ROWS]
    assert [str(ln.unit_price) for ln in extraction.lines] == [price for *_, price in ROWS]
    assert extraction.header.po_number is not None and extraction.header.po_number.value == "4500012345"
    # Nothing read from a scan is trusted as printed text is.
    assert all(ln.confidence <= OCR_CONFIDENCE for ln in extraction.lines)
    assert extraction.header.po_number.confidence <= OCR_CONFIDENCE
    # Each line points at its place on the page, for the review screen's highlight: on page 1, in
    # order down the page, within the page's width (612 points).
    boxes = [ln.provenance.bbox for ln in extraction.lines]
    assert all(ln.provenance.page == 1 for ln in extraction.lines)
    assert all(box is not None and 60 < box[0] < box[2] <= 612 for box in boxes)
    assert [box[1] for box in boxes] == sorted(box[1] for box in boxes)
    assert "read by OCR (1 page)" in extraction.notes


def test_a_scan_with_a_header_but_no_readable_table_is_typed_by_a_clerk_with_what_was_read():
    def letter_only(page) -> None:  # type: ignore[no-untyped-def]
        page.setFont("Helvetica", 12)
        page.drawString(72, 720, "PO Number: 77-12345")
        page.drawString(72, 700, "Please supply the items we discussed on the phone.")

    extraction = extract_pdf(scan_of(letter_only), 0)
    assert extraction.error == SCANNED
    assert extraction.read_by_ocr is True  # it was read, only no table was found in it
    assert "OCR read the page's text but no order table in it" in extraction.notes
    assert extraction.header.po_number is not None and extraction.header.po_number.value == "77-12345"


def test_a_scan_with_nothing_to_read_is_a_scanned_document():
    def picture(page) -> None:  # type: ignore[no-untyped-def]
        page.rect(72, 600, 200, 100, fill=1)

    extraction = extract_pdf(scan_of(picture), 0)
    assert extraction.error == SCANNED
    assert not extraction.lines


def test_without_an_ocr_engine_a_scan_is_a_scanned_document(monkeypatch: pytest.MonkeyPatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))  # a machine without tesseract
    ocr.engine.cache_clear()
    try:
        extraction = extract_pdf(scan_of(purchase_order), 0)
    finally:
        monkeypatch.undo()
        ocr.engine.cache_clear()
    assert extraction.error == SCANNED
    assert not extraction.lines


def test_a_huge_page_is_rendered_within_the_pixel_cap(tmp_path):
    """A page 100 inches square would be 900 million pixels at 300 dpi: it is rendered smaller."""
    from PIL import Image
    from reportlab.pdfgen import canvas

    huge = io.BytesIO()
    page = canvas.Canvas(huge, pagesize=(7200, 7200), invariant=1)
    page.drawString(72, 72, "PO Number: 1")
    page.showPage()
    page.save()
    images, skipped = ocr._render(huge.getvalue(), tmp_path)
    assert skipped == 0 and len(images) == 1
    path, scale = images[0]
    with Image.open(path) as image:
        assert image.width * image.height <= ocr.MAX_PIXELS
    assert scale < ocr.DPI / 72


def test_reading_without_ocr_leaves_a_scan_unread():
    """The review screen re-reads a document for its header boxes without OCR (seconds a page)."""
    with ocr.without_ocr():
        extraction = extract_pdf(scan_of(purchase_order), 0)
    assert extraction.error == SCANNED and not extraction.lines
    assert extract_pdf(scan_of(purchase_order), 0).read_by_ocr  # and with it again outside the block
