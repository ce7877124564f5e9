"""A PO number given only in the email's subject is the order's: "PO QT-2210: 3 bx hex bolts..." as the
subject over a body of lines alone. Made-up emails."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from tests.support.service import Service

pytestmark = pytest.mark.slow

SENDER = "Jane Doe <jane.doe@acme-retail.example>"


def _email(subject: str, body: str, n: int) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"] = SENDER, "orders@northwind-supply.example"
    msg["Subject"], msg["Message-ID"] = subject, f"<subject-po-{n}@acme-retail.example>"
    msg["Date"] = "Fri, 27 Nov 2026 09:00:00 -0500"
    msg.set_content(body)
    return msg.as_bytes()


def _order(svc: Service, eml: bytes) -> dict:
    accepted = svc.post_eml(eml)
    svc.drain()
    return svc.order_for_message(accepted["id"])


def test_a_po_number_only_in_the_subject_is_the_orders(sqlite_service: Service):
    order = _order(sqlite_service, _email("PO QT-2210: gloves and tape", "10 x GLV-NIT-L-BLU\n5 x TAPE-48-CLR\n\n"
                                          "Thanks,\nJane\n", 1))
    assert order["po_number"] == "QT-2210"
    assert "missing_po_number" not in {r["code"] for r in order["review_reasons"]}, order["review_reasons"]


def test_a_reply_subjects_po_number_is_confirmed_by_a_clerk(sqlite_service: Service):
    order = _order(sqlite_service, _email("RE: PO QT-2211", "10 x GLV-NIT-L-BLU\n5 x TAPE-48-CLR\n\nThanks,\nJane\n",
                                          2))
    assert order["po_number"] == "QT-2211"
    assert order["status"] == "needs_review"
    assert any(r.get("field") == "po_number" for r in order["review_reasons"]), order["review_reasons"]


def test_the_bodys_po_number_wins_over_the_subjects(sqlite_service: Service):
    order = _order(sqlite_service, _email("PO QT-2212", "PO Number: QT-2213\n\n10 x GLV-NIT-L-BLU\n\nThanks,\nJane\n",
                                          3))
    assert order["po_number"] == "QT-2213"
