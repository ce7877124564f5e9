"""Header fields a spreadsheet or a CSV file gives in its cells rather than under a text label: a delivery
day beside a short label cell ("Required", "Entrega", "Need on site"), the currency in a price column's
heading ("Unit price (CHF)") or in the cells' number format ('#,##0.00 "€"'), and a French-Canadian
"$ CA". Made-up documents only."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from openpyxl import Workbook

from extractors.csv_table import extract_csv
from extractors.header_fields import find_header
from extractors.spreadsheet import extract_spreadsheet


@pytest.mark.parametrize(("cells", "expected"), [
    ("PO: 77-4410\nDate: 03/02/2027\nRequired: 03/09/2027\n", date(2027, 3, 9)),
    ("Pedido: 2027/0112\nFecha: 03/02/2027 Entrega: 17/02/2027\n", date(2027, 2, 17)),
    ("PO #: QQ-2702-11\nNeed on site: 02/12/2027\n", date(2027, 2, 12)),
    ("Bestellnummer: 7300-1200\nLieferung: 22.02.2027\n", date(2027, 2, 22)),
])
def test_a_delivery_day_beside_a_short_label_cell_is_the_requested_date(cells: str, expected: date):
    """GIVEN the cells above an order table with a short delivery label beside a date WHEN the header is
    read THEN that date is the requested date, sure enough to go through."""
    header = find_header(cells, 0, "sheet")
    assert header.requested_date is not None and header.requested_date.value == expected
    assert header.requested_date.confidence >= 0.8


def test_a_short_label_in_running_text_is_not_a_requested_date():
    """In an email a bare "Delivery:" may be a note about a past delivery; only a sheet's cells pair a label
    with its value."""
    header = find_header("Delivery: 02/12/2027 went to the wrong dock again.\n", 0, "text")
    assert header.requested_date is None


def test_the_currency_in_a_csv_price_heading_is_the_orders():
    csv = (b"Line,Item code,Description,Qty,Unit price (CHF),Line total (CHF)\n"
           b"1,QX-100,Blue crate,4,12.50,50.00\n2,QX-200,Red crate,2,13.00,26.00\n")
    extraction = extract_csv(csv, 1)
    assert extraction.header.currency is not None and extraction.header.currency.value == "CHF"


def test_two_currencies_in_the_headings_say_nothing():
    csv = (b"Item code,Description,Qty,Unit price (CHF),Unit price (EUR)\n"
           b"QX-100,Blue crate,4,12.50,11.90\nQX-200,Red crate,2,13.00,12.40\n")
    assert extract_csv(csv, 1).header.currency is None


def _workbook(price_format: str) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.append(["Order no.:", "2027/0113"])
    ws.append(["Date:", datetime(2027, 2, 3)])
    ws.append([])
    ws.append(["Code", "Description", "Qty", "Price", "Amount"])
    for code, qty, price in (("QX-100", 4, 12.5), ("QX-200", 2, 13.0)):
        ws.append([code, "Crate", qty, price, qty * price])
        for col in ("D", "E"):
            ws[f"{col}{ws.max_row}"].number_format = price_format
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


@pytest.mark.parametrize(("price_format", "currency"), [
    ('#,##0.00 "€"', "EUR"),
    ('[$£-809]#,##0.00', "GBP"),
    ('"CHF" #,##0.00', "CHF"),
])
def test_the_currency_in_a_sheets_number_format_is_the_orders(price_format: str, currency: str):
    extraction = extract_spreadsheet(_workbook(price_format), 1, legacy=False)
    assert extraction.lines
    assert extraction.header.currency is not None and extraction.header.currency.value == currency


def test_a_plain_number_format_names_no_currency():
    extraction = extract_spreadsheet(_workbook("#,##0.00"), 1, legacy=False)
    assert extraction.header.currency is None


@pytest.mark.parametrize(("text", "currency"), [
    ("Voici notre commande, selon vos prix en $ CA :\n- 3 caisses de gobelets\n", "CAD"),
    ("Total : 125,00 $ CA\n", "CAD"),
])
def test_a_canadian_dollar_written_the_french_way_is_cad(text: str, currency: str):
    header = find_header(text, 0, "text")
    assert header.currency is not None and header.currency.value == currency


def test_a_spanish_ship_to_cell_with_the_place_name_before_the_street_is_read():
    """GIVEN a sheet's "Entregar en:" cell holding "place - street, postcode town (province)" on one line
    WHEN the header is read THEN the street, town, postcode and province are each in their place."""
    cells = "Pedido: 2027/0112\nEntregar en: Almacén Norte - Avenida del Puerto 12, 29001 Málaga (Málaga)\n"
    header = find_header(cells, 0, "sheet")
    assert header.ship_to is not None
    address = header.ship_to.value
    assert (address.name, address.street, address.postal_code, address.city, address.region) == (
        "Almacén Norte", "Avenida del Puerto 12", "29001", "Málaga", "Málaga")


@pytest.mark.parametrize(("text", "currency"), [
    ("Sub-Total 1,480.00\nTotal General / USD\n", "USD"),
    ("Importe total (EUR): 1.480,00\n", "EUR"),
])
def test_a_currency_beside_a_totals_label_is_the_orders(text: str, currency: str):
    """GIVEN a document that names its currency only beside its total ("Total General / USD") WHEN the
    header is read THEN that is the order's currency."""
    header = find_header(text, 0, "pdf")
    assert header.currency is not None and header.currency.value == currency


def test_a_two_row_header_naming_the_quantity_past_the_lower_rows_end_reads_its_lines():
    # The lower row of a stacked header ("Size" under "Pack") ends before the quantity column the upper row
    # names: the grid is read, not dropped as an unreadable workbook.
    from extractors.tabular import rows_to_lines
    from models.schemas import Provenance

    rows = [["Code", "Product", "Pack", "Qty"], ["", "", "Size"],
            ["AB-1", "Flour bread 50 lb", "1", "4"], ["AB-2", "Sugar granulated 25 lb", "1", "2"]]
    read = rows_to_lines(rows, "sheet", lambda i, j: Provenance(kind="sheet", part_index=0, sheet="S", cell=f"R{i}"))
    assert [(ln.item_code, ln.quantity) for ln in read.lines] == [("AB-1", 4), ("AB-2", 2)]


def test_a_forms_customer_or_store_field_names_the_buyer_and_a_reorder_number_the_po():
    """GIVEN a sheet's cover cells "Customer: Fenwick Grounds Ltd" (or "Store: Fenwick Grounds - Dunmore") and a
    par sheet's "Reorder #: FG-PAR-0420" THEN the buyer and the PO number are read from them."""
    from extractors.header_fields import find_header
    header = find_header("Contractor Order Form\nCustomer: Fenwick Grounds Ltd\nAccount #: 40117\nPO #: FG-1\n",
                         0, "sheet")
    assert header.buyer is not None and header.buyer.value == "Fenwick Grounds Ltd"
    par = find_header("Par Level Reorder\nStore: Fenwick Grounds - Dunmore\nReorder #: FG-PAR-0420\n", 0, "sheet")
    assert par.buyer is not None and par.buyer.value == "Fenwick Grounds - Dunmore"
    assert par.po_number is not None and par.po_number.value == "FG-PAR-0420"


def _sheet_of(rows: list[list[object]]) -> bytes:
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_a_sheet_titled_purchase_order_opens_with_its_buyers_name():
    """GIVEN a buyer's own PO sheet opening with the company's name over 'Purchase Order | TN-1' THEN that name is
    the buyer; a sheet not titled a purchase order lends its first line to nobody."""
    rows = [["Fenwick Property Services"], ["Purchase Order", "TN-1"], ["Date", "2026-04-15"], [],
            ["TN Item", "Description", "Qty", "Unit"], ["TN-IRR-1", "Spray nozzle 12 ft half", 24, "ea"]]
    header = extract_spreadsheet(_sheet_of(rows), 1, legacy=False).header
    assert header.buyer is not None and header.buyer.value == "Fenwick Property Services"
    plain = [["Fenwick Property Services"], [], ["Item", "Description", "Qty"], ["TN-IRR-1", "Spray nozzle", 24]]
    assert extract_spreadsheet(_sheet_of(plain), 1, legacy=False).header.buyer is None
