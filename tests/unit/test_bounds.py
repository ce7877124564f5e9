"""What a column holds (models/bounds.py), and the numbers a reading gives an order held to it before
matching and filing (orchestration/within_bounds.py): plain data, no database."""

from __future__ import annotations

from decimal import Decimal

import pytest

from models.bounds import number_problem, size_problem, storable_text
from models.schemas import CustomerMatch, ExtractedHeader, ExtractedLine, MatchedLine, MatchedOrder, ProductMatch
from models.tables import Money, Qty
from orchestration import within_bounds


@pytest.mark.parametrize(("value", "quantity", "price"), [
    ("12.5", None, None),
    ("0", "must be greater than zero", None),
    ("-1", "must be greater than zero", "must be zero or more"),
    ("NaN", "is not a number", "is not a number"),
    ("Infinity", "is not a number", "is not a number"),
    ("1e400", "is too large (at most 99,999,999,999.999)", "is too large (at most 9,999,999,999.9999)"),
    ("99999999999.999", None, "is too large (at most 9,999,999,999.9999)"),
    # Judged as the column rounds it: up past the largest, or down to nothing.
    ("99999999999.9995", "is too large (at most 99,999,999,999.999)", "is too large (at most 9,999,999,999.9999)"),
    ("0.0004", "is too small (at least 0.001)", None),
])
def test_a_number_fits_its_column_or_says_why_not(value: str, quantity: str | None, price: str | None):
    assert number_problem(Decimal(value), Qty, positive=True) == quantity
    assert number_problem(Decimal(value), Money, positive=False) == price


def test_a_computed_number_is_held_to_its_size_whatever_its_sign():
    assert size_problem(Decimal("-5"), Qty) is None
    assert size_problem(Decimal("-1e11"), Qty) == "is too large (at most 99,999,999,999.999)"
    assert size_problem(Decimal("sNaN"), Money) == "is not a number"


def test_text_is_made_storable_and_readable_text_is_left_alone():
    assert storable_text("10 x TAPE\x00 clear") == "10 x TAPE\ufffd clear"
    assert storable_text("lone \ud800 and \udcff") == "lone \ufffd and \ufffd"
    same = "Grüße 😀 — ok"
    assert storable_text(same) is same


def _line(raw: str, quantity: str | None, price: str | None = None, total: str | None = None) -> ExtractedLine:
    return ExtractedLine(raw, Decimal(quantity) if quantity else None, item_code="TAPE-48-CLR",
                         unit_price=Decimal(price) if price else None, line_total=Decimal(total) if total else None)


def test_a_number_no_line_can_hold_is_taken_off_its_line_with_a_reason_and_the_line_kept():
    """GIVEN lines read with 1E400 as a quantity, a negative price and a line total of 1E20 WHEN they are held
    to the columns THEN each such number is left out with a reason naming it, on its line, and the lines,
    their raw text and their other values stay."""
    lines = [_line("PO1*1*1E400*CA*24.50", "1E400", "24.50"), _line("PO1*2*5*BX*-8.40", "5", "-8.40"),
             _line("3 rolls 1e20 total", "3", None, "1E20"), _line("PO1*4*1*RL*3.10", "1", "3.10")]
    kept, doubts = within_bounds.extracted_lines(lines)
    assert [ln.raw_text for ln in kept] == [ln.raw_text for ln in lines]
    assert [(ln.quantity, ln.unit_price, ln.line_total) for ln in kept] == [
        (None, Decimal("24.50"), None), (Decimal(5), None, None), (Decimal(3), None, None),
        (Decimal(1), Decimal("3.10"), None)]
    assert [(r.code, r.line_no, r.field) for r in doubts] == [
        ("unusable_number", 1, "quantity"), ("unusable_number", 2, "unit_price"), ("unusable_number", 3, "line_total")]
    assert doubts[0].message == ("the quantity read on this line, 1E+400, is too large (at most 99,999,999,999.999): "
                                 "it was left out; type it from the document")
    assert "-8.40, must be zero or more" in doubts[1].message
    assert within_bounds.extracted_lines([lines[3]]) == ([lines[3]], [])


def test_a_quantity_converted_past_its_column_is_taken_out_not_filed_in_the_wrong_unit():
    """GIVEN a line of 90,000,000,000 CS that matching converted into 1,080,000,000,000 EA WHEN the matched
    order is held to the columns THEN the converted quantity is left out with a reason, and the quantity as
    read (in cases) is not filed in its place as eaches."""
    read = _line("90000000000 CS tape", "90000000000")
    line = MatchedLine(1, read, ProductMatch("TAPE-48-CLR", "exact_sku", 100.0), "EA", Decimal("0.5"),
                       Decimal("0.5"), 1.0, quantity=Decimal("1080000000000"), ordered_quantity=Decimal("90000000000"),
                       ordered_uom="CS")
    order = MatchedOrder(CustomerMatch("C001", "Acme", "contact_email", 1.0), ExtractedHeader(), [line])
    within_bounds.matched_order(order)
    assert (line.quantity, line.extracted.quantity, line.ordered_quantity) == (None, None, Decimal("90000000000"))
    assert [(r.code, r.field) for r in line.reasons] == [("unusable_number", "quantity")]


def test_the_buyer_is_asked_about_text_too_long_in_plain_words():
    """A long_text doubt's sentence is the clerk's ("cut to 100; check it against the document"): the buyer
    is asked to confirm what they wrote, not told about our columns."""
    from models.tables import Order, OrderReason
    from orchestration.acknowledgements.wording import plain_question

    clerk = ("the PO number read, '4481-99999…' (150 characters), is longer than the 100 an order keeps: it was "
             "cut to 100; check it against the document")
    question = plain_question(Order(lines=[]), OrderReason(code="long_text", field="po_number", message=clerk))
    assert question is not None and "PO number" in question and "150 characters" in question
    assert "check it against the document" not in question and "an order keeps" not in question
