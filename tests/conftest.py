"""Shared fixtures: a fresh database per test (SQLite, or PostgreSQL for the tests that ask for it),
the demo data, the real app, a private Dovecot, Tesseract. What they start and build lives in
tests/support; this file only turns it into fixtures. A fresh database is a copy of one built once per
session (tests/support/templates.py): the schema at head, with the demo data when the test asks for it."""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from bootstrap import load_demo, open_database
from config import Settings
from models.db import Database
from tests.support import postgres
from tests.support.dovecot import Dovecot
from tests.support.environment import memory_backed_tmp, unavailable
from tests.support.scans import needs_tesseract
from tests.support.service import Service, make_settings
from tests.support.smtp import Inbox, SmtpServer, free_port
from tests.support.templates import DatabaseTemplates

BROWSER_TESTS = Path(__file__).resolve().parent / "browser"


def pytest_configure(config: pytest.Config) -> None:
    """Temporary files (tmp_path, the databases, the homes of served apps and worker processes, which
    inherit TMPDIR) go to memory where the machine has room for them, unless TMPDIR says otherwise."""
    if "TMPDIR" in os.environ:
        return
    folder = memory_backed_tmp()
    if folder is not None:
        os.environ["TMPDIR"] = str(folder)
        tempfile.tempdir = str(folder)  # gettempdir() may have been asked, and remembered, already


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The service markers (registered in pyproject.toml) follow from what a test uses, so that nobody
    has to remember them: PostgreSQL through its fixtures (pg_url, pg_schema_url, pg_demo_url) or a
    "postgresql" parameter (the service fixture's, or a test's own backend), Dovecot through its fixture,
    the browser by folder."""
    for item in items:
        used = set(getattr(item, "fixturenames", ()))
        params = item.callspec.params.values() if hasattr(item, "callspec") else ()
        if used & {"pg_url", "pg_schema_url", "pg_demo_url", "postgres_server"} or "postgresql" in params:
            item.add_marker(pytest.mark.postgres)
        if "dovecot" in used:
            item.add_marker(pytest.mark.imap)
        if BROWSER_TESTS in item.path.resolve().parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def database_templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DatabaseTemplates]:
    """The session's template databases, each built the first time a test needs it."""
    templates = DatabaseTemplates(tmp_path_factory.mktemp("database-templates"))
    yield templates
    templates.drop_postgres()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path)


@pytest.fixture
def db(settings: Settings, database_templates: DatabaseTemplates, request: pytest.FixtureRequest) -> Iterator[Database]:
    """A fresh SQLite database at the newest schema; with the demo data when the test asks for demo_db
    (then db and demo_db are the same database)."""
    kind = "demo" if "demo_db" in request.fixturenames else "schema"
    database_templates.copy_sqlite(settings.resolved_database_url, kind)
    database = open_database(settings)
    yield database
    database.dispose()


@pytest.fixture
def demo_db(db: Database, settings: Settings) -> Database:
    """The test's database with the demo's master data and users (already there in the copy: load_demo
    only checks, unless another fixture made the file first)."""
    load_demo(db, settings)
    return db


# ---------------------------------------------------------------- PostgreSQL


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A PostgreSQL server URL: the one on 127.0.0.1:5432 when it answers, else a throwaway cluster."""
    with postgres.postgres_server() as url:
        yield url


@pytest.fixture
def pg_url(postgres_server: str) -> Iterator[str]:
    """A fresh, empty database on the PostgreSQL server, dropped after the test."""
    with postgres.fresh_database(postgres_server) as url:
        yield url


@pytest.fixture
def pg_schema_url(postgres_server: str, database_templates: DatabaseTemplates) -> Iterator[str]:
    """A fresh database on the PostgreSQL server at the newest schema, with no data; dropped after."""
    template = database_templates.postgres_template(postgres_server, "schema")
    with postgres.fresh_database(postgres_server, template) as url:
        yield url


@pytest.fixture
def pg_demo_url(postgres_server: str, database_templates: DatabaseTemplates) -> Iterator[str]:
    """A fresh database on the PostgreSQL server at the newest schema with the demo data, dropped after."""
    template = database_templates.postgres_template(postgres_server, "demo")
    with postgres.fresh_database(postgres_server, template) as url:
        yield url


# ---------------------------------------------------------------- the real app


# The PostgreSQL runs need a server (and the session's first builds its template databases, seconds): they
# are left out of the fast loop (pytest -m "not slow"), the SQLite ones stay.
ON_POSTGRESQL = pytest.param("postgresql", marks=pytest.mark.slow)


@pytest.fixture(params=["sqlite", ON_POSTGRESQL])
def service(request: pytest.FixtureRequest, tmp_path: Path, database_templates: DatabaseTemplates) -> Iterator[Service]:
    """The real app on the embedded default and on PostgreSQL: every test using it runs on both."""
    url = request.getfixturevalue("pg_demo_url") if request.param == "postgresql" else None
    yield from _service(tmp_path, database_templates, url)


@pytest.fixture
def sqlite_service(tmp_path: Path, database_templates: DatabaseTemplates) -> Iterator[Service]:
    yield from _service(tmp_path, database_templates)


def _service(home: Path, templates: DatabaseTemplates, url: str | None = None) -> Iterator[Service]:
    settings = make_settings(home, url)
    if url is None:
        templates.copy_sqlite(settings.resolved_database_url, "demo")
    database = open_database(settings)
    svc = Service(settings, database)
    yield svc
    svc.client.close()
    database.dispose()


# ---------------------------------------------------------------- Dovecot, Tesseract


@pytest.fixture
def dovecot() -> Iterator[Dovecot]:
    """A fresh private Dovecot for each test (it starts in about 0.1 s; killed afterwards, not stopped
    cleanly, which takes it seconds: its folder is thrown away)."""
    if shutil.which("dovecot") is None:
        unavailable("dovecot is not installed (make test installs it)")
    folder = Path("/tmp") / f"oi-dv-{uuid.uuid4().hex[:8]}"  # short: Dovecot's socket paths are limited
    server = Dovecot(folder)
    server.start()
    yield server
    server.kill()
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def tesseract() -> None:
    """The tesseract command: a test using this is skipped without it (fails in CI)."""
    needs_tesseract()


@pytest.fixture(scope="module")
def smtp_server() -> Iterator[SmtpServer]:
    """A real SMTP server on 127.0.0.1 for a module's tests (acknowledgements, questions, EDI answers)."""
    server = SmtpServer(free_port())
    server.start()
    yield server
    server.stop()


@pytest.fixture
def inbox(smtp_server: SmtpServer) -> Inbox:
    """The SMTP server's mail, emptied for each test."""
    smtp_server.inbox.received.clear()
    return smtp_server.inbox
