"""A maintenance or ERP system's purchase order pasted into an email as fixed-width text: every row read by its
columns (line number, part number, description, count, unit, cost), and its short labels ("REQ DEL")."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractors.email_text import extract_text
from extractors.header_fields import find_header

BODY = """Please see PO below.

SHOPWORKS PURCHASING v3.1                                PAGE 1
PURCHASE ORDER                 PO NO: 77120   DATE: 11/30/2026
VENDOR: RIVERTON PUMP & VALVE            REQ DEL: 12/08/2026
SHIP TO: RIVERTON WATER PLANT, 12 WEIR RD, RIVERTON WY 82501
----------------------------------------------------------------------
LN PART NO   DESCRIPTION                          QTY UM   UNIT COST
----------------------------------------------------------------------
 1 RW-10233   GASKET KIT 3IN PUMP                   36 EA        9.85
 2 RW-20871   IMPELLER BRONZE 3IN                    6 EA       72.50
 3 RW-40110   MECH SEAL TYPE 21 1-1/4                8 EA      389.00
 4 RW-50014   GREASE EP2 14OZ CART (CS/10)           4 CS       49.50
----------------------------------------------------------------------
                                                    PO TOTAL   2967.80

Dana Ruiz, Purchasing
"""


def test_every_row_of_a_fixed_width_po_is_read_by_its_columns():
    ex = extract_text(BODY, 0)
    assert [(ln.item_code, ln.quantity, ln.uom, ln.unit_price) for ln in ex.lines] == [
        ("RW-10233", Decimal(36), "EA", Decimal("9.85")), ("RW-20871", Decimal(6), "EA", Decimal("72.50")),
        ("RW-40110", Decimal(8), "EA", Decimal("389.00")), ("RW-50014", Decimal(4), "CS", Decimal("49.50"))]
    assert ex.unread == []
    assert ex.header.requested_date is not None and str(ex.header.requested_date.value) == "2026-12-08"


@pytest.mark.parametrize("label", ["REQ DEL:", "Reqd. Date:", "Req'd Delivery:", "DEL. DATE"])
def test_an_erps_short_label_for_the_day_needed(label):
    found = find_header(f"{label} 12/09/2026")
    assert found.requested_date is not None and str(found.requested_date.value) == "2026-12-09"


def test_a_requisition_number_or_date_is_no_day_needed():
    assert find_header("Req: 4471").requested_date is None
    assert find_header("Req Date: 12/01/2026").requested_date is None


def test_the_total_under_the_rows_is_no_line():
    body = BODY.replace("                                                    PO TOTAL   2967.80",
                        "    Summe netto                                                 2967,80")
    ex = extract_text(body, 0)
    assert [ln.item_code for ln in ex.lines] == ["RW-10233", "RW-20871", "RW-40110", "RW-50014"]


def test_a_dash_list_line_whose_goods_open_with_their_model_number():
    """'6 - 9006 bulbs (2pk)' in a list of 'N - goods' lines orders six of the 9006 bulbs, not 9006 of them."""
    ex = extract_text("Please send:\n\n8 - 22in squeegee blades\n6 - 1157 lamps (10pk)\n4 - 4410 filters\n\nThanks\n",
                      0)
    assert [(ln.quantity, ln.description) for ln in ex.lines] == [
        (Decimal(8), "22in squeegee blades"), (Decimal(6), "1157 lamps (10pk)"), (Decimal(4), "4410 filters")]


def test_a_dash_list_line_whose_goods_open_with_the_measure_of_their_container():
    """'8 - 5 qt jugs ...' orders eight jugs of five quarts: quarts, pints, litres and pounds size goods as
    gallons do."""
    ex = extract_text("PO 77 please:\n\n8 - 5 qt jugs motor oil 0W-20\n3 - 1 lb tubs grease\n"
                      "2 - 500 ml bottles degreaser\n1 - 55 gal drum coolant\n\nThanks\n", 0)
    assert [(ln.quantity, ln.description) for ln in ex.lines] == [
        (Decimal(8), "5 qt jugs motor oil 0W-20"), (Decimal(3), "1 lb tubs grease"),
        (Decimal(2), "500 ml bottles degreaser"), (Decimal(1), "55 gal drum coolant")]
    assert ex.unread == []
