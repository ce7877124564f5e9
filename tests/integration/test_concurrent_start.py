"""Processes that start together (`serve` beside `worker`, a CLI command run while the service starts)
all bring the schema up to date on start: they must not race each other's migrations."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from models.db import upgrade_schema

STARTERS = 4
# Each child waits for the go file, so all of them run the migrations at the same moment.
CHILD = """
import sys, time
from pathlib import Path
from models.db import upgrade_schema
go = Path(sys.argv[2])
while not go.exists():
    time.sleep(0.005)
upgrade_schema(sys.argv[1])
"""


def _start_together(url: str, tmp_path: Path) -> list[subprocess.CompletedProcess[str]]:
    go = tmp_path / "go"
    children = [subprocess.Popen([sys.executable, "-c", CHILD, url, str(go)], stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parents[2])
                for _ in range(STARTERS)]
    go.touch()
    results = []
    for child in children:
        out, err = child.communicate(timeout=300)
        results.append(subprocess.CompletedProcess(child.args, child.returncode, out, err))
    return results


def _head(url: str) -> str:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    finally:
        engine.dispose()


@pytest.mark.slow
def test_processes_starting_together_on_sqlite_all_start(tmp_path: Path) -> None:
    """GIVEN a new SQLite file WHEN four processes upgrade it at the same moment THEN each succeeds
    (before the lock, all but one died with 'duplicate column name' or 'table already exists')."""
    url = f"sqlite:///{tmp_path}/race.db"
    results = _start_together(url, tmp_path)
    assert [r.returncode for r in results] == [0] * STARTERS, [r.stderr[-800:] for r in results if r.returncode]
    fresh = tmp_path / "fresh.db"
    upgrade_schema(f"sqlite:///{fresh}")
    assert _head(url) == _head(f"sqlite:///{fresh}")


@pytest.mark.slow
def test_processes_starting_together_on_postgresql_all_start(pg_url: str, tmp_path: Path) -> None:
    results = _start_together(pg_url, tmp_path)
    assert [r.returncode for r in results] == [0] * STARTERS, [r.stderr[-800:] for r in results if r.returncode]
