"""Batches: jobs of a builtin stage share a transaction, and one bad order in a batch costs only itself.

On the embedded default and on PostgreSQL, with real orders built the way the scale-out benchmark builds
them (tests/support/orders.py: demo master data, builtin connectors).
"""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from bootstrap import open_database
from config import ConnectorsConfig, FileConnectorConfig, WebhookConnectorConfig
from models.tables import AuditEvent, ErpSalesOrder, Job, Order, OrderLine, Shipment, StageRun, utcnow
from orchestration.connectors.registry import build_connectors
from orchestration.stages import batchable
from orchestration.worker import Worker
from tests.support import orders
from tests.support.templates import DatabaseTemplates


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path, database_templates: DatabaseTemplates) -> str:
    """A fresh database with the demo data (orders.prepare then only raises the stock)."""
    if request.param == "postgresql":
        return str(request.getfixturevalue("pg_demo_url"))
    return database_templates.copy_sqlite(f"sqlite:///{tmp_path}/batches.db", "demo")


@pytest.mark.slow
def test_a_stage_runs_its_jobs_in_batches_and_ships_every_order_once(
        database_url: str, tmp_path: Path) -> None:
    """GIVEN 12 approved orders and a batch size of 5 WHEN one worker runs until idle THEN every order
    is shipped once, and each stage's jobs were claimed five at a time (their stage runs start together)."""
    settings = orders.settings_for(tmp_path, database_url).model_copy(update={"job_batch_size": 5})
    db = open_database(settings)
    orders.prepare(db, settings)
    ids = orders.create_orders(db, 12)
    Worker(db, settings).run_until_idle()
    with db.session() as s:
        assert Counter(s.scalars(select(Order.status).where(Order.id.in_(ids)))) == {"shipped": 12}
        assert s.scalar(select(func.count()).select_from(ErpSalesOrder)) == 12
        assert s.scalar(select(func.count(func.distinct(Shipment.order_id)))) == 12
        for stage in ("erp", "inventory", "routing", "shipping"):
            starts = Counter(s.scalars(select(StageRun.started_at).where(StageRun.stage == stage)))
            assert sorted(starts.values(), reverse=True) == [5, 5, 2], (stage, starts)
        assert set(s.scalars(select(Job.status))) == {"done"}
        # Each order's transition still has its own audit event, in order.
        erp_runs = s.scalar(select(func.count()).select_from(StageRun).where(StageRun.ok.is_(True)))
        assert erp_runs == 4 * 12
    db.dispose()


def test_one_bad_order_in_a_batch_fails_alone_and_the_rest_ship(
        database_url: str, tmp_path: Path) -> None:
    """GIVEN a batch of 6 approved orders, one of which names a product the ERP does not know
    WHEN the worker runs the batch THEN that order is failed with the ERP's refusal as its reason and
    its ERP job is dead, and the five others are shipped, each with one ERP order."""
    settings = orders.settings_for(tmp_path, database_url).model_copy(update={"job_batch_size": 6})
    db = open_database(settings)
    orders.prepare(db, settings)
    ids = orders.create_orders(db, 6)
    bad = ids[3]
    with db.session() as s:
        line = s.scalars(select(OrderLine).where(OrderLine.order_id == bad).order_by(OrderLine.line_no)).first()
        assert line is not None
        line.sku = "NO-SUCH-SKU"
    Worker(db, settings).run_until_idle()
    with db.session() as s:
        statuses = dict(s.execute(select(Order.id, Order.status).where(Order.id.in_(ids))).tuples().all())
        assert statuses.pop(bad) == "failed"
        assert set(statuses.values()) == {"shipped"}
        order = s.get(Order, bad)
        assert order is not None
        assert any(r.code == "stage_failed" and "no valid product" in r.message for r in order.reasons)
        job = s.scalar(select(Job).where(Job.order_id == bad, Job.kind == "erp"))
        assert job is not None and job.status == "dead"
        assert s.scalar(select(func.count()).select_from(ErpSalesOrder)) == 5
        assert s.scalar(select(func.count()).select_from(ErpSalesOrder).where(ErpSalesOrder.order_id == bad)) == 0
    db.dispose()


def test_only_stages_that_write_nothing_but_our_database_are_batched(tmp_path: Path) -> None:
    """A call out (webhook, file) is never repeated because a neighbour in its batch failed: those
    stages run one job per transaction; the builtin ones and nothing else are batched."""
    settings = orders.settings_for(tmp_path, f"sqlite:///{tmp_path}/b.db")
    builtin = build_connectors(settings)
    assert all(batchable(kind, builtin) for kind in ("erp", "inventory", "routing", "shipping"))
    assert not batchable("acknowledgement", builtin) and not batchable("process_message", builtin)
    calling_out = build_connectors(settings.model_copy(update={"connectors": ConnectorsConfig(
        erp="file", inventory="webhook", shipping="webhook",
        webhook=WebhookConnectorConfig(url="http://127.0.0.1:9/orders", secret="s"),
        file=FileConnectorConfig(outbox=tmp_path / "outbox"))}))
    assert not batchable("erp", calling_out) and not batchable("inventory", calling_out)
    assert not batchable("shipping", calling_out)
    assert batchable("routing", calling_out)  # still builtin


@pytest.mark.parametrize("batch_size", [1, 3])
def test_a_sales_order_number_taken_before_the_upgrade_is_not_given_twice(
        tmp_path: Path, batch_size: int, database_templates: DatabaseTemplates) -> None:
    """GIVEN a database from before sales orders were numbered by their order, where SO-<second
    order's id> already names another order's sales order WHEN the orders go through the builtin ERP,
    alone or in a batch THEN the second gets SO-<id>-A, the others SO-<id>, and all ship."""
    url = database_templates.copy_sqlite(f"sqlite:///{tmp_path}/numbers.db", "demo")
    settings = orders.settings_for(tmp_path, url).model_copy(
        update={"job_batch_size": batch_size})
    db = open_database(settings)
    orders.prepare(db, settings)
    ids = orders.create_orders(db, 3)
    with db.session() as s:
        s.add(ErpSalesOrder(number=f"SO-{ids[1]:06d}", idempotency_key="from-before", order_id=ids[0], total=0))
    Worker(db, settings).run_until_idle()
    with db.session() as s:
        numbers = dict(s.execute(select(Order.id, Order.erp_order_number).where(Order.id.in_(ids))).tuples().all())
        statuses = set(s.scalars(select(Order.status).where(Order.id.in_(ids))))
    assert numbers == {ids[0]: f"SO-{ids[0]:06d}", ids[1]: f"SO-{ids[1]:06d}-A", ids[2]: f"SO-{ids[2]:06d}"}
    assert statuses == {"shipped"}
    db.dispose()


@pytest.mark.slow
def test_a_worker_whose_lease_was_taken_over_runs_nothing_of_that_order_afterwards(
        tmp_path: Path, database_templates: DatabaseTemplates) -> None:
    """GIVEN worker A holding an order's ERP job whose lease expired and worker B that took it over
    WHEN A finishes its run (refused: the lease is lost) THEN A holds no next stage of that order — the
    one it took rolled back with its work — and B alone takes the order to shipped, once."""
    from orchestration import jobs

    settings = orders.settings_for(tmp_path, database_templates.copy_sqlite(f"sqlite:///{tmp_path}/lease.db", "demo"))
    db = open_database(settings)
    orders.prepare(db, settings)
    (order_id,) = orders.create_orders(db, 1)
    late = jobs.claim(db, "late", 60)
    assert late is not None
    with db.session() as s:
        s.execute(update(Job).values(lease_until=utcnow() - timedelta(seconds=1)))
    taker = jobs.claim(db, "taker", 60)
    assert taker is not None and taker.job_id == late.job_id
    worker_a, worker_b = Worker(db, settings, name="late"), Worker(db, settings, name="taker")
    assert worker_a._run_ticket(late) == []
    worker_b._next = [taker]
    worker_b.run_until_idle()
    assert worker_a.run_until_idle() == 0
    with db.session() as s:
        assert s.get(Order, order_id).status == "shipped"
        assert s.scalar(select(func.count()).select_from(ErpSalesOrder)) == 1
        runs = Counter(s.scalars(select(StageRun.job_id).where(StageRun.ok.is_(True))))
        assert set(runs.values()) == {1}  # no job completed twice
    db.dispose()


def test_a_batch_writes_every_transition_with_its_audit_event_and_its_columns(
        database_url: str, tmp_path: Path) -> None:
    """GIVEN 7 approved orders and a batch size of 5 WHEN one worker runs until idle (each stage's
    writes gathered and written a statement per table) THEN each order's status column says shipped,
    its audit trail holds its four transitions in order, and the columns and rows each stage writes
    are there: the ERP number, each line's allocation, one shipped shipment per warehouse, four jobs."""
    settings = orders.settings_for(tmp_path, database_url).model_copy(update={"job_batch_size": 5})
    db = open_database(settings)
    orders.prepare(db, settings)
    ids = orders.create_orders(db, 7)
    Worker(db, settings).run_until_idle()
    with db.session() as s:
        trail: dict[int, list[tuple[str | None, str | None]]] = {order_id: [] for order_id in ids}
        for order_id, from_value, to_value in s.execute(
                select(AuditEvent.entity_id, AuditEvent.from_value, AuditEvent.to_value)
                .where(AuditEvent.entity == "order", AuditEvent.action == "status").order_by(AuditEvent.id)):
            trail[order_id].append((from_value, to_value))
        for order_id in ids:
            order = s.get(Order, order_id)
            assert order is not None and order.status == "shipped"
            assert trail[order_id] == [("approved", "erp_accepted"), ("erp_accepted", "allocated"),
                                       ("allocated", "routed"), ("routed", "shipped")]
            assert order.erp_order_number == f"SO-{order_id:06d}"
            for line in order.lines:
                assert line.allocated_qty == line.quantity and line.backordered_qty == 0
            shipments = s.scalars(select(Shipment).where(Shipment.order_id == order_id)).all()
            assert shipments and all(sh.status == "shipped" and sh.tracking_number for sh in shipments)
            assert Counter(s.scalars(select(Job.kind).where(Job.order_id == order_id))) == {
                "erp": 1, "inventory": 1, "routing": 1, "shipping": 1}
    db.dispose()


def test_a_stage_run_again_adds_no_second_job_for_the_next_stage(database_url: str, tmp_path: Path) -> None:
    """GIVEN shipped orders, one of them put back to approved with its ERP job queued again (a
    redelivery) WHEN the worker runs it THEN the ERP stage amends its one sales order and writes the
    transition, and the next stage's job, whose key exists, is neither written twice nor run again."""
    settings = orders.settings_for(tmp_path, database_url).model_copy(update={"job_batch_size": 5})
    db = open_database(settings)
    orders.prepare(db, settings)
    ids = orders.create_orders(db, 3)
    Worker(db, settings).run_until_idle()
    again = ids[1]
    with db.session() as s:
        s.execute(update(Order).where(Order.id == again).values(status="approved"))
        s.execute(update(Job).where(Job.order_id == again, Job.kind == "erp")
                  .values(status="queued", run_after=utcnow() - timedelta(seconds=1)))
        jobs_before = s.scalar(select(func.count()).select_from(Job))
    assert Worker(db, settings).run_until_idle() == 1
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Job)) == jobs_before
        assert s.scalar(select(func.count()).select_from(ErpSalesOrder).where(ErpSalesOrder.order_id == again)) == 1
        assert s.scalar(select(Order.status).where(Order.id == again)) == "erp_accepted"
        assert s.scalar(select(Job.status).where(Job.order_id == again, Job.kind == "inventory")) == "done"
        assert s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.entity_id == again, AuditEvent.action == "status")) == 5
    db.dispose()
