"""A buyer's words that are not the catalog's words: a foreign word spelled close to the catalog's
(a cognate), a common trade word from a short glossary, measures in other units, a label glued to its
number ("MERV14", "No.4"), British spellings, case notation ("4/1 gal") and a unit named without a
number. A made-up catalog of look-alikes; every such match stays a doubt (a description match), and a
stated attribute that contradicts a product keeps it out."""

from __future__ import annotations

from decimal import Decimal

import pytest

from matching.catalog import CatalogIndex, CatalogProduct
from matching.wording import cognate, read_wording

SUPPLIES = CatalogIndex([
    # Water-treatment chemicals by container.
    CatalogProduct("FLC-1G", "Flocculant liquid, 1 gal jug", "EA", Decimal("31.00")),
    CatalogProduct("FLC-QT", "Flocculant liquid, 1 qt bottle", "EA", Decimal("11.00")),
    CatalogProduct("NEU-25", "Neutralizer granular sodium carbonate, 25 lb bag", "BG", Decimal("22.00")),
    CatalogProduct("NEU-50", "Neutralizer granular sodium carbonate, 50 lb bag", "BG", Decimal("39.00")),
    CatalogProduct("BRM-10", "Bromine tablets 1 in, stabilized, 10 lb tub", "EA", Decimal("58.00")),
    CatalogProduct("CST-10", "Conditioner stabilizer cyanuric acid, 10 lb tub", "EA", Decimal("44.00")),
    CatalogProduct("DSC-4X1", "Descaler citric acid, 4 x 1 gal case", "CS", Decimal("52.00"), None, 4),
    CatalogProduct("DSC-2X1", "Descaler citric acid, 2 x 1 gal case", "CS", Decimal("27.00"), None, 2),
    CatalogProduct("HYP-10", "Liquid sodium hypochlorite 10%, 5 gal pail", "EA", Decimal("24.00")),
    CatalogProduct("HYP-15", "Liquid sodium hypochlorite 15%, 5 gal pail", "EA", Decimal("29.00")),
    # Brushes and hoses by size and material.
    CatalogProduct("DB-10-NY", "Deck scrub brush 10 in, nylon bristle", "EA", Decimal("12.00")),
    CatalogProduct("DB-10-ST", "Deck scrub brush 10 in, steel bristle", "EA", Decimal("15.00")),
    CatalogProduct("DB-14-NY", "Deck scrub brush 14 in, nylon bristle", "EA", Decimal("16.00")),
    CatalogProduct("WB-6-BR", "Wire brush 6 in, brass bristle", "EA", Decimal("7.50")),
    CatalogProduct("WB-6-SS", "Wire brush 6 in, stainless steel bristle", "EA", Decimal("7.00")),
    CatalogProduct("GH-25", "Garden hose 5/8 in x 25 ft, brass couplings", "EA", Decimal("21.00")),
    CatalogProduct("GH-75", "Garden hose 5/8 in x 75 ft, brass couplings", "EA", Decimal("48.00")),
    CatalogProduct("BVB-050", "Ball valve brass 1/2 in threaded", "EA", Decimal("9.00")),
    CatalogProduct("BVP-050", "Ball valve PVC 1/2 in threaded", "EA", Decimal("4.00")),
    # Rated look-alikes: a filter by MERV rating, reagents by number.
    CatalogProduct("FP-10", "Filter pad MERV 10 20x20x2, case of 6", "CS", Decimal("40.00"), None, 6),
    CatalogProduct("FP-14", "Filter pad MERV 14 20x20x2, case of 6", "CS", Decimal("70.00"), None, 6),
    CatalogProduct("RG-3", "Test reagent #3 refill, 30 ml bottle", "EA", Decimal("8.00")),
    CatalogProduct("RG-4", "Test reagent #4 refill, 30 ml bottle", "EA", Decimal("8.00")),
    # Look-alikes told apart by a one-letter code glued to a number (an R-value, a lamp shape), and by weight.
    CatalogProduct("DI-R5", "Duct wrap insulation R5, 4 ft x 50 ft", "RL", Decimal("60.00")),
    CatalogProduct("DI-R7", "Duct wrap insulation R7, 4 ft x 50 ft", "RL", Decimal("75.00")),
    CatalogProduct("SW-1", "Solder wire lead-free, 1 lb spool", "RL", Decimal("30.00")),
    CatalogProduct("SW-H", "Solder wire lead-free, 1/2 lb spool", "RL", Decimal("17.00")),
    # A word of ours that begins a longer word of ours.
    CatalogProduct("FC-QT", "Foam cleaner, 1 qt bottle", "EA", Decimal("6.00")),
    CatalogProduct("FD-1G", "Foaming drain treatment, 1 gal jug", "EA", Decimal("19.00")),
    # A pump of one kind, for a cut word.
    CatalogProduct("EVP-115", "Evaporator drain pump 115 V", "EA", Decimal("65.00")),
])


@pytest.mark.parametrize(("phrase", "sku"), [
    # Cognates, with agreeing measures.
    ("floculante liquido 1 gallone", "FLC-1G"),
    ("neutralizador granulado 50 lb", "NEU-50"),
    ("hipoclorito sodico 15 %", "HYP-15"),
    ("hypochlorite de sodium 10 % - 5 gal", "HYP-10"),
    ("estabilizador 10 lb", "CST-10"),
    ("bromo pastillas 10 lb", "BRM-10"),
    # Glossary trade words, with measures in other units.
    ("Cepillo 25 cm cerdas acero", "DB-10-ST"),
    ("spazzola 35 cm setole nylon", "DB-14-NY"),
    ("Schlauch 7,5 m", "GH-25"),
    ("brosse 15 cm poils acier", "WB-6-SS"),  # steel: the catalog's stainless steel
    ("brosse 15 cm laiton", "WB-6-BR"),
    ("manguera 5/8\" 23 m", "GH-75"),
    ("Kugelhahn Messing 1/2\"", "BVB-050"),
])
def test_foreign_words_suggest_the_product_as_a_doubt(phrase: str, sku: str) -> None:
    match = SUPPLIES.match(None, phrase)
    assert match.candidates and match.candidates[0].sku == sku, (phrase, match)
    assert match.method in {"fuzzy_description", "none"}  # a suggestion or a description match: a doubt


@pytest.mark.parametrize(("phrase", "never"), [
    ("floculante liquido 5 L", {"FLC-1G", "FLC-QT"}),  # 5 L is neither a gallon nor a quart
    ("neutralizador 40 lb", {"NEU-25", "NEU-50"}),
    ("cepillo 60 cm cerdas acero", {"DB-10-ST", "DB-10-NY", "DB-14-NY"}),
])
def test_a_measure_that_contradicts_keeps_a_cognate_out(phrase: str, never: set[str]) -> None:
    match = SUPPLIES.match(None, phrase)
    assert match.sku not in never
    assert not never & {c.sku for c in match.candidates}


@pytest.mark.parametrize(("foreign", "english"), [
    ("tricloro", "trichlor"), ("cloro", "chlorine"), ("chiarificante", "clarifier"), ("clarificante", "clarifier"),
    ("estabilizador", "stabilizer"), ("bicarbonato", "bicarbonate"), ("neutralizador", "neutralizer"),
    ("floculante", "flocculant"), ("termostato", "thermostat"), ("hipoclorito", "hypochlorite"),
])
def test_cognates(foreign: str, english: str) -> None:
    assert cognate(foreign, english)


@pytest.mark.parametrize(("one", "other"), [
    ("pastillas", "pastry"), ("setole", "stone"), ("spazzola", "spool"), ("messing", "masking"),
    ("granel", "granular"), ("canastas", "caster"), ("bidon", "cabin"), ("tubo", "tube"), ("acido", "acrylic"),
])
def test_unrelated_words_are_no_cognates(one: str, other: str) -> None:
    assert not cognate(one, other)


@pytest.mark.parametrize(("phrase", "sku", "never"), [
    ("FILTER PAD 20X20X2 MERV14", "FP-14", "FP-10"),
    ("filter pad merv10 20x20x2", "FP-10", "FP-14"),
    ("Test reagent No.4 30ml", "RG-4", "RG-3"),
    ("reagent no. 3 refill", "RG-3", "RG-4"),
])
def test_a_label_glued_to_its_number_confirms_and_contradicts(phrase: str, sku: str, never: str) -> None:
    match = SUPPLIES.match(None, phrase)
    assert match.sku == sku
    assert never not in {c.sku for c in match.candidates}


def test_a_british_agent_noun_is_not_the_participle() -> None:
    assert read_wording("stabiliser").words == read_wording("stabilizer").words
    assert read_wording("stabilized").words != read_wording("stabilizer").words
    match = SUPPLIES.match(None, "stabiliser 10 lb")
    assert match.sku == "CST-10"
    tied, _ = SUPPLIES.tied(match, "stabiliser 10 lb")
    assert not tied


@pytest.mark.parametrize(("phrase", "sku", "never"), [
    ("descaler 4/1 gal", "DSC-4X1", "DSC-2X1"),  # case notation: 4 x 1 gal, not four gallons
    ("flocculant qt", "FLC-QT", "FLC-1G"),  # a unit named without a number is one of it
    ("flocculant gal", "FLC-1G", "FLC-QT"),
])
def test_case_notation_and_a_lone_unit(phrase: str, sku: str, never: str) -> None:
    match = SUPPLIES.match(None, phrase)
    assert match.sku == sku
    tied, _ = SUPPLIES.tied(match, phrase)
    assert never not in {c.sku for c in tied}


def test_a_three_letter_cut_names_the_word_it_begins() -> None:
    assert SUPPLIES.match(None, "neu 25 lb").sku == "NEU-25"


def test_a_cognate_names_a_product_so_the_line_is_not_read_as_the_line_above() -> None:
    match = SUPPLIES.match(None, "estabilizador 10 lb", above="bromo pastillas 10 lb")
    assert match.candidates and match.candidates[0].sku == "CST-10"


@pytest.mark.parametrize(("phrase", "sku"), [
    ("manguera 16 mm x 23 m", "GH-75"),  # "5/8 in x 75 ft": each size in its own unit, held one by one
    ("manguera 16 mm x 7,5 m", "GH-25"),
])
def test_sizes_in_two_units_are_held_one_by_one(phrase: str, sku: str) -> None:
    match = SUPPLIES.match(None, phrase)
    assert match.candidates and match.candidates[0].sku == sku


def test_a_word_of_ours_also_begins_a_longer_one() -> None:
    """'foam' is a word of one product and the beginning of another's 'foaming': when its 1 gal contradicts
    the first, the second is still a suggestion."""
    match = SUPPLIES.match(None, "foam 1 gal")
    assert match.candidates and match.candidates[0].sku == "FD-1G"


@pytest.mark.parametrize(("phrase", "sku", "never"), [
    ("R7 duct wrap", "DI-R7", "DI-R5"),  # a one-letter code glued to its number is an attribute of its own
    ("duct wrap insulation r5", "DI-R5", "DI-R7"),
    ("half-pound solder wire", "SW-H", "SW-1"),  # half a pound is 1/2 lb
    ("solder half lb spools", "SW-H", "SW-1"),
])
def test_codes_and_halves_tell_look_alikes_apart(phrase: str, sku: str, never: str) -> None:
    match = SUPPLIES.match(None, phrase)
    assert match.candidates and match.candidates[0].sku == sku
    assert never not in {c.sku for c in match.candidates}


def test_a_numbered_label_is_the_same_number_written_bare() -> None:
    """'#10' on one side and a bare '10' on the other are one number: neither a contradiction nor a tie."""
    numbered = CatalogIndex([
        CatalogProduct("EV-10", "Mailing envelope 10, kraft, box of 250", "BX", Decimal("20.00")),
        CatalogProduct("EV-9", "Mailing envelope 9, kraft, box of 250", "BX", Decimal("19.00")),
        CatalogProduct("RC-8", "Paint roller cover #8, 3/8 in nap", "EA", Decimal("3.00")),
        CatalogProduct("RC-9", "Paint roller cover #9, 3/8 in nap", "EA", Decimal("3.00")),
    ])
    assert numbered.match(None, "#10 mailing envelopes kraft").sku == "EV-10"
    assert numbered.match(None, "no. 9 mailing envelope").sku == "EV-9"
    assert numbered.match(None, "paint roller cover 9, 3/8 nap").sku == "RC-9"
