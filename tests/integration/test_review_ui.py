"""The review screen through HTTP: login, queue, fix a line, approve; refusals without login or CSRF."""

from __future__ import annotations

from collections.abc import Iterator
from email.message import EmailMessage
from email.policy import SMTP

import pytest

from tests.support.messages import demo_eml
from tests.support.service import Service, csrf_of, log_in
from tests.support.templates import DatabaseTemplates


@pytest.mark.slow
def test_pages_need_a_login(sqlite_service: Service):
    svc = sqlite_service
    svc.client.headers.pop("Authorization")
    response = svc.client.get("/review", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].startswith("/login")
    token = csrf_of(svc.client.get("/login").text)
    bad = svc.client.post("/login", data={"email": "clerk@demo.example", "password": "wrong", "csrf": token})
    assert "Wrong email or password" in bad.text


@pytest.mark.slow
def test_post_without_csrf_is_refused(sqlite_service: Service):
    svc = sqlite_service
    accepted = svc.post_eml(demo_eml("09"))
    svc.drain()
    order = svc.order_for_message(accepted["id"])
    log_in(svc)
    response = svc.client.post(f"/review/orders/{order['id']}/approve", data={}, follow_redirects=False)
    assert response.status_code == 403
    response = svc.client.post(f"/review/orders/{order['id']}/approve", data={"csrf": "forged"},
                               follow_redirects=False)
    assert response.status_code == 403
    assert svc.client.get(f"/api/orders/{order['id']}").json()["status"] == "needs_review"


@pytest.mark.slow
def test_clerk_fixes_a_line_and_approves(sqlite_service: Service):
    svc = sqlite_service
    accepted = svc.post_eml(demo_eml("09"))
    svc.drain()
    order = svc.order_for_message(accepted["id"])
    csrf = log_in(svc)
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


@pytest.mark.slow
def test_rejecting_needs_a_reason(sqlite_service: Service):
    svc = sqlite_service
    accepted = svc.post_eml(demo_eml("11"))
    svc.drain()
    order = svc.order_for_message(accepted["id"])
    csrf = log_in(svc)
    page = svc.client.post(f"/review/orders/{order['id']}/reject", data={"csrf": csrf, "reason": " "}).text
    assert "say why the order is rejected" in page
    svc.client.post(f"/review/orders/{order['id']}/reject", data={"csrf": csrf, "reason": "not our customer"})
    assert svc.client.get(f"/api/orders/{order['id']}").json()["status"] == "rejected"


@pytest.mark.slow
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
    log_in(svc)
    for url in ("/review", f"/review/orders/{order['id']}", f"/review/messages/{accepted['id']}"):
        html = svc.client.get(url).text
        assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert "&lt;img src=x onerror=alert(2)&gt;" in svc.client.get(f"/review/orders/{order['id']}").text


@pytest.mark.slow
def test_api_writes_with_only_the_login_cookie_need_the_csrf_header(sqlite_service: Service):
    svc = sqlite_service
    accepted = svc.post_eml(demo_eml("11"))
    svc.drain()
    order = svc.order_for_message(accepted["id"])
    csrf = log_in(svc)  # drops the bearer token: from here on only the session cookie speaks
    assert svc.client.get(f"/api/orders/{order['id']}").status_code == 200
    refused = svc.client.post(f"/api/orders/{order['id']}/reject", json={"reason": "spam"})
    assert refused.status_code == 403
    allowed = svc.client.post(f"/api/orders/{order['id']}/reject", json={"reason": "spam"},
                              headers={"X-CSRF-Token": csrf})
    assert allowed.status_code == 200 and allowed.json()["status"] == "rejected"


COOKIE = "order_intake_session"


def _copy_of_the_cookie(svc: Service):  # type: ignore[no-untyped-def]
    """Another browser holding a copy of the clerk's login cookie (as a thief would)."""
    from fastapi.testclient import TestClient

    thief = TestClient(svc.app)
    thief.cookies.set(COOKIE, svc.client.cookies[COOKIE])
    return thief


@pytest.mark.slow
def test_logout_ends_the_session_even_for_a_copied_cookie(sqlite_service: Service):
    """GIVEN a clerk logged in, and a copy of their cookie in another browser
    WHEN the clerk logs out
    THEN the copy is refused too, by the pages and the API; only a hash of the login's id is stored."""
    import base64
    import hashlib
    import json

    from sqlalchemy import select

    from models.tables import UserSession

    svc = sqlite_service
    csrf = log_in(svc)
    thief = _copy_of_the_cookie(svc)
    assert thief.get("/review", follow_redirects=False).status_code == 200
    payload = json.loads(base64.b64decode(svc.client.cookies[COOKIE].split(".")[0] + "=="))
    sid = payload["sid"]
    with svc.db.session() as s:
        digest = hashlib.sha256(sid.encode()).hexdigest()
        login = s.scalar(select(UserSession).where(UserSession.token_sha256 == digest))
        assert login is not None and login.ended_at is None and sid not in repr(vars(login))

    assert svc.client.post("/logout", data={"csrf": csrf}, follow_redirects=False).status_code == 303
    refused = thief.get("/review", follow_redirects=False)
    assert refused.status_code == 303 and refused.headers["location"].startswith("/login")
    assert thief.get("/api/orders").status_code == 401
    assert svc.client.get("/review", follow_redirects=False).status_code == 303
    with svc.db.session() as s:
        assert s.get(UserSession, login.id).ended_reason == "logout"
    thief.close()


@pytest.mark.slow
def test_a_new_password_disabling_or_an_admin_ends_a_users_logins(sqlite_service: Service):
    """GIVEN a clerk logged in (and a copy of the cookie)
    WHEN an admin sets the clerk's password, ends the clerk's logins, or disables the clerk
    THEN each time the clerk's open logins end; re-enabling the clerk brings none back."""
    from fastapi.testclient import TestClient
    from sqlalchemy import select

    from models.tables import AuditEvent, User

    svc = sqlite_service
    with svc.db.session() as s:
        clerk_id = s.scalar(select(User.id).where(User.email == "clerk@demo.example"))
    admin = TestClient(svc.app)
    admin_csrf = csrf_of(admin.get("/login").text)
    admin.post("/login", data={"email": "admin@demo.example", "password": "demo-admin", "csrf": admin_csrf})
    admin_csrf = csrf_of(admin.get("/review/admin/users").text)

    def clerk_is_in(password: str = "demo-clerk") -> bool:
        log_in(svc, "clerk@demo.example", password)
        thief = _copy_of_the_cookie(svc)
        assert "1, last seen" in admin.get("/review/admin/users").text.split('data-user="clerk@demo.example"')[1] \
            .split("</tr>")[0]
        return thief.get("/review", follow_redirects=False).status_code == 200

    assert clerk_is_in()
    done = admin.post(f"/review/admin/users/{clerk_id}/password",
                      data={"csrf": admin_csrf, "password": "a-new-clerk-password"}).text
    assert "1 open login(s) ended" in done
    assert svc.client.get("/review", follow_redirects=False).status_code == 303
    assert "Wrong email or password" in svc.client.post(
        "/login", data={"email": "clerk@demo.example", "password": "demo-clerk",
                        "csrf": csrf_of(svc.client.get("/login").text)}).text

    assert clerk_is_in("a-new-clerk-password")
    admin.post(f"/review/admin/users/{clerk_id}/logout", data={"csrf": admin_csrf})
    assert svc.client.get("/review", follow_redirects=False).status_code == 303

    assert clerk_is_in("a-new-clerk-password")
    admin.post(f"/review/admin/users/{clerk_id}", data={"csrf": admin_csrf, "role": "clerk", "active": "no"})
    admin.post(f"/review/admin/users/{clerk_id}", data={"csrf": admin_csrf, "role": "clerk", "active": "yes"})
    assert svc.client.get("/review", follow_redirects=False).status_code == 303  # not back with the account
    assert admin.get("/review/admin/users", follow_redirects=False).status_code == 200  # the admin stays in
    with svc.db.session() as s:
        actions = s.scalars(select(AuditEvent.action).where(AuditEvent.entity == "user",
                                                            AuditEvent.entity_id == clerk_id)).all()
    assert {"set_password", "end_sessions", "edit"} <= set(actions)
    admin.close()


def _set_cookie_flags(svc: Service, **settings: object) -> set[str]:
    """The attributes of the login cookie an app with these settings sets when a clerk logs in."""
    from fastapi.testclient import TestClient

    from app import create_app
    from tests.support.service import make_settings

    configured = make_settings(svc.settings.home)
    for name, value in settings.items():
        setattr(configured, name, value)
    with TestClient(create_app(configured, svc.db), base_url="https://testserver") as browser:
        token = csrf_of(browser.get("/login").text)
        response = browser.post("/login", data={"email": "clerk@demo.example", "password": "demo-clerk",
                                                "csrf": token}, follow_redirects=False)
    assert response.status_code == 303, response.text
    cookie = next(c for c in response.headers.get_list("set-cookie") if c.startswith(f"{COOKIE}="))
    parts = [part.strip().lower() for part in cookie.split(";")[1:]]
    return {part if part.startswith("samesite") else part.split("=")[0] for part in parts}


@pytest.mark.slow
def test_session_cookie_flags(sqlite_service: Service):
    """The login cookie is HttpOnly and SameSite=Strict always, Secure whenever the service's public
    address is https; `secure_cookies` overrides either way."""
    svc = sqlite_service
    plain = _set_cookie_flags(svc)
    assert {"httponly", "samesite=strict"} <= plain and "secure" not in plain
    behind_https = _set_cookie_flags(svc, public_base_url="https://orders.northwind-supply.example")
    assert {"httponly", "samesite=strict", "secure"} <= behind_https
    assert "secure" not in _set_cookie_flags(svc, public_base_url="https://orders.example", secure_cookies=False)
    assert "secure" in _set_cookie_flags(svc, secure_cookies=True)


def _flat(routes: list) -> Iterator:  # type: ignore[type-arg]
    for route in routes:
        included = getattr(route, "original_router", None)  # FastAPI keeps an included router whole
        yield from _flat(included.routes) if included is not None else (route,)


def _review_post_routes(routes: list) -> list[str]:  # type: ignore[type-arg]
    """The paths of the review screen's POST routes among `routes` (the app's, or the router's)."""
    from fastapi.routing import APIRoute

    return sorted(r.path for r in _flat(routes) if isinstance(r, APIRoute) and "POST" in r.methods
                  and r.endpoint.__module__.startswith("review_ui.routes."))


def _router_post_routes() -> list[str]:
    from review_ui.routes import router

    return _review_post_routes(router.routes)


REVIEW_POST_ROUTES = _router_post_routes()  # known when the tests are collected


@pytest.fixture(scope="module")
def csrf_world(tmp_path_factory: pytest.TempPathFactory,
               database_templates: DatabaseTemplates) -> Iterator[tuple[Service, dict[str, str]]]:
    """One app with an order in review, logged in as an admin, and real ids for every path parameter."""
    from sqlalchemy import select

    from bootstrap import open_database
    from models.tables import ApiToken, User
    from tests.support.service import make_settings

    settings = make_settings(tmp_path_factory.mktemp("csrf"))
    database_templates.copy_sqlite(settings.resolved_database_url, "demo")
    database = open_database(settings)
    svc = Service(settings, database)
    accepted = svc.post_eml(demo_eml("09"))
    svc.drain()
    order = svc.order_for_message(accepted["id"])
    log_in(svc, "admin@demo.example", "demo-admin")
    with database.session() as s:
        ids = {"order_id": str(order["id"]), "line_id": str(order["lines"][0]["id"]),
               "user_id": str(s.scalar(select(User.id).where(User.email == "clerk@demo.example"))),
               "token_id": str(s.scalar(select(ApiToken.id))), "kind": "catalog", "message_id": str(accepted["id"]),
               "number": "1"}  # a revision's number: the form is refused before it is looked up
    yield svc, ids
    svc.client.close()
    database.dispose()


@pytest.mark.slow
def test_every_review_form_is_found(csrf_world: tuple[Service, dict[str, str]]):
    """The parametrized list below is exactly the running app's review POST routes."""
    svc, _ = csrf_world
    assert _review_post_routes(svc.app.routes) == REVIEW_POST_ROUTES
    assert len(REVIEW_POST_ROUTES) >= 23 and "/review/admin/tokens" in REVIEW_POST_ROUTES


@pytest.mark.parametrize("path", REVIEW_POST_ROUTES)
@pytest.mark.parametrize("csrf", [None, "forged"], ids=["no-token", "wrong-token"])
def test_every_review_post_refuses_a_missing_or_wrong_csrf_token(csrf_world: tuple[Service, dict[str, str]],
                                                                 path: str, csrf: str | None):
    """Each POST of the review screen (found from the router, so a form added later is covered) answers
    403 to a logged-in admin's request without the page's CSRF token, and changes nothing."""
    svc, ids = csrf_world
    before = svc.client.get(f"/api/orders/{ids['order_id']}").json()
    data = {"csrf": csrf} if csrf else {}
    # Every field a form could want, and a file for the imports: only the token is missing.
    data |= {"email": "x@demo.example", "password": "long-enough-1", "reason": "r", "sku": "GLV-NIT-M-BLU",
             "quantity": "1", "name": "n", "user_id": ids["user_id"], "role": "clerk", "active": "no"}
    response = svc.client.post(path.format(**ids), data=data, follow_redirects=False,
                               files={"file": ("x.csv", b"sku,description,unit_price\n", "text/csv")})
    assert response.status_code == 403, (path, response.status_code, response.text[:200])
    after = svc.client.get(f"/api/orders/{ids['order_id']}").json()
    assert (after["status"], after["lines"], after["po_number"]) == \
        (before["status"], before["lines"], before["po_number"])


@pytest.mark.parametrize("target, landing", [("/review/dashboard", "/review/dashboard"),
                                             ("//evil.example/", "/review"), ("/\\evil.example/", "/review"),
                                             ("https://evil.example/", "/review")])
@pytest.mark.slow
def test_after_login_only_a_path_on_this_site_is_followed(sqlite_service: Service, target: str, landing: str):
    svc = sqlite_service
    svc.client.headers.pop("Authorization", None)
    token = csrf_of(svc.client.get("/login").text)
    response = svc.client.post("/login", data={"email": "clerk@demo.example", "password": "demo-clerk",
                                               "csrf": token, "next": target}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == landing
