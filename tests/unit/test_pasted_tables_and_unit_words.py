"""Order lines in a plain-text body laid out as a pasted table, lists whose lines are counted loosely, the
address and signature lines under them, and the unit words buyers write. Every document here is made up.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractors.registry import extract_part
from matching.units import Conversion, Refusal, convert
from models.schemas import Extraction, Part
from vocabulary.units import normalise_unit, rec20_unit, unit_code


def _text(body: str) -> Extraction:
    return extract_part(Part(0, "body_text", "text/plain", None, body.encode()))


def _got(ex: Extraction) -> list[tuple[str | None, Decimal | None]]:
    return [(ln.description or ln.item_code, ln.quantity) for ln in ex.lines]


# -- a table drawn with one bar between two columns -------------------------------------------------


def test_two_column_bar_table_with_a_plus_rule_reads_each_row_by_its_header():
    """GIVEN a table typed with one bar between "Qty" and "Description" and a rule "----+-----" under
    its header THEN each row is a line: the count left of the bar, the words right of it (inch marks and
    sizes with numbers in them stay words)."""
    body = ("Hello Marta,\n\nRestock for the Eastfield yard:\n\n"
            "  Qty | Description\n"
            "  ----+--------------------------\n"
            "   25 | hose clamp 2\" stainless x 10\n"
            "    3 | garden hose 5/8 x 50 ft\n"
            "  150 | cable ties 8in black\n\n"
            "Needed by Friday.\n\nOtto\n")
    ex = _text(body)
    assert _got(ex) == [("hose clamp 2\" stainless x 10", Decimal(25)), ("garden hose 5/8 x 50 ft", Decimal(3)),
                        ("cable ties 8in black", Decimal(150))]
    assert ex.unread == []


def test_bar_table_with_item_qty_unit_columns_in_another_order():
    """GIVEN "Item | Qty | Unit" with a rule of dashes and pluses THEN the columns are read by their names
    wherever they stand."""
    body = ("Hi,\n\nItem | Qty | Unit\n-----+-----+-----\nRG-2201 | 12 | box\nRG-2219 | 4 | roll\n\nThanks\n")
    ex = _text(body)
    assert [(ln.item_code, ln.quantity, ln.uom) for ln in ex.lines] == [
        ("RG-2201", Decimal(12), "BX"), ("RG-2219", Decimal(4), "RL")]


def test_a_sentence_with_one_bar_is_no_table():
    """GIVEN prose with one bar in it and no rule under it THEN it is not read as a table's header."""
    body = "Hi,\n\nQty | the usual please\nand 4 x PL-330\n\nThanks\n"
    ex = _text(body)
    assert [(ln.item_code, ln.quantity) for ln in ex.lines] == [("PL-330", Decimal(4))]


# -- a table with decimal commas and column names in Dutch -------------------------------------------


def test_tab_table_with_dutch_names_reads_decimal_comma_prices_and_units():
    """GIVEN a table pasted from a spreadsheet with Dutch column names (Artikelnr / Omschrijving / Aantal /
    Eenheid / Prijs) and prices with a decimal comma THEN the price, the description and the unit are read
    from their cells."""
    body = ("Goedemiddag,\n\n"
            "Artikelnr\tOmschrijving\tAantal\tEenheid\tPrijs\n"
            "KR-1140\tKraan chroom 1/2\"\t14\tst\t12,45\n"
            "TP-0090\tAfdichttape 19 mm\t6\trol\t3,10\n"
            "BZ-7731\tBeugel verzinkt 28 mm\t40\tst\t0,85\n\n"
            "Met vriendelijke groet,\nJoost\n")
    ex = _text(body)
    assert [(ln.item_code, ln.description, ln.quantity, ln.uom, ln.unit_price) for ln in ex.lines] == [
        ("KR-1140", "Kraan chroom 1/2\"", Decimal(14), "EA", Decimal("12.45")),
        ("TP-0090", "Afdichttape 19 mm", Decimal(6), "RL", Decimal("3.10")),
        ("BZ-7731", "Beugel verzinkt 28 mm", Decimal(40), "EA", Decimal("0.85"))]


# -- lists counted loosely ------------------------------------------------------------------------


def test_a_list_of_bare_counts_under_its_introduction_is_read_and_the_uncounted_item_kept():
    """GIVEN a list under "please send:" whose lines open with a count and a word we do not know as a unit,
    and one item whose count the buyer does not know THEN every item is a line, the uncounted one with no
    quantity (so a clerk decides), never the whole list lost."""
    body = ("Hi there,\n\nPlease send for job 4471:\n\n"
            "4 bundles cedar shims 12in\n"
            "10 sheets drywall 1/2 in 4x8\n"
            "3/4 wire nuts yellow - no idea how many we need, whatever a jar is\n\n"
            "Cheers\nLiv\n")
    ex = _text(body)
    assert _got(ex) == [("bundles cedar shims 12in", Decimal(4)), ("sheets drywall 1/2 in 4x8", Decimal(10)),
                        ("3/4 wire nuts yellow", None)]
    assert ex.lines[2].confidence < 0.8


def test_a_bulleted_item_without_a_number_among_counted_ones_is_a_line_with_no_quantity():
    """GIVEN a bulleted list of counted items with one bullet naming an item and no count THEN that item is a
    line with no quantity (a clerk sets it), and a bullet that asks something is no line."""
    body = ("Hi,\n\nFor the Ridge St job:\n"
            "- 6 x HX-401 hinge satin\n"
            "- door stop rubber grey\n"
            "- 12 x HX-455 hinge black\n"
            "- please call before delivery\n\nThanks\n")
    ex = _text(body)
    assert [(ln.item_code, ln.description, ln.quantity) for ln in ex.lines] == [
        ("HX-401", "hinge satin", Decimal(6)), (None, "door stop rubber grey", None),
        ("HX-455", "hinge black", Decimal(12))]
    assert ex.lines[1].confidence < 0.8


def test_an_uncounted_remark_alone_is_no_line():
    """GIVEN a message with no order lines whose only sentence says it does not know how many THEN no line
    is made up from it."""
    ex = _text("Hi,\n\nNot sure how many we need yet, will call you.\n\nBen\n")
    assert ex.lines == []


# -- address and signature lines ------------------------------------------------------------------


def test_postal_code_in_a_signature_under_a_spanish_closing_is_no_line():
    """GIVEN an order signed under "Un saludo," with an address holding a postal code and a town THEN the
    address is no order line."""
    body = ("Hola,\n\nNecesitamos 12 cajas de guantes de nitrilo talla M.\n\n"
            "Un saludo,\nMarta Oliver\nSuministros Oliver S.L.\n"
            "Calle del Turia 41, Pol. Ind. El Oliveral, 46190 Ribarroja (Valencia)\n")
    ex = _text(body)
    assert _got(ex) == [("guantes de nitrilo talla M", Decimal(12))]
    assert ex.unread == []  # the signature under the closing is no line left unread either


@pytest.mark.parametrize("closing", ["Met vriendelijke groet,", "Cordiali saluti,", "Viele Grüße", "Bien à vous,",
                                     "Atentamente,"])
def test_closings_in_other_languages_end_the_order(closing: str):
    ex = _text(f"Hello,\n\n4 x VK-102 valve\n\n{closing}\nAnna Berg\nBerg Installaties - 3 vestigingen\n")
    assert [(ln.item_code, ln.quantity) for ln in ex.lines] == [("VK-102", Decimal(4))]
    assert ex.unread == []


def test_street_and_postal_code_lines_are_no_order_lines_wherever_they_stand():
    """GIVEN an address block (street and number, postal code and town) under the order lines, without a
    closing above it THEN neither line is read as an order line."""
    body = ("Hallo,\n\n5 x RV-220 Rohrschelle\n8 x RV-310 Rohrschelle\n\n"
            "Bitte liefern an:\nHalle 2\nAm Steinbruch, 71034 Boeblingen\n")
    ex = _text(body)
    assert [(ln.item_code, ln.quantity) for ln in ex.lines] == [("RV-220", Decimal(5)), ("RV-310", Decimal(8))]


# -- unit words -----------------------------------------------------------------------------------


@pytest.mark.parametrize("word, unit", [
    ("tubes", "TB"), ("Tuben", "TB"), ("tubos", "TB"), ("rol", "RL"), ("rollen", "RL"), ("ROL", "RL"),
    ("coils", "RL"), ("cubeta", "PAIL"), ("cubetas", "PAIL"), ("pail", "PAIL"), ("drum", "DR"), ("fût", "DR"),
    ("fûts", "DR"), ("Fass", "DR"), ("Fässer", "DR"), ("sack", "BG"), ("Beutel", "BG"), ("saco", "BG"),
    ("sac", "BG"), ("tubs", "TUB"), ("lengths", "EA"), ("Stangen", "EA"),
])
def test_unit_words_buyers_write(word: str, unit: str):
    assert normalise_unit(word) == unit


@pytest.mark.parametrize("word, unit", [("tube", "TB"), ("coil", "RL"), ("tub", "TUB"), ("length", "EA"),
                                        ("Stange", "EA")])
def test_singular_unit_words_that_also_name_goods_are_units_only_in_a_unit_column(word: str, unit: str):
    """"20 tube clamps", "4 tub spouts", "2 coil springs": in running text the singular names the goods."""
    assert normalise_unit(word) is None and unit_code(word) == unit


def test_a_unit_word_in_running_text_is_read_as_the_unit():
    ex = _text("Hi,\n\n8 Tuben Dichtpaste 100 ml\n6 lengths 3/4 copper pipe type L\n4 tub spouts chrome\n\nDanke\n")
    assert [(ln.quantity, ln.uom) for ln in ex.lines] == [(Decimal(8), "TB"), (Decimal(6), "EA"), (Decimal(4), None)]
    assert ex.lines[2].description == "tub spouts chrome"


def test_recommendation_21_tube_and_tub_are_told_apart():
    """Rec 21 writes a tube TU and a tub TB; our TB is the tube X12 and catalogs mean."""
    assert rec20_unit("TU") == "TB" and rec20_unit("XTU") == "TB"
    assert rec20_unit("TB") == "TUB"


def test_a_synonym_of_the_catalog_unit_converts_without_doubt():
    """GIVEN "Tuben" against a product sold per TB THEN it is the same unit, no doubt."""
    got = convert(Decimal(8), None, normalise_unit("Tuben"), "SP-100", "TB", 1)
    assert isinstance(got, Conversion) and got.quantity == Decimal(8) and got.note == ""


def test_a_unit_contradicting_the_catalog_keeps_a_doubt():
    """GIVEN tubes ordered of a product sold per case of 12 THEN it is refused for a clerk."""
    got = convert(Decimal(8), None, normalise_unit("tubes"), "SP-100", "CS", 12)
    assert isinstance(got, Refusal) and got.code == "uom_mismatch"


def test_a_tub_of_a_product_sold_one_by_one_as_a_tub_is_one():
    """GIVEN "tubs" of a product sold EA whose name says it comes in a tub THEN one tub is one."""
    got = convert(Decimal(3), None, normalise_unit("tubs"), "CMP-5", "EA", 1,
                  product_text="Joint compound ready-mix, 4.5 l tub")
    assert isinstance(got, Conversion) and got.quantity == Decimal(3)


@pytest.mark.parametrize("sold", ["BG", "BO"])
def test_btl_is_the_bag_or_the_bottle_the_product_is_sold_in(sold: str):
    """GIVEN "BTL" (a Beutel to a German buyer, a bottle to an English ERP) against a product sold per bag or
    per bottle THEN it is that unit, one for one."""
    got = convert(Decimal(5), Decimal("17.80"), "BTL", "CR-100", sold, 100)
    assert isinstance(got, Conversion) and got.quantity == Decimal(5) and got.unit_price == Decimal("17.80")


def test_btl_against_a_product_sold_in_another_unit_keeps_a_doubt():
    got = convert(Decimal(5), None, "BTL", "CR-100", "CS", 12)
    assert isinstance(got, Refusal)


def test_goods_named_with_street_words_are_still_order_lines():
    """GIVEN order lines whose goods carry street words ("Three Way Valve", "Lane marking tape", "road
    salt") THEN they are read as order lines, not taken for addresses."""
    body = ("Hi,\n\n4 x three way valve brass 1/2\n6 x lane marking tape yellow, Road grade\n"
            "10 x road salt 50 lb bag\n\nThanks\n")
    ex = _text(body)
    assert [ln.quantity for ln in ex.lines] == [Decimal(4), Decimal(6), Decimal(10)]
