"""Accessibility of the clerk's pages and the buyer's status page, checked by axe-core (the npm registry's
package, fetched by `scripts/services.sh install_axe`) running in a real Chromium: no serious or critical
WCAG 2.1 A/AA violation on the queue, an order, a message, the dashboard and the status page (issue 17,
item 7). Labels and visible focus are also checked by hand in test_review_screen.py."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import pytest

from tests.support.browser import Server, login, screenshot
from tests.support.environment import REPO, unavailable

pytestmark = pytest.mark.slow

AXE = REPO / ".cache" / "axe-core-4.14.1" / "package" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BODY = """Hi,

Please ship:

GLV-NIT-M-BLUU - 4 BX
VEST-HV-XL-YEL - 12 EA

PO Number: A11Y-1
Order Date: 2026-11-20

Thanks,
Robert Chen
Purchasing | Delta Logistics Inc.
"""


@pytest.fixture
def axe_page(browser, server: Server) -> Iterator:  # type: ignore[no-untyped-def]
    """A page with axe-core loaded into every document (an init script is not an inline script, so the
    pages' Content-Security-Policy stays as it is)."""
    if not AXE.exists():
        unavailable(f"{AXE} is missing: bash scripts/services.sh install_axe", "axe-core")
    context = browser.new_context(base_url=server.base, viewport={"width": 1280, "height": 800})
    context.add_init_script(path=str(AXE))
    page = context.new_page()
    yield page
    context.close()


def _violations(page) -> list[dict]:  # type: ignore[no-untyped-def]
    found = page.evaluate("""async (tags) => {
        const result = await axe.run(document, {runOnly: {type: "tag", values: tags}});
        return {passes: result.passes.length, violations: result.violations.map((v) => ({id: v.id,
            impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" "))}))};
    }""", TAGS)
    assert found["passes"] >= 10, found  # axe ran its rules on a real page (no vacuous pass)
    return [v for v in found["violations"] if v["impact"] in ("serious", "critical")]


def _order(server: Server) -> tuple[int, int]:
    msg = EmailMessage()
    msg["From"] = "Robert Chen <rchen@deltalogistics.example>"
    msg["To"] = "orders@northwind-supply.example"
    msg["Subject"] = "PO A11Y-1"
    msg["Message-ID"] = "<a11y-1@mail.deltalogistics.example>"
    msg.set_content(BODY)
    message_id = server.post_eml(msg.as_bytes(policy=SMTP))
    order = server.order_of(message_id)
    server.wait(lambda: server.api.get(f"/api/orders/{order['id']}").json()["status"] == "needs_review",
                "the order to wait for review")
    # A change in words ("the vests"): it waits on the order, so its page shows the buyer's change with its
    # difference and the Apply / Decline forms.
    change = EmailMessage()
    change["From"], change["To"] = msg["From"], msg["To"]
    change["Subject"], change["Message-ID"] = "Revised PO A11Y-1", "<a11y-2@mail.deltalogistics.example>"
    change.set_content("Hi,\n\nplease make the vests 14 instead of 12.\n\nRobert")
    server.post_eml(change.as_bytes(policy=SMTP))
    server.wait(lambda: server.api.get(f"/api/orders/{order['id']}").json()["revision_count"] == 1,
                "the change to be kept on the order")
    return message_id, int(order["id"])


def _status_token(home: Path, order_id: int) -> str:
    # The link an acknowledgement would carry, made here: this server has no SMTP server to send one.
    token = "a11y-status-token-" + "x" * 24
    db = sqlite3.connect(home / "app.db", timeout=30)
    try:
        db.execute("UPDATE orders SET status_token = ? WHERE id = ?", (token, order_id))
        db.commit()
    finally:
        db.close()
    return token


def test_no_serious_accessibility_violations_on_the_clerks_pages_and_the_status_page(axe_page, server: Server):  # type: ignore[no-untyped-def]
    message_id, order_id = _order(server)
    token = _status_token(server.home, order_id)
    page = axe_page
    login(page)
    report = {}
    for name, url in (("queue", "/review"), ("order", f"/review/orders/{order_id}"),
                      ("message", f"/review/messages/{message_id}"), ("dashboard", "/review/dashboard"),
                      ("status", f"/status/{token}")):
        page.goto(url)
        page.wait_for_load_state("load")
        report[name] = _violations(page)
        screenshot(page, f"a11y-{name}-1280.png")
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"/status/{token}")
    report["status-390"] = _violations(page)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    # A card shows what the order says: no "Description:" with nothing after it (the demo's lines have none).
    bare = page.evaluate("""() => Array.from(document.querySelectorAll("td[data-label]"))
        .filter((td) => td.checkVisibility() && !td.textContent.trim()).map((td) => td.dataset.label)""")
    screenshot(page, "a11y-status-390.png")
    assert all(not v for v in report.values()), json.dumps(report, indent=1)
    assert overflow <= 0, f"the status page scrolls sideways on a 390 px phone by {overflow} px"
    assert not bare, f"labels with no value on the phone's cards: {bare}"


def test_the_admins_navigation_fits_one_row_at_1280_and_pages_have_an_icon(page, server: Server):  # type: ignore[no-untyped-def]
    """GIVEN an admin at 1280x800 WHEN they open the queue THEN the top bar is one row (every link and the
    logout on it), the page names its icon, which is served, and the keys hint shows only where keys work."""
    from tests.support.browser import ADMIN

    login(page, ADMIN)
    height = page.evaluate("document.querySelector('header.top').getBoundingClientRect().height")
    tops = page.evaluate("""() => Array.from(document.querySelectorAll("header.top a, header.top button"))
        .map((el) => Math.round(el.getBoundingClientRect().top))""")
    assert max(tops) - min(tops) <= 8 and height < 60, (height, tops)
    icon = page.locator("link[rel=icon]").get_attribute("href")
    assert icon and page.request.get(icon).status == 200
    screenshot(page, "admin-nav-1280.png")
    assert page.locator(".keys-hint").is_visible()  # the queue has keys: it says so
    page.goto("/review/dashboard")
    assert page.locator(".keys-hint").count() == 0  # no keys work here: no hint that they do
