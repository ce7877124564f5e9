"""Scanned purchase orders read by OCR (Tesseract, when installed): the lines come back for a clerk to
check, never trusted enough to go through untouched; without an engine, or with nothing readable, the
scan is the "scanned document, no text" a clerk types."""

from __future__ import annotations

import io

import pytest

from extractors import ocr
from extractors.pdf_table import OCR_CONFIDENCE, SCANNED, extract_pdf
from tests.support.scans import printed_order, scan_image, scan_of

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


# ---------------------------------------------------------------- a scanned page among printed ones; image files

MIXED_ROWS = [("TRP-10X12", "Tarp 10 x 12 ft", "6", "14.20"), ("ROPE-50", "Poly rope 50 ft", "12", "5.75")]


def _printed_cover_and_scanned_order() -> bytes:
    """Page 1 printed (a text layer: a cover letter with the PO number); page 2 a scanned image of the
    order table, as when a signed page is scanned and appended to a printed PDF."""
    from PIL import Image
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    scanned = Image.open(io.BytesIO(scan_image(printed_order("PO-88120", MIXED_ROWS))))
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=letter, invariant=1)
    c.setFont("Helvetica", 11)
    c.drawString(72, 720, "Cover sheet - the signed order follows on the next page.")
    c.showPage()
    c.drawImage(ImageReader(scanned), 0, 0, width=letter[0], height=letter[1])
    c.showPage()
    c.save()
    return out.getvalue()


def test_a_page_without_a_text_layer_among_printed_pages_is_read_by_ocr():
    """GIVEN a PDF whose first page has a text layer and whose second is a scanned image
    THEN the second page's lines are read by OCR (on page 2), and the order goes to a clerk."""
    extraction = extract_pdf(_printed_cover_and_scanned_order(), 0)
    assert extraction.error is None
    assert [(ln.item_code, ln.quantity) for ln in extraction.lines] == [("TRP-10X12", 6), ("ROPE-50", 12)]
    assert all(ln.provenance.page == 2 and ln.confidence <= OCR_CONFIDENCE for ln in extraction.lines)
    assert extraction.read_by_ocr is True
    assert extraction.header.po_number is not None and extraction.header.po_number.value == "PO-88120"


@pytest.mark.parametrize(("fmt", "media_type"), [("PNG", "image/png"), ("JPEG", "image/jpeg"), ("TIFF", "image/tiff")])
def test_an_image_attachment_of_an_order_is_read_by_ocr(fmt: str, media_type: str):
    """GIVEN an order attached as an image file (PNG, JPEG, TIFF) instead of a PDF
    THEN it is read by OCR like a scanned page: its lines, for a clerk to check."""
    from extractors.registry import extract_part
    from models.schemas import Part

    data = scan_image(printed_order("PO-88120", MIXED_ROWS), fmt=fmt)
    part = Part(index=1, role="attachment", media_type=media_type, filename=f"order.{fmt.lower()}", content=data)
    extraction = extract_part(part)
    assert extraction.error is None, extraction.error
    assert [(ln.item_code, ln.quantity) for ln in extraction.lines] == [("TRP-10X12", 6), ("ROPE-50", 12)]
    assert extraction.read_by_ocr is True
    assert all(ln.confidence <= OCR_CONFIDENCE for ln in extraction.lines)


def test_a_scans_address_blocks_side_by_side_are_read_down_their_columns():
    """GIVEN a scanned order with Vendor | Ship To blocks printed side by side (OCR gives their lines
    interleaved, row by row)
    THEN the ship-to is the Ship To column's address, never the vendor's, and a clerk checks it."""
    def page(c) -> None:  # type: ignore[no-untyped-def]
        c.setFont("Helvetica", 12)
        c.drawString(72, 740, "PURCHASE ORDER")
        c.drawString(72, 722, "PO Number: 31-7742")
        for x, lines in ((72, ["Vendor", "Brightwell Packaging Co", "410 Mercer Street", "Dayton, OH 45402"]),
                         (330, ["Ship To", "Orchard Lane Plant 3", "77 Kessler Road", "Holt, MI 48842"])):
            for n, text in enumerate(lines):
                c.drawString(x, 680 - 16 * n, text)

    extraction = extract_pdf(scan_of(page), 0)
    ship_to = extraction.header.ship_to
    assert ship_to is not None and ship_to.confidence <= OCR_CONFIDENCE
    assert (ship_to.value.street, ship_to.value.city, ship_to.value.postal_code) == (
        "77 Kessler Road", "Holt", "48842")
