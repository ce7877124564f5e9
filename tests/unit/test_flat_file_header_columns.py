"""A flat file that repeats its header fields on every row: a "Currency", "Währung" or "Devise" column is the
order's currency, and "ShipToName", "ShipToAddress1", "ShipToCity"... columns its ship-to (which, from a file with
no sender, also finds the customer whose address it is)."""

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
    text = (b"po_number,sku,description,qty,price,currency\n"
            b"PO-5,V-100,Valve body 2in,3,41.00,CAD\n")
    ex = extract_csv(text, 0)
    assert ex.header.currency is not None and ex.header.currency.value == "CAD"
    assert [(ln.item_code, ln.quantity) for ln in ex.lines] == [("V-100", 3)]


def test_the_sellers_item_number_printed_under_a_line_is_that_lines_code():
    """A public body's PO prints 'VENDOR ITEM <our number>  ACCT ...' on a row of its own under each line: the
    line's code, not a line of its own with no quantity."""
    text = (b"LN,QUANTITY,UOM,DESCRIPTION,UNIT PRICE,EXTENDED\n"
            b"001,6,EA,GASKET KIT PUMP 3IN,41.00,246.00\n"
            b",,,VENDOR ITEM GK-300-B ACCT 10-2750-610,,\n"
            b"002,2,EA,IMPELLER BRONZE 3IN,120.00,240.00\n"
            b",,,VENDOR ITEM IMP-300-BR ACCT 10-2750-610,,\n")
    ex = extract_csv(text, 0)
    assert [(ln.item_code, ln.quantity, ln.description) for ln in ex.lines] == [
        ("GK-300-B", 6, "GASKET KIT PUMP 3IN"), ("IMP-300-BR", 2, "IMPELLER BRONZE 3IN")]
    assert ex.unread == []
    # the code's box is where it is printed: the row under the line
    assert ex.lines[0].values["item_code"].cell == "R3C4"


def test_ship_to_columns_repeated_on_every_row_are_the_orders_ship_to():
    text = (b"PONumber,PODate,VendorName,ShipToName,ShipToAddress1,ShipToCity,ShipToState,ShipToZip,ItemNumber,"
            b"ItemDescription,Qty,UOM,UnitCost\n"
            b"KH-771,11/19/2026,ACME SUPPLY,Kessel Heating,88 Mill Rd,Dayton,OH,45402,KH-1,Pump flange 1in,4,EA,12.00\n"
            b"KH-771,11/19/2026,ACME SUPPLY,Kessel Heating,88 Mill Rd,Dayton,OH,45402,KH-2,Pump gasket 1in,6,EA,2.00\n"
            )
    ex = extract_csv(text, 0)
    assert ex.header.ship_to is not None
    a = ex.header.ship_to.value
    assert (a.name, a.street, a.city, a.region, a.postal_code) == ("Kessel Heating", "88 Mill Rd", "Dayton", "OH",
                                                                   "45402")
    assert [ln.quantity for ln in ex.lines] == [4, 6]


def test_ship_to_columns_with_a_country_column():
    text = (b"Bestellnummer;ShipToName;ShipToStreet;ShipToZip;ShipToCity;ShipToCountry;Artikelnummer;Menge\n"
            b"88-1;Kessel GmbH;Hauptstr. 4;70565;Stuttgart;DE;HX-10;4\n")
    a = extract_csv(text, 0).header.ship_to.value
    assert (a.name, a.street, a.city, a.postal_code, a.country) == ("Kessel GmbH", "Hauptstr. 4", "Stuttgart",
                                                                    "70565", "DE")


def test_an_account_column_repeated_on_every_row_is_the_buyer_and_customer_po_its_number():
    """An export naming the buyer on every row ("Account", "Customer Name") and its "Customer PO": the order's
    buyer and PO number, for a file that arrives with no sender to say who ordered."""
    text = (b"Account,Customer PO,Our Code,Item Description,Qty,Unit\n"
            b"Fenwick Grounds Ltd,FG-0428,F-114,Pruner bypass 8in,6,ea\n"
            b"Fenwick Grounds Ltd,FG-0428,F-115,Lopper 30in bypass,4,ea\n")
    ex = extract_csv(text, 0)
    assert ex.header.buyer is not None and ex.header.buyer.value == "Fenwick Grounds Ltd"
    assert ex.header.po_number is not None and ex.header.po_number.value == "FG-0428"
    assert [ln.quantity for ln in ex.lines] == [6, 4]


def test_a_customer_column_naming_several_buyers_names_none():
    text = (b"Customer Name,PO,Item,Description,Qty\n"
            b"Fenwick Grounds Ltd,FG-1,F-114,Pruner bypass 8in,6\n"
            b"Harwick Parks Dept,HP-9,F-115,Lopper 30in bypass,4\n")
    assert extract_csv(text, 0).header.buyer is None
