"""Goods whose names begin with the letters of a header field's label ("Towels", "Toilet paper", "Toner",
"Telescoping pole", "Datebook", "Billboard") are order lines; the fields themselves ("To:", "Total:",
"Date:", "Tel") are not. Made-up lines."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractors.email_text import extract_text


@pytest.mark.parametrize(("text", "quantity", "description"), [
    ("Towels x 4", Decimal(4), "Towels"),
    ("Toilet paper - 6 cases", Decimal(6), "Toilet paper"),
    ("Toner for the Kyocera M2640idw x 1", Decimal(1), "Toner for the Kyocera M2640idw"),
    ("Telescoping pole 12 ft x 2", Decimal(2), "Telescoping pole 12 ft"),
    ("Datebook planners x 3", Decimal(3), "Datebook planners"),
    ("Accountant pads x 5", Decimal(5), "Accountant pads"),
])
def test_goods_named_like_a_field_are_read(text: str, quantity: Decimal, description: str):
    lines = extract_text(text, 0).lines
    assert [(ln.quantity, ln.description) for ln in lines] == [(quantity, description)]


@pytest.mark.parametrize("text", ["To: orders@northwind.example", "Total: 45.00", "Date: 12/03/2026", "Tel 555 0100",
                                  "Invoice to: Acme Ltd, 4 Mill Rd", "Shipping: 2 day", "Delivery: 12/09/2026"])
def test_a_field_is_not_a_line(text: str):
    assert extract_text(text, 0).lines == []
