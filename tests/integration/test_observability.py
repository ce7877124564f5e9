"""Observability on the real app: /metrics counts what the database holds and JSON logs carry the order
id (on SQLite and PostgreSQL); /healthz and /readyz answer as a probe expects."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import select

from api.health import expected_heads
from app import create_app
from bootstrap import open_database
from config import Settings
from logs import setup_logging
from models.db import MIGRATIONS_DIR, Database
from models.tables import Job, MailboxState, utcnow
from orchestration import jobs
from tests.support.messages import demo_eml
from tests.support.service import Service, make_settings
from tests.support.templates import DatabaseTemplates


def _samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    out = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            out[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return out


@pytest.fixture
def json_logs() -> Iterator[io.StringIO]:
    root = logging.getLogger()
    saved = (list(root.handlers), root.level)
    stream = io.StringIO()
    setup_logging("json", "INFO", stream)
    yield stream
    root.handlers[:] = saved[0]
    root.setLevel(saved[1])


@pytest.mark.slow
def test_metrics_count_orders_stages_dead_letters_and_mailbox_errors(service: Service,
                                                                     json_logs: io.StringIO) -> None:
    """GIVEN one touchless order shipped, one job dead after two attempts and a mailbox in error
    WHEN Prometheus scrapes /metrics (no login)
    THEN each is counted from the database, in the text format;
    AND the JSON log has one record per stage carrying that order's id."""
    message = service.post_eml(demo_eml("01"))
    service.drain()
    order = service.order_for_message(message["id"])
    assert order["status"] == "shipped"
    records = [json.loads(line) for line in json_logs.getvalue().splitlines()]
    stages = {r["stage"] for r in records if r.get("order_id") == order["id"] and "done in" in r["message"]}
    assert stages == {"erp", "inventory", "routing", "shipping"}
    assert all({"time", "level", "logger", "message"} <= r.keys() for r in records)
    with service.db.session() as s:
        jobs.enqueue(s, "erp", "poison", max_attempts=2)
    for attempt in (1, 2):
        ticket = jobs.claim(service.db, "w", 60)
        assert ticket is not None and ticket.job_id == s.scalar(select(Job.id).where(Job.idempotency_key == "poison"))
        with service.db.session() as s2:
            jobs.fail(s2, ticket, f"boom {attempt}", permanent=False)
            s2.get(Job, ticket.job_id).run_after = utcnow()
    with service.db.session() as s:
        s.add(MailboxState(name="orders", connected=False, last_error="login failed", last_error_at=utcnow()))

    response = TestClient(service.app).get("/metrics")  # a client without the API token
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/plain")
    samples = _samples(response.text)
    assert samples[("order_intake_orders", (("status", "shipped"),))] == 1
    assert sum(v for (name, _), v in samples.items() if name == "order_intake_messages") == 1
    for stage in ("erp", "inventory", "routing", "shipping"):
        assert samples[("order_intake_stage_duration_seconds_count", (("stage", stage),))] == 1
        assert samples[("order_intake_stage_duration_seconds_sum", (("stage", stage),))] > 0
    assert samples[("order_intake_dead_letters", (("kind", "erp"),))] == 1
    assert samples[("order_intake_job_retries_total", (("kind", "erp"),))] == 1
    assert samples[("order_intake_stage_failures_total", (("stage", "erp"),))] == 2
    assert samples[("order_intake_jobs", (("kind", "erp"), ("status", "done")))] == 1
    assert samples[("order_intake_mailbox_error", (("mailbox", "orders"),))] == 1
    assert samples[("order_intake_mailbox_connected", (("mailbox", "orders"),))] == 0


def test_healthz_and_readyz_on_a_database_at_head(settings: Settings, db: Database) -> None:
    client = TestClient(create_app(settings, db))
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["migrations"] == sorted(expected_heads())


def test_readyz_is_503_with_the_reason_when_the_schema_is_behind(tmp_path: Path,
                                                                 database_templates: DatabaseTemplates) -> None:
    settings = make_settings(tmp_path)
    database_templates.copy_sqlite(settings.resolved_database_url, "schema")
    db = open_database(settings)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", settings.resolved_database_url)
    (head,) = expected_heads()
    previous = ScriptDirectory.from_config(cfg).get_revision(head).down_revision
    command.stamp(cfg, previous, purge=True)  # as if this code were deployed before its migration ran
    response = TestClient(create_app(settings, db)).get("/readyz")
    assert response.status_code == 503 and "code expects" in response.json()["migrations"]
    db.dispose()


def test_readyz_is_503_when_the_database_does_not_answer(tmp_path: Path,
                                                         database_templates: DatabaseTemplates) -> None:
    settings = make_settings(tmp_path)
    database_templates.copy_sqlite(settings.resolved_database_url, "schema")
    open_database(settings).dispose()
    gone = Database("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=3")  # nothing listens on port 1
    client = TestClient(create_app(settings, gone))
    assert client.get("/healthz").status_code == 200  # the process is up all the same
    response = client.get("/readyz")
    assert response.status_code == 503 and response.json()["status"] == "unavailable"
    gone.dispose()
