"""Databases built once per test session and copied for each test: the schema at head, and the same with
the demo's master data and users. A test still gets a database of its own, but it costs a file copy
(SQLite) or a CREATE DATABASE ... TEMPLATE (PostgreSQL), milliseconds, instead of the twenty migrations
and the demo import, a second or more each (seconds on PostgreSQL), which were most of the suite's
setup time.

The copies are opened with `open_database` like any other database, so the start-up path is still the
product's: it finds the schema at head and migrates nothing. The migrations themselves are exercised
where they are the subject (tests/integration/test_migrations.py and its neighbours start from empty
databases) and by building these templates, once per session."""

from __future__ import annotations

import shutil
import tempfile
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text

from bootstrap import load_demo, open_database
from tests.support import postgres
from tests.support.service import make_settings
from tests.support.tryton_server import snapshot_sqlite

# What a template holds: the schema at head ("schema"), or that and the demo data ("demo").
KINDS = ("schema", "demo")


class DatabaseTemplates:
    """The templates of one test session, built the first time a test asks for each."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._sqlite: dict[str, Path] = {}
        self._postgres: dict[str, str] = {}  # kind -> database name on the server
        self._postgres_server: str | None = None

    # ------------------------------------------------------------ SQLite

    def sqlite_file(self, kind: str) -> Path:
        """The template file of that kind, built on first use."""
        assert kind in KINDS, kind
        if kind not in self._sqlite:
            self._sqlite[kind] = self._build_sqlite(kind)
        return self._sqlite[kind]

    def _build_sqlite(self, kind: str) -> Path:
        home = Path(tempfile.mkdtemp(prefix=f"{kind}-", dir=self.folder))
        settings = make_settings(home)
        if kind == "demo":
            shutil.copyfile(self.sqlite_file("schema"), home / "test.db")
        database = open_database(settings)
        try:
            if kind == "demo":
                load_demo(database, settings)
        finally:
            database.dispose()
        template = self.folder / f"{kind}.db"
        snapshot_sqlite(home / "test.db", template)
        return template

    def copy_sqlite(self, url: str, kind: str) -> str:
        """A database of that kind where the SQLite URL points; returns the URL. A database already there
        is left as it is: two fixtures of one test (db and service) open the same file, as they did
        when each built it."""
        assert url.startswith("sqlite:///"), url
        source, target = self.sqlite_file(kind), Path(url.split("///", 1)[1])
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
        return url

    # ------------------------------------------------------------ PostgreSQL

    def postgres_template(self, server_url: str, kind: str) -> str:
        """The name of the template database of that kind on the server, built on first use."""
        assert kind in KINDS, kind
        if kind in self._postgres:
            assert server_url == self._postgres_server, "one PostgreSQL server per test session"
            return self._postgres[kind]
        self._postgres_server = server_url
        name = f"oi_template_{kind}_{uuid.uuid4().hex[:8]}"
        source = self.postgres_template(server_url, "schema") if kind == "demo" else None
        postgres.create_database(server_url, name, template=source)
        self._postgres[kind] = name
        url = f"{server_url.rpartition('/')[0]}/{name}"
        settings = make_settings(Path(tempfile.mkdtemp(prefix=f"pg-{kind}-", dir=self.folder)), url)
        database = open_database(settings)
        try:
            if kind == "demo":
                load_demo(database, settings)
        finally:
            # Nobody may stay connected to a template: CREATE DATABASE ... TEMPLATE refuses then.
            database.dispose()
        return name

    def drop_postgres(self) -> None:
        """Drop the template databases (at the end of the session)."""
        if self._postgres_server is None:
            return
        admin = create_engine(self._postgres_server, isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as conn:
                for name in self._postgres.values():
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        finally:
            admin.dispose()
        self._postgres.clear()
