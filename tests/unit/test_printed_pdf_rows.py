"""An order printed as fixed-width text in a monospace font, whose values drift off their columns as the
descriptions grow: its rows are read line by line under the column heading, the quantity told by arithmetic."""

from __future__ import annotations

import io
from decimal import Decimal

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from extractors.pdf_table import extract_pdf

ROWS = [
    " 1 FG-0801 NZ-08Q   NOZZLE 8FT QTR     50 EA    1.95      97.50",
    " 2 FG-0404 SPH-04   SPRAY BODY 4IN POPUP 100 EA 2.65     265.00",
    " 3 FG-0065 CHM-PRO65-5 PRODIAMINE 65WDG 5LB 4 EA 112.00  448.00",
]


def _printed_po() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setFont("Courier", 9)
    lines = ["FENWICK GROUNDS                PURCHASE ORDER", "                               PO NO.....: FG-55190",
             "-" * 70, "LN OUR PART  VEND ITEM  DESCRIPTION       QTY UM   PRICE    EXTENDED", "-" * 70,
             *ROWS, "-" * 70, "                                        TOTAL     810.50"]
    for i, text in enumerate(lines):
        c.drawString(36, 740 - 12 * i, text)
    c.save()
    return buf.getvalue()


def test_rows_drifting_off_their_columns_are_read_by_arithmetic_under_the_heading():
    ex = extract_pdf(_printed_po(), 0)
    assert [(ln.quantity, ln.uom, ln.unit_price, ln.line_total) for ln in ex.lines] == [
        (Decimal(50), "EA", Decimal("1.95"), Decimal("97.50")),
        (Decimal(100), "EA", Decimal("2.65"), Decimal("265.00")),
        (Decimal(4), "EA", Decimal("112.00"), Decimal("448.00"))]
    assert ex.unread == []
    # each line keeps the box it was printed in, for the review screen
    assert all(ln.provenance is not None and ln.provenance.page == 1 and ln.provenance.bbox for ln in ex.lines)
