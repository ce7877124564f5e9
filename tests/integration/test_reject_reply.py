"""Rejecting asks the buyer why by default; the clerk can reject without writing to anyone."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from models.tables import Acknowledgement
from tests.support.service import Service

pytestmark = pytest.mark.slow


def _doubtful(svc: Service, n: int) -> dict:
    raw = (f"From: Jane Doe <jane.doe@acme-retail.example>\r\nTo: orders@northwind-supply.example\r\n"
           f"Subject: Order\r\nMessage-ID: <reject-{n}@acme-retail.example>\r\n\r\n"
           f"PO Number: RJ-{n}\n\n10 x ZZQ-NOTHING-{n}\n").encode()
    accepted = svc.post_eml(raw)
    svc.drain()
    order = svc.order_for_message(accepted["id"])
    assert order["status"] == "needs_review"
    return order


def _questions(svc: Service, order_id: int) -> int:
    with svc.db.session() as s:
        return s.scalar(select(func.count()).select_from(Acknowledgement).where(
            Acknowledgement.order_id == order_id, Acknowledgement.kind == "question")) or 0


def test_reject_asks_the_buyer_unless_told_not_to(sqlite_service: Service):
    asked = _doubtful(sqlite_service, 1)
    done = sqlite_service.client.post(f"/api/orders/{asked['id']}/reject", json={"reason": "Which item?"})
    assert done.status_code == 200 and _questions(sqlite_service, asked["id"]) == 1
    quiet = _doubtful(sqlite_service, 2)
    done = sqlite_service.client.post(f"/api/orders/{quiet['id']}/reject",
                                      json={"reason": "test order", "reply_to_buyer": False})
    assert done.status_code == 200 and done.json()["status"] == "rejected"
    assert _questions(sqlite_service, quiet["id"]) == 0


def test_the_order_page_lists_the_emails_to_the_buyer_with_their_status(sqlite_service: Service):
    from tests.support.service import log_in

    order = _doubtful(sqlite_service, 3)
    assert sqlite_service.client.post(f"/api/orders/{order['id']}/reject", json={"reason": "Which item?"}
                                      ).status_code == 200
    sqlite_service.drain()  # the question's job runs: with no SMTP server configured it is skipped, and why
    log_in(sqlite_service)
    page = sqlite_service.client.get(f"/review/orders/{order['id']}").text
    # In words: the question to the buyer was not sent (no SMTP server), and why.
    assert "Emails to the buyer" in page and "question to the buyer" in page and "not sent" in page
