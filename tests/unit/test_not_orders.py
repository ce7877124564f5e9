"""Mail that lists items and quantities but is not an order to us is closed as what it is: a web shop's
confirmation to its consumer, a carrier's shipping notice, a supplier's order response, a request for a
quote. A real order that merely uses one of those words stays an order. Every message here is made up."""

from __future__ import annotations

import pytest
from fpdf import FPDF
from sqlalchemy import select

from config import Settings
from extractors.header_fields import document_kind
from intake.classify import not_an_order_words, reports_a_fault
from models.db import Database
from models.schemas import MessageSource
from models.status import MessageStatus
from models.tables import InboundMessage, Order
from orchestration.accept import accept_message
from orchestration.pipeline import file_message
from tests.support.messages import email_with_attachment, file_email, plain_email


def _what(*texts: str, forwarded: bool = False) -> str | None:
    said = not_an_order_words(list(texts), forwarded)
    return said[1] if said else None


def test_a_shops_thanks_to_its_consumer_is_a_confirmation_unless_forwarded_to_us():
    assert "web shop" in (_what("Hi Sam,\n\nThanks for your order!\nOrder #WB-88213 placed May 3") or "")
    assert "web shop" in (_what("Your Lumo Home order #LH-5512 has been confirmed") or "")
    assert "web shop" in (_what("Vielen Dank für Ihre Bestellung bei Gartenwelt") or "")
    # A shop's order passed on to us to deliver is an order; a buyer thanking us for our acknowledgement too.
    assert _what("Thank you for your order!\n1 x Tea towel", forwarded=True) is None
    assert _what("Thank you for your order confirmation. Here is PO 7781 as well.") is None


def test_shipping_notices_and_order_responses_are_named_by_their_title_or_their_words():
    assert _what("DELIVERY NOTIFICATION\n\nPRO 5512-001\n4 CS  AB-12") == "it is a shipping notice"
    assert _what("Hello,\nyour parcel has been dispatched and is on its way.") == "it is a shipping notice"
    assert "order response" in (_what("Auftragsbestätigung 40-7781\nPos. 1  4 Karton") or "")
    assert "order response" in (_what("Dear buyer,\nwe hereby confirm your purchase order 5512.") or "")
    # An instruction on an order is not a title, and a title further down an order is not at the top.
    assert _what("Hi,\nPO 5512\nDelivery notice: 24 hours ahead\n4 x AB-12") is None
    assert _what("Hi,\nplease find our order.\nPO 5512\n4 x AB-12\nOrder acknowledgement 5512") is None


def test_a_request_for_a_quote_in_several_languages():
    for text in ("Could you quote me 30 cases of the 9 in plates?", "Request for quotation: 12 x AB-12",
                 "Wir bitten um ein Angebot für 20 Karton", "Merci de nous faire un devis pour 10 colis",
                 "Favor de cotizar 15 cajas"):
        assert _what(text) == "it asks for a quote", text
    assert _what("As quoted last week, 30 cases of the 9 in plates") is None
    assert _what("RFQ 2231 - compostable bowls\n20 cases BW-16") == "it asks for a quote"
    assert _what("Hi,\nour order against your answer to RFQ 2231:\n20 cases BW-16") is None


def test_a_request_for_prices_in_a_bidders_words():
    assert _what("We're tendering the school job. Can you price the following by Friday?") == "it asks for a quote"
    assert _what("Need pricing on these for our bid:\n12 x HG-100 hinges") == "it asks for a quote"
    assert _what("Priced as last time, please send 12 x HG-100 hinges") is None


def test_a_newsletter_by_the_footer_every_mass_mail_carries():
    for text in ("April offers on hose reels!\nOrder 6 or more and save 10%.\nUnsubscribe: https://x.example/u",
                 "You are receiving this email because you are a registered stockist.",
                 "Trouble reading? View this email in your browser"):
        assert _what(text) == "it is a newsletter or advertisement", text
    assert _what("PO GL-3330\n4 x HG-100 brass hinges\nPlease send by Friday") is None


def test_a_line_that_says_what_went_wrong_with_goods_received():
    for text in ("three panes of the 4mm glass arrived cracked", "the box of hinges was missing too",
                 "2 rolls of felt were soaked", "the order was short-shipped"):
        assert reports_a_fault(text), text
    for text in ("3 x PN-4MM replacement glass panes", "6 broken-line marking tapes", "2 boxes of crack filler"):
        assert not reports_a_fault(text), text


SHOP_CONFIRMATION = ("Hi Sam,\n\nThanks for your order!\n\nOrder #WB-88213\n\n"
                     "1 x Walnut cutting board  $42.00\n2 x Linen napkins (set of 4)  $19.00\n\n"
                     "Estimated delivery: 3-5 business days\n")
CARRIER_NOTICE = ("SHIPMENT NOTIFICATION\n\nYour shipment is in transit.\n\nCustomer PO: AR-55120\n"
                  "Contents:\n  4 CS  TAPE-48-CLR\n  2 BX  GLV-NIT-L-BLU\n")
QUOTE_REQUEST = ("Hi Mike,\n\nwe are opening a second store. Could you quote me:\n\n- 40 cases TAPE-48-CLR\n"
                 "- 20 boxes GLV-NIT-L-BLU\n\nIf the price is right I will send a PO.\n\nJane")
QUOTED_ORDER = ("Hi Mike,\n\nas quoted last week, please send:\n\n- 40 cases TAPE-48-CLR\n"
                "- 20 boxes GLV-NIT-L-BLU\n\nPO AR-55190\n\nJane")
DELIVERY_COMPLAINT = ("Hi,\n\nYour van left the pallet at the wrong gate, and three panes of the 4mm glass arrived "
                      "cracked. The box of hinges was missing as well. I want the 3 panes and the hinges replaced on "
                      "the next drop at no charge.\n\nNot impressed.\nJane")
PRICE_REQUEST = ("Hi Mike,\n\nWe're tendering the school job. Can you price the following by Friday? Not an order "
                 "yet.\n\n- 40 cases TAPE-48-CLR\n- 20 boxes GLV-NIT-L-BLU\n\nJane")
NEWSLETTER = ("Greenhill Trade News - April\n\nOur new hose reels are in stock. Order 6 cases or more before May 1 "
              "and save 10%.\n\n 6 cs TAPE-48-CLR  $24.50\n 4 bx GLV-NIT-L-BLU  $31.00\n\n"
              "To order, reply with quantities.\nYou are receiving this because you are a registered stockist.\n"
              "Unsubscribe: https://greenhill.example/unsub\n")
ORDER_MENTIONING_A_FAULT = ("Hi,\n\nPO AR-55410\n\n6 cs TAPE-48-CLR\n2 bx GLV-NIT-L-BLU\n\nThe last two cases "
                            "arrived crushed - pack them well this time.\n\nJane")
ORDER_WITH_A_FOOTER = ("Hi,\n\nPO AR-55420\n\n6 cs TAPE-48-CLR\n2 bx GLV-NIT-L-BLU\n\nJane\n\nYou are "
                       "receiving this email because you are a supplier of Acme Retail Group.\n")
FORWARDED_SHOP_ORDER = ("Please deliver this one.\n\n---------- Forwarded message ---------\n"
                        "From: Shop <no-reply@shop>\nSubject: Thank you for your order\n\n"
                        "Thank you for your order!\n\n4 x TAPE-48-CLR\n"
                        "Ship to: 12 Elm St, Boston MA 02110\n")


def _filed(db: Database, settings: Settings, subject: str, body: str, n: str) -> tuple[str, str | None, bool]:
    filed = file_email(db, settings, plain_email(subject=subject, body=body, message_id=f"<not-order-{n}@example.net>",
                                                 sender="Jane Doe <jane.doe@acme-retail.example>"))
    return filed.status, filed.error, filed.filed


@pytest.mark.slow
@pytest.mark.parametrize("subject,body,what", [
    pytest.param("Your order WB-88213", SHOP_CONFIRMATION, "web shop", id="shop-confirmation"),
    pytest.param("Shipment AR-55120", CARRIER_NOTICE, "shipping notice", id="carrier-notice"),
    pytest.param("RE: PO AR-55400 delivery", DELIVERY_COMPLAINT, "goods received", id="delivery-complaint"),
    pytest.param("pricing for the school job", PRICE_REQUEST, "quote", id="price-request"),
    pytest.param("Greenhill Trade News", NEWSLETTER, "newsletter", id="newsletter"),
])
def test_mail_with_lines_that_is_not_an_order_is_closed_as_what_it_is(demo_db: Database, settings: Settings,
                                                                     subject: str, body: str, what: str):
    """GIVEN a message whose items and quantities can be read but whose own words say it is a shop's
    confirmation or a shipping notice WHEN it is filed THEN no order is made and the message is closed
    saying what it is."""
    status, error, ordered = _filed(demo_db, settings, subject, body, subject.replace(" ", "-"))
    assert (status, ordered) == (MessageStatus.NOT_AN_ORDER, False), error
    assert what in (error or ""), error


@pytest.mark.slow
@pytest.mark.parametrize("subject,body", [
    pytest.param("Order", QUOTED_ORDER, id="order-as-quoted"),
    pytest.param("Fwd: Thank you for your order", FORWARDED_SHOP_ORDER, id="forwarded-shop-order"),
    pytest.param("Order AR-55410", ORDER_MENTIONING_A_FAULT, id="order-mentioning-a-fault"),
    pytest.param("Order AR-55420", ORDER_WITH_A_FOOTER, id="order-with-a-mail-footer"),
])
def test_an_order_that_uses_those_words_stays_an_order(demo_db: Database, settings: Settings, subject: str, body: str):
    status, error, ordered = _filed(demo_db, settings, subject, body, subject.replace(" ", "-").replace(":", ""))
    assert (status, ordered) == (MessageStatus.PROCESSED, True), error


def _acknowledgement_pdf() -> bytes:
    """A supplier's order acknowledgement: its own title, the buyer's PO it answers, the lines it confirms."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.text(20, 20, "Brightline Packaging Ltd")
    pdf.text(20, 27, "ORDER ACKNOWLEDGEMENT   No. OA-30417")
    pdf.text(20, 34, "Your purchase order: AR-55301   Date: 2027-03-04")
    xs = [20, 55, 140, 152, 168]
    y = 50
    for row in [["Item", "Description", "Qty", "UoM", "Price"],
                ["TAPE-48-CLR", "Packing tape clear", "6", "CS", "61.20"],
                ["CUP-12-WHT", "Paper cup 12oz", "3", "CS", "24.50"]]:
        for x, cell in zip(xs, row, strict=True):
            pdf.text(x, y, cell)
        y += 7
    return bytes(pdf.output())


def test_a_suppliers_acknowledgement_is_titled_an_order_response_but_a_po_asking_for_one_is_not():
    assert document_kind("Brightline Packaging\nORDER ACKNOWLEDGEMENT  OA-30417\nYour PO AR-55301") == "order response"
    assert document_kind("Auftragsbestätigung 40-7781\nIhre Bestellung 5521 vom 02.03.2027") == "order response"
    assert document_kind("PURCHASE ORDER 5521\nOrder acknowledgement required within 48 hours") is None


@pytest.mark.slow
def test_an_attached_order_response_closes_the_message(demo_db: Database, settings: Settings):
    raw = email_with_attachment(sender="Jane Doe <jane.doe@acme-retail.example>", subject="OA-30417",
                                message_id="<not-order-oa@example.net>", body="Please find attached.",
                                attachment=_acknowledgement_pdf(), maintype="application", subtype="pdf",
                                filename="OA-30417.pdf")
    accepted = accept_message(demo_db, raw, MessageSource("test"), settings.mime_limits())
    with demo_db.session() as s:
        message = s.get(InboundMessage, accepted.message_id)
        assert message is not None
        file_message(s, message, settings)
        assert message.status == MessageStatus.NOT_AN_ORDER, message.error
        assert "order response" in (message.error or "")


@pytest.mark.slow
@pytest.mark.parametrize("subject,body", [
    pytest.param("New store", QUOTE_REQUEST, id="quote-request-with-lines"),
    pytest.param("Cups", "Could you quote the 16oz as well. Go ahead with the usual:\n10 cs TAPE-48-CLR\n"
                 "5 bx GLV-NIT-L-BLU\n", id="order-that-also-asks-a-quote"),
])
def test_a_quote_asked_for_beside_readable_lines_waits_for_a_clerk(demo_db: Database, settings: Settings,
                                                                  subject: str, body: str):
    """GIVEN a message asking for a quote whose lines can be read (a request for a quote, or an order that
    also asks for one: the words cannot tell them apart safely) WHEN it is filed THEN it is neither closed
    unseen nor approved untouched: an order waits for a clerk with a reason saying a quote was asked for."""
    status, error, ordered = _filed(demo_db, settings, subject, body, "quote-" + subject.replace(" ", "-"))
    assert ordered and status != MessageStatus.NOT_AN_ORDER, (status, error)
    with demo_db.session() as s:
        order = s.scalars(select(Order).order_by(Order.id.desc())).first()
        assert order is not None and not order.auto_approved
        assert any(r.code == "about_other_business" and "quote" in r.message for r in order.reasons)


@pytest.mark.slow
def test_a_quote_request_that_says_it_is_no_order_yet_is_closed_even_with_readable_lines(
        demo_db: Database, settings: Settings):
    """GIVEN a request for prices that lists readable lines and says outright it is not an order yet WHEN
    it is filed THEN it is closed as a quote request: the buyer's own words leave no doubt."""
    body = ("Hi Mike,\n\nbefore we commit, could you quote me the following? This is not an order yet, we "
            "only need prices.\n\n- 40 cases TAPE-48-CLR\n- 12 bx GLV-NIT-L-BLU\n\nThanks\nDana\n")
    status, error, ordered = _filed(demo_db, settings, "Prices for spring", body, "quote-not-yet")
    assert (status, ordered) == (MessageStatus.NOT_AN_ORDER, False), error
    assert "quote" in (error or "")
