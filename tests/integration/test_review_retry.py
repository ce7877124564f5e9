"""A stage that failed for good is shown on the order page and retried there by an admin."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import update

from config import ConnectorsConfig, WebhookConnectorConfig
from models.tables import Job, utcnow
from orchestration.worker import Worker
from tests.support.messages import demo_eml
from tests.support.service import Service, csrf_of, log_in

pytestmark = pytest.mark.slow


def _run_out(svc: Service) -> None:
    for _ in range(12):  # past the queue's backoffs, until the job is dead
        svc.drain()
        with svc.db.session() as s:
            if not s.execute(update(Job).where(Job.status == "queued")
                             .values(run_after=utcnow() - timedelta(seconds=1))).rowcount:
                return


def test_an_admin_retries_a_failed_stage_from_the_order_page(sqlite_service: Service):
    svc = sqlite_service
    builtin = svc.settings
    # The ERP is a webhook nobody answers (port 9 on 127.0.0.1: discard, closed here), and its outage
    # counts attempts at once (no retry window) and its breaker never opens (that would defer the attempts
    # for its cool-down), so the job dies within the test.
    down = builtin.model_copy(update={"job_retry_window_s": 0, "connector_breaker_failures": 1_000_000,
                                      "connectors": ConnectorsConfig(
        erp="webhook", webhook=WebhookConnectorConfig(url="http://127.0.0.1:9/erp", secret="s", timeout_s=0.2,
                                                      attempts=1, backoff_s=0.01, backoff_max_s=0.02))})
    svc.worker = Worker(svc.db, down)
    accepted = svc.post_eml(demo_eml("03"))
    _run_out(svc)
    order = svc.order_for_message(accepted["id"])
    assert order["status"] == "failed", order["status"]

    clerk_csrf = log_in(svc)
    page = svc.client.get(f"/review/orders/{order['id']}").text
    assert "The erp stage failed" in page and "ask an admin" in page
    assert svc.client.post(f"/review/orders/{order['id']}/retry", data={"csrf": clerk_csrf}).status_code == 403

    admin_csrf = log_in(svc, "admin@demo.example", "demo-admin")
    page = svc.client.get(f"/review/orders/{order['id']}").text
    assert "Retry the erp stage" in page
    assert svc.client.post(f"/review/orders/{order['id']}/retry", data={"csrf": csrf_of(page)}).status_code == 200
    svc.worker = Worker(svc.db, builtin)  # the ERP is back
    svc.drain()
    assert svc.client.get(f"/api/orders/{order['id']}").json()["status"] == "shipped"
    page = svc.client.get(f"/review/orders/{order['id']}").text
    assert "stage failed" not in page
    assert admin_csrf
