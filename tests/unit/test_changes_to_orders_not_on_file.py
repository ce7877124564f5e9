"""A correction to a PO that never reached us (phoned in, lost, or still on its way) quoting the whole order below
it: what the buyer wants delivered is that order with the correction made, so it is filed as an order for a clerk,
saying the original is not on file; a bare change of one line to an unknown PO still waits as a change. Every
message here is made up."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from config import Settings
from models.db import Database
from models.tables import Order
from tests.support.messages import ACME_BUYER, file_email, plain_email

CORRECTION = """Correction on our order ACM-PO-88888: make the masks 14 boxes, not 10. Rest unchanged.

Jane

-----Original Message-----
From: Jane Doe <jane.doe@acme-retail.example>
Sent: 02 March 2026 09:12
To: orders@example.com
Subject: PO ACM-PO-88888

Hello, PO ACM-PO-88888 please:

10 boxes MASK-3PLY-BLU
5 cs TAPE-48-CLR

Jane
"""


@pytest.mark.slow
def test_a_correction_quoting_a_whole_order_not_on_file_is_filed_as_that_order(demo_db: Database, settings: Settings):
    raw = plain_email(subject="RE: PO ACM-PO-88888 - correction", body=CORRECTION,
                      message_id="<correction-unknown@acme-retail.example>", sender=ACME_BUYER)
    got = file_email(demo_db, settings, raw)
    assert got.filed
    assert "revision_unmatched" in got.order_reasons and "not_a_new_order" not in got.order_reasons
    with demo_db.session() as s:
        order = s.scalar(select(Order).where(Order.po_number == "ACM-PO-88888"))
        assert order is not None and not order.auto_approved
        assert {line.sku: line.quantity for line in order.lines} == {"MASK-3PLY-BLU": Decimal("14"),
                                                                       "TAPE-48-CLR": Decimal("5")}
        (held,) = [r for r in order.reasons if r.code == "revision_unmatched"]
        assert "not on file" in held.message
