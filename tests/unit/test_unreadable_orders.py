"""Nothing that looks like an order is closed silently: a message with a PO number, order wording, or
codes beside quantities that yields no order line goes to the review queue as unreadable, carrying
what was read; messages that are clearly about something else (a return, a quote request, a thank-you)
stay closed, with a reason that says what they are, and a status question no order matches waits for a
clerk as one.

Every email here is made up, of the kinds that slipped: prose the reader cannot parse, codes and
quantities in a layout it does not know, a bare "please send the usual"."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

import pytest
from sqlalchemy import select

from config import Settings
from models.db import Database
from models.schemas import MessageSource
from models.status import MessageStatus, OrderStatus
from models.tables import InboundMessage, Order
from orchestration.accept import accept_message
from orchestration.pipeline import file_message
from tests.support.messages import email_with_attachment, plain_email

# Each test builds the demo database (about a second): out of the fast loop, like the others that do.
pytestmark = pytest.mark.slow

BUYER = "Jane Doe <jane.doe@acme-retail.example>"  # the demo customer C001's buyer


def _eml(subject: str, body: str, n: str) -> bytes:
    return plain_email(subject=subject, body=body, message_id=f"<unread-{n}@acme-retail.example>", sender=BUYER)


@dataclass
class Outcome:
    status: str
    error: str | None
    order_status: str | None = None
    customer_id: str | None = None
    po_number: str | None = None
    auto_approved: bool | None = None
    reasons: list[tuple[str, str]] = field(default_factory=list)


def _process(db: Database, settings: Settings, raw: bytes) -> Outcome:
    """The message through the process_message job, as the worker runs it; what it ended as."""
    accepted = accept_message(db, raw, MessageSource("test"), settings.mime_limits())
    with db.session() as s:
        message = s.get(InboundMessage, accepted.message_id)
        assert message is not None
        file_message(s, message, settings)
    with db.session() as s:
        message = s.get(InboundMessage, accepted.message_id)
        assert message is not None
        outcome = Outcome(message.status, message.error)
        order = s.scalar(select(Order).where(Order.message_id == accepted.message_id))
        if order is not None:
            outcome.order_status, outcome.customer_id = order.status, order.customer_id
            outcome.po_number = order.po_number
            outcome.auto_approved = order.auto_approved
            outcome.reasons = [(r.code, r.message) for r in order.reasons]
        return outcome


PROSE_WITH_PO = ("Hi Mike,\n\nCould you put together a couple of cases of the clear packing tape for the Boston "
                 "store, and whatever is left of the large blue gloves, maybe a dozen boxes?\n\n"
                 "Our PO is AR-88120.\n\nThanks,\nJane")
CODES_UNUSUAL = ("Mike - restock below, same as last month.\n\n"
                 "[TAPE-48-CLR] <<four>> (4) / cs\n"
                 "[GLV-NIT-L-BLU] <<two>> (2) / bx\n"
                 "[TIE-08-BLK] <<three>> (3) / pk\n\nJane")
THE_USUAL = "Hi Mike,\n\nplease send the usual for the Boston store, Friday if you can.\n\nJane"
CHATTY = ("Hi Mike!\n\nWhat a week - the loading dock flooded on Tuesday. Anyway, we're running low on "
          "everything. Could you send a couple of cases of the clear tape and a box or two of the big blue gloves? "
          "Same place as always.\n\nThanks!\nJane")


@pytest.mark.parametrize("subject,body,signs", [
    pytest.param("Boston restock", PROSE_WITH_PO, "gives PO AR-88120", id="prose-lines-with-a-po"),
    pytest.param("restock", CODES_UNUSUAL, "lists codes with quantities", id="codes-and-quantities-unusual-layout"),
    pytest.param("Order for Friday", THE_USUAL, "asks for goods", id="please-send-the-usual"),
    # Chatty, naming no goods it could read ("a couple of cases of the clear tape" is read: the next test).
    pytest.param("Help, running low", CHATTY.replace("a couple of cases of the clear tape and a box or two of "
                                                     "the big blue gloves", "the tape and gloves we talked about"),
                 "asks for goods", id="chatty-could-you-send"),
])
def test_an_order_with_no_line_read_goes_to_review_as_unreadable(demo_db: Database, settings: Settings,
                                                                 subject: str, body: str, signs: str):
    """GIVEN an order email from a known customer whose lines the reader cannot read
    WHEN it is processed
    THEN it is not closed as "not an order": an order waits in review with the reason
    `unreadable_order` naming why it looks like an order, and carries the customer that was read."""
    got = _process(demo_db, settings, _eml(subject, body, subject.replace(" ", "-")))
    assert got.status == MessageStatus.PROCESSED, got.error
    assert got.order_status == OrderStatus.NEEDS_REVIEW and not got.auto_approved
    assert got.customer_id == "C001"
    unread = [message for code, message in got.reasons if code == "unreadable_order"]
    assert unread, got.reasons
    assert signs in unread[0] and "no order line could be read" in unread[0]


def test_vague_prose_lines_are_read_but_never_approved(demo_db: Database, settings: Settings):
    """GIVEN a chatty order asking for "a couple of cases of the clear tape and a box or two of the big blue
    gloves" WHEN it is processed THEN its lines are read (a vague count as its likely number) and the order
    waits for a clerk with the customer read and its doubts named: nothing is approved untouched."""
    got = _process(demo_db, settings, _eml("Help, running low", CHATTY, "Help-running-low"))
    assert got.status == MessageStatus.PROCESSED, got.error
    assert got.order_status == OrderStatus.NEEDS_REVIEW and not got.auto_approved
    assert got.customer_id == "C001"
    assert got.reasons and "unreadable_order" not in [code for code, _ in got.reasons]


def test_the_po_read_from_the_email_is_kept_on_the_unreadable_order(demo_db: Database, settings: Settings):
    got = _process(demo_db, settings, _eml("Boston restock", PROSE_WITH_PO, "po-kept"))
    assert got.po_number == "AR-88120"


@pytest.mark.parametrize("subject,body,what", [
    pytest.param("RMA request - PO AR-77120", "Mike,\n\non PO AR-77120 we got 3 packs of TIE-08-BLK too many. Can "
                 "you send an RMA number so we can return them for credit?\n\nJane", "return",
                 id="return-request"),
    pytest.param("Invoice 5531", "Hello,\n\nyour invoice 5531 for PO AR-77120 charges 6 x TAPE-48-CLR, we got 4. "
                 "Please send a corrected invoice.\n\nJane", "about an invoice", id="invoice-dispute"),
    pytest.param("Wrong tape", "Hi,\n\nthe tape delivered Monday is TAPE-48-BRN, not the clear TAPE-48-CLR we ordered "
                 "(4 cs). Please arrange a pickup of the brown.\n\nJane", "credit or complaint",
                 id="complaint-wrong-colour"),
    pytest.param("Invoice question", "Hi,\n\nOn the invoice for PO AR-77120 the freight line looks doubled. Can you "
                 "check and send a corrected copy?\n\nJane", "about an invoice", id="invoice-question"),
    pytest.param("Thanks!", "Hi,\n\nthanks for turning PO AR-77120 around so quickly - the TAPE-48-CLR came a day "
                 "early. No new order today.\n\nJane", "not an order", id="no-new-order-today"),
    pytest.param("Pricing for 2027", "Hi Mike,\n\nfor next year we plan a framework agreement on tape (TAPE-48-CLR, "
                 "about 400 cases a year). Please send us a quote. This is not an order yet.\n\nJane", "quote",
                 id="quote-request"),
    pytest.param("Thanks", "Hi Mike,\n\nthanks for turning PO AR-77120 around so fast, the TAPE-48-CLR arrived "
                 "early. No order today.\n\nJane", "not an order", id="thank-you-note"),
])
def test_mail_about_other_business_stays_closed_with_what_it_is(demo_db: Database, settings: Settings,
                                                                subject: str, body: str, what: str):
    """GIVEN mail from a buyer that names a PO and items but is about something else than ordering
    WHEN it is processed THEN no order is made and the message is closed saying what it is."""
    got = _process(demo_db, settings, _eml(subject, body, subject.replace(" ", "-")))
    assert got.order_status is None, got.reasons
    assert got.status == MessageStatus.NOT_AN_ORDER
    assert what in (got.error or ""), got.error


@pytest.mark.parametrize("subject,body,what", [
    pytest.param("Status of PO AR-77120?", "Hi Mike,\n\nwhere is PO AR-77120? It was due on Monday and nothing has "
                 "arrived. The 4 cases of TAPE-48-CLR are the urgent ones.\n\nJane", "AR-77120",
                 id="status-question"),
    pytest.param("PO AR-77120?", "Hi Mike,\n\nhas PO AR-77120 shipped yet? We are waiting on the tape and the "
                 "ties.\n\nJane", "AR-77120", id="has-it-shipped"),
    pytest.param("Status of PO AR-77120?", "Hi,\n\ncan you tell me where PO AR-77120 is? Nothing has arrived and "
                 "the 4 cases of TAPE-48-CLR are urgent.\n\nPlease send tracking or an ETA.\n\nJane",
                 "AR-77120", id="status-asking-for-tracking"),
])
def test_a_status_question_about_no_order_of_theirs_waits_for_a_clerk(demo_db: Database, settings: Settings,
                                                                      subject: str, body: str, what: str):
    """GIVEN a known buyer asking where a PO stands that is no order of theirs WHEN it is processed THEN no order
    is made and nothing is answered: it waits for a clerk as a status question, its reason naming the PO
    (a question matched to one order is answered: tests/integration/test_status_questions.py)."""
    got = _process(demo_db, settings, _eml(subject, body, subject.replace(" ", "-")))
    assert got.order_status is None, got.reasons
    assert got.status == MessageStatus.STATUS_QUESTION
    assert what in (got.error or "") and "no order of theirs" in (got.error or ""), got.error


def test_a_cancellation_reaches_a_clerk_not_closed(demo_db: Database, settings: Settings):
    """GIVEN a buyer cancelling a PO, naming an item WHEN it is processed THEN it is not closed as other
    business: it acts on an order, so it waits for a clerk as not a new order."""
    got = _process(demo_db, settings, _eml("Cancel PO AR-77120", "Mike,\n\nplease cancel PO AR-77120 - the 4 cs "
                                           "TAPE-48-CLR came from our other supplier.\n\nJane", "cancel"))
    assert got.order_status == OrderStatus.NEEDS_REVIEW and not got.auto_approved
    assert "not_a_new_order" in [code for code, _ in got.reasons], got.reasons


def test_lines_read_from_a_status_question_are_not_approved_as_a_new_order(demo_db: Database, settings: Settings):
    """GIVEN a buyer asking whether a PO shipped, listing what they wait for as "4 x CODE" lines WHEN it is
    processed THEN the lines read are not approved untouched as a new order."""
    got = _process(demo_db, settings, _eml("PO AR-77120?", "Hi Mike,\n\nhas PO AR-77120 shipped yet? We are "
                                           "waiting on the\n\n4 x TAPE-48-CLR\n2 x TIE-08-BLK\n\nJane", "shipped"))
    assert got.order_status == OrderStatus.NEEDS_REVIEW and not got.auto_approved
    assert "about_other_business" in [code for code, _ in got.reasons], got.reasons


@pytest.mark.parametrize("subject,body", [
    pytest.param("PO AR-4481", "Mike,\n\nPO AR-4481: please ship our usual monthly restock of the clear tape and "
                 "the black ties. We pay for credit card as before.\n\nJane", id="credit-card"),
    pytest.param("Restock", "Mike,\n\nwe received the order today, thanks! Please send our usual monthly restock "
                 "again under PO AR-4482.\n\nJane", id="received-and-reorder"),
    pytest.param("RMA closed", "Mike,\n\nRMA 22 is closed, thanks. Please send the usual tape and ties under PO "
                 "AR-4483.\n\nJane", id="rma-and-reorder"),
])
def test_mail_that_also_asks_for_goods_reaches_a_clerk(demo_db: Database, settings: Settings, subject: str, body: str):
    """GIVEN an order nothing could be read from, whose words also touch on other business (a credit card,
    goods received, an RMA) WHEN it is processed THEN it is not closed: a clerk types its lines."""
    got = _process(demo_db, settings, _eml(subject, body, subject.replace(" ", "-")))
    assert got.order_status == OrderStatus.NEEDS_REVIEW and not got.auto_approved, got.error
    assert "unreadable_order" in [code for code, _ in got.reasons], got.reasons


def test_a_chat_without_order_signs_stays_closed(demo_db: Database, settings: Settings):
    got = _process(demo_db, settings, _eml("lunch", "Mike, lunch on Thursday at 12? Jane", "lunch"))
    assert got.order_status is None and got.status == MessageStatus.NOT_AN_ORDER


def test_a_thanks_received_note_naming_its_po_stays_closed(demo_db: Database, settings: Settings):
    """GIVEN a buyer's "thanks, received" note that names the PO and an item WHEN it is processed THEN it
    stays closed, saying the goods arrived."""
    got = _process(demo_db, settings, _eml("RE: PO AR-77120", "Hi Mike,\n\nthanks - we received the order "
                                           "today, all 4 cs TAPE-48-CLR in good shape.\n\nJane", "received"))
    assert got.order_status is None and got.status == MessageStatus.NOT_AN_ORDER
    assert "goods arrived" in (got.error or ""), got.error


@pytest.mark.parametrize("text,count", [
    pytest.param("TAPE-48-CLR  4 cs\n100-4471   Nitrile gloves M   40  BX\n785432100633  GLOVE  30 BX", 3,
                 id="codes-beside-quantities"),
    pytest.param("Tel 0113 496 0721\nP: 319-555-0142\nUnit 7, Brindley Park, Leeds LS12 4RS\n"
                 "Required date: 04/06/2026", 0, id="phone-address-date-lines"),
    pytest.param("We had 2 staff out this week and 3 deliveries late.", 0, id="prose-numbers-without-codes"),
])
def test_coded_quantity_lines_count_item_codes_beside_quantities_only(text: str, count: int):
    from intake.classify import coded_quantity_lines

    assert len(coded_quantity_lines(text)) == count


def test_a_line_the_clerk_types_answers_the_unreadable_order(demo_db: Database, settings: Settings):
    """GIVEN an order waiting as unreadable WHEN the clerk types its first line THEN "no order line could
    be read" is answered and leaves the order's reasons."""
    from clerk.lines import add_line

    _process(demo_db, settings, _eml("Order for Friday", THE_USUAL, "typed"))
    with demo_db.session() as s:
        order = s.scalar(select(Order).where(Order.status == OrderStatus.NEEDS_REVIEW))
        assert order is not None and "unreadable_order" in [r.code for r in order.reasons]
        add_line(s, order, "clerk@x", "TAPE-48-CLR", Decimal(4))
        assert "unreadable_order" not in [r.code for r in order.reasons]


def test_a_spreadsheet_that_reads_as_no_order_goes_to_a_clerk_not_closed(demo_db: Database, settings: Settings):
    """GIVEN an email whose only content is a spreadsheet attachment laid out in a way no reader takes (columns
    nobody here names, no PO number) WHEN it is processed THEN it is filed for a clerk as an order whose lines
    could not be read, never closed as not an order."""
    import io

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Bin", "Thing", "Send us"])
    sheet.append(["A-4", "blue nitrile gloves L", 12])
    sheet.append(["B-2", "clear packing tape", 6])
    buf = io.BytesIO()
    book.save(buf)
    raw = email_with_attachment(sender=BUYER, subject="restock", message_id="<unread-sheet@acme-retail.example>",
                                body="see attached\n\nJane", attachment=buf.getvalue(), maintype="application",
                                subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                filename="restock.xlsx")
    got = _process(demo_db, settings, raw)
    assert got.order_status is not None, (got.status, got.error)
    assert "unreadable_order" in {code for code, _ in got.reasons} and not got.auto_approved
