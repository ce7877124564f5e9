"""Rows pasted from the buyer's own system with no header: columns lined up with spaces or tabs, whose values
say what each column is (a code, words, a count, maybe a unit, a price and its amount)."""

from __future__ import annotations

from decimal import Decimal

from extractors.email_text import extract_text


def test_code_words_and_count_lined_up_with_no_header_are_order_lines():
    body = ("Please ship the following against PO FG-551. The part numbers are ours.\n\n"
            "FG-IRR-0414   4\" spray w/ check valve      60\n"
            "FG-IRR-1204   12\" pop-up spray             12\n"
            "FG-FRT-1648   16-4-8 fert 50#              40\n\nNeed by 3/27.\n")
    ex = extract_text(body, 0)
    assert [(ln.item_code, ln.description, ln.quantity) for ln in ex.lines] == [
        ("FG-IRR-0414", "4\" spray w/ check valve", 60), ("FG-IRR-1204", "12\" pop-up spray", 12),
        ("FG-FRT-1648", "16-4-8 fert 50#", 40)]
    assert all(ln.confidence < 0.95 for ln in ex.lines)  # columns named from their values: a clerk confirms


def test_a_headless_tabbed_row_with_unit_price_and_amount_is_read_when_the_amount_agrees():
    body = ("Order for this week:\n"
            "1\tHX-10\tHydraulic hose 1/2\t4\tea\t12.40\t49.60\n"
            "2\tHX-12\tHydraulic hose 3/4\t2\tea\t16.10\t32.20\n")
    ex = extract_text(body, 0)
    assert [(ln.item_code, ln.quantity, ln.uom, ln.unit_price) for ln in ex.lines] == [
        ("HX-10", 4, "EA", Decimal("12.40")), ("HX-12", 2, "EA", Decimal("16.10"))]


def test_aligned_lines_that_are_no_order_rows_are_left_alone():
    # a signature's aligned contact lines, and rows whose amounts a count and price do not give
    contacts = "Thanks,\n\nOffice   Main St 12     555-0100\nMobile   Side Rd 4      555-0188\n"
    assert extract_text(contacts, 0).lines == []
    body = "Summary:\n\nHX-10   hose half inch   4   12.40   99.99\nHX-12   hose 3/4 inch   2   16.10   1.00\n"
    assert [ln.item_code for ln in extract_text(body, 0).lines if ln.unit_price is not None] == []
