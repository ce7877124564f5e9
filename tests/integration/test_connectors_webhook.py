"""The webhook connector against a real HTTP server on 127.0.0.1 that fails with 500, times out,
refuses with 422, goes down and comes back: signatures, idempotency keys, review on refusal, dead
letters after N attempts, and retrying them by hand through the API and the CLI."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, update

from bootstrap import open_database
from config import ConnectorsConfig, Settings, WebhookConnectorConfig
from models.tables import Job, utcnow
from orchestration.dead_letters import dead_job_for_order
from orchestration.worker import Worker
from tests.support.messages import demo_eml
from tests.support.service import Service, make_settings
from tests.support.templates import DatabaseTemplates

SECRET = "s3cret-shared-with-the-receiver"
CLI = str(Path(sys.executable).with_name("order-intake"))


class Receiver:
    """An ERP, warehouse and carrier in one small HTTP server. It checks each request's signature with
    its own copy of the secret, answers a repeated Idempotency-Key with what it answered the first
    time, and fails on command: `script` is consumed one entry per request, then `mode` applies."""

    def __init__(self, port: int = 0) -> None:
        self.port = port
        self.mode = "ok"  # ok | 500 | slow | refuse
        self.script: list[str] = []
        self.slow_s = 1.5
        self.requests: list[dict[str, Any]] = []
        self.booked: dict[str, dict[str, Any]] = {}
        self.lock = threading.Lock()
        self.server: ThreadingHTTPServer | None = None

    def start(self) -> Receiver:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                expected = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
                signed = hmac.compare_digest(expected, self.headers.get("X-Order-Intake-Signature", ""))
                with receiver.lock:
                    mode = receiver.script.pop(0) if receiver.script else receiver.mode
                    receiver.requests.append({"key": self.headers.get("Idempotency-Key"), "signed": signed,
                                              "stage": self.headers.get("X-Order-Intake-Stage"), "mode": mode,
                                              "body": json.loads(body)})
                if mode == "500":
                    return self.reply(500, {"error": "database is locked"})
                if mode == "slow":
                    time.sleep(receiver.slow_s)
                if mode == "refuse":
                    return self.reply(422, {"error": "unknown customer ACME-9 in the ERP"})
                if not signed:
                    return self.reply(401, {"error": "bad signature"})
                with receiver.lock:
                    data = json.loads(body)
                    key = data["idempotency_key"]
                    if key not in receiver.booked:
                        receiver.booked[key] = receiver.answer(data)
                    answer = receiver.booked[key]
                self.reply(200, answer)

            def reply(self, code: int, data: dict[str, Any]) -> None:
                raw = json.dumps(data).encode()
                try:
                    self.send_response(code)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(raw)))
                    self.end_headers()
                    self.wfile.write(raw)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up (a timeout)
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
            self.server = None

    def answer(self, data: dict[str, Any]) -> dict[str, Any]:
        stage, order = data["stage"], data["order"]
        if stage == "erp":
            return {"order_number": f"EXT-{sum(1 for k in self.booked if k.endswith(':erp')) + 1:04d}"}
        if stage == "inventory":  # all of every line: odd lines from the east warehouse, even from the west
            return {"allocations": [{"line_no": ln["line_no"], "quantity": ln["quantity"],
                                     "warehouse": "WH-WEST" if ln["line_no"] % 2 == 0 else "WH-EAST"}
                                    for ln in order["lines"]]}
        if stage == "routing":
            return {"shipments": [{"warehouse": w, "zone": 4, "weight_kg": "3.5"}
                                  for w in sorted({a["warehouse"] for a in data["allocations"]})]}
        return {"tracking_number": "TRK-" + hashlib.sha256(data["idempotency_key"].encode()).hexdigest()[:10],
                "carrier": "Receiver Freight", "service": "Ground", "price": "9.80"}

    def of_stage(self, stage: str) -> list[dict[str, Any]]:
        return [r for r in self.requests if r["stage"] == stage]


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    server = Receiver().start()
    yield server
    server.stop()


def webhook_settings(base: Settings, url: str, **webhook: Any) -> Settings:
    """Every stage on the webhook at `url`, with short timeouts and backoffs so the tests stay quick. The
    connectors' circuit breaker never opens here: these tests count the queue's own attempts, retries and
    dead letters (the breaker is tests/integration/test_connector_lanes.py's)."""
    values: dict[str, Any] = {"url": url, "secret": SECRET, "timeout_s": 0.5, "attempts": 3, "backoff_s": 0.02,
                              "backoff_max_s": 0.1, **webhook}
    return base.model_copy(update={"connector_breaker_failures": 1_000_000, "connectors": ConnectorsConfig(
        erp="webhook", inventory="webhook", routing="webhook", shipping="webhook",
        webhook=WebhookConnectorConfig(**values))})


@pytest.fixture(scope="module")
def shared_service(tmp_path_factory: pytest.TempPathFactory,
                   database_templates: DatabaseTemplates) -> Iterator[Service]:
    """One app and database for the module (each test adds its own order); tests swap in a worker
    whose connectors point at their own receiver."""
    settings = make_settings(tmp_path_factory.mktemp("webhook"))
    database_templates.copy_sqlite(settings.resolved_database_url, "demo")
    svc = Service(settings, open_database(settings))
    yield svc
    svc.client.close()
    svc.db.dispose()


@pytest.fixture
def make_service(shared_service: Service) -> Any:
    base = shared_service.settings

    def make(url: str, retry_window_s: float | None = None, **webhook: Any) -> Service:
        shared_service.settings = webhook_settings(base, url, **webhook)
        if retry_window_s is not None:
            shared_service.settings = shared_service.settings.model_copy(
                update={"job_retry_window_s": retry_window_s})
        shared_service.worker = Worker(shared_service.db, shared_service.settings)
        return shared_service

    yield make
    shared_service.settings = base


def run_jobs(service: Service, rounds: int = 30) -> None:
    """Run the worker until nothing is queued. The queue's own backoff (seconds to minutes) is skipped
    by making waiting jobs due; the connector's backoff between its attempts runs as configured."""
    for _ in range(rounds):
        service.drain()
        with service.db.session() as s:
            waiting = s.execute(update(Job).where(Job.status == "queued")
                                .values(run_after=utcnow() - timedelta(seconds=1))).rowcount
        if not waiting:
            return
    raise AssertionError("jobs still queued after all rounds")


def new_order_eml() -> bytes:
    """Demo email 03 (an HTML table from a known customer, approved untouched) as a new order: a new
    Message-ID and PO number, or it would be the same message or a duplicate PO."""
    unique = uuid.uuid4().hex[:6].upper()
    return (demo_eml("03").replace(b"<demo-03@", f"<demo-03-{unique}@".encode())
            .replace(b"CFM-2026-0871", f"CFM-2026-{unique}".encode()))


def approved_order(service: Service) -> dict[str, Any]:
    accepted = service.post_eml(new_order_eml())
    run_jobs(service)
    return service.order_for_message(accepted["id"])


def clerk_may_not_retry(service: Service, job_id: int) -> bool:
    """A clerk's session sees the dead letters but may not send an order out again: 403."""
    from fastapi.testclient import TestClient

    with TestClient(service.app) as clerk:
        page = clerk.get("/login").text
        csrf = re.search(r'name="csrf" value="([^"]+)"', page)
        assert csrf is not None
        clerk.post("/login", data={"email": "clerk@demo.example", "password": "demo-clerk", "csrf": csrf[1]},
                   follow_redirects=False)
        csrf = re.search(r'name="csrf" value="([^"]+)"', clerk.get("/review").text)
        assert csrf is not None
        assert [j["id"] for j in clerk.get("/api/jobs").json()].count(job_id) == 1
        refused = clerk.post(f"/api/jobs/{job_id}/retry", headers={"X-CSRF-Token": csrf[1]})
        return refused.status_code == 403 and "admin or an API token" in refused.text


def erp_job(service: Service, order_id: int) -> Job:
    with service.db.session() as s:
        job = s.scalar(select(Job).where(Job.order_id == order_id, Job.kind == "erp"))
        s.expunge(job)
        return job


@pytest.mark.slow
def test_order_flows_through_webhooks_signed_and_idempotent_despite_500s_and_timeouts(
        receiver: Receiver, make_service: Any):
    """GIVEN every stage on the webhook and a receiver that answers the ERP call with a 500, then
    too slowly, then properly WHEN an approved order runs THEN it is shipped with the receiver's ERP
    number and one tracking number per shipping warehouse, every request was signed verifiably, the
    ERP saw the same Idempotency-Key on all three tries and booked one order."""
    service = make_service(f"http://127.0.0.1:{receiver.port}/hook")
    receiver.script = ["500", "slow"]
    order = approved_order(service)
    assert order["status"] == "shipped", order["review_reasons"]
    erp_calls = receiver.of_stage("erp")
    assert [r["mode"] for r in erp_calls] == ["500", "slow", "ok"]
    assert len({r["key"] for r in erp_calls}) == 1 and erp_calls[0]["key"] == f"order:{order['id']}:erp"
    assert all(r["signed"] for r in receiver.requests)
    assert order["erp_order_number"] == "EXT-0001"
    assert [k for k in receiver.booked if k.endswith(":erp")] == [f"order:{order['id']}:erp"]
    # Two warehouses, two shipments, each booked once under its own key.
    shipping_keys = [r["key"] for r in receiver.of_stage("shipping")]
    assert len(shipping_keys) == len(set(shipping_keys)) == 2
    assert sorted(s["tracking_number"] for s in order["shipments"]) == sorted(
        receiver.booked[key]["tracking_number"] for key in shipping_keys)
    assert sorted(s["warehouse_code"] for s in order["shipments"]) == ["WH-EAST", "WH-WEST"]
    assert order["shipments"][0]["carrier"] == "Receiver Freight"
    body = erp_calls[-1]["body"]
    assert body["order"]["po_number"] == order["po_number"]
    assert [ln["sku"] for ln in body["order"]["lines"]] == [ln["sku"] for ln in order["lines"]]
    # The signature covers the body: one changed byte and it no longer verifies.
    tampered = json.dumps({**body, "order": {**body["order"], "po_number": "X"}}).encode()
    assert not hmac.compare_digest(
        "sha256=" + hmac.new(SECRET.encode(), tampered, hashlib.sha256).hexdigest(),
        "sha256=" + hmac.new(SECRET.encode(), json.dumps(body).encode(), hashlib.sha256).hexdigest())


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)])
def test_a_refusal_sends_the_order_back_to_review_with_the_receivers_message(
        receiver: Receiver, make_service: Any, backend: str, request: pytest.FixtureRequest, tmp_path: Path):
    """GIVEN a receiver that refuses the order with 422 and a message WHEN the order runs THEN it is
    not retried: it waits in the review queue with the receiver's words as the reason, and its job
    is a dead letter; once the receiver accepts, a retry through the API ships it. On the embedded
    SQLite and on PostgreSQL (row locks, enforced foreign keys to our warehouses)."""
    url = f"http://127.0.0.1:{receiver.port}/hook"
    if backend == "sqlite":
        service = make_service(url)
    else:
        settings = webhook_settings(make_settings(tmp_path, request.getfixturevalue("pg_demo_url")), url)
        service = Service(settings, open_database(settings))
        request.addfinalizer(service.db.dispose)
        request.addfinalizer(service.client.close)
    receiver.mode = "refuse"
    order = approved_order(service)
    assert order["status"] == "failed", order["review_reasons"]  # the review queue shows needs_review and failed orders
    assert len(receiver.of_stage("erp")) == 1  # a refusal is final: no second try
    reasons = [r["message"] for r in order["review_reasons"] if r["code"] == "stage_failed"]
    assert reasons == ["erp: the receiver refused the erp request (HTTP 422): unknown customer ACME-9 in the ERP"]
    dead = service.client.get("/api/jobs", params={"status": "dead", "order_id": order["id"]}).json()
    assert [(j["order_id"], j["kind"]) for j in dead] == [(order["id"], "erp")]
    assert "unknown customer ACME-9" in dead[0]["last_error"]
    assert service.client.get(f"/api/jobs/{dead[0]['id']}").json()["status"] == "dead"
    assert clerk_may_not_retry(service, dead[0]["id"])
    with service.db.session() as s:  # what the review screen's retry button finds for this order
        assert dead_job_for_order(s, order["id"]).id == dead[0]["id"]
    receiver.mode = "ok"
    retried = service.client.post(f"/api/jobs/{dead[0]['id']}/retry")
    assert retried.status_code == 200, retried.text
    assert retried.json()["status"] == "queued"
    run_jobs(service)
    order = service.client.get(f"/api/orders/{order['id']}").json()
    assert order["status"] == "shipped"
    assert not [r for r in order["review_reasons"] if r["code"] == "stage_failed"]
    assert service.client.get("/api/jobs", params={"order_id": order["id"]}).json() == []
    with service.db.session() as s:
        assert dead_job_for_order(s, order["id"]) is None
    # A second retry of the same job is refused: it is done, not dead.
    assert service.client.post(f"/api/jobs/{dead[0]['id']}/retry").status_code == 409


def test_an_order_fixed_and_approved_again_reaches_the_erp_as_a_revision_under_the_same_key(
        receiver: Receiver, make_service: Any):
    """GIVEN the ERP accepted an order and the inventory system then refused it WHEN the clerk changes
    a quantity and approves again THEN the ERP gets the amended order under the same Idempotency-Key
    with revision 2 (an amendment, not a new order), and the order ships."""
    service = make_service(f"http://127.0.0.1:{receiver.port}/hook")
    receiver.script = ["ok", "refuse"]  # the ERP books it, the inventory system refuses it
    order = approved_order(service)
    assert order["status"] == "failed" and order["erp_order_number"] == "EXT-0001"
    line = order["lines"][0]
    new_quantity = int(float(line["quantity"])) + 5
    assert service.client.patch(f"/api/orders/{order['id']}/lines/{line['id']}",
                                json={"quantity": new_quantity}).status_code == 200
    assert service.client.post(f"/api/orders/{order['id']}/approve").status_code == 200
    run_jobs(service)
    order = service.client.get(f"/api/orders/{order['id']}").json()
    assert order["status"] == "shipped"
    first, second = receiver.of_stage("erp")
    assert first["key"] == second["key"] == f"order:{order['id']}:erp"
    assert (first["body"]["order"]["revision"], second["body"]["order"]["revision"]) == (1, 2)
    assert second["body"]["order"]["lines"][0]["quantity"] == str(new_quantity)


@pytest.mark.slow
def test_dead_letter_after_n_attempts_retried_while_down_then_from_the_cli_after_a_restart(
        receiver: Receiver, make_service: Any):
    """GIVEN a receiver that always answers 500 and no outage window (`job_retry_window_s = 0`) WHEN
    the ERP job has used its N attempts (the connector's 2 tries each) THEN the job is dead with the
    last error and `order-intake jobs list` shows it; retried while the receiver is down (connection
    refused) it dies again; once the receiver is back on the same port, `order-intake jobs retry ID`
    ships the order, one ERP order."""
    port = receiver.port
    service = make_service(f"http://127.0.0.1:{port}/hook", attempts=2, retry_window_s=0)
    receiver.mode = "500"
    order = approved_order(service)
    job = erp_job(service, order["id"])
    n = max(job.max_attempts, service.settings.job_max_attempts)
    assert job.status == "dead" and job.attempts == n
    assert len(receiver.of_stage("erp")) == n * 2
    assert {r["key"] for r in receiver.requests} == {f"order:{order['id']}:erp"}
    assert "HTTP 500: database is locked" in job.last_error
    assert order["status"] == "failed"
    env = {**os.environ, "ORDER_INTAKE_HOME": str(service.settings.home),
           "ORDER_INTAKE_DATABASE_URL": service.settings.resolved_database_url}
    listed = subprocess.run([CLI, "jobs", "list", "--order", str(order["id"]), "--json"], env=env,
                            capture_output=True, text=True, cwd=service.settings.home)
    assert listed.returncode == 0, listed.stderr
    assert [(j["id"], j["order_id"], j["kind"], j["status"]) for j in json.loads(listed.stdout)] == [
        (job.id, order["id"], "erp", "dead")]

    receiver.stop()  # down: the port refuses connections
    assert service.client.post(f"/api/jobs/{job.id}/retry").status_code == 200
    run_jobs(service)
    job = erp_job(service, order["id"])
    assert job.status == "dead" and "cannot reach the receiver" in job.last_error

    back = Receiver(port).start()
    try:
        retried = subprocess.run([CLI, "jobs", "retry", str(job.id)], env=env, capture_output=True, text=True,
                                 cwd=service.settings.home)
        assert retried.returncode == 0, retried.stdout + retried.stderr
        run_jobs(service)
        order = service.client.get(f"/api/orders/{order['id']}").json()
        assert order["status"] == "shipped"
        assert order["erp_order_number"] == "EXT-0001"
        assert len([k for k in back.booked if k.endswith(":erp")]) == 1
        with service.db.session() as s:
            assert s.scalar(select(func.count()).select_from(Job).where(
                Job.status == "dead", Job.order_id == order["id"])) == 0
    finally:
        back.stop()


def _due_and_drain(service: Service) -> None:
    """One more attempt of whatever waits, without waiting out the queue's backoff."""
    with service.db.session() as s:
        s.execute(update(Job).where(Job.status == "queued").values(run_after=utcnow() - timedelta(seconds=1)))
    service.drain()


def _age_outage(service: Service, job_id: int, minutes: int) -> None:
    """The outage began `minutes` ago: what an hour of real retries would have left in the row."""
    with service.db.session() as s:
        s.execute(update(Job).where(Job.id == job_id).values(failing_since=utcnow() - timedelta(minutes=minutes)))


@pytest.mark.slow
def test_an_erp_down_for_an_hour_leaves_the_order_waiting_and_retried_then_it_ships_once(
        receiver: Receiver, make_service: Any):
    """GIVEN a one-hour outage window and an ERP receiver that is down (its port refuses connections)
    WHEN the ERP job has failed more often than `job_max_attempts`, and its outage is 59 minutes old
    THEN the job is still queued (not dead) and the order approved, waiting, not in the review queue;
    once the receiver is back the order ships with one ERP booking.
    AND an outage older than the window dead-letters the next order's job after its attempts, with
    the last error, and that order goes to the review queue."""
    port = receiver.port
    service = make_service(f"http://127.0.0.1:{port}/hook", attempts=1, retry_window_s=3600)
    n = service.settings.job_max_attempts
    receiver.stop()
    accepted = service.post_eml(new_order_eml())
    service.drain()
    order = service.order_for_message(accepted["id"])
    for _ in range(n + 2):
        _due_and_drain(service)
    job = erp_job(service, order["id"])
    assert job.status == "queued" and job.attempts > n, (job.status, job.attempts)
    assert job.failing_since is not None and "cannot reach the receiver" in (job.last_error or "")
    _age_outage(service, job.id, 59)
    _due_and_drain(service)
    job = erp_job(service, order["id"])
    assert job.status == "queued"
    assert service.client.get(f"/api/orders/{order['id']}").json()["status"] == "approved"

    back = Receiver(port).start()
    try:
        run_jobs(service)
        shipped = service.client.get(f"/api/orders/{order['id']}").json()
        assert shipped["status"] == "shipped" and shipped["erp_order_number"] == "EXT-0001"
        assert [k for k in back.booked if k.endswith(":erp")] == [f"order:{order['id']}:erp"]
    finally:
        back.stop()

    # Down again, and this time for longer than the window.
    accepted = service.post_eml(new_order_eml())
    service.drain()
    late = service.order_for_message(accepted["id"])
    job = erp_job(service, late["id"])
    assert job.status == "queued" and job.failing_since is not None
    _age_outage(service, job.id, 61)
    for _ in range(n + 1):
        _due_and_drain(service)
        if erp_job(service, late["id"]).status == "dead":
            break
    job = erp_job(service, late["id"])
    assert job.status == "dead" and "cannot reach the receiver" in (job.last_error or "")
    assert service.client.get(f"/api/orders/{late['id']}").json()["status"] == "failed"
