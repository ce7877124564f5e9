"""Shared fixtures: a fresh database per test (SQLite, or PostgreSQL for the tests that ask for it),
the demo data, and the real app."""

from __future__ import annotations

import importlib.util
import os
import shutil
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from sqlalchemy import create_engine, text

from bootstrap import load_demo, open_database
from config import Settings
from models.db import Database

REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "demo"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def make_settings(home: Path, url: str | None = None) -> Settings:
    return Settings(home=home, database_url=url or f"sqlite:///{home}/test.db", embedded_worker=False,
                    embedded_maildir_poller=False, demo_dir=DEMO, secret_key="test-secret",
                    poll_interval_s=0.2)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path)


@pytest.fixture
def db(settings: Settings) -> Iterator[Database]:
    database = open_database(settings)
    yield database
    database.dispose()


@pytest.fixture
def demo_db(db: Database, settings: Settings) -> Database:
    load_demo(db, settings)
    return db


# ---------------------------------------------------------------- PostgreSQL


def _answers(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _unavailable(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"PostgreSQL is required in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def postgres_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A PostgreSQL server URL: the one on 127.0.0.1:5432 when it answers, else a throwaway cluster."""
    if os.environ.get("TEST_DATABASE_URL"):
        yield os.environ["TEST_DATABASE_URL"]
        return
    # TEST_POSTGRES_THROWAWAY=1 takes the path of a machine without a server, even where one runs.
    if _answers("127.0.0.1", 5432) and not os.environ.get("TEST_POSTGRES_THROWAWAY"):
        yield "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
        return
    folder = Path("/tmp") / f"oi-pg-{uuid.uuid4().hex[:8]}"  # short: the socket path has a length limit
    script = REPO / "scripts" / "services.sh"
    started = subprocess.run(["bash", str(script), "start_throwaway_postgres", str(folder), str(_free_port())],
                             capture_output=True, text=True)
    if started.returncode != 0:
        _unavailable(f"could not start a throwaway PostgreSQL: {started.stderr.strip()[-500:]}")
    try:
        yield started.stdout.strip()
    finally:
        subprocess.run(["bash", str(script), "stop_throwaway_postgres", str(folder)], capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def pg_url(postgres_server: str) -> Iterator[str]:
    """A fresh database on the PostgreSQL server, dropped after the test."""
    name = f"oi_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(postgres_server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:
        admin.dispose()
        _unavailable(f"PostgreSQL at {postgres_server} refused: {exc}")
    base, _, _ = postgres_server.rpartition("/")
    yield f"{base}/{name}"
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


# ---------------------------------------------------------------- the real app


class Service:
    """The app under test with its database, an API client and a worker to drain the queue."""

    def __init__(self, settings: Settings, db: Database) -> None:
        from fastapi.testclient import TestClient

        from app import create_app
        from orchestration.worker import Worker
        from review_ui.auth import create_api_token, ensure_user

        load_demo(db, settings)
        self.settings, self.db = settings, db
        self.app = create_app(settings, db)
        self.client = TestClient(self.app)
        self.worker = Worker(db, settings)
        with db.session() as s:
            user = ensure_user(s, "api@test.example", "api-password", "admin")
            self.token = create_api_token(s, user, "tests")
        self.client.headers["Authorization"] = f"Bearer {self.token}"

    def post_eml(self, raw: bytes) -> dict:
        response = self.client.post("/api/messages", content=raw, headers={"Content-Type": "message/rfc822"})
        assert response.status_code in (200, 201), response.text
        return response.json()

    def drain(self) -> int:
        return self.worker.run_until_idle()

    def order_for_message(self, message_id: int) -> dict:
        detail = self.client.get(f"/api/messages/{message_id}").json()
        assert detail["order_ids"], detail
        return self.client.get(f"/api/orders/{detail['order_ids'][0]}").json()


@pytest.fixture(params=["sqlite", "postgresql"])
def service(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Service]:
    """The real app on the embedded default and on PostgreSQL: every test using it runs on both."""
    url = request.getfixturevalue("pg_url") if request.param == "postgresql" else None
    settings = make_settings(tmp_path, url)
    database = open_database(settings)
    svc = Service(settings, database)
    yield svc
    svc.client.close()
    database.dispose()


@pytest.fixture
def sqlite_service(tmp_path: Path) -> Iterator[Service]:
    settings = make_settings(tmp_path)
    database = open_database(settings)
    svc = Service(settings, database)
    yield svc
    svc.client.close()
    database.dispose()


def load_bench(name: str) -> ModuleType:
    """A script of bench/ as a module (bench/ is no package), so a test runs what the benchmark measures."""
    module_name = f"bench_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, REPO / "bench" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module  # dataclasses look their module up by name while it loads
    spec.loader.exec_module(module)
    return module


def demo_eml(name: str) -> bytes:
    return next(DEMO.glob(f"{name}*.eml")).read_bytes()


# ---------------------------------------------------------------- Dovecot


class Dovecot:
    """A private Dovecot IMAP server on 127.0.0.1 (plain IMAP and IMAPS), with two users."""

    USERS = {"orders": "orders-pass", "other": "other-pass"}

    def __init__(self, folder: Path) -> None:
        self.folder, self.port, self.ssl_port = folder, _free_port(), _free_port()
        self.cafile = folder / "cert.pem"

    def start(self) -> None:
        env = {**os.environ, "DOVECOT_USERS": " ".join(f"{u}:{p}" for u, p in self.USERS.items()),
               "DOVECOT_SSL_PORT": str(self.ssl_port)}
        done = subprocess.run(["bash", str(REPO / "scripts" / "services.sh"), "start_dovecot", str(self.port),
                               str(self.folder)], env=env, capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"dovecot did not start: {done.stderr[-800:]}")

    def stop(self) -> None:
        subprocess.run(["bash", str(REPO / "scripts" / "services.sh"), "stop_dovecot", str(self.folder)],
                       capture_output=True)

    def client(self, user: str = "orders"):  # type: ignore[no-untyped-def]
        from imapclient import IMAPClient

        client = IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=10)
        client.login(user, self.USERS[user])
        return client

    def append(self, raw: bytes, folder: str = "INBOX", user: str = "orders") -> None:
        with self.client(user) as c:
            if not c.folder_exists(folder):
                c.create_folder(folder)
            c.append(folder, raw)

    def count(self, folder: str = "INBOX", user: str = "orders") -> int:
        with self.client(user) as c:
            if not c.folder_exists(folder):
                return 0
            return int(c.folder_status(folder, [b"MESSAGES"])[b"MESSAGES"])

    def mailbox(self, name: str = "orders", user: str = "orders", **overrides: object):  # type: ignore[no-untyped-def]
        from pydantic import SecretStr

        from config import MailboxConfig

        values: dict[str, object] = {"name": name, "host": "127.0.0.1", "port": self.port, "security": "none",
                                     "user": user, "password": SecretStr(self.USERS.get(user, "x")),
                                     "poll_interval_s": 1.0, "timeout_s": 5.0}
        values.update(overrides)
        return MailboxConfig(**values)  # type: ignore[arg-type]


@pytest.fixture
def dovecot() -> Iterator[Dovecot]:
    """A fresh private Dovecot for each test (it starts in about 0.1 s)."""
    if shutil.which("dovecot") is None:
        _unavailable_service("dovecot is not installed (make test installs it)")
    folder = Path("/tmp") / f"oi-dv-{uuid.uuid4().hex[:8]}"  # short: Dovecot's socket paths are limited
    server = Dovecot(folder)
    server.start()
    yield server
    server.stop()
    shutil.rmtree(folder, ignore_errors=True)


def _unavailable_service(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"required in CI: {reason}")
    pytest.skip(reason)
