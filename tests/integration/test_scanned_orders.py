"""A scanned purchase order from a known customer reaches the review queue with its lines already read by
OCR and matched to the catalog, so the clerk checks them against the page instead of typing them; it is
never approved untouched, however clean the reading looks."""

from __future__ import annotations

import pytest

from tests.support.messages import email_with_attachment
from tests.support.scans import printed_order, scan_of
from tests.support.service import Service

pytestmark = pytest.mark.slow

# Demo customer C001's catalog items at its contract prices, and its Boston ship-to.
LINES = [("TAPE-48-CLR", "Packing tape 48 mm clear", "4", "46.96"),
         ("TIE-08-BLK", "Cable ties 8 in black", "3", "3.81")]


def _emailed_scan(po: str, draw, filename: str) -> bytes:  # type: ignore[no-untyped-def]
    """Demo customer C001's buyer sends the scan of a page drawn by `draw`."""
    return email_with_attachment(subject=f"PO {po}", message_id=f"<scan-{po}@acme-retail.example>",
                                 body="Our order is attached (scanned).", attachment=scan_of(draw),
                                 maintype="application", subtype="pdf", filename=filename)


def test_a_scanned_order_waits_for_a_clerk_with_its_lines_read(sqlite_service: Service):
    page = printed_order("AR-88120", LINES, ("Acme Retail DC Boston", "400 Summer Street", "Boston, MA 02210"))
    svc = sqlite_service
    posted = svc.post_eml(_emailed_scan("AR-88120", page, "scan.pdf"))
    svc.drain()
    order = svc.order_for_message(posted["id"])
    assert order["status"] == "needs_review" and order["auto_approved"] is False
    codes = {r["code"] for r in order["review_reasons"]}
    assert "read_by_ocr" in codes and "scanned_document" not in codes
    assert order["customer_id"] == "C001"
    read = [(line["sku"], float(line["quantity"])) for line in order["lines"]]
    assert read == [(sku, float(qty)) for sku, _, qty, _ in LINES]


def test_a_scan_ocr_reads_no_line_from_says_so_and_waits_to_be_typed(sqlite_service: Service):
    def letter(page) -> None:  # type: ignore[no-untyped-def]
        page.setFont("Helvetica", 12)
        page.drawString(72, 720, "PO Number: AR-88121")
        page.drawString(72, 700, "Please send the usual tape and ties as on the phone today.")

    svc = sqlite_service
    posted = svc.post_eml(_emailed_scan("AR-88121", letter, "letter.pdf"))
    svc.drain()
    order = svc.order_for_message(posted["id"])
    assert order["status"] == "needs_review" and order["lines"] == []
    assert order["po_number"] == "AR-88121"  # what OCR did read is kept
    scanned = [r["message"] for r in order["review_reasons"] if r["code"] == "scanned_document"]
    assert scanned == ["letter.pdf is a scan: OCR read its text but no order line; type its lines from the attachment"]


def test_an_order_photographed_and_attached_as_a_jpeg_waits_for_a_clerk_with_its_lines_read(
        sqlite_service: Service):
    """GIVEN a known customer's buyer who attaches a photo (JPEG) of the printed order instead of a PDF
    THEN the lines are read by OCR and matched, and the order waits for a clerk (read_by_ocr)."""
    import io

    import pypdfium2
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    printed = io.BytesIO()
    page = canvas.Canvas(printed, pagesize=letter, invariant=1)
    printed_order("AR-88122", LINES, ("Acme Retail DC Boston", "400 Summer Street", "Boston, MA 02210"))(page)
    page.showPage()
    page.save()
    photo = io.BytesIO()
    pypdfium2.PdfDocument(printed.getvalue())[0].render(scale=200 / 72, grayscale=True).to_pil().save(
        photo, "JPEG", dpi=(200, 200))
    svc = sqlite_service
    posted = svc.post_eml(email_with_attachment(
        subject="PO AR-88122", message_id="<photo-AR-88122@acme-retail.example>", body="Order attached.",
        attachment=photo.getvalue(), maintype="image", subtype="jpeg", filename="order.jpg"))
    svc.drain()
    order = svc.order_for_message(posted["id"])
    assert order["status"] == "needs_review" and order["auto_approved"] is False
    assert "read_by_ocr" in {r["code"] for r in order["review_reasons"]}
    assert [(line["sku"], float(line["quantity"])) for line in order["lines"]] == [
        (sku, float(qty)) for sku, _, qty, _ in LINES]
