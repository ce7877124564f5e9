"""The scale-out run: N real worker processes ship M approved orders from one queue, optionally with one
SIGKILLed in the middle of a job, and the exactly-once counts read from the database afterwards.
bench/scale_out.py runs it from the command line; tests/integration/test_scale_out.py at the issue's size.

Beside the drain rate, the run reports what each order cost: the CPU seconds of the worker processes and
of the PostgreSQL backends serving them (from /proc, so only when the server runs on this machine), and
each order's latency from its arrival (the commit of the order with its first job) to its `shipped`
audit event. Orders arrive all at once (a burst: latency is then mostly the wait in the queue) or at a
steady `arrival_rate`, in small transactions ten times a second.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, make_url, select, text

from bootstrap import open_database
from models.db import Database
from models.tables import AuditEvent, ErpSalesOrder, Job, Order, Shipment, StageRun, utcnow
from tests.support.orders import create_orders, prepare, settings_for
from tests.support.process_cpu import CpuMeter, load_average
from tests.support.workers import kill_one_mid_job, start_workers, stop_workers, wait_ready

# The workers' connections say who they are, so the run counts their backends' CPU and not its own.
WORKER_APPLICATION = "order-intake-scale-out-worker"


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
    # What an order cost: CPU seconds over the run (first commit to last shipment), per order in ms.
    worker_cpu_s: float | None = None
    postgres_cpu_s: float | None = None
    worker_cpu_ms_per_order: float | None = None
    postgres_cpu_ms_per_order: float | None = None
    # Orders per CPU second: what "per core" means on a machine shared with others.
    orders_per_worker_cpu_s: float | None = None
    orders_per_cpu_s: float | None = None  # workers and PostgreSQL together
    # Arrival (the order's commit) to its shipped audit event, in seconds.
    latency_p50_s: float | None = None
    latency_p95_s: float | None = None
    latency_max_s: float | None = None
    arrival_rate: float | None = None  # orders/s; None: all at once
    load_average_start: list[float] | None = None  # 1, 5, 15 min, when the first orders arrived
    load_average: list[float] | None = None  # 1, 5, 15 min, at the end of the run


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


def shipped_at(db: Database, order_ids: list[int]) -> dict[int, datetime]:
    """When each order's `shipped` audit event was written."""
    with db.session() as s:
        rows = s.execute(select(AuditEvent.entity_id, func.min(AuditEvent.at)).where(
            AuditEvent.entity == "order", AuditEvent.action == "status", AuditEvent.to_value == "shipped",
            AuditEvent.entity_id.between(min(order_ids), max(order_ids))).group_by(AuditEvent.entity_id))
        return dict(rows.tuples().all())


def worker_backends(db: Database) -> list[int]:
    """The PostgreSQL backends serving the workers (their pool and their LISTEN connection)."""
    if not db.is_postgres:
        return []
    with db.session() as s:
        return list(s.scalars(text("SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                                   "AND application_name = :app"), {"app": WORKER_APPLICATION}))


def worker_url(url: str) -> str:
    if not url.startswith("postgresql"):
        return url
    return make_url(url).update_query_dict({"application_name": WORKER_APPLICATION}).render_as_string(
        hide_password=False)


def percentile(values: list[float], q: int) -> float:
    """The q-th percentile (inclusive method: p100 is the largest value)."""
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def run(url: str, workers: int, orders: int, kill_one: bool = False, timeout: float = 600.0,
        lease_s: int = 5, home: Path | None = None, arrival_rate: float | None = None) -> Result:
    """One run against a database that holds no orders yet."""
    with tempfile.TemporaryDirectory(prefix="oi-scale-") as scratch:
        home = home or Path(scratch)
        settings = settings_for(home, url)
        db = open_database(settings)
        with db.session() as s:
            if s.scalar(select(func.count()).select_from(Order)):
                raise SystemExit(f"{db.engine.url.render_as_string()} already holds orders: use an empty database")
        prepare(db, settings)
        procs = start_workers(worker_url(url), workers, home, lease_s)
        result_extra: dict[str, object] = {}
        worker_cpu, postgres_cpu = CpuMeter(), CpuMeter()
        pids = [proc.pid for proc, _ in procs]
        arrived: dict[int, datetime] = {}  # order id -> the commit that made it visible to the workers
        try:
            wait_ready(procs)
            worker_cpu.start(pids)
            postgres_cpu.start(worker_backends(db))
            load = load_average()
            result_extra["load_average_start"] = list(load) if load else None
            started = None
            deadline = time.monotonic() + timeout
            killed = False
            chunk = orders if not arrival_rate else max(1, round(arrival_rate / 10))
            next_arrival = time.monotonic()
            while time.monotonic() < deadline:
                if len(arrived) < orders:
                    if time.monotonic() >= next_arrival:
                        ids = create_orders(db, min(chunk, orders - len(arrived)), first=len(arrived))
                        committed = utcnow()  # the orders and their jobs are visible to the workers from here
                        started = started or committed
                        arrived.update(dict.fromkeys(ids, committed))
                        next_arrival += chunk / arrival_rate if arrival_rate else 0.0
                    time.sleep(max(0.0, next_arrival - time.monotonic()) if len(arrived) < orders else 0.0)
                    continue
                worker_cpu.sample(pids)
                postgres_cpu.sample(worker_backends(db))
                shipped = count_shipped(db, list(arrived))
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
        order_ids = list(arrived)
        started = started or utcnow()
        ended = last_shipped_at(db, order_ids) or utcnow()
        seconds = max((ended - started).total_seconds(), 1e-6)
        checks = measure(db, order_ids)
        latencies = sorted((at - arrived[order_id]).total_seconds()
                           for order_id, at in shipped_at(db, order_ids).items())
        result_extra |= cost(checks["shipped"], worker_cpu.total(), postgres_cpu.total())
        if latencies:
            result_extra |= {"latency_p50_s": round(percentile(latencies, 50), 3),
                             "latency_p95_s": round(percentile(latencies, 95), 3),
                             "latency_max_s": round(latencies[-1], 3)}
        load = load_average()
        result_extra["load_average"] = list(load) if load else None
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
            worker_exit_codes=codes, arrival_rate=arrival_rate, **result_extra,  # type: ignore[arg-type]
        )


def cost(shipped: int, worker_cpu_s: float | None, postgres_cpu_s: float | None) -> dict[str, float | None]:
    """CPU per order, and orders per CPU second, of the workers and of PostgreSQL."""
    def per_order_ms(seconds: float | None) -> float | None:
        return round(seconds * 1000 / shipped, 3) if seconds is not None and shipped else None

    def per_second(seconds: float | None) -> float | None:
        return round(shipped / seconds, 1) if seconds else None

    both = worker_cpu_s + postgres_cpu_s if worker_cpu_s is not None and postgres_cpu_s is not None else None
    return {"worker_cpu_s": None if worker_cpu_s is None else round(worker_cpu_s, 2),
            "postgres_cpu_s": None if postgres_cpu_s is None else round(postgres_cpu_s, 2),
            "worker_cpu_ms_per_order": per_order_ms(worker_cpu_s),
            "postgres_cpu_ms_per_order": per_order_ms(postgres_cpu_s),
            "orders_per_worker_cpu_s": per_second(worker_cpu_s), "orders_per_cpu_s": per_second(both)}
