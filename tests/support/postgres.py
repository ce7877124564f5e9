"""PostgreSQL for the tests: the server on 127.0.0.1:5432 when it answers, else a throwaway cluster
(scripts/services.sh), and a fresh database on it per test (empty, or a copy of a template database:
tests/support/templates.py), dropped afterwards."""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text

from tests.support.environment import REPO, answers, free_port, unavailable

LOCAL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def _unavailable(reason: str) -> None:
    unavailable(reason, "PostgreSQL")


@contextmanager
def postgres_server() -> Iterator[str]:
    """A PostgreSQL server URL: $TEST_DATABASE_URL, the one on 127.0.0.1:5432 when it answers, else a
    throwaway cluster, stopped and removed on exit."""
    if os.environ.get("TEST_DATABASE_URL"):
        yield os.environ["TEST_DATABASE_URL"]
        return
    # TEST_POSTGRES_THROWAWAY=1 takes the path of a machine without a server, even where one runs.
    if answers("127.0.0.1", 5432) and not os.environ.get("TEST_POSTGRES_THROWAWAY"):
        yield LOCAL
        return
    folder = Path("/tmp") / f"oi-pg-{uuid.uuid4().hex[:8]}"  # short: the socket path has a length limit
    script = REPO / "scripts" / "services.sh"
    started = subprocess.run(["bash", str(script), "start_throwaway_postgres", str(folder), str(free_port())],
                             capture_output=True, text=True)
    if started.returncode != 0:
        _unavailable(f"could not start a throwaway PostgreSQL: {started.stderr.strip()[-500:]}")
    try:
        yield started.stdout.strip()
    finally:
        subprocess.run(["bash", str(script), "stop_throwaway_postgres", str(folder)], capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


def create_database(server_url: str, name: str, template: str | None = None) -> None:
    """CREATE DATABASE on the server, empty or as a copy of `template` (nobody may be connected to it).

    Its commits do not wait for the write-ahead log to reach the disk (synchronous_commit off, for this
    database only): an fsync is ~3.5 ms on this machine, and the tests check what commits, locks and
    isolation do, never whether a commit survives a crash of the server."""
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")))
            conn.execute(text(f'ALTER DATABASE "{name}" SET synchronous_commit = off'))
    except Exception as exc:
        _unavailable(f"PostgreSQL at {server_url} refused: {exc}")
    finally:
        admin.dispose()


@contextmanager
def fresh_database(server_url: str, template: str | None = None) -> Iterator[str]:
    """A new database on the server (its URL), empty or a copy of the database named `template`;
    dropped on exit even while connections remain."""
    name = f"oi_test_{uuid.uuid4().hex[:12]}"
    create_database(server_url, name, template)
    base, _, _ = server_url.rpartition("/")
    try:
        yield f"{base}/{name}"
    finally:
        admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        finally:
            admin.dispose()
