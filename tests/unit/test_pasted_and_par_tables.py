"""Tables buyers paste or attach (issue 14, items 7-10): a spreadsheet pasted into the text (tabs, or
columns lined up with spaces), the HTML a spreadsheet puts on the clipboard, par and stock sheets
(the order column is the quantity), HTML with rowspan/colspan and Outlook's nested layout tables, and
European files (semicolons, decimal commas, headers in German, French, Spanish and Italian, the order on
a second sheet). Every document here is made up.
"""

from __future__ import annotations

import io
from decimal import Decimal

import openpyxl

from extractors.email_text import extract_text
from extractors.html_table import read_html, read_html_grids
from extractors.registry import extract_part
from extractors.tabular import classify_header, rows_to_lines
from models.schemas import Extraction, Part, Provenance


def _text(body: str) -> Extraction:
    return extract_part(Part(0, "body_text", "text/plain", None, body.encode()))


def _html(body: str) -> Extraction:
    return extract_part(Part(0, "body_html", "text/html", None, body.encode()))


def _got(ex: Extraction) -> list[tuple[str | None, Decimal | None]]:
    return [(ln.description or ln.item_code, ln.quantity) for ln in ex.lines]


# -- a spreadsheet pasted into a plain-text email -------------------------------------------------


def test_tab_separated_par_sheet_orders_only_the_order_column():
    """GIVEN a stock sheet pasted from a spreadsheet (tabs between cells) with On hand / Par / Order
    WHEN the text is read THEN the order column is each line's quantity, and rows with 0, a dash or
    nothing to order are no lines (and no doubts)."""
    body = ("Morning Sam, the weekly count for the Elm St kitchen.\n\n"
            "Product\tOn hand\tPar\tOrder\n"
            "Kraft soup cups 12oz (cs)\t2\t5\t3\n"
            "Paper straws wrapped (cs)\t4\t4\t0\n"
            "Bamboo stir sticks (bx)\t1\t6\t5\n"
            "Nitrile gloves M (bx)\t9\t9\t-\n"
            "Butcher paper 24in (roll)\t0\t2\t\n"
            "Pizza boxes 14in (bundle)\t3\t10\t7\n\n"
            "Cheers\nAda\n")
    ex = _text(body)
    assert _got(ex) == [("Kraft soup cups 12oz (cs)", Decimal(3)), ("Bamboo stir sticks (bx)", Decimal(5)),
                        ("Pizza boxes 14in (bundle)", Decimal(7))]
    assert ex.lines[0].uom == "CS" and ex.lines[1].uom == "BX"  # the unit closing the item's name
    assert ex.unread == []


def test_a_par_sheet_whose_order_column_names_its_unit():
    """GIVEN a replenishment sheet with On hand / Par / "Qty (each)" / Unit (the buyer's item, our SKU)
    THEN "Qty (each)" is the quantity (it was read as a price each, and no table was found at all)."""
    body = ("Columbus replenishment below.\n\n"
            "PW Item\tVendor SKU\tDescription\tOn hand\tPar\tQty (each)\tUnit\n"
            "PW-C1086\tR100806-32\t10x8x6 RSC 32ECT\t1200\t3700\t2500\tEA\n"
            "PW-T2110\tTP-HM2110-19C\tTape 2in x 110yd clear (rolls)\t40\t112\t72\tRL\n\nThanks\n")
    ex = _text(body)
    assert [(ln.item_code, ln.quantity, ln.uom) for ln in ex.lines] == [
        ("R100806-32", Decimal(2500), "EA"), ("TP-HM2110-19C", Decimal(72), "RL")]
    assert [classify_header(h) for h in ("Qty (each)", "Quantity cases", "Qty Unit", "Qty on hand")] == [
        "quantity", "quantity", "uom", "stock"]


def test_space_aligned_stock_sheet_in_text():
    """GIVEN a stock sheet typed in columns lined up with spaces (HAVE / MIN / NEED) THEN the need
    column is the quantity, whether its numbers stand under the name's start or its end."""
    body = ("Hello, restock for the depot please.\n\n"
            "ARTICLE                         HAVE   MIN   NEED\n"
            "Degreaser 1 gal (case)             1     4      3\n"
            "Floor squeegee 24in                0     2      2\n"
            "Mop bucket wringer (each)          2     2      0\n"
            "Microfiber cloths blue (pack)      5    12      7\n\n"
            "Regards, Piet\n")
    ex = _text(body)
    assert _got(ex) == [("Degreaser 1 gal (case)", Decimal(3)), ("Floor squeegee 24in", Decimal(2)),
                        ("Microfiber cloths blue (pack)", Decimal(7))]


def test_tab_separated_takeoff_with_money_columns_and_a_total_row():
    """GIVEN a takeoff pasted with tabs (Ln / Part # / Description / Qty / UOM / Unit $ / Ext $) and a
    total row under it THEN codes, units and prices come from their cells and the total is no line."""
    body = ("Team,\n\nPO 88-2041 from the estimate:\n\n"
            "Ln\tPart #\tDescription\tQty\tUOM\tUnit $\tExt $\n"
            "1\tPV-3340\tPVC elbow 90 2in\t25\tEA\t1.85\t46.25\n"
            "2\tPV-3352\tPVC tee 2in\t10\tEA\t2.40\t24.00\n"
            "\t\t\t\t\tTotal\t70.25\n\n"
            "Thanks\n")
    ex = _text(body)
    assert [(ln.item_code, ln.quantity, ln.uom, ln.unit_price) for ln in ex.lines] == [
        ("PV-3340", Decimal(25), "EA", Decimal("1.85")), ("PV-3352", Decimal(10), "EA", Decimal("2.40"))]
    assert ex.unread == []


def test_prose_around_a_pasted_table_is_still_read_as_prose():
    """GIVEN a pasted table and an order line written as prose under it THEN both are read, the prose
    line once."""
    body = ("Item\tQty\tUnit\nSafety cones 28in\t12\tea\nBarricade tape\t6\troll\n\n"
            "also 3 x WB-220 please\n")
    ex = _text(body)
    assert ("Safety cones 28in", Decimal(12)) in _got(ex) and ("Barricade tape", Decimal(6)) in _got(ex)
    assert [ln.item_code for ln in ex.lines].count("WB-220") == 1


# -- HTML: spans, grouped tables, nested layout tables, the spreadsheet clipboard ------------------


def test_html_par_sheet_with_rowspan_category_and_two_row_header():
    """GIVEN an HTML par sheet: a category cell spanning rows on the left, "Count" spanning On hand and
    Par over a second header row, and Order spanning both header rows THEN every row's cells stay in
    their columns and only rows with something to order are lines."""
    html = """<table>
    <tr><th rowspan="2">Area</th><th rowspan="2">Item</th><th colspan="2">Count</th><th rowspan="2">Order</th></tr>
    <tr><th>On hand</th><th>Par</th></tr>
    <tr><td rowspan="3">Bar</td><td>Lime juice 1L (cs)</td><td>1</td><td>3</td><td><b>2</b></td></tr>
    <tr><td>Cocktail napkins (cs)</td><td>2</td><td>2</td><td>&mdash;</td></tr>
    <tr><td>Sip straws black (bx)</td><td>0</td><td>4</td><td>4</td></tr>
    <tr><td rowspan="2">Dish</td><td>Rinse aid 5 gal</td><td>1</td><td>1</td><td>0</td></tr>
    <tr><td>Pot scrubbers (pk)</td><td>0</td><td>6</td><td>6</td></tr>
    </table>"""
    ex = _html(html)
    assert _got(ex) == [("Lime juice 1L (cs)", Decimal(2)), ("Sip straws black (bx)", Decimal(4)),
                        ("Pot scrubbers (pk)", Decimal(6))]
    assert ex.unread == []


def test_html_grouped_table_with_section_rows_and_a_total():
    """GIVEN a table whose header is two rows ("Ordered" over Qty and UOM, "Price" over Unit and Ext),
    section rows spanning the table and an order-total row THEN the unit price is the "Unit" under
    "Price" (not a unit of measure), sections and the total are no lines and no doubts."""
    html = """<table>
    <tr><th rowspan=2>Item No</th><th rowspan=2>Description</th><th colspan=2>Ordered</th><th colspan=2>Price</th></tr>
    <tr><th>Qty</th><th>UOM</th><th>Unit</th><th>Ext</th></tr>
    <tr><td colspan=6><b>Lab</b></td></tr>
    <tr><td>LB-0091</td><td>Pipette tips 200ul</td><td>8</td><td>BX</td><td>$14.20</td><td>$113.60</td></tr>
    <tr><td colspan=6><b>Front desk</b></td></tr>
    <tr><td>FD-0212</td><td>Visitor badges</td><td>2</td><td>PK</td><td>$6.50</td><td>$13.00</td></tr>
    <tr><td colspan=5>Order Total</td><td>$126.60</td></tr>
    </table>"""
    ex = _html(html)
    assert [(ln.item_code, ln.quantity, ln.uom, ln.unit_price, ln.line_total) for ln in ex.lines] == [
        ("LB-0091", Decimal(8), "BX", Decimal("14.20"), Decimal("113.60")),
        ("FD-0212", Decimal(2), "PK", Decimal("6.50"), Decimal("13.00"))]
    assert ex.unread == []


def test_outlook_nested_layout_tables_and_prices_with_country_dollar_signs():
    """GIVEN Outlook's layout: an outer table whose first cell holds a title table and whose second
    holds the order table, prices written "C$12.40" THEN the order table is read with its prices."""
    html = """<table class=MsoNormalTable><tr><td>
      <table><tr><td><p class=MsoNormal><b>NORTHBAY CLINICS &ndash; ORDER</b></p></td>
        <td><p>PO# NB-771</p></td></tr></table>
    </td></tr><tr><td>
      <table class=MsoTableGrid>
      <tr><td><p class=MsoNormal><b>Item<o:p></o:p></b></p></td><td><p><b>Qty</b></p></td><td><p><b>Unit</b></p></td>
          <td><p><b>Price (CAD)</b></p></td></tr>
      <tr><td><p class=MsoNormal>Exam table paper 21in<o:p></o:p></p></td><td><p>6</p></td><td><p>case</p></td>
          <td><p>C$41.90</p></td></tr>
      <tr><td><p class=MsoNormal>Tongue depressors<o:p></o:p></p></td><td><p>3</p></td><td><p>box</p></td>
          <td><p>CA$ 7.15</p></td></tr>
      </table>
    </td></tr></table>"""
    ex = _html(html)
    assert [(ln.description, ln.quantity, ln.uom, ln.unit_price) for ln in ex.lines] == [
        ("Exam table paper 21in", Decimal(6), "CS", Decimal("41.90")),
        ("Tongue depressors", Decimal(3), "BX", Decimal("7.15"))]


def test_excel_clipboard_html_with_styles_empty_cells_and_a_freight_row():
    """GIVEN the HTML Excel puts on the clipboard (a style block, classes, empty cells, a title merged
    over the columns) and a freight row with a quantity of 1 THEN the goods are lines and the freight
    is not; goods whose name starts like a charge ("Shipping labels") stay goods, and the "Item" column
    of names beside the "SKU" column of codes is their description."""
    html = """<html><head><style>.xl65{mso-number-format:"\\@";} td{border:.5pt solid}</style></head><body>
    <table border=0 cellpadding=0 cellspacing=0 width=520>
    <tr><td colspan=5 class=xl66>Order for the Dock 4 store</td></tr>
    <tr><td class=xl65>SKU</td><td class=xl65>Item</td><td class=xl65>Qty</td><td class=xl65></td>
        <td class=xl65>Cost</td></tr>
    <tr><td>SL-4061</td><td>Shipping labels 4x6</td><td>10</td><td></td><td>$8.75</td></tr>
    <tr><td>PT-2200</td><td>Packing tape 2in clear</td><td>36</td><td></td><td>$1.60</td></tr>
    <tr><td>FRT</td><td>Freight (prepaid and added)</td><td>1</td><td></td><td>$45.00</td></tr>
    </table></body></html>"""
    ex = _html(html)
    assert [(ln.item_code, ln.description, ln.quantity, ln.unit_price) for ln in ex.lines] == [
        ("SL-4061", "Shipping labels 4x6", Decimal(10), Decimal("8.75")),
        ("PT-2200", "Packing tape 2in clear", Decimal(36), Decimal("1.60"))]


def test_cell_text_keeps_words_of_separate_blocks_apart():
    """GIVEN a cell with two blocks ("<div>Ship To</div><div>Dock 2</div>") THEN its text keeps them
    apart, and the tables shown to a clerk are the cells as written."""
    tables, _ = read_html("<table><tr><td><div>Ship To</div><div>Dock 2</div></td><td>x</td></tr></table>")
    assert tables == [[["Ship To Dock 2", "x"]]]
    grids, _ = read_html_grids("<table><tr><td colspan=2>A</td></tr><tr><td>b</td><td>c</td></tr></table>")
    assert [[str(c) if isinstance(c, str) else "copy" for c in r] for r in grids[0]] == [["A", "copy"], ["b", "c"]]


def test_french_html_prices_without_tax_and_decimal_commas():
    """GIVEN a French table (Désignation / Qté / Unité / PU HT / Montant HT) with "1 060,00 €" THEN the
    unit price is read from "PU HT" with its decimal comma."""
    html = ("<table><tr><th>Réf.</th><th>Désignation</th><th>Qté</th><th>Unité</th><th>PU HT</th>"
            "<th>Montant HT</th></tr>"
            "<tr><td>BX-77</td><td>Éponges grattantes vertes</td><td>40</td><td>colis</td><td>26,50 €</td>"
            "<td>1 060,00 €</td></tr>"
            "<tr><td colspan=5>Total HT</td><td>1 060,00 €</td></tr></table>")
    ex = _html(html)
    assert [(ln.quantity, ln.unit_price, ln.line_total) for ln in ex.lines] == [
        (Decimal(40), Decimal("26.50"), Decimal("1060.00"))]
    assert ex.lines[0].uom  # the unit cell passes through, mapped or as written


def test_a_line_number_column_marked_hash_is_no_item_code():
    """GIVEN "#" over the line numbers beside "Item & Description" THEN the numbers are not item codes."""
    html = ("<table><tr><th>#</th><th>Item &amp; Description</th><th>Qty</th><th>Rate</th></tr>"
            "<tr><td>1</td><td>Hand towels C-fold</td><td>12.00Ctn</td><td>18.00</td></tr></table>")
    ex = _html(html)
    assert [(ln.item_code, ln.description, ln.quantity, ln.uom) for ln in ex.lines] == [
        (None, "Hand towels C-fold", Decimal(12), "CS")]


# -- files: CSV and XLSX -------------------------------------------------------------------------


def test_european_csv_with_title_block_semicolons_decimal_commas_and_quotes():
    """GIVEN a German CSV: a title block above the header, semicolons, quoted fields holding a
    semicolon, decimal commas ("12,5") and thousands dots ("1.234,50", "1.500"), and a freight row THEN each
    value is read in that locale and the freight is no line."""
    text = ("Bestellung;;;;;\nLieferant: Nordhafen Handel;;;;;\n;;;;;\n"
            "Artikelnr.;Bezeichnung;Menge;Einheit;Einzelpreis;Gesamtpreis\n"
            'KL-5521;"Klebeband; braun 50mm";12,5;Stk;3,40;42,50\n'
            "KL-5530;Stretchfolie 500mm;100;Rolle;12,34;1.234,00\n"
            "KL-5600;Kabelbinder 200mm;1.500;Stk;0,02;30,00\n"
            "Fracht;;;;;25,00\n")
    ex = extract_part(Part(0, "attachment", "text/csv", "bestellung.csv", text.encode("cp1252")))
    assert [(ln.item_code, ln.description, ln.quantity, ln.unit_price, ln.line_total) for ln in ex.lines] == [
        ("KL-5521", "Klebeband; braun 50mm", Decimal("12.5"), Decimal("3.40"), Decimal("42.50")),
        ("KL-5530", "Stretchfolie 500mm", Decimal(100), Decimal("12.34"), Decimal("1234.00")),
        ("KL-5600", "Kabelbinder 200mm", Decimal(1500), Decimal("0.02"), Decimal("30.00"))]
    assert ex.unread == []  # the freight row is neither a line nor a doubt
    assert ex.lines[0].uom == "STK" or ex.lines[0].uom == "EA"  # the unit cell passed through


def test_csv_with_the_buyers_code_and_the_vendors_code_columns():
    """GIVEN a reorder export with the buyer's own code column and a vendor_sku column THEN the
    vendor's code is the item code and the buyer's the customer part; the order column is the
    quantity (qty_to_order)."""
    text = ("item_code,vendor_sku,description,qty_to_order,unit\n"
            "GH-001,TW-7781,Paper towel roll,4,case\nGH-002,,Trash bags 33 gal,2,box\n")
    ex = extract_part(Part(0, "attachment", "text/csv", "reorder.csv", text.encode()))
    assert [(ln.item_code, ln.customer_part, ln.quantity) for ln in ex.lines] == [
        ("TW-7781", "GH-001", Decimal(4)), (None, "GH-002", Decimal(2))]


def test_xlsx_spanish_order_on_the_second_sheet_with_tax_rows():
    """GIVEN a workbook whose first sheet is a cover note and whose second holds a Spanish order
    (Código / Descripción / Cantidad / Unidad / Precio / Importe) under a title block, with
    "Base imponible" and "IVA 21%" rows THEN the lines come from the second sheet and no tax row is one."""
    wb = openpyxl.Workbook()
    wb.active.title = "Notas"
    wb.active.append(["Gracias por su servicio"])
    ws = wb.create_sheet("Pedido")
    ws.append(["FERRETERÍA LOS OLIVOS", None, None, None, None, "PEDIDO"])
    ws.append(["Nº pedido:", "P-3391"])
    ws.append([])
    ws.append(["Código", "Descripción", "Cantidad", "Unidad", "Precio", "Importe"])
    ws.append(["TOR-M6", "Tornillo M6x20 zincado", 500, "ud", 0.04, 20])
    ws.append(["TAC-8", "Taco nylon 8 mm", 3, "caja", 4.1, 12.3])
    ws.append([None, None, None, None, "Base imponible", 32.3])
    ws.append([None, None, None, None, "IVA 21%", 6.78])
    buf = io.BytesIO()
    wb.save(buf)
    ex = extract_part(Part(0, "attachment", "application/octet-stream", "pedido.xlsx", buf.getvalue()))
    assert [(ln.item_code, ln.quantity, ln.unit_price) for ln in ex.lines] == [
        ("TOR-M6", Decimal(500), Decimal("0.04")), ("TAC-8", Decimal(3), Decimal("4.1"))]
    assert ex.lines[1].uom == "CS"
    assert ex.header.po_number and ex.header.po_number.value == "P-3391"


def test_xlsx_par_sheet_with_empty_order_cells():
    """GIVEN a stock workbook (Item / Qty on hand / Par level / Qty to order) with empty order cells
    THEN only the rows with something to order are lines, and no row is a doubt."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Item", "Qty on hand", "Par level", "Qty to order"])
    ws.append(["Sugar packets (cs)", 1, 4, 3])
    ws.append(["Creamer cups (cs)", 3, 3, None])
    ws.append(["Coffee filters 12 cup (cs)", 0, 2, 2])
    buf = io.BytesIO()
    wb.save(buf)
    ex = extract_part(Part(0, "attachment", "application/octet-stream", "par.xlsx", buf.getvalue()))
    assert _got(ex) == [("Sugar packets (cs)", Decimal(3)), ("Coffee filters 12 cup (cs)", Decimal(2))]
    assert ex.unread == []


# -- column names --------------------------------------------------------------------------------


def test_column_names_in_the_languages_buyers_write():
    names = {
        "Menge": "quantity", "Anzahl": "quantity", "Bezeichnung": "description", "Artikelnr.": "item_code",
        "quantité": "quantity", "désignation": "description", "référence": "item_code", "Cantidad": "quantity",
        "Descripción": "description", "Código": "item_code", "Quantità": "quantity", "Descrizione": "description",
        "Codice": "item_code", "Prezzo unitario": "unit_price", "PU HT": "unit_price",
        "On hand": "stock", "Qty on hand": "stock", "Par": "stock", "Order": "quantity", "Need": "quantity",
        "To order": "quantity", "Order #": "po_number", "Order Status": None, "Stock Code": "item_code",
        "Unit $": "unit_price", "Ext $": "line_total", "Need by": "requested_date",
    }
    assert {name: classify_header(name) for name in names} == names


def test_a_zero_or_dash_in_any_order_table_orders_nothing():
    """GIVEN an order form listing items with 0 or a dash in the quantity column THEN those rows are no
    lines; an empty quantity beside an item code is still a doubt outside a par sheet."""
    rows = [["Code", "Description", "Qty"], ["AA-1", "First", "2"], ["AA-2", "Second", "0"],
            ["AA-3", "Third", "–"], ["AA-4", "Fourth", ""]]
    read = rows_to_lines(rows, "csv", lambda r, c: Provenance(kind="csv", row=r))
    assert [(ln.item_code, ln.quantity) for ln in read.lines] == [("AA-1", Decimal(2))]
    assert read.unread == ["AA-4 | Fourth"]


def test_a_size_column_is_part_of_what_the_buyer_names():
    """GIVEN an order form with one item in three sizes, the size in a column of its own THEN each
    line's description names its size (a clerk and the matcher tell the sizes apart)."""
    rows = [["Item", "Size", "Qty", "Unit"], ["Rain jacket hi-vis", "M", "3", "ea"],
            ["Rain jacket hi-vis", "XL", "2", "ea"], ["Work gloves, size L", "L", "5", "pr"]]
    read = rows_to_lines(rows, "sheet", lambda r, c: Provenance(kind="sheet", row=r))
    assert [ln.description for ln in read.lines] == ["Rain jacket hi-vis M", "Rain jacket hi-vis XL",
                                                    "Work gloves, size L"]


def test_a_note_under_the_table_after_an_empty_row_is_no_part_of_the_last_line():
    """GIVEN a sheet whose lines end, then an empty row, then a note in the first column THEN the last
    line's description stays its own."""
    rows = [["Item", "Qty", "Unit"], ["Anchor bolts galvanised", "40", "ea"], [], ["Call the site office on arrival"]]
    read = rows_to_lines(rows, "sheet", lambda r, c: Provenance(kind="sheet", row=r))
    assert [ln.description for ln in read.lines] == ["Anchor bolts galvanised"]


def test_a_upc_column_gives_the_item_code():
    """GIVEN a table whose only code column is the UPC THEN the UPC is the line's item code (the
    catalog knows its products' GTINs)."""
    body = ("Please ship:\n\nUPC            DESCRIPTION           QTY  UOM\n"
            "012345678905   TOWEL ROLL KRAFT       12  CS\n"
            "012345678912   SOAP GEL 1L             6  CS\n\nThanks\n")
    ex = _text(body)
    assert [(ln.item_code, ln.quantity, ln.uom) for ln in ex.lines] == [
        ("012345678905", Decimal(12), "CS"), ("012345678912", Decimal(6), "CS")]


def test_fixed_width_print_with_a_rule_under_the_header_and_names_one_space_apart():
    """GIVEN a report printed in a fixed font: a rule of dashes under the header, two column names one
    space apart ("QTY UM"), a pack column and values one space apart ("12 CS") THEN each value is read
    from its own column: the quantity is not the pack size, the unit is not the pack (which stays in
    the item's name)."""
    body = ("Please supply per the order below.\n\n"
            "LN  STOCK NO    DESCRIPTION                PACK      QTY UM    UNIT COST     EXT COST\n"
            "--- ----------- -------------------------- -------- ---- --- ------------ ------------\n"
            "01  BK-4410     BINDER CLIPS LARGE         12/BX      30 BX        1.2500        37.50\n"
            "02  BK-5520     FILE FOLDERS LETTER        100/BX      4 BX       11.9000        47.60\n"
            "                                                              TOTAL        85.10\n\n"
            "Buyer: R. Tan\n")
    ex = _text(body)
    assert [(ln.item_code, ln.description, ln.quantity, ln.uom, ln.unit_price) for ln in ex.lines] == [
        ("BK-4410", "BINDER CLIPS LARGE 12/BX", Decimal(30), "BX", Decimal("1.2500")),
        ("BK-5520", "FILE FOLDERS LETTER 100/BX", Decimal(4), "BX", Decimal("11.9000"))]
    assert ex.unread == []


def test_csv_whose_title_block_is_full_of_commas_keeps_its_semicolons():
    """GIVEN a semicolon CSV under a title block written in sentences with commas THEN the delimiter is
    the one whose rows hold the order table's header, not the title's commas."""
    text = ("Kunde: Beispiel Bau, Werk 3, Halle 2\nBestellung vom 03.02.2026, Lieferung bitte bis Freitag, danke\n"
            "Hinweis: Anlieferung, Tor 4, ab 7 Uhr\n\nArtikelnr.;Bezeichnung;Menge;Einheit\n"
            "DB-100;Dübel 8mm, grau;200;Stk\nSR-220;Schrauben 5x60;4;Pck\n")
    ex = extract_part(Part(0, "attachment", "text/csv", "bestellung.csv", text.encode()))
    assert [(ln.item_code, ln.description, ln.quantity) for ln in ex.lines] == [
        ("DB-100", "Dübel 8mm, grau", Decimal(200)), ("SR-220", "Schrauben 5x60", Decimal(4))]


def test_excel_text_running_over_empty_cells_is_not_copied_into_them():
    """GIVEN Excel's clipboard HTML, where a long name runs over the empty cell beside it
    (colspan with mso-ignore:colspan) THEN that cell stays empty: the name is not also the unit."""
    html = ("<table><tr><td>Code</td><td>Description</td><td>Unit</td><td>Qty</td></tr>"
            "<tr><td>RT-88</td><td colspan=2 style='mso-ignore:colspan'>Replacement trigger sprayer heads</td>"
            "<td>24</td></tr></table>")
    ex = _html(html)
    assert [(ln.item_code, ln.quantity, ln.uom) for ln in ex.lines] == [("RT-88", Decimal(24), None)]


def test_a_table_drawn_with_bars_in_the_text():
    """GIVEN a table written with bars ("| Item | Qty |") and a rule of dashes under its header THEN its
    rows are read cell by cell."""
    body = ("hi, for tomorrow:\n\n| Item | Qty | Unit |\n|---|---|---|\n| Coffee lids 12oz | 4 | cs |\n"
            "| Stir sticks | 2 | bx |\n\nthx\n")
    ex = _text(body)
    assert [(ln.description, ln.quantity, ln.uom) for ln in ex.lines] == [
        ("Coffee lids 12oz", Decimal(4), "CS"), ("Stir sticks", Decimal(2), "BX")]


def test_values_put_under_columns_by_position_are_held_for_a_clerk():
    """GIVEN a spaced table whose row has fewer cells than the header has names THEN the line read from
    it is below the confidence an order needs to go through untouched; a row with one cell under each
    name is not."""
    body = ("ITEM                 ON HAND  PAR  ORDER\n"
            "Cups 12oz (cs)             1    4      3\n"
            "Lids 12oz (cs)                     2\n\n")
    ex = _text(body)
    assert [(ln.description, ln.quantity) for ln in ex.lines] == [("Cups 12oz (cs)", Decimal(3)),
                                                                  ("Lids 12oz (cs)", Decimal(2))]
    assert ex.lines[0].confidence >= 0.95 and ex.lines[1].confidence < 0.95


def test_order_beside_a_qty_column_is_not_the_quantity():
    """GIVEN a table with an "Order" column (the buyer's order numbers) left of its "Qty" column THEN the
    quantity is read from "Qty"."""
    rows = [["Order", "Item", "Description", "Qty"], ["7", "CL-220", "Clamp 2in", "15"]]
    read = rows_to_lines(rows, "csv", lambda r, c: Provenance(kind="csv", row=r))
    assert [(ln.item_code, ln.quantity) for ln in read.lines] == [("CL-220", Decimal(15))]


def test_xlsx_header_on_two_rows_with_merged_group_cells():
    """GIVEN a workbook whose header is two rows: names merged down both rows, and "Ordered" and "Price"
    merged across the columns under them THEN each column is read by its lower name within its group,
    and the header's second row is no doubt."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Item No", "Description", "Ordered", None, "Price", None])
    ws.append([None, None, "Qty", "UOM", "Unit", "Total"])
    for cells in ("A1:A2", "B1:B2", "C1:D1", "E1:F1"):
        ws.merge_cells(cells)
    ws.append(["HX-1", "Hex key set", 3, "box", 12.5, 37.5])
    ws.append(["Grand total", None, None, None, None, 37.5])
    buf = io.BytesIO()
    wb.save(buf)
    ex = extract_part(Part(0, "attachment", "application/octet-stream", "order.xlsx", buf.getvalue()))
    assert [(ln.item_code, ln.quantity, ln.uom, ln.unit_price, ln.line_total) for ln in ex.lines] == [
        ("HX-1", Decimal(3), "BX", Decimal("12.5"), Decimal("37.5"))]
    assert ex.unread == []


def test_a_name_spanning_the_unit_column_is_not_the_unit():
    """GIVEN an HTML line whose description cell spans the (empty) unit column THEN the line has no
    unit, rather than its name read as one."""
    html = ("<table><tr><th>Code</th><th>Description</th><th>Unit</th><th>Qty</th></tr>"
            "<tr><td>PL-7</td><td colspan=2>Pallet labels, 4x6, thermal</td><td>9</td></tr></table>")
    ex = _html(html)
    assert [(ln.item_code, ln.description, ln.quantity, ln.uom) for ln in ex.lines] == [
        ("PL-7", "Pallet labels, 4x6, thermal", Decimal(9), None)]


def test_cells_whose_content_is_wrapped_in_a_one_row_table():
    """GIVEN an order table whose every cell wraps its text in a small table of its own (as some mail
    builders style cells) THEN the rows are read with that text."""
    def cell(text: str) -> str:
        return f"<td><table><tr><td>{text}</td></tr></table></td>"

    html = ("<table><tr>" + "".join(cell(t) for t in ("Item", "Qty", "Unit")) + "</tr>"
            "<tr>" + "".join(cell(t) for t in ("Floor signs wet", "3", "ea")) + "</tr></table>")
    ex = _html(html)
    assert [(ln.description, ln.quantity, ln.uom) for ln in ex.lines] == [("Floor signs wet", Decimal(3), "EA")]


def test_a_table_turned_into_text_one_cell_per_line():
    """GIVEN the plain-text copy Outlook makes of an HTML table: each header name on its own line, then
    each row's cells one per line THEN the rows are rebuilt and read, held for a clerk to confirm."""
    body = ("Hi,\r\norder for the Lake St site:\r\n\r\nItem\r\nQty\r\nUnit\r\n"
            "Grout sponge large\r\n8\r\nea\r\nTile spacers 1/8in\r\n5\r\nbag\r\n\r\nThanks,\r\nMo\r\n")
    ex = _text(body)
    assert [(ln.description, ln.quantity, ln.uom) for ln in ex.lines] == [
        ("Grout sponge large", Decimal(8), "EA"), ("Tile spacers 1/8in", Decimal(5), "BG")]
    assert all(ln.confidence < 0.95 for ln in ex.lines)
    assert ex.unread == []


def test_a_page_of_spans_costs_a_bounded_grid():
    """GIVEN a small page whose every cell claims to span 50 columns and 500 rows THEN its grid stays
    bounded (spans past a budget are read as single cells) instead of growing to millions of copies."""
    grids, _ = read_html_grids("<table>" + "<tr><td rowspan=500 colspan=50>x</td></tr>" * 30000 + "</table>")
    assert sum(len(row) for row in grids[0]) < 1_000_000


def test_a_long_name_running_past_its_column_keeps_the_price_beside_it():
    """GIVEN a spaced table where one item's name runs past the start of the price column THEN the name
    stays whole and the price is still read; each line's raw text is its line as written."""
    body = ("Cant.  Unidad  Descripción                              P.U.\n"
            "10     cajas   Bolsa de basura negra 90x120                $12.40\n"
            "4      cajas   Toallas de papel interdobladas (paquete de 20, blancas)  $31.00\n\n")
    ex = _text(body)
    assert [(ln.quantity, ln.unit_price) for ln in ex.lines] == [(Decimal(10), Decimal("12.40")),
                                                                 (Decimal(4), Decimal("31.00"))]
    assert ex.lines[1].description == "Toallas de papel interdobladas (paquete de 20, blancas)"
    assert ex.lines[0].raw_text == "10     cajas   Bolsa de basura negra 90x120                $12.40"


def test_a_column_headed_by_the_unit_holds_the_counts_in_that_unit():
    # "Product | Finish | Boxes": no "Qty" anywhere; the column named by a unit is what is ordered, in boxes.
    ex = _html("<p>Restock for the east site:</p><table><tr><th>Product</th><th>Finish</th><th>Boxes</th></tr>"
               "<tr><td>Drywall screws 1-5/8</td><td>black phosphate</td><td>6</td></tr>"
               "<tr><td>Wood screws #8 x 2</td><td>zinc</td><td>4</td></tr></table>")
    assert [(ln.description, ln.quantity, ln.uom) for ln in ex.lines] == [
        ("Drywall screws 1-5/8", Decimal("6"), "BX"), ("Wood screws #8 x 2", Decimal("4"), "BX")]


def test_a_unit_named_column_beside_a_qty_column_is_not_the_quantity():
    # "Rolls" beside "Qty" counts what a pack holds; the order is the Qty.
    ex = _html("<table><tr><th>Item</th><th>Description</th><th>Rolls</th><th>Qty</th><th>Price</th></tr>"
               "<tr><td>TP-48</td><td>Packing tape 48mm</td><td>6</td><td>3</td><td>24.00</td></tr>"
               "<tr><td>TP-72</td><td>Packing tape 72mm</td><td>4</td><td>2</td><td>31.00</td></tr></table>")
    assert [(ln.item_code, ln.quantity) for ln in ex.lines] == [("TP-48", Decimal("3")), ("TP-72", Decimal("2"))]


def test_a_tab_pasted_sheet_with_an_item_number_column_keeps_each_cell_in_its_column():
    # "Item #" reads like an ERP print's line-number heading; cells split by tabs are the sheet's own columns,
    # so the price stays a price, not the end of the description.
    text = ("Pasting our order below from our tracking sheet.\n\n"
            "Qty\tItem #\tDescription\tUnit Price\n"
            "10\tGLV-40101\tNitrile exam gloves small 100/bx\t9.49\n"
            "24\tCLN-60161\tHand sanitizer 8 oz pump\t3.25\n\nPO# SP-2026-1204\n")
    lines = extract_text(text, 0).lines
    assert [(ln.quantity, ln.item_code, ln.description, ln.unit_price) for ln in lines] == [
        (Decimal(10), "GLV-40101", "Nitrile exam gloves small 100/bx", Decimal("9.49")),
        (Decimal(24), "CLN-60161", "Hand sanitizer 8 oz pump", Decimal("3.25"))]
