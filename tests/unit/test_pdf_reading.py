"""PDF text layers read in general (issue 14): characters drawn twice for bold, header blocks set side by
side, accounting-package tax columns, pages without a text layer. Every document here is made up."""

from __future__ import annotations

import io
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractors.pdf_table import extract_pdf


def _draw(c: canvas.Canvas, x: float, y: float, text: str, *, bold_twice: bool = False) -> None:
    """Text at (x, y); `bold_twice` draws it again a fraction of a point to the right, as word
    processors and report writers fake bold (the text layer then holds every character twice)."""
    c.drawString(x, y, text)
    if bold_twice:
        c.drawString(x + 0.4, y, text)


def _fake_bold_pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica", 10)
    _draw(c, 40, 800, "PURCHASE ORDER", bold_twice=True)
    _draw(c, 40, 780, "PO Number: KX-30417", bold_twice=True)
    _draw(c, 40, 760, "Ship To:", bold_twice=True)
    _draw(c, 40, 746, "Marlow Pantry Supplies")
    _draw(c, 40, 732, "88 Quarry Lane")
    _draw(c, 40, 718, "Fenwick, OH 44102")
    y = 660
    for x, name in ((40, "Item"), (150, "Description"), (380, "Qty"), (440, "Unit Price")):
        _draw(c, x, y, name, bold_twice=True)
    for code, desc, qty, price in (("TWL-MF-2", "MULTIFOLD TOWEL, WHITE", "12", "31.50"),
                                   ("LNR-3340", "CAN LINER 33X40 BLACK", "4", "22.10")):
        y -= 18
        _draw(c, 40, y, code, bold_twice=True)
        _draw(c, 150, y, desc, bold_twice=True)
        _draw(c, 380, y, qty)
        _draw(c, 440, y, price)
    c.save()
    return buf.getvalue()


def test_characters_drawn_twice_for_bold_are_read_once():
    """GIVEN a PDF whose bold words are drawn twice, a fraction of a point apart (its text layer says
    "PPOO  NNuummbbeerr")
    THEN the header labels, the table header and the cells read as printed: PO number, ship-to, codes."""
    ex = extract_pdf(_fake_bold_pdf(), 0)
    assert ex.header.po_number is not None and ex.header.po_number.value == "KX-30417"
    assert ex.header.ship_to is not None and ex.header.ship_to.value.city == "Fenwick"
    got = [(ln.item_code, ln.description, ln.quantity, ln.unit_price) for ln in ex.lines]
    assert got == [("TWL-MF-2", "MULTIFOLD TOWEL, WHITE", Decimal("12"), Decimal("31.50")),
                   ("LNR-3340", "CAN LINER 33X40 BLACK", Decimal("4"), Decimal("22.10"))]
