"""The packaging trade's boxes: a corrugated box by its wall, in words, letters or another language, against a
catalog that prints "SW CARTON 305X229X152MM (12X9X6IN)"; a cup's "DW" still the initials of its double wall.
The catalog and lines are made up."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractors.email_text import extract_text
from matching.catalog import CatalogIndex, CatalogProduct
from vocabulary.units import normalise_unit

PACKAGING = CatalogIndex([
    CatalogProduct("SWB-12-9-6", "SW CARTON 305X229X152MM (12X9X6IN) BDL25", "BDL", Decimal("10.04"), pack_size=25),
    CatalogProduct("DWB-12-9-6", "DW CARTON 305X229X152MM (12X9X6IN) BDL15", "BDL", Decimal("14.10"), pack_size=15),
    CatalogProduct("DWB-24-18-18", "DW CARTON 610X457X457MM (24X18X18IN) BDL15", "BDL", Decimal("59.65"), pack_size=15),
    CatalogProduct("SWB-24-18-18", "SW CARTON 610X457X457MM (24X18X18IN) BDL25", "BDL", Decimal("41.00"), pack_size=25),
    CatalogProduct("HC-08-DW", "HOT CUP 8OZ DOUBLE WALL KRAFT 500/CS", "CS", Decimal("38.00")),
    CatalogProduct("HC-08-SW", "HOT CUP 8OZ SINGLE WALL WHITE 1000/CS", "CS", Decimal("29.00")),
])


@pytest.mark.parametrize("line,sku", [
    ("12x9x6 single wall boxes", "SWB-12-9-6"),
    ("12 x 9 x 6 double wall", "DWB-12-9-6"),
    ("Karton doppelwellig 610 x 457 x 457 mm", "DWB-24-18-18"),
    ("cartons simple cannelure 610 x 457 x 457", "SWB-24-18-18"),
    ("8oz DW cups", "HC-08-DW"),
])
def test_a_box_by_its_wall_picks_the_carton_of_that_wall(line: str, sku: str):
    found = PACKAGING.match(None, line)
    assert found.candidates and found.candidates[0].sku == sku, [c.sku for c in found.candidates]


PALLETS_AND_BAGS = CatalogIndex([
    CatalogProduct("PAL-EUR-NEW", "EURO PALLET EPAL 1200X800 NEW", "EA", Decimal("16.50")),
    CatalogProduct("PAL-EUR-USED", "EURO PALLET EPAL 1200X800 USED", "EA", Decimal("10.00")),
    CatalogProduct("MB-GRY-305405", "MAILING BAG GREY 305X405MM 250/BX", "BX", Decimal("30.59")),
    CatalogProduct("MB-WHT-305405", "MAILING BAG WHITE 305X405MM 250/BX", "BX", Decimal("31.20")),
    CatalogProduct("BKL-19", "BUCKLE GALV 19MM FOR CORD 250/BX", "BX", Decimal("23.00")),
    CatalogProduct("BKL-16", "BUCKLE GALV 16MM FOR CORD 1000/BX", "BX", Decimal("34.00")),
])


@pytest.mark.parametrize("line,sku", [
    ("europallets gebruikt", "PAL-EUR-USED"),
    ("Versandtaschen grau 305x405", "MB-GRY-305405"),
    ("Klemmen/Bügel 19 mm", "BKL-19"),
])
def test_packaging_words_in_german_and_dutch_name_the_goods(line: str, sku: str):
    found = PALLETS_AND_BAGS.match(None, line)
    assert found.candidates and found.candidates[0].sku == sku, [c.sku for c in found.candidates]


@pytest.mark.parametrize("written,quantity,uom", [
    ("15 zakken kabelbinders 200 x 4,8 zwart (100 st)", "15", "BG"),
    ("3 pakken tape bruin 48mm", "3", "PK"),
    ("2 rotoli nastro adesivo marrone", "2", "RL"),
])
def test_a_count_before_a_dutch_or_italian_pack_word_is_the_quantity(written: str, quantity: str, uom: str | None):
    """GIVEN "15 zakken ... 200 x 4,8" (bags of ties sized 200 x 4.8) THEN 15 bags, not "x 4,8" of anything."""
    (line,) = extract_text(f"Hallo,\n\n{written}\n\nGroet\n", 0).lines
    assert (line.quantity, line.uom) == (Decimal(quantity), uom)


def test_the_dutch_pak_alone_is_no_unit():
    assert normalise_unit("pak") is None  # "2 pak choi" is a vegetable
    assert normalise_unit("pakken") == "PK"
