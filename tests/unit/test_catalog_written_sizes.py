"""Sizes as catalogs and buyers write them, read the same on both sides: a width left bare in a mixed
dimension ("1X50YD"), two ratings written over each other ("45/5"), an angle before a fraction ("ELL 45 1/2")
and a dimension followed by what the goods are ("16x12x8 cartons"). Made-up catalogs in trades the corpora
do not use."""

from __future__ import annotations

from decimal import Decimal

from matching.catalog import CatalogIndex, CatalogProduct
from matching.wording import read_wording

RIBBONS = CatalogIndex([
    CatalogProduct("RB-1-RED", "RIBBON SATIN 1X50YD RED", "RL", Decimal("6.10")),
    CatalogProduct("RB-15-RED", "RIBBON SATIN 1.5X50YD RED", "RL", Decimal("7.90")),
    CatalogProduct("RB-3-RED", "RIBBON SATIN 3X50YD RED", "RL", Decimal("11.20")),
])


def test_a_width_the_catalog_left_bare_is_the_inches_the_buyer_wrote() -> None:
    match = RIBBONS.match(None, 'red satin ribbon 3"')
    assert match.sku == "RB-3-RED"
    assert RIBBONS.match(None, "1 inch red satin ribbon").sku == "RB-1-RED"


MOTORS = CatalogIndex([
    CatalogProduct("MC-9", "MOTOR CAPACITOR RUN 9 MFD 370V", "EA", Decimal("8.00")),
    CatalogProduct("MC-35-5", "MOTOR CAPACITOR RUN DUAL 35 + 5 MFD 370V", "EA", Decimal("14.00")),
])


def test_two_ratings_over_each_other_are_not_a_fraction() -> None:
    assert {v for _, v in read_wording("motor capacitor 45/5 370v").measures} >= {45.0, 5.0}
    assert MOTORS.match(None, "motor capacitor run 35/5 370v").sku == "MC-35-5"


FITTINGS = CatalogIndex([
    CatalogProduct("SE-4512", "STREET ELL 45 1/2 BRASS", "EA", Decimal("4.20")),
    CatalogProduct("SE-4534", "STREET ELL 45 3/4 BRASS", "EA", Decimal("5.60")),
    CatalogProduct("SE-9012", "STREET ELL 90 1/2 BRASS", "EA", Decimal("3.90")),
])


def test_an_angle_before_a_fraction_is_two_attributes() -> None:
    assert {v for _, v in read_wording("ELL 90 1/2").measures} == {90.0, 0.5}
    assert {v for _, v in read_wording("pipe 1-1/2").measures} == {1.5}  # a mixed size stays one
    assert {v for _, v in read_wording("shelf 10 1/2 in").measures} == {10.5}
    assert FITTINGS.match(None, 'brass street ell 45 3/4"').sku == "SE-4534"


def test_a_dimension_followed_by_the_goods_is_not_a_quantity() -> None:
    assert read_wording("16x12x8 cartons 200# test").pairs == {(16.0, 12.0, 8.0)}
    assert read_wording("20x16x10 boxes 44 ect").pairs == {(20.0, 16.0, 10.0)}
