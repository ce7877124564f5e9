"""Exports of a maintenance system (work orders, assets, locations beside the parts they need): the part's own
description and code are the goods, never the machine, place or job they are for. Every file here is made up."""

from __future__ import annotations

from decimal import Decimal

from extractors.csv_table import extract_csv
from extractors.tabular import classify_header

WORK_ORDER_EXPORT = b"""Work Order,Location Code,Location Description,Part Description,Qty,UOM,Unit Cost
WO-7001,RM-214,Science lab 214 east wing,FAUCET CARTRIDGE 1/2 TURN,3,EA,14.20
WO-7002,GYM-1,Gymnasium south locker room,FLUSH VALVE DIAPHRAGM KIT,5,EA,8.75
"""


def test_a_part_description_is_read_over_the_location_described_before_it():
    """GIVEN a work-order export whose location's description column comes before the part's
    THEN each line's description is the part's."""
    lines = extract_csv(WORK_ORDER_EXPORT, 0).lines
    assert [(line.quantity, line.description) for line in lines] == [
        (Decimal("3"), "FAUCET CARTRIDGE 1/2 TURN"),
        (Decimal("5"), "FLUSH VALVE DIAPHRAGM KIT"),
    ]


def test_columns_naming_the_machine_place_or_job_are_no_goods_columns():
    for name in ("Asset Description", "Equipment Name", "Location Code", "Job Description"):
        assert classify_header(name) is None, name
    assert classify_header("Part Description") == "description"
    assert classify_header("Item Code") == "item_code"


def test_a_row_named_in_words_in_a_column_of_codes_is_a_description():
    """GIVEN a two-column table, "Qty" and "Item", whose items are codes but for one named in words
    THEN that row's words are its description, not a code; the codes stay codes."""
    lines = extract_csv(b"Qty,Item\n4,QO120\n2,QO230\n1,5 gal pail of floor sealer\n", 0).lines
    assert [(line.item_code, line.description) for line in lines] == [
        ("QO120", None), ("QO230", None), (None, "5 gal pail of floor sealer"),
    ]


# A purchasing system's flat export: one row per line, the order's own fields repeated on every row, column names
# run together in capitals. (Made up: an irrigation supplier's order.)
FLAT_EXPORT = b"".join(row + b"\n" for row in [
    b"OrderNo,OrderDate,NeededBy,SupplierName,DeliverToName,ItemCode,ItemDesc,OrderQty,UOM,UnitPrice,LineAmount",
    b"GRN-3301,11/02/2026,11/09/2026,VALLEY IRRIGATION SUPPLY,Greenway Parks Dept,"
    b"VIS-2210,POLY TEE 1IN INSERT,40,EA,0.95,38.00",
    b"GRN-3301,11/02/2026,11/09/2026,VALLEY IRRIGATION SUPPLY,Greenway Parks Dept,"
    b"VIS-4400,ROTOR HEAD 4IN ADJ ARC,12,EA,14.10,169.20",
])


def test_a_flat_export_with_run_together_column_names_is_read_as_an_order():
    """GIVEN an export whose column names run words together ("OrderNo", "ItemDesc", "UnitPrice") and name the
    parties beside the goods ("SupplierName", "DeliverToName")
    THEN the order's number and dates are read from the repeated columns and each row is a line whose
    description is the goods', not a party's name."""
    extraction = extract_csv(FLAT_EXPORT, 0)
    assert extraction.header.po_number is not None and extraction.header.po_number.value == "GRN-3301"
    assert extraction.header.requested_date is not None and str(extraction.header.requested_date.value) == "2026-11-09"
    assert [(ln.item_code, ln.description, ln.quantity, ln.unit_price, ln.line_total) for ln in extraction.lines] == [
        ("VIS-2210", "POLY TEE 1IN INSERT", Decimal("40"), Decimal("0.95"), Decimal("38.00")),
        ("VIS-4400", "ROTOR HEAD 4IN ADJ ARC", Decimal("12"), Decimal("14.10"), Decimal("169.20")),
    ]
    for name in ("SupplierName", "Vendor Name"):
        assert classify_header(name) is None, name
    # Where it goes is the order's ship-to, a header field (read when its street and town are columns too),
    # never the goods' description.
    for name in ("DeliverToName", "Ship To Name"):
        assert classify_header(name) == "ship_to_name", name
    assert classify_header("ItemNumber") == "item_code" and classify_header("UoM") == "uom"


def test_a_printed_reports_page_headings_are_not_order_lines():
    # A mainframe-style print repeats its title, page number and run stamp on every page, between the lines.
    from extractors.email_text import extract_text

    page = ("GREENWAY PARKS DEPARTMENT              PURCHASE ORDER              PAGE    {n}\n"
            "PURCHASING                                                   RUN 11/02/26 07:45\n\n"
            "LINE ITEM-NO  DESCRIPTION                      QTY UOM   UNIT-COST    EXTENDED\n"
            "---- -------- -------------------------------- --- ---  ---------  ----------\n{rows}\n")
    text = (page.format(n=1, rows="   1 VIS-2210 POLY TEE 1IN INSERT                40 EA      0.9500       38.00")
            + "\f" + page.format(n=2, rows="   2 VIS-4400 ROTOR HEAD 4IN ADJ ARC            12 EA     14.1000      "
                                           "169.20"))
    lines = extract_text(text, 0).lines
    assert [(ln.quantity, ln.unit_price) for ln in lines] == [(40, Decimal("0.95")), (12, Decimal("14.10"))]


def test_lines_given_by_upc_alone_are_read_with_the_upc_as_their_code():
    # A retailer's restock: UPC / qty / cost, no words. Eight digits or more are a code, never a count.
    from extractors.email_text import extract_text

    text = ("Restock below, PO GR-7781. UPC / qty / cost:\n\n"
            "040232019442  x 60  @ 3.15\n"
            "0040232019459 x 24  @ 5.80\n"
            "Ship to the Elm St store.\n")
    lines = extract_text(text, 0).lines
    assert [(ln.item_code, ln.quantity, ln.unit_price) for ln in lines] == [
        ("040232019442", 60, Decimal("3.15")), ("0040232019459", 24, Decimal("5.80"))]


def test_a_count_in_words_before_a_size_in_digits_counts_the_goods_of_that_size():
    # "fifteen 15 amp outlets", "one 50 foot cord": the number word counts, the digits size the goods; and "could
    # you send over" asks, as "please send" does.
    from extractors.email_text import extract_text

    text = ("Could you send over a dozen of the 25 ft garden hoses, three rolls of drip tape, one 50 foot soaker hose,"
            " and ten of the 2 gal planters? Also fifteen 20 amp timers.\n")
    got = [(ln.quantity, ln.description) for ln in extract_text(text, 0).lines]
    assert [q for q, _ in got] == [12, 3, 1, 10, 15]
    assert got[2][1] == "50 foot soaker hose" and got[4][1] is not None and got[4][1].startswith("20 amp")


def test_a_phone_typed_list_whose_goods_open_with_a_size_then_a_trade_number_is_read():
    # "10 - 3/4 90s": ten 90-degree elbows of 3/4 in; one such line no longer hides the whole list from reading.
    from extractors.email_text import extract_text

    text = "need by 7am\n\n8 - 1/2 45s\n8 - 1/2 caps\n2 - 3/4 unions\n\nSent from my phone\n"
    assert [(ln.quantity, ln.description) for ln in extract_text(text, 0).lines] == [
        (8, "1/2 45s"), (8, "1/2 caps"), (2, "3/4 unions")]
