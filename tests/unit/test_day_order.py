"""Ambiguous dates (06/04/2027: 6 April or 4 June?) are read the way the message shows its writer writes
them, or doubted: the document's own unambiguous dates, a weekday beside the date, the month's name put
before or after the day, the writer's language, country, currency and mail domain, and the dates that
cannot be (an order dated after it was sent, a delivery before the order). Every document here is made up."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from config import Settings
from extractors.email_text import without_mail_headers
from extractors.header_fields import find_header
from matching.decision import HEADER_FIELD_FLOORS
from models.db import Database
from models.schemas import ExtractedHeader, Field, MessageSource
from models.tables import InboundMessage, Order
from orchestration.accept import accept_message
from orchestration.pipeline import file_message
from orchestration.process_message import read_ambiguous_dates
from tests.support.messages import plain_email
from vocabulary.dates import (
    DayOrderSign,
    day_first_evidence,
    domain_sign,
    read_stated_date,
    settle_day_order,
    text_signs,
)

DAY_FIRST = DayOrderSign(True, "amounts in £")
MONTH_FIRST = DayOrderSign(False, "'June 4' puts the month before the day")


def test_the_documents_own_dates_settle_the_order_unless_they_disagree():
    assert day_first_evidence("Order 06/04/2027, delivery 19/04/2027") is True
    assert day_first_evidence("Order 06/04/2027, delivery 04/19/2027") is False
    assert day_first_evidence("Ordered 06/04/27, wanted 23/04/27") is True
    # A date written with dots is a day-first writer's.
    assert day_first_evidence("Bestellt am 06.04.2027, Lieferung 08/04/2027") is True
    # A thread quoting another writer: one date each way settles nothing.
    assert day_first_evidence("> sent 04/19/2027\nneeded 19/04/2027") is None
    assert day_first_evidence("part 1/4-20, size 3-4-10") is None
    # Sizes and ranges are not dates: wire gauges, a code with a date-like tail.
    assert day_first_evidence("THHN wire 12-14-16 AWG, bolts 8/10/12 in, code AB12/14/2027") is None


def test_a_weekday_beside_an_ambiguous_date_settles_it():
    # 4 June 2027 is a Friday; 6 April 2027 a Tuesday.
    assert read_stated_date("by Friday, 04/06/2027 at the latest") == (date(2027, 6, 4), "04/06/2027", True)
    assert read_stated_date("Tuesday 06/04/2027") == (date(2027, 4, 6), "06/04/2027", True)
    # Without a weekday the reading is not certain; a weekday neither reading falls on settles nothing.
    assert read_stated_date("06/04/2027") == (date(2027, 6, 4), "06/04/2027", False)
    assert read_stated_date("Sunday 06/04/2027")[2] is False


def test_an_order_date_written_in_a_sentence_or_beside_the_number_is_read():
    cases = {
        "Please find PO 88-1207 dated 22/03/2027 below.": date(2027, 3, 22),
        "Kindly supply against our PO No. KM/PUR/27-28/0031 dt. 17/03/2027.": date(2027, 3, 17),
        "Veuillez trouver notre commande n° FB-77 du 18/03/2027.": date(2027, 3, 18),
        "Hiermit senden wir Ihnen unsere Bestellung 5521 vom 19.03.2027.": date(2027, 3, 19),
        "Le enviamos el pedido 27/0412 con fecha 23/03/2027.": date(2027, 3, 23),
        "PO number/date     7700123456 / 03/24/2027": date(2027, 3, 24),
        "PO: 55-19\nDate: 25/03/2027\n": date(2027, 3, 25),
        "Kettle & Sons Plumbing                        Date: 3/26/2027\n": date(2027, 3, 26),
        "Date 3/29/2027\n": date(2027, 3, 29),
        "118 MILL CREEK RD        PO Issue Date: 03/30/2027": date(2027, 3, 30),
    }
    for text, expected in cases.items():
        found = find_header(text).order_date
        assert found is not None and found.value == expected, text
    # Another document's date is not the order's; nor is a forwarded header's "Date:".
    assert find_header("as per your quotation dated 02/03/2027, please send").order_date is None
    assert find_header("Date: Tue, 6 Apr 2027 09:12:44 +0100\n").order_date is None
    assert find_header("Date of shipment 3/29/2027\n").order_date is None


def test_an_ambiguous_date_the_document_leaves_open_keeps_how_it_was_written():
    header = find_header("PO 4410\nOrder Date: 06/04/2027\n")
    assert header.order_date is not None and header.order_date.written == "06/04/2027"
    settled = find_header("PO 4410\nOrder Date: 06/04/2027\nNeed by: 21/04/2027\n")
    assert settled.order_date is not None and settled.order_date.value == date(2027, 4, 6)
    assert settled.order_date.written is None
    dashed = find_header("PO 4410\nOrder Date: 06-04-2027\n")
    assert dashed.order_date is not None and dashed.order_date.written == "06-04-2027"


def test_what_the_words_show_of_the_writer():
    said = {s.day_first for s in text_signs("Total £412.00")}
    assert said == {True}
    assert {s.day_first for s in text_signs("Unit 4, Holloway Park, Derby DE21 7QL")} == {True}
    assert {s.day_first for s in text_signs("Call me on +91 98450 11223")} == {True}
    assert {s.day_first for s in text_signs("we need it by the 4th of June")} == {True}
    assert {s.day_first for s in text_signs("we need it by June 4th")} == {False}
    assert {s.day_first for s in text_signs("Livraison souhaitée rapidement")} == {True}
    # "10 may be late" is English, not a date; a US phone number says nothing (Canada shares it).
    assert text_signs("10 may be late, call +1 206 555 0188") == []
    assert domain_sign("buyer@kettle-sons.co.uk") == DayOrderSign(True, "the sender's address (kettle-sons.co.uk)")
    assert domain_sign("buyer@kettle.com") is None and domain_sign("buyer@kettle.io") is None


def test_the_message_settles_the_reading_or_doubts_it():
    ambiguous = {"order_date": "06/04/2027"}
    assert settle_day_order(ambiguous, {}, [DAY_FIRST], None).day_first is True
    assert settle_day_order(ambiguous, {}, [MONTH_FIRST], None).day_first is False
    # Signs that disagree, or none at all: a doubt, never a guess.
    assert settle_day_order(ambiguous, {}, [DAY_FIRST, MONTH_FIRST], None).day_first is None
    assert settle_day_order(ambiguous, {}, [], None).day_first is None
    # Sent on 8 April: an order is not dated 4 June before it is sent, so it is 6 April.
    assert settle_day_order(ambiguous, {}, [], date(2027, 4, 8)).day_first is True
    # A delivery is not asked for before the order: ordered 20 May, wanted 05/06 is 5 June.
    assert settle_day_order({"requested_date": "05/06/2027"}, {"order_date": date(2027, 5, 20)}, [], None
                            ).day_first is True
    # The one reading that fits, against the signs: a doubt.
    assert settle_day_order(ambiguous, {}, [MONTH_FIRST], date(2027, 4, 8)).day_first is None


def test_filing_reads_an_ambiguous_date_with_the_messages_signs_or_keeps_it_under_the_floor():
    header = ExtractedHeader(order_date=Field(date(2027, 6, 4), 0.9, None, written="06/04/2027"))
    settled = read_ambiguous_dates(header, [DAY_FIRST], None).order_date
    assert settled is not None and (settled.value, settled.confidence, settled.written) == (date(2027, 4, 6), 0.9,
                                                                                           None)
    doubted = read_ambiguous_dates(header, [], None).order_date
    assert doubted is not None and doubted.confidence < HEADER_FIELD_FLOORS["order_date"]
    assert doubted.written == "06/04/2027"


BODY = "Hello,\n\nplease send:\n\n4 x TAPE-48-CLR\n2 x GLV-NIT-L-BLU\n\nPO: {po}\nOrder Date: 06/04/2027\n\nThanks\n"


def _filed(db: Database, settings: Settings, sender: str, po: str, quoted: str = "") -> tuple[date | None, list[str]]:
    raw = plain_email(subject=f"Order {po}", body=BODY.format(po=po) + quoted,
                      message_id=f"<day-order-{po}@example.net>", sender=sender)
    accepted = accept_message(db, raw, MessageSource("test"), settings.mime_limits())
    with db.session() as s:
        message = s.get(InboundMessage, accepted.message_id)
        assert message is not None
        file_message(s, message, settings)
    with db.session() as s:
        order = s.scalar(select(Order).where(Order.message_id == accepted.message_id))
        assert order is not None
        return order.order_date, [r.code for r in order.reasons if r.field == "order_date"]


@pytest.mark.slow
def test_an_ambiguous_order_date_is_read_from_the_sender_or_sent_to_a_clerk(demo_db: Database, settings: Settings):
    """GIVEN the same order, dated 06/04/2027, from a British sender, from an unknown .com sender and from the
    demo's US customer WHEN each is filed THEN the British one is dated 6 April, the US customer's 4 June, and
    the unknown sender's keeps a date a clerk must confirm."""
    assert _filed(demo_db, settings, "Ann Kettle <ann@kettle-sons.co.uk>", "KS-2291") == (date(2027, 4, 6), [])
    assert _filed(demo_db, settings, "Jane Doe <jane.doe@acme-retail.example>", "7781") == (date(2027, 6, 4), [])
    assert _filed(demo_db, settings, "Bo Reyes <bo@reyes-build.com>", "RB/0456") == (date(2027, 6, 4),
                                                                                    ["low_confidence_field"])
    # What the reply quotes is another writer's: pounds there say nothing of this buyer.
    quoted = "\nOn Mon, 5 Apr 2027, Sales <sales@example.net> wrote:\n> Total £40.00\n"
    assert _filed(demo_db, settings, "Bo Reyes <bo@reyes-build.com>", "RB/0457", quoted) == (
        date(2027, 6, 4), ["low_confidence_field"])


def test_dates_written_with_the_months_name_in_other_languages_and_year_first():
    assert find_header("Fecha: 14 de octubre de 2027\n", kind="pdf").order_date.value == date(2027, 10, 14)
    assert find_header("Date de commande : 1er avril 2027\n").order_date.value == date(2027, 4, 1)
    assert find_header("Order Date: 2027/03/09\n").order_date.value == date(2027, 3, 9)


def test_a_forwarded_messages_header_lines_are_the_mail_programs_not_the_buyers():
    # Outlook in a US locale writes "Sent: Tuesday, April 6, 2027"; the British buyer under it writes 06/04/2027.
    forwarded = ("Pls enter, thanks.\n\nFrom: Ann Kettle <ann@kettle-sons.co.uk>\nSent: Tuesday, April 6, 2027 "
                 "2:37 PM\nTo: Sales <sales@example.net>\nSubject: order\n\nOrder Date: 06/04/2027\nTotal £40.00\n")
    kept = without_mail_headers(forwarded)
    assert "April 6" not in kept and "Order Date: 06/04/2027" in kept
    assert {s.day_first for s in text_signs(kept)} == {True}
    # A lone date line is the writer's own.
    assert "Date: 4 December 2026" in without_mail_headers("Date: 4 December 2026\n\nPlease send 4 boxes.\n")
