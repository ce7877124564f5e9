"""A buyer's change applied after the ERP took the order reaches the ERP as one signed webhook event (stage
`revision`, its own idempotency key), sent once however often the job runs; a clerk's decline tells the
buyer nothing when asked not to, and changes nothing. Real HTTP on 127.0.0.1 (the webhook tests' receiver)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bootstrap import open_database
from models.status import RevisionStatus
from models.tables import Acknowledgement, Job, OrderRevision
from orchestration.worker import Worker
from tests.integration.test_connectors_webhook import Receiver, new_order_eml, run_jobs, webhook_settings
from tests.support.messages import plain_email
from tests.support.service import Service, make_settings
from tests.support.templates import DatabaseTemplates

CASCADE = "Priya Natarajan <priya.natarajan@cascadefm.example>"  # demo customer C003, who sent demo 03


class StocklessReceiver(Receiver):
    """The ERP takes every order, and its warehouse has nothing: each order waits there, wholly backordered."""

    def answer(self, data: dict[str, Any]) -> dict[str, Any]:
        if data["stage"] == "inventory":
            return {"allocations": []}
        if data["stage"] == "revision":
            return {"accepted": True}
        return super().answer(data)


@pytest.fixture
def make_service(tmp_path: Path, database_templates: DatabaseTemplates) -> Iterator[Callable[[str], Service]]:
    """The app on a copy of the demo database, every stage on the webhook at the url given."""
    made: list[Service] = []

    def make(url: str) -> Service:
        settings = webhook_settings(make_settings(tmp_path), url)
        database_templates.copy_sqlite(settings.resolved_database_url, "demo")
        service = Service(settings, open_database(settings))
        service.worker = Worker(service.db, settings)
        made.append(service)
        return service

    yield make
    for service in made:
        service.client.close()
        service.db.dispose()


@pytest.fixture
def stockless() -> Any:
    server = StocklessReceiver().start()
    yield server
    server.stop()


def _waiting_in_the_erp(service: Any) -> dict[str, Any]:
    accepted = service.post_eml(new_order_eml())
    run_jobs(service)
    order = service.order_for_message(accepted["id"])
    assert order["status"] == "backordered" and order["erp_order_number"], order["review_reasons"]
    return order


def _change(service: Any, order: dict[str, Any], n: int) -> None:
    sku = order["lines"][0]["sku"]
    service.post_eml(plain_email(subject=f"Change to PO {order['po_number']}", sender=CASCADE,
                                 message_id=f"<chg-hook-{order['id']}-{n}@cascadefm.example>",
                                 body=f"Hello,\n\nplease change the quantity of {sku} to {n + 20} cases.\n\nPriya"))
    run_jobs(service)


def test_an_applied_revision_reaches_the_erp_once_as_a_signed_event(stockless: StocklessReceiver, make_service: Any):
    """GIVEN Cascade's order in the ERP (webhook), waiting for stock WHEN Cascade changes a quantity and a clerk
    applies it through the API THEN the receiver gets one signed `revision` event under
    `order:<id>:revision:1`, carrying the difference and the order as it now stands; running the jobs again
    sends nothing more."""
    service = make_service(f"http://127.0.0.1:{stockless.port}/hook")
    order = _waiting_in_the_erp(service)
    _change(service, order, 1)
    pending = service.client.get(f"/api/orders/{order['id']}").json()["pending_revisions"]
    assert [r["number"] for r in pending] == [1] and pending[0]["after_erp"] is True
    assert stockless.of_stage("revision") == []  # nothing goes out before the clerk applies it
    applied = service.client.post(f"/api/orders/{order['id']}/revisions/1/apply")
    assert applied.status_code == 200, applied.text
    run_jobs(service)
    run_jobs(service)
    events = stockless.of_stage("revision")
    assert len(events) == 1 and events[0]["signed"]
    assert events[0]["key"] == f"order:{order['id']}:revision:1"
    body = events[0]["body"]
    assert body["event"] == "order.revised" and body["erp_order_number"] == order["erp_order_number"]
    assert body["revision"]["difference"][0]["after"]["quantity"] == "21"
    assert body["order"]["lines"][0]["quantity"] in ("21", "21.000")
    with service.db.session() as s:
        revision = s.scalar(select(OrderRevision).where(OrderRevision.order_id == order["id"]))
        assert revision is not None and (revision.status, revision.delivery) == (RevisionStatus.APPLIED, "sent")
        jobs = s.scalars(select(Job).where(Job.order_id == order["id"], Job.kind == "revision")).all()
        assert [j.status for j in jobs] == ["done"]


def test_a_declined_revision_changes_nothing_and_reaches_no_one(stockless: StocklessReceiver, make_service: Any):
    """GIVEN a pending change on Cascade's order in the ERP WHEN a clerk declines it without telling the buyer
    THEN the lines stay, the revision is declined with the clerk's reason and name, nothing goes to the ERP or
    the buyer; declining or applying it again is refused (409), and a decline without a reason is refused."""
    service = make_service(f"http://127.0.0.1:{stockless.port}/hook")
    order = _waiting_in_the_erp(service)
    _change(service, order, 2)
    url = f"/api/orders/{order['id']}/revisions/1"
    assert service.client.post(f"{url}/decline", json={"reason": "  "}).status_code == 409
    declined = service.client.post(f"{url}/decline", json={"reason": "agreed by phone: keep it",
                                                           "reply_to_buyer": False})
    assert declined.status_code == 200, declined.text
    shown = declined.json()
    assert shown["lines"][0]["quantity"] == order["lines"][0]["quantity"]
    assert shown["pending_revisions"] == [] and shown["revisions"][0]["status"] == "declined"
    assert shown["revisions"][0]["reason"] == "agreed by phone: keep it" and shown["revisions"][0]["decided_by"]
    assert service.client.post(f"{url}/apply").status_code == 409
    assert service.client.post(f"{url}/decline", json={"reason": "again"}).status_code == 409
    assert service.client.post(f"/api/orders/{order['id']}/revisions/9/apply").status_code == 409
    run_jobs(service)
    assert stockless.of_stage("revision") == []
    with service.db.session() as s:
        assert s.scalars(select(Acknowledgement).where(Acknowledgement.order_id == order["id"],
                                                       Acknowledgement.kind == "revision")).all() == []
