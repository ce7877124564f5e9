"""End to end through the real app: email in, order shipped; email in, review, approve, shipped.
Every test here runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from models.tables import AuditEvent, ErpSalesOrder, Job, Shipment
from tests.support.messages import demo_eml
from tests.support.service import Service

pytestmark = pytest.mark.slow


def test_clean_pdf_order_ships_untouched(service: Service):
    accepted = service.post_eml(demo_eml("04"))
    assert accepted["duplicate"] is False
    service.drain()
    order = service.order_for_message(accepted["id"])
    assert order["status"] == "shipped", order["review_reasons"]
    assert order["auto_approved"] is True
    assert order["erp_order_number"].startswith("SO-")
    assert order["po_number"] == "DL-450193"
    assert order["shipments"] and all(s["tracking_number"] for s in order["shipments"])
    with service.db.session() as s:
        statuses = list(s.scalars(select(AuditEvent.to_value).where(
            AuditEvent.entity == "order", AuditEvent.entity_id == order["id"], AuditEvent.action == "status")
            .order_by(AuditEvent.id)))
        assert statuses == ["approved", "erp_accepted", "allocated", "routed", "shipped"]
        assert s.scalar(select(func.count()).select_from(Job).where(Job.status != "done")) == 0


def test_doubtful_order_is_fixed_in_review_then_ships_and_is_learned(service: Service):
    accepted = service.post_eml(demo_eml("09"))
    service.drain()
    order = service.order_for_message(accepted["id"])
    assert order["status"] == "needs_review"
    doubtful = [ln for ln in order["lines"] if ln["reasons"]]
    assert doubtful and doubtful[0]["candidates"], order
    line = doubtful[0]
    fixed = service.client.patch(f"/api/orders/{order['id']}/lines/{line['id']}",
                                 json={"sku": line["candidates"][0]["sku"]})
    assert fixed.status_code == 200, fixed.text
    assert service.client.post(f"/api/orders/{order['id']}/approve").status_code == 200
    service.drain()
    order = service.client.get(f"/api/orders/{order['id']}").json()
    assert order["status"] == "shipped"

    # The same customer writes the same typo again: the alias the clerk taught now matches it.
    again = demo_eml("09").replace(b"<demo-09@", b"<demo-09-again@").replace(b"PO Number: ", b"PO Number: R-")
    second = service.post_eml(again)
    service.drain()
    order2 = service.order_for_message(second["id"])
    methods = {ln["item_code"]: ln["match_method"] for ln in order2["lines"]}
    assert line["item_code"] == "GLS-SAF-SKM"
    assert methods["GLS-SAF-SKM"] == "alias", order2
    assert not any(r.get("line_no") == line["line_no"] for r in order2["review_reasons"])


def test_approved_order_is_sent_to_the_erp_once(service: Service):
    accepted = service.post_eml(demo_eml("03"))
    service.drain()
    order = service.order_for_message(accepted["id"])
    assert order["status"] == "shipped"
    # Re-running every stage job (a redelivery after a crash) changes nothing.
    with service.db.session() as s:
        for job in s.scalars(select(Job).where(Job.order_id == order["id"])):
            job.status, job.attempts = "queued", 0
    service.drain()
    with service.db.session() as s:
        assert s.scalar(select(func.count()).select_from(ErpSalesOrder)
                        .where(ErpSalesOrder.order_id == order["id"])) == 1
        assert s.scalar(select(func.count()).select_from(Shipment).where(Shipment.order_id == order["id"])) == len(
            order["shipments"])


def test_backorder_when_stock_runs_short(service: Service):
    accepted = service.post_eml(demo_eml("06"))
    service.drain()
    order = service.order_for_message(accepted["id"])
    short = [ln for ln in order["lines"] if ln["backordered_qty"] and float(ln["backordered_qty"]) > 0]
    assert short, order["lines"]
    assert float(short[0]["allocated_qty"]) + float(short[0]["backordered_qty"]) == float(short[0]["quantity"])


def test_the_same_message_is_kept_once(service: Service):
    raw = demo_eml("01")
    first = service.post_eml(raw)
    again = service.post_eml(raw)
    assert again == {"id": first["id"], "duplicate": True, "status": again["status"]}
    assert len(service.client.get("/api/messages").json()) == 1
    # The same Message-ID with other bytes is no proof of a copy: a message of its own, pointing to the first
    # (tests/integration/test_message_id_reuse.py).
    resent = raw.replace(b"Date: Fri, 20 Nov 2026", b"Date: Sat, 21 Nov 2026")
    second = service.post_eml(resent)
    assert second["duplicate"] is False
    assert service.client.get(f"/api/messages/{second['id']}").json()["same_message_id_as"] == first["id"]


def test_api_needs_login_or_token(service: Service):
    service.client.headers.pop("Authorization")
    assert service.client.get("/api/orders").status_code == 401
    assert service.client.post("/api/messages", content=demo_eml("01")).status_code == 401
    assert service.client.get("/api/orders", headers={"Authorization": "Bearer nope"}).status_code == 401
    assert service.client.get("/openapi.json").status_code == 200


def test_lines_in_a_second_part_are_not_silently_left_out(service: Service):
    """GIVEN an order in a CSV attachment and one more line written in the body WHEN it is processed
    THEN it is not approved untouched: the clerk is told another part holds order lines."""
    raw = demo_eml("07").replace(b"<demo-07@", b"<demo-07-extra@")
    from email import message_from_bytes, policy

    msg = message_from_bytes(raw, policy=policy.default)
    body = msg.get_body(("plain",))
    body.set_content(body.get_content() + "\nPlease also add 10 x CUT-FRK-BLK\n")
    second = service.post_eml(msg.as_bytes(policy=policy.SMTP))
    service.drain()
    order = service.order_for_message(second["id"])
    assert order["status"] == "needs_review"
    assert "other_part_has_lines" in {r["code"] for r in order["review_reasons"]}


def test_a_failed_order_fixed_and_approved_again_runs_to_shipped_once(service: Service):
    """GIVEN an approved order whose shipping fails for good (no carrier rate) WHEN the clerk fixes the
    cause and approves again THEN the stages run again to shipped, with one sales order."""
    from sqlalchemy import delete

    from models.tables import CarrierRate

    with service.db.session() as s:
        rates = [(r.carrier, r.service, r.zone, r.max_weight_kg, r.price, r.transit_days)
                 for r in s.scalars(select(CarrierRate))]
        s.execute(delete(CarrierRate))
    accepted = service.post_eml(demo_eml("03"))
    service.drain()
    order = service.order_for_message(accepted["id"])
    assert order["status"] == "failed"
    assert any(r["code"] == "stage_failed" for r in order["review_reasons"])
    with service.db.session() as s:
        for carrier, svc_name, zone, weight, price, days in rates:
            s.add(CarrierRate(carrier=carrier, service=svc_name, zone=zone, max_weight_kg=weight, price=price,
                              transit_days=days))
    line = order["lines"][0]
    service.client.patch(f"/api/orders/{order['id']}/lines/{line['id']}", json={"quantity": 2})
    assert service.client.post(f"/api/orders/{order['id']}/approve").status_code == 200
    service.drain()
    order = service.client.get(f"/api/orders/{order['id']}").json()
    assert order["status"] == "shipped"
    assert float(order["lines"][0]["allocated_qty"]) + float(order["lines"][0]["backordered_qty"]) == 2.0
    with service.db.session() as s:
        assert s.scalar(select(func.count()).select_from(ErpSalesOrder)
                        .where(ErpSalesOrder.order_id == order["id"])) == 1
