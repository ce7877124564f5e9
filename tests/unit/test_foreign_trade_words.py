"""The trade words of foodservice, cleaning, electrical and office supplies as French, Spanish, German and
Italian buyers write them, against an English catalog: the glossary (matching/catalog_words.FOREIGN and
its phrases) ranks the product the words mean first. Translated words weigh less than the catalog's own
(wording.TRANSLATED_WEIGHT), so these tests hold the top candidate, a suggestion for a clerk, not the pick;
and a line written in English keeps its meaning (an English word is never read as a foreign one)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from matching.catalog import CatalogIndex, CatalogProduct
from matching.wording import read_wording

SUPPLIES = CatalogIndex([
    # Proteins and produce, told apart by a cut or a kind.
    CatalogProduct("CHK-BR", "CHICKEN BREAST BONELESS 4OZ IQF 2/5LB", "CS", Decimal("40.00")),
    CatalogProduct("CHK-WG", "CHICKEN WING RAW IQF 4/10LB", "CS", Decimal("55.00")),
    CatalogProduct("BEEF-GR", "BEEF GROUND 80/20 4/5LB", "CS", Decimal("60.00")),
    CatalogProduct("PORK-CH", "PORK CHOP BONE-IN 6OZ 10LB", "CS", Decimal("48.00")),
    CatalogProduct("SHR-RAW", "SHRIMP 21/25 RAW TAIL ON 5/2LB", "CS", Decimal("70.00")),
    CatalogProduct("ONI-50", "ONION YELLOW JUMBO 50LB", "BG", Decimal("30.00")),
    CatalogProduct("POT-50", "POTATO RUSSET 50LB", "BG", Decimal("28.00")),
    CatalogProduct("CAR-25", "CARROT JUMBO 25LB", "BG", Decimal("22.00")),
    CatalogProduct("RICE-25", "RICE LONG GRAIN 25LB", "BG", Decimal("18.00")),
    # Dairy and dry goods in look-alike pairs.
    CatalogProduct("BUT-U", "BUTTER UNSALTED 36/1LB", "CS", Decimal("140.00")),
    CatalogProduct("BUT-S", "BUTTER SALTED 36/1LB", "CS", Decimal("138.00")),
    CatalogProduct("MILK-W", "MILK WHOLE 4/1GAL", "CS", Decimal("20.00")),
    CatalogProduct("CHE-MZ", "CHEESE MOZZARELLA SHREDDED 4/5LB", "CS", Decimal("50.00")),
    CatalogProduct("SUG-GR", "SUGAR GRANULATED 50LB", "BG", Decimal("35.00")),
    CatalogProduct("SUG-BR", "SUGAR BROWN LIGHT 25LB", "BG", Decimal("25.00")),
    CatalogProduct("PEAS-F", "PEAS GREEN FROZEN 12/2.5LB", "CS", Decimal("26.00")),
    CatalogProduct("FRIES-38", "FRIES STRAIGHT CUT 3/8IN 6/5LB", "CS", Decimal("32.00")),
    # A kitchen pan and a bread, so an English "pan" is no foreign "bread".
    CatalogProduct("PAN-FS", "SHEET PAN FULL SIZE ALUMINUM", "EA", Decimal("12.00")),
    CatalogProduct("BRD-WH", "BREAD WHITE SLICED 12/24OZ", "CS", Decimal("30.00")),
    # Cleaning.
    CatalogProduct("BRM-AN", "BROOM ANGLE 12IN", "EA", Decimal("9.00")),
    CatalogProduct("SPG-SC", "SPONGE SCRUB HEAVY DUTY 20/CS", "CS", Decimal("15.00")),
    CatalogProduct("BLE-1G", "BLEACH LIQUID 6/1GAL", "CS", Decimal("21.00")),
    CatalogProduct("APR-PL", "APRON POLY WHITE 100/PK", "PK", Decimal("8.00")),
    # Electrical devices, breakers by poles.
    CatalogProduct("BKR-1P15", "BREAKER 1 POLE 15A 120V", "EA", Decimal("6.00")),
    CatalogProduct("BKR-2P15", "BREAKER 2 POLE 15A 240V", "EA", Decimal("14.00")),
    CatalogProduct("SW-TG", "SWITCH TOGGLE 15A WHITE", "EA", Decimal("1.50")),
    CatalogProduct("RCPT-DP", "RECEPTACLE DUPLEX 15A WHITE", "EA", Decimal("1.20")),
    CatalogProduct("LAMP-A19", "LAMP LED A19 9W 2700K", "EA", Decimal("2.50")),
    CatalogProduct("SD-PH2", "SCREWDRIVER PHILLIPS #2", "EA", Decimal("6.00")),
    CatalogProduct("PLR-LN", "PLIER LINEMAN 9IN", "EA", Decimal("25.00")),
    CatalogProduct("RNG-PL", "PLASTER RING 4SQ 1/2 RAISE", "EA", Decimal("1.00")),
    CatalogProduct("TRM-RG", "TERMINAL RING #10 12-10AWG 4SQ PK/100", "PK", Decimal("9.00")),
    # Office.
    CatalogProduct("STP-STD", "STAPLES STANDARD 5000/BX", "BX", Decimal("4.00")),
    CatalogProduct("SCI-8", "SCISSORS 8IN STAINLESS", "EA", Decimal("5.00")),
    CatalogProduct("ENV-10", "ENVELOPE #10 WHITE 500/BX", "BX", Decimal("18.00")),
])


@pytest.mark.parametrize(("line", "sku"), [
    # Proteins and produce.
    ("poitrines de poulet désossées 4 oz", "CHK-BR"),
    ("alitas de pollo", "CHK-WG"),
    ("Hähnchenbrust", "CHK-BR"),  # a German compound: its head is the thing ("brust"), its first word says whose
    ("bœuf haché 80/20", "BEEF-GR"),  # a ligature folds to its letters
    ("camarones crudos 21/25", "SHR-RAW"),
    ("cebolla amarilla 50 lb", "ONI-50"),
    ("pommes de terre 50 lb", "POT-50"),
    ("zanahorias 25 lb", "CAR-25"),
    ("riz 25 lb", "RICE-25"),
    # Dairy and dry goods: the phrase says which of a look-alike pair.
    ("mantequilla sin sal", "BUT-U"),
    ("lait entier 4 x 1 gal", "MILK-W"),
    ("Käse gerieben 4 x 5 lb", "CHE-MZ"),
    ("cassonade 25 lb", "SUG-BR"),
    ("chícharos congelados", "PEAS-F"),
    ("papas fritas 3/8", "FRIES-38"),
    # Cleaning.
    ("balai", "BRM-AN"),
    ("esponjas", "SPG-SC"),
    ("eau de javel 6 x 1 gal", "BLE-1G"),
    ("tabliers blancs", "APR-PL"),
    # Electrical: poles written in any language are poles.
    ("disjoncteur 2 pôles 15 A", "BKR-2P15"),
    ("Schutzschalter einpolig 15A", "BKR-1P15"),
    ("interrupteur 15 A blanc", "SW-TG"),
    ("Steckdose 15A weiss", "RCPT-DP"),
    ("ampoules 9 W 2700K", "LAMP-A19"),
    ("tournevis #2", "SD-PH2"),
    ("Zange 9 Zoll", "PLR-LN"),
    ("mud ring 4sq", "RNG-PL"),  # the trade's other name for a plaster ring
    # Office.
    ("agrafes 5000", "STP-STD"),
    ("tijeras 8 pulgadas", "SCI-8"),
    ("Briefumschläge #10 weiss", "ENV-10"),
])
def test_a_foreign_trade_word_ranks_the_product_it_means_first(line: str, sku: str) -> None:
    found = SUPPLIES.fuzzy_description(line)
    assert found, f"no candidate for {line!r}"
    assert found[0].sku == sku, (line, [(c.sku, round(c.score, 1)) for c in found])


def test_a_translated_line_is_never_more_than_a_description_match() -> None:
    """GIVEN a line written all in another language WHEN it is matched THEN what it names is a match by
    description (a doubt a clerk confirms), never one by code or by our own wording."""
    match = SUPPLIES.match(None, "mantequilla sin sal")
    assert match.sku == "BUT-U"
    assert match.method == "fuzzy_description"


@pytest.mark.parametrize(("line", "sku"), [
    ("sheet pan full size", "PAN-FS"),  # "pan" is a Spanish bread, but an English pan first
    ("white bread sliced", "BRD-WH"),
])
def test_an_english_line_keeps_its_meaning(line: str, sku: str) -> None:
    found = SUPPLIES.fuzzy_description(line)
    assert found and found[0].sku == sku, (line, [(c.sku, round(c.score, 1)) for c in found])


def test_salted_and_unsalted_are_told_apart_in_other_languages() -> None:
    """"Sin sal", "ungesalzen", a French "beurre doux" say unsalted; the salted butter is not ranked first."""
    for line in ("beurre doux", "Butter ungesalzen"):
        found = SUPPLIES.fuzzy_description(line)
        assert found and found[0].sku == "BUT-U", (line, [(c.sku, round(c.score, 1)) for c in found])


def test_poles_in_another_language_are_the_poles_label() -> None:
    assert read_wording("disjoncteur bipolaire").labels.get("poles") == "2"
    assert read_wording("2-polig").labels.get("poles") == "2"
    assert read_wording("interruptor 1 polo").labels.get("poles") == "1"


def test_a_ligature_is_read_as_its_letters() -> None:
    assert "beef" in read_wording("bœuf").words


@pytest.mark.parametrize("line", [
    "paint marker", "chicken broth", "porch light", "tiger shrimp", "rice pilaf", "papaya chunks", "pollock fillet",
    "pain reliever", "college ruled notebook",
])
def test_an_english_word_that_begins_with_a_foreign_one_is_not_translated(line: str) -> None:
    """The glossary reads an ending off a foreign word ("frijoles", "Bohnen"); a short foreign word is a whole
    word only, so the English word that begins with it ("paint" with "pain") is read as written."""
    assert not read_wording(line).translated, sorted(read_wording(line).words)
