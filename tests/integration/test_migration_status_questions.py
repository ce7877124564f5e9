"""Migration 0022: a message held before it is about no order and an acknowledgement answers its order's own
message (both NULL); and it goes down again. On SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from models.db import MIGRATIONS_DIR


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return request.getfixturevalue("pg_url") if request.param == "postgresql" else f"sqlite:///{tmp_path}/m.db"


def _columns(engine: sa.Engine, table: str) -> set[str]:
    with engine.connect() as conn:
        return {c["name"] for c in sa.inspect(conn).get_columns(table)}


def test_rows_held_before_answer_nothing_new_and_it_goes_down_again(url: str):
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    command.upgrade(cfg, "0021")
    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(sa.text("INSERT INTO inbound_messages (id, source, message_id, sha256, raw, size, "
                                 "received_at, status) VALUES (1, 'imap', '<a@x>', :sha, :raw, 1, "
                                 "'2026-12-01 09:00:00', 'not_an_order')"), {"sha": "a" * 64, "raw": b"x"})
        command.upgrade(cfg, "0022")
        assert "about_order_id" in _columns(engine, "inbound_messages")
        assert "answers_message_id" in _columns(engine, "acknowledgements")
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT about_order_id FROM inbound_messages")).scalar_one() is None
        with engine.connect() as conn:
            keys = sa.inspect(conn).get_foreign_keys("acknowledgements")
        assert any(k["constrained_columns"] == ["answers_message_id"] and k["referred_table"] == "inbound_messages"
                   for k in keys), keys
        command.downgrade(cfg, "0021")
        assert "about_order_id" not in _columns(engine, "inbound_messages")
        assert "answers_message_id" not in _columns(engine, "acknowledgements")
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT count(*) FROM inbound_messages")).scalar_one() == 1
    finally:
        engine.dispose()
