"""The browser tests' world: the real app served by `order-intake serve` in its own process (SQLite,
demo data, embedded worker), Debian's Chromium driven by Playwright, and a clerk's login."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from tests.support.environment import DEMO, REPO, free_port

CLI = str(Path(sys.executable).with_name("order-intake"))
CHROMIUM = "/usr/bin/chromium"
# From ../shared/recipes: without the background-networking flags Chromium keeps calling outside hosts.
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
         "--no-first-run"]
ARTIFACTS = REPO / "test-artifacts"
CLERK = ("clerk@demo.example", "demo-clerk")
ADMIN = ("admin@demo.example", "demo-admin")


@dataclass
class Server:
    """The served app: its base URL, its home folder and an API client."""

    base: str
    home: Path
    api: httpx.Client  # speaks with an admin's API token

    def post_eml(self, raw: bytes) -> int:
        response = self.api.post("/api/messages", content=raw, headers={"Content-Type": "message/rfc822"})
        assert response.status_code in (200, 201), response.text
        return int(response.json()["id"])

    def wait(self, predicate, what: str, timeout: float = 60.0):  # type: ignore[no-untyped-def]
        # Waiting for the embedded worker, not measuring it: the timeout only ends a hung test.
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            result = predicate()
            if result:
                return result
            time.sleep(0.2)
        raise AssertionError(f"timed out waiting for {what}")

    def order_of(self, message_id: int) -> dict:
        def found():  # type: ignore[no-untyped-def]
            detail = self.api.get(f"/api/messages/{message_id}").json()
            return detail["order_ids"][0] if detail.get("order_ids") else None
        order_id = self.wait(found, f"message {message_id} to become an order")
        return self.api.get(f"/api/orders/{order_id}").json()


def database_url(home: Path) -> str:
    """The served app's database."""
    return f"sqlite:///{home}/app.db"


def _env(home: Path) -> dict[str, str]:
    return {**os.environ, "ORDER_INTAKE_HOME": str(home), "ORDER_INTAKE_DATABASE_URL": database_url(home),
            "ORDER_INTAKE_POLL_INTERVAL_S": "0.2", "ORDER_INTAKE_DEMO_DIR": str(DEMO),
            "ORDER_INTAKE_SECRET_KEY": "browser-test-secret", "ORDER_INTAKE_CONFIG": "/dev/null/none"}


@contextmanager
def serve(home: Path, extra_env: dict[str, str] | None = None) -> Iterator[Server]:
    """`order-intake serve` on a free 127.0.0.1 port, with the demo's master data and users; SIGTERM on exit.
    `extra_env`: more settings (ORDER_INTAKE_...), such as an SMTP server for the acknowledgements."""
    env = {**_env(home), **(extra_env or {})}
    token = _prepare(home)
    port = free_port()
    log = (home / "serve.log").open("w")
    proc = subprocess.Popen([CLI, "serve", "--port", str(port)], cwd=home, env=env, stdout=log,
                            stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    api = httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=10)
    srv = Server(base, home, api)

    def up() -> bool:
        if proc.poll() is not None:
            raise AssertionError("the server ended: " + (home / "serve.log").read_text()[-2000:])
        try:
            return httpx.get(f"{base}/login", timeout=1).status_code == 200
        except httpx.HTTPError:
            return False
    srv.wait(up, "the server to answer")
    yield srv
    api.close()
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(20)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


def _prepare(home: Path) -> str:
    """The demo's master data and users, and an admin API token, written before the server starts."""
    from bootstrap import load_demo, open_database
    from config import Settings
    from web.accounts import create_api_token, ensure_user

    settings = Settings(home=home, database_url=database_url(home), demo_dir=DEMO,
                        secret_key="browser-test-secret")
    db = open_database(settings)
    try:
        load_demo(db, settings)
        with db.session() as s:
            token = create_api_token(s, ensure_user(s, *ADMIN, role="admin"), "browser tests")
    finally:
        db.dispose()
    return token


def login(page, who: tuple[str, str] = CLERK) -> None:  # type: ignore[no-untyped-def]
    page.goto("/login")
    page.get_by_label("Email").fill(who[0])
    page.get_by_label("Password").fill(who[1])
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/review")


def screenshot(page, name: str) -> Path:  # type: ignore[no-untyped-def]
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path), full_page=True)
    return path


# A known buyer's (Delta Logistics') order with one line for a clerk: `typo` is that line ("GLV-NIT-M-BLUU - 4
# BX", a SKU one letter off ours), the other line is clean. Formatted with `po` and `typo`.
TYPO_ORDER = """Hi,

Please ship:

{typo}
VEST-HV-XL-YEL - 12 EA

PO Number: {po}
Order Date: 2026-11-20

Thanks,
Robert Chen
Purchasing | Delta Logistics Inc.
"""
