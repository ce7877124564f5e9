"""Order tables that arrive as attachments or bare files, read as the buyer laid them out: an 'Item'
column of sizes-and-names (no codes) in a sheet, and the totals row under it. Made-up documents only."""

from __future__ import annotations

from decimal import Decimal

from fpdf import FPDF

from extractors.html_table import HtmlTableExtractor, read_html
from extractors.pdf_table import extract_pdf
from extractors.spreadsheet import extract_spreadsheet
from models.schemas import Part
from tests.support.documents import sheet_bytes


def test_an_item_column_of_names_full_of_sizes_is_the_description():
    """GIVEN a bare sheet 'QTY | UNIT | ITEM | NOTES' whose items are sizes and names ("15mm 90 elbow",
    "hacksaw") and a totals row WHEN it is read THEN each item is the line's description, not its code,
    and the totals row is no line."""
    data = sheet_bytes([
        ["Plumbing works - stores request", None, None, None],
        ["PO:", "QP-3310", None, None],
        [None, None, None, None],
        ["QTY", "UNIT", "ITEM", "NOTES"],
        [20, "ea", "15mm 90 elbow", None],
        [8, "ea", "22mm x 3m tube", None],
        [4, "ea", "3/4 BSP 2 pc valve", None],
        [2, "packs (10)", "15mm pipe clips", None],
        [1, "ea", "hacksaw", None],
        [None, None, None, None],
        [35, None, "TOTAL ITEMS", None],
    ])
    ex = extract_spreadsheet(data, 0, legacy=False)
    got = [(ln.item_code, ln.description, ln.quantity) for ln in ex.lines]
    assert got == [
        (None, "15mm 90 elbow", Decimal("20")),
        (None, "22mm x 3m tube", Decimal("8")),
        (None, "3/4 BSP 2 pc valve", Decimal("4")),
        (None, "15mm pipe clips", Decimal("2")),
        (None, "hacksaw", Decimal("1")),
    ]


def test_an_item_column_of_codes_stays_the_item_code():
    """GIVEN an 'Item' column of codes and no description column THEN the codes stay item codes."""
    data = sheet_bytes([["Qty", "Item"], [3, "PV-1520"], [5, "EL-90-15"], [2, "CLP15"]])
    ex = extract_spreadsheet(data, 0, legacy=False)
    assert [(ln.item_code, ln.description) for ln in ex.lines] == [
        ("PV-1520", None), ("EL-90-15", None), ("CLP15", None)]


def _sub_lines_pdf() -> bytes:
    """A two-page PO drawn without rules: each line has a sub-line of labelled fields under it (an account,
    a cost code, a room to deliver to, a note), and the first page ends 'Continued on page 2'."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=9)
    xs = [12, 22, 52, 130, 145, 160, 180]
    pages = [
        [["#", "Our Item", "Description", "Qty", "Unit", "Price", "Total"],
         ["1", "LB-220", "Pipette tips, 200 uL, yellow, rack of 96", "10", "PK", "8.40", "84.00"],
         ["", "", "Acct 44-6120-0000-220 Cost code 7731", "", "", "", ""],
         ["2", "LB-310", "Nitrile gloves, medium, box of 100", "6", "BX", "9.10", "54.60"],
         ["", "", "Deliver to: Room B-14, Chemistry wing", "", "", "", ""],
         ["3", "LB-415", "Beaker, borosilicate, 250 mL", "24", "EA", "3.20", "76.80"],
         ["", "", "Note: replace the cracked ones first", "", "", "", ""],
         ["", "Continued on page 2", "", "", "", "", ""]],
        [["#", "Our Item", "Description", "Qty", "Unit", "Price", "Total"],
         ["4", "LB-512", "Wash bottle, LDPE, 500 mL", "12", "EA", "2.75", "33.00"],
         ["", "", "Job 5208 Site: annex", "", "", "", ""]],
    ]
    for rows in pages:
        pdf.add_page()
        pdf.text(12, 14, "PURCHASE ORDER LS-2207")
        y = 30
        for row in rows:
            for x, cell in zip(xs, row, strict=True):
                if cell:
                    pdf.text(x, y, cell)
            y += 6
    return bytes(pdf.output())


def test_labelled_sub_lines_under_an_item_are_not_its_description():
    """GIVEN a PDF whose lines each carry a sub-line of labelled fields ('Acct ...', 'Deliver to: ...',
    'Note: ...', 'Job ... Site: ...') and a 'Continued on page 2' row WHEN it is read THEN each
    description is the item's name alone, the sub-line stays in the line's raw text, and the
    continuation row is no line."""
    ex = extract_pdf(_sub_lines_pdf(), 0)
    assert [(ln.description, ln.quantity) for ln in ex.lines] == [
        ("Pipette tips, 200 uL, yellow, rack of 96", Decimal("10")),
        ("Nitrile gloves, medium, box of 100", Decimal("6")),
        ("Beaker, borosilicate, 250 mL", Decimal("24")),
        ("Wash bottle, LDPE, 500 mL", Decimal("12")),
    ]
    assert "Cost code 7731" in ex.lines[0].raw_text
    assert ex.unread == []


def test_a_description_wrapping_onto_a_second_row_is_still_joined():
    """GIVEN a sheet row's description wrapping onto the row under it ('job site' words, no label) THEN
    the wrap is still part of the description."""
    data = sheet_bytes([["Qty", "Description"], [4, "Safety signs, keep out,"], [None, "site entrance pack"],
                   [2, "Barrier tape"]])
    ex = extract_spreadsheet(data, 0, legacy=False)
    assert [ln.description for ln in ex.lines] == ["Safety signs, keep out, site entrance pack", "Barrier tape"]


def _html_part(html: str) -> Part:
    return Part(index=0, role="body_html", media_type="text/html", content=html.encode(), filename=None)


def test_a_table_rows_one_line_cells_are_one_line_of_visible_text():
    """GIVEN an HTML body laying each order line out as a row of paragraph cells ('2 x Blue widget' |
    'EUR 4.50') with no header row WHEN it is read THEN each row is one line of text, and the price in
    the cell beside the item is that line's unit price."""
    html = ("<html><body><p>Hello, please send:</p><table>"
            "<tr><td><p>2 x Blue widget</p></td><td><p>EUR 4.50</p></td></tr>"
            "<tr><td><p>3 x Green gadget</p></td><td><p>EUR 7.25</p></td></tr>"
            "</table><p>Thanks, Ana</p></body></html>")
    _, text = read_html(html)
    assert "2 x Blue widget EUR 4.50" in text.splitlines()
    ex = HtmlTableExtractor().extract(_html_part(html))
    assert [(ln.quantity, ln.unit_price) for ln in ex.lines] == [(Decimal("2"), Decimal("4.50")),
                                                                  (Decimal("3"), Decimal("7.25"))]


def test_a_cell_holding_several_lines_keeps_its_line_breaks():
    """GIVEN a row whose cell holds an address block of paragraphs beside a one-line cell THEN the block
    keeps its line breaks in the visible text."""
    html = ("<table><tr><td><p>Deliver to:</p><p>Rosenweg 4</p><p>3012 Bern</p></td>"
            "<td>Tel 031 555 01 01</td></tr></table>")
    _, text = read_html(html)
    assert "Rosenweg 4" in text.splitlines() and "3012 Bern" in text.splitlines()
