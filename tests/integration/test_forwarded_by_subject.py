"""A forward known by its subject: the colleague's note gives only a reference number, so nothing in the body says
"forward", and the message's subject ("FW: ...") is what makes the forwarded text the order. The same body under
a reply's subject is history, not a new order. Every message here is made up."""

from __future__ import annotations

import pytest

from tests.support.messages import plain_email
from tests.support.service import Service

pytestmark = pytest.mark.slow

STAFF = "Lou Brandt <lou.brandt@northwind-supply.example>"

BODY = """Ref 44190 - Lou

-----Original Message-----
From: Jane Doe <jane.doe@acme-retail.example>
Sent: Tuesday, November 24, 2026 8:41 AM
To: Lou Brandt <lou.brandt@northwind-supply.example>
Subject: PO ACM-PO-61190

Hi Lou,

PO ACM-PO-61190 please.

6 x TAPE-48-CLR
3 x TIE-08-BLK

Jane
"""


def test_a_forward_known_only_by_its_subject_is_read_as_the_forwarded_order(sqlite_service: Service):
    """GIVEN our salesperson's note "Ref 44190 - Lou" above the buyer's order under an Outlook block, subject "FW: ..."
    THEN the forwarded order's lines and PO are read."""
    svc = sqlite_service
    posted = svc.post_eml(plain_email(subject="FW: PO ACM-PO-61190", body=BODY, sender=STAFF,
                                      message_id="<fw-61190@northwind-supply.example>"))
    svc.drain()
    order = svc.order_for_message(posted["id"])
    assert order["po_number"] == "ACM-PO-61190"
    assert [(line["sku"], float(line["quantity"])) for line in order["lines"]] == [
        ("TAPE-48-CLR", 6.0), ("TIE-08-BLK", 3.0)]
