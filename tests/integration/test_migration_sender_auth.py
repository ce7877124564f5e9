"""Migration 0021: messages held before it keep no sender result (NULL: not checked), customers no rule of
their own (NULL: the setting's); and it goes down again. On SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from models.db import MIGRATIONS_DIR

NEW_MESSAGE_COLUMNS = {"sender_auth", "sender_auth_method", "sender_auth_domain", "sender_auth_aligned",
                       "sender_auth_by", "sender_auth_checks"}


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return request.getfixturevalue("pg_url") if request.param == "postgresql" else f"sqlite:///{tmp_path}/m.db"


def _columns(engine: sa.Engine, table: str) -> set[str]:
    with engine.connect() as conn:
        return {c["name"] for c in sa.inspect(conn).get_columns(table)}


def test_messages_held_before_keep_no_result_and_it_goes_down_again(url: str):
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    command.upgrade(cfg, "0020")
    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(sa.text("INSERT INTO inbound_messages (id, source, message_id, sha256, raw, size, "
                                 "received_at, status) VALUES (1, 'imap', '<a@x>', :sha, :raw, 1, "
                                 "'2026-12-01 09:00:00', 'processed')"), {"sha": "a" * 64, "raw": b"x"})
            conn.execute(sa.text("INSERT INTO customers (id, name, email_domains, locale, currency) "
                                 "VALUES ('C1', 'Acme', '[]', 'en_US', 'USD')"))
        command.upgrade(cfg, "0021")
        assert NEW_MESSAGE_COLUMNS <= _columns(engine, "inbound_messages")
        with engine.connect() as conn:
            row = conn.execute(sa.text("SELECT sender_auth, sender_auth_aligned, sender_auth_checks "
                                       "FROM inbound_messages")).one()
            assert tuple(row) == (None, None, None)
            assert conn.execute(sa.text("SELECT sender_auth FROM customers")).scalar_one() is None
        command.downgrade(cfg, "0020")
        assert not NEW_MESSAGE_COLUMNS & _columns(engine, "inbound_messages")
        assert "sender_auth" not in _columns(engine, "customers")
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT count(*) FROM inbound_messages")).scalar_one() == 1
    finally:
        engine.dispose()
