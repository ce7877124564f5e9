"""Scanned documents for the OCR tests: a page drawn with reportlab, rasterised the way a scanner or a
phone gives it (one image in a PDF with no text layer, or an image file), and what a test needs of
Tesseract."""

from __future__ import annotations

import io
import shutil

import pytest

from tests.support.environment import IN_CI


def needs_tesseract() -> None:
    """Skip without the tesseract command (fail in CI, where `make test` installs it)."""
    if shutil.which("tesseract") is None:
        if IN_CI:
            pytest.fail("tesseract is required in CI (make test installs it)")
        pytest.skip("tesseract is not installed (bash scripts/services.sh install_tesseract)")


def scan_of(draw, dpi: int = 200) -> bytes:  # type: ignore[no-untyped-def]
    """What a scanner gives: the printed page as one image inside a PDF, with no text layer."""
    return scan_image(draw, dpi, "PDF")


def scan_image(draw, dpi: int = 200, fmt: str = "PNG") -> bytes:  # type: ignore[no-untyped-def]
    """The printed page rasterised at `dpi` and saved as `fmt`: an image file (PNG, JPEG, TIFF: what a
    phone or a scanner saves) or, as "PDF", one image inside a PDF."""
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
    if fmt == "PDF":
        image.save(out, "PDF", resolution=float(dpi))
    else:
        image.save(out, fmt, dpi=(dpi, dpi))
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
