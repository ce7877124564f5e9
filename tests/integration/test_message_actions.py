"""A clerk's actions on an inbound message, through the real app over HTTP and through the CLI: read a
message again from its stored parts, and turn a message closed as not an order into an order in review.
Neither ever replaces an order that was approved."""

from __future__ import annotations

import os
import subprocess
import sys
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from sqlalchemy import select

from models.tables import AuditEvent
from tests.support.messages import ACME_BUYER
from tests.support.service import Service, csrf_of, log_in

CLI = str(Path(sys.executable).with_name("order-intake"))


def _eml(subject: str, body: str, n: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = ACME_BUYER, "orders@northwind-supply.example", subject
    msg["Message-ID"] = f"<msg-action-{n}@acme-retail.example>"
    msg.set_content(body)
    return msg.as_bytes(policy=SMTP)


# A note the pipeline closes as not an order, which the clerk knows is an order after all.
NOTE = _eml("Monday", "Hi Mike, same again as last Monday for the Boston store please. Jane", "note")
# An order read whole but waiting in review (one item is not in the catalog).
READABLE = _eml("PO AR-55120", "PO AR-55120\n\nTAPE-48-CLR  4 CS\nWDG-PURPLE-9  3 PK\n\nJane", "readable")
# An order the decision approves untouched (it ships in the demo's builtin connectors).
APPROVED = _eml("PO AR-55121", "PO AR-55121\n\nTAPE-48-CLR  4 CS\nTIE-08-BLK  3 PK\n\nJane", "approved")


def _cli(svc: Service, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ORDER_INTAKE_HOME": str(svc.settings.home),
           "ORDER_INTAKE_DATABASE_URL": svc.settings.database_url}
    done = subprocess.run([CLI, *args], env=env, capture_output=True, text=True, timeout=120)
    # Rich wraps long lines at the terminal's width: compare the words.
    return subprocess.CompletedProcess(done.args, done.returncode, " ".join(done.stdout.split()), done.stderr)


def _events(svc: Service, entity: str, entity_id: int) -> list[str]:
    with svc.db.session() as s:
        return list(s.scalars(select(AuditEvent.action).where(AuditEvent.entity == entity,
                                                              AuditEvent.entity_id == entity_id)))


def test_a_closed_message_is_made_an_order_over_the_api(sqlite_service: Service):
    """GIVEN a message closed as not an order WHEN a clerk posts /to-order THEN an order waits in review
    with the customer read and a reason saying who made it, and the message is processed."""
    svc = sqlite_service
    posted = svc.post_eml(NOTE)
    svc.drain()
    assert svc.client.get(f"/api/messages/{posted['id']}").json()["status"] == "not_an_order"
    response = svc.client.post(f"/api/messages/{posted['id']}/to-order")
    assert response.status_code == 201, response.text
    order = response.json()
    assert order["status"] == "needs_review" and order["customer_id"] == "C001"
    assert "made_into_order" in [r["code"] for r in order["review_reasons"]]
    assert svc.client.get(f"/api/messages/{posted['id']}").json()["status"] == "processed"
    assert "to_order" in _events(svc, "message", posted["id"])
    again = svc.client.post(f"/api/messages/{posted['id']}/to-order")
    assert again.status_code == 409 and "only a message closed" in again.json()["detail"]


def test_reprocess_replaces_the_order_in_review_and_refuses_an_approved_one(sqlite_service: Service):
    """GIVEN a message whose order waits in review WHEN it is read again THEN that order is rejected as
    replaced (with its audit event) and a new reading of the message waits in review; once that order is
    approved, reading the message again is refused with 409 and nothing changes."""
    svc = sqlite_service
    posted = svc.post_eml(READABLE)
    svc.drain()
    first = svc.order_for_message(posted["id"])
    assert first["status"] == "needs_review", first
    response = svc.client.post(f"/api/messages/{posted['id']}/reprocess")
    assert response.status_code == 202, response.text
    assert response.json()["replaced_order_ids"] == [first["id"]]
    replaced = svc.client.get(f"/api/orders/{first['id']}").json()
    assert replaced["status"] == "rejected" and "read again" in replaced["rejection_reason"]
    svc.drain()
    detail = svc.client.get(f"/api/messages/{posted['id']}").json()
    assert detail["status"] == "processed" and len(detail["order_ids"]) == 2
    second = svc.client.get(f"/api/orders/{max(detail['order_ids'])}").json()
    assert second["status"] == "needs_review" and second["po_number"] == "AR-55120"
    assert "reprocess" in _events(svc, "message", posted["id"])

    approved = svc.post_eml(APPROVED)
    svc.drain()
    order = svc.order_for_message(approved["id"])
    assert order["status"] != "needs_review", order
    refused = svc.client.post(f"/api/messages/{approved['id']}/reprocess")
    assert refused.status_code == 409 and "never replaced" in refused.json()["detail"]
    assert svc.client.get(f"/api/orders/{order['id']}").json()["status"] == order["status"]


def test_the_cli_reads_a_message_again_and_makes_a_closed_one_an_order(sqlite_service: Service):
    svc = sqlite_service
    note = svc.post_eml(NOTE)
    readable = svc.post_eml(READABLE)
    svc.drain()
    made = _cli(svc, "messages", "to-order", str(note["id"]))
    assert made.returncode == 0, made.stdout + made.stderr
    assert "waiting in review" in made.stdout
    assert svc.order_for_message(note["id"])["status"] == "needs_review"
    first = svc.order_for_message(readable["id"])
    again = _cli(svc, "messages", "reprocess", str(readable["id"]))
    assert again.returncode == 0, again.stdout + again.stderr
    assert f"order {first['id']} rejected as replaced" in again.stdout
    svc.drain()
    assert len(svc.client.get(f"/api/messages/{readable['id']}").json()["order_ids"]) == 2
    refused = _cli(svc, "messages", "to-order", str(readable["id"]))
    assert refused.returncode == 1 and "only a message closed" in refused.stdout


def test_the_review_screen_has_both_buttons_on_a_message_page(sqlite_service: Service):
    """The message page offers 'make it an order' on a closed message and 'read it again' on any read
    one; each is a form post with the login's CSRF token that lands on the result."""
    svc = sqlite_service
    note = svc.post_eml(NOTE)
    svc.drain()
    log_in(svc)
    page = svc.client.get(f"/review/messages/{note['id']}").text
    assert "Make it an order" in page and "Read it again" in page
    assert svc.client.post(f"/review/messages/{note['id']}/to-order", data={"csrf": "wrong"}).status_code == 403
    response = svc.client.post(f"/review/messages/{note['id']}/to-order", data={"csrf": csrf_of(page)},
                               follow_redirects=False)
    assert response.status_code == 303 and "/review/orders/" in response.headers["location"]
    page = svc.client.get(f"/review/messages/{note['id']}").text
    assert "Make it an order" not in page
    response = svc.client.post(f"/review/messages/{note['id']}/reprocess", data={"csrf": csrf_of(page)},
                               follow_redirects=False)
    assert response.status_code == 303
    page = svc.client.get(response.headers["location"]).text
    assert "queued to be read again" in page
