"""Units as EDI standards, ERP unit columns and European buyers write them (vocabulary/units.py)."""

from __future__ import annotations

import pytest

from vocabulary.units import normalise_unit, rec20_unit, same_unit, unit_code, x12_unit


@pytest.mark.parametrize("code, unit", [
    ("C62", "EA"), ("H87", "EA"), ("PCE", "EA"), ("NAR", "EA"), ("EA", "EA"),
    ("KGM", "KG"), ("LTR", "L"), ("MTR", "M"), ("DZN", "DZ"), ("YRD", "YD"),
    ("CT", "CS"), ("CS", "CS"), ("BX", "BX"), ("PK", "PK"), ("PA", "PK"), ("PR", "PR"), ("RO", "RL"),
    ("BG", "BG"), ("DR", "DR"), ("PX", "PL"), ("PF", "PL"), ("SET", "SET"), ("KT", "KT"), ("BO", "BO"),
    ("XBX", "BX"), ("XCT", "CS"), ("XPX", "PL"),
])
def test_recommendation_20_and_21_codes_read_as_our_units(code: str, unit: str):
    assert rec20_unit(code) == unit


def test_codes_that_mean_other_units_in_recommendation_21_are_not_read_as_the_x12_ones():
    """GIVEN an EDIFACT or UBL line in CA or PL, THEN it is the standard's can or pail, never a case or a
    pallet: a product sold per case or pallet then doubts the line rather than ship the wrong unit."""
    assert rec20_unit("CA") == "CAN" and rec20_unit("PL") == "PAIL" and rec20_unit("XPL") == "PAIL"
    assert rec20_unit("NIU") == "NIU"  # international units of a substance, not pieces


@pytest.mark.parametrize("code, unit", [
    ("CA", "CS"), ("EA", "EA"), ("PC", "EA"), ("UN", "EA"), ("BX", "BX"), ("DZ", "DZ"), ("YD", "YD"),
    ("LB", "LB"), ("FT", "FT"), ("PL", "PL"), ("PA", "PAIL"), ("ST", "SET"), ("CT", "CS"), ("BO", "BO"),
])
def test_x12_unit_codes_read_as_x12_means_them(code: str, unit: str):
    assert x12_unit(code) == unit


@pytest.mark.parametrize("word, unit", [
    ("colis", "CS"), ("Stk", "EA"), ("Stück", "EA"), ("boîte", "BX"), ("boite", "BX"), ("caja", "CS"),
    ("pz", "EA"), ("pezzi", "EA"), ("Flaschen", "BO"), ("Eimer", "PAIL"), ("Sack", "BG"), ("Dosen", "CAN"),
    ("VE", "VE"), ("Paar", "PR"), ("pzas", "EA"), ("Nos", "EA"), ("nos.", "EA"),
])
def test_european_unit_words(word: str, unit: str):
    assert normalise_unit(word) == unit


def test_words_that_are_also_ordinary_words_are_not_units_in_running_text():
    """'can', 'un' and 'ft' are a verb, an article and a dimension in a sentence: units only in a column."""
    assert normalise_unit("can") is None and normalise_unit("un") is None and normalise_unit("ft") is None
    assert unit_code("UN") == "EA" and unit_code("FT") == "FT" and unit_code("Dose") == "CAN"


def test_a_unit_column_keeps_a_code_it_does_not_know_as_written():
    assert unit_code("gbnd") == "GBND" and unit_code("SCHA") == "SCHA"
    # A bottle to an English ERP, a bag (Beutel) to a German one: kept as written, equal only to itself.
    assert unit_code("BTL") == "BTL" and normalise_unit("btl") is None and not same_unit("BTL", "bottle")
    assert unit_code("KGM") == "KG" and unit_code("Yd") == "YD" and unit_code("EIM") == "PAIL"
    assert unit_code("") is None and unit_code("12") is None and unit_code("per box of 12") is None


def test_units_compare_by_meaning():
    assert same_unit("KGM", "KG") and same_unit("Stk", "EA") and same_unit("GBND", "GBND")
    assert not same_unit("CS", "BX") and not same_unit("KG", None)
