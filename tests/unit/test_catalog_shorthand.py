"""A distributor's terse catalog ("VLV BALL BRS 1/2IN", "HNDL MOP FBRGLS") against buyers' full words, and the
trade's own notations that are one attribute however written: gauge over conductors ("12/2", "12-2"), poles
("2P", "double pole"), a numbered gauge ("#10" for 10 AWG). Made-up products of several trades."""

from __future__ import annotations

from decimal import Decimal

import pytest

from matching.catalog import CatalogIndex, CatalogProduct
from matching.wording import abbreviates, read_wording

TERSE = CatalogIndex([
    CatalogProduct(sku, description, "EA", Decimal("1.00")) for sku, description in [
        ("BV-050", "VLV BALL BRS FPT 1/2IN"),
        ("BV-075", "VLV BALL BRS FPT 3/4IN"),
        ("GV-050", "VLV GATE BRS FPT 1/2IN"),
        ("CP-050", "CPLG COPPER 1/2IN"),
        ("EL-050", "ELL 90 COPPER 1/2IN"),
        ("MH-60", "HNDL MOP FBRGLS 60IN"),
        ("MH-48", "HNDL MOP WOOD 48IN"),
        ("FS-18", "SCRPR FLR 18IN"),
        ("UC-12-2", "CBL UF 12/2 W/G 100FT"),
        ("UC-14-2", "CBL UF 14/2 W/G 100FT"),
        ("UC-12-3", "CBL UF 12/3 W/G 100FT"),
        ("CB-130", "CIRC BRKR 1P 30A"),
        ("CB-230", "CIRC BRKR 2P 30A"),
        ("SD-10", "WIRE SOLID CU 10AWG 50FT"),
        ("SD-12", "WIRE SOLID CU 12AWG 50FT"),
        ("SG-5", "SEAL GASKET COMPRESSION 5IN"),
        ("HB-516", "BOLT HEX 5/16-18X2 ZN"),
        ("HB-38", "BOLT HEX 3/8-16X2 ZN"),
        ("AN-14", "ANCHOR CONC SCREW 1/4X2-1/4 BX/100"),
        ("JB-4", "BOX JCT 4SQ STL"),
        ("CS-12", "COLLAR SHAFT SS 1/2IN"),  # SS: set screw here, stainless elsewhere
        ("FL-LED", "LIGHT FLASH LED 3AAA"),
        ("DP-12", "DUSTPAN LOBBY 12IN"),
        ("TC-YL", "CONN TWIST-ON YEL 100/BX"),
        ("WP-2", "PLATE 2G NYL WHT"),
        ("CU-12", "WIRE COPPER 12AWG YEL 100FT"),
    ]
])


def _sku(description: str) -> str | None:
    return TERSE.match(None, description).sku


@pytest.mark.parametrize(("written", "sku"), [
    ("brass ball valves 1/2 inch", "BV-050"),  # VLV, BRS: the catalog's consonants of the buyer's words
    ("3/4 ball valve brass", "BV-075"),
    ("gate valve 1/2 brass", "GV-050"),
    ("1/2 copper couplings", "CP-050"),  # CPLG
    ("fiberglass mop handles 60in", "MH-60"),  # HNDL, FBRGLS
    ("floor scraper 18 in", "FS-18"),  # SCRPR, FLR
    ("12-2 UF cable 100 ft", "UC-12-2"),  # 12-2 is 12/2: gauge over conductors, not a range or a fraction
    ("uf cable 14/2", "UC-14-2"),
    ("12/3 uf cable", "UC-12-3"),
    ("30 amp double pole breaker", "CB-230"),  # 2P
    ("breaker single pole 30a", "CB-130"),
    ("#10 solid copper wire", "SD-10"),  # "#10" numbers the gauge
    ("compression gasket seal 5in", "SG-5"),
    ("5/16\" hex bolts 2 in", "HB-516"),  # the thread 5/16-18 states its diameter
    ("2 pole 30a", "CB-230"),  # no word, two attributes: the one product stating both
    ("tapcons 1/4 x 2-1/4", "AN-14"),  # a brand the trade uses for the thing
    ("4 square junction box steel", "JB-4"),  # SQ
    ("1/2 set screw shaft collars", "CS-12"),  # the catalog's SS, written out by the buyer
    ("led flashlights", "FL-LED"),  # an English compound ending in the catalog's word
    ("dust pan 12 in", "DP-12"),  # two words the catalog writes as one
    ("white wallplates 2 gang", "WP-2"),  # an English compound, no French "plate"
    ("yellow wire nuts", "TC-YL"),  # twist-on connectors, not yellow wire
    ('5/16" hex bolts', "HB-516"),  # an inch mark on the thread's diameter
  # an English word, not a foreign compound ("com" + "pression")
])
def test_a_terse_catalog_is_read_in_the_buyers_words(written: str, sku: str) -> None:
    assert _sku(written) == sku


@pytest.mark.parametrize("written", [
    "12-3 uf cable 100 ft",  # another conductor count: UC-12-3, never UC-12-2
    "30 amp 3 pole breaker",  # no three-pole breaker
    "#8 solid copper wire",  # no 8 gauge
])
def test_the_notations_contradict_another_product(written: str) -> None:
    assert _sku(written) not in {"UC-12-2", "CB-130", "CB-230", "SD-10", "SD-12"}


def test_which_words_are_written_short() -> None:
    assert abbreviates("brkr", "breakers") and abbreviates("rcpt", "receptacle") and abbreviates("dup", "duplex")
    assert abbreviates("tgl", "toggle") and abbreviates("fbrgls", "fiberglass")
    assert not abbreviates("res", "receptacles")  # too little of the word to say which
    assert not abbreviates("bag", "badge")  # a word of its own, not a shortening
    assert not abbreviates("sw", "switch")  # two letters say too little
    assert not abbreviates("flor", "floor")  # one letter short is a misspelling, not a shortening


def test_notations_read_as_one_attribute() -> None:
    assert read_wording("12-2 romex").labels["conductors"] == read_wording("CBL 12/2 W/G").labels["conductors"]
    assert read_wording("3/4 in").measures == {("in", 0.75)}  # a proper fraction stays a size
    assert "conductors" not in read_wording("box 14x10x8-3").labels  # a dimension's rest, not a cable
    assert read_wording("2 pole").labels["poles"] == read_wording("2P 30A").labels["poles"] == "2"
    assert read_wording("single-pole").labels["poles"] == "1"
    assert read_wording("cover plates").words == read_wording("cover plate").words  # no French "plat"


def test_a_word_ending_in_x_before_the_notation_is_no_dimension() -> None:
    assert read_wording("duplex 12/2").labels["conductors"] == "12/2"


def test_a_line_measuring_its_own_product_under_another_line() -> None:
    # "2 pole 30a" under a line about something else is no variant of that line's product: its own attributes
    # still find the one product stating them all.
    assert TERSE.match(None, "2 pole 30a", above="fiberglass mop handles 60in").sku == "CB-230"
