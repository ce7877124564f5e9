"""Order lines written the way tradespeople write them: a count in brackets before the item, a size or rating
designation leading the item ("10-2", "#8", "16/4"), a length marked with a foot sign, a German position
list, a measure after a comma that belongs to the item, and "pls send". Every document here is made up.
"""

from __future__ import annotations

from decimal import Decimal

from extractors.email_text import extract_text
from intake.classify import asks_for_goods


def _lines(body: str) -> list[tuple[Decimal | None, str | None, str | None, str | None]]:
    return [(line.quantity, line.uom, line.item_code, line.description) for line in extract_text(body, 0).lines]


# -- a count in brackets ----------------------------------------------------------------------------


def test_a_count_in_brackets_before_the_item_is_its_quantity():
    """GIVEN lines "(N) item" whose bracketed numbers do not count 1, 2, 3 (so they are no list's numbers)
    THEN N is each line's quantity and the words after it, sizes and all, are the item."""
    body = ("Hi Ray,\n\n(25) 1/2 copper tees\n(120) 1/2 pipe clips\n(6) boxes 3/8 wood screws 2-1/2\n"
            "(3) 1 x 8' pex sticks\n\nthanks\nMo\n")
    got = _lines(body)
    assert [q for q, _, _, _ in got] == [Decimal(25), Decimal(120), Decimal(6), Decimal(3)]
    assert got[0][3] == "1/2 copper tees"
    assert got[2][1] == "BX" and "3/8 wood screws" in (got[2][3] or "")
    assert all(code is None for _, _, code, _ in got)


def test_bracketed_list_numbers_counting_one_two_three_stay_list_numbers():
    """GIVEN a list numbered "(1) ... (2) ... (3)" whose lines carry counts of their own THEN the counts are read,
    never the list's numbers."""
    body = "Please send:\n(1) 4 x QP-110\n(2) 9 x QP-220\n(3) 2 x QP-330\n"
    assert [(q, c) for q, _, c, _ in _lines(body)] == [(Decimal(4), "QP-110"), (Decimal(9), "QP-220"),
                                                       (Decimal(2), "QP-330")]


# -- a leading size or rating designation -------------------------------------------------------------


def test_a_short_digit_pair_leading_the_item_is_its_designation_not_a_code():
    """GIVEN "10-2 flex cord 100' x 3", "16/4 cord - 2" (gauge and conductors written as a digit pair)
    THEN the pair stays the head of the description and no item code is read from it."""
    got = _lines("Hi,\n\n10-2 flex cord 100' x 3\n16/4 cord - 2\n\nthanks\n")
    assert [(q, c) for q, _, c, _ in got] == [(Decimal(3), None), (Decimal(2), None)]
    assert (got[0][3] or "").startswith("10-2 flex cord 100")
    assert got[1][3] == "16/4 cord"


def test_real_codes_that_look_like_numbers_stay_codes():
    """GIVEN codes with letters or longer digit groups ("4410-22", "AB-12") THEN they are still item codes."""
    got = _lines("Hi,\n\n4410-22 hinge x 5\nAB-12 latch x 2\n\nthanks\n")
    assert [(q, c) for q, _, c, _ in got] == [(Decimal(5), "4410-22"), (Decimal(2), "AB-12")]


def test_a_number_sign_size_leading_the_item_is_kept_in_the_description():
    """GIVEN "#8 pan screws ... qty 4", "#6 wood screws - 1 box" (a gauge written with a number sign)
    THEN "#8" is the goods' size: kept in the description as written, never taken for a list number."""
    got = _lines("Hi,\n\n#8 pan screws zinc 1 in qty 4\n#6 wood screws - 1 box\n\nthanks\n")
    assert [(q, d) for q, _, _, d in got] == [(Decimal(4), "#8 pan screws zinc 1 in"),
                                              (Decimal(1), "#6 wood screws")]


# -- a length marked with a foot sign --------------------------------------------------------------


def test_a_leading_length_in_feet_is_the_quantity_unless_a_count_follows():
    """GIVEN "300' 3/4 garden hose" (a length ordered) and "150' coil 1/2 hose - 2" (a coil's length, counted)
    THEN the first is 300 FT of hose; the second is 2 coils, their length kept in the description."""
    got = _lines("Hi,\n\n300' 3/4 garden hose\n150' coil 1/2 hose - 2\n\nthanks\n")
    assert [(q, u, c) for q, u, c, _ in got] == [(Decimal(300), "FT", None), (Decimal(2), None, None)]
    assert (got[0][3] or "").startswith("3/4 garden hose")
    assert "coil 1/2 hose" in (got[1][3] or "") and (got[1][3] or "").startswith("150")


# -- a position list in German -------------------------------------------------------------------


def test_a_german_position_list_with_prices_after_a():
    """GIVEN "Pos. 10  12 Stk.  Fliesenkleber ..., 25 kg/Sack  à 9,80" (the position, the count and its unit,
    the item with a pack size or a count per pack after a comma, and its price) THEN each position is one line
    with its count and price; the position number is no quantity and the pack size no line."""
    body = ("Guten Tag,\n\n"
            "Pos. 10  12 Sack    Fliesenkleber grau, 25 Kg/Sack      à 9,80\n"
            "Pos. 20   3 Stk.    Zahnspachtel 8 mm                    à 6,15\n"
            "Pos. 30   2 Rolle   Dichtband blau, 10er-Rolle           à 14,20\n"
            "Pos. 40   6 Beutel  Fliesenkreuze 3 mm, 250 Stk./Beutel   à 2,35\n\n"
            "Mit freundlichen Grüßen\nK. Brandt\n")
    lines = extract_text(body, 0).lines
    assert [(ln.quantity, ln.unit_price) for ln in lines] == [
        (Decimal(12), Decimal("9.80")), (Decimal(3), Decimal("6.15")), (Decimal(2), Decimal("14.20")),
        (Decimal(6), Decimal("2.35"))]
    assert "Pos" not in (lines[1].description or "")


# -- a measure after a comma is the item's ---------------------------------------------------------------


def test_a_measure_after_a_comma_belongs_to_the_item_and_the_price_to_the_line():
    """GIVEN "3) 12 pcs  copper pipe 1/2\", 10 ft   USD 21.40/pc" THEN one line: 12 pieces of pipe 10 ft long
    at 21.40, not a second line of 10 ft."""
    lines = extract_text("Hello,\n\n1) 5 pcs  pipe cutter   USD 18.00/pc\n"
                         "2) 12 pcs  copper pipe 1/2\", 10 ft     USD 21.40/pc\n\nRegards\n", 0).lines
    assert [(ln.quantity, ln.unit_price) for ln in lines] == [(Decimal(5), Decimal("18.00")),
                                                             (Decimal(12), Decimal("21.40"))]
    assert "10 ft" in (lines[1].description or "")


# -- "pls send" -------------------------------------------------------------------------------------------


def test_pls_send_asks_for_goods():
    """GIVEN a note "Pls send to the yard on Elm Rd" above a forwarded list THEN it asks for goods, as
    "please send" does."""
    assert asks_for_goods("Fwd: fittings\nPls send to the yard on Elm Rd.\n")
    assert asks_for_goods("plz ship by friday")


# -- a count in words opening a list line -----------------------------------------------------------------


def test_a_number_word_opening_a_list_line_is_its_count():
    """GIVEN a list under "can you send:" whose lines open with a count in words before the goods, some goods
    starting with a size of their own ("eight 3-way valves", "twelve 1/2 elbows") THEN each word is the line's
    count; a vague "a couple of" is read as about 2 and left for a clerk."""
    body = ("Hi Sam,\n\ncan you send:\n"
            "eight 3-way valves brass\n"
            "twelve 1/2 elbows copper\n"
            "4 boxes of pipe hangers\n"
            "one 5\" hole saw, the bi-metal one\n"
            "a couple of 10-in-1 wrenches\n\nthanks\nJo\n")
    lines = extract_text(body, 0).lines
    assert [ln.quantity for ln in lines] == [Decimal(8), Decimal(12), Decimal(4), Decimal(1), Decimal(2)]
    assert (lines[0].description or "").startswith("3-way valves")
    assert (lines[1].description or "").startswith("1/2 elbows")
    assert lines[4].confidence < 0.8 and lines[4].item_code is None  # "10-in-1" is what the wrench is
    assert lines[3].description == '5" hole saw bi-metal'


def test_a_number_word_opening_a_remark_is_no_line():
    """GIVEN prose lines opening with a number word that counts no goods ("one more thing", "two of us") beside
    order lines THEN they are not read as order lines."""
    body = "Hi,\n\nplease send:\n3 boxes of pipe hangers\none more thing: gate code is 4411\n\nthanks\n"
    assert [ln.quantity for ln in extract_text(body, 0).lines] == [Decimal(3)]


def test_spools_and_reels_are_rolls():
    """GIVEN "3 spools of nylon line", "2 reels garden hose" THEN they are counted by the roll (RL)."""
    assert [(q, u) for q, u, _, _ in _lines("Hi,\n\n3 spools of nylon line\n2 reels garden hose\n\nthanks\n")] == [
        (Decimal(3), "RL"), (Decimal(2), "RL")]


def test_a_note_opening_with_need_asks_for_goods():
    """GIVEN a note "Need for the Birch St job:" above a list (the "we" dropped) THEN it asks for goods; "Need to
    know when ..." asks a question, not for goods."""
    assert asks_for_goods("Birch St\nNeed for the Birch St job, 4 Birch St:\n\nvalve boxes x 3\n")
    assert not asks_for_goods("Hi\nNeed to know when the truck comes.\n")


def test_a_dash_list_whose_goods_open_with_a_whole_size_in_inches():
    """GIVEN a terse list "N - 4\\" goods" (a whole size with an inch mark, or "in", after the dash; maybe a fraction
    naming the kind next, "4\\" 1/4 bends") and a line "N 4\\" goods" without the dash
    THEN N is each line's count and the size stays in the goods' name. (Made up: a drainage order.)"""
    body = ("6 - 4\" drain grates\n10 - 4\" 1/8 bends\n3 - 6 in catch basins\n5 4\" end caps\n"
            "2 - 3\" cleanout plugs\n\nleave at the gate\nDee\n")
    got = _lines(body)
    assert [(q, d) for q, _, _, d in got] == [
        (Decimal(6), "4\" drain grates"), (Decimal(10), "4\" 1/8 bends"), (Decimal(3), "6 in catch basins"),
        (Decimal(5), "4\" end caps"), (Decimal(2), "3\" cleanout plugs")]


def test_a_line_opening_with_a_two_digit_size_is_no_count_and_a_smaller_size():
    """GIVEN a list line that opens with its size and no count ("12\\" PVC cap") THEN it is never read as one of a
    size cut from it (1 x 2\\" PVC cap)."""
    got = _lines("please send:\n6 - 4\" drain grates\n3 - 6 in catch basins\n12\" PVC cap\n24\" level\n\nthanks\n")
    assert [q for q, _, _, _ in got[:2]] == [Decimal(6), Decimal(3)]
    assert not any(d and d.startswith(("2\"", "4\" level")) for _, _, _, d in got[2:]), got
