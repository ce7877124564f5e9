"""The review screen's line form, read into a clerk action (review_ui/forms.py): every field arrives as
text; only the fields sent are changes; a blank price or description clears it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from clerk.errors import ActionError
from clerk.lines import LineEdit
from review_ui.forms import from_form


def test_only_the_fields_sent_are_given():
    assert from_form({"quantity": " 12 ", "uom": "box"}) == LineEdit(
        given=frozenset({"quantity", "uom"}), quantity=Decimal(12), uom="box")


def test_a_blank_price_or_description_clears_it_and_a_blank_sku_or_quantity_is_no_change():
    edit = from_form({"sku": " ", "quantity": "", "unit_price": "", "description": ""})
    assert edit.given == frozenset({"sku", "quantity", "unit_price", "description"})
    assert (edit.sku, edit.quantity, edit.unit_price, edit.description) == (None, None, None, "")


@pytest.mark.parametrize(("form", "why"), [
    ({"quantity": "ten"}, "'ten' is not a quantity"),
    ({"quantity": "0"}, "the quantity must be greater than zero"),
    ({"unit_price": "-1"}, "the unit price must be zero or more"),
    ({"unit_price": "NaN"}, "the unit price is not a number"),
    ({"quantity": "Infinity"}, "the quantity is not a number"),
    # More than the column holds: stored by SQLite as infinity (every later read of the order failed),
    # refused by PostgreSQL (a 500).
    ({"quantity": "1e400"}, r"the quantity is too large \(at most 99,999,999,999.999\)"),
    ({"unit_price": "1e10"}, r"the unit price is too large \(at most 9,999,999,999.9999\)"),
])
def test_a_number_the_clerk_mistyped_is_refused_in_words(form: dict[str, str], why: str):
    with pytest.raises(ActionError, match=why):
        from_form(form)
