"""The review screen through HTTP: login, queue, fix a line, approve; refusals without login or CSRF."""

from __future__ import annotations

import re
from email.message import EmailMessage
from email.policy import SMTP

from tests.conftest import Service, demo_eml


def _csrf(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "page has no CSRF field"
    return found.group(1)


def _login(svc: Service, email: str = "clerk@demo.example", password: str = "demo-clerk") -> str:
    svc.client.headers.pop("Authorization", None)
    token = _csrf(svc.client.get("/login").text)
    response = svc.client.post("/login", data={"email": email, "password": password, "csrf": token},
                               follow_redirects=False)
    assert response.status_code == 303, response.text
    return _csrf(svc.client.get("/review").text)


def test_pages_need_a_login(sqlite_service: Service):
    svc = sqlite_service
    svc.client.headers.pop("Authorization")
    response = svc.client.get("/review", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].startswith("/login")
    token = _csrf(svc.client.get("/login").text)
    bad = svc.client.post("/login", data={"email": "clerk@demo.example", "password": "wrong", "csrf": token})
    assert "Wrong email or password" in bad.text


def test_post_without_csrf_is_refused(sqlite_service: Service):
    svc = sqlite_service
    accepted = svc.post_eml(demo_eml("09"))
    svc.drain()
    order = svc.order_for_message(accepted["id"])
    _login(svc)
    response = svc.client.post(f"/review/orders/{order['id']}/approve", data={}, follow_redirects=False)
    assert response.status_code == 403
    response = svc.client.post(f"/review/orders/{order['id']}/approve", data={"csrf": "forged"},
                               follow_redirects=False)
    assert response.status_code == 403
    assert svc.client.get(f"/api/orders/{order['id']}").json()["status"] == "needs_review"


def test_clerk_fixes_a_line_and_approves(sqlite_service: Service):
    svc = sqlite_service
    accepted = svc.post_eml(demo_eml("09"))
    svc.drain()
    order = svc.order_for_message(accepted["id"])
    csrf = _login(svc)
    queue = svc.client.get("/review").text
    assert f"/review/orders/{order['id']}" in queue
    assert "GLS-SAF-SKM" in queue  # the reason names what was written
    line = next(ln for ln in order["lines"] if ln["reasons"])
    page = svc.client.get(f"/review/orders/{order['id']}").text
    assert 'class="line doubtful"' in page
    svc.client.post(f"/review/orders/{order['id']}/lines/{line['id']}",
                    data={"csrf": csrf, "sku": line["candidates"][0]["sku"], "quantity": "4"})
    svc.client.post(f"/review/orders/{order['id']}/approve", data={"csrf": csrf})
    svc.drain()
    after = svc.client.get(f"/review/orders/{order['id']}").text
    assert "shipped" in after
    assert "clerk@demo.example" in after  # the history shows who changed what
    edited = next(ln for ln in svc.client.get(f"/api/orders/{order['id']}").json()["lines"] if ln["id"] == line["id"])
    assert float(edited["quantity"]) == 4.0


def test_rejecting_needs_a_reason(sqlite_service: Service):
    svc = sqlite_service
    accepted = svc.post_eml(demo_eml("11"))
    svc.drain()
    order = svc.order_for_message(accepted["id"])
    csrf = _login(svc)
    page = svc.client.post(f"/review/orders/{order['id']}/reject", data={"csrf": csrf, "reason": " "}).text
    assert "say why the order is rejected" in page
    svc.client.post(f"/review/orders/{order['id']}/reject", data={"csrf": csrf, "reason": "not our customer"})
    assert svc.client.get(f"/api/orders/{order['id']}").json()["status"] == "rejected"


def test_hostile_email_content_is_shown_as_text(sqlite_service: Service):
    svc = sqlite_service
    msg = EmailMessage()
    msg["From"] = "Jane <jane.doe@acme-retail.example>"
    msg["To"] = "orders@northwind-supply.example"
    msg["Subject"] = "PO <script>alert(1)</script>"
    msg["Message-ID"] = "<evil@acme-retail.example>"
    msg.set_content("PO Number: X-1\n10 x <img src=x onerror=alert(2)>-GLV\n5 x TAPE-48-CLR\n")
    accepted = svc.post_eml(msg.as_bytes(policy=SMTP))
    svc.drain()
    order = svc.order_for_message(accepted["id"])
    _login(svc)
    for url in ("/review", f"/review/orders/{order['id']}", f"/review/messages/{accepted['id']}"):
        html = svc.client.get(url).text
        assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert "&lt;img src=x onerror=alert(2)&gt;" in svc.client.get(f"/review/orders/{order['id']}").text


def test_api_writes_with_only_the_login_cookie_need_the_csrf_header(sqlite_service: Service):
    svc = sqlite_service
    accepted = svc.post_eml(demo_eml("11"))
    svc.drain()
    order = svc.order_for_message(accepted["id"])
    csrf = _login(svc)  # drops the bearer token: from here on only the session cookie speaks
    assert svc.client.get(f"/api/orders/{order['id']}").status_code == 200
    refused = svc.client.post(f"/api/orders/{order['id']}/reject", json={"reason": "spam"})
    assert refused.status_code == 403
    allowed = svc.client.post(f"/api/orders/{order['id']}/reject", json={"reason": "spam"},
                              headers={"X-CSRF-Token": csrf})
    assert allowed.status_code == 200 and allowed.json()["status"] == "rejected"
