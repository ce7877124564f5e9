"""A flat file that repeats its header fields on every row carries its currency the same way: a "Currency",
"Währung" or "Devise" column whose code is the order's currency."""

from __future__ import annotations

from extractors.csv_table import extract_csv


def test_a_currency_column_repeated_on_every_row_is_the_orders_currency():
    text = ("Bestellnummer;Artikelnummer;Bezeichnung;Menge;Einheit;Einzelpreis;Währung\n"
            "88-1;HX-10;Hydraulikschlauch 1/2;4;Stk;12,40;EUR\n"
            "88-1;HX-12;Hydraulikschlauch 3/4;2;Stk;16,10;EUR\n").encode()
    ex = extract_csv(text, 0)
    assert ex.header.currency is not None and ex.header.currency.value == "EUR"
    assert [ln.quantity for ln in ex.lines] == [4, 2]


def test_a_currency_column_in_english_and_the_lines_still_read():
    text = ("po_number,sku,description,qty,price,currency\n"
            "PO-5,V-100,Valve body 2in,3,41.00,CAD\n").encode()
    ex = extract_csv(text, 0)
    assert ex.header.currency is not None and ex.header.currency.value == "CAD"
    assert [(ln.item_code, ln.quantity) for ln in ex.lines] == [("V-100", 3)]


def test_the_sellers_item_number_printed_under_a_line_is_that_lines_code():
    """A public body's PO prints 'VENDOR ITEM <our number>  ACCT ...' on a row of its own under each line: the
    line's code, not a line of its own with no quantity."""
    text = ("LN,QUANTITY,UOM,DESCRIPTION,UNIT PRICE,EXTENDED\n"
            "001,6,EA,GASKET KIT PUMP 3IN,41.00,246.00\n"
            ",,,VENDOR ITEM GK-300-B ACCT 10-2750-610,,\n"
            "002,2,EA,IMPELLER BRONZE 3IN,120.00,240.00\n"
            ",,,VENDOR ITEM IMP-300-BR ACCT 10-2750-610,,\n").encode()
    ex = extract_csv(text, 0)
    assert [(ln.item_code, ln.quantity, ln.description) for ln in ex.lines] == [
        ("GK-300-B", 6, "GASKET KIT PUMP 3IN"), ("IMP-300-BR", 2, "IMPELLER BRONZE 3IN")]
    assert ex.unread == []
