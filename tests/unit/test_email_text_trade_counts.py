"""How trade buyers write counts in order emails: pieces "off", counts spelled twice ("ten (10)"), plural unit
abbreviations ("prs", "bxs", "pks"), dash lists whose goods open with a size, and bare series numbers before their
suffix. Every document here is made up (plumbing, joinery, electrical)."""

from decimal import Decimal

from extractors.email_text import extract_text


def _lines(body: str) -> list[tuple[Decimal | None, str | None, str | None, str | None]]:
    return [(line.quantity, line.uom, line.item_code, line.description) for line in extract_text(body, 0).lines]


def test_pieces_written_off_are_a_count_of_each():
    """GIVEN a British joiner's order counting pieces "off", before or after the goods
    THEN each is that many each, and "off" is no word of the goods; "off the last order" stays talk."""
    body = "Please supply:\n\n12 off hinge butts 100mm\nDoor stops brass - 3 off\n\nTake 2 off the last order.\n"
    assert _lines(body) == [
        (Decimal("12"), "EA", None, "hinge butts 100mm"),
        (Decimal("3"), "EA", None, "Door stops brass"),
    ]


def test_a_count_spelled_then_given_in_digits_is_one_count():
    """GIVEN counts written as on a cheque: "ten (10)", "Three (3) bags"
    THEN the count is the number, once; neither the word nor the bracket stays in the goods."""
    body = "Please send:\n\nQty: twelve (12) - copper elbows 22mm\nThree (3) bags tile grout grey\n"
    assert _lines(body) == [
        (Decimal("12"), None, None, "copper elbows 22mm"),
        (Decimal("3"), "BG", None, "tile grout grey"),
    ]


def test_plural_unit_abbreviations_are_units():
    """GIVEN "prs", "bxs" and "pks" after the count, with dotted leaders
    THEN they are pairs, boxes and packs, not words of the goods."""
    body = "Please send:\n\nKnee pads gel ........ 4 prs\nWood screws 4x40 ..... 3 bxs\n2 pks sandpaper 120\n"
    assert _lines(body) == [
        (Decimal("4"), "PR", None, "Knee pads gel"),
        (Decimal("3"), "BX", None, "Wood screws 4x40"),
        (Decimal("2"), "PK", None, "sandpaper 120"),
    ]


def test_a_dash_list_whose_goods_open_with_their_size():
    """GIVEN a list of "N - goods" lines where goods open with a fraction or a measure
    THEN the count is the number before the dash and the size stays with the goods (not twenty and a half, not
    five gallons)."""
    body = "Please send:\n\n20 - 1/2 copper tees\n3 - 3/4 ball valves\n2 - 5 gal floor sealer\n"
    assert _lines(body) == [
        (Decimal("20"), None, None, "1/2 copper tees"),
        (Decimal("3"), None, None, "3/4 ball valves"),
        (Decimal("2"), None, None, "5 gal floor sealer"),
    ]


def test_a_bare_series_number_stays_in_the_description():
    """GIVEN a series number then its suffix in words ("3047 BK conduit boxes")
    THEN the number is read as a code and the description keeps it, so words can still match the whole name."""
    assert _lines("Please send:\n\n3047 BK conduit boxes x 10\n") == [
        (Decimal("10"), None, "3047", "3047 BK conduit boxes"),
    ]


def test_a_count_before_a_size_with_the_number_sign():
    """GIVEN "4 #10 wood screws" THEN four, of the #10 screws (the number sign marks a size, not a count)."""
    assert _lines("Please send:\n\n4 #10 wood screws\n") == [(Decimal("4"), None, None, "#10 wood screws")]


REPLY_WITH_SIZE = """Correction to my mail this morning - make the #8 cable 5 rolls not 2, and drop the junction boxes.
Everything else the same.

Sam

-----Original Message-----
From: Sam Reyes
Sent: Tuesday, March 3, 2026 7:10 AM
Subject: cable for the annex

Need for the annex:
2 rolls #8 copper cable
6 ea #8 cable lugs
3 #8 junction boxes
"""


def test_a_correction_naming_goods_by_a_numbered_size_changes_the_count_not_to_the_size():
    """GIVEN a reply "make the #8 cable 5 rolls not 2, and drop the junction boxes" over the quoted order
    THEN the cable is 5 rolls (not 8), the boxes are dropped and the lugs stay."""
    assert _lines(REPLY_WITH_SIZE) == [
        (Decimal("5"), "RL", None, "#8 copper cable"),
        (Decimal("6"), "EA", None, "#8 cable lugs"),
    ]


REPLY_WITH_VARIANT = """Sorry - the breakers should be GF (ground fault), not AF. Rest of the order is fine.

Sam

> On Mar 3, 2026, at 9:02 AM, Sam Reyes <sam@annex-electric.example> wrote:
>
> Please supply:
> 8 x QO120-AF
> 4 x QO230-STD
"""


def test_a_reply_saying_what_a_variant_should_be_changes_the_code_it_names():
    """GIVEN a reply "should be GF, not AF" over a quoted order whose one line's code ends in AF
    THEN that line's code names the GF variant; the other line stays."""
    got = [(line.quantity, line.item_code) for line in extract_text(REPLY_WITH_VARIANT, 0).lines]
    assert got == [(Decimal("8"), "QO120-GF"), (Decimal("4"), "QO230-STD")]


QUOTE_ACCEPTED_IN_PART = """Hi Pat,

Please go ahead with items 2 and 3 only, on PO 88-1020. We'll hold off on the thermostat for now.

Lee

From: Pat Moreno <pat@coolair-supply.example>
Sent: Monday, March 2, 2026 4:12 PM
To: Lee Tran <lee@harbor-flats.example>
Subject: Quote Q-5512 - rooftop unit parts

Lee, pricing as requested:

1. Thermostat programmable 7-day        qty 1   $88.00 ea
2. Condenser fan motor 1/4 HP 1075 rpm  qty 2   $96.50 ea
3. Pleated filter 20x25x2 MERV 8         qty 12  $6.40 ea

Pat Moreno
Counter Sales
"""


def test_a_reply_accepting_some_numbered_items_of_a_quoted_quote_takes_those_lines():
    """GIVEN a reply "go ahead with items 2 and 3 only" over our quoted quote of three numbered lines
    THEN the order is lines 2 and 3 of the quote, with their quoted prices."""
    got = [(line.quantity, line.unit_price, line.description) for line in extract_text(QUOTE_ACCEPTED_IN_PART, 0).lines]
    assert got == [
        (Decimal("2"), Decimal("96.50"), "Condenser fan motor 1/4 HP 1075 rpm"),
        (Decimal("12"), Decimal("6.40"), "Pleated filter 20x25x2 MERV 8"),
    ]


def test_a_times_sign_before_the_count_and_pairs_by_the_dozen():
    """GIVEN "x2 rolls duct tape" and "1 dz pr leather gloves"
    THEN two rolls of tape, and one dozen of gloves (the pairs are how the dozen counts, not the goods' name)."""
    assert _lines("Please send:\n\nx2 rolls duct tape 48mm\n1 dz pr leather work gloves\n") == [
        (Decimal("2"), "RL", None, "duct tape 48mm"),
        (Decimal("1"), "DZ", None, "leather work gloves"),
    ]


def test_a_bare_count_after_dotted_leaders():
    """GIVEN a list whose counts stand after dotted leaders, one of them bare
    THEN each count is read, the bare one too."""
    body = "Please send:\n\nEarmuffs (box of 10 pair) ...... 1\nKnee pads gel ........ 4 prs\n"
    assert _lines(body) == [
        (Decimal("1"), None, None, "Earmuffs box of 10 pair"),
        (Decimal("4"), "PR", None, "Knee pads gel"),
    ]


def test_counts_in_words_closing_a_line_or_before_a_designation():
    """GIVEN "Also need a fish tape, 50 ft steel - one." and "also one A19 lamp, not sure of wattage, whatever
    fits" in a list THEN one of each; the asking words and the doubt are no part of the goods."""
    body = ("Please send for the shop:\n\n2 x 12-2 romex 250 ft\nAlso need a fish tape, 50 ft steel - one.\n"
            "also one A19 lamp, not sure of wattage, whatever fits the old one\n")
    got = _lines(body)
    assert got[1:] == [
        (Decimal("1"), None, None, "fish tape 50 ft steel"),
        (Decimal("1"), None, "A19", "A19 lamp"),
    ]


def test_a_phone_note_keeps_designations_and_drops_its_hurry():
    """GIVEN a one-line note "need 4 QO120 and 2 6204 ZZ asap, compressor went down. ill pick up"
    THEN the designations name the goods (in the description too), the hurry and the story do not."""
    assert _lines("need 4 QO120 and 2 6204 ZZ asap, compressor went down. ill pick up\n") == [
        (Decimal("4"), None, "QO120", "QO120"),
        (Decimal("2"), None, "6204", "6204 ZZ"),
    ]


def test_a_prose_order_with_counts_in_words_and_a_sized_container():
    """GIVEN one sentence ordering "half a dozen ... , plus a 50 ft roll of ... and twenty-five of the ..."
    THEN three lines: 6, 1 (the roll; its length is the goods' size, not a code) and 25."""
    body = ("Hi,\n\nWe need half a dozen 3/4 ball valves, plus a 50 ft roll of the red 1/2\" PEX and twenty-five of "
            "the brass crimp rings for 1/2\" PEX. Thanks.\n")
    got = [(q, d) for q, _, _, d in _lines(body)]
    assert got == [
        (Decimal("6"), "3/4 ball valves"),
        (Decimal("1"), "50 ft roll of the red 1/2 \" PEX"),
        (Decimal("25"), "brass crimp rings for 1/2 \" PEX"),
    ]


def test_a_dash_size_keeps_its_dash():
    """GIVEN fittings named by dash size ("-6 ORB plugs", "-8 JIC x -8 ORB adapters")
    THEN the dash stays with the size in the description (a bullet's dash stands apart and goes)."""
    body = "Please send:\n\n-6 ORB plugs x 10\n- 4 x -8 JIC x -8 ORB adapters\n"
    assert [d for _, _, _, d in _lines(body)] == ["-6 ORB plugs", "-8 JIC x -8 ORB adapters"]


def test_asking_words_before_a_closing_count_are_no_part_of_the_goods():
    """GIVEN "3/8 x 2 lag screws, box of 100 -- need 3 boxes" THEN three boxes of "3/8 x 2 lag screws box of 100"."""
    assert _lines("Please send:\n\n3/8 x 2 lag screws, box of 100 -- need 3 boxes\n") == [
        (Decimal("3"), "BX", None, "3/8 x 2 lag screws box of 100"),
    ]


def test_a_size_with_its_units_is_no_item_code_and_keeps_its_decimal_comma():
    """GIVEN a builder's lines: a section and length glued together ("47x100x4.8m"), and sizes written with
    a decimal comma ("4,8m", "5,0x60", "12,5mm")
    THEN the size is part of the goods (no item code), its decimal comma a point, and a price's comma stays."""
    body = ("Morning,\n\n20 x 47x100x4.8m C24\n16 st. 47x150x4,8m C24\n12 dozen schroeven 5,0x60 (doos à 200)\n"
            "Gipsplaat 12,5mm 2400x1200 - 20\n3 x tornillos 3,5x25 a 4,20 €\n")
    assert _lines(body) == [
        (Decimal("20"), None, None, "47x100x4.8m C24"),
        (Decimal("16"), "EA", None, "47x150x4.8m C24"),
        (Decimal("12"), "DZ", None, "schroeven 5.0x60 doos à 200"),
        (Decimal("20"), None, None, "Gipsplaat 12.5mm 2400x1200"),
        (Decimal("3"), None, None, "tornillos 3.5x25"),
    ]
