"""Other makers' part numbers a catalog lists in its descriptions ("xref FRAM PH3614 / WIX 51348",
"replaces Donaldson P165877"): a buyer who writes one names that product, which a clerk confirms; spec tokens
read as a code ("5w30", "205/55R16") are words of the line when no product has them as its code; and among
products the words cannot tell apart, the one sold in the unit ordered comes first."""

from __future__ import annotations

from decimal import Decimal

from matching.catalog import CatalogIndex, CatalogProduct
from matching.decision import decide
from matching.order_matching import StaticKnowledge, match_order
from models.schemas import CustomerMatch, ExtractedHeader, ExtractedLine, Field

CATALOG = CatalogIndex([
    CatalogProduct("OF-1", "Oil filter spin-on, Ford V8; xref FRAM PH3614 / WIX 51348", "EA", Decimal("6.45")),
    CatalogProduct("OF-2", "Oil filter spin-on, GM truck; xref FRAM PH3387A / WIX 51358", "EA", Decimal("6.85")),
    CatalogProduct("HF-10", "Hydraulic filter element 10 micron; replaces Donaldson P165877", "EA", Decimal("41")),
    CatalogProduct("HF-25", "Hydraulic filter element 25 micron; replaces Donaldson P165878", "EA", Decimal("39")),
    CatalogProduct("SK-1", "Pump seal kit; fits pumps 96455085 and 96455086", "EA", Decimal("88")),
    CatalogProduct("SK-2", "Pump seal kit, large frame; fits pumps 96455085", "EA", Decimal("97")),
    CatalogProduct("HL-5W30-5Q", "Hydraulic lube 5W-30 full synthetic, 5 qt jug", "EA", Decimal("26.95")),
    CatalogProduct("HL-5W30-QT", "Hydraulic lube 5W-30 full synthetic, 1 qt bottle, case of 12", "CS", Decimal("60")),
    CatalogProduct("HL-10W40-QT", "Hydraulic lube 10W-40 full synthetic, 1 qt bottle, case of 12", "CS",
                   Decimal("58")),
])


def test_a_part_number_our_description_lists_names_that_product():
    for code, description, sku in [("PH3614", None, "OF-1"), ("ph3387a", "oil filters", "OF-2"),
                                   (None, "half a dozen of the Wix 51358 oil filters", "OF-2"),
                                   ("P165878", "hyd element", "HF-25")]:
        found = CATALOG.match(code, description)
        assert (found.sku, found.method) == (sku, "code_in_description"), (code, description, found)


def test_a_part_number_two_products_list_or_words_that_contradict_it_name_none():
    assert CATALOG.match("96455085", "seal kit").method != "code_in_description"
    assert CATALOG.match(None, "P165877 hydraulic element 25 micron").sku != "HF-10"


def test_a_product_found_by_a_listed_part_number_is_confirmed_by_a_clerk():
    header = ExtractedHeader(po_number=Field("PO-9", 0.95))
    customer = CustomerMatch("C1", "Delta Fleet", "contact_email", 0.99)
    order = match_order(header, [ExtractedLine("6 PH3614", Decimal(6), item_code="PH3614")], customer, CATALOG,
                        StaticKnowledge())
    assert order.lines[0].match.sku == "OF-1"
    assert not decide(order, 0.95).auto_approve


def test_a_spec_read_as_a_code_that_no_product_has_is_a_word_of_the_line():
    found = CATALOG.match("10w40", "synthetic lube qts")
    assert found.sku == "HL-10W40-QT", found


def test_among_twins_the_words_cannot_tell_apart_the_one_sold_in_the_unit_ordered_comes_first():
    header = ExtractedHeader(po_number=Field("PO-10", 0.95))
    customer = CustomerMatch("C1", "Delta Fleet", "contact_email", 0.99)
    cases = ExtractedLine("2 cs 5W-30 synthetic lube", Decimal(2), uom="CS", item_code="5W-30",
                          description="synthetic lube")
    order = match_order(header, [cases], customer, CATALOG, StaticKnowledge())
    assert order.lines[0].match.sku == "HL-5W30-QT"
    assert not decide(order, 0.95).auto_approve  # still the clerk's to confirm


def test_a_viscosity_grade_is_one_attribute_however_written():
    from matching.wording import read_wording

    for written in ("5W-30", "5w30", "SAE 5W 30", "5W30"):
        said = read_wording(f"hydraulic lube {written}")
        assert said.labels.get("viscosity") == "5w30" and not said.measures, (written, said)
    # said on both sides and different: a contradiction, not a near miss
    assert CATALOG.match(None, "10w40 synthetic lube qt bottles case").sku == "HL-10W40-QT"
    assert CATALOG.match(None, "hydraulic lube 0w20 synthetic").sku is None


def test_a_container_named_in_the_plural_is_one_of_it_and_a_third_of_a_word_shortens_it():
    from matching.wording import abbreviates, read_wording

    assert ("qt", 1.0) in read_wording("5W-30 in the quarts").measures
    assert ("qt", 1.0) in read_wording("syn qts").measures
    assert ("gal", 1.0) in read_wording("gallons of bleach").measures
    assert abbreviates("syn", "synthetic")  # three letters of nine
    assert not abbreviates("pro", "protective")  # three of ten: too little of the word
    assert CATALOG.match(None, "5w30 syn qts").sku == "HL-5W30-QT"


def test_a_pick_not_sold_in_the_unit_ordered_gives_way_to_one_close_behind_that_is():
    """GIVEN "2 pallets of the black mulch in the 2 cubic foot bags" against the bag (a better word match) and the
    pallet of those bags (sold per PAL, a few points behind for its pack clause) THEN the pallet is offered first,
    still a doubt; ordered in bags, the bag stays."""
    mulch = CatalogIndex([
        CatalogProduct("MB-2", "Mulch Black Dyed 2 cu ft Bag", "BAG", Decimal("4.25")),
        CatalogProduct("MB-2-PAL", "Mulch Black Dyed 2 cu ft Bag, Pallet of 65", "PAL", Decimal("249.00"),
                       pack_size=65),
        CatalogProduct("MB-3", "Mulch Black Dyed 3 cu ft Bag", "BAG", Decimal("6.16")),
    ])
    header = ExtractedHeader(po_number=Field("PO-11", 0.95))
    customer = CustomerMatch("C1", "Delta Grounds", "contact_email", 0.99)

    def pick(uom: str) -> str | None:
        line = ExtractedLine("2 of the black mulch", Decimal(2), uom=uom,
                             description="black mulch in the 2 cubic foot bags")
        order = match_order(header, [line], customer, mulch, StaticKnowledge())
        assert not decide(order, 0.95).auto_approve
        return order.lines[0].match.sku

    assert pick("PL") == "MB-2-PAL"
    assert pick("BG") == "MB-2"
