"""A clerk's actions on an inbound message, through the real app over HTTP and through the CLI: read a
message again from its stored parts, and turn a message closed as not an order into an order in review.
Neither ever replaces an order that was approved."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bootstrap import open_database
from clerk.errors import ActionError
from models.db import Database
from models.schemas import MessageSource
from models.tables import AuditEvent, InboundMessage, Job, Order
from tests.support.messages import ACME_BUYER, plain_email
from tests.support.service import Service, csrf_of, log_in, make_settings

CLI = str(Path(sys.executable).with_name("order-intake"))


def _eml(subject: str, body: str, n: str) -> bytes:
    return plain_email(subject=subject, body=body, message_id=f"<msg-action-{n}@acme-retail.example>",
                       sender=ACME_BUYER)


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


# ---------------------------------------------------------------- two clerks at the same moment


def _race(pg_schema_url: str, tmp_path: Path, action: str) -> tuple[Database, int, list[object]]:
    """Clerk A acts on a message and has not committed yet when clerk B acts on it in parallel: B must
    wait for A's lock, then see what A did. Returns the database, the message and B's outcome."""
    from sqlalchemy import select as select_

    from clerk import messages
    from orchestration.accept import accept_message
    from orchestration.pipeline import file_message
    settings = make_settings(tmp_path, pg_schema_url)
    db = open_database(settings)
    raw = NOTE if action == "to_order" else READABLE
    message_id = accept_message(db, raw, MessageSource("test"), settings.mime_limits()).message_id
    with db.session() as s:
        message = s.get(InboundMessage, message_id)
        assert message is not None
        file_message(s, message, settings)

    def act(session: Session, clerk: str) -> object:
        message = session.scalar(select_(InboundMessage).where(InboundMessage.id == message_id))
        assert message is not None
        if action == "to_order":
            return messages.to_order(session, message, settings, clerk)
        return messages.reprocess(session, message, clerk)

    first = db.sessions()
    act(first, "clerk.a@x")
    first.flush()  # A has acted but not committed
    outcome: list[object] = []

    def second() -> None:
        try:
            with db.session() as s:
                outcome.append(act(s, "clerk.b@x"))
        except ActionError as refused:
            outcome.append(refused)

    racer = threading.Thread(target=second)
    racer.start()
    racer.join(1.0)  # B is waiting on A's lock (without it, B has already acted on what it saw)
    first.commit()
    first.close()
    racer.join(30)
    assert not racer.is_alive()
    return db, message_id, outcome


@pytest.mark.slow
def test_two_clerks_making_one_message_an_order_at_once_file_one_order(pg_schema_url: str, tmp_path: Path):
    """GIVEN a closed message WHEN two clerks post 'make it an order' at the same moment (PostgreSQL)
    THEN one order is filed and the second clerk is told the message is processed (before: two orders)."""
    db, message_id, outcome = _race(pg_schema_url, tmp_path, "to_order")
    assert len(outcome) == 1 and isinstance(outcome[0], ActionError), outcome
    assert "only a message closed" in str(outcome[0])
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Order).where(Order.message_id == message_id)) == 1
    db.dispose()


@pytest.mark.slow
def test_two_clerks_reading_one_message_again_at_once_queue_one_reading(pg_schema_url: str, tmp_path: Path):
    db, message_id, outcome = _race(pg_schema_url, tmp_path, "reprocess")
    assert len(outcome) == 1 and isinstance(outcome[0], ActionError), outcome
    assert "waiting to be read" in str(outcome[0])
    with db.session() as s:
        keys = s.scalars(select(Job.idempotency_key).where(Job.message_id == message_id)).all()
        assert sorted(keys) == [f"message:{message_id}:process", f"message:{message_id}:process:2"]
    db.dispose()
