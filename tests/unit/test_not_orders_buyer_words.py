"""Mail from a buyer that lists goods but orders nothing, said in the buyer's own words: a price check that is
"not ordering yet", a warranty claim on a part that gave out, a chaser for an order already sent, an invoice
copy pasted by accounts payable. Orders that merely mention such things stay orders. Every message is made up."""

from __future__ import annotations

import pytest

from config import Settings
from intake.classify import other_business, reports_a_fault, says_it_is_not_an_order
from models.db import Database
from models.status import MessageStatus
from tests.support.messages import Filed, file_email, plain_email

BUYER = "Jane Doe <jane.doe@acme-retail.example>"  # the demo customer C001's buyer


def test_a_buyer_saying_they_are_not_ordering_yet():
    assert says_it_is_not_an_order("Not ordering yet - the committee decides Friday. Price these for me:")
    assert says_it_is_not_an_order("We are not placing an order at this time, just budgeting.")
    assert not says_it_is_not_an_order("We were not ordering enough last month, so double it: 8 cs TAPE-48-CLR")
    assert says_it_is_not_an_order("Please provide a quote. This is a request for pricing only - a PO will follow.")
    assert says_it_is_not_an_order("Budgetary pricing only, please, for next year's plan:")
    assert not says_it_is_not_an_order("Send the 4 boxes only, not the cases.")


def test_a_chaser_for_an_order_already_sent():
    assert other_business("Any update on this one? Haven't seen a shipping notice yet.") \
        == "it asks about an order already placed"
    assert other_business("Hi, we haven't received a ship confirmation for PO 4471.") \
        == "it asks about an order already placed"
    assert other_business("Any update on the tape price, please send 4 cs TAPE-48-CLR") is None


def test_an_invoice_copy_for_the_records_is_about_an_invoice():
    assert other_business("Below is the copy of the invoice we have on file; scheduled for payment on the 30th.") \
        == "it is about an invoice"
    assert other_business("Please send 4 cs TAPE-48-CLR, invoice to our Leeds office") is None


def test_a_part_that_gave_out_or_was_bought_on_an_earlier_po_is_a_fault_not_an_order():
    assert reports_a_fault("One of the 3 kettles we bought on PO 22-180 gave out after a week")
    assert reports_a_fault("the pump I got on invoice 88120 seized up")
    assert not reports_a_fault("2 x kettle elements, the old ones are worn")


def _process(db: Database, settings: Settings, subject: str, body: str, n: str) -> Filed:
    return file_email(db, settings, plain_email(subject=subject, body=body,
                                                message_id=f"<words-{n}@acme-retail.example>", sender=BUYER))


INVOICE_COPY = """Hello,

As your credit team asked, below is the copy of the invoice we have on file. It is scheduled for payment on our
next check run.

ACME PAPER GOODS                          INVOICE
                                          Invoice No: 77120
Qty  Item          Description                      Price     Amount
  5  TAPE-48-CLR   PACKING TAPE 48MM CLEAR          61.20     306.00
  2  TIE-08-BLK    CABLE TIES 8IN BLACK              9.50      19.00
                                          Total             325.00

Accounts Payable
"""

CHASER = """Hi Mike, any update on this one? Haven't seen a ship confirmation and the store opens Monday.

Jane

> From: Jane Doe
> Subject: PO AR-55120
>
> 5 cs TAPE-48-CLR
> 2 x TIE-08-BLK
"""

PRICE_CHECK = """Hi Mike,

Not ordering yet - budget meeting is Thursday. Can you quote me:

10 - TAPE-48-CLR
4 - TIE-08-BLK

Jane
"""

WARRANTY = """Mike,

One of the 5 TAPE-48-CLR dispensers we bought on PO AR-40112 gave out after two days, the blade snapped.
We want a credit or a no-charge replacement. Send me an RMA first.

Jane
"""


@pytest.mark.slow
@pytest.mark.parametrize("subject,body", [
    pytest.param("Invoice copy for your records", INVOICE_COPY, id="invoice-copy"),
    pytest.param("price check", PRICE_CHECK, id="price-check"),
    pytest.param("warranty claim - dispenser", WARRANTY, id="warranty"),
])
def test_mail_that_orders_nothing_is_closed(demo_db: Database, settings: Settings, subject: str, body: str):
    """GIVEN mail that lists goods but whose own words say it orders nothing WHEN it is processed
    THEN no order is filed and the message is closed as not an order."""
    got = _process(demo_db, settings, subject, body, subject.replace(" ", "-").replace(":", ""))
    assert not got.filed, got.order_reasons
    assert got.status == MessageStatus.NOT_AN_ORDER, got.error


@pytest.mark.slow
def test_a_chaser_is_a_status_question_not_an_order(demo_db: Database, settings: Settings):
    """GIVEN a chaser for an order already sent, quoting its lines WHEN it is processed THEN no order is filed:
    it is a status question, here about a PO that is no order of the buyer's, so it waits for a clerk."""
    got = _process(demo_db, settings, "RE: PO AR-55120", CHASER, "RE-PO-AR-55120")
    assert not got.filed, got.order_reasons
    assert got.status == MessageStatus.STATUS_QUESTION, got.error
    assert "AR-55120" in (got.error or "")


@pytest.mark.slow
def test_an_order_naming_a_part_that_gave_out_stays_an_order(demo_db: Database, settings: Settings):
    """GIVEN an order that says why it is needed ("the old one gave out") and asks for goods
    WHEN it is processed THEN it is filed as an order."""
    body = ("Hi Mike,\n\nthe dispenser at the Boston store gave out, please send:\n\n5 cs TAPE-48-CLR\n\n"
            "PO AR-60120\n\nJane")
    got = _process(demo_db, settings, "PO AR-60120", body, "gave-out-order")
    assert got.filed and got.status != MessageStatus.NOT_AN_ORDER, got.error


def test_a_request_to_provide_a_quote_is_a_quote_request():
    from intake.classify import not_an_order_words

    assert not_an_order_words(["Irrigation parts", "Please provide a quote for the following.\n\n1 - 24 zone "
                               "controller\n6 - globe valves"], False) is not None
    assert not_an_order_words(["Order", "Please send the following.\n\n6 - globe valves"], False) is None
