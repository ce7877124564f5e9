"""The buyer's read-only status page through HTTP: no login, the token is the key, an unknown token is a
bare 404, everything is escaped and the page runs under a strict Content-Security-Policy."""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
from collections.abc import Iterator
from decimal import Decimal

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from bootstrap import open_database
from models.tables import Order, StockLevel
from orchestration.acknowledgements.outbox import status_token
from tests.support.messages import demo_eml
from tests.support.service import Service, make_settings
from tests.support.templates import DatabaseTemplates


@pytest.fixture(scope="module")
def svc(tmp_path_factory: pytest.TempPathFactory, database_templates: DatabaseTemplates) -> Iterator[Service]:
    settings = make_settings(tmp_path_factory.mktemp("status"))
    database_templates.copy_sqlite(settings.resolved_database_url, "demo")
    service = Service(settings, open_database(settings))
    yield service
    service.client.close()
    service.db.dispose()


@pytest.fixture
def buyer(svc: Service) -> Iterator[TestClient]:
    """A browser with no login and no API token."""
    with TestClient(svc.app) as client:
        yield client


def _token(svc: Service, order_id: int) -> str:
    with svc.db.session() as s:
        order = s.get(Order, order_id)
        assert order is not None
        return status_token(order)


def _order(svc: Service, name: str) -> dict:
    accepted = svc.post_eml(demo_eml(name))
    svc.drain()
    return svc.order_for_message(accepted["id"])


def test_shipped_order_shows_progress_lines_backorders_and_tracking(svc: Service, buyer: TestClient):
    """GIVEN an order one of whose items is short in stock WHEN it has shipped
    THEN its page, opened without login, shows every step done, the lines, the backorder and the tracking."""
    with svc.db.session() as s:  # only 5 cable ties left anywhere: 7 of the 12 ordered are backordered
        stock = s.scalars(select(StockLevel).where(StockLevel.sku == "TIE-08-BLK")).all()
        for n, level in enumerate(stock):
            level.on_hand = level.reserved + (Decimal("5") if n == 0 else Decimal("0"))
    order = _order(svc, "01")
    assert order["status"] == "shipped", order["review_reasons"]
    page = buyer.get(f"/status/{_token(svc, order['id'])}")
    assert page.status_code == 200
    text = page.text
    assert order["po_number"] in text and order["erp_order_number"] in text
    for line in order["lines"]:
        assert line["sku"] in text
    assert "5 in stock, 7 backordered" in text and "Backorders" in text
    for shipment in order["shipments"]:
        assert shipment["tracking_number"] in text
    steps = re.findall(r'<li class="(\w+)"', text)
    assert steps == ["done"] * 5
    # Nothing of ours: no confidence, no clerk, no internal reason (the style's "@media" is not an address).
    shown = re.sub(r"<style>.*?</style>", "", text, flags=re.S)
    assert "<style>" in text and "confidence" not in shown.lower() and "@" not in shown


def test_page_headers_are_strict_and_its_style_is_the_one_allowed(svc: Service, buyer: TestClient):
    order = _order(svc, "04")
    page = buyer.get(f"/status/{_token(svc, order['id'])}")
    csp = page.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp and "script-src" not in csp
    assert "<script" not in page.text
    style = re.search(r"<style>(.*?)</style>", page.text, re.S)
    assert style is not None
    digest = base64.b64encode(hashlib.sha256(style.group(1).encode()).digest()).decode()
    assert f"'sha256-{digest}'" in csp  # the browser would refuse any other style
    assert page.headers["referrer-policy"] == "no-referrer"
    assert page.headers["cache-control"] == "no-store"
    assert page.headers["x-content-type-options"] == "nosniff"


def test_unknown_tokens_get_the_same_bare_404(svc: Service, buyer: TestClient):
    """A wrong token, a near miss, a malformed one: all the same 404, with nothing about any order."""
    order = _order(svc, "06")
    token = _token(svc, order["id"])
    near_miss = token[:-1] + ("A" if token[-1] != "A" else "B")
    answers = [buyer.get(f"/status/{t}") for t in
               (secrets.token_urlsafe(32), near_miss, "x", "a" * 200, "%3Cscript%3E", str(order["id"]))]
    assert {a.status_code for a in answers} == {404}
    assert {a.text for a in answers} == {"Not found"}
    assert all(a.headers["content-security-policy"].startswith("default-src 'none'") for a in answers)
    assert buyer.get(f"/status/{token}").status_code == 200


def test_everything_on_the_page_is_escaped(svc: Service, buyer: TestClient):
    order = _order(svc, "07")
    with svc.db.session() as s:
        row = s.get(Order, order["id"])
        assert row is not None
        row.po_number = '"><script>alert(1)</script>'
        row.lines[0].description = "<img src=x onerror=alert(2)>"
        token = status_token(row)
    text = buyer.get(f"/status/{token}").text
    assert "<script>alert(1)" not in text and "<img src=x" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text and "&lt;img src=x onerror=alert(2)&gt;" in text


def test_rejected_order_says_why_and_stops(svc: Service, buyer: TestClient):
    order = _order(svc, "10")
    assert order["status"] == "needs_review"
    page = buyer.get(f"/status/{_token(svc, order['id'])}")
    assert "We are checking this order." in page.text
    reason = "Item FLT-2025-4-M13 is not in our range"
    assert svc.client.post(f"/api/orders/{order['id']}/reject", json={"reason": reason}).status_code == 200
    svc.drain()  # no SMTP configured: the question is recorded as skipped, the page still answers
    text = buyer.get(f"/status/{_token(svc, order['id'])}").text
    assert "Not accepted" in text and reason in text
    assert re.findall(r'<li class="(\w+)"', text) == ["done", "stop"]


def test_status_token_is_long_random_and_kept(svc: Service):
    with svc.db.session() as s:
        first, second = Order(status="extracted"), Order(status="extracted")
        s.add_all([first, second])
        s.flush()
        token = status_token(first)
        assert len(token) >= 43 and token == status_token(first) != status_token(second)
        s.rollback()
