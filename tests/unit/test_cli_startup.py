"""Start-up: what importing the command, and the modules every command opens the database with, brings in.

Each check runs in a fresh interpreter (this test process has imported everything long ago) and reads its
`sys.modules`. No timings here: bench/startup.py measures them; these tests keep the heavy imports where
they are used, so the gain cannot slip back unnoticed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

# Imported by no command's help: the database layer, the settings' pydantic machinery, the worker and what
# it brings (extractors, matching, spaCy), and the drivers and readers of one database or one format.
HEAVY = ("sqlalchemy", "alembic", "pydantic_settings", "spacy", "thinc", "numpy", "psycopg", "openpyxl",
         "orchestration.worker", "orchestration.process_message", "extractors", "matching")


def _modules_after(code: str) -> set[str]:
    """The module names a fresh interpreter holds after running `code` in the repository."""
    script = f"import json, sys\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True,
                          timeout=120, check=True)
    return set(json.loads(done.stdout.splitlines()[-1]))


def _loaded(modules: set[str], packages: tuple[str, ...]) -> list[str]:
    return sorted(p for p in packages if any(m == p or m.startswith(p + ".") for m in modules))


def test_importing_the_command_imports_nothing_heavy():
    """GIVEN a fresh interpreter WHEN it imports cli THEN none of the heavy packages is loaded: they are
    imported inside the commands that use them."""
    assert _loaded(_modules_after("import cli"), HEAVY) == []


def test_help_imports_nothing_heavy():
    """GIVEN a fresh interpreter WHEN it prints `order-intake --help` and `order-intake ingest --help` THEN
    none of the heavy packages is loaded: help reads only the commands' signatures."""
    code = ("import cli\n"
            "for argv in (['--help'], ['ingest', '--help']):\n"
            "    try:\n"
            "        cli.app(argv)\n"
            "    except SystemExit:\n"
            "        pass")
    assert _loaded(_modules_after(code), HEAVY) == []


def test_opening_the_database_module_leaves_matching_and_drivers_out():
    """GIVEN a fresh interpreter WHEN it imports bootstrap (every database command opens the database
    through it) THEN the master-data importers' matching and numpy, the PostgreSQL driver, the worker and
    alembic (imported only when the schema is behind) are not loaded."""
    loaded = _loaded(_modules_after("import bootstrap"), HEAVY)
    assert loaded == ["pydantic_settings", "sqlalchemy"]


@pytest.mark.slow  # the worker's import takes a second
def test_the_worker_leaves_out_the_postgres_driver_and_the_spreadsheet_reader():
    """GIVEN a fresh interpreter WHEN it imports the worker THEN psycopg (PostgreSQL's notifications only) and
    openpyxl (spreadsheets only) are not loaded, nor spaCy, built when a text body is first read."""
    loaded = _loaded(_modules_after("import orchestration.worker"), ("psycopg", "openpyxl", "spacy"))
    assert loaded == []
