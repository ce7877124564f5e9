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


def test_an_unruled_caps_header_glued_to_a_title_we_do_not_read_still_finds_the_quantity():
    # Municipal forms print "COMMODITY" and "QUANTITY" with no gap; the commodity codes are not ours to read.
    assert split_run_together("COMMODITYQUANTITY") == (9, None, "quantity")
    assert split_run_together("REMARKS") is None and split_run_together("ACCOUNTNUMBER") is None
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setFont("Helvetica", 9)
    c.drawString(72, 740, "PURCHASE ORDER   P.O. NUMBER 2027-00410")
    heads = [(72, "ITEM"), (110, "COMMODITY"), (110 + c.stringWidth("COMMODITY", "Helvetica", 9), "QUANTITY"),
             (240, "UNIT"), (280, "DESCRIPTION"), (470, "UNIT PRICE"), (540, "TOTAL")]
    for x, text in heads:
        c.drawString(x, 700, text)
    rows = [("1", "320-11", "12", "EA", "HOSE BIB, 3/4 IN, BRASS", "$8.40", "$100.80"),
            ("2", "320-14", "30", "FT", "DRIP TUBING, 1/2 IN, PER FOOT", "$0.35", "$10.50")]
    for i, row in enumerate(rows):
        for (x, _), text in zip([heads[0], heads[1], (170, ""), heads[3], heads[4], heads[5], heads[6]], row,
                                strict=True):
            c.drawString(x, 684 - 14 * i, text)
    c.save()
    extraction = extract_pdf(buf.getvalue(), 0)
    assert [(ln.quantity, ln.unit_price) for ln in extraction.lines] == [(Decimal(12), Decimal("8.40")),
                                                                          (Decimal(30), Decimal("0.35"))]


def test_a_ruled_table_holding_every_line_in_one_cell_per_column_reads_each_line():
    # Accounting packages draw the body of a PO as one tall cell per column, the lines stacked inside.
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    buf = io.BytesIO()
    body = [["Hose:3/4 50ft\nValve:Bib 3/4\nTimer:2 zone", "Garden hose 3/4 x 50 ft\nHose bib 3/4 brass\n"
             "Water timer two zone", "4\n12\n2", "29.50\n8.40\n41.00", "118.00\n100.80\n82.00"]]
    table = Table([["ITEM", "DESCRIPTION", "QTY", "RATE", "AMOUNT"], *body, ["Total", "", "", "", "$300.80"]])
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.black),
                               ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    SimpleDocTemplate(buf, pagesize=letter, invariant=1).build([table])
    extraction = extract_pdf(buf.getvalue(), 0)
    assert [(ln.quantity, ln.unit_price) for ln in extraction.lines] == [
        (Decimal(4), Decimal("29.50")), (Decimal(12), Decimal("8.40")), (Decimal(2), Decimal("41.00"))]
    assert extraction.lines[1].description is not None and "Hose bib" in extraction.lines[1].description
