"""Orders that arrive inside another message: one forwarded by our own salesperson (the customer is the buyer
it forwards, not us), and one quoted under the buyer's reply that takes a line off it before it was ever
entered (read with the correction, never approved untouched; a PO already received stays a duplicate).
Every message here is made up."""

from __future__ import annotations

import pytest

from tests.support.messages import ACME_BUYER, plain_email
from tests.support.service import Service

pytestmark = pytest.mark.slow

STAFF = "Lou Brandt <lou.brandt@northwind-supply.example>"

FORWARD = """Order desk - please put this in for Acme. Thanks, Lou

Lou Brandt | Key Accounts
Northwind Supply | 312-555-0187

-----Original Message-----
From: Jane Doe <jane.doe@acme-retail.example>
Sent: Tuesday, November 24, 2026 8:41 AM
To: Lou Brandt <lou.brandt@northwind-supply.example>
Subject: PO ACM-PO-61120

Hi Lou,

PO ACM-PO-61120 please.

6 x TAPE-48-CLR
3 x TIE-08-BLK

Jane
"""


def test_an_order_forwarded_by_our_own_salesperson_is_the_buyers_order(sqlite_service: Service):
    """GIVEN our salesperson's note, with a phone number in the signature, above the buyer's order quoted under
    "-----Original Message-----" and an Outlook header block
    THEN the order is the buyer's: the customer is the buyer's company and its lines and PO are read."""
    svc = sqlite_service
    posted = svc.post_eml(plain_email(subject="FW: PO ACM-PO-61120", body=FORWARD, sender=STAFF,
                                      message_id="<fw-61120@northwind-supply.example>"))
    svc.drain()
    order = svc.order_for_message(posted["id"])
    assert order["customer_id"] == "C001"
    assert order["po_number"] == "ACM-PO-61120"
    assert [(line["sku"], float(line["quantity"])) for line in order["lines"]] == [
        ("TAPE-48-CLR", 6.0), ("TIE-08-BLK", 3.0)]


def _reply(po: str) -> str:
    return f"""Hello,

Before you ship this - please take the cable ties (TIE-08-BLK) off, we found a bag in the back. The rest stands.

Jane

From: Jane Doe <jane.doe@acme-retail.example>
Sent: 24 November 2026 09:02
To: Northwind Orders <orders@northwind-supply.example>
Subject: PO {po}

Hi,

PO Number: {po}

6 x TAPE-48-CLR
3 x TIE-08-BLK
2 x BOX-1210-08

Thanks,
Jane Doe
"""


def test_a_reply_taking_a_line_off_an_order_never_received_reads_the_quoted_order_for_a_clerk(
        sqlite_service: Service):
    """GIVEN a buyer's reply, with no line of its own, taking one line off the order quoted below it, whose PO
    we never received
    THEN the quoted order is read without that line, and waits for a clerk with a reason saying so."""
    svc = sqlite_service
    posted = svc.post_eml(plain_email(subject="RE: PO ACM-PO-61130", body=_reply("ACM-PO-61130"), sender=ACME_BUYER,
                                      message_id="<re-61130@acme-retail.example>"))
    svc.drain()
    order = svc.order_for_message(posted["id"])
    assert [(line["sku"], float(line["quantity"])) for line in order["lines"]] == [
        ("TAPE-48-CLR", 6.0), ("BOX-1210-08", 2.0)]
    assert order["status"] == "needs_review" and order["auto_approved"] is False
    assert "read_from_quoted_message" in {r["code"] for r in order["review_reasons"]}


def test_the_same_correction_to_an_order_already_received_is_a_duplicate_for_a_clerk(sqlite_service: Service):
    """GIVEN the order received first, then the buyer's reply taking a line off it
    THEN the reply is never a second new order approved: it waits for a clerk as a PO already received."""
    svc = sqlite_service
    first = _reply("ACM-PO-61140").split("From: Jane Doe", 1)[1].split("\n\n", 1)[1]
    svc.post_eml(plain_email(subject="PO ACM-PO-61140", body=first, sender=ACME_BUYER,
                             message_id="<po-61140@acme-retail.example>"))
    svc.drain()
    posted = svc.post_eml(plain_email(subject="RE: PO ACM-PO-61140", body=_reply("ACM-PO-61140"), sender=ACME_BUYER,
                                      message_id="<re-61140@acme-retail.example>"))
    svc.drain()
    order = svc.order_for_message(posted["id"])
    assert order["status"] == "needs_review" and order["auto_approved"] is False
    assert "duplicate_po" in {r["code"] for r in order["review_reasons"]}


ACCEPTED_QUOTE = """Sam, yes please go ahead with the quote below as our order, PO ACM-PO-61150.

Jane

From: Sam Reyes <sam.reyes@northwind-supply.example>
Sent: Monday, November 30, 2026 4:05 PM
To: Jane Doe <jane.doe@acme-retail.example>
Subject: Quote NQ-3381 - packing supplies

Hi Jane, pricing as asked:

 TAPE-48-CLR   Packing tape 48mm clear    6 CS
 TIE-08-BLK    Cable ties 8in black       3 BX

Quote valid 30 days.
Sam Reyes | Inside Sales
"""


def test_a_reply_accepting_our_quote_below_orders_its_lines_for_a_clerk(sqlite_service: Service):
    """GIVEN a buyer's reply with no line of its own accepting the quote we sent, quoted under an Outlook block
    THEN the quote's lines are the order, which waits for a clerk with a reason saying they came from the quote."""
    svc = sqlite_service
    posted = svc.post_eml(plain_email(subject="RE: Quote NQ-3381 - packing supplies", body=ACCEPTED_QUOTE,
                                      sender=ACME_BUYER, message_id="<re-nq3381@acme-retail.example>"))
    svc.drain()
    order = svc.order_for_message(posted["id"])
    assert [(line["sku"], float(line["quantity"])) for line in order["lines"]] == [
        ("TAPE-48-CLR", 6.0), ("TIE-08-BLK", 3.0)]
    assert order["po_number"] == "ACM-PO-61150"
    assert order["status"] == "needs_review" and order["auto_approved"] is False
    reasons = {r["code"]: r["message"] for r in order["review_reasons"]}
    assert "accepts" in reasons.get("read_from_quoted_message", "")
