"""Ordered units whose pieces the order or the product states (matching/units.py)."""

from __future__ import annotations

from decimal import Decimal

from matching.units import Conversion, Refusal, convert


def test_a_unit_written_with_its_count_is_our_box_when_the_counts_agree():
    """GIVEN bolts sold per box of 50, WHEN ordered as 6 'BTE à 50', THEN that is 6 boxes, no doubt."""
    got = convert(Decimal(6), Decimal("9.10"), "BTE à 50", "XB-1", "BX", 50)
    assert isinstance(got, Conversion) and got.quantity == 6 and got.unit_price == Decimal("9.1000")


def test_a_count_per_the_ordered_unit_in_the_buyers_words_converts_it():
    """GIVEN wipes sold per pack of 80, WHEN ordered 7 VE with '(80 Stk/VE)' in the words, THEN 7 packs."""
    got = convert(Decimal(7), None, "VE", "WP-80", "PK", 80, line_text="Feuchttuecher (80 Stk/VE)")
    assert isinstance(got, Conversion) and got.quantity == 7


def test_a_stated_count_that_is_not_ours_stays_a_doubt():
    """GIVEN a pack of 80, WHEN the buyer's unit holds 60, THEN 7 of them is no whole number of packs."""
    got = convert(Decimal(7), None, "VE", "WP-80", "PK", 80, line_text="wipes (60/VE)")
    assert isinstance(got, Refusal)


def test_the_products_own_packing_names_the_ordered_unit():
    """GIVEN markers sold per dozen and described '12/carton', WHEN ordered in cartons, THEN dozens."""
    got = convert(Decimal(4), None, "CTN", "MK-9", "DZ", 12, product_text="Dry-erase marker, red, 12/carton")
    assert isinstance(got, Conversion) and got.quantity == 4


def test_a_product_sold_one_by_one_in_its_own_container():
    """GIVEN degreaser sold each and described as a drum, WHEN ordered 3 drums, THEN 3 each."""
    got = convert(Decimal(3), None, "DR", "DG-55", "EA", 1, product_text="Citrus degreaser, 55 gal drum")
    assert isinstance(got, Conversion) and got.quantity == 3


def test_a_measure_per_roll_is_not_a_count_of_pieces():
    """GIVEN twine sold per case of 6 rolls, '900 ft/roll', WHEN ordered in rolls, THEN still a doubt."""
    got = convert(Decimal(5), None, "RL", "TW-1", "CS", 6, product_text="Poly twine, 900 ft/roll, 6 rolls/case")
    assert isinstance(got, Refusal)


def test_a_case_that_is_part_of_the_product_is_not_its_container():
    """GIVEN a tape measure sold each 'with case', WHEN ordered in cases, THEN still a doubt."""
    got = convert(Decimal(2), None, "CS", "TM-25", "EA", 1, product_text="Tape measure 25 ft with case")
    assert isinstance(got, Refusal)


def test_a_count_written_with_the_unit_that_is_not_our_packing_is_a_doubt():
    """GIVEN cups sold per case of 12, WHEN ordered as 5 'CS/6', THEN not 5 of our cases (60 pieces for 30)."""
    got = convert(Decimal(5), None, "CS/6", "CUP-12", "CS", 12)
    assert isinstance(got, Refusal) and got.code == "uom_mismatch"


def test_a_unit_code_with_digits_is_no_unit_and_count():
    """GIVEN gloves sold each, WHEN a line comes in a code such as 'X5H' or 'M2', THEN it is not read as 5 X
    or 2 M: a unit we do not know stays a doubt (and C62, Recommendation 20's 'one', is each)."""
    for code in ("X5H", "M2"):
        assert isinstance(convert(Decimal(2), None, code, "GLV-M", "EA", 1), Refusal), code
    assert convert(Decimal(2), None, "C62", "GLV-M", "EA", 1).quantity == 2  # type: ignore[union-attr]


def test_the_buyers_count_and_ours_must_agree():
    """GIVEN mop heads sold each and described '12/cs', WHEN ordered in cases 'of 4/cs', THEN a doubt."""
    got = convert(Decimal(2), None, "CS", "MOP-24", "EA", 1, line_text="mop head 24 oz 4/cs",
                  product_text="Mop head 24 oz, 12/cs")
    assert isinstance(got, Refusal)
