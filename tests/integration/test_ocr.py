"""Scanned purchase orders read by OCR (Tesseract, when installed): the lines come back for a clerk to
check, never trusted enough to go through untouched; without an engine, or with nothing readable, the
scan is the "scanned document, no text" a clerk types."""

from __future__ import annotations

import io

import pytest

from extractors import ocr
from extractors.pdf_table import OCR_CONFIDENCE, SCANNED, extract_pdf
from tests.support.scans import printed_order, scan_of

pytestmark = pytest.mark.usefixtures("tesseract")


ROWS = [("WID-100", "Blue widget", "10", "12.50"), ("BOLT-M8", "Hex bolt M8 x 40", "200", "0.35"),
        ("GLV-NIT-M", "Nitrile gloves size M", "5", "8.90")]


purchase_order = printed_order("4500012345", ROWS)


@pytest.mark.slow
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


@pytest.mark.slow
def test_reading_without_ocr_leaves_a_scan_unread():
    """The review screen re-reads a document for its header boxes without OCR (seconds a page)."""
    with ocr.without_ocr():
        extraction = extract_pdf(scan_of(purchase_order), 0)
    assert extraction.error == SCANNED and not extraction.lines
    assert extract_pdf(scan_of(purchase_order), 0).read_by_ocr  # and with it again outside the block
