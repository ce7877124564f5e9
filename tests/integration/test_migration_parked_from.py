"""Migration 0015: orders parked before the upgrade get parked_from and parked_by_job_id from
the audit event that parked them, so a retry after the upgrade puts them back where it did before."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

from models.db import MIGRATIONS_DIR

REVISION = "0015"
NOW = datetime(2026, 12, 1, 9, 0)
ORDERS = sa.table("orders", sa.column("id", sa.Integer), sa.column("status", sa.String),
                  sa.column("confidence", sa.Float), sa.column("review_reasons", sa.JSON),
                  sa.column("auto_approved", sa.Boolean), sa.column("created_at", sa.DateTime),
                  sa.column("updated_at", sa.DateTime))
EVENTS = sa.table("audit_events", sa.column("at", sa.DateTime), sa.column("actor", sa.String),
                  sa.column("entity", sa.String), sa.column("entity_id", sa.Integer), sa.column("action", sa.String),
                  sa.column("field", sa.String), sa.column("from_value", sa.Text), sa.column("to_value", sa.Text),
                  sa.column("detail", sa.JSON))


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return request.getfixturevalue("pg_url") if request.param == "postgresql" else f"sqlite:///{tmp_path}/m.db"


def _status(order_id: int, before: str, after: str, detail: dict | None = None) -> dict:
    return {"at": NOW, "actor": "system", "entity": "order", "entity_id": order_id, "action": "status",
            "field": "status", "from_value": before, "to_value": after, "detail": detail}


def test_orders_parked_before_the_upgrade_keep_where_they_were_parked_from(url: str):
    """GIVEN, on the schema before it, an order parked by job 41 from erp_accepted, one parked and retried
    since (status restored), and one failed with no status event WHEN the migration runs THEN only the
    first gets the columns, from its parking event; and the migration goes down again."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    before = ScriptDirectory.from_config(cfg).get_revision(REVISION).down_revision
    command.upgrade(cfg, str(before))
    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(sa.insert(ORDERS), [
                {"id": i, "status": status, "confidence": 0.5, "review_reasons": [], "auto_approved": False,
                 "created_at": NOW, "updated_at": NOW}
                for i, status in ((1, "failed"), (2, "allocated"), (3, "failed"))])
            conn.execute(sa.insert(EVENTS), [
                _status(1, "needs_review", "approved"), _status(1, "approved", "erp_accepted"),
                _status(1, "erp_accepted", "failed", {"error": "refused", "job_id": 41}),
                _status(2, "erp_accepted", "failed", {"error": "down", "job_id": 42}),
                _status(2, "failed", "erp_accepted", {"retry_job": 42}), _status(2, "erp_accepted", "allocated"),
            ])
        command.upgrade(cfg, REVISION)
        with engine.connect() as conn:
            rows = conn.execute(sa.text("SELECT id, parked_from, parked_by_job_id FROM orders ORDER BY id")).all()
        assert [tuple(r) for r in rows] == [(1, "erp_accepted", 41), (2, None, None), (3, None, None)]
        command.downgrade(cfg, str(before))
        with engine.connect() as conn:
            assert "parked_from" not in {c["name"] for c in sa.inspect(conn).get_columns("orders")}
    finally:
        engine.dispose()
