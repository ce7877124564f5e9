"""Replies whose order is the message quoted under them: a correction on top of an order quoted under an Outlook
block ("-----Original Message-----" / From: / Sent: / To: / Subject:) whose lines are bulleted bare counts, and a
buyer accepting the quote we sent ("go ahead with the quote below"). Every message here is made up."""

from decimal import Decimal

import pytest

from extractors.email_text import extract_text
from extractors.reply_corrections import accepts_quoted, repeats_quoted

BULLETED_ORDER = """Please deliver to the north gate as usual.

- 6  brass elbows 3/4 inch
- 4  pipe dope tubs
- 25  copper straps half inch
- 3  ball valves 1 inch
- 2  3-piece unions

Marta Quill
"""

CORRECTION_ABOVE_OUTLOOK = """Quick change before this goes out: make the brass elbows 8 instead of 6, and drop the \
pipe dope entirely. Everything else as below.

Marta

-----Original Message-----
From: Marta Quill
Sent: Monday, March 2, 2026 8:10 AM
To: counter@pipeworks.example
Subject: boiler room parts - PO WQ-4410

""" + BULLETED_ORDER


def test_a_run_of_bulleted_bare_counts_is_a_list_of_order_lines():
    """GIVEN "- 6  brass elbows 3/4 inch", "- 4  pipe dope tubs", ... under a line that does not announce them
    THEN each is a line with its count (a count joined to a word, "2  3-piece unions", too), never sure enough to
    approve untouched."""
    lines = extract_text(BULLETED_ORDER, 0).lines
    assert [(line.quantity, line.description) for line in lines] == [
        (Decimal("6"), "brass elbows 3/4 inch"), (Decimal("4"), "pipe dope tubs"),
        (Decimal("25"), "copper straps half inch"), (Decimal("3"), "ball valves 1 inch"),
        (Decimal("2"), "3-piece unions")]
    assert all(line.confidence < 0.95 for line in lines)


def test_a_bulleted_run_counting_one_two_three_is_no_order():
    """GIVEN "- 1 welcome", "- 2 site tour", "- 3 questions" THEN the numbers count the list, not goods."""
    assert extract_text("Plan for Friday.\n\n- 1 welcome\n- 2 site tour\n- 3 questions\n\nKim\n", 0).lines == []


def test_a_correction_above_an_outlook_block_applies_to_the_bulleted_order_below():
    """GIVEN a reply changing one quantity ("make the brass elbows 8 instead of 6") and dropping one line ("drop
    the pipe dope entirely") above "-----Original Message-----" and the From:/Sent:/To:/Subject: block of the
    order it corrects, whose lines are bulleted bare counts
    THEN the order is the quoted one with both corrections applied, read from the quote, never sure."""
    ex = extract_text(CORRECTION_ABOVE_OUTLOOK, 0, subject="RE: boiler room parts - PO WQ-4410")
    assert [(line.quantity, line.description) for line in ex.lines] == [
        (Decimal("8"), "brass elbows 3/4 inch"), (Decimal("25"), "copper straps half inch"),
        (Decimal("3"), "ball valves 1 inch"), (Decimal("2"), "3-piece unions")]
    assert ex.read_from_quote and not ex.accepts_quote
    assert all(line.confidence < 0.95 for line in ex.lines)


OUR_QUOTE = """From: Noor Haddad <noor@stoneyard.example>
Sent: Tuesday, April 7, 2026 2:40 PM
To: Ravi Patel <ravi@millbrook.example>
Subject: Quote SQ-5512 - paving

Hi Ravi, pricing as asked:

 PV-400-GRY   Paving slab 400x400 grey    120 EA   $6.20
 KB-100-RED   Kerb block 100mm red         40 EA   $3.85

Quote valid 14 days.
Noor Haddad | Sales
"""


def _reply(note: str) -> str:
    return f"{note}\n\nRavi\n\n{OUR_QUOTE}"


def test_a_reply_accepting_the_quote_below_orders_the_quoted_lines_for_a_clerk():
    """GIVEN a reply with no line of its own ("Yes - go ahead with the quote below, PO LM-2207.") above our quote
    quoted under an Outlook block
    THEN the quoted lines are the order, read from the quote as an accepted quote, never sure."""
    ex = extract_text(_reply("Noor, yes - go ahead with the quote below, PO LM-2207."), 0,
                      subject="RE: Quote SQ-5512 - paving")
    assert [(line.quantity, line.item_code) for line in ex.lines] == [(Decimal("120"), "PV-400-GRY"),
                                                                     (Decimal("40"), "KB-100-RED")]
    assert ex.read_from_quote and ex.accepts_quote
    assert all(line.confidence < 0.95 for line in ex.lines)


def test_a_reply_that_does_not_yet_accept_the_quote_reads_no_line_from_it():
    """GIVEN a reply that will look the quote over, or asks for a better price THEN nothing is read from it."""
    for note in ("Thanks Noor, we'll review the quote below and come back to you.",
                 "Can you sharpen the pricing on the quote below? Then we can go ahead."):
        ex = extract_text(_reply(note), 0, subject="RE: Quote SQ-5512 - paving")
        assert ex.lines == [] and not ex.read_from_quote, note


def test_a_reply_accepting_a_quote_with_lines_of_its_own_is_read_from_its_own_lines():
    """GIVEN "Go ahead per your quote SQ-5512" above lines the buyer typed THEN those lines, not the quote's."""
    ex = extract_text(_reply("Go ahead per your quote SQ-5512.\n\n100 x PV-400-GRY\n40 x KB-100-RED"), 0,
                      subject="RE: Quote SQ-5512 - paving")
    assert [(line.quantity, line.item_code) for line in ex.lines] == [(Decimal("100"), "PV-400-GRY"),
                                                                     (Decimal("40"), "KB-100-RED")]
    assert not ex.read_from_quote


def test_words_accepting_a_quote():
    for text in ("please process per your quote", "Quote SQ-5512 approved, thanks",
                 "yes please enter the below as our order", "We accept your offer of 3 May"):
        assert accepts_quoted(text), text
    for text in ("Please quote the following", "As quoted last week, please send 4 x AB-12",
                 "Before we order, can you check the quote below?", "Please confirm pricing on the quote below"):
        assert not accepts_quoted(text), text


SIZE_CORRECTION = """Correction to this morning's order - the pipe clips should be 22mm not 15mm, and make it 40 of \
them instead of 30. Rest is fine.

Ivo

On Tue, Mar 3, 2026 at 7:40 AM Ivo Brandt <ivo@brandtheating.example> wrote:
> PO BH-2210 for the Lindell St job:
>
> 30 x 15mm pipe clips
> 12 x radiator keys
> 4 x PTFE tape rolls
>
> Ivo
"""


def test_a_correction_naming_a_new_size_instead_of_the_old_one_changes_that_line():
    """GIVEN "the pipe clips should be 22mm not 15mm, and make it 40 of them instead of 30" on top of the order it
    corrects THEN that line is the 22mm clips, 40 of them; the other lines stand; never sure."""
    ex = extract_text(SIZE_CORRECTION, 0, subject="RE: PO BH-2210")
    assert [(line.quantity, line.description) for line in ex.lines] == [
        (Decimal("40"), "22mm pipe clips"), (Decimal("12"), "radiator keys"), (Decimal("4"), "PTFE tape rolls")]
    assert ex.read_from_quote and all(line.confidence < 0.95 for line in ex.lines)


def test_a_new_size_for_a_line_read_with_an_item_code_is_left_to_a_clerk():
    """GIVEN "the clips should be 22mm not 15mm" on an order line holding an item code THEN the code cannot be
    trusted for the new size: the line stays as ordered and the correction is shown to a clerk."""
    ex = extract_text(SIZE_CORRECTION.replace("30 x 15mm pipe clips", "30 x PC-15 15mm pipe clips"), 0,
                      subject="RE: PO BH-2210")
    assert ex.lines[0].item_code == "PC-15" and ex.lines[0].description == "15mm pipe clips"
    assert any("22mm not 15mm" in text for text in ex.unread)


REPEAT = """Hi,

Could we have the same again as the order below please, plus 3 rolls of blue masking tape. New PO 66120.
Deliver to the depot as before.

Thanks,
Ana

From: Ana Lima <ana@quarrybuild.example>
Sent: 16 November 2026 11:20
To: Orders <orders@supplier.example>
Subject: PO 65990

Please supply against PO 65990:

10 x dust masks FFP2 (box of 20)
4 x safety glasses clear

Kind regards,
Ana Lima
"""


def test_a_reply_ordering_the_quoted_order_again_plus_more_takes_both():
    ex = extract_text(REPEAT, 0, subject="RE: PO 65990")
    assert ex.read_from_quote and ex.repeats_quote
    assert [(ln.quantity, ln.description) for ln in ex.lines] == [
        (Decimal(10), "dust masks FFP2 box of 20"), (Decimal(4), "safety glasses clear"),
        (Decimal(3), "blue masking tape")]
    assert all(ln.confidence <= 0.8 for ln in ex.lines)  # an older message's lines: a clerk checks them
    assert ex.header.po_number is not None and ex.header.po_number.value == "66120"


@pytest.mark.parametrize("text", ["Same again as the order below please.", "Please repeat the order below.",
                                  "Gleiche Bestellung wie unten, bitte.", "Même commande que ci-dessous svp."])
def test_ordering_again_in_words(text):
    assert repeats_quoted(text)


@pytest.mark.parametrize("text", ["If the price holds, same again as below.", "Don't repeat the order below.",
                                  "Same as before, the tape was fine."])
def test_not_ordering_again(text):
    assert not repeats_quoted(text)


LENGTHS_ORDER = """Sorry Sam - make the 2.4s 3.0s, the walls are taller than the drawings say. Everything else as below.

Priya

On Tue, 10 Mar 2026 at 07:40, Priya Nair <priya@example-joinery.co.uk> wrote:
> Hi Sam,
>
> PO PJ-311 for the Hatch Lane job:
>
> 24 x 38x63 CLS 2.4m
> 12 x 38x89 CLS 2.4m
> 6 x 12.5mm plasterboard 2.4x1.2
>
> Thanks
> Priya
"""


def test_a_size_swapped_in_the_plural_changes_every_line_of_that_size():
    """GIVEN a reply "make the 2.4s 3.0s" above the order it corrects, two of whose lines are 2.4 m long
    THEN both lengths become 3.0 m and the sheet sized 2.4x1.2 keeps its size; the lines are the quoted ones."""
    ex = extract_text(LENGTHS_ORDER, 0, subject="Re: Hatch Lane - PJ-311")
    assert ex.read_from_quote
    assert [(line.quantity, line.description) for line in ex.lines] == [
        (Decimal("24"), "38x63 CLS 3.0m"), (Decimal("12"), "38x89 CLS 3.0m"),
        (Decimal("6"), "12.5mm plasterboard 2.4x1.2")]


MORE_OF_A_LINE = """Tom here - please add 3 more tubes of the frame sealant to PO 5520 please. Rest as below.

From: Tom Reyes
Sent: 07 September 2026 10:02
To: Orders
Subject: PO 5520

Morning,

PO 5520 for the yard, Thursday please:

12 x 47x100 C24 3.6
5 x frame sealant white 310ml
2 x drywall screws 3.5x25 (1000)

Tom
"""


@pytest.mark.parametrize("note,sealant", [
    ("Tom here - please add 3 more tubes of the frame sealant to PO 5520 please. Rest as below.", Decimal("8")),
    ("Could you add 2 extra frame sealant (so 9 tubes in all)? Rest as below.", Decimal("9")),
])
def test_more_of_a_line_already_ordered_grows_that_line(note: str, sealant: Decimal):
    """GIVEN a reply asking for more of a line of the order quoted below ("3 more tubes of the frame sealant"),
    with or without the total it comes to ("so 9")
    THEN that line's count grows (to the total when said) and no line is added."""
    body = MORE_OF_A_LINE.replace(MORE_OF_A_LINE.splitlines()[0], note)
    ex = extract_text(body, 0, subject="RE: PO 5520")
    assert [(line.quantity, line.description) for line in ex.lines] == [
        (Decimal("12"), "47x100 C24 3.6"), (sealant, "frame sealant white 310ml"),
        (Decimal("2"), "drywall screws 3.5x25 1000")]


def test_more_of_goods_the_quoted_order_does_not_have_is_a_line_of_its_own():
    """GIVEN "please add 2 more boxes of nitrile gloves" above an order with no gloves
    THEN the gloves are a line of their own, as an "add" is, and the quoted lines stay as they were."""
    body = MORE_OF_A_LINE.replace(MORE_OF_A_LINE.splitlines()[0],
                                  "Tom here - please add 2 more boxes of nitrile gloves. Rest as below.")
    ex = extract_text(body, 0, subject="RE: PO 5520")
    assert [(line.quantity, line.description) for line in ex.lines] == [
        (Decimal("12"), "47x100 C24 3.6"), (Decimal("5"), "frame sealant white 310ml"),
        (Decimal("2"), "drywall screws 3.5x25 1000"), (Decimal("2"), "nitrile gloves")]
