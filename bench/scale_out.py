"""Benchmark: approved orders through ERP, inventory, routing and shipping by N real worker processes.

    .venv/bin/python bench/scale_out.py --database-url URL --workers N --orders M [--kill-one] --json FILE

Starts N `order-intake worker` processes against the database, waits until each is polling, then
commits M approved orders (demo master data, builtin connectors, 1-4 lines each) with their ERP jobs in
one transaction and waits until all are shipped or `--timeout` passes. With `--kill-one`, one worker
is SIGKILLed while it holds a job (frozen with SIGSTOP first, so the kill lands mid-job for sure); its
job comes back when the lease (`--lease-s`) expires. With `--arrival-rate R`, the orders arrive at R per
second (small transactions ten times a second) instead of all at once. Writes `orders`, `shipped`,
`duplicate_erp_orders`, `duplicate_shipments`, `lost`, `orders_per_s`, `seconds` and what an order cost:
`worker_cpu_ms_per_order` and `postgres_cpu_ms_per_order` (CPU of the worker processes and of the
PostgreSQL backends serving them, read from /proc: the server must run on this machine),
`orders_per_worker_cpu_s` and `orders_per_cpu_s` (orders per CPU second, workers alone and with
PostgreSQL: what "per core" means on a shared machine), `latency_p50_s` / `latency_p95_s` (each order's
commit to its `shipped` audit event) and the load average, as JSON.

A PostgreSQL URL names the server: the run gets a throwaway database on it, dropped afterwards
(`--in-place` uses the URL's database as it is). A SQLite URL must name a file that does not exist yet.
The demo's stock is raised so that M orders never run out of it: the measure is the queue, not
backorders. Run on demand; numbers go in
docs/benchmarks.md. Never a timed test.
"""

from __future__ import annotations

import argparse
import json
import sys
import uuid
from dataclasses import asdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sqlalchemy import create_engine, text  # noqa: E402

# The run itself (orders, worker processes, the kill, the exactly-once counts) is shared with the
# scale-out test: tests/support/scale_out.py.
from tests.support.scale_out import Result, run  # noqa: E402


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
    parser.add_argument("--arrival-rate", type=float, help="orders per second arriving (default: all at once)")
    args = parser.parse_args(argv)
    url, drop = args.database_url, None
    if url.startswith("postgresql") and not args.in_place:
        url, drop = throwaway_database(args.database_url)
    elif url.startswith("sqlite") and Path(url.split("///", 1)[-1]).exists():
        parser.error(f"{url} exists: give a SQLite file that does not exist yet")
    try:
        result = run(url, args.workers, args.orders, args.kill_one, args.timeout, args.lease_s,
                     arrival_rate=args.arrival_rate)
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
