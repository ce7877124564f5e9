"""Orders written as prose and orders forwarded by a colleague: one sentence listing several items with their
quantities in words and their codes, a PO reference opening that sentence, and an order forwarded below an
Outlook header block by someone whose signature carries a phone number. Every document here is made up."""

from decimal import Decimal

from extractors.email_text import extract_text, order_text
from extractors.word_numbers import as_digits


def _got(body: str) -> list[tuple[Decimal | None, str | None, str | None]]:
    return [(line.quantity, line.uom, line.item_code) for line in extract_text(body, 0).lines]


def test_a_sentence_after_a_po_reference_lists_items_with_word_quantities_and_codes():
    """GIVEN "PO QT-5521 - could you send three boxes of KB-4410 wall anchors, a dozen LM-2200-M aprons, four
    TR-9912 blue buckets and a case of PX-3301 trash bags?"
    THEN the PO reference does not hide the sentence: each item is a line with its number and unit."""
    body = ("Hello Dana,\n\nPO QT-5521 - could you send three boxes of KB-4410 wall anchors, a dozen LM-2200-M "
            "aprons, four TR-9912 blue buckets and a case of PX-3301 trash bags?\n\nCheers,\nOwen\n")
    assert _got(body) == [
        (Decimal("3"), "BX", "KB-4410"),
        (Decimal("12"), None, "LM-2200-M"),
        (Decimal("4"), None, "TR-9912"),
        (Decimal("1"), "CS", "PX-3301"),
    ]
    descriptions = [line.description for line in extract_text(body, 0).lines]
    assert descriptions[3] == "trash bags"  # the question mark ends the sentence, not the item's name


def test_a_po_reference_for_a_site_before_a_list_of_cases_and_rolls():
    """GIVEN "PO WB-778 for Eastgate: eleven cases of CP-2201 12 oz bowls, two cases of the CP-2250 lids, half a
    dozen rolls of WR-4410 film and one case of NP-1010 towels."
    THEN four lines: 11 CS, 2 CS, 6 RL (half a dozen rolls), 1 CS."""
    body = ("Hi,\n\nPO WB-778 for Eastgate: eleven cases of CP-2201 12 oz bowls, two cases of the CP-2250 lids, "
            "half a dozen rolls of WR-4410 film and one case of NP-1010 towels.\n\nThanks\n")
    assert _got(body) == [
        (Decimal("11"), "CS", "CP-2201"),
        (Decimal("2"), "CS", "CP-2250"),
        (Decimal("6"), "RL", "WR-4410"),
        (Decimal("1"), "CS", "NP-1010"),
    ]


def test_a_po_reference_with_nothing_ordered_after_it_is_still_no_line():
    """GIVEN "PO 44871 - delivery to the back dock please" and "PO: 5520-11, thanks for the quick turnaround"
    THEN no order line: the words after the reference order nothing."""
    assert _got("Hi,\n\nPO 44871 - delivery to the back dock please\n\nThanks\n") == []
    assert _got("Hi,\n\nPO: 5520-11, 2 pallets came damaged last time\n\nThanks\n") == []


def test_number_words_up_to_twenty_and_before_a_code():
    """GIVEN number words from thirteen to nineteen, and a number word right before an item code
    THEN they read as digits; a number word before anything else stays a word."""
    assert as_digits("we need seventeen boxes of pens").text == "we need 17 boxes of pens"
    assert as_digits("fourteen cases of cups").text == "14 cases of cups"
    assert as_digits("and three HX-2210 red cones").text == "and 3 x HX-2210 red cones"
    assert as_digits("the two of us, one more thing").text == "the two of us, one more thing"
    assert as_digits("one PO-style question").text == "one PO-style question"
    assert as_digits("once AB-12 is in, invoice due INV-2231").text == "once AB-12 is in, invoice due INV-2231"


def test_a_couple_of_is_read_but_flagged_and_a_pair_of_is_one_pair():
    """GIVEN "a pair of GG-7710 goggles and a couple of cases of TW-30 towels"
    THEN one pair, and about two cases marked unsure (a clerk decides)."""
    body = "Hi,\n\nplease send a pair of GG-7710 goggles and a couple of cases of TW-30 towels\n"
    lines = extract_text(body, 0).lines
    assert [(line.quantity, line.uom, line.item_code) for line in lines] == [
        (Decimal("1"), "PR", "GG-7710"), (Decimal("2"), "CS", "TW-30")]
    assert lines[0].confidence >= 0.95 > lines[1].confidence


STAFF_FORWARD = """Orders team - please key this in for Birchfield. Ta, Mo

Mo Adebayo | Territory Rep
Lantern Supply Ltd | 503-555-0142

-----Original Message-----
From: Cal Ortega <cortega@birchfield.example>
Sent: Monday, March 2, 2026 9:14 AM
To: Mo Adebayo <mo@lantern.example>
Subject: PO BF-3090

Hi Mo,

PO BF-3090 when you can.

16 x QK-5512-W
6 x QK-6620
1 x RT-1004

Regards,
Cal Ortega
Birchfield Apartments
"""


def test_an_order_forwarded_below_an_outlook_block_by_a_colleague_with_a_phone_in_the_signature():
    """GIVEN a colleague's note ("please key this in for ...") whose only digits are the signature's phone
    number, above "-----Original Message-----" and the buyer's From:/Sent:/To:/Subject: block
    THEN the forwarded message is the order: its lines and its PO are read."""
    ex = extract_text(STAFF_FORWARD, 0)
    assert [(line.quantity, line.item_code) for line in ex.lines] == [
        (Decimal("16"), "QK-5512-W"), (Decimal("6"), "QK-6620"), (Decimal("1"), "RT-1004")]
    assert ex.header.po_number is not None and ex.header.po_number.value == "BF-3090"


def test_a_reply_with_a_code_above_an_outlook_block_still_cuts_the_quoted_order():
    """GIVEN a reply whose newest text names an item code and a quantity above the quoted order
    THEN the quoted order is history, not this message's content (the reply is not a forward)."""
    body = STAFF_FORWARD.replace("Orders team - please key this in for Birchfield. Ta, Mo",
                                 "Did the RT-1004 ship yet?")
    kept = [line for _, line in order_text(body) if line.strip()]
    assert kept[0] == "Did the RT-1004 ship yet?"
    assert not any("QK-5512-W" in line for line in kept)


QUOTED_ORDER_REPLY = """Hi again,

Before you pack this - please take the green folders (KX-40118) off, turns out we have plenty. The rest stands.

Thanks,
Rita

From: Rita Okafor <rokafor@dunmore.example>
Sent: 14 May 2026 10:02
To: Sales <sales@lantern.example>
Subject: Order DM-5521

Morning,

Order DM-5521 please:

6 boxes KX-10021
2 boxes KX-40118
3 boxes KX-77310

Best regards,
Rita Okafor
"""


def test_a_reply_taking_one_line_off_its_quoted_order_reads_the_order_without_it_and_never_sure():
    """GIVEN a reply whose newest text orders nothing but takes one line, named by its code, off the order
    quoted below it ("please take the green folders (KX-40118) off ... The rest stands.")
    THEN the quoted order's lines are read without that line, each below the floor for approving untouched."""
    lines = extract_text(QUOTED_ORDER_REPLY, 0).lines
    assert [(line.quantity, line.item_code) for line in lines] == [(Decimal("6"), "KX-10021"),
                                                                     (Decimal("3"), "KX-77310")]
    assert all(line.confidence < 0.95 for line in lines)


def test_taking_off_a_discount_is_no_correction():
    """GIVEN "can you take 10% off the KX-10021?" THEN it removes no line."""
    from extractors.reply_corrections import find_corrections
    assert [c.action for c in find_corrections("Can you take 10% off the KX-10021?")] == []
    assert [c.action for c in find_corrections("Please take the blue pens off. The rest stands.")] == \
        ["remove", "rest"]


def test_a_greeting_before_the_first_item_of_a_sentence_does_not_lose_it():
    """GIVEN "Hi Noor, could you send two boxes of VT-2201 hinges, a dozen VT-3300 latches and a case of VT-9100 screws"
    THEN the first item is read like the others: the greeting and the name are no goods."""
    body = ("Hi Noor, could you send two boxes of VT-2201 hinges, a dozen VT-3300 latches and a case of VT-9100 "
            "screws?\n\nThanks\n")
    assert _got(body) == [(Decimal("2"), "BX", "VT-2201"), (Decimal("12"), None, "VT-3300"),
                          (Decimal("1"), "CS", "VT-9100")]
    assert _got("Hello, please send 4 cases of VT-2201 hinges and 2 boxes of VT-9100 screws\n") == [
        (Decimal("4"), "CS", "VT-2201"), (Decimal("2"), "BX", "VT-9100")]


def test_a_counted_clause_left_unread_beside_clauses_read_is_shown_to_a_clerk():
    """GIVEN a sentence whose items are read but one, which has a count and a unit yet reads as no line
    ("as discussed with our site lead 3 boxes of VT-2201 hinges")
    THEN that clause is kept as unread, never silently dropped."""
    body = ("Hi,\n\nas discussed with our site lead 3 boxes of VT-2201 hinges, 2 cases of VT-9100 screws and "
            "a case of VT-3300 latches.\n\nThanks\n")
    ex = extract_text(body, 0)
    assert [line.item_code for line in ex.lines] == ["VT-9100", "VT-3300"]
    assert any("VT-2201" in text for text in ex.unread)


def test_chatty_prose_with_a_dozen_and_a_half_an_article_before_a_number_and_throw_in():
    """GIVEN prose ordering "about a dozen and a half 12-foot nozzles", "half a dozen of the valves, and a 9 station
    controller" and "Oh and throw in three boxes of the staples" THEN each is a line with its count."""
    ex = extract_text("Hi,\n\nI'll need about a dozen and a half 12-foot adjustable nozzles for the ranch job. Also "
                      "half a dozen of the one-inch valves with flow control, and a 9 station controller. Oh and "
                      "throw in three boxes of the six inch staples while you're at it.\n\nThanks, Walt\n", 0)
    assert [ln.quantity for ln in ex.lines] == [18, 6, 1, 3]
    assert ex.lines[2].description == "9 station controller"
