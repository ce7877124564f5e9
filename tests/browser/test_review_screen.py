"""The clerk's review screen in a real Chromium: login, queue, keyboard-only fix and approve, the
order reaching the ERP, refusals (no login, no CSRF token), hostile email shown as text, layout at
1280 and 768 px, labels, visible focus and the keys help."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP

import pytest

from tests.support.browser import CLERK, TYPO_ORDER, Server, login, screenshot

pytestmark = pytest.mark.slow

CLERK_EMAIL = CLERK[0]


def _email(po: str, body: str, html: str | None = None, subject: str | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Robert Chen <rchen@deltalogistics.example>"
    msg["To"] = "orders@northwind-supply.example"
    msg["Subject"] = subject or f"PO {po}"
    msg["Message-ID"] = f"<{po.lower()}@mail.deltalogistics.example>"
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    return msg.as_bytes(policy=SMTP)


def _queued(server: Server, po: str, typo: str) -> dict:
    # Each test its own typo: a correction teaches an alias, and the same typo would then pass untouched.
    order = server.order_of(server.post_eml(_email(po, TYPO_ORDER.format(po=po, typo=typo))))
    order = server.wait(lambda: (o := server.api.get(f"/api/orders/{order['id']}").json())["status"] != "extracted"
                        and o, "the order to be decided")
    assert order["status"] == "needs_review", order
    return order


def test_without_login_the_screen_and_the_api_refuse(page, server: Server):  # type: ignore[no-untyped-def]
    page.goto("/review")
    assert "/login" in page.url
    assert page.get_by_label("Password").is_visible()
    response = page.request.get("/api/orders")
    assert response.status == 401
    page.goto("/login")
    page.get_by_label("Email").fill(CLERK_EMAIL)
    page.get_by_label("Password").fill("not-the-password")
    page.get_by_role("button", name="Log in").click()
    assert page.get_by_role("alert").inner_text() == "Wrong email or password."


def test_clerk_fixes_a_doubtful_line_with_three_keys_and_the_order_reaches_the_erp(page, server: Server):  # type: ignore[no-untyped-def]
    order = _queued(server, "KB-1001", "GLS-SAF-SKM - 3 DZ")
    doubtful = [ln for ln in order["lines"] if ln["reasons"]]
    assert len(doubtful) == 1 and doubtful[0]["candidates"], order
    assert doubtful[0]["candidates"][0]["sku"] == "GLS-SAF-SMK"

    login(page)
    row = page.locator(f'#queue tr[data-href="/review/orders/{order["id"]}"]')
    assert "GLS-SAF-SKM" in row.inner_text()  # the queue says why, naming what was written
    screenshot(page, "queue-1280.png")
    assert "selected" in (row.get_attribute("class") or "")  # the oldest waiting order, ready for Enter
    with page.expect_navigation():
        page.keyboard.press("Enter")  # open it from the keyboard too
    assert page.url.endswith(f"/review/orders/{order['id']}")
    selected = page.locator("tr.line.selected")
    assert selected.get_attribute("id") == f"line-{doubtful[0]['id']}"  # the doubt is selected on arrival
    screenshot(page, "order-1280.png")

    keys = 0
    with page.expect_navigation():
        page.keyboard.press("1")  # take the first suggestion
        keys += 1
    assert page.locator(f"#sku-{doubtful[0]['id']}").input_value() == "GLS-SAF-SMK"
    assert page.locator("tr.line.doubtful").count() == 0
    with page.expect_navigation():
        page.keyboard.press("a")  # approve
        keys += 1
    assert keys <= 3

    shipped = server.wait(lambda: (o := server.api.get(f"/api/orders/{order['id']}").json())["status"] == "shipped"
                          and o, "the approved order to go through ERP, stock, routing and shipping")
    assert shipped["erp_order_number"]
    page.goto(f"/review/orders/{order['id']}")  # approving opened the next order (or the queue)
    assert page.locator("h1 .status").inner_text() == "shipped"
    history = page.locator("section.history").inner_text()
    assert CLERK_EMAIL in history and "GLS-SAF-SMK" in history  # who changed the SKU, and to what


def test_a_post_without_the_csrf_token_is_refused(page, server: Server):  # type: ignore[no-untyped-def]
    order = _queued(server, "KB-1002", "VEST-HV-L-ORANGE - 12 EA")
    login(page)
    page.goto(f"/review/orders/{order['id']}")
    # The browser's own session cookie goes with these requests; only the token is missing or wrong.
    statuses = page.evaluate("""async (id) => {
        const out = [];
        for (const body of [new URLSearchParams(), new URLSearchParams({csrf: "forged"})]) {
            const r = await fetch(`/review/orders/${id}/approve`, {method: "POST", body, redirect: "manual"});
            out.push(r.status);
        }
        const api = await fetch(`/api/orders/${id}/approve`, {method: "POST"});
        out.push(api.status);
        return out;
    }""", order["id"])
    assert statuses == [403, 403, 403]
    assert server.api.get(f"/api/orders/{order['id']}").json()["status"] == "needs_review"


def test_a_malicious_html_email_shows_as_harmless_text(page, server: Server):  # type: ignore[no-untyped-def]
    payload = '<img src=x onerror="window.__pwned=1">'
    # Markup in the HTML part, and the same markup written as text (entities), which reading decodes.
    escaped = payload.replace("<", "&lt;").replace(">", "&gt;")
    html = (f"<html><body><script>window.__pwned=1</script><p>PO Number: XSS-1</p>"
            f"<table><tr><th>Item</th><th>Qty</th></tr><tr><td>{payload}{escaped}-GLV</td><td>10</td></tr>"
            "<tr><td>TAPE-48-CLR</td><td>5</td></tr></table></body></html>")
    body = f"PO Number: XSS-1\n10 x {payload}-GLV\n5 x TAPE-48-CLR\n"
    message_id = server.post_eml(_email("XSS-1", body, html, subject="PO <script>window.__pwned=1</script>"))
    order = server.order_of(message_id)
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    login(page)
    for url in ("/review", f"/review/orders/{order['id']}", f"/review/messages/{message_id}"):
        page.goto(url)
        page.wait_for_load_state("load")
        assert page.evaluate("window.__pwned") is None, url
    page.goto(f"/review/orders/{order['id']}")
    assert payload in page.locator("main").inner_text()  # readable, as the buyer wrote it
    assert page.locator("main img").count() == 0
    assert not dialogs


def test_layout_labels_focus_and_keys_help(page, server: Server):  # type: ignore[no-untyped-def]
    order = _queued(server, "KB-1003", "GLV-NIT-M-BLUE - 2 BX")
    login(page)
    for width, height in ((1280, 800), (768, 1024)):
        page.set_viewport_size({"width": width, "height": height})
        for url, name in (("/review", "queue"), (f"/review/orders/{order['id']}", "order")):
            page.goto(url)
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, f"{url} scrolls sideways at {width} px"
            screenshot(page, f"{name}-{width}.png")

    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(f"/review/orders/{order['id']}")
    unlabelled = page.evaluate("""() => Array.from(document.querySelectorAll("input, select, textarea"))
        .filter((el) => el.type !== "hidden")
        .filter((el) => !(el.labels && el.labels.length) && !el.getAttribute("aria-label"))
        .map((el) => el.outerHTML)""")
    assert unlabelled == []

    page.keyboard.press("Tab")
    outline = page.evaluate("""() => { const s = getComputedStyle(document.activeElement);
        return [document.activeElement.tagName, s.outlineStyle, s.outlineWidth]; }""")
    assert outline[1] != "none" and outline[2] != "0px", outline

    help_box = page.locator("#keys-help")
    assert not help_box.is_visible()
    page.locator("body").click(position={"x": 5, "y": 300})
    page.keyboard.press("?")
    assert help_box.is_visible() and "approve" in help_box.inner_text()
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    assert not help_box.is_visible()


def test_sku_autocomplete_offers_catalog_products_and_takes_one_by_keyboard(page, server: Server):  # type: ignore[no-untyped-def]
    order = _queued(server, "KB-1004", "SAFETY GLASSES CLEAR - 2 DZ")
    login(page)
    page.goto(f"/review/orders/{order['id']}")
    page.keyboard.press("Enter")  # edit the selected (doubtful) line's SKU
    field = page.locator("tr.line.selected input[name=sku]")
    assert page.evaluate("document.activeElement.name") == "sku"
    field.fill("")
    field.press_sequentially("glasses clear", delay=20)
    options = page.locator("tr.line.selected .sku-suggest li")
    options.first.wait_for()
    texts = options.all_inner_texts()
    assert any("clear" in t.lower() and "stock" in t for t in texts), texts
    page.keyboard.press("ArrowDown")
    chosen = options.nth(1).locator("strong").inner_text()
    page.keyboard.press("Enter")  # takes the suggestion, does not submit yet
    assert field.input_value() == chosen
    assert page.locator("tr.line.selected .sku-suggest").is_hidden()
    screenshot(page, "order-autocomplete-1280.png")
    page.goto("/review/dashboard")
    assert page.locator("#orders-today").inner_text().isdigit()
    screenshot(page, "dashboard-1280.png")


def test_k_goes_back_r_rejects_and_no_key_acts_from_the_help_or_a_button(page, server: Server):  # type: ignore[no-untyped-def]
    """GIVEN an order with a doubtful first line and a second line
    WHEN the clerk presses j then k, presses a while the keys help is open and while a button has focus,
    then r, types a reason and presses Enter
    THEN k goes back to the first line, neither a approves (the order is rejected in the end, which an
    approved order could not be), Escape gives the keys back to the line, and the order is rejected
    with the typed reason."""
    order = _queued(server, "KB-1005", "GLV-NIT-L-BLAK - 3 BX")
    first, second = (f"line-{ln['id']}" for ln in order["lines"])
    login(page)
    page.goto(f"/review/orders/{order['id']}")
    selected = page.locator("tr.line.selected")
    assert selected.get_attribute("id") == first
    page.keyboard.press("j")
    assert selected.get_attribute("id") == second
    page.keyboard.press("k")
    assert selected.get_attribute("id") == first
    assert page.evaluate("document.activeElement.id") == first

    help_box = page.locator("#keys-help")
    page.keyboard.press("?")
    assert help_box.is_visible() and page.evaluate("document.activeElement.tagName") == "BUTTON"
    for key in ("a", "j", "r"):
        page.keyboard.press(key)
    page.wait_for_timeout(300)  # long enough for a form submission to have started
    assert help_box.is_visible() and page.url.endswith(f"/review/orders/{order['id']}")
    assert selected.get_attribute("id") == first
    page.keyboard.press("Escape")
    assert not help_box.is_visible() and page.evaluate("document.activeElement.id") == first

    page.locator("#reject-form button").focus()  # as if the clerk had tabbed there
    page.keyboard.press("a")
    page.keyboard.press("j")
    page.wait_for_timeout(300)
    assert selected.get_attribute("id") == first and page.evaluate("document.activeElement.tagName") == "BUTTON"
    page.keyboard.press("Escape")
    assert page.evaluate("document.activeElement.id") == first

    page.keyboard.press("r")
    assert page.evaluate("document.activeElement.id") == "reason"
    page.keyboard.type("ordered twice, by phone as well")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    rejected = server.api.get(f"/api/orders/{order['id']}").json()
    assert rejected["status"] == "rejected" and rejected["rejection_reason"] == "ordered twice, by phone as well"
    assert f"rejected order #{order['id']}" in page.locator("#decided").inner_text()  # and the next one opened
    page.goto(f"/review/orders/{order['id']}")
    assert page.locator("h1 .status").inner_text() == "rejected"


def test_clerk_makes_a_closed_message_an_order_from_its_page(page, server: Server):  # type: ignore[no-untyped-def]
    """GIVEN a buyer's note closed as not an order WHEN a clerk opens it from the messages list and presses
    'Make it an order' THEN they land on a new order in review, from that message, to complete."""
    message_id = server.post_eml(_email("NOTE-1", "Robert here - lunch Thursday at noon?", subject="lunch"))
    server.wait(lambda: server.api.get(f"/api/messages/{message_id}").json()["status"] == "not_an_order",
                "the note to be closed as not an order")
    login(page)
    page.goto("/review/messages")
    with page.expect_navigation():
        page.locator(f'a[href="/review/messages/{message_id}"]').first.click()
    assert page.get_by_role("button", name="Read it again").is_visible()
    with page.expect_navigation():
        page.get_by_role("button", name="Make it an order").click()
    assert "/review/orders/" in page.url
    order = server.api.get(f"/api/orders/{page.url.rsplit('/', 1)[1]}").json()
    assert order["status"] == "needs_review" and order["message_id"] == message_id
    assert "made_into_order" in [r["code"] for r in order["review_reasons"]]
    page.goto(f"/review/messages/{message_id}")
    assert page.get_by_role("button", name="Make it an order").count() == 0
