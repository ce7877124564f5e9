"""Not-an-order recognition: delivery reports, auto-replies, calendar invites, newsletters; real orders kept."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP

import pytest

from intake.mime import parse_message

ICS = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nSUMMARY:Quarterly review\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"


def _message(body: str = "Thanks for your mail.\n", subject: str = "Hello", sender: str = "jane@acme-retail.example",
             **headers: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "orders@northwind-supply.example"
    msg["Subject"] = subject
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content(body)
    return msg


def _parse(msg: EmailMessage):
    return parse_message(msg.as_bytes(policy=SMTP))


def test_mime_delivery_status_report_is_not_an_order():
    """GIVEN a bounce: multipart/report; report-type=delivery-status
    WHEN it is parsed
    THEN not_an_order says it is a delivery status notification."""
    raw = (b"From: Mail Delivery System <mailer@relay.example>\r\nSubject: Undelivered Mail\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: multipart/report; report-type=delivery-status; boundary=R\r\n\r\n"
           b"--R\r\nContent-Type: text/plain\r\n\r\nYour PO 123 could not be delivered.\r\n"
           b"--R\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; relay.example\r\n\r\n"
           b"Final-Recipient: rfc822; x@y.example\r\nAction: failed\r\nStatus: 5.1.1\r\n--R--\r\n")
    assert parse_message(raw).not_an_order == "delivery status notification"


def test_mime_mailer_daemon_is_not_an_order():
    """GIVEN a message from MAILER-DAEMON
    WHEN it is parsed
    THEN it is a delivery status notification."""
    parsed = _parse(_message(sender="MAILER-DAEMON@relay.example", subject="failure notice"))
    assert parsed.not_an_order == "delivery status notification"


@pytest.mark.parametrize(("subject", "headers"), [
    ("Re: PO 123", {"Auto_Submitted": "auto-replied"}),
    ("Re: PO 123", {"X_Autoreply": "yes"}),
    ("Re: PO 123", {"X_Autorespond": "yes"}),
    ("Re: PO 123", {"Precedence": "auto_reply"}),
    ("Automatic reply: PO 123", {}),
    ("Out of Office: back on Monday", {}),
    ("Autoreply: PO 123", {}),
])
def test_mime_auto_replies_are_not_orders(subject, headers):
    """GIVEN an auto-reply recognisable by its header or its subject
    WHEN it is parsed
    THEN not_an_order says it is an automatic reply."""
    assert _parse(_message(subject=subject, **headers)).not_an_order == "automatic reply"


def test_mime_auto_generated_purchase_order_is_kept():
    """GIVEN a buyer's ERP sending a purchase order marked Auto-Submitted: auto-generated, with a PDF
    WHEN it is parsed
    THEN it is not set aside: auto-generated alone is not an auto-reply."""
    msg = _message(body="Please find our purchase order attached.\n", subject="Purchase Order 4500012345",
                   Auto_Submitted="auto-generated")
    msg.add_attachment(b"%PDF-1.4", maintype="application", subtype="pdf", filename="PO4500012345.pdf")
    assert _parse(msg).not_an_order is None


def test_mime_calendar_invitation_is_not_an_order():
    """GIVEN an invitation: a text body and a text/calendar part with METHOD:REQUEST
    WHEN it is parsed
    THEN not_an_order says it is a calendar invitation."""
    msg = _message(body="Let's review Q3 together.\n", subject="Invitation: Quarterly review")
    msg.add_alternative(ICS, subtype="calendar", params={"method": "REQUEST"})
    assert _parse(msg).not_an_order == "calendar invitation"


def test_mime_ics_as_only_attachment_is_not_an_order():
    """GIVEN a message whose only attachment is an .ics file and no order wording
    WHEN it is parsed
    THEN it is a calendar invitation."""
    msg = _message(body="See you there.\n", subject="Meeting")
    msg.add_attachment(ICS.encode(), maintype="application", subtype="octet-stream", filename="invite.ics")
    assert _parse(msg).not_an_order == "calendar invitation"


def test_mime_order_with_a_delivery_slot_invite_is_kept():
    """GIVEN an order with a PDF purchase order and an .ics delivery slot
    WHEN it is parsed
    THEN it is not set aside."""
    msg = _message(body="PO 4711 attached, delivery slot in the invite.\n", subject="PO 4711")
    msg.add_attachment(b"%PDF-1.4", maintype="application", subtype="pdf", filename="po.pdf")
    msg.add_attachment(ICS.encode(), maintype="text", subtype="calendar", filename="slot.ics")
    assert _parse(msg).not_an_order is None


def test_mime_newsletter_is_not_an_order():
    """GIVEN a mailing with List-Unsubscribe and Precedence: bulk
    WHEN it is parsed
    THEN not_an_order says it is a newsletter."""
    msg = _message(body="Our spring catalogue is out! Order now.\n", subject="Spring news",
                   List_Unsubscribe="<mailto:unsub@news.example>", Precedence="bulk")
    assert _parse(msg).not_an_order == "newsletter"


def test_mime_list_unsubscribe_alone_is_not_enough():
    """GIVEN a message with List-Unsubscribe but neither Precedence: bulk/list nor List-Id
    WHEN it is parsed
    THEN it is not set aside."""
    msg = _message(List_Unsubscribe="<mailto:unsub@news.example>")
    assert _parse(msg).not_an_order is None


def test_mime_order_through_a_mailing_list_is_kept():
    """GIVEN a real order sent through a group address (List-Id, List-Unsubscribe, Precedence: list)
    WHEN it is parsed
    THEN it is not thrown away as a newsletter."""
    msg = _message(body="PO 4711\n10 x ABC-123\n", subject="Purchase order 4711", List_Id="<orders.acme.example>",
                   List_Unsubscribe="<mailto:unsub@acme.example>", Precedence="list")
    assert _parse(msg).not_an_order is None


def test_mime_plain_order_is_not_classified():
    """GIVEN an ordinary order email
    WHEN it is parsed
    THEN not_an_order is None."""
    assert _parse(_message(body="10 x ABC-123\n", subject="PO 123")).not_an_order is None


@pytest.mark.parametrize(("text", "names", "asks"), [
    ("Purchase Order 4500012345", True, True),
    ("PO#4711 attached", True, True),
    ("Order No. 12", True, True),
    ("Bestellung Nr. 7", True, True),
    ("Bon de commande", True, True),
    # Italian, Dutch and Portuguese buyers name and ask for orders in their own words.
    ("Ordine d'acquisto n. 5521", True, True),
    ("Vi inviamo il nostro ordine per la settimana", True, True),
    ("Bestelling 2026-118 in de bijlage", True, True),
    ("Graag leveren: 4 dozen handschoenen", False, True),
    ("Segue a nossa encomenda", True, True),
    ("Vorremmo ordinare i seguenti articoli", False, True),
    # A repeat order and a list introduced by what is needed.
    ("Parts reorder", False, True),
    ("Time to re-order the usual, thanks", False, True),
    ("Hi, need the following by Friday:", False, True),
    ("Please send 5 cases of the white cups", False, True),
    ("We need 2 boxes of gloves", False, True),
    ("New order for the Orlando resort", False, True),
    # A buyer's prose order: weak wording, but an order (processing must not close it as not an order).
    ("Hi team, we would like to order today:", False, True),
    # A shop's notice or newsletter: it says "order", but names none (intake must still set it aside).
    ("Your order has been received", False, True),
    ("Our spring catalogue is out! Order now.", False, True),
    ("We need you back!", False, True),
    ("See you at three", False, False),
])
def test_order_wording_is_two_rules_with_one_owner(text: str, names: bool, asks: bool):
    """GIVEN a text WHEN asked whether it names an order (intake: enough to keep machine or list mail from
    being set aside) and whether it asks for goods (processing: prose lines without PO or codes) THEN the
    two rules answer as intake and processing always did, from one module."""
    from intake.classify import asks_for_goods, names_an_order

    assert (names_an_order(text), asks_for_goods(text)) == (names, asks)


def test_a_shops_automatic_notice_saying_order_is_still_set_aside():
    """GIVEN an auto-generated 'Your order has been received' notice with lines in it WHEN parsed THEN it
    is set aside as an automatic notification: 'order' alone names no order (a merged rule let it through)."""
    msg = _message(body="Thank you! Your order has been received.\n10 x TAPE-48-CLR\n",
                   subject="Your order has been received", Auto_Submitted="auto-generated")
    assert _parse(msg).not_an_order == "automatic notification"


@pytest.mark.parametrize(("headers", "sender", "why"), [
    ({"auto-submitted": "auto-generated"}, "erp@acme.example", "Auto-Submitted: auto-generated"),
    ({"auto-submitted": " Auto-Replied "}, "jane@acme.example", "Auto-Submitted: auto-replied"),
    ({"auto-submitted": "no"}, "jane@acme.example", None),
    ({"precedence": "bulk"}, "news@acme.example", "Precedence: bulk"),
    ({"precedence": "first-class"}, "jane@acme.example", None),
    ({}, "noreply@acme.example", "the sender is noreply@acme.example"),
    ({}, "mailer-daemon@relay.example", "the sender is mailer-daemon@relay.example"),
    ({}, "erp-noreply@acme.example", None),
])
def test_automated_sender_is_one_rule(headers: dict[str, str], sender: str, why: str | None):
    """GIVEN a message's headers and sender WHEN asked whether a machine sent it THEN one rule answers,
    with the reason the acknowledgement gives for not replying to it."""
    from intake.classify import automated_sender

    assert automated_sender(headers, sender) == why


def test_an_order_from_a_no_reply_address_is_kept_but_marked_automated():
    """GIVEN a buyer's ERP sending an order from noreply@
    WHEN it is parsed
    THEN it is not set aside (only the mail system's own senders report deliveries), and its header
    facts say a machine sent it, so nobody replies to that address."""
    parsed = _parse(_message(body="PO 4711\n10 x ABC-123\n", subject="Purchase order 4711",
                             sender="noreply@acme-retail.example"))
    assert parsed.not_an_order is None
    assert parsed.headers.automated == "the sender is noreply@acme-retail.example"
