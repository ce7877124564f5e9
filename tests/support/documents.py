"""Purchase-order documents several extractor tests read: one order (three lines, PO number, date) as a
ruled PDF table (reportlab) and as an unruled one (fpdf2), and the lines every reading must give."""

from __future__ import annotations

import io
from decimal import Decimal

from fpdf import FPDF
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

ROWS = [
    ["SKU", "Description", "Qty", "UoM", "Unit Price", "Amount"],
    ["GLV-NIT-L-BLU", "Nitrile gloves, blue, size L, box of 100", "10", "BX", "8.40", "84.00"],
    ["TAPE-48-CLR", "Packing tape 48 mm x 66 m, clear", "5", "CS", "61.20", "306.00"],
    ["CUP-12-WHT", "Paper cup 12oz, white", "2", "CS", "24.50", "49.00"],
]

# (item code, quantity, unit, unit price) of each line read from ROWS, whatever the format.
WANTED = [
    ("GLV-NIT-L-BLU", Decimal("10"), "BX", Decimal("8.40")),
    ("TAPE-48-CLR", Decimal("5"), "CS", Decimal("61.20")),
    ("CUP-12-WHT", Decimal("2"), "CS", Decimal("24.50")),
]


def ruled_pdf() -> bytes:
    """ROWS in a gridded table under a title, PO number and order date, with subtotal and tax rows."""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=letter, invariant=1)
    styles = getSampleStyleSheet()
    table = Table(ROWS + [["", "Subtotal", "", "", "", "439.00"], ["", "Tax", "", "", "", "0.00"]])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    doc.build([Paragraph("Purchase Order", styles["Title"]),
               Paragraph("PO Number: 4500012345", styles["Normal"]),
               Paragraph("Order Date: 2026-11-20", styles["Normal"]), table])
    return buf.getvalue()


def unruled_pdf() -> bytes:
    """ROWS as text at fixed x positions, no lines drawn, under a PO number and a German-style date."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.text(20, 20, "PURCHASE ORDER   PO #: PO-77812")
    pdf.text(20, 27, "Order Date: 20.11.2026")
    xs = [20, 55, 140, 152, 168, 186]
    y = 45
    for row in ROWS:
        for x, cell in zip(xs, row, strict=True):
            pdf.text(x, y, cell if len(cell) < 40 else cell[:38])
        y += 7
    pdf.text(140, y + 7, "Total: 439.00")
    return bytes(pdf.output())
