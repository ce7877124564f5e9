"""The scale-out run: N real worker processes ship M approved orders from one queue, optionally with one
SIGKILLed in the middle of a job, and the exactly-once counts read from the database afterwards.
bench/scale_out.py runs it from the command line; tests/integration/test_scale_out.py at the issue's size."""

from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from bootstrap import open_database
from models.db import Database
from models.tables import AuditEvent, ErpSalesOrder, Job, Order, Shipment, StageRun, utcnow
from tests.support.orders import create_orders, prepare, settings_for
from tests.support.workers import kill_one_mid_job, start_workers, stop_workers, wait_ready


@dataclass
class Result:
    """What one run measured (bench/scale_out.py prints it as JSON)."""

    orders: int
    shipped: int
    duplicate_erp_orders: int
    duplicate_shipments: int
    lost: int
    orders_per_s: float
    seconds: float
    workers: int
    database: str
    failed: int = 0
    jobs_completed_twice: int = 0
    jobs_left_running: int = 0
    killed_worker_pid: int | None = None
    killed_job_id: int | None = None
    killed_job_finished_by: str | None = None
    worker_exit_codes: list[int | None] = field(default_factory=list)


def count_shipped(db: Database, order_ids: list[int]) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(Order).where(
            Order.status == "shipped", Order.id.between(min(order_ids), max(order_ids)))) or 0)


def measure(db: Database, order_ids: list[int]) -> dict[str, int]:
    """Exactly-once checks, from the database itself."""
    low, high = min(order_ids), max(order_ids)
    with db.session() as s:
        statuses = dict(s.execute(select(Order.status, func.count()).where(Order.id.between(low, high))
                                  .group_by(Order.status)).all())
        erp = select(ErpSalesOrder.order_id, func.count().label("n")).group_by(ErpSalesOrder.order_id).subquery()
        shipments = (select(Shipment.order_id, Shipment.warehouse_code, func.count().label("n"))
                     .where(Shipment.status == "shipped").group_by(Shipment.order_id, Shipment.warehouse_code)
                     .subquery())
        done_twice = (select(StageRun.job_id).where(StageRun.ok.is_(True)).group_by(StageRun.job_id)
                      .having(func.count() > 1).subquery())
        return {
            "shipped": int(statuses.get("shipped", 0)),
            "failed": int(statuses.get("failed", 0)),
            "duplicate_erp_orders": int(s.scalar(select(func.coalesce(func.sum(erp.c.n - 1), 0))) or 0),
            "duplicate_shipments": int(s.scalar(select(func.coalesce(func.sum(shipments.c.n - 1), 0))) or 0),
            "jobs_completed_twice": int(s.scalar(select(func.count()).select_from(done_twice)) or 0),
            "jobs_left_running": int(s.scalar(select(func.count()).select_from(Job)
                                              .where(Job.status == "running")) or 0),
        }


def last_shipped_at(db: Database, order_ids: list[int]) -> datetime | None:
    with db.session() as s:
        return s.scalar(select(func.max(AuditEvent.at)).where(
            AuditEvent.entity == "order", AuditEvent.action == "status", AuditEvent.to_value == "shipped",
            AuditEvent.entity_id.between(min(order_ids), max(order_ids))))


def run(url: str, workers: int, orders: int, kill_one: bool = False, timeout: float = 600.0,
        lease_s: int = 5, home: Path | None = None) -> Result:
    """One run against a database that holds no orders yet."""
    with tempfile.TemporaryDirectory(prefix="oi-scale-") as scratch:
        home = home or Path(scratch)
        settings = settings_for(home, url)
        db = open_database(settings)
        with db.session() as s:
            if s.scalar(select(func.count()).select_from(Order)):
                raise SystemExit(f"{db.engine.url.render_as_string()} already holds orders: use an empty database")
        prepare(db, settings)
        procs = start_workers(url, workers, home, lease_s)
        result_extra: dict[str, object] = {}
        try:
            wait_ready(procs)
            order_ids = create_orders(db, orders)
            started = utcnow()  # the orders and their jobs are visible to the workers from here
            deadline = time.monotonic() + timeout
            killed = False
            while time.monotonic() < deadline:
                shipped = count_shipped(db, order_ids)
                if shipped >= orders:
                    break
                if kill_one and not killed and shipped >= orders // 4:
                    victim = procs[0][0]
                    result_extra["killed_worker_pid"] = victim.pid
                    result_extra["killed_job_id"] = kill_one_mid_job(db, victim)
                    killed = True
                # Coarse on purpose: the clock stops at the last `shipped` audit event, not here, and a
                # count every 50 ms took CPU from the workers on two cores.
                time.sleep(0.5)
        finally:
            codes = stop_workers(procs)
        ended = last_shipped_at(db, order_ids) or utcnow()
        seconds = max((ended - started).total_seconds(), 1e-6)
        checks = measure(db, order_ids)
        if result_extra.get("killed_job_id") is not None:
            with db.session() as s:
                result_extra["killed_job_finished_by"] = s.scalar(
                    select(Job.locked_by).where(Job.id == result_extra["killed_job_id"], Job.status == "done"))
        db.dispose()
        return Result(
            orders=orders, shipped=checks["shipped"], duplicate_erp_orders=checks["duplicate_erp_orders"],
            duplicate_shipments=checks["duplicate_shipments"],
            lost=orders - checks["shipped"] - checks["failed"],
            orders_per_s=round(checks["shipped"] / seconds, 1), seconds=round(seconds, 2), workers=workers,
            database=db.engine.dialect.name, failed=checks["failed"],
            jobs_completed_twice=checks["jobs_completed_twice"], jobs_left_running=checks["jobs_left_running"],
            worker_exit_codes=codes, **result_extra,  # type: ignore[arg-type]
        )
