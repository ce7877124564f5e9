"""The wiring trade's shorthand as installers write it, against a wholesaler's catalog of near-twins: "T&E" and
"twin and earth", a breaker by its curve and rating ("B32 MCB", "10A B curve SP", "disjoncteurs 16A courbe C"),
gangs ("double socket", "2G", "1-fach"). Each line must pick the product whose attributes agree, never a
twin of another rating, gang or size. The catalog and lines are made up."""

from __future__ import annotations

from decimal import Decimal

import pytest

from matching.catalog import CatalogIndex, CatalogProduct
from matching.wording import read_wording

WHOLESALER = CatalogIndex([
    CatalogProduct("TE15-100", "CABLE 6242Y T&E 1.5MM2 GREY 100M DRUM", "DRM", Decimal("62.40"), pack_size=100),
    CatalogProduct("TE25-100", "CABLE 6242Y T&E 2.5MM2 GREY 100M DRUM", "DRM", Decimal("94.80"), pack_size=100),
    CatalogProduct("TE25-M", "CABLE 6242Y T&E 2.5MM2 GREY PER METRE", "M", Decimal("1.05")),
    CatalogProduct("TE60-50", "CABLE 6242Y T&E 6.0MM2 GREY 50M DRUM", "DRM", Decimal("112.50"), pack_size=50),
    CatalogProduct("MCB-B16", "MCB 1P TYPE B 16A 6KA", "EA", Decimal("3.95")),
    CatalogProduct("MCB-B32", "MCB 1P TYPE B 32A 6KA", "EA", Decimal("4.20")),
    CatalogProduct("MCB-C16", "MCB 1P TYPE C 16A 6KA", "EA", Decimal("4.80")),
    CatalogProduct("MCB-C32", "MCB 1P TYPE C 32A 6KA", "EA", Decimal("5.10")),
    CatalogProduct("MCB3-C32", "MCB 3P TYPE C 32A 10KA", "EA", Decimal("24.50")),
    CatalogProduct("RCBO-B32", "RCBO 1P+N TYPE B 32A 30MA A-TYPE", "EA", Decimal("18.60")),
    CatalogProduct("SKT1G-WH", "SOCKET 13A 1G SWITCHED WHITE", "EA", Decimal("2.40")),
    CatalogProduct("SKT2G-WH", "SOCKET 13A 2G SWITCHED WHITE", "EA", Decimal("3.20")),
    CatalogProduct("DLB1G35", "DRY LINING BOX 1G 35MM", "EA", Decimal("0.52")),
    CatalogProduct("DLB2G35", "DRY LINING BOX 2G 35MM", "EA", Decimal("0.78")),
])


@pytest.mark.parametrize("line,sku", [
    ("2.5 t & e 100m drum", "TE25-100"),
    ("2.5mm twin and earth per metre", "TE25-M"),
    ("1.5mm T&E drum", "TE15-100"),
    ("6.0 T & E", "TE60-50"),
    ("B32 MCB", "MCB-B32"),
    ("MCB 16A B curve SP", "MCB-B16"),
    ("C32 single pole breakers", "MCB-C32"),
    ("disjoncteurs 16A courbe C unipolaires", "MCB-C16"),
    ("RCBO B32 30mA", "RCBO-B32"),
    ("Double socket white", "SKT2G-WH"),
    ("single switched socket white", "SKT1G-WH"),
    ("Hohlwanddose 1-fach 35 mm", "DLB1G35"),
    ("2G dry lining box 35mm", "DLB2G35"),
])
def test_a_wiring_line_picks_the_product_its_attributes_name(line: str, sku: str):
    found = WHOLESALER.match(None, line)
    assert found.candidates and found.candidates[0].sku == sku, [c.sku for c in found.candidates]


def test_the_trade_shorthand_reads_as_the_catalog_words_it():
    assert read_wording("2.5 t & e").words == read_wording("twin and earth 2.5").words
    breaker = read_wording("B32 MCB")
    assert breaker.labels.get("type") == "b" and ("a", 32.0) in breaker.measures
    assert read_wording("MCB 10A B curve SP").labels == {"type": "b", "poles": "1"}
    # a gram is still a gram away from sockets and boxes: "SUGAR STICKS 4G"
    assert ("g", 4.0) in read_wording("SUGAR STICKS 4G").measures
    assert "gang" in read_wording("RING MUD 4SQ 1G 1/2 RAISE").words


def test_sizes_in_another_metric_unit_are_the_same_sizes():
    """GIVEN swabs sized 10X10CM and 4X4IN WHEN a line asks for 100X100MM THEN the 10 x 10 cm one, not the inch one."""
    swabs = CatalogIndex([
        CatalogProduct("GZ-10-S", "GAUZE SWAB 10X10CM 8PLY STERILE 5/PK 20PK/BX", "BX", Decimal("6.90")),
        CatalogProduct("GZ-44-S", "GAUZE SPONGE 4X4IN 12PLY STERILE 2/PK 50PK/BX", "BX", Decimal("8.40")),
        CatalogProduct("GZ-75-S", "GAUZE SWAB 7.5X7.5CM 8PLY STERILE 5/PK 20PK/BX", "BX", Decimal("5.90")),
    ])
    found = swabs.match(None, "SWAB GAUZE 100X100MM 8PLY STERILE")
    assert found.candidates and found.candidates[0].sku == "GZ-10-S"


@pytest.mark.parametrize("line,sku", [("1g dry lining box", "DLB1G35"), ("2g dry lining 35mm", "DLB2G35")])
def test_a_gang_written_like_a_gram_is_a_gang_beside_wiring_accessories(line: str, sku: str):
    found = WHOLESALER.match(None, line)
    assert found.candidates and found.candidates[0].sku == sku, [c.sku for c in found.candidates]
