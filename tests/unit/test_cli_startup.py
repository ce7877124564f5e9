"""Start-up: what importing the command, and the modules every command opens the database with, brings in.

Each check runs in a fresh interpreter (this test process has imported everything long ago) and reads its
`sys.modules`. No timings here: bench/startup.py measures them; these tests keep the heavy imports where
they are used, so the gain cannot slip back unnoticed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

# Imported by no command's help: the database layer, the settings' pydantic machinery, the worker and what
# it brings (extractors, matching, spaCy), and the drivers and readers of one database or one format.
HEAVY = ("sqlalchemy", "alembic", "pydantic_settings", "spacy", "thinc", "numpy", "psycopg", "openpyxl",
         "orchestration.worker", "orchestration.process_message", "extractors", "matching")


def _modules_after(code: str, env: dict[str, str] | None = None, argv: list[str] | None = None,
                   cwd: Path | None = None) -> set[str]:
    """The module names a fresh interpreter holds after running `code` in the repository (or in `cwd`, with
    the repository first on the path)."""
    script = f"import json, sys\nsys.path.insert(0, {str(REPO)!r})\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", script, *(argv or [])], cwd=cwd or REPO, capture_output=True,
                          text=True, timeout=120, check=True, env=env)
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


# What an ingest loads only when the message needs it: spaCy (and thinc, and numpy under both) when a text body has
# a count to read, alembic when the schema is behind, numpy itself when a catalog index is built, dkimpy and
# dnspython when a signature is verified here.
ON_DEMAND = ("spacy", "thinc", "alembic", "numpy", "dkim", "dns")

QUIET_ORDER = """\
From: Robin Example <robin@buyer-startup.example>
To: Orders <orders@northwind-supply.example>
Subject: Purchase order
Message-ID: <startup-test-{n}@buyer-startup.example>
Content-Type: text/plain; charset="utf-8"
MIME-Version: 1.0

Hello,

please find our purchase order attached.

Thanks,
Robin
"""


@pytest.mark.slow  # the worker's import takes a second
def test_the_modules_an_ingest_imports_load_nothing_on_demand():
    """GIVEN a fresh interpreter WHEN it imports what `order-intake ingest` opens (the database, the intake, the
    worker with the extractors and matching) THEN spaCy, alembic, numpy, dkimpy and dnspython are not loaded:
    each is imported by the code that needs it, when it does."""
    code = "import bootstrap, orchestration.accept, orchestration.worker, extractors.registry, matching.catalog"
    assert _loaded(_modules_after(code), ON_DEMAND) == []


def test_a_text_body_with_no_count_is_read_without_spacy():
    """GIVEN a body that orders nothing in words WHEN it is read THEN spaCy is not loaded (no pattern of its
    matcher can match without a count); GIVEN one with a count THEN spaCy's matcher reads it."""
    code = ("from extractors.email_text import extract_text\n"
            "quiet = extract_text('Hello,\\n\\nplease find our purchase order attached.\\n\\nThanks,\\nRobin\\n', 0)\n"
            "assert quiet.lines == [], quiet.lines\n"
            "assert 'spacy' not in sys.modules\n"
            "counted = extract_text('Hello,\\n\\nplease send 3 x WIDGET-RED-S\\n', 0)\n"
            "assert [(l.quantity, l.item_code) for l in counted.lines] == [(3, 'WIDGET-RED-S')], counted.lines")
    assert "spacy" in _modules_after(code)


@pytest.mark.slow  # two ingests in fresh interpreters
def test_an_ingest_into_a_migrated_home_loads_nothing_it_does_not_need(tmp_path: Path):
    """GIVEN a home whose database is at the newest migration WHEN `order-intake ingest` files and processes an
    email whose body names no count THEN neither spaCy nor alembic was loaded. (numpy is: the message is filed
    for a clerk, which builds the catalog index, held in numpy arrays.)"""
    emails = []
    for n in range(2):
        emails.append(tmp_path / f"order-{n}.eml")
        emails[-1].write_text(QUIET_ORDER.format(n=n))
    env = {k: v for k, v in os.environ.items() if not k.startswith("ORDER_INTAKE_")}
    env["ORDER_INTAKE_HOME"] = str(tmp_path / "home")
    code = ("import cli\n"
            "try:\n"
            "    cli.app(['ingest', sys.argv[1]])\n"
            "except SystemExit as done:\n"
            "    assert not done.code, done.code")
    first = _modules_after(code, env=env, argv=[str(emails[0])], cwd=tmp_path)  # brings the schema to the head
    assert "alembic" in first
    assert _loaded(_modules_after(code, env=env, argv=[str(emails[1])], cwd=tmp_path), ON_DEMAND) == ["numpy"]
