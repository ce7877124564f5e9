"""Goods named by the machine they fit ("toner for the HP M404, high yield", "drum for the Brother
HL-L2350DW", "Toner for the LaserJet Pro M402dn"), against a catalog that lists the models each product fits
("... - LaserJet Pro M404/M428"). Made-up catalog."""

from __future__ import annotations

from decimal import Decimal

import pytest

from matching.catalog import CatalogIndex, CatalogProduct
from matching.wording import read_wording

CATALOG = CatalogIndex([CatalogProduct(sku, description, "EA", Decimal("99")) for sku, description in [
    ("T-58A", "HP 58A (CF258A) Black Toner Cartridge, Standard Yield ~3,000 pages - LaserJet Pro M404/M428"),
    ("T-58X", "HP 58X (CF258X) Black Toner Cartridge, High Yield ~10,000 pages - LaserJet Pro M404/M428"),
    ("T-26A", "HP 26A (CF226A) Black Toner Cartridge, Standard Yield ~3,100 pages - LaserJet Pro M402/M426"),
    ("T-26X", "HP 26X (CF226X) Black Toner Cartridge, High Yield ~9,000 pages - LaserJet Pro M402/M426"),
    ("B-TN760", "Brother TN760 Black Toner, High Yield ~3,000 pages - HL-L2350DW/HL-L2390DW"),
    ("B-DR730", "Brother DR730 Drum Unit ~12,000 pages - HL-L2350DW/HL-L2390DW"),
    ("BOLT-M10", "Hex bolt M10 x 40, zinc, box of 50"),
    ("BOLT-M12", "Hex bolt M12 x 40, zinc, box of 50"),
]])


@pytest.mark.parametrize(("said", "sku"), [
    ("high yield toner for the HP M404", "T-58X"),
    ("toner for the HP M402", "T-26A"),
    ("toner for the M428fdw - standard yield genuine HP", "T-58A"),
    ("High yield toner for the LaserJet Pro M402dn", "T-26X"),
    ("drum for the Brother HL-L2350DW", "B-DR730"),
    ("hex bolts M12 x 40", "BOLT-M12"),
])
def test_the_machine_a_product_fits_picks_it(said: str, sku: str):
    assert CATALOG.match(None, said).sku == sku


def test_a_metric_thread_is_small_and_a_model_number_is_a_word():
    assert read_wording("hex bolt M10 x 40").labels.get("metric") == "10"
    printer = read_wording("LaserJet Pro M402/M426")
    assert "metric" not in printer.labels
    assert {"m402", "m426"} <= printer.words


def test_a_model_goods_go_with_is_no_mere_context():
    w = read_wording("toner for the HP M404")
    assert "m404" not in w.context  # the product must say the model it fits
    assert "kitche" in read_wording("paper towels for the kitchen").context
