"""The lines of a delivery address written under its label in an order email, as each country writes them,
are no order lines: a street named after someone ("Max-Brauer-Allee 58"), a French number before its "rue",
an Indian town with its six-digit PIN. Every text here is made up."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractors.email_text import extract_text
from extractors.loose_lists import is_address_line


@pytest.mark.parametrize("label,address", [
    ("Lieferadresse:", "Gasthof Linde\nKarl-Kaiser-Allee 12\n80331 München"),
    ("Adresse de livraison :", "Auberge du Pont\n7 rue des Tanneurs\n67000 Strasbourg"),
    ("Delivery address:", "Lotus Residency\nNo. 8, Park Street\nChennai, Tamil Nadu - 600017"),
    ("Morada de entrega:", "Casa do Rio\nRua das Flores 21\n4050-262 Porto"),
])
def test_an_address_under_its_label_is_no_order_line(label: str, address: str):
    body = f"Hello,\n\n{label}\n{address}\n\n- Hand towels white: 24\n\nThanks\n"
    lines = extract_text(body, 0).lines
    assert [(line.quantity, line.description) for line in lines] == [(Decimal("24"), "Hand towels white")]


def test_a_pin_line_is_an_address_only_under_one():
    assert is_address_line("Bengaluru, Karnataka - 560052", under_address=True)
    assert not is_address_line("Bengaluru, Karnataka - 560052")
    assert is_address_line("12 rue Oberkampf")
    assert not is_address_line("12 ruled notebooks")
