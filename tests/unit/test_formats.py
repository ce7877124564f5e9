"""Each format's extractor alone: a document made here in, lines and header fields out."""

from __future__ import annotations

import codecs
import csv
import io
from decimal import Decimal

import openpyxl
import pytest
from fpdf import FPDF
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from extractors.registry import extract_part
from models.schemas import Part
from tests.support.documents import ROWS, WANTED, ruled_pdf, unruled_pdf


def _expected(lines):
    return [(ln.item_code, ln.quantity, ln.uom, ln.unit_price) for ln in lines]


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
    # An invoice titled in Polish, Czech or Scandinavian (Faktura), Italian (Fattura), Dutch (Factuur).
    for title in ("Faktura nr: F 12/2021     Data wystawienia: 2021-01-01", "Fattura n. 77", "FACTUUR 2021-12"):
        assert document_kind(f"{title}\nLp Nazwa towaru  Ilość\n1 EFECTA 95  54,910\n") == "invoice", title


# ---------------------------------------------------------------- spreadsheets: merged cells, where the table is


def _xlsx_part(build, name: str = "order.xlsx") -> Part:
    wb = openpyxl.Workbook()
    build(wb)
    buf = io.BytesIO()
    wb.save(buf)
    return Part(0, "attachment", "application/octet-stream", name, buf.getvalue())


def _lines(ex):
    return [(ln.item_code, ln.description, ln.quantity, ln.unit_price) for ln in ex.lines]


def test_xlsx_merged_title_header_descriptions_and_an_item_code_merged_down_two_rows():
    """GIVEN a title merged across the sheet, a label merged over two cells, a "Ship To" label merged
    down beside three address rows, a header cell and each description merged across two columns, an
    item code merged down over two rows that each have their own quantity (two sizes of one glove),
    and a line whose every cell is merged down over two rows
    WHEN the workbook is read
    THEN the merged-down code names both of its rows, the tall line is one line, not two, and the
    header fields above the table are read once each."""
    def build(wb):
        ws = wb.active
        ws["A1"] = "Purchase Order"
        ws.merge_cells("A1:E1")
        ws["A2"], ws["C2"] = "PO Number", "PO-55"
        ws.merge_cells("A2:B2")
        ws["A3"], ws["B3"], ws["B4"], ws["B5"] = "Ship To", "Acme DC", "12 Elm Street", "Springfield, IL 62701"
        ws.merge_cells("A3:A5")
        for col, name in enumerate(["Material", "Description", None, "Cantidad", "Precio"], start=1):
            ws.cell(row=7, column=col, value=name)
        ws.merge_cells("B7:C7")
        for r, (code, desc, qty) in enumerate([("M-8", "Tape 48 mm", 6), ("M-9", "Cups 12oz", 2)], start=8):
            ws.cell(row=r, column=1, value=code)
            ws.cell(row=r, column=2, value=desc)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
            ws.cell(row=r, column=4, value=qty)
            ws.cell(row=r, column=5, value=1.5)
        ws["A10"], ws["B10"], ws["D10"], ws["E10"] = "GLV-NIT", "Gloves size M", 3, 8.4
        ws["B11"], ws["D11"], ws["E11"] = "Gloves size L", 4, 8.9
        ws.merge_cells("A10:A11")
        ws["A12"], ws["B12"], ws["D12"], ws["E12"] = "TALL-1", "Tall line", 5, 2.0
        for col in "ABDE":
            ws.merge_cells(f"{col}12:{col}13")

    ex = extract_part(_xlsx_part(build))
    assert ex.error is None
    assert _lines(ex) == [
        ("M-8", "Tape 48 mm", Decimal("6"), Decimal("1.5")),
        ("M-9", "Cups 12oz", Decimal("2"), Decimal("1.5")),
        ("GLV-NIT", "Gloves size M", Decimal("3"), Decimal("8.4")),
        ("GLV-NIT", "Gloves size L", Decimal("4"), Decimal("8.9")),
        ("TALL-1", "Tall line", Decimal("5"), Decimal("2")),
    ]
    assert ex.lines[3].provenance.cell == "D11"
    assert ex.header.po_number.value == "PO-55"
    assert ex.header.ship_to.value.street == "12 Elm Street"


def test_legacy_xls_item_code_merged_down_two_rows():
    """GIVEN an .xls whose item code is merged over two rows with a quantity each
    THEN both rows are lines of that item."""
    import xlwt

    wb = xlwt.Workbook()
    ws = wb.add_sheet("PO")
    for c, h in enumerate(["SKU", "Description", "Qty"]):
        ws.write(0, c, h)
    ws.write_merge(1, 2, 0, 0, "GLV-NIT")
    ws.write(1, 1, "size M")
    ws.write(1, 2, 3)
    ws.write(2, 1, "size L")
    ws.write(2, 2, 4)
    buf = io.BytesIO()
    wb.save(buf)
    ex = extract_part(Part(0, "attachment", "application/vnd.ms-excel", "po.xls", buf.getvalue()))
    assert [(ln.item_code, ln.description, ln.quantity) for ln in ex.lines] == [
        ("GLV-NIT", "size M", Decimal("3")), ("GLV-NIT", "size L", Decimal("4"))]


def test_header_row_at_row_200_of_a_sheet_and_a_csv():
    """GIVEN 199 rows of conditions above the table (one naming a quantity in prose)
    THEN the header at row 200 is found and its lines are read, in a workbook and in a CSV."""
    cover = [[f"Condition {i}: deliveries are checked on arrival"] for i in range(1, 199)]
    cover.append(["Quantity discounts apply per order"])

    def build(wb):
        for row in cover + ROWS:
            wb.active.append(row)

    ex = extract_part(_xlsx_part(build))
    assert _expected(ex.lines) == WANTED
    assert ex.lines[0].provenance.cell == "C201"
    buf = io.StringIO()
    csv.writer(buf).writerows(cover + ROWS)
    ex = extract_part(Part(0, "attachment", "text/csv", "order.csv", buf.getvalue().encode()))
    assert _expected(ex.lines) == WANTED
    assert ex.lines[0].provenance.row == 201


def test_table_on_a_later_sheet():
    """GIVEN a cover sheet of prose and the order table on the second sheet
    THEN the lines come from the second sheet, and say so."""
    def build(wb):
        wb.active.title = "Cover"
        wb.active["A1"] = "Hello, our order is on the next sheet"
        ws = wb.create_sheet("Lines")
        ws.append(["Article", "Quantité", "Prix unitaire"])
        ws.append(["ART-1", 3, "1.234,50"])
        ws.append(["ART-2", 2, 4])

    ex = extract_part(_xlsx_part(build))
    assert [(ln.item_code, ln.quantity, ln.unit_price) for ln in ex.lines] == [
        ("ART-1", Decimal("3"), Decimal("1234.50")), ("ART-2", Decimal("2"), Decimal("4"))]
    assert {ln.provenance.sheet for ln in ex.lines} == {"Lines"}


@pytest.mark.parametrize("header", [
    ["Material", "Descripción", "Cantidad", "Precio"],
    ["Article", "Désignation", "Quantité", "Prix unitaire"],
    ["Artikelnummer", "Bezeichnung", "Menge", "Einzelpreis"],
])
def test_column_names_in_spanish_french_and_german(header: list[str]):
    text = ";".join(header) + "\nGLV-NIT-L-BLU;Guantes;10;8,40\nTAPE-48-CLR;Cinta;5;61,20\n"
    ex = extract_part(Part(0, "attachment", "text/csv", "pedido.csv", text.encode("cp1252")))
    assert [(ln.item_code, ln.quantity, ln.unit_price) for ln in ex.lines] == [
        ("GLV-NIT-L-BLU", Decimal("10"), Decimal("8.40")), ("TAPE-48-CLR", Decimal("5"), Decimal("61.20"))]


# ---------------------------------------------------------------- CSV encodings


def _csv_lines(data: bytes):
    return extract_part(Part(0, "attachment", "text/csv", "order.csv", data))


def test_csv_in_utf16_with_a_byte_order_mark_and_without_one():
    text = "SKU,Qty,Description\nA-1,2,Größe M\nB-2,3,Ärmel\n"
    for data in (text.encode("utf-16"), codecs.BOM_UTF16_BE + text.encode("utf-16-be"), text.encode("utf-16-le"),
                 codecs.BOM_UTF32_LE + text.encode("utf-32-le")):
        ex = _csv_lines(data)
        assert [(ln.item_code, ln.description) for ln in ex.lines] == [("A-1", "Größe M"), ("B-2", "Ärmel")]
    ascii_only = _csv_lines("SKU,Qty\nA-1,2\nB-2,3\n".encode("utf-16-le"))  # every byte valid UTF-8 too
    assert [(ln.item_code, ln.quantity) for ln in ascii_only.lines] == [("A-1", Decimal("2")), ("B-2", Decimal("3"))]


def test_csv_in_windows_1252_keeps_umlauts_accents_and_symbols():
    text = ("Artikelnummer;Bezeichnung;Menge;Preis\nA-1;Größe M, Ärmel weiß;2;8,40 €\n"
            "B-2;Crème brûlée “à emporter” – Men’s;3;1,00\n")
    ex = _csv_lines(text.encode("cp1252"))
    assert ex.error is None
    assert [ln.description for ln in ex.lines] == ["Größe M, Ärmel weiß", "Crème brûlée “à emporter” – Men’s"]


def test_csv_in_shift_jis_is_read_right_or_refused_never_garbled():
    """GIVEN a CSV written in Shift-JIS (read as Windows-1252, 日本語 becomes “ú–{Œê)
    THEN its descriptions are the Japanese words, or the document has a clear encoding error."""
    text = "SKU,Qty,Description\nA-1,2,日本語\nB-2,3,青いウィジェット\n"
    ex = _csv_lines(text.encode("shift_jis"))
    if ex.error is not None:
        assert ex.error.startswith("unknown text encoding")
    else:
        assert [ln.description for ln in ex.lines] == ["日本語", "青いウィジェット"]
        assert any("encoding" in note for note in ex.notes)


def test_csv_that_reads_as_no_text_has_a_clear_encoding_error():
    """GIVEN bytes no encoding makes text of, Windows-1252 mojibake and UTF-8 already damaged
    THEN each document says "unknown text encoding" and why, instead of garbage lines."""
    binary = bytes(range(256)) * 4
    assert _csv_lines(binary).error == ("unknown text encoding: the file is not UTF-8, and no encoding we "
                                        "know reads all of its bytes")
    controls = b"SKU,Qty\n" + b"A-1,2\x01\x02\x03\x04\x05\x06\n" * 10
    assert _csv_lines(controls).error.startswith("unknown text encoding: the file reads as UTF-8 but shows control")
    damaged = ("SKU,Qty,Description\n" + "A-1,2,Gr\ufffd\ufffde M\n" * 5).encode()
    assert _csv_lines(damaged).error.startswith("unknown text encoding: the file reads as UTF-8 but shows "
                                                "replacement characters")


# ---------------------------------------------------------------- PDF: what works, proven


def test_truncated_pdf_is_an_error_value():
    data = ruled_pdf()
    for cut in (len(data) // 2, 300):
        ex = extract_part(Part(0, "attachment", "application/pdf", "po.pdf", data[:cut]))
        assert ex.lines == [] and ex.error and ex.error.startswith("could not read PDF: ")


def unruled_pages(pages: int, per_page: int, german: bool = False, wrap_every: int = 5) -> bytes:
    """An order printed without ruling lines: the header repeated on every page, every fifth
    description wrapping onto a second line, totals and a note under the table."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=9)
    xs = [15, 50, 130, 150, 175]
    names = (["Artikelnummer", "Bezeichnung", "Menge", "Einheit", "Preis"] if german
             else ["Item", "Description", "Qty", "UoM", "Unit Price"])
    n = 0
    for page in range(pages):
        pdf.add_page()
        y = 20
        if page == 0:
            for text in (["Bestellnummer: 4711-22", "Bestelldatum: 03.04.2026"] if german
                         else ["Purchase Order No. PO-9981", "Order Date: 03/04/2026"]):
                pdf.text(15, y, text)
                y += 8
        for x, name in zip(xs, names, strict=True):
            pdf.text(x, y, name)
        y += 6
        for _ in range(per_page):
            n += 1
            for x, cell in zip(xs, [f"AB-{n:03d}", f"Widget number {n}", str(n), "EA", f"{n}.50"], strict=True):
                pdf.text(x, y, cell)
            y += 5
            if n % wrap_every == 0:
                pdf.text(xs[1], y, "continued wrap text")
                y += 5
    y += 5
    for label, value in (("Subtotal", "100.00"), ("Shipping", "10.00"), ("Tax", "8.00"), ("Total", "118.00")):
        pdf.text(130, y, label)
        pdf.text(175, y, value)
        y += 5
    pdf.text(15, y + 5, "Notes: please deliver to dock 4, 10 pallets max")
    return bytes(pdf.output())


def test_unruled_multi_page_table_with_repeated_header_and_wrapped_descriptions():
    """GIVEN two pages of an unruled table, its header printed again on page 2, every fifth
    description wrapped onto a line of its own, and totals and a note under the table
    THEN all 60 lines are read once, each wrap joins its line, and no header, total or note is a line."""
    ex = extract_part(Part(0, "attachment", "application/pdf", "po.pdf", unruled_pages(2, 30)))
    assert ex.error is None and ex.unread == []
    assert [ln.item_code for ln in ex.lines] == [f"AB-{n:03d}" for n in range(1, 61)]
    assert [ln.quantity for ln in ex.lines] == [Decimal(n) for n in range(1, 61)]
    assert ex.lines[4].description == "Widget number 5 continued wrap text"
    assert ex.lines[5].description == "Widget number 6"
    assert ex.lines[-1].description == "Widget number 60 continued wrap text"
    assert {ln.provenance.page for ln in ex.lines} == {1, 2}
    assert ex.header.po_number.value == "PO-9981"


def test_bestellnummer_in_a_german_pdf_header():
    ex = extract_part(Part(0, "attachment", "application/pdf", "bestellung.pdf", unruled_pages(1, 4, german=True)))
    assert ex.header.po_number.value == "4711-22"
    assert ex.header.order_date.value.isoformat() == "2026-04-03"
    assert [(ln.item_code, ln.quantity, ln.uom, ln.unit_price) for ln in ex.lines] == [
        (f"AB-{n:03d}", Decimal(n), "EA", Decimal(f"{n}.50")) for n in range(1, 5)]


# ---------------------------------------------------------------- HTML lists


def test_html_lists_without_a_table():
    """GIVEN an HTML body whose order is a bulleted and a numbered list, not a table
    THEN each list item is read as a line, with its span in the body's text."""
    html = (b"<html><body><p>PO #: 55</p><ul><li>10 x ABC-123</li><li>XYZ-9 qty 3</li></ul>"
            b"<ol><li>2 cases of blue widgets 12oz</li></ol><p>Thanks, Jo</p></body></html>")
    ex = extract_part(Part(0, "body_html", "text/html", None, html))
    assert [(ln.quantity, ln.uom, ln.item_code, ln.description) for ln in ex.lines] == [
        (Decimal("10"), None, "ABC-123", None), (Decimal("3"), None, "XYZ-9", None),
        (Decimal("2"), "CS", None, "blue widgets 12oz")]
    assert ex.header.po_number.value == "55"
    assert all(ln.provenance.kind == "html" and ln.provenance.span for ln in ex.lines)


def test_pdf_cells_are_read_as_pdfplumber_reads_them():
    """Our cell reader (a page's characters sorted once, each row taking its slice) gives what
    pdfplumber's Table.extract gives, multi-line cells included."""
    import pdfplumber

    from extractors.pdf_table import _cell_texts, _chars_by_middle

    buf = io.BytesIO()
    styles = getSampleStyleSheet()
    rows = [["SKU", "Description", "Qty"]] + [
        [f"A-{i}", Paragraph(f"Widget {i}, a description long enough to wrap in its narrow cell", styles["Normal"]),
         str(i)] for i in range(60)]
    table = Table(rows, colWidths=[60, 150, 40], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    SimpleDocTemplate(buf, pagesize=letter, invariant=1).build([table])
    compared = 0
    for data in (ruled_pdf(), buf.getvalue()):
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                for found in page.find_tables():
                    grid, boxes, _cells = _cell_texts(found, _chars_by_middle(page.chars))
                    assert grid == found.extract()
                    assert boxes == [row.bbox for row in found.rows]
                    compared += 1
    assert compared >= 3
