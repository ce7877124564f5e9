"""A buyer's change and cancellation through the whole pipeline (issue 16, items 1, 2 and 6): ingested through
the API, read by the real worker, matched to the order they speak of and kept as its revisions, on SQLite
and PostgreSQL; answers to the buyer through a real SMTP server (aiosmtpd on 127.0.0.1).

An order in review takes a change read from codes untouched, a change read from words waits for a clerk who
applies it through the API, and a cancellation cancels it; a shipped order refuses both and the buyer is told;
a change to a PO nobody sent, or to another customer's PO, is filed for a clerk with the reason, nothing
applied. None of them is ever a new order."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models.status import OrderStatus, RevisionKind, RevisionStatus
from models.tables import Order, OrderRevision
from tests.integration.test_acknowledgement import Inbox, SmtpServer, _free_port, _service
from tests.support.messages import demo_eml, plain_email
from tests.support.service import Service
from tests.support.templates import DatabaseTemplates

BUYER = "Jane Doe <jane.doe@acme-retail.example>"  # the demo customer C001's buyer
OTHER_CUSTOMER = "Marcus Webb <m.webb@bluebird-hotels.example>"  # C002


@pytest.fixture(scope="module")
def smtp_server() -> Iterator[SmtpServer]:
    server = SmtpServer(_free_port())
    server.start()
    yield server
    server.stop()


@pytest.fixture
def inbox(smtp_server: SmtpServer) -> Inbox:
    smtp_server.inbox.received.clear()
    return smtp_server.inbox


@pytest.fixture
def svc(tmp_path: Path, smtp_server: SmtpServer, database_templates: DatabaseTemplates) -> Iterator[Service]:
    service = _service(tmp_path, smtp_server.port, database_templates)
    yield service
    service.client.close()
    service.db.dispose()


def _orders(svc: Service) -> int:
    with svc.db.session() as s:
        return s.scalar(select(func.count()).select_from(Order)) or 0


def _revisions(svc: Service, order_id: int) -> list[OrderRevision]:
    with svc.db.session() as s:
        rows = list(s.scalars(select(OrderRevision).where(OrderRevision.order_id == order_id)
                              .order_by(OrderRevision.number)))
        for row in rows:
            s.expunge(row)
        return rows


def _send(svc: Service, subject: str, body: str, message_id: str, sender: str = BUYER) -> int:
    posted = svc.post_eml(plain_email(subject=subject, body=body, message_id=message_id, sender=sender))
    svc.drain()
    return posted["id"]


def _lines(order: dict) -> dict[str, float]:
    return {line["sku"]: float(line["quantity"]) for line in order["lines"]}


def _order_in_review(svc: Service, po: str) -> dict:
    """An order of Acme's waiting for a clerk (one line names no product we sell), so not yet in the ERP."""
    message = _send(svc, f"PO {po}", f"Hi,\n\nPO {po} - please send:\n\nMASK-3PLY-BLU  10 boxes\n"
                    "GLV-NIT-L-BLU  2 boxes\nZQX-NOPE-77  3 each\n\nThanks,\nJane", f"<{po}@acme-retail.example>")
    order = svc.order_for_message(message)
    assert order["status"] == "needs_review", order["review_reasons"]
    assert _lines(order)["MASK-3PLY-BLU"] == 10.0
    return order


def _change_cancel_flow(svc: Service, inbox: Inbox) -> None:
    po = "ACM-PO-70001"
    order = _order_in_review(svc, po)
    before = _orders(svc)

    # A change read from codes, from the customer's own address, before the ERP has it: applied untouched.
    _send(svc, f"Revised PO {po}", f"Hi,\n\nplease change the quantity of MASK-3PLY-BLU to 14 boxes.\n"
          "Please add 5 cases of TAPE-48-CLR to the order.\n\nThanks,\nJane", "<chg-1@acme-retail.example>")
    assert _orders(svc) == before, "a change was filed as a new order"
    now = svc.client.get(f"/api/orders/{order['id']}").json()
    assert _lines(now)["MASK-3PLY-BLU"] == 14.0
    assert "TAPE-48-CLR" in _lines(now)
    first = _revisions(svc, order["id"])[0]
    assert (first.kind, first.status, first.decided_by, first.strong) == (RevisionKind.CHANGE, RevisionStatus.APPLIED,
                                                                          "system", True)
    assert {d["change"] for d in first.difference} == {"changed", "added"}
    changed = next(d for d in first.difference if d["change"] == "changed")
    assert (changed["before"]["quantity"], changed["after"]["quantity"]) == ("10", "14")

    # A change read from words ("the gloves"): it waits on the order; the clerk applies it through the API.
    _send(svc, f"Re: PO {po}", "Hi,\n\nplease make the gloves 3 boxes instead of 2.\n\nJane",
          "<chg-2@acme-retail.example>")
    assert _orders(svc) == before
    second = _revisions(svc, order["id"])[1]
    assert second.status == RevisionStatus.PENDING and second.reason
    shown = svc.client.get(f"/api/orders/{order['id']}").json()
    assert shown["revision_count"] == 2 and shown["pending_revisions"][0]["number"] == 2
    assert _lines(shown)["GLV-NIT-L-BLU"] == 2.0
    applied = svc.client.post(f"/api/orders/{order['id']}/revisions/2/apply")
    assert applied.status_code == 200, applied.text
    assert _lines(applied.json())["GLV-NIT-L-BLU"] == 3.0
    assert _revisions(svc, order["id"])[1].status == RevisionStatus.APPLIED
    assert svc.client.post(f"/api/orders/{order['id']}/revisions/2/apply").status_code == 409

    # The buyer cancels it: before the ERP, from their own address, the order is cancelled.
    _send(svc, f"Cancel order {po}", f"Hi,\n\nplease cancel our order {po}, we no longer need it.\n\nJane",
          "<cancel-1@acme-retail.example>")
    assert _orders(svc) == before
    cancelled = svc.client.get(f"/api/orders/{order['id']}").json()
    assert cancelled["status"] == OrderStatus.CANCELLED
    third = _revisions(svc, order["id"])[2]
    assert (third.kind, third.status) == (RevisionKind.CANCEL, RevisionStatus.APPLIED)


def _shipped_refuses(svc: Service, inbox: Inbox) -> None:
    accepted = svc.post_eml(demo_eml("01"))
    svc.drain()
    order = svc.order_for_message(accepted["id"])
    assert order["status"] == "shipped"
    inbox.received.clear()
    before = _orders(svc)
    _send(svc, "Cancel order ACM-PO-55821", "Hi,\n\nplease cancel our order ACM-PO-55821.\n\nJane",
          "<cancel-shipped@acme-retail.example>")
    assert _orders(svc) == before
    assert svc.client.get(f"/api/orders/{order['id']}").json()["status"] == "shipped"
    refused = _revisions(svc, order["id"])[-1]
    assert refused.status == RevisionStatus.REFUSED and "already shipped" in (refused.reason or "")
    assert len(inbox.received) == 1
    recipients, mail = inbox.received[0]
    assert recipients == ["jane.doe@acme-retail.example"]
    assert mail["In-Reply-To"] == "<cancel-shipped@acme-retail.example>"
    body = mail.get_content()
    assert "could not apply it" in body and "already shipped" in body and "ACM-PO-55821" in body


def test_an_order_then_a_change_then_a_cancellation(svc: Service, inbox: Inbox):
    """GIVEN an order of Acme's in review WHEN Acme changes it by code, then by words, then cancels it THEN
    each is a revision of that order (applied untouched, pending then applied by the clerk, the order
    cancelled), and no new order is filed."""
    _change_cancel_flow(svc, inbox)


def test_a_shipped_order_refuses_a_cancellation_and_the_buyer_is_told(svc: Service, inbox: Inbox):
    """GIVEN Acme's order shipped WHEN Acme cancels it THEN nothing changes, the revision is refused and one
    email under the cancellation says it could not be applied because it shipped."""
    _shipped_refuses(svc, inbox)


@pytest.mark.slow
def test_the_same_flows_on_postgresql(pg_demo_url: str, tmp_path: Path, smtp_server: SmtpServer, inbox: Inbox,
                                      database_templates: DatabaseTemplates):
    service = _service(tmp_path, smtp_server.port, database_templates, pg_demo_url)
    try:
        _change_cancel_flow(service, inbox)
        _shipped_refuses(service, inbox)
    finally:
        service.client.close()


def test_a_change_to_an_unknown_po_or_anothers_po_waits_with_its_reason(svc: Service, inbox: Inbox):
    """GIVEN Acme's order WHEN Acme changes a PO it never sent, and Bluebird changes Acme's PO THEN neither
    touches an order: each is filed for a clerk, never approved, with a reason saying why it matched none."""
    order = _order_in_review(svc, "ACM-PO-70002")
    unknown = _send(svc, "Revised PO ACM-PO-99999", "Hi,\n\nplease change the quantity of MASK-3PLY-BLU to 14 "
                    "boxes.\n\nJane", "<chg-unknown@acme-retail.example>")
    filed = svc.order_for_message(unknown)
    held = next(r for r in filed["review_reasons"] if r["code"] == "revision_unmatched")
    assert "no order with PO ACM-PO-99999" in held["message"]
    assert filed["status"] == "needs_review" and filed["auto_approved"] is False
    stranger = _send(svc, "Revised PO ACM-PO-70002", "Hello,\n\nplease change the quantity of MASK-3PLY-BLU to "
                     "50 boxes.\n\nMarcus", "<chg-other@bluebird-hotels.example>", sender=OTHER_CUSTOMER)
    filed = svc.order_for_message(stranger)
    held = next(r for r in filed["review_reasons"] if r["code"] == "revision_unmatched")
    assert "another customer" in held["message"]
    assert _lines(svc.client.get(f"/api/orders/{order['id']}").json())["MASK-3PLY-BLU"] == 10.0
    assert _revisions(svc, order["id"]) == []
