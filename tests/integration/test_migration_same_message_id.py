"""Migration 0020: messages held before it stay as they were (each the first of its Message-ID); after it a
second message under a Message-ID is held, pointing to the first, while two first ones still cannot be;
and the migration goes down again unless a second message would be lost. On SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from models.db import MIGRATIONS_DIR

NOW = "2026-12-01 09:00:00"


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return request.getfixturevalue("pg_url") if request.param == "postgresql" else f"sqlite:///{tmp_path}/m.db"


def _insert(conn: sa.Connection, message_id: int, sha: str, same_as: int | None = None) -> None:
    columns = "id, source, message_id, sha256, raw, size, received_at, status"
    values = ":id, 'imap', '<a@x>', :sha, :raw, 1, :now, 'processed'"
    if same_as is not None:
        columns, values = columns + ", same_message_id_as", values + ", :same_as"
    conn.execute(sa.text(f"INSERT INTO inbound_messages ({columns}) VALUES ({values})"),
                 {"id": message_id, "sha": sha * 64, "raw": b"x", "now": NOW, "same_as": same_as})


def test_a_second_message_under_a_message_id_is_held_after_the_upgrade(url: str):
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    command.upgrade(cfg, "0019")
    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            _insert(conn, 1, "a")
        command.upgrade(cfg, "0020")
        with engine.begin() as conn:
            assert conn.execute(sa.text("SELECT same_message_id_as FROM inbound_messages")).scalar_one() is None
            _insert(conn, 2, "b", same_as=1)
        with pytest.raises(sa.exc.IntegrityError), engine.begin() as conn:
            _insert(conn, 3, "c")  # a second "first" of the same Message-ID
        with pytest.raises(sa.exc.IntegrityError), engine.begin() as conn:
            if conn.dialect.name == "sqlite":
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")  # as the app's connections have it
            _insert(conn, 4, "d", same_as=99)  # pointing to no message
        # Going down would drop message 2 or its Message-ID: refused, saying why.
        with pytest.raises(RuntimeError, match="1 messages share a Message-ID"):
            command.downgrade(cfg, "0019")
        with engine.begin() as conn:
            conn.execute(sa.text("DELETE FROM inbound_messages WHERE id = 2"))
        command.downgrade(cfg, "0019")
        with engine.connect() as conn:
            names = {c["name"] for c in sa.inspect(conn).get_columns("inbound_messages")}
            assert "same_message_id_as" not in names
            assert conn.execute(sa.text("SELECT count(*) FROM inbound_messages")).scalar_one() == 1
        with pytest.raises(sa.exc.IntegrityError), engine.begin() as conn:
            _insert(conn, 5, "e")  # below 0020 one row per Message-ID, as before
    finally:
        engine.dispose()
