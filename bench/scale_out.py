"""Benchmark: approved orders through ERP, inventory, routing and shipping by N real worker processes.

    .venv/bin/python bench/scale_out.py --database-url URL --workers N --orders M [--kill-one] --json FILE

Starts N `order-intake worker` processes against the database, waits until each is polling, then
commits M approved orders (demo master data, builtin connectors, 1-4 lines each) with their ERP jobs in
one transaction and waits until all are shipped or `--timeout` passes. With `--kill-one`, one worker
is SIGKILLed while it holds a job (frozen with SIGSTOP first, so the kill lands mid-job for sure); its
job comes back when the lease (`--lease-s`) expires. Writes `orders`, `shipped`, `duplicate_erp_orders`,
`duplicate_shipments`, `lost`, `orders_per_s`, `seconds` (and more) as JSON.

A PostgreSQL URL names the server: the run gets a throwaway database on it, dropped afterwards
(`--in-place` uses the URL's database as it is). A SQLite URL must name a file that does not exist yet.
The demo's stock is raised so that M orders never run out of it: the measure is the queue, not
backorders. Run on demand; numbers go in the README. Never a timed test.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sqlalchemy import create_engine, func, select, text, update  # noqa: E402

from bootstrap import load_demo, open_database  # noqa: E402
from config import Settings  # noqa: E402
from models.db import Database  # noqa: E402
from models.tables import (  # noqa: E402
    AuditEvent,
    Customer,
    ErpSalesOrder,
    Job,
    Order,
    OrderLine,
    PriceListEntry,
    Product,
    Shipment,
    StageRun,
    StockLevel,
    utcnow,
)
from orchestration.pipeline import start  # noqa: E402


@dataclass
class Result:
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


def settings_for(home: Path, url: str) -> Settings:
    return Settings(home=home, database_url=url, embedded_worker=False, embedded_maildir_poller=False,
                    secret_key="bench")


def prepare(db: Database, settings: Settings) -> None:
    """Demo master data, with stock raised so that the measure is the queue, not backorders."""
    load_demo(db, settings)
    with db.session() as s:
        s.execute(update(StockLevel).values(on_hand=StockLevel.on_hand + 1_000_000))


def create_orders(db: Database, count: int, seed: int = 7) -> list[int]:
    """`count` approved orders for the demo customers, each with its ERP job, committed together."""
    rng = random.Random(seed)
    with db.session() as s:
        customers = list(s.scalars(select(Customer).order_by(Customer.id)))
        stocked = set(s.scalars(select(StockLevel.sku).distinct()))
        products = [p for p in s.scalars(select(Product).order_by(Product.sku))
                    if p.sku in stocked and p.weight_kg <= 5]
        contract = {(e.customer_id, e.sku): e.unit_price for e in s.scalars(select(PriceListEntry))}
        orders = []
        for n in range(count):
            customer = customers[n % len(customers)]
            address = next((a for a in customer.addresses if a.is_default), customer.addresses[0])
            order = Order(customer_id=customer.id, customer_method="bench", po_number=f"BENCH-{n:06d}",
                          currency=customer.currency, status="approved", confidence=1.0, review_reasons=[],
                          ship_to={"name": address.name, "street": address.street, "city": address.city,
                                   "region": address.region, "postal_code": address.postal_code,
                                   "country": address.country})
            for line_no, product in enumerate(rng.sample(products, rng.randint(1, 4)), start=1):
                order.lines.append(OrderLine(
                    line_no=line_no, sku=product.sku, description=product.description, uom=product.uom,
                    quantity=Decimal(rng.randint(1, 3)), match_method="exact", confidence=1.0,
                    unit_price=contract.get((customer.id, product.sku), product.unit_price)))
            orders.append(order)
        s.add_all(orders)
        s.flush()
        for order in orders:
            start(s, order)
        return [o.id for o in orders]


def worker_command() -> list[str]:
    script = Path(sys.executable).parent / "order-intake"
    return [str(script), "worker"] if script.exists() else [sys.executable, "-c", "import cli; cli.main()", "worker"]


def start_workers(url: str, count: int, home: Path, lease_s: int,
                  extra_env: dict[str, str] | None = None) -> list[tuple[subprocess.Popen[bytes], Path]]:
    env = {**os.environ, **(extra_env or {}), "ORDER_INTAKE_DATABASE_URL": url, "ORDER_INTAKE_HOME": str(home),
           "ORDER_INTAKE_JOB_LEASE_S": str(lease_s), "ORDER_INTAKE_EMBEDDED_WORKER": "false",
           "ORDER_INTAKE_LOG_FORMAT": "json", "PYTHONPATH": str(REPO)}
    env.pop("ORDER_INTAKE_CONFIG", None)
    out = []
    for i in range(count):
        log_path = home / f"worker-{i}.log"
        with open(log_path, "wb") as log_file:
            proc = subprocess.Popen(worker_command(), cwd=home, env=env, stdout=log_file, stderr=subprocess.STDOUT)
        out.append((proc, log_path))
    return out


def wait_ready(workers: list[tuple[subprocess.Popen[bytes], Path]], timeout: float = 120.0) -> None:
    """Each worker logs 'running against' once it polls the queue."""
    deadline = time.monotonic() + timeout
    for proc, log_path in workers:
        while b"running against" not in log_path.read_bytes():
            if proc.poll() is not None:
                raise RuntimeError(f"worker exited with {proc.returncode}: {log_path.read_text()[-2000:]}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"worker not ready: {log_path.read_text()[-2000:]}")
            time.sleep(0.1)


def kill_one_mid_job(db: Database, proc: subprocess.Popen[bytes], tries: int = 200) -> int | None:
    """SIGKILL the worker while it holds a job: freeze it, look at what it holds, kill or thaw and retry.

    Returns the job it held (claimed, not finished), or None when it never held one."""
    for _ in range(tries):
        os.kill(proc.pid, signal.SIGSTOP)
        with db.session() as s:
            held = s.scalar(select(Job.id).where(Job.status == "running",
                                                 Job.locked_by.like(f"%:{proc.pid}:%")).limit(1))
        if held is not None:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            return int(held)
        os.kill(proc.pid, signal.SIGCONT)
        time.sleep(0.01)
    return None


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


def stop_workers(procs: list[tuple[subprocess.Popen[bytes], Path]], timeout: float = 60.0) -> list[int | None]:
    """SIGTERM: each finishes its job and exits 0 (a killed worker reports -9)."""
    for proc, _ in procs:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
    codes: list[int | None] = []
    for proc, _ in procs:
        try:
            codes.append(proc.wait(timeout))
        except subprocess.TimeoutExpired:
            proc.kill()
            codes.append(None)
    return codes


def throwaway_database(server_url: str) -> tuple[str, object]:
    """A fresh database on the PostgreSQL server, and how to drop it."""
    name = f"oi_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    base, _, _ = server_url.rpartition("/")

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return f"{base}/{name}", drop


def main(argv: list[str] | None = None) -> Result:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--orders", type=int, default=1000)
    parser.add_argument("--kill-one", action="store_true", help="SIGKILL one worker while it holds a job")
    parser.add_argument("--json", type=Path, help="write the result here")
    parser.add_argument("--timeout", type=float, default=600.0)
    parser.add_argument("--lease-s", type=int, default=5, help="job lease: how soon a killed worker's job returns")
    parser.add_argument("--in-place", action="store_true", help="PostgreSQL: use the URL's database as it is")
    args = parser.parse_args(argv)
    url, drop = args.database_url, None
    if url.startswith("postgresql") and not args.in_place:
        url, drop = throwaway_database(args.database_url)
    elif url.startswith("sqlite") and Path(url.split("///", 1)[-1]).exists():
        parser.error(f"{url} exists: give a SQLite file that does not exist yet")
    try:
        result = run(url, args.workers, args.orders, args.kill_one, args.timeout, args.lease_s)
    finally:
        if drop is not None:
            drop()  # type: ignore[operator]
    out = json.dumps(asdict(result), indent=2)
    print(out)
    if args.json:
        args.json.write_text(out + "\n")
    return result


if __name__ == "__main__":
    main()
