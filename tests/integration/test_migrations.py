"""Migrations keep an existing database's meaning: a database at 0014 with history in its audit trail
(an order approved twice, a converted line, a corrected and a forgotten sender) upgraded to the newest
schema has that history as columns (0016), on SQLite and on PostgreSQL; and downgraded again
it is as it was."""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, text

from models.db import MIGRATIONS_DIR

NOW = "2026-11-30 10:00:00"


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgresql":
        return request.getfixturevalue("pg_url")
    return f"sqlite:///{tmp_path}/old.db"


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    engine = create_engine(database_url)
    yield engine
    engine.dispose()


def _alembic(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def _event(conn, entity_id: int, action: str, from_value: str | None, to_value: str | None,  # type: ignore[no-untyped-def]
           detail: dict | None = None, entity: str = "order") -> None:
    conn.execute(text("INSERT INTO audit_events (at, actor, entity, entity_id, action, from_value, to_value, detail) "
                      "VALUES (:at, 'clerk@old.example', :entity, :entity_id, :action, :from_value, :to_value, "
                      ":detail)"),
                 {"at": NOW, "entity": entity, "entity_id": entity_id, "action": action, "from_value": from_value,
                  "to_value": to_value, "detail": None if detail is None else json.dumps(detail)})


def _seed_at_0014(conn) -> None:  # type: ignore[no-untyped-def]
    for customer in ("C001", "C002"):
        conn.execute(text("INSERT INTO customers (id, name, email_domains, locale, currency) "
                          "VALUES (:id, :id, '[]', 'en_US', 'USD')"), {"id": customer})
    for order_id, status in ((1, "shipped"), (2, "needs_review"), (3, "approved")):
        conn.execute(text("INSERT INTO orders (id, customer_id, status, confidence, review_reasons, auto_approved, "
                          "created_at, updated_at) VALUES (:id, 'C001', :status, 1.0, '[]', false, :now, :now)"),
                     {"id": order_id, "status": status, "now": NOW})
    for line_id, order_id, note in ((1, 1, "3 CS = 30 BX (as taught for this customer)"), (2, 1, None),
                                    (3, 2, "300 EA = 3 BX (BX of 100)"), (4, 3, "not a note")):
        conn.execute(text("INSERT INTO order_lines (id, order_id, line_no, quantity, uom, confidence, candidates, "
                          "reasons, conversion) VALUES (:id, :order_id, :id, 30, 'BX', 1.0, '[]', '[]', :note)"),
                     {"id": line_id, "order_id": order_id, "note": note})
    # Order 1: edited in review, approved, failed, a line edited, approved again, then a dead letter put back.
    _event(conn, 1, "edit_line", "20", "30")
    _event(conn, 1, "status", "needs_review", "approved", {"auto": False})
    _event(conn, 1, "status", "approved", "failed", {"job_id": 7})
    _event(conn, 1, "add_line", None, "1 x X")
    _event(conn, 1, "status", "failed", "approved", {"auto": False})
    _event(conn, 1, "status", "approved", "failed", {"job_id": 8})
    _event(conn, 1, "status", "failed", "approved", {"retry_job": 8})
    # Order 2: never approved, a line changed. Order 3: auto-approved, nothing changed.
    _event(conn, 2, "split_line", "30", "20 + 10")
    _event(conn, 3, "status", "extracted", "approved", {"auto": True})
    _event(conn, 3, "edit_line", "x", "y", entity="user")  # another entity's event with the same id: not order 3's
    # A sender corrected once (its row moved), and one forgotten as shared (its row deleted).
    conn.execute(text("INSERT INTO customer_contacts (customer_id, email, created_by, created_at) VALUES "
                      "('C001', 'twice@buyer.example', 'clerk@old.example', :now), "
                      "('C002', 'once@buyer.example', 'clerk@old.example', :now)"), {"now": NOW})
    _event(conn, 1, "correct_sender", "twice@buyer.example -> C002", "twice@buyer.example -> C001")
    _event(conn, 2, "forget_sender", "gateway@van.example -> C002", "also C001")


def test_0016_fills_the_clerk_state_from_the_audit_trail(database_url: str, engine: Engine):
    cfg = _alembic(database_url)
    command.upgrade(cfg, "0014")
    with engine.begin() as conn:
        _seed_at_0014(conn)
    command.upgrade(cfg, "0016")

    with engine.connect() as conn:
        orders = {row.id: (row.approval_count, row.approval_revision, bool(row.lines_edited),
                           bool(row.lines_edited_after_approval)) for row in conn.execute(text(
            "SELECT id, approval_count, approval_revision, lines_edited, lines_edited_after_approval FROM orders"))}
        assert orders == {1: (3, 2, True, True), 2: (0, 0, True, False), 3: (1, 1, False, False)}
        ordered = {row.id: (row.ordered_quantity, row.ordered_uom) for row in conn.execute(text(
            "SELECT id, ordered_quantity, ordered_uom FROM order_lines"))}
        assert ordered == {1: (Decimal(3), "CS"), 2: (None, None), 3: (Decimal(300), "EA"), 4: (None, None)}
        contacts = {row.email: (row.customer_id, row.trust) for row in conn.execute(text(
            "SELECT email, customer_id, trust FROM customer_contacts"))}
        assert contacts == {"twice@buyer.example": ("C001", "corrected"), "once@buyer.example": ("C002", "learned"),
                            "gateway@van.example": ("C002", "shared")}

    command.downgrade(cfg, "0014")  # the forgotten sender has no row again, as before 0016
    with engine.connect() as conn:
        assert set(conn.scalars(text("SELECT email FROM customer_contacts"))) == {
            "twice@buyer.example", "once@buyer.example"}
