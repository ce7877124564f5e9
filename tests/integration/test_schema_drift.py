"""The migrations build exactly the schema the ORM models describe, on SQLite and on PostgreSQL.

The database is only ever created by `alembic upgrade head` (models/db.py), so a column added to a
model without its migration, or a migration that differs from its model (type, nullability, an index),
would otherwise show up only as an error in whichever code path first touches it."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

import models.tables  # noqa: F401  (registers every table on Base.metadata)
from models.db import Base, upgrade_schema


def _differences(url: str) -> list[object]:
    upgrade_schema(url)
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            return list(compare_metadata(context, Base.metadata))
    finally:
        engine.dispose()


def test_migrations_match_the_models_on_sqlite(tmp_path: Path) -> None:
    assert _differences(f"sqlite:///{tmp_path}/schema.db") == []


def test_migrations_match_the_models_on_postgresql(pg_url: str) -> None:
    assert _differences(pg_url) == []
