"""A foodservice distributor's catalog: packs written count/size ("6/28OZ", "12/QT", "8/3#"), participles
that are not the thing ("chlorinated" salt is no chlorine), goods in sacks by weight, what a lid is for,
and the kitchen's shorthand (HD, AP, EVOO, half & half). Made-up products."""

from __future__ import annotations

from decimal import Decimal

import pytest

from matching.catalog import CatalogIndex, CatalogProduct
from matching.wording import read_wording

PACKED = CatalogIndex([
    CatalogProduct(sku, description, "CS", Decimal("1.00")) for sku, description in [
        ("PEAR-28", "PEARS HALVES LIGHT SYRUP 6/28OZ"),
        ("PEAR-10", "PEARS HALVES LIGHT SYRUP 6/#10"),
        ("CRM-QT", "CREAM LIGHT 18% 12/QT"),
        ("HH-QT", "HALF & HALF ULTRA PAST 12/QT"),
        ("POT-3", "POTATOES RED B SIZE 8/3#"),
        ("POT-5", "POTATOES RED B SIZE 10/5#"),
        ("PAT-13", "BEEF PATTY 1/3LB 40/CS"),
        ("SALT-CL", "SALT POOL CHLORINATED 40LB"),
        ("CHL-TAB", "CHLORINE TABS 3IN 25LB"),
        ("RICE-25", "RICE LONG GRAIN PARBOILED 25LB"),
        ("LINER-33", "LINER TRASH 33GAL BLK 1.5MIL 100/CS"),
        ("BREAD-L", "BREAD SOURDOUGH LOAF 8/24OZ"),
        ("KET-HD", "KETCHUP HEAVY DUTY 6/#10"),
        ("FL-AP", "FLOUR ALL PURPOSE UNBLEACHED 25LB"),
        ("FL-BR", "FLOUR BREAD HIGH GLUTEN 25LB"),
        ("OIL-EV", "OIL OLIVE EXTRA VIRGIN 6/1L"),
        ("OIL-PO", "OIL OLIVE POMACE 6/1L"),
        ("CUP-S16", "CUP SOUP PAPER 16OZ 500/CS"),
        ("LID-S16", "LID VENTED FITS 16OZ 500/CS"),
        ("LN-HDEN", "LINER 40X46 HIGH DENSITY 16MIC CLR"),
        ("FOIL-HD", "FOIL ROLL HD 18IN X 500FT"),
        ("FOIL-ST", "FOIL ROLL STANDARD 18IN X 1000FT"),
    ]
])


@pytest.mark.parametrize(("written", "sku"), [
    ("pears in light syrup 28 oz cans", "PEAR-28"),  # 6/28OZ: six 28 oz cans, not 6/28 of an ounce
    ("light cream quarts", "CRM-QT"),  # 12/QT: twelve quarts
    ("half and half qt", "HH-QT"),  # the cream, not half a quart
    ("red potatoes 3#", "POT-3"),  # 8/3#: eight 3 lb bags
    ("red potatoes 5 lb", "POT-5"),
    ("chlorine", "CHL-TAB"),  # chlorinated salt is salt
    ("parboiled rice 25 lb bags", "RICE-25"),  # the bag holds the rice: no liner
    ("33 gal bags black", "LINER-33"),  # bags of a volume are the liners themselves
    ("sourdough loaves", "BREAD-L"),
    ("HD ketchup #10", "KET-HD"),
    ("AP flour", "FL-AP"),
    ("EVOO", "OIL-EV"),
    ("lids for the 16 oz soup cups", "LID-S16"),  # what the lids are for is not what is ordered
    ("clear HD liners 40x46", "LN-HDEN"),  # initials, whatever they stand for in this catalog
    ("heavy duty foil 18 in", "FOIL-HD"),  # and the catalog's initials for the buyer's words
])
def test_packs_and_kitchen_words(written: str, sku: str) -> None:
    assert PACKED.match(None, written).sku == sku


def test_a_measure_fraction_is_still_a_fraction() -> None:
    assert ("lb", 0.3333) in read_wording("1/3 lb patties").measures
    assert ("gal", 0.5) in read_wording("1/2 gal").measures
    assert read_wording("4/5LB").measures == {("", 4.0), ("lb", 5.0)}  # no one weighs 4/5 of a pound
    assert PACKED.match(None, "beef patties 1/3 lb").sku == "PAT-13"
