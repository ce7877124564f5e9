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
from extractors.values import find_date_text
from models.schemas import Address


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
