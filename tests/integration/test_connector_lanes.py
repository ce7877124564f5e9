"""A hanging ERP against a real HTTP server on 127.0.0.1 (issue 18 item 5): intake and decision never
wait for a connector (worker lanes), and a connector failing again and again is not called for a
cool-down, then tried once (circuit breaker), on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from bootstrap import open_database
from config import ConnectorsConfig, Settings, WebhookConnectorConfig
from models.tables import ConnectorBreaker, Job, utcnow
from orchestration.worker import Worker, lane_workers, run_lanes
from tests.support.messages import demo_eml
from tests.support.service import Service, make_settings
from tests.support.templates import DatabaseTemplates


class Erp:
    """An ERP webhook receiver: `hang` holds each request until `release` is set (far past any wait of
    the test's), `slow` sleeps past the client's timeout, `ok` answers with an order number."""

    def __init__(self) -> None:
        self.mode = "ok"
        self.release = threading.Event()
        self.requests = 0
        self.in_flight = 0
        self.lock = threading.Lock()
        erp = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length", 0)))
                with erp.lock:
                    erp.requests += 1
                    erp.in_flight += 1
                    mode, number = erp.mode, erp.requests
                try:
                    if mode == "hang":
                        erp.release.wait(60)
                    elif mode == "slow":
                        time.sleep(1.0)
                    raw = f'{{"order_number": "SO-{number}"}}'.encode()
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(raw)))
                    self.end_headers()
                    self.wfile.write(raw)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up (its timeout)
                    pass
                finally:
                    with erp.lock:
                        erp.in_flight -= 1

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/erp"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def erp() -> Iterator[Erp]:
    server = Erp()
    yield server
    server.stop()


def erp_settings(base: Settings, url: str, timeout_s: float, **more: Any) -> Settings:
    """The ERP stage on the webhook (one try per job run, no in-run backoff); the others builtin."""
    webhook = WebhookConnectorConfig(url=url, secret="s", timeout_s=timeout_s, attempts=1, backoff_s=0.01,
                                     backoff_max_s=0.01)
    return base.model_copy(update={"connectors": ConnectorsConfig(erp="webhook", webhook=webhook), **more})


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)])
def make_service(request: pytest.FixtureRequest, tmp_path: Path,
                 database_templates: DatabaseTemplates) -> Iterator[Callable[..., Service]]:
    made: list[Service] = []

    def make(url: str, timeout_s: float, **more: Any) -> Service:
        if request.param == "sqlite":
            base = make_settings(tmp_path)
            database_templates.copy_sqlite(base.resolved_database_url, "demo")
        else:
            base = make_settings(tmp_path, request.getfixturevalue("pg_demo_url"))
        settings = erp_settings(base, url, timeout_s, **more)
        service = Service(settings, open_database(settings))
        made.append(service)
        return service

    yield make
    for service in made:
        service.client.close()
        service.db.dispose()


def new_order_eml() -> bytes:
    """Demo email 03 (approved untouched) as a new order: its own Message-ID and PO number."""
    unique = uuid.uuid4().hex[:6].upper()
    return (demo_eml("03").replace(b"<demo-03@", f"<demo-03-{unique}@".encode())
            .replace(b"CFM-2026-0871", f"CFM-2026-{unique}".encode()))


def order_of(service: Service, message_id: int) -> dict[str, Any] | None:
    ids = service.client.get(f"/api/messages/{message_id}").json()["order_ids"]
    return service.client.get(f"/api/orders/{ids[0]}").json() if ids else None


def wait_until(condition: Callable[[], bool], what: str, limit_s: float = 25.0) -> None:
    """A bound on how long the test waits for something that must happen, not a latency assertion."""
    deadline = time.monotonic() + limit_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"never happened: {what}")
        time.sleep(0.05)


def erp_jobs(service: Service) -> dict[int, tuple[str, int]]:
    with service.db.session() as s:
        return {job.order_id: (job.status, job.attempts) for job in s.scalars(select(Job).where(Job.kind == "erp"))}


def breaker(service: Service) -> ConnectorBreaker | None:
    with service.db.session() as s:
        row = s.get(ConnectorBreaker, "erp")
        if row is not None:
            s.expunge(row)
        return row


def test_a_new_message_is_read_and_decided_while_the_erp_hangs(erp: Erp, make_service: Callable[..., Service]):
    """GIVEN an ERP that holds every request (far past anything the test waits) and three approved orders
    pending for it WHEN a new message arrives while the ERP holds the first order's call THEN the new
    message is read and its order approved while that call is still held and the other orders' ERP jobs
    still wait; released, the ERP gets every order once and all ship."""
    service = make_service(erp.url, timeout_s=120.0, worker_connector_slots=1)
    erp.mode = "hang"
    earlier = [service.post_eml(new_order_eml())["id"] for _ in range(3)]
    stop = threading.Event()
    workers = lane_workers(service.db, service.settings)
    assert [w.lane for w in workers] == ["messages", "connectors"]
    lanes = threading.Thread(target=run_lanes, args=(workers, stop), daemon=True)
    lanes.start()
    try:
        wait_until(lambda: erp.in_flight == 1, "the ERP holds the first order's call")
        new = service.post_eml(new_order_eml())["id"]
        wait_until(lambda: (order_of(service, new) or {}).get("status") == "approved",
                   "the new message's order is decided")
        # Decided while the ERP still holds its first call: nothing of the connector waited for.
        assert (erp.in_flight, erp.requests) == (1, 1)
        states = sorted(status for status, _ in erp_jobs(service).values())
        assert states == ["queued", "queued", "queued", "running"]  # three earlier orders and the new one
        assert all(order_of(service, m)["status"] == "approved" for m in earlier)
        erp.mode = "ok"
        erp.release.set()
        wait_until(lambda: all(order_of(service, m)["status"] == "shipped" for m in [*earlier, new]),
                   "every order ships once the ERP answers")
    finally:
        stop.set()
        erp.release.set()
        lanes.join(30)
    assert erp.requests == 4  # one call per order: none repeated
    assert all(status == "done" for status, _ in erp_jobs(service).values())


def _all_due(service: Service, breaker_too: bool = False) -> None:
    """Skip the waits (the queue's backoff, the breaker's cool-down) by making them over: the test
    then sees who is called, not how long anyone waited."""
    past = utcnow() - timedelta(seconds=1)
    with service.db.session() as s:
        s.execute(update(Job).where(Job.status == "queued").values(run_after=past))
        if breaker_too:
            s.execute(update(ConnectorBreaker).values(open_until=past))


def test_the_breaker_opens_after_n_timeouts_defers_without_calling_then_a_trial_closes_it(
        erp: Erp, make_service: Callable[..., Service]):
    """GIVEN an ERP that answers only after the client's timeout, a breaker of 2 failures and four
    approved orders WHEN the connector lane runs THEN after two timed-out calls the breaker is open and
    the other jobs are not attempted (the ERP gets no third request, their attempts are not spent);
    after the cool-down one trial call fails and it opens again for twice as long; once the ERP answers,
    the next trial closes it and every order reaches the ERP once more."""
    service = make_service(erp.url, timeout_s=0.2, worker_connector_slots=1, connector_breaker_failures=2,
                           connector_breaker_cooldown_s=300.0, connector_breaker_cooldown_max_s=900.0)
    erp.mode = "slow"
    messages = [service.post_eml(new_order_eml())["id"] for _ in range(4)]
    Worker(service.db, service.settings, lane="messages").run_until_idle()
    assert erp.requests == 0  # the message lane never calls a connector
    assert [status for status, _ in erp_jobs(service).values()] == ["queued"] * 4
    connector = Worker(service.db, service.settings, lane="connectors")

    connector.run_until_idle()
    assert erp.requests == 2
    row = breaker(service)
    assert row is not None and (row.state, row.consecutive_failures, row.opens) == ("open", 2, 1)
    assert row.open_until is not None and row.open_until > utcnow() + timedelta(seconds=200)
    _all_due(service)
    assert connector.run_until_idle() == 0  # open: deferred, nothing claimed
    assert erp.requests == 2
    assert sorted(attempts for _, attempts in erp_jobs(service).values()) == [0, 0, 1, 1]

    _all_due(service, breaker_too=True)  # the cool-down is over: half open, one trial, which fails
    connector.run_until_idle()
    assert erp.requests == 3
    row = breaker(service)
    assert row is not None and (row.state, row.opens) == ("open", 2)
    assert row.open_until is not None and row.open_until > utcnow() + timedelta(seconds=500)  # twice as long

    erp.mode = "ok"
    _all_due(service, breaker_too=True)
    connector.run_until_idle()
    Worker(service.db, service.settings, lane="messages").run_until_idle()
    row = breaker(service)
    assert row is not None and (row.state, row.consecutive_failures, row.opens) == ("closed", 0, 0)
    assert erp.requests == 3 + 4
    assert all(order_of(service, m)["status"] == "shipped" for m in messages)


def test_without_connector_slots_one_lane_runs_everything(erp: Erp, make_service: Callable[..., Service]):
    """GIVEN worker_connector_slots = 0 WHEN the process's lanes are made THEN one lane claims every kind
    of job, as before lanes (the connector's breaker still applies to it)."""
    service = make_service(erp.url, timeout_s=1.0, worker_connector_slots=0)
    workers = lane_workers(service.db, service.settings)
    assert [w.lane for w in workers] == ["all"]
    # The others are builtin: in our database, batchable. A buyer's revision and an EDI buyer's answers (an
    # order's, and the 997 or CONTRL of an interchange that became no order) go through the same ERP connector.
    assert workers[0].call_out_kinds == {"erp", "revision", "edi_answer", "edi_message_answer"}
    erp.mode = "ok"
    message = service.post_eml(new_order_eml())["id"]
    workers[0].run_until_idle()
    assert (order_of(service, message) or {})["status"] == "shipped" and erp.requests == 1


def test_a_person_retrying_a_dead_job_makes_it_the_trial_call_now(erp: Erp, make_service: Callable[..., Service]):
    """GIVEN the ERP's breaker open for minutes and an ERP job dead-lettered WHEN an admin retries it
    THEN the breaker's cool-down is over: the next claim tries that job at once (half open), and the
    ERP answering closes the breaker. With only builtin stages, a process runs one lane."""
    service = make_service(erp.url, timeout_s=0.2, worker_connector_slots=1, connector_breaker_failures=1,
                           connector_breaker_cooldown_s=600.0, job_retry_window_s=0.0, job_max_attempts=1)
    erp.mode = "slow"
    message = service.post_eml(new_order_eml())["id"]
    Worker(service.db, service.settings, lane="messages").run_until_idle()
    with service.db.session() as s:  # one attempt: dead-lettered at its first failure
        s.execute(update(Job).where(Job.kind == "erp").values(max_attempts=1))
    connector = Worker(service.db, service.settings, lane="connectors")
    connector.run_until_idle()
    row = breaker(service)
    assert row is not None and row.state == "open" and erp.requests == 1
    dead = service.client.get("/api/jobs", params={"status": "dead"}).json()
    assert [j["kind"] for j in dead] == ["erp"]
    erp.mode = "ok"
    assert service.client.post(f"/api/jobs/{dead[0]['id']}/retry").status_code == 200
    connector.run_until_idle()
    Worker(service.db, service.settings, lane="messages").run_until_idle()
    row = breaker(service)
    assert row is not None and row.state == "closed" and erp.requests == 2
    assert (order_of(service, message) or {})["status"] == "shipped"
    builtin = service.settings.model_copy(update={"connectors": ConnectorsConfig()})
    assert [w.lane for w in lane_workers(service.db, builtin)] == ["all"]
