"""Tables as real buyers lay them out, each weakness reproduced by a small generated fixture: header
boxes side by side, wrapped header cells, tax columns, a tax summary under the totals, an 'Item'
column holding names, files without a header row. The real documents stay in ../shared/corpus.
"""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

from fpdf import FPDF
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle

from extractors.csv_table import extract_csv
from extractors.header_fields import document_kind
from extractors.pdf_table import extract_pdf
from models.schemas import Address
from vocabulary.dates import find_date_text


def _grid(rows: list[list[str]]) -> Table:
    table = Table(rows)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    return table


def boxed_po_pdf() -> bytes:
    """Bill-to and ship-to boxes side by side, a row of label-over-value boxes, then the lines with
    wrapped header cells and tax columns, a delivery charge, the total and a tax summary."""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1)
    boxes = _grid([
        ["Bill To :\nMill Foods Private Limited\nPlot 7, Sector 2\nState : Punjab-140417",
         "Shipped To :\nMill Foods Private Limited (Unit 2)\nPlot 9 Ring Road,\nAddress :\nKhurd,\nRajpura\n"
         "State : Punjab-140417"],
    ])
    ids = _grid([["Purchase Order Number\nMF-PO-4711", "Purchase Order Date\n23-Jul-2025",
                  "Expected Delivery Date\n24-Jul-2025", "Vendor Id\n11915"]])
    lines = _grid([
        ["Product\nNumber", "Product Name", "Qty.\nOrd.", "Price\nPer\nUnit", "UoM", "GST\nRate", "Total Tax\nAmount",
         "Total"],
        ["140825", "Oven Pav, 300 gm", "105", "29.2", "Count", "0", "0", "3066"],
        ["140826", "Brown Bread,\n400 gm", "724", "40.15", "Count", "5", "1453.43", "29068.6"],
        ["", "Delivery Charge", "", "", "", "", "", ""],
        ["", "Total", "", "", "", "", "", "32134.6"],
        ["Amount Chargeable (in words):\nINR 32134.6", "", "", "", "", "", "", ""],
        ["19059090", "3066", "0%", "0", "", "", "", "0"],
    ])
    doc.build([boxes, Spacer(1, 12), ids, Spacer(1, 12), lines])
    return buf.getvalue()


def test_boxed_header_fields_and_wrapped_header_cells():
    """GIVEN header boxes side by side (their page text runs together) and a label over its value
    in each box THEN PO number, dates, currency, buyer and ship-to are read box by box."""
    ex = extract_pdf(boxed_po_pdf(), 0)
    h = ex.header
    assert ex.error is None
    assert h.po_number is not None and h.po_number.value == "MF-PO-4711"
    assert h.order_date is not None and h.order_date.value == date(2025, 7, 23)
    assert h.requested_date is not None and h.requested_date.value == date(2025, 7, 24)
    assert h.currency is not None and h.currency.value == "INR"
    assert h.buyer is not None and h.buyer.value == "Mill Foods Private Limited"
    assert h.ship_to is not None and h.ship_to.value == Address(
        name="Mill Foods Private Limited (Unit 2)", street="Plot 9 Ring Road", city="Rajpura", region="Punjab",
        postal_code="140417")


def test_wrapped_headers_tax_columns_and_rows_under_the_total():
    """'Qty.\\nOrd.' is the quantity and 'Product\\nNumber' the code; the tax amount is not the line
    total; the delivery charge is not a wrap of the last line; the tax summary is not unread."""
    ex = extract_pdf(boxed_po_pdf(), 0)
    got = [(ln.item_code, ln.description, ln.quantity, ln.uom, ln.unit_price, ln.line_total) for ln in ex.lines]
    assert got == [
        ("140825", "Oven Pav, 300 gm", Decimal("105"), "EA", Decimal("29.2"), Decimal("3066")),
        ("140826", "Brown Bread, 400 gm", Decimal("724"), "EA", Decimal("40.15"), Decimal("29068.6")),
    ]
    assert ex.unread == []


def named_items_pdf() -> bytes:
    """A hand-made PO: an 'Item' column of names, rules drawn with dashes, terms under the totals."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    y = 20
    for text in ["PURCHASE ORDER", "PO Number: PO-2026-00125", "Date: June 20, 2026", "Bill To:", "XYZ Corporation",
                 "456 Corporate Road", "Makati City"]:
        pdf.text(20, y, text)
        y += 6
    rows = [["-" * 40], ["Item", "Qty", "Unit Price", "Total"], ["-" * 40], ["Office Chair", "10", "$120.00", "$1,200"],
            ["Desk Lamp", "15", "$35.00", "$525"], ["-" * 40], ["Subtotal:", "$1,725"], ["Payment Terms:"],
            ["Net 30 Days"]]
    for row in rows:
        for x, cell in zip([20, 70, 95, 130], row, strict=False):
            pdf.text(x, y, cell)
        y += 6
    return bytes(pdf.output())


def test_item_column_of_names_is_a_description_and_terms_are_not_a_wrap():
    ex = extract_pdf(named_items_pdf(), 0)
    got = [(ln.item_code, ln.description, ln.quantity, ln.unit_price) for ln in ex.lines]
    assert got == [(None, "Office Chair", Decimal("10"), Decimal("120.00")),
                   (None, "Desk Lamp", Decimal("15"), Decimal("35.00"))]
    assert ex.header.buyer is not None and ex.header.buyer.value == "XYZ Corporation"
    assert ex.unread == []


def test_headerless_csv_columns_typed_by_their_values():
    """GIVEN 'code;qty' rows with no header THEN one line per row, with a lowered confidence."""
    ex = extract_csv(b"PROD_DEL;2\nPROD_DEL02;1\nE-COM11;5\n", 0)
    assert [(ln.item_code, ln.quantity) for ln in ex.lines] == [
        ("PROD_DEL", Decimal("2")), ("PROD_DEL02", Decimal("1")), ("E-COM11", Decimal("5"))]
    assert all(ln.confidence <= 0.7 for ln in ex.lines)
    assert ex.notes == ["no header row: columns typed by their values"]
    described = extract_csv(b"A-1,Blue widget large,3,2.50\nB-2,Red widget,1,4.00\n", 0)
    assert [(ln.item_code, ln.description, ln.quantity, ln.unit_price) for ln in described.lines] == [
        ("A-1", "Blue widget large", Decimal("3"), Decimal("2.50")),
        ("B-2", "Red widget", Decimal("1"), Decimal("4.00"))]


def test_headerless_csv_that_does_not_type_cleanly_gives_no_lines():
    """Rows of different widths, or numbers only, are not guessed at."""
    assert extract_csv(b"PROD_A;2\nPROD_B;1;extra\n", 0).lines == []
    assert extract_csv(b"19059090;3066\n19059090;29068\n", 0).lines == []
    assert extract_csv(b"hello;world\nfoo;bar\n", 0).lines == []


def test_title_beside_the_senders_name_says_invoice():
    assert document_kind("Sammy Repairs INVOICE\n# 1\nPO Number: po_1\n") == "invoice"
    assert document_kind("Acme Ltd    QUOTATION\n") == "quotation"
    assert document_kind("PURCHASE ORDER\nPlease send your invoice\n") is None


def test_day_month_name_year_with_hyphens():
    assert find_date_text("Date 23-Jul-2025 x") == (date(2025, 7, 23), "23-Jul-2025")
    assert find_date_text("23-Jul-25") == (date(2025, 7, 23), "23-Jul-25")
    assert find_date_text("23-Foo-2025") is None


def test_tax_columns_are_not_prices_but_prices_with_or_without_tax_are():
    from extractors.tabular import classify_header

    assert [classify_header(h) for h in ("GST\nRate", "Total Tax\nAmount", "VAT %")] == [None, None, None]
    assert classify_header("Unit Price excl. VAT") == "unit_price"
    assert classify_header("Amount incl. VAT") == "line_total"
    assert [classify_header(h) for h in ("Qty.\nOrd.", "Product\nNumber", "Price\nPer\nUnit")] == [
        "quantity", "item_code", "unit_price"]


# ---------------------------------------------------------------- unruled tables: footers and line numbers


def _unruled_canvas_pdf(columns: list[tuple[float, str, str]], rows: list[list[str]], *, pitch: float = 17,
                        notes: list[tuple[float, float, str]] = (), font: float = 8) -> bytes:
    """Text set at fixed places and nothing drawn (reportlab's canvas): `columns` are (x, align, header),
    a right-aligned column's x is its right edge; `notes` are (x, gap below the last row, text)."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica", 10)
    c.drawString(40, 800, "PURCHASE ORDER   PO Number: PO-5521")
    y = 740.0
    for values in [[h for _, _, h in columns], *rows]:
        c.setFont("Helvetica-Bold" if y == 740.0 else "Helvetica", font)
        for (x, align, _), value in zip(columns, values, strict=True):
            (c.drawRightString if align == "R" else c.drawString)(x, y, value)
        y -= pitch
    y += pitch
    c.setFont("Helvetica", font)
    for x, gap, text in notes:
        c.drawString(x, y - gap, text)
    c.save()
    return buf.getvalue()


FOOTER = "Questions about this order: call our purchasing desk."


def test_a_sentence_under_an_unruled_table_without_totals_is_not_a_line():
    """GIVEN an unruled table with no totals row and a sentence printed under it, across the columns and
    further below the last row than the rows are apart
    THEN the sentence is no line, no unread line and no part of the last description, whether it starts left
    of the table, under the item codes (running into the descriptions), left of the descriptions or indented
    in their column;
    AND a description wrapping onto a line of its own at the rows' spacing, a sentence too, still joins its line."""
    columns = [(40, "L", "Item"), (140, "L", "Description"), (380, "R", "Qty"), (395, "L", "UoM")]
    rows = [["GLV-NIT-L-BLU", "Nitrile gloves, blue, size L", "10", "BX"],
            ["TAPE-48-CLR", "Packing tape 48 mm x 66 m, clear", "5", "CS"],
            ["", "vinyl, sold by the case.", "", ""]]
    for start in (36, 42, 120):
        ex = extract_pdf(_unruled_canvas_pdf(columns, rows, notes=[(start, 40, FOOTER)]), 0)
        got = [(ln.item_code, ln.description, ln.quantity) for ln in ex.lines]
        assert got == [("GLV-NIT-L-BLU", "Nitrile gloves, blue, size L", Decimal("10")),
                       ("TAPE-48-CLR", "Packing tape 48 mm x 66 m, clear vinyl, sold by the case.", Decimal("5"))]
        assert ex.unread == []
    # A second line of the note is not a wrap either, and a line printed under the note is still read.
    below = [(36, 40, FOOTER), (36, 50, "Thank you for your business"), (40, 80, "CUP-CLD-24"), (372, 80, "7")]
    ex = extract_pdf(_unruled_canvas_pdf(columns, rows, notes=below), 0)
    assert [(ln.item_code, ln.description, ln.quantity) for ln in ex.lines] == [
        ("GLV-NIT-L-BLU", "Nitrile gloves, blue, size L", Decimal("10")),
        ("TAPE-48-CLR", "Packing tape 48 mm x 66 m, clear vinyl, sold by the case.", Decimal("5")),
        ("CUP-CLD-24", None, Decimal("7"))]
    assert ex.unread == []
    # Descriptions first: the sentence stands in their column alone, but indented from where its cells start.
    described_first = [(40, "L", "Description"), (240, "L", "Item"), (380, "R", "Qty")]
    rows = [["Nitrile gloves, blue, size L", "GLV-NIT-L-BLU", "10"], ["PET cold cup 24 oz, clear", "CUP-CLD-24", "2"]]
    ex = extract_pdf(_unruled_canvas_pdf(described_first, rows, notes=[(46, 40, FOOTER)]), 0)
    assert [(ln.item_code, ln.description) for ln in ex.lines] == [
        ("GLV-NIT-L-BLU", "Nitrile gloves, blue, size L"), ("CUP-CLD-24", "PET cold cup 24 oz, clear")]


def test_a_line_number_or_quantity_set_close_to_the_item_code_is_split_from_it():
    """GIVEN unruled tables whose number column (No., Line, Qty) is set so close to the item code that the
    two read as one phrase ("5 CHM-GLS-QT"), and one whose 'Line' column is a name we do not know
    (4 points apart: further than pdfplumber joins letters into a word, nearer than a space between words)
    THEN the number stays in its own column: the code is the code alone, the quantity the quantity."""
    numbered = _unruled_canvas_pdf(
        [(50, "R", "No."), (54, "L", "Item"), (160, "L", "Description"), (380, "R", "Qty")],
        [["1", "FAS-HX-M6X60-SS", "Hex bolt M6 x 60 mm", "3"], ["5", "CHM-GLS-QT", "Glass cleaner, 32 oz", "9"]])
    qty_first = _unruled_canvas_pdf(
        [(60, "R", "Qty"), (64, "L", "Part No."), (170, "L", "Description")],
        [["12", "BUB-48-316", "Bubble wrap roll 48 in"], ["4", "VEST-HV-XL-YEL", "Safety vest, yellow"]])
    lined = _unruled_canvas_pdf(
        [(56, "R", "Line"), (72, "L", "Part No."), (175, "L", "Description of Goods"), (410, "R", "Quantity")],
        [["1", "FAS-HX-M6X60-SS", "Hex bolt M6 x 60 mm", "3"], ["2", "CHM-GLS-QT", "Glass cleaner, 32 oz", "9"]])
    for data, wanted in ((numbered, [("FAS-HX-M6X60-SS", 3), ("CHM-GLS-QT", 9)]),
                         (qty_first, [("BUB-48-316", 12), ("VEST-HV-XL-YEL", 4)]),
                         (lined, [("FAS-HX-M6X60-SS", 3), ("CHM-GLS-QT", 9)])):
        ex = extract_pdf(data, 0)
        assert [(ln.item_code, ln.quantity) for ln in ex.lines] == [(c, Decimal(q)) for c, q in wanted]
        assert ex.unread == []
