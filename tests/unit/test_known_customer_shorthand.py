"""A customer on file who writes one or two lines of goods in shorthand, with none of the words an order
usually carries ("toner for the HP M404 x3 ... and a box of the gloves, thx"), is ordering: the message goes
to a clerk, never closed unseen as not an order. From a stranger the same few words stay too weak to be an
order. Every message here is made up."""

from __future__ import annotations

import pytest

from config import Settings
from intake.classify import asks_for_goods
from models.db import Database
from models.status import MessageStatus
from tests.support.messages import ACME_BUYER, file_email, plain_email

SHORTHAND = "hey - a box of the blue nitrile gloves size L\n\nthx\nJane\n"


@pytest.mark.parametrize(("sender", "filed"), [(ACME_BUYER, True), ("Sam <sam.k@mailbox.example>", False)])
def test_shorthand_from_a_customer_on_file_is_filed_for_a_clerk(demo_db: Database, settings: Settings, sender: str,
                                                                 filed: bool):
    outcome = file_email(demo_db, settings, plain_email(subject="gloves", body=SHORTHAND, sender=sender,
                                                        message_id=f"<shorthand-{filed}@example.net>"))
    assert outcome.filed is filed, outcome
    if not filed:
        assert outcome.status == MessageStatus.NOT_AN_ORDER


def test_asking_to_deliver_is_asking_for_goods():
    assert asks_for_goods("Toner x 2\nPlease deliver to the main surgery, 212 Oldham Road, Manchester M40 7AD.")
    assert asks_for_goods("pls deliver to reception")


def test_counts_naming_nothing_we_sell_are_no_order_even_from_a_customer_on_file(demo_db: Database,
                                                                                  settings: Settings):
    note = "Hi,\n\n2 of us will come at ten, 3 more at noon.\n\nJane\n"
    outcome = file_email(demo_db, settings, plain_email(subject="Tuesday", sender=ACME_BUYER, body=note,
                                                        message_id="<visit-note@example.net>"))
    assert (outcome.filed, outcome.status) == (False, MessageStatus.NOT_AN_ORDER)
