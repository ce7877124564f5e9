"""Migration 0018: the review reasons kept as JSON on orders and order lines become order_reasons rows, in
their order, a line's reason that was on both lists moved once; a job's generation and a Tryton shipment's
id, until now split back out of their keys, are columns filled from those keys; and downgraded, the JSON
lists are back."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from models.db import MIGRATIONS_DIR

NOW = datetime(2026, 12, 2, 9, 0)
ORDERS = sa.table("orders", sa.column("id", sa.Integer), sa.column("status", sa.String),
                  sa.column("confidence", sa.Float), sa.column("review_reasons", sa.JSON),
                  sa.column("auto_approved", sa.Boolean), sa.column("created_at", sa.DateTime),
                  sa.column("updated_at", sa.DateTime))
LINES = sa.table("order_lines", sa.column("id", sa.Integer), sa.column("order_id", sa.Integer),
                 sa.column("line_no", sa.Integer), sa.column("confidence", sa.Float),
                 sa.column("candidates", sa.JSON), sa.column("reasons", sa.JSON))

JOBS = sa.table("jobs", sa.column("id", sa.Integer), sa.column("kind", sa.String),
                sa.column("order_id", sa.Integer), sa.column("idempotency_key", sa.String),
                sa.column("status", sa.String), sa.column("attempts", sa.Integer),
                sa.column("max_attempts", sa.Integer), sa.column("run_after", sa.DateTime),
                sa.column("created_at", sa.DateTime))
WAREHOUSES = sa.table("warehouses", sa.column("code", sa.String), sa.column("name", sa.String),
                      sa.column("postal_code", sa.String), sa.column("country", sa.String))
SHIPMENTS = sa.table("shipments", sa.column("id", sa.Integer), sa.column("order_id", sa.Integer),
                     sa.column("warehouse_code", sa.String), sa.column("idempotency_key", sa.String),
                     sa.column("status", sa.String), sa.column("created_at", sa.DateTime))

CUSTOMER = {"code": "unknown_customer", "message": "the sender is not a known customer", "field": "customer"}
DOUBT_1 = {"code": "doubtful_match", "message": "'tape' looks like TAPE-48-CLR", "line_no": 1, "field": "sku"}
PRICE_2 = {"code": "price_mismatch", "message": "order says 8.56", "line_no": 2, "field": "unit_price"}
LOW = {"code": "low_confidence", "message": "confidence 0.50 is below 0.85"}
FAILED = {"code": "stage_failed", "message": "erp: the ERP needs a customer"}


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return request.getfixturevalue("pg_url") if request.param == "postgresql" else f"sqlite:///{tmp_path}/m.db"


def _reasons(conn: sa.Connection) -> list[tuple[object, ...]]:
    return [tuple(r) for r in conn.execute(sa.text(
        "SELECT order_id, position, line_no, code, field, message, stage FROM order_reasons "
        "ORDER BY order_id, position"))]


def _alembic(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def test_reasons_move_from_the_json_lists_into_rows_and_back(url: str):
    """GIVEN, at 0017, an order whose list holds its own doubts and line 1's (also on line 1), a line 2
    that a split gave a doubt only the line lists (under its old number), a parked order with a
    stage_failed reason, and an order with none WHEN 0018 runs THEN each reason is one row, in the list's
    order, the line-only one after them under the line's number, the failed stage in its column; and
    downgraded, the JSON lists are back: the order's list holds every reason (the line-only one too, now
    on the order's list as every line reason was) and each line its own, under its own number."""
    cfg = _alembic(url)
    command.upgrade(cfg, "0017")
    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(sa.insert(ORDERS), [
                {"id": 1, "status": "needs_review", "confidence": 0.5, "review_reasons": [CUSTOMER, DOUBT_1, LOW],
                 "auto_approved": False, "created_at": NOW, "updated_at": NOW},
                {"id": 2, "status": "failed", "confidence": 1.0, "review_reasons": [FAILED], "auto_approved": False,
                 "created_at": NOW, "updated_at": NOW},
                {"id": 3, "status": "shipped", "confidence": 1.0, "review_reasons": [], "auto_approved": True,
                 "created_at": NOW, "updated_at": NOW}])
            conn.execute(sa.insert(LINES), [
                {"id": 1, "order_id": 1, "line_no": 1, "confidence": 0.5, "candidates": [], "reasons": [DOUBT_1]},
                {"id": 2, "order_id": 1, "line_no": 2, "confidence": 0.9, "candidates": [],
                 "reasons": [{**PRICE_2, "line_no": 1}]},  # copied from line 1 by a split, its number stale
                {"id": 3, "order_id": 3, "line_no": 1, "confidence": 1.0, "candidates": [], "reasons": []}])
        command.upgrade(cfg, "0018")
        with engine.connect() as conn:
            assert _reasons(conn) == [
                (1, 0, None, "unknown_customer", "customer", CUSTOMER["message"], None),
                (1, 1, 1, "doubtful_match", "sku", DOUBT_1["message"], None),
                (1, 2, None, "low_confidence", None, LOW["message"], None),
                (1, 3, 2, "price_mismatch", "unit_price", PRICE_2["message"], None),
                (2, 0, None, "stage_failed", None, FAILED["message"], "erp"),
            ]
            columns = {c["name"] for c in sa.inspect(conn).get_columns("orders")}
            assert "review_reasons" not in columns
        command.downgrade(cfg, "0017")
        with engine.connect() as conn:
            assert dict(conn.execute(sa.select(ORDERS.c.id, ORDERS.c.review_reasons)).tuples().all()) == {
                1: [CUSTOMER, DOUBT_1, LOW, PRICE_2], 2: [FAILED], 3: []}
            assert dict(conn.execute(sa.select(LINES.c.id, LINES.c.reasons)).tuples().all()) == {
                1: [DOUBT_1], 2: [PRICE_2], 3: []}
            assert "order_reasons" not in sa.inspect(conn).get_table_names()
    finally:
        engine.dispose()


def test_a_line_reason_left_behind_by_an_old_merge_stays_the_orders(url: str):
    """GIVEN, at 0017, an order whose list still holds a price doubt under line 2's number while line 2's
    own list holds none (merging lines once left the merged-away line's doubts behind, and renumbering
    gave their number to another line) WHEN 0018 runs THEN the doubt is the order's own, not line 2's: a
    box line must not show a glove's price doubt, nor the next line a clerk adds take it."""
    cfg = _alembic(url)
    command.upgrade(cfg, "0017")
    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(sa.insert(ORDERS), [
                {"id": 1, "status": "needs_review", "confidence": 0.5, "review_reasons": [DOUBT_1, PRICE_2],
                 "auto_approved": False, "created_at": NOW, "updated_at": NOW}])
            conn.execute(sa.insert(LINES), [
                {"id": 1, "order_id": 1, "line_no": 1, "confidence": 0.5, "candidates": [], "reasons": [DOUBT_1]},
                {"id": 2, "order_id": 1, "line_no": 2, "confidence": 1.0, "candidates": [], "reasons": []}])
        command.upgrade(cfg, "0018")
        with engine.connect() as conn:
            assert _reasons(conn) == [
                (1, 0, 1, "doubtful_match", "sku", DOUBT_1["message"], None),
                (1, 1, None, "price_mismatch", "unit_price", PRICE_2["message"], None),
            ]
    finally:
        engine.dispose()


def test_a_jobs_generation_and_a_tryton_shipments_id_come_out_of_their_keys_once(url: str):
    """GIVEN, at 0017, a first and a second approval's ERP jobs, a question's acknowledgement job, a
    message job, and a Tryton and a builtin shipment WHEN 0018 runs THEN each job has the generation the
    worker split out of its key, and the Tryton shipment its Tryton id; the others have none."""
    cfg = _alembic(url)
    command.upgrade(cfg, "0017")
    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(sa.insert(ORDERS), [{"id": 7, "status": "routed", "confidence": 1.0, "review_reasons": [],
                                              "auto_approved": True, "created_at": NOW, "updated_at": NOW}])
            conn.execute(sa.insert(JOBS), [
                {"id": i, "kind": kind, "order_id": 7, "idempotency_key": key, "status": "done", "attempts": 1,
                 "max_attempts": 5, "run_after": NOW, "created_at": NOW}
                for i, kind, key in ((1, "erp", "order:7:erp"), (2, "erp", "order:7:erp:2"),
                                     (3, "acknowledgement", "order:7:acknowledgement:question-1"),
                                     (4, "process_message", "message:3:process"))])
            conn.execute(sa.insert(WAREHOUSES), [{"code": "WH", "name": "WH", "postal_code": "1", "country": "US"}])
            conn.execute(sa.insert(SHIPMENTS), [
                {"id": 1, "order_id": 7, "warehouse_code": "WH", "idempotency_key": "order:7:routing:tryton:42",
                 "status": "planned", "created_at": NOW},
                {"id": 2, "order_id": 7, "warehouse_code": "WH", "idempotency_key": "order:7:routing:WH",
                 "status": "planned", "created_at": NOW}])
        command.upgrade(cfg, "0018")
        with engine.connect() as conn:
            assert dict(conn.execute(sa.text("SELECT id, generation FROM jobs")).tuples().all()) == {
                1: "", 2: "2", 3: "question-1", 4: ""}
            assert dict(conn.execute(sa.text("SELECT id, external_id FROM shipments")).tuples().all()) == {
                1: "42", 2: None}
        command.downgrade(cfg, "0017")
        with engine.connect() as conn:
            assert "generation" not in {c["name"] for c in sa.inspect(conn).get_columns("jobs")}
    finally:
        engine.dispose()
