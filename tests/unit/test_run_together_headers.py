"""Column names printed without a gap: a header word overflowing its cell, or two names run together."""

from __future__ import annotations

import io
from decimal import Decimal

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from extractors.pdf_table import extract_pdf
from extractors.tabular import find_header_row, split_run_together


def test_a_header_word_overflowing_into_the_next_cell_is_cut_again():
    rows = [["Qty Order", "edPart No.", "Description", "Unit Cost"], ["15", "FAS-NUT-M5-Z", "Hex nut", "2.01"]]
    header = find_header_row(rows)
    assert header is not None
    assert header.columns == {"quantity": 0, "item_code": 1, "description": 2, "unit_price": 3}
    assert split_run_together("Qty OrderedRate") == (11, "quantity", "unit_price")
    assert split_run_together("Description") is None  # one name is not two


def test_unruled_pdf_whose_header_names_run_together_reads_each_value_under_its_own():
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setFont("Helvetica", 10)
    y = 700
    c.drawString(72, y + 40, "PURCHASE ORDER   P.O. Number: TT-1001")
    # "Qty Ordered" is wider than its column: "Rate" begins right where it ends.
    c.drawString(100, y, "Description")
    c.drawString(250, y, "Item #")
    c.drawString(345, y, "Qty Ordered")
    c.drawString(345 + c.stringWidth("Qty Ordered", "Helvetica", 10), y, "Rate")
    c.drawString(450, y, "Line Total")
    for i, (desc, code, qty, rate, total) in enumerate([("Sandpaper sheet 220 grit", "ABR-SHT-220", "24", "22.07",
                                                          "529.68"),
                                                         ("Latex gloves size M", "GLV-LTX-M-WHT", "40", "8.96",
                                                          "358.40")]):
        row_y = y - 18 * (i + 1)
        c.drawString(100, row_y, desc)
        c.drawString(250, row_y, code)
        c.drawString(345, row_y, qty)
        c.drawString(395, row_y, rate)
        c.drawString(450, row_y, total)
    c.save()
    extraction = extract_pdf(buf.getvalue(), 0)
    got = [(ln.item_code, ln.quantity, ln.unit_price) for ln in extraction.lines]
    assert got == [("ABR-SHT-220", Decimal(24), Decimal("22.07")), ("GLV-LTX-M-WHT", Decimal(40), Decimal("8.96"))]


def test_a_three_column_header_with_one_overflowing_word_is_found():
    rows = [["Qty Order", "edPart No.", "Description"], ["15", "FAS-NUT-M5-Z", "Hex nut"]]
    header = find_header_row(rows)
    assert header is not None and header.columns == {"quantity": 0, "item_code": 1, "description": 2}
