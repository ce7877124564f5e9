"""Forwards read by what makes them forwards (a subject prefix, a forward marker, a note asking to process what is
below), quantity-dash lists, and prose lists of items named only in words. Every document here is made up."""

from decimal import Decimal

from extractors.email_text import extract_text


def _got(body: str, **kw: object) -> list[tuple[Decimal | None, str | None]]:
    return [(line.quantity, line.description) for line in extract_text(body, 0, **kw).lines]  # type: ignore[arg-type]


NOTE_FORWARD = """Hello Brightwell,

Signed off - please process the request below under PO RX-2290. Prices in GBP as agreed. Deliver to our Elm Yard.

Hana Kowalczyk
Estates Officer, Fernleigh Housing

-----Original Message-----
From: Tobias Mensah <tobias.m@fernleigh.example>
Sent: Monday, March 9, 2026 10:05 AM
To: Hana Kowalczyk <hana.k@fernleigh.example>
Subject: bits for the Elm Yard boiler room

Hana, can you get these ordered from Brightwell:

3 boxes of 50 brass olives 15mm
20 pcs radiator valve caps (white)
4 tins jointing compound

cheers
Tobias
"""


def test_a_note_asking_to_process_the_order_below_reads_the_forwarded_list():
    """GIVEN a colleague's note giving a PO and a currency ("please process the request below under PO RX-2290")
    above "-----Original Message-----", an Outlook block and the requester's list
    THEN the forwarded list is the order: its three lines are read, and the note's PO is the order's."""
    ex = extract_text(NOTE_FORWARD, 0)
    assert [(line.quantity, line.uom) for line in ex.lines] == [
        (Decimal("3"), "BX"), (Decimal("20"), "EA"), (Decimal("4"), None)]
    assert ex.header.po_number is not None and ex.header.po_number.value == "RX-2290"


# A note that gives a reference number but no asking words: only the subject says it forwards.
BARE_FORWARD = """Ref 88127 for your records.

Sam

-----Original Message-----
From: Ines Baptiste <ines@quayside.example>
Sent: Tuesday, March 10, 2026 9:00 AM
To: Sam Oduya <sam@ourco.example>
Subject: Order QS-4410

Order QS-4410 please:

12 x WX-5510
4 x WX-7720

Ines
"""


def test_a_subject_that_forwards_makes_the_forwarded_text_the_order():
    """GIVEN a note with digits of its own and no asking words above an Outlook block
    THEN under "Fw:"/"WG:"/"I:" the forwarded order is read; under "Re:" (a reply) or no subject, it stays
    quoted history, as before."""
    for subject in ("FW: Order QS-4410", "Fwd: Order QS-4410", "WG: Order QS-4410", "I: Order QS-4410"):
        ex = extract_text(BARE_FORWARD, 0, subject=subject)
        assert [(line.quantity, line.item_code) for line in ex.lines] == [
            (Decimal("12"), "WX-5510"), (Decimal("4"), "WX-7720")], subject
    assert extract_text(BARE_FORWARD, 0, subject="RE: Order QS-4410").lines == []
    assert extract_text(BARE_FORWARD, 0).lines == []


def test_a_reply_asking_to_process_below_keeps_the_quoted_order_as_history():
    """GIVEN the same note asking to process the request below, under a "Re:" subject
    THEN it is a reply: the quoted lines are not this message's new lines."""
    assert extract_text(NOTE_FORWARD, 0, subject="RE: bits for the Elm Yard boiler room").lines == []


def test_the_notes_po_wins_over_the_forwarded_ones():
    """GIVEN a forward whose note and forwarded message each give a PO THEN the note's is the order's."""
    body = BARE_FORWARD.replace("Ref 88127 for your records.", "Please enter the order below under our PO 77-310.")
    ex = extract_text(body, 0, subject="FW: Order QS-4410")
    assert len(ex.lines) == 2
    assert ex.header.po_number is not None and ex.header.po_number.value == "77-310"


DASH_FORWARD = """Desk - please enter for Harlow Build. Pricing per my quote.

Begin forwarded message:

From: Ruth Ames <ruth@harlowbuild.example>
Subject: PO HB-220

Here's PO HB-220.

5 - copper tee 3/4 x 1/2 x 3/4
3 - gate valve 1" brass
14 - pipe clip 22mm
7 - solder wire 1/8 x 50'

Thanks,
Ruth
"""


def test_a_run_of_quantity_dash_lines_is_a_list_of_order_lines():
    """GIVEN lines "5 - copper tee 3/4 x 1/2 x 3/4", "14 - pipe clip 22mm": a count, a dash, words holding numbers
    of their own THEN each is a line with that count, never sure enough to approve untouched (the count is read
    from its place only)."""
    lines = extract_text(DASH_FORWARD, 0).lines
    assert [(line.quantity, line.description) for line in lines] == [
        (Decimal("5"), "copper tee 3/4 x 1/2 x 3/4"), (Decimal("3"), 'gate valve 1" brass'),
        (Decimal("14"), "pipe clip 22mm"), (Decimal("7"), "solder wire 1/8 x 50'")]
    assert all(line.confidence < 0.95 for line in lines)


def test_a_numbered_agenda_with_dashes_is_no_order():
    """GIVEN "1 - intro call", "2 - pricing review", "3 - next steps" THEN the numbers count the list, not goods."""
    assert _got("Hi,\n\nThe agenda for Tuesday, as promised.\n\n1 - intro call\n2 - pricing review\n3 - next steps\n\n"
                "Best,\nKim\n") == []


PROSE_PO = ("Hi,\n\nPO GH-310. Could we get 6 sacks of the 20 kg gravel, 4 of the 5 kg sand, 2 tins of the green "
            "patio stuff and 3 bags grout mix, delivered Friday to the yard if possible.\n\nThanks,\nIvo\n")


def test_a_sentence_of_items_named_in_words_after_a_po_reference():
    """GIVEN "PO GH-310. Could we get 6 sacks of the 20 kg gravel, 4 of the 5 kg sand, 2 tins of the green patio
    stuff and 3 bags grout mix, delivered Friday to the yard if possible."
    THEN four lines; the delivery words are no line and no part of the last item; none is sure enough to be
    approved untouched (a description in free words goes to a clerk)."""
    ex = extract_text(PROSE_PO, 0)
    assert [(line.quantity, line.description) for line in ex.lines] == [
        (Decimal("6"), "20 kg gravel"), (Decimal("4"), "5 kg sand"), (Decimal("2"), "green patio stuff"),
        (Decimal("3"), "grout mix")]
    assert all(line.confidence < 0.95 for line in ex.lines)
    assert ex.header.po_number is not None and ex.header.po_number.value == "GH-310"


def test_a_po_reference_before_talk_about_goods_is_still_no_line():
    """GIVEN "PO 7781. 3 crates arrived broken yesterday." THEN no line: nothing is asked for."""
    assert _got("Hi,\n\nPO 7781. 3 crates arrived broken yesterday.\n\nThanks\n") == []


def test_one_of_those_at_the_end_of_a_list_is_an_item():
    """GIVEN "can I get 2 cases of pool salt and one of those leaf rakes if you stock them"
    THEN two lines, the second one leaf rake, named by reference only: never sure."""
    lines = extract_text("hey,\n\ncan I get 2 cases of pool salt and one of those leaf rakes if you stock them.\n",
                         0).lines
    assert [(line.quantity, line.description) for line in lines] == [
        (Decimal("2"), "pool salt"), (Decimal("1"), "leaf rakes")]
    assert lines[1].confidence < 0.95
    assert _got("Hi,\n\nwe got the crates, two of those were cracked.\n") == []


def test_a_spanish_list_with_container_words_the_vocabulary_does_not_know():
    """GIVEN "Necesitamos ocho garrafas de lejía de 5 litros, cuatro bidones de 25 litros de ácido, tres sacos de 25 kg
    de sal gruesa y 40 kg de arena" THEN four lines: 8 and 4 counted by container words we do not know (never
    sure), 3 sacks and 40 kg."""
    lines = extract_text("Hola,\n\nNecesitamos ocho garrafas de lejía de 5 litros, cuatro bidones de 25 litros de "
                         "ácido, tres sacos de 25 kg de sal gruesa y 40 kg de arena fina.\n\nUn saludo,\nPere\n",
                         0).lines
    assert [line.quantity for line in lines] == [Decimal("8"), Decimal("4"), Decimal("3"), Decimal("40")]
    assert lines[0].confidence < 0.95


REPLY_ADDING = """Oops - please also add 3 x 40 sq ft covers to this one. Same PO.

Cheers
Ana

On Wed, 4 Mar 2026 at 09:12, Ana Lowe <ana@tidepool.example> wrote:
> Morning,
>
> PO TP-881 please:
>
> 5 x blue pool brushes
> 2 x telescopic poles 16ft
>
> Ana
"""


def test_a_reply_adding_items_to_the_order_quoted_below_reads_the_whole_order_for_a_clerk():
    """GIVEN a reply whose only words add an item to the order quoted below ("please also add 3 x ... to this
    one. Same PO.") THEN the order is the quoted lines and the added one, read from the quote, never sure."""
    ex = extract_text(REPLY_ADDING, 0)
    assert [(line.quantity, line.description) for line in ex.lines] == [
        (Decimal("5"), "blue pool brushes"), (Decimal("2"), "telescopic poles 16ft"),
        (Decimal("3"), "40 sq ft covers")]
    assert ex.read_from_quote
    assert all(line.confidence < 0.95 for line in ex.lines)


REPLY_CHANGING_AND_ADDING = """Sorry - make the orange cones 8 not 5, and can you add 3 boxes of the 2in deck screws \
please. The rest as below.

Ta
Neil

-----Original Message-----
From: Neil Brody <neil@brodybuild.example>
Sent: 2 March 2026 08:40
To: orders@ourco.example
Subject: Order BB-9020

Hi,

Order BB-9020:

5 x orange cones 750mm
2 x barrier boards 1.5m

Thanks
Neil Brody
"""


def test_a_reply_changing_one_line_and_asking_can_you_add_another():
    """GIVEN a reply "make the orange cones 8 not 5, and can you add 3 boxes of ..." above the order it corrects
    THEN the change and the added line are both applied to the quoted order."""
    ex = extract_text(REPLY_CHANGING_AND_ADDING, 0, subject="RE: Order BB-9020")
    assert [(line.quantity, line.uom) for line in ex.lines] == [
        (Decimal("8"), None), (Decimal("2"), None), (Decimal("3"), "BX")]
    assert ex.read_from_quote
    assert all(line.confidence < 0.95 for line in ex.lines)


def test_a_name_in_capitals_after_a_unit_is_not_a_word_for_of_and_one_of_those_takes_no_unit_from_before():
    """GIVEN "3 bags DE filter powder" THEN "DE" is part of the goods' name, not "de" (of).
    GIVEN "2 cases of pool salt and one of those leaf rakes" THEN the rake is not counted by the case."""
    lines = extract_text("Hi,\n\nplease send 3 bags DE filter powder.\n", 0).lines
    assert [(line.quantity, line.uom, line.description) for line in lines] == [
        (Decimal("3"), "BG", "DE filter powder")]
    lines = extract_text("hey,\n\ncan I get 2 cases of pool salt and one of those leaf rakes.\n", 0).lines
    assert [line.uom for line in lines] == ["CS", None]


def test_goods_delivered_in_the_past_keep_their_words():
    """GIVEN a sentence naming goods 'delivered yesterday' THEN the words after are not cut as a delivery wish."""
    from extractors.email_text import _without_remark
    assert _without_remark("blue pens delivered yesterday AB-12") == "blue pens delivered yesterday AB-12"
    assert _without_remark("grout mix delivered Friday to the yard") == "grout mix"


def test_closings_in_other_languages_end_the_order_before_the_signature_address():
    """GIVEN "Un saludo," / "Cordiali saluti," / "Met vriendelijke groet," above a signature whose address holds a
    postcode THEN the postcode is no quantity: the signature is no order content."""
    for closing in ("Un saludo,", "Atentamente,", "Cordiali saluti,", "Met vriendelijke groet,", "Viele Grüße,"):
        body = (f"Hola,\n\nNecesitamos 4 cajas de guantes de nitrilo.\n\n{closing}\nPere Soler\n"
                "Compras Soler S.L.\nCalle Mayor 18, Pol. Ind. Norte, 46120 Alboraya (Valencia)\n")
        assert [line.quantity for line in extract_text(body, 0).lines] == [Decimal("4")], closing


def test_an_order_in_capitals_still_reads_of_as_of():
    """GIVEN "PLEASE SEND 10 CASES OF CUPS 12OZ" THEN the goods are "CUPS 12OZ", not "OF CUPS 12OZ"."""
    lines = extract_text("HI,\n\nPLEASE SEND 10 CASES OF CUPS 12OZ\n", 0).lines
    assert [(line.quantity, line.uom, line.description) for line in lines] == [(Decimal("10"), "CS", "CUPS 12OZ")]



ADDING_FORWARD = """Hi,

Tobias's order below for the boiler room. Can you also add
2 boxes of PTFE tape for the van please.

Thanks
Hana Kowalczyk
Estates Office | Fernleigh Housing | 0161 496 0000

-----Original Message-----
From: Tobias Mensah <tobias.m@fernleigh.example>
Sent: 09 March 2026 10:05
To: Hana Kowalczyk <hana.k@fernleigh.example>
Subject: bits for the boiler room

Hana, can you put this through please.

3 x brass olives 15mm box 50
20 x radiator valve caps white
4 x jointing compound tins

Ta, T
"""


def test_a_note_that_adds_a_line_and_signs_off_still_reads_the_forwarded_order():
    """GIVEN a forward ("FW:") whose note adds a line, is signed, and has the order under
    "-----Original Message-----" and an Outlook block
    THEN the note's line and every forwarded line are read."""
    assert _got(ADDING_FORWARD, subject="FW: bits for the boiler room") == [
        (Decimal("2"), "PTFE tape for the van"), (Decimal("3"), "brass olives 15mm box 50"),
        (Decimal("20"), "radiator valve caps white"), (Decimal("4"), "jointing compound tins")]
