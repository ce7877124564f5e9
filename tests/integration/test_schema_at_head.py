"""Starting on a database already at the newest migration: upgrade_schema only asks its revision, reading the
migrations' head from their scripts; alembic runs when there is something to migrate."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text

from models.db import MIGRATIONS_DIR, migration_heads, upgrade_schema

REPO = Path(__file__).resolve().parents[2]


def _config(url: str | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url:
        cfg.set_main_option("sqlalchemy.url", url)
    return cfg


def _revisions(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return set(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
    finally:
        engine.dispose()


def test_the_head_read_from_the_scripts_is_alembics():
    """GIVEN the migrations folder WHEN its head is read from the scripts' revision lines THEN it is the head
    alembic computes: a new migration (or a merge of two) moves both, or this fails."""
    assert migration_heads() == frozenset(ScriptDirectory.from_config(_config()).get_heads())
    assert len(migration_heads()) == 1


def test_a_database_behind_the_head_is_still_migrated(tmp_path: Path):
    """GIVEN a database one migration behind WHEN upgrade_schema runs THEN it is brought to the head (the quick
    check must not take 'has a revision' for 'is at the newest')."""
    url = f"sqlite:///{tmp_path}/behind.db"
    script = ScriptDirectory.from_config(_config())
    (head,) = script.get_heads()
    previous = script.get_revision(head).down_revision
    assert isinstance(previous, str)
    command.upgrade(_config(url), previous)
    assert _revisions(url) == {previous}
    upgrade_schema(url)
    assert _revisions(url) == {head}


def test_a_database_at_the_head_is_not_handed_to_alembic(tmp_path: Path):
    """GIVEN a database at the head WHEN a fresh interpreter runs upgrade_schema on it THEN alembic is not
    imported, and the revision is unchanged."""
    url = f"sqlite:///{tmp_path}/current.db"
    upgrade_schema(url)
    script = ("import json, sys\nfrom models.db import upgrade_schema\n"
              f"upgrade_schema({url!r})\nprint(json.dumps(sorted(sys.modules)))")
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=120,
                          check=True)
    modules = json.loads(done.stdout.splitlines()[-1])
    assert [m for m in modules if m == "alembic" or m.startswith("alembic.")] == []
    assert _revisions(url) == set(migration_heads())
