"""Description-only lines against a made-up catalog of near-twins: abbreviations and synonyms, attributes
that must agree, unstated attributes as doubts, word order, codes we do not know, foreign words."""

from __future__ import annotations

from decimal import Decimal

import pytest

from matching.catalog import CatalogIndex, CatalogProduct
from matching.decision import decide
from matching.order_matching import StaticKnowledge, match_order
from matching.wording import read_wording
from models.schemas import CustomerMatch, ExtractedHeader, ExtractedLine, Field

TWINS = CatalogIndex([
    CatalogProduct("GV-5L", "Nitrile gloves, powder-free, 5 mil, purple, size L, 50/box", "BX", Decimal("7.10"),
                   None, 50),
    CatalogProduct("GV-5XL", "Nitrile gloves, powder-free, 5 mil, purple, size XL, 50/box", "BX", Decimal("7.40"),
                   None, 50),
    CatalogProduct("GV-5L-CS", "Nitrile gloves, powder-free, 5 mil, purple, size L, 10 boxes x 50 (500/case)", "CS",
                   Decimal("66.00"), None, 500),
    CatalogProduct("GV-8L", "Nitrile gloves, heavy duty, 8 mil, orange, size L, 50/box", "BX", Decimal("11.30"),
                   None, 50),
    CatalogProduct("CB-3816-250", "Carriage bolt, 3/8-16 x 2-1/2 in, zinc, 50/box", "BX", Decimal("18.00"), None, 50),
    CatalogProduct("CB-3824-250", "Carriage bolt, 3/8-24 x 2-1/2 in, zinc, 50/box", "BX", Decimal("19.50"), None, 50),
    CatalogProduct("CB-3816-300", "Carriage bolt, 3/8-16 x 3 in, zinc, 50/box", "BX", Decimal("20.00"), None, 50),
    CatalogProduct("TL-3036-BK", "Trash liner 30 x 36 in, 20-30 gal, 0.9 mil, black, 250/case", "CS", Decimal("31.00")),
    CatalogProduct("TL-3036-CL", "Trash liner 30 x 36 in, 20-30 gal, 0.9 mil, clear, 250/case", "CS", Decimal("29.00")),
    CatalogProduct("TL-3860-BK", "Trash liner 38 x 60 in, 55-60 gal, 1.3 mil, black, 100/case", "CS", Decimal("38.00")),
    CatalogProduct("KT-2P", "Kitchen roll towel, 2-ply, 85 sheets/roll, 30 rolls/case", "CS", Decimal("33.00")),
    CatalogProduct("KT-1P", "Kitchen roll towel, 1-ply, 85 sheets/roll, 30 rolls/case", "CS", Decimal("27.00")),
    CatalogProduct("SC-12", "Soup container, 12 oz, kraft, 500/case", "CS", Decimal("58.00")),
    CatalogProduct("SC-24", "Soup container, 24 oz, kraft, 500/case", "CS", Decimal("71.00")),
    CatalogProduct("LP-22-35", "LED flat panel 2 x 2 ft, 40W, 3500K", "EA", Decimal("44.00")),
    CatalogProduct("LP-22-50", "LED flat panel 2 x 2 ft, 40W, 5000K", "EA", Decimal("44.00")),
    CatalogProduct("EC-25", "Extension cord 25 ft, 12 AWG, orange", "EA", Decimal("39.00")),
    CatalogProduct("EC-50", "Extension cord 50 ft, 12 AWG, orange", "EA", Decimal("61.00")),
    CatalogProduct("PO-M", "Work polo, navy, size M", "EA", Decimal("15.00")),
    CatalogProduct("PO-XL", "Work polo, navy, size XL", "EA", Decimal("15.00")),
    CatalogProduct("PO-2XL", "Work polo, navy, size 2XL", "EA", Decimal("16.50")),
    CatalogProduct("UP-14", "Utility pail, 14 qt, gray", "EA", Decimal("9.80")),
    CatalogProduct("UP-10", "Utility pail, 10 qt, gray", "EA", Decimal("8.20")),
    CatalogProduct("CF-15", "Cartridge fuse, 15A 250V, time delay", "EA", Decimal("3.10")),
    CatalogProduct("CF-30", "Cartridge fuse, 30A 250V, time delay", "EA", Decimal("3.40")),
    CatalogProduct("SB-14106", "Shipping box 14 x 10 x 6 in, 32 ECT, kraft, bundle of 25", "PK", Decimal("14.00")),
    CatalogProduct("SB-14108", "Shipping box 14 x 10 x 8 in, 32 ECT, kraft, bundle of 25", "PK", Decimal("15.50")),
])


def _sku(description: str) -> str | None:
    return TWINS.match(None, description).sku


@pytest.mark.parametrize(("written", "sku"), [
    ("blk trash bags 30x36 0.9mil - 2 cs", "TL-3036-BK"),
    ("clear can liners 20-30 gal .9 mil", "TL-3036-CL"),
    ("X-Large navy polo", "PO-XL"),
    ("extra large work polos, navy", "PO-XL"),
    ("polo shirt navy 2XL", "PO-2XL"),
    ("2PLY kitchen towel", "KT-2P"),
    ("kitchen roll two ply", "KT-2P"),
    ("kitchen towels 2-ply", "KT-2P"),
    ("14 quart gray pail", "UP-14"),
    ("pail 10qt grey", "UP-10"),
    ("soup cups 24oz kraft", "SC-24"),
    ("3/8-24 x 2 1/2 carriage bolts", "CB-3824-250"),
    ("carriage bolt 3/8-16 x 3\"", "CB-3816-300"),
    ("ext cord 50' 12 ga orange", "EC-50"),
    ("heavy duty orange nitrile gloves lg 8 mil", "GV-8L"),
    ("purple nitrile gloves L 500/cs", "GV-5L-CS"),
    ("purple nitrile gloves L box of 50", "GV-5L"),
    ("KITC ROLL 1PLY 30/CS", "KT-1P"),  # ERP text cuts words short
    ("CARR 3/8-16X3 ZN", "CB-3816-300"),
    ("kraft shipping boxes 14x10x8 - 3 bundles", "SB-14108"),
    ("time delay fuses 30 amp", "CF-30"),  # a box that is the product, not its pack
])
def test_abbreviations_and_synonyms_find_the_one_product(written: str, sku: str) -> None:
    assert _sku(written) == sku


def test_an_ordered_quantity_and_prices_left_in_the_words_are_not_attributes() -> None:
    found = TWINS.match(None, "purple nitrile gloves L 8 Pkt 7.10 56.80")
    assert found.sku == "GV-5L" and {c.sku for c in found.candidates} >= {"GV-5L", "GV-5L-CS"}, found


def test_word_order_does_not_matter() -> None:
    assert _sku("Gloves nitrile purple 5mil XL") == _sku("XL purple 5 mil nitrile gloves") == "GV-5XL"


@pytest.mark.parametrize(("written", "never"), [
    ("LED flat panel 2x2 40W 4000K", {"LP-22-35", "LP-22-50"}),  # colour temperature
    ("carriage bolt 3/8-20 x 2-1/2", {"CB-3816-250", "CB-3824-250", "CB-3816-300"}),  # thread
    ("extension cord 100 ft orange", {"EC-25", "EC-50"}),  # length
    ("purple nitrile gloves M", {"GV-5L", "GV-5XL", "GV-5L-CS"}),  # size
    ("white nitrile gloves 5 mil L", {"GV-5L", "GV-5L-CS", "GV-8L"}),  # colour
    ("trash liner 30x36 1.5 mil black", {"TL-3036-BK", "TL-3036-CL"}),  # gauge
    ("purple nitrile gloves L 100/bx", {"GV-5L", "GV-5L-CS"}),  # count per pack
    ("soup container 32 oz", {"SC-12", "SC-24"}),  # size in oz
    ("cartridge fuse 20A 250V", {"CF-15", "CF-30"}),  # amperage
    ("trash liners 38x36 black", {"TL-3036-BK", "TL-3036-CL", "TL-3860-BK"}),  # dimensions
])
def test_an_attribute_the_line_contradicts_rules_the_product_out(written: str, never: set[str]) -> None:
    found = TWINS.match(None, written)
    assert found.sku not in never and not {c.sku for c in found.candidates} & never, found


def test_an_unstated_attribute_among_twins_is_a_doubt_naming_them() -> None:
    header = ExtractedHeader(po_number=Field("PO-71", 0.9))
    customer = CustomerMatch("C9", "Harbor Facilities", "domain", 0.97)
    lines = [ExtractedLine("4 x LED flat panel 2x2 40W", Decimal(4), uom="EA", description="LED flat panel 2x2 40W"),
             ExtractedLine("2 soup containers kraft", Decimal(2), uom="CS", description="soup containers kraft")]
    order = match_order(header, lines, customer, TWINS, StaticKnowledge())
    decision = decide(order, 0.95)
    assert not decision.auto_approve
    panel, soup = (next(r for r in decision.reasons if r.line_no == n) for n in (1, 2))
    assert panel.code == "doubtful_match" and "LP-22-35" in panel.message and "LP-22-50" in panel.message, panel
    assert " k" in panel.message.split("differ by")[1].split(",")[0] + " ", panel
    assert soup.code == "doubtful_match" and "SC-12" in soup.message and "SC-24" in soup.message, soup
    assert all(line.confidence < 0.95 for line in order.lines)


def test_a_clear_description_match_is_still_a_doubt_never_an_approval() -> None:
    header = ExtractedHeader(po_number=Field("PO-72", 0.9))
    customer = CustomerMatch("C9", "Harbor Facilities", "domain", 0.97)
    line = ExtractedLine("6 ext cord 50' 12 ga orange", Decimal(6), uom="EA", description="ext cord 50' 12 ga orange")
    order = match_order(header, [line], customer, TWINS, StaticKnowledge())
    assert order.lines[0].match.sku == "EC-50"
    assert not decide(order, 0.95).auto_approve


def test_a_code_we_do_not_know_is_an_unknown_item_with_suggestions() -> None:
    header = ExtractedHeader(po_number=Field("PO-73", 0.9))
    customer = CustomerMatch("C9", "Harbor Facilities", "domain", 0.97)
    lines = [ExtractedLine("ZQ-7731 soup container 12oz kraft 3", Decimal(3), uom="CS", item_code="ZQ-7731",
                           description="soup container 12oz kraft"),
             ExtractedLine("WW-0042 5", Decimal(5), item_code="WW-0042")]
    order = match_order(header, lines, customer, TWINS, StaticKnowledge())
    decision = decide(order, 0.95)
    assert not decision.auto_approve and len(order.lines) == 2
    first, second = (next(r for r in decision.reasons if r.line_no == n) for n in (1, 2))
    assert "unknown item" in first.message and "ZQ-7731" in first.message and "SC-12" in first.message, first
    assert second.code == "no_catalog_match" and "unknown item" in second.message and "WW-0042" in second.message


def test_our_sku_written_inside_the_words_is_found_but_confirmed_by_a_clerk() -> None:
    found = TWINS.match(None, "Carriage bolts 3/8-16 x 3 in CB-3816-300 50 per box")
    assert (found.sku, found.method) == ("CB-3816-300", "sku_in_description")
    # The words around it contradict it: not taken.
    assert TWINS.match(None, "Carriage bolts 3/8-24 x 2-1/2 CB-3816-300").sku != "CB-3816-300"
    header = ExtractedHeader(po_number=Field("PO-74", 0.9))
    customer = CustomerMatch("C9", "Harbor Facilities", "domain", 0.97)
    line = ExtractedLine("2 Carriage bolts CB-3816-300", Decimal(2), uom="BX", description="Carriage bolts CB-3816-300")
    assert not decide(match_order(header, [line], customer, TWINS, StaticKnowledge()), 0.95).auto_approve


@pytest.mark.parametrize(("written", "sku"), [
    ("gants nitrile violets taille XL (boîte de 50)", "GV-5XL"),
    ("Nitrilhandschuhe violett Gr. L, 50 Stk/Schachtel", "GV-5L"),
    ("guantes de nitrilo morados talla G caja de 50", "GV-5L"),
    ("Verlängerungskabel orange 15 m", "EC-50"),
    ("sacs poubelle noirs 30 x 36 po 0,9 mil", "TL-3036-BK"),
])
def test_foreign_words_rank_suggestions_but_never_approve(written: str, sku: str) -> None:
    found = TWINS.match(None, written)
    assert found.sku == sku and found.method == "fuzzy_description", found
    header = ExtractedHeader(po_number=Field("PO-75", 0.9))
    customer = CustomerMatch("C9", "Harbor Facilities", "domain", 0.97)
    order = match_order(header, [ExtractedLine(written, Decimal(1), description=written)], customer, TWINS,
                        StaticKnowledge())
    assert not decide(order, 0.95).auto_approve


def test_the_reading_of_a_description() -> None:
    bolt = read_wording("Carriage bolt, 3/8-16 x 2-1/2 in, zinc, 50/box")
    assert bolt.labels["thread"] == "3/8-16" and ("in", 2.5) in bolt.measures and bolt.counts == {50.0}
    bag = read_wording("blk trash bags 30x36 0.9mil - 4 cs (not white)")
    assert bag.colours == {"black"} and ("mil", 0.9) in bag.measures and 4.0 not in bag.values()
    assert read_wording("LED panel 40 watt 3500 K").measures >= {("w", 40.0), ("k", 3500.0)}
    assert read_wording("Jumbo tissue 1000 ft/roll").measures >= {("ft", 1000.0)}
    assert read_wording("vinyl gloves L the usual ones").sizes == {"l"}
    assert read_wording("Type S screws 2 in").sizes == set()
    cloth = read_wording("microfibre cloth 12x12 blue, 12 pk @ 10.80")
    assert cloth.pairs == {(12.0, 12.0)} and cloth.amounts == {10.8} and 10.8 not in cloth.values()
    assert read_wording("wedge anchor 3/8 x 3-3/4").pairs == {(0.375, 3.75)}
    elbows = read_wording("1/2 copper 45s")  # so many 45-degree elbows: a number, not size S
    assert ("", 45.0) in elbows.measures and elbows.sizes == set()


def test_among_twins_the_one_priced_as_the_buyer_wrote_is_offered_first_still_as_a_doubt() -> None:
    header = ExtractedHeader(po_number=Field("PO-76", 0.9))
    customer = CustomerMatch("C9", "Harbor Facilities", "domain", 0.97)
    line = ExtractedLine("3 soup containers kraft @ 71.00", Decimal(3), uom="CS", unit_price=Decimal("71.00"),
                         description="soup containers kraft")
    order = match_order(header, [line], customer, TWINS, StaticKnowledge())
    assert order.lines[0].match.sku == "SC-24"
    assert not decide(order, 0.95).auto_approve


def test_an_attribute_read_as_the_code_still_tells_the_twins_apart() -> None:
    found = TWINS.match("5000K", "LED flat panels 2x2")
    assert (found.sku, found.method) == ("LP-22-50", "fuzzy_description")
    coded = TWINS.match("ZQ-5000", "LED flat panels 2x2")  # a code of the buyer's: not an attribute
    assert len(TWINS.tied(coded, "LED flat panels 2x2")[0]) == 2


LAB = CatalogIndex([
    CatalogProduct("10-1200", "Pipette tips, 200 uL, filtered, sterile, racked", "CS", Decimal("98.00")),
    CatalogProduct("10-1205", "Pipette tips, 200 uL, unfiltered, non-sterile, bulk bag", "PK", Decimal("12.00")),
    CatalogProduct("10-1300", "Pipette tips, 1000 uL, filtered, sterile, racked", "CS", Decimal("104.00")),
    CatalogProduct("10-1010", "Pipette tips, 10 uL, filtered, sterile, racked", "CS", Decimal("96.50")),
])


def test_our_all_digit_sku_written_after_the_words_is_found() -> None:
    """A catalog of digit-only numbers ("10-1300") written in brackets after the words, as a lab buyer quotes
    them: found (for a clerk to confirm), and never a look-alike of another number in the line."""
    found = LAB.match(None, "1000 uL filter tips 10-1300")
    assert (found.sku, found.method) == ("10-1300", "sku_in_description")
    # A number the words contradict (200 uL written, the 1000 uL product's number) is not taken.
    assert LAB.match(None, "200 uL filter tips 10-1300").sku != "10-1300"


BUFFERS = CatalogIndex([
    CatalogProduct("BF-10X", "PBS buffer, 10X, pH 7.4, 500 mL", "EA", Decimal("24.00")),
    CatalogProduct("BF-1X", "PBS buffer, 1X, pH 7.4, 500 mL", "EA", Decimal("14.00")),
    CatalogProduct("PH-4", "pH buffer standard, pH 4.00, red, 500 mL", "EA", Decimal("16.00")),
    CatalogProduct("PH-7", "pH buffer standard, pH 7.00, yellow, 500 mL", "EA", Decimal("16.00")),
    CatalogProduct("PH-10", "pH buffer standard, pH 10.00, blue, 500 mL", "EA", Decimal("16.00")),
    CatalogProduct("BK-250", "Beaker, borosilicate glass, low form, 250 mL", "EA", Decimal("3.95")),
    CatalogProduct("GL-M", "Nitrile exam gloves, powder-free, size M", "BX", Decimal("8.90")),
    CatalogProduct("GL-L", "Nitrile exam gloves, powder-free, size L", "BX", Decimal("8.90")),
    CatalogProduct("VF-100", "Volumetric flask, class A, with stopper, 100 mL", "EA", Decimal("23.10")),
    CatalogProduct("BK-100", "Beaker, borosilicate glass, low form, 100 mL", "EA", Decimal("3.40")),
    CatalogProduct("TB-15", "Centrifuge tube, 15 mL, conical, sterile, racked", "CS", Decimal("118.00")),
    CatalogProduct("SP-15", "Serological pipette, 15 mL, sterile", "CS", Decimal("60.00")),
])


@pytest.mark.parametrize(("text", "sku"), [
    ("pH buffer 7 (500 mL)", "PH-7"),
    ("Pufferlösung pH 7,00, 500 ml", "PH-7"),  # German, decimal comma
    ("buffer pH 10, 500ml", "PH-10"),
    ("500 ml PBS 1 x", "BF-1X"),  # a stock solution's strength, split off its number by the reading
    ("PBS 10X, 500 mL", "BF-10X"),
])
def test_a_solutions_ph_and_strength_are_attributes_that_must_agree(text: str, sku: str) -> None:
    assert BUFFERS.match(None, text).sku == sku


@pytest.mark.parametrize(("text", "sku"), [
    ("Becherglas 100 ml, Borosilikatglas, niedrige Form", "BK-100"),
    ("Messkolben 100 ml, Klasse A, mit Stopfen", "VF-100"),
    ("Tubes coniques 15 ml stériles, en portoir", "TB-15"),
])
def test_a_labs_goods_named_in_german_or_dutch_rank_the_product_first(text: str, sku: str) -> None:
    found = BUFFERS.match(None, text)
    assert found.sku == sku and found.candidates[0].sku == sku


def test_a_mistyped_code_is_not_a_product_the_words_beside_it_deny() -> None:
    """'21-2050 DMSO 100ml': the number is a keystroke from several of ours (a 50 mL tube among them); the
    words say DMSO, 100 mL: the code's look-alikes the words contradict are no candidates."""
    lab = CatalogIndex([
        CatalogProduct("12-3050", "Centrifuge tube, 50 mL, conical, sterile, racked", "CS", Decimal("189.00")),
        CatalogProduct("21-1050", "Ethanol, 200 proof, 500 mL", "EA", Decimal("38.00")),
        CatalogProduct("21-2500", "Dimethyl sulfoxide (DMSO), molecular biology grade, 100 mL", "EA",
                       Decimal("42.00")),
    ])
    found = lab.match("21-2050", "DMSO 100ml")
    assert found.sku == "21-2500"
    assert "12-3050" not in {c.sku for c in found.candidates}


WIRING = CatalogIndex([
    CatalogProduct("GF-20-W", "REC GFCI 20A 125V SELF-TEST TR WHT", "EA", Decimal("18.40")),
    CatalogProduct("GF-20-WR-W", "REC GFCI 20A 125V SELF-TEST TR WR WHT", "EA", Decimal("21.75")),
    CatalogProduct("NM-12-2-250", "NM-B 12/2 W/GRD 250FT COIL", "RL", Decimal("112.00")),
    CatalogProduct("NM-12-2-1000", "NM-B 12/2 W/GRD 1000FT REEL", "RL", Decimal("420.00")),
    CatalogProduct("MC-12-2-250", "MC CABLE 12/2 AL ARMOR W/GRD 250FT COIL", "RL", Decimal("160.00")),
])


@pytest.mark.parametrize(("text", "sku"), [
    ("GFCI receptacles, 20A, white, weather-resistant", "GF-20-WR-W"),  # WR, written out
    ("12/2 romex 250s", "NM-12-2-250"),  # the trade's word for NM-B cable
])
def test_the_trades_words_for_what_a_catalog_abbreviates(text: str, sku: str) -> None:
    assert WIRING.match(None, text).sku == sku


FITTINGS = CatalogIndex([
    CatalogProduct("BI-ELL-050", "BLK MI ELL 90 1/2", "EA", Decimal("1.25")),
    CatalogProduct("BI-ELL-075", "BLK MI ELL 90 3/4", "EA", Decimal("1.70")),
    CatalogProduct("BI-ELL-100", "BLK MI ELL 90 1", "EA", Decimal("2.85")),
    CatalogProduct("CU-ELL-075", "ELL 90 CXC 3/4 WROT", "EA", Decimal("1.38")),
    CatalogProduct("CU-TEE-075", "TEE CXCXC 3/4 WROT", "EA", Decimal("2.60")),
    CatalogProduct("FL-1625-8", "FILTER PLTD 16X25X1 MERV 8", "EA", Decimal("4.10")),
    CatalogProduct("FL-1625-11", "FILTER PLTD 16X25X1 MERV 11", "EA", Decimal("5.90")),
    CatalogProduct("BOLT-M8", "HEX BOLT M8 X 30 ZINC", "EA", Decimal("0.22")),
])


@pytest.mark.parametrize(("text", "sku"), [
    ("ELL 90 BLACK MALL 1", "BI-ELL-100"),  # a bare "1" is the size: a pack of one confirms nothing
    ("Furnace filter 16x25x1 M8", "FL-1625-8"),  # a filter's M8 is MERV 8 ...
    ("hex bolt M8 x 30", "BOLT-M8"),  # ... a bolt's is its thread
])
def test_a_fitters_and_a_filter_buyers_words(text: str, sku: str) -> None:
    assert FITTINGS.match(None, text).sku == sku
