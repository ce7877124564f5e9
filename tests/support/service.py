"""The service the tests start in-process: test settings, the real app with the demo's master data, an
API client holding an admin's token, a worker to drain the queue; and the review screen's login."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from bootstrap import load_demo
from config import Settings
from models.db import Database
from tests.support.environment import DEMO


def make_settings(home: Path, url: str | None = None) -> Settings:
    """Settings for a test: its own home and database (SQLite in the home unless `url`), no embedded
    worker or maildir poller (a test drains the queue itself), the demo folder, a fixed secret."""
    return Settings(home=home, database_url=url or f"sqlite:///{home}/test.db", embedded_worker=False,
                    embedded_maildir_poller=False, demo_dir=DEMO, secret_key="test-secret",
                    poll_interval_s=0.2)


class Service:
    """The app under test with its database, an API client and a worker to drain the queue."""

    def __init__(self, settings: Settings, db: Database) -> None:
        from fastapi.testclient import TestClient

        from app import create_app
        from orchestration.worker import Worker
        from web.accounts import create_api_token, ensure_user

        load_demo(db, settings)
        self.settings, self.db = settings, db
        self.app = create_app(settings, db)
        self.client = TestClient(self.app)
        self.worker = Worker(db, settings)
        with db.session() as s:
            user = ensure_user(s, "api@test.example", "api-password", "admin")
            self.token = create_api_token(s, user, "tests")
        self.client.headers["Authorization"] = f"Bearer {self.token}"

    def post_eml(self, raw: bytes) -> dict[str, Any]:
        response = self.client.post("/api/messages", content=raw, headers={"Content-Type": "message/rfc822"})
        assert response.status_code in (200, 201), response.text
        return response.json()

    def drain(self) -> int:
        return self.worker.run_until_idle()

    def order_for_message(self, message_id: int) -> dict[str, Any]:
        detail = self.client.get(f"/api/messages/{message_id}").json()
        assert detail["order_ids"], detail
        return self.client.get(f"/api/orders/{detail['order_ids'][0]}").json()


def csrf_of(html: str) -> str:
    """The CSRF token a page of the review screen carries in its forms."""
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "page has no CSRF field"
    return found.group(1)


def log_in(svc: Service, email: str = "clerk@demo.example", password: str = "demo-clerk") -> str:
    """Log the service's client in to the review screen as a person (dropping the API token); returns
    the CSRF token of the queue page for the forms that follow."""
    svc.client.headers.pop("Authorization", None)
    token = csrf_of(svc.client.get("/login").text)
    response = svc.client.post("/login", data={"email": email, "password": password, "csrf": token},
                               follow_redirects=False)
    assert response.status_code == 303, response.text
    return csrf_of(svc.client.get("/review").text)
