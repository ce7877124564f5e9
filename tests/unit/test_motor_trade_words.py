"""The motor trade's shorthand against a motor factor's catalog of near-twins: a part's side ("FRT", "RR"), a
cabin filter by its other names ("pollen filter", "charcoal"), and an oil by its viscosity grade, which is what
the oil is and never an item code. The catalog and lines are made up."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractors.email_text import extract_text
from matching.catalog import CatalogIndex, CatalogProduct

FACTOR = CatalogIndex([
    CatalogProduct("BP-TC-F", "BRAKE PAD SET FRT FORD TRANSIT CUSTOM 2018-", "SET", Decimal("24.50")),
    CatalogProduct("BP-TC-R", "BRAKE PAD SET RR FORD TRANSIT CUSTOM 2018-", "SET", Decimal("19.80")),
    CatalogProduct("CF-SPR", "CABIN FILTER MB SPRINTER 2018-", "EA", Decimal("8.20")),
    CatalogProduct("CF-COR-C", "CABIN FILTER CARBON TOYOTA COROLLA/PRIUS", "EA", Decimal("9.10")),
    CatalogProduct("CF-COR", "CABIN FILTER TOYOTA COROLLA/PRIUS", "EA", Decimal("6.40")),
    CatalogProduct("AF-SPR", "AIR FILTER MB SPRINTER 2018-", "EA", Decimal("11.00")),
    CatalogProduct("OIL-0W20-5", "ENGINE OIL 0W-20 FS SP/GF-6 5L", "EA", Decimal("35.00")),
    CatalogProduct("OIL-5W30-5", "ENGINE OIL 5W-30 C3 5L", "EA", Decimal("31.00")),
])


@pytest.mark.parametrize("line,sku", [
    ("front pads Transit Custom 2019", "BP-TC-F"),
    ("rear brake pads transit custom", "BP-TC-R"),
    ("Pollen filter Sprinter", "CF-SPR"),
    ("cabin filter charcoal prius", "CF-COR-C"),
    ("0W-20 5 litre", "OIL-0W20-5"),
])
def test_a_motor_trade_line_picks_the_part_its_words_name(line: str, sku: str):
    found = FACTOR.match(None, line)
    assert found.candidates and found.candidates[0].sku == sku, [c.sku for c in found.candidates]


def test_a_viscosity_grade_is_no_item_code():
    (line,) = extract_text("Hi,\n\n6 x 0W-20 5 litre\n\nThanks\n", 0).lines
    assert line.item_code is None and line.quantity == Decimal("6") and "0W-20" in (line.description or "")
