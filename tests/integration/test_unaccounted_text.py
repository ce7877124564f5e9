"""A line whose text was not all read, and a line with no quantity, through the real app: never approved
untouched, shown on the screen and in the API, refused approval until a clerk gives the quantity."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP

import pytest

from models import reasons
from models.schemas import Reason
from models.tables import Order
from tests.support.messages import ACME_BUYER, ORDERS_TO
from tests.support.service import Service, log_in

pytestmark = pytest.mark.slow


def _email(body: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = ACME_BUYER
    msg["To"] = ORDERS_TO
    msg["Subject"] = "PO ACM-PO-70311"
    msg["Message-ID"] = "<unaccounted-1@mail.acme-retail.example>"
    msg.set_content(body)
    return msg.as_bytes(policy=SMTP)


def test_a_line_with_text_left_unread_and_then_no_quantity_waits_for_a_clerk(sqlite_service: Service):
    svc = sqlite_service
    # GIVEN a known buyer's email whose line says a second quantity the reading did not use
    accepted = svc.post_eml(_email("Hi,\n\nPO Number: ACM-PO-70311\n\n10 x GLV-NIT-L-BLU - 8 boxes\n"
                                   "4 x BOX-1210-08\n\nThanks,\nJane\n"))
    svc.drain()
    order = svc.order_for_message(accepted["id"])
    # THEN it waits for a clerk, the doubt naming what was left
    assert order["status"] == "needs_review" and order["auto_approved"] is False
    assert {"code": "unaccounted_text", "field": "quantity", "line_no": 1,
            "message": "'- 8 boxes' was left unread on this line: check the quantity"} in order["review_reasons"]
    # WHEN the line has no quantity at all (as a reading that found none leaves it)
    with svc.db.session() as s:
        stored = s.get(Order, order["id"])
        assert stored is not None
        stored.lines[0].quantity = None
        reasons.add(stored, Reason("missing_quantity", "no quantity could be read for 'GLV-NIT-L-BLU'", 1, "quantity"))
    # THEN the API and the screen show it, and approving is refused until the quantity is given
    shown = svc.client.get(f"/api/orders/{order['id']}").json()
    assert shown["lines"][0]["quantity"] is None
    assert svc.client.post(f"/api/orders/{order['id']}/approve").status_code == 409
    line_id = shown["lines"][0]["id"]
    csrf = log_in(svc)
    page = svc.client.get(f"/review/orders/{order['id']}")
    assert page.status_code == 200 and "left unread on this line" in page.text
    svc.client.post(f"/review/orders/{order['id']}/lines/{line_id}",
                    data={"csrf": csrf, "sku": "GLV-NIT-L-BLU", "quantity": "8"})
    svc.client.post(f"/review/orders/{order['id']}/approve", data={"csrf": csrf})
    svc.drain()
    done = svc.order_for_message(accepted["id"])
    assert done["status"] == "shipped" and float(done["lines"][0]["quantity"]) == 8.0
