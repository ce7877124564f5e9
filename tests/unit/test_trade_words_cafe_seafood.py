"""The café's and the fish trade's words in other languages (matching/trade_words.CAFE and SEAFOOD_PRODUCE)
against made-up English catalogs of near-twins: the product the buyer's words mean is ranked first, a word left
out of the glossary stays unread, and English words that begin like a foreign one keep their meaning."""

from __future__ import annotations

from decimal import Decimal

import pytest

from matching.catalog import CatalogIndex, CatalogProduct
from matching.wording import read_wording


def _p(sku: str, description: str, uom: str = "EA") -> CatalogProduct:
    return CatalogProduct(sku, description, uom, Decimal("1.00"))


CAFE = CatalogIndex([
    _p("CUP-12-DW", "Paper cup 12oz double wall white"),
    _p("CUP-12-SW", "Paper cup 12oz single wall white"),
    _p("LID-SIP-80", "Sip lid 80mm black"),
    _p("LID-DOME-90", "Dome lid 90mm clear"),
    _p("COF-WB-DK", "Coffee beans whole bean dark roast 1kg"),
    _p("COF-GR-FIL", "Coffee ground filter 1kg"),
    _p("COF-DEC", "Coffee decaf whole bean 500g"),
    _p("SYR-VAN", "Syrup vanilla 1L"),
    _p("SYR-VAN-SF", "Syrup vanilla sugar free 1L"),
    _p("SYR-SCAR", "Syrup salted caramel 1L"),
    _p("SYR-GING", "Syrup gingerbread 1L"),
    _p("MLK-OAT", "Oat milk barista 1L"),
    _p("MLK-SOY", "Soy milk barista 1L"),
    _p("MLK-ALM", "Almond milk barista 1L"),
    _p("STR-WOOD", "Wooden stirrers 178mm"),
    _p("SUG-CANE", "Cane sugar sticks 4g"),
    _p("SWEET", "Sweetener tablets"),
    _p("TAB-CLN", "Cleaning tablets for espresso machines"),
    _p("DESC", "Descaler 1L"),
    _p("GASK", "Group gasket 8.5mm"),
    _p("KNOCK", "Knock box stainless"),
    _p("TAMP", "Tamper 58mm"),
    _p("JUG-MLK", "Milk jug 600ml stainless"),
    _p("TEA-CHA", "Tea chamomile 100 bags"),
])

FISH = CatalogIndex([
    _p("SBS-FIL", "Sea bass fillet skin-on pin-boned", "KG"),
    _p("SBS-WH", "Sea bass whole gutted", "KG"),
    _p("SAL-FIL-SO", "Salmon fillet skin-on", "KG"),
    _p("SAL-FIL-SL", "Salmon fillet skinless boneless", "KG"),
    _p("SAL-SMK", "Smoked salmon sliced", "KG"),
    _p("COD-LOIN", "Cod loin skinless", "KG"),
    _p("HAD-FIL", "Haddock fillet", "KG"),
    _p("HAKE-FIL", "Hake fillet", "KG"),
    _p("LSOLE-WH", "Lemon sole whole", "KG"),
    _p("LEMON", "Lemons", "KG"),
    _p("MONK-TAIL", "Monkfish tail", "KG"),
    _p("SHR-BRN", "Brown shrimp peeled cooked", "KG"),
    _p("PRAWN-KG", "King prawns raw frozen", "KG"),
    _p("LANG", "Langoustines whole", "KG"),
    _p("MUSS", "Mussels live", "KG"),
    _p("SCAL", "Scallops roe off", "KG"),
    _p("SQUID", "Squid tubes cleaned", "KG"),
    _p("OCTO", "Octopus cooked", "KG"),
    _p("PARS", "Parsley flat leaf bunch"),
    _p("DILL", "Dill bunch"),
    _p("SAMP", "Samphire", "KG"),
    _p("POT", "Potatoes", "KG"),
])


@pytest.mark.parametrize(("line", "sku"), [
    ("bicchieri 12oz doppia parete", "CUP-12-DW"),  # Italian: cups, double wall (over the single-wall twin)
    ("Pappersmuggar 12oz dubbelväggig", "CUP-12-DW"),  # Swedish compound
    ("kubki papierowe 12oz jednościenne", "CUP-12-SW"),  # Polish: single wall
    ("Kuppeldeckel 90mm", "LID-DOME-90"),
    ("kaffebønner hele, mørk ristning 1 kg", "COF-WB-DK"),  # Danish: beans, whole, dark roast
    ("kawa mielona 1kg przelewowa", "COF-GR-FIL"),  # Polish: ground coffee, for the filter
    ("kahvi kofeiiniton 500g", "COF-DEC"),
    ("sirope de vainilla sin azúcar", "SYR-VAN-SF"),  # sugar-free, not the plain syrup lacking sugar
    ("Salzkaramell Sirup", "SYR-SCAR"),
    ("piernikowy syrop", "SYR-GING"),
    ("Haferdrink Barista", "MLK-OAT"),
    ("napój sojowy barista", "MLK-SOY"),
    ("houten roerstaafjes", "STR-WOOD"),
    ("Rohrzucker Sticks", "SUG-CANE"),
    ("Reinigungstabletten", "TAB-CLN"),
    ("odkamieniacz 1 l", "DESC"),
    ("Brühgruppendichtung 8,5 mm", "GASK"),
    ("Abklopfbehälter Edelstahl", "KNOCK"),
    ("lattiera 600 ml", "JUG-MLK"),
    ("herbata rumiankowa", "TEA-CHA"),
])
def test_cafe_words_in_other_languages_name_the_product(line: str, sku: str) -> None:
    found = CAFE.fuzzy_description(line)
    assert found, f"no candidate for {line!r}"
    assert found[0].sku == sku, (line, [(c.sku, round(c.score, 1)) for c in found[:3]])


@pytest.mark.parametrize(("line", "sku"), [
    ("zeebaarsfilet", "SBS-FIL"),  # Dutch compound: sea bass + fillet
    ("Wolfsbarsch ganz ausgenommen", "SBS-WH"),
    ("Lachsfilet mit Haut", "SAL-FIL-SO"),
    ("filet de saumon sans peau sans arêtes", "SAL-FIL-SL"),
    ("Räucherlachs geschnitten", "SAL-SMK"),
    ("lomo de bacalao sin piel", "COD-LOIN"),
    ("schelvisfilet", "HAD-FIL"),
    ("morszczuk filet", "HAKE-FIL"),
    ("tongschar heel", "LSOLE-WH"),  # lemon sole, not lemons
    ("limande sole entière", "LSOLE-WH"),
    ("zeeduivel staart", "MONK-TAIL"),
    ("grijze garnalen gepeld", "SHR-BRN"),
    ("Nordseekrabben gekocht geschält", "SHR-BRN"),
    ("Riesengarnelen roh tiefgefroren", "PRAWN-KG"),
    ("cigalas enteras", "LANG"),
    ("mosselen", "MUSS"),
    ("coquilles saint-jacques", "SCAL"),
    ("calamares", "SQUID"),
    ("pulpo cocido", "OCTO"),
    ("peterselie bosje", "PARS"),
    ("tilli nippu", "DILL"),
    ("zeekraal", "SAMP"),
    ("ziemniaki 10 kg", "POT"),
])
def test_fish_and_produce_words_in_other_languages_name_the_product(line: str, sku: str) -> None:
    found = FISH.fuzzy_description(line)
    assert found, f"no candidate for {line!r}"
    assert found[0].sku == sku, (line, [(c.sku, round(c.score, 1)) for c in found[:3]])


@pytest.mark.parametrize("word", ["lebkuchen", "queller", "torsk", "dorada"])
def test_a_word_left_out_of_the_tables_stays_unread(word: str) -> None:
    """An English word too ("Lebkuchen", "queller", "torsk") or one that already means something else ("dorada"
    is gold) is not read as the café's or the fish trade's word."""
    reading = read_wording(word)
    assert not ({"gingerbread", "samphire", "cod", "sea", "bream"} & reading.words), sorted(reading.words)


def test_a_left_out_word_does_not_pick_the_product() -> None:
    assert not any(c.sku == "SAMP" for c in FISH.fuzzy_description("queller")[:1])


@pytest.mark.parametrize("line", [
    "interior paint", "cotton towels", "postal box", "pellet stove", "scholar notebook", "grouper fillet",
    "lottery tickets", "skinny jeans", "platter round", "tampering seal", "the customer's list",
])
def test_english_words_are_not_read_as_the_new_trades_foreign_words(line: str) -> None:
    assert not read_wording(line).translated, sorted(read_wording(line).words)


def test_a_dutch_fillet_compound_is_the_fish_and_the_cut() -> None:
    assert {"sea", "bass", "fillet"} <= read_wording("zeebaarsfilet").words
    assert {"salmon", "fillet"} <= read_wording("lohifilee").words
