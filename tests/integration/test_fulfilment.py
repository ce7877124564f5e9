"""A customer's fulfilment policy through the real stages: "complete" waits for the whole order,
"partial" ships what is there and backorders the rest (embedded default, builtin connectors)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from bootstrap import open_database
from models.db import Database
from models.tables import Allocation, Customer, Job, Order, OrderLine, StockLevel, utcnow
from orchestration.worker import Worker
from tests.support import orders
from tests.support.templates import DatabaseTemplates

pytestmark = pytest.mark.slow


def _first_line(db: Database, order_id: int) -> OrderLine:
    with db.session() as s:
        line = s.scalars(select(OrderLine).where(OrderLine.order_id == order_id).order_by(OrderLine.line_no)).first()
        assert line is not None
        s.expunge(line)
        return line


def _set_free(db: Database, sku: str, free: int) -> None:
    with db.session() as s:
        s.execute(update(StockLevel).where(StockLevel.sku == sku).values(on_hand=StockLevel.reserved))
        s.execute(update(StockLevel).where(StockLevel.sku == sku, StockLevel.warehouse_code == "WH-EAST")
                  .values(on_hand=StockLevel.reserved + free))


def test_a_ship_complete_order_waits_for_every_line_and_a_partial_one_ships_what_is_there(
        tmp_path: Path, database_templates: DatabaseTemplates) -> None:
    """GIVEN two approved orders whose first line has 1 unit in stock less than ordered, one for a
    customer who takes only complete orders and one for a customer who takes partial shipments
    WHEN the worker runs THEN the partial order ships what is there with the rest backordered, and
    the complete order reserves nothing and waits (its inventory job queued, saying which line is
    short); once the stock arrives, the next attempt ships it whole."""
    settings = orders.settings_for(tmp_path, database_templates.copy_sqlite(f"sqlite:///{tmp_path}/fulfilment.db",
                                                                            "demo"))
    db = open_database(settings)
    orders.prepare(db, settings)
    complete_id, partial_id = orders.create_orders(db, 2, seed=11)
    with db.session() as s:
        complete, partial = s.get(Order, complete_id), s.get(Order, partial_id)
        assert complete is not None and partial is not None and complete.customer_id != partial.customer_id
        s.execute(update(Customer).where(Customer.id == complete.customer_id).values(fulfilment="complete"))
        customer_of_partial = partial.customer_id
    assert customer_of_partial is not None
    short_complete, short_partial = _first_line(db, complete_id), _first_line(db, partial_id)
    assert short_complete.quantity is not None and short_partial.quantity is not None
    _set_free(db, str(short_complete.sku), int(short_complete.quantity) - 1)
    if short_partial.sku != short_complete.sku:
        _set_free(db, str(short_partial.sku), int(short_partial.quantity) - 1)

    Worker(db, settings).run_until_idle()
    with db.session() as s:
        partial = s.get(Order, partial_id)
        assert partial is not None and partial.status == "shipped"
        first = min(partial.lines, key=lambda ln: ln.line_no)
        assert first.backordered_qty is not None and first.backordered_qty > 0
        complete = s.get(Order, complete_id)
        assert complete is not None and complete.status == "erp_accepted"
        assert s.scalars(select(Allocation).where(Allocation.order_id == complete_id)).all() == []
        job = s.scalar(select(Job).where(Job.order_id == complete_id, Job.kind == "inventory"))
        assert job is not None and job.status == "queued"
        assert f"line 1 ({short_complete.sku}) short by" in (job.last_error or "")

    with db.session() as s:  # the stock arrives; the queue's backoff is skipped
        s.execute(update(StockLevel).where(StockLevel.sku == short_complete.sku)
                  .values(on_hand=StockLevel.on_hand + 1_000))
        s.execute(update(Job).where(Job.status == "queued").values(run_after=utcnow() - timedelta(seconds=1)))
    Worker(db, settings).run_until_idle()
    with db.session() as s:
        complete = s.get(Order, complete_id)
        assert complete is not None and complete.status == "shipped"
        assert all(ln.backordered_qty == 0 and ln.allocated_qty == ln.quantity for ln in complete.lines)
    db.dispose()
