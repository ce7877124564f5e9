"""Each format's extractor alone: a document made here in, lines and header fields out."""

from __future__ import annotations

import io
from decimal import Decimal

import openpyxl
from fpdf import FPDF
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from extractors.registry import extract_part
from models.schemas import Part

ROWS = [
    ["SKU", "Description", "Qty", "UoM", "Unit Price", "Amount"],
    ["GLV-NIT-L-BLU", "Nitrile gloves, blue, size L, box of 100", "10", "BX", "8.40", "84.00"],
    ["TAPE-48-CLR", "Packing tape 48 mm x 66 m, clear", "5", "CS", "61.20", "306.00"],
    ["CUP-12-WHT", "Paper cup 12oz, white", "2", "CS", "24.50", "49.00"],
]


def _expected(lines):
    return [(ln.item_code, ln.quantity, ln.uom, ln.unit_price) for ln in lines]


WANTED = [
    ("GLV-NIT-L-BLU", Decimal("10"), "BX", Decimal("8.40")),
    ("TAPE-48-CLR", Decimal("5"), "CS", Decimal("61.20")),
    ("CUP-12-WHT", Decimal("2"), "CS", Decimal("24.50")),
]


def ruled_pdf() -> bytes:
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


def test_pdf_with_ruling_lines():
    ex = extract_part(Part(0, "attachment", "application/pdf", "po.pdf", ruled_pdf()))
    assert ex.error is None
    assert _expected(ex.lines) == WANTED
    assert ex.header.po_number.value == "4500012345"
    assert ex.header.order_date.value.isoformat() == "2026-11-20"
    assert ex.lines[0].provenance.page == 1 and ex.lines[0].provenance.bbox is not None


def test_pdf_without_ruling_lines():
    ex = extract_part(Part(0, "attachment", "application/pdf", "po.pdf", unruled_pdf()))
    assert ex.error is None
    assert _expected(ex.lines) == WANTED
    assert ex.header.po_number.value == "PO-77812"
    assert ex.header.order_date.value.isoformat() == "2026-11-20"


def test_corrupt_pdf_is_an_error_value():
    ex = extract_part(Part(0, "attachment", "application/pdf", "broken.pdf", b"%PDF-1.4\n garbage \x00\x01"))
    assert ex.lines == []
    assert ex.error and "could not read PDF" in ex.error


def test_xlsx_with_table_at_an_offset_and_fields_above():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"], ws["B1"] = "PO Number", "PO-2026-118"
    ws["A2"], ws["B2"] = "Order Date", "2026-11-21"
    header = ["Part #", "Description", "Quantity", "UOM", "Price"]
    for col, value in enumerate(header, start=2):
        ws.cell(row=5, column=col, value=value)
    for r, row in enumerate(ROWS[1:], start=6):
        for col, value in enumerate([row[0], row[1], int(row[2]), row[3], float(row[4])], start=2):
            ws.cell(row=r, column=col, value=value)
    buf = io.BytesIO()
    wb.save(buf)
    ex = extract_part(Part(0, "attachment", "application/octet-stream", "order.xlsx", buf.getvalue()))
    assert _expected(ex.lines) == WANTED
    assert ex.header.po_number.value == "PO-2026-118"
    assert ex.lines[0].provenance.sheet == "Sheet" and ex.lines[0].provenance.cell == "D6"


def test_csv_european_dialect():
    text = "Artikelnummer;Bezeichnung;Menge;Einheit;Einzelpreis\n"
    text += "GLV-NIT-L-BLU;Handschuhe;10;BX;8,40\nTAPE-48-CLR;Klebeband;5;CS;61,20\nCUP-12-WHT;Becher;2;CS;24,50\n"
    ex = extract_part(Part(0, "attachment", "text/csv", "bestellung.csv", text.encode("cp1252")))
    assert _expected(ex.lines) == WANTED


def test_html_table_body():
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in ROWS[1:])
    html = (f"<html><body><p>PO #: 88123</p><table><tr>{''.join(f'<th>{h}</th>' for h in ROWS[0])}</tr>"
            f"{cells}<tr><td></td><td>Total</td><td></td><td></td><td></td><td>439.00</td></tr></table></body></html>")
    ex = extract_part(Part(0, "body_html", "text/html", None, html.encode()))
    assert _expected(ex.lines) == WANTED
    assert ex.header.po_number.value == "88123"


def test_unknown_attachment_type_is_an_error_value():
    ex = extract_part(Part(1, "attachment", "application/x-msdownload", "setup.exe", b"MZ\x90\x00"))
    assert ex.error == "unsupported attachment type: application/x-msdownload (setup.exe)"


def test_legacy_xls():
    import xlwt

    wb = xlwt.Workbook()
    ws = wb.add_sheet("Bestellung")
    ws.write(0, 0, "PO Number")
    ws.write(0, 1, "PO-XLS-7")
    for c, h in enumerate(["Part #", "Description", "Quantity", "UOM", "Price"]):
        ws.write(3, c, h)
    for r, row in enumerate(ROWS[1:], start=4):
        for c, value in enumerate([row[0], row[1], int(row[2]), row[3], float(row[4])]):
            ws.write(r, c, value)
    buf = io.BytesIO()
    wb.save(buf)
    ex = extract_part(Part(0, "attachment", "application/vnd.ms-excel", "order.xls", buf.getvalue()))
    assert ex.error is None
    assert _expected(ex.lines) == WANTED
    assert ex.header.po_number.value == "PO-XLS-7"


def test_spreadsheet_that_is_not_a_zip_or_is_a_bomb_is_an_error_value():
    import zipfile

    ex = extract_part(Part(0, "attachment", "application/octet-stream", "order.xlsx", b"not a zip at all"))
    assert ex.error and "could not read xlsx" in ex.error
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z, z.open("xl/worksheets/sheet1.xml", "w") as f:
        for _ in range(210):
            f.write(b"\0" * (1024 * 1024))
    ex = extract_part(Part(0, "attachment", "application/octet-stream", "order.xlsx", bomb.getvalue()))
    assert ex.error and "would expand to 210 MB" in ex.error


def test_encrypted_and_scanned_pdfs_say_so():
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    locked = canvas.Canvas(buf, encrypt="owner-secret", invariant=1)
    locked.drawString(72, 720, "PO Number: 1")
    locked.save()
    ex = extract_part(Part(0, "attachment", "application/pdf", "locked.pdf", buf.getvalue()))
    assert ex.error == "encrypted PDF: it cannot be opened without its password"
    buf = io.BytesIO()
    image_only = canvas.Canvas(buf, invariant=1)
    image_only.rect(72, 600, 200, 100, fill=1)  # a page with marks but no text layer, as a scan has
    image_only.save()
    ex = extract_part(Part(0, "attachment", "application/pdf", "scan.pdf", buf.getvalue()))
    assert ex.error == "scanned document, no text"


def test_a_document_titled_invoice_or_quotation_is_not_an_order():
    from extractors.header_fields import document_kind

    assert document_kind("ACME Corp\nINVOICE\nInvoice No: 77\nYour PO: 4500012345\n") == "invoice"
    assert document_kind("Quotation Q-12\nValid for 30 days\n") == "quotation"
    assert document_kind("PURCHASE ORDER\nPO #: 1\nInvoice to: Acme AP\n") is None
    assert document_kind("Order\nPO #: 1\nPlease confirm receipt of this order.\n") is None
