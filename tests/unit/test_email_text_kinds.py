"""Kinds of order email bodies nobody here wrote: fixed-column text exports, counts after the item, reply
threads with corrections, and quantities written in words. Every document here is made up."""

from decimal import Decimal

from extractors.email_text import extract_text
from extractors.text_columns import heading, read_row
from extractors.word_numbers import as_digits


def _lines(body: str) -> list[tuple[Decimal | None, str | None, str | None, str | None]]:
    return [(line.quantity, line.uom, line.item_code, line.description) for line in extract_text(body, 0).lines]


ERP_EXPORT = """Supplier,

System copy of our purchase order follows.

                                                  ORDER NO: 77-31840
LN  OUR CODE     DESCRIPTION                      PACK        QTY UOM   UNIT PRICE    EXTENSION
--- ------------ -------------------------------- -------- ------ --- ------------ ------------
001 KT-44120     SPONGE SCRUB GREEN 6X9           20/CS        14 CS       18.2500       255.50
002 KT-44185     BROOM ANGLE 12IN                 6/CS          3 CS       41.0000       123.00
                                                                           SUBTOTAL       378.50

BUYER: R. TELLIER
"""


def test_a_fixed_column_export_tells_line_number_pack_quantity_price_and_extension_apart():
    """GIVEN an ERP's text copy of an order with a heading and rows of aligned columns
    THEN each row's quantity is the number that, times the price, gives the extension; the line number, the
    pack size ("20/CS") and the subtotal are no quantity."""
    lines = extract_text(ERP_EXPORT, 0).lines
    got = [(line.quantity, line.uom, line.item_code, line.unit_price, line.line_total) for line in lines]
    assert got == [
        (Decimal("14"), "CS", "KT-44120", Decimal("18.2500"), Decimal("255.50")),
        (Decimal("3"), "CS", "KT-44185", Decimal("41.0000"), Decimal("123.00")),
    ]
    assert lines[0].description == "SPONGE SCRUB GREEN 6X9 20/CS"


def test_arithmetic_decides_the_quantity_without_a_heading():
    """"4  MOP HEAD COTTON 24OZ 12/CS  9  CS  5.10  45.90": 9 x 5.10 = 45.90, so 9 is the quantity and 4 the
    row's number; a row whose numbers do not agree is not guessed."""
    row = read_row("4  MOP HEAD COTTON 24OZ 12/CS   9  CS  5.10  45.90", None)
    assert row is not None and (row.quantity, row.unit, row.price, row.total) == (
        Decimal("9"), "CS", Decimal("5.10"), Decimal("45.90"))
    assert read_row("4  MOP HEAD COTTON 24OZ 12/CS   9  CS  5.10  47.00", None) is None


def test_a_heading_that_puts_the_quantity_first_and_a_unit_the_vocabulary_does_not_know():
    """"Pos  Menge  Einheit  Artikel  Preis": the quantity column stands before the description; the unit word
    in its column is no part of the description."""
    columns = heading("Pos.  Menge  Einheit  Artikel                         Preis")
    assert columns is not None and columns.qty_before_description
    row = read_row("2     15     VPE      Abfallsack 120 l grau               4,20 €", columns)
    assert row is not None
    assert (row.quantity, row.description, row.price) == (Decimal("15"), "Abfallsack 120 l grau", Decimal("4.20"))


def test_a_supplier_code_printed_under_a_row_is_the_item_code():
    """SAP prints the supplier's material number on the line under the buyer's row."""
    body = """Please deliver:

Item   Material  Description              PO Qty  Unit  Net price     Net value
------------------------------------------------------------------------------
00010  884412    CLAMP HOSE 1/2 SS            25  EA        1.40        35.00
       Your material number HC-1200-SS
       Delivery date: 03/02/2027
"""
    lines = extract_text(body, 0).lines
    assert [(line.quantity, line.item_code, line.customer_part) for line in lines] == [
        (Decimal("25"), "HC-1200-SS", "884412")]


def test_counts_after_the_item_with_or_without_a_unit_and_prices_in_any_currency():
    """"- rubber boots size 9 - 6 pairs @ £18.40", "... : 12 fardeaux à 36,20 €", "clear bags (thin) 2 cases",
    "safety cones, 8 boxes": the count follows the item; a remark in brackets after it still describes it."""
    body = """Hello,

- rubber boots size 9 - 6 pairs @ £18.40
- Sacs de congélation 3 l : 12 fardeaux à 4,15 €
- clear bags (the thin ones) 2 cases
- orange traffic cones 28in, 8 boxes
- wiper blades 22in - 4 boxes (the long ones)

Regards,
Ines
"""
    assert [(q, u, d) for q, u, _, d in _lines(body)] == [
        (Decimal("6"), "PR", "rubber boots size 9"),
        (Decimal("12"), None, "Sacs de congélation 3 l"),
        (Decimal("2"), "CS", "clear bags thin"),
        (Decimal("8"), "BX", "orange traffic cones 28in"),
        (Decimal("4"), "BX", "wiper blades 22in long"),
    ]
    prices = [line.unit_price for line in extract_text(body, 0).lines]
    assert prices[:2] == [Decimal("18.40"), Decimal("4.15")]


def test_a_measure_in_front_is_the_size_when_a_count_follows_the_item():
    """"55 gal drum liners 2 mil - 3 cs": 55 gallons is the liner's size, 3 cases the quantity."""
    assert _lines("Need:\n\n55 gal drum liners 2 mil - 3 cs\n") == [
        (Decimal("3"), "CS", None, "55 gal drum liners 2 mil")]


def test_a_bare_count_in_a_list_of_order_lines_is_read_with_some_doubt():
    """"1 wet floor sign yellow" under "3 cs ..." lines: a number opening a line of the list is its count; no
    unit says so, so the reading is not sure enough to approve untouched."""
    body = "Hi,\n\n3 cs trash liners 40x46\n1 yellow caution sign\n\nThanks\n"
    lines = extract_text(body, 0).lines
    assert [(line.quantity, line.description) for line in lines] == [
        (Decimal("3"), "trash liners 40x46"), (Decimal("1"), "yellow caution sign")]
    assert lines[1].confidence < 0.95
    assert lines[0].item_code is None  # "40x46" is a size, not a code


def test_quantities_written_in_words_in_a_sentence():
    """GIVEN a buyer writing prose: "four cases of the brown kraft towels, a dozen orange vests, half a dozen of
    the ear muffs, and two boxes of medium latex gloves", German and Spanish number words
    THEN each is an order line with its number; "three of the lids" after "cases" is by the case too."""
    body = ("Hi Sam,\n\nCould you get these for the Ridgeway job? We need four cases of the brown kraft towels, a "
            "dozen orange vests, half a dozen of the ear muffs, and two boxes of medium latex gloves.\n\n"
            "Oh and five cases of the 16 oz soup cups, three of the vented lids.\n\nThanks!\n")
    assert [(q, u, d) for q, u, _, d in _lines(body)] == [
        (Decimal("4"), "CS", "brown kraft towels"),
        (Decimal("12"), None, "orange vests"),
        (Decimal("6"), None, "ear muffs"),
        (Decimal("2"), "BX", "medium latex gloves"),
        (Decimal("5"), "CS", "16 oz soup cups"),
        (Decimal("3"), "CS", "vented lids"),
    ]
    assert as_digits("wir brauchen zwei Kartons Schwämme").text == "wir brauchen 2 Kartons Schwämme"
    assert as_digits("necesito ocho cajas de bolsas").text == "necesito 8 cajas de bolsas"
    assert as_digits("il nous faut trois colis de gants").text == "il nous faut 3 colis de gants"
    assert _lines("Hi,\n\nthe two of us will come at ten.\n") == []


def test_a_vague_amount_is_read_but_never_sure():
    """"a couple of boxes" is probably two: read, with a confidence no order is approved untouched with."""
    lines = extract_text("Hello,\n\nplease send a couple of boxes of blue shop towels\n\nThanks\n", 0).lines
    assert [(line.quantity, line.uom) for line in lines] == [(Decimal("2"), "BX")]
    assert lines[0].confidence < 0.6


def test_a_digit_before_dozen_orders_by_the_dozen():
    assert _lines("Please send:\n\n4 dozen PEN-GEL-BLU\n") == [(Decimal("4"), "DZ", "PEN-GEL-BLU", None)]


def test_a_statement_about_goods_is_not_an_order_line():
    """"The 80 cases of towels are the urgent ones" talks about goods ordered before."""
    assert _lines("Hi,\n\nWhere is our order? The 80 cases of towels are the urgent ones.\n") == []


REPLY_CORRECTION = """Make that 5 cases of the kraft towels, not 2. Drop the hand soap. Rest is fine.
Ana

-----Original Message-----
From: Sales Desk <sales@supplier.example>
Sent: Tuesday, May 4, 2027 9:02 AM
To: Ana Ruiz <ana@bakery.example>
Subject: RE: weekly order

Thanks Ana, noted for Friday.

-----Original Message-----
From: Ana Ruiz <ana@bakery.example>
Sent: Tuesday, May 4, 2027 8:40 AM
To: sales@supplier.example
Subject: weekly order

2 cs kraft towels
3 cs hand soap refill
1 cs bakery tissue 12x12
"""


def test_a_reply_correcting_the_quoted_order_applies_its_corrections():
    """GIVEN a reply whose newest text corrects the order quoted two messages down
    THEN the quoted order's lines are read with the corrections applied: the newest text wins."""
    assert [(q, u, d) for q, u, _, d in _lines(REPLY_CORRECTION)] == [
        (Decimal("5"), "CS", "kraft towels"),
        (Decimal("1"), "CS", "bakery tissue 12x12"),
    ]
    # the earlier order may be on file already: a corrected order is never sure enough to approve untouched
    assert all(line.confidence < 0.95 for line in extract_text(REPLY_CORRECTION, 0).lines)


def test_a_correction_that_names_no_line_for_certain_goes_to_a_clerk():
    """"change the towels to 6" when two lines are towels: not guessed, left unread."""
    body = ("Change the towels to 6 cases please.\n\nOn Mon, 3 May 2027 at 10:00, Ana <ana@bakery.example> wrote:\n"
            "> 2 cs kraft towels\n> 3 cs white towels\n")
    extraction = extract_text(body, 0)
    assert [line.quantity for line in extraction.lines] == [Decimal("2"), Decimal("3")]
    assert any("Change the towels" in text for text in extraction.unread)


def test_positions_corrected_by_number_and_added_lines():
    """"Line 2: 8 instead of 4", "cancel line 3", "please add 2 cs of trays" on a quoted order."""
    body = ("Line 2: 8 instead of 4. Cancel line 3. Please add 2 cs of foil trays.\n\n"
            "On Mon, 3 May 2027 at 10:00, Ana <ana@bakery.example> wrote:\n"
            "> 1 cs napkins\n> 4 cs cups 8oz\n> 6 cs lids 8oz\n")
    assert [(q, d) for q, _, _, d in _lines(body)] == [
        (Decimal("1"), "napkins"), (Decimal("8"), "cups 8oz"), (Decimal("2"), "foil trays")]


def test_a_reply_with_a_new_order_of_its_own_does_not_read_the_quoted_one():
    body = ("New order below:\n3 cs cups 8oz\n\nOn Mon, 3 May 2027 at 10:00, Ana <ana@bakery.example> wrote:\n"
            "> 9 cs lids 8oz\n")
    assert [(q, d) for q, _, _, d in _lines(body)] == [(Decimal("3"), "cups 8oz")]


def test_a_sentence_list_with_a_name_in_front_and_bare_counts():
    """"Sam - need 24 of the grey 15A switches, 8 beige dimmers and 5 packs of the soft white A19s": the name
    addressed opens the sentence; "8 beige dimmers" after a counted clause is the list going on (with doubt,
    no unit says so); "and please add the 3 cases of ..." asks for one more."""
    body = ("Sam - need 24 of the grey 15A switches, 8 beige dimmers and 5 packs of the soft white A19s, "
            "and please add the 3 cases of 2-ply hand towels.\n")
    lines = extract_text(body, 0).lines
    assert [(line.quantity, line.uom, line.item_code, line.description) for line in lines] == [
        (Decimal("24"), None, None, "grey 15A switches"),
        (Decimal("8"), None, None, "beige dimmers"),
        (Decimal("5"), "PK", None, "soft white A19s"),
        (Decimal("3"), "CS", None, "2-ply hand towels"),
    ]
    assert lines[1].confidence < 0.95


def test_a_fields_label_and_value_is_not_an_order_line():
    """"Customer PO:  55102", "Weight:  260 lb", "Pieces:  1 pallet / 9 cartons" are fields, whatever the words
    before their names; "Blue shop towels: 4 cs" is an order line."""
    body = "Customer PO:  55102\nWeight:  260 lb\nPieces:  1 pallet / 9 cartons\nBlue shop towels: 4 cs\n"
    assert _lines(body) == [(Decimal("4"), "CS", None, "Blue shop towels")]


def test_a_listed_count_with_a_unit_word_unknown_and_a_code():
    """"4 bidons de CLN-GLS-SPR" under a line read: the count, then a unit word the vocabulary does not know,
    then the item's code, read with doubt."""
    lines = extract_text("Bonjour,\n\n2 cartons de TWL-KRF-8\n4 bidons de CLN-GLS-SPR\n", 0).lines
    assert [(line.quantity, line.item_code) for line in lines] == [(Decimal("2"), "TWL-KRF-8"),
                                                                   (Decimal("4"), "CLN-GLS-SPR")]
    assert lines[1].confidence < 0.95


def test_remarks_about_the_order_are_no_part_of_the_description():
    """"- the green ones, not the grey", "that fit the 12oz", "since those never came", "(size 9 is fine)":
    an attribute said as "the green ones" is kept, the rest is talk about the order."""
    body = ("Hi,\n\nwe need 3 boxes of latex gloves - the green ones, not the grey, 2 cases of dome lids that fit "
            "the 12oz, 4 packs of the sponges since those never came, and 6 pairs of rain boots (size 9 is fine).\n")
    assert [d for _, _, _, d in _lines(body)] == ["latex gloves green", "dome lids", "sponges", "rain boots size 9"]


def test_variants_of_one_item_listed_after_a_comma():
    """"- rain boots size 8 x 6 pairs, size 10 x 4 pairs": the second is the same boots in another size."""
    assert [(q, d) for q, _, _, d in _lines("Hi,\n\n- rain boots size 8 x 6 pairs, size 10 x 4 pairs\n")] == [
        (Decimal("6"), "rain boots size 8"), (Decimal("4"), "rain boots size 10")]


def test_a_new_order_that_mentions_a_change_does_not_take_the_quoted_order():
    body = ("Please send 4 cs cups 8oz. We had to change our dock hours to 7 am.\n\n"
            "On Mon, 3 May 2027 at 10:00, Ana <ana@bakery.example> wrote:\n> 9 cs lids 8oz\n")
    assert [(q, d) for q, _, _, d in _lines(body)] == [(Decimal("4"), "cups 8oz")]


def test_a_sentence_naming_columns_is_no_heading():
    assert heading("Please confirm the price and qty for each item below") is None
    assert heading("Sr. No. | Item Description | Qty") is not None
    assert heading("Item   Description        Qty   Rate   Amount") is not None


def test_a_unit_word_we_do_not_know_leaves_doubt():
    """"12 fardeaux", "20 Lot": a unit written that the vocabulary does not know is not the catalog's unit by
    default; the line is read, not sure enough to approve untouched."""
    lines = extract_text("Bonjour,\n\n- Sacs de congélation 3 l : 12 fardeaux\n", 0).lines
    assert [(line.quantity, line.uom) for line in lines] == [(Decimal("12"), None)]
    assert lines[0].confidence < 0.95
    columns = heading("Sl.  Description              Qty  Unit   Rate    Amount")
    row = read_row("  1  Safety goggles clear       20  Lot   4.10    82.00", columns)
    assert row is not None and row.quantity == Decimal("20") and row.unknown_unit == "Lot"


def test_a_size_with_commas_is_no_list_of_variants():
    assert _lines("Hi,\n\nFLT-1630-2 Panel filter 16 x 30 x 2 in, MERV 11 - 6 EA\n") == [
        (Decimal("6"), "EA", "FLT-1630-2", "Panel filter 16 x 30 x 2 in MERV 11")]


def test_a_part_number_label_with_a_quantity_is_an_order_line():
    assert [q for q, _, _, _ in _lines("Hi,\n\nPart no: QR-5512 qty 5\nItem no. ZT-908 - 3 boxes\n")] == [
        Decimal("5"), Decimal("3")]
