"""Benchmark: how long a new message waits to be decided while the ERP hangs (issue 18, item 5).

    .venv/bin/python bench/hanging_connector.py [--orders 10] [--timeout-s 2] [--database-url URL]

An ERP webhook on 127.0.0.1 that never answers within the client's timeout (it sleeps twice as long).
`--orders` approved orders are filed and their ERP jobs start hanging; then one new message arrives, and
the time from its arrival to its order's decision (approved) is measured, three ways, each on a fresh
database with the demo data and the process's worker lanes running in this process:

- before: one lane for every job (worker_connector_slots = 0) and no breaker to speak of (a million
  failures to open it): the message waits behind every ERP attempt queued before it;
- lanes: a message lane and one connector lane, breaker as configured by default;
- lanes, breaker open: the same, measured after the breaker opened.

Also the ERP requests received in the run. Prints JSON. Run on demand; numbers go in docs/benchmarks.md.
Never a timed test.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bootstrap import open_database  # noqa: E402
from config import ConnectorsConfig, WebhookConnectorConfig  # noqa: E402
from models.tables import ConnectorBreaker  # noqa: E402
from orchestration.worker import lane_workers, run_lanes  # noqa: E402
from tests.support.messages import demo_eml  # noqa: E402
from tests.support.service import Service, make_settings  # noqa: E402


class HangingErp:
    def __init__(self, hang_s: float) -> None:
        self.requests = 0
        self.in_flight = 0
        lock = threading.Lock()
        erp = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length", 0)))
                with lock:
                    erp.requests += 1
                    erp.in_flight += 1
                time.sleep(hang_s)
                with lock:
                    erp.in_flight -= 1

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/erp"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def eml() -> bytes:
    unique = uuid.uuid4().hex[:6].upper()
    return (demo_eml("03").replace(b"<demo-03@", f"<demo-03-{unique}@".encode())
            .replace(b"CFM-2026-0871", f"CFM-2026-{unique}".encode()))


def decided(service: Service, message_id: int) -> bool:
    ids = service.client.get(f"/api/messages/{message_id}").json()["order_ids"]
    return bool(ids) and service.client.get(f"/api/orders/{ids[0]}").json()["status"] == "approved"


def measure(setup: str, orders: int, timeout_s: float, database_url: str | None) -> dict[str, Any]:
    erp = HangingErp(hang_s=timeout_s * 2)
    home = Path(tempfile.mkdtemp(prefix="oi-hang-"))
    more: dict[str, Any] = {"worker_connector_slots": 0 if setup == "before" else 1}
    if setup == "before":
        more["connector_breaker_failures"] = 1_000_000
    webhook = WebhookConnectorConfig(url=erp.url, secret="s", timeout_s=timeout_s, attempts=1)
    settings = make_settings(home, database_url).model_copy(
        update={"connectors": ConnectorsConfig(erp="webhook", webhook=webhook), **more})
    service = Service(settings, open_database(settings))
    stop = threading.Event()
    lanes = threading.Thread(target=run_lanes, args=(lane_workers(service.db, settings), stop), daemon=True)
    lanes.start()
    try:
        for _ in range(orders):
            service.post_eml(eml())
        while erp.in_flight == 0:
            time.sleep(0.01)
        if setup == "breaker open":
            while True:
                with service.db.session() as s:
                    row = s.get(ConnectorBreaker, "erp")
                    if row is not None and row.state == "open":
                        break
                time.sleep(0.05)
        started = time.monotonic()
        new = service.post_eml(eml())["id"]
        while not decided(service, new):
            time.sleep(0.01)
        waited = time.monotonic() - started
        return {"setup": setup, "pending_orders": orders, "erp_timeout_s": timeout_s,
                "new_message_decided_after_s": round(waited, 2), "erp_requests_meanwhile": erp.requests}
    finally:
        stop.set()
        lanes.join(timeout_s * 3)
        service.client.close()
        service.db.dispose()
        erp.stop()


def main(argv: list[str] | None = None) -> list[dict[str, Any]]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=10)
    parser.add_argument("--timeout-s", type=float, default=2.0)
    parser.add_argument("--database-url", default=None, help="a PostgreSQL database with the schema (default: "
                                                             "a fresh SQLite file)")
    args = parser.parse_args(argv)
    results = [measure(setup, args.orders, args.timeout_s, args.database_url)
               for setup in ("before", "lanes", "breaker open")]
    print(json.dumps(results, indent=2))
    return results


if __name__ == "__main__":
    main()
