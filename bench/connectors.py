"""Benchmark: approved orders through all four stages with each connector choice, one in-process worker.

    .venv/bin/python bench/connectors.py --orders 300 [--json FILE]

For each setup (builtin everywhere; every stage on the webhook to a local signed-request receiver;
the ERP stage as UBL files in an outbox, the rest builtin; the same with X12 850) a fresh SQLite
database gets the demo master data and M approved orders with their ERP jobs (`create_orders` of
tests/support/orders.py, as in bench/scale_out.py), then one worker runs until the queue is empty.
Reports orders/s, how many were shipped, and what the other side received (webhook ERP bookings and
requests; outbox files), which must equal the orders: one each; and the p50/p95 of one signed webhook
call on its own. Run on demand; numbers go in
docs/benchmarks.md. Never a timed test.
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import json
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sqlalchemy import func, select  # noqa: E402

from bootstrap import open_database  # noqa: E402
from config import ConnectorsConfig, FileConnectorConfig, Settings, WebhookConnectorConfig  # noqa: E402
from models.tables import Order  # noqa: E402
from orchestration.worker import Worker  # noqa: E402
from tests.support.orders import create_orders, prepare, settings_for  # noqa: E402

SECRET = "bench-secret"


class Receiver:
    """Answers every stage at once, checks signatures, and books one ERP order per Idempotency-Key."""

    def __init__(self) -> None:
        self.requests = 0
        self.bad_signatures = 0
        self.erp_bookings: set[str] = set()
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive: the connector's client pools connections
            disable_nagle_algorithm = True  # headers and body go out as two writes: no 40 ms delayed-ACK stall

            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                expected = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
                data = json.loads(body)
                with receiver.lock:
                    receiver.requests += 1
                    if not hmac.compare_digest(expected, self.headers.get("X-Order-Intake-Signature", "")):
                        receiver.bad_signatures += 1
                    if data["stage"] == "erp":
                        receiver.erp_bookings.add(data["idempotency_key"])
                raw = json.dumps(receiver.answer(data)).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @staticmethod
    def answer(data: dict[str, Any]) -> dict[str, Any]:
        stage, order = data["stage"], data["order"]
        if stage == "erp":
            return {"order_number": f"EXT-{order['order_id']}"}
        if stage == "inventory":
            return {"allocations": [{"line_no": ln["line_no"], "warehouse": "WH-EAST", "quantity": ln["quantity"]}
                                    for ln in order["lines"]]}
        if stage == "routing":
            return {"shipments": [{"warehouse": "WH-EAST", "zone": 4, "weight_kg": "2"}]}
        return {"tracking_number": "TRK-" + hashlib.sha256(data["idempotency_key"].encode()).hexdigest()[:10]}

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def run_setup(name: str, orders: int, connectors: ConnectorsConfig, home: Path) -> dict[str, Any]:
    settings: Settings = settings_for(home, f"sqlite:///{home}/bench.db").model_copy(
        update={"connectors": connectors})
    db = open_database(settings)
    prepare(db, settings)
    order_ids = create_orders(db, orders)
    worker = Worker(db, settings)
    started = time.perf_counter()
    worker.run_until_idle(max_jobs=orders * 10)
    seconds = time.perf_counter() - started
    with db.session() as s:
        shipped = s.scalar(select(func.count()).select_from(Order).where(
            Order.id.in_(order_ids), Order.status == "shipped"))
    db.dispose()
    return {"setup": name, "orders": orders, "shipped": shipped, "seconds": round(seconds, 2),
            "orders_per_s": round(orders / seconds, 1)}


def round_trips(receiver: Receiver, calls: int = 200) -> dict[str, Any]:
    """One signed webhook call (serialise, sign, POST on a pooled connection, read the answer), alone."""
    from orchestration.connectors.webhook import WebhookClient

    client = WebhookClient(WebhookConnectorConfig(url=receiver.url, secret=SECRET))
    document = {"order": {"order_id": 1, "lines": [{"line_no": n, "sku": "X", "quantity": "1"} for n in range(4)]}}
    times = []
    for n in range(calls):
        started = time.perf_counter()
        client.call("erp", f"bench:{n}", document)
        times.append((time.perf_counter() - started) * 1000)
    client.close()
    times.sort()
    return {"setup": "one webhook call", "calls": calls, "p50_ms": round(times[len(times) // 2], 2),
            "p95_ms": round(times[int(len(times) * 0.95)], 2)}


def main(argv: list[str] | None = None) -> list[dict[str, Any]]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=300)
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    results = []
    with tempfile.TemporaryDirectory(prefix="oi-bench-connectors-") as tmp:
        root = Path(tmp)
        (root / "builtin").mkdir()
        results.append(run_setup("builtin", args.orders, ConnectorsConfig(), root / "builtin"))

        receiver = Receiver()
        try:
            (root / "webhook").mkdir()
            webhook = WebhookConnectorConfig(url=receiver.url, secret=SECRET)
            result = run_setup("webhook (all four stages)", args.orders, ConnectorsConfig(
                erp="webhook", inventory="webhook", routing="webhook", shipping="webhook", webhook=webhook),
                root / "webhook")
            result.update(requests=receiver.requests, erp_bookings=len(receiver.erp_bookings),
                          bad_signatures=receiver.bad_signatures)
            results.append(result)
            results.append(round_trips(receiver))
        finally:
            receiver.stop()

        for fmt, ext in (("ubl", "xml"), ("x12", "x12")):
            home = root / f"file-{fmt}"
            home.mkdir()
            result = run_setup(f"file ({fmt}) ERP, builtin rest", args.orders, ConnectorsConfig(
                erp="file", file=FileConnectorConfig(outbox=home / "outbox", format=fmt)), home)
            result["outbox_files"] = len(list((home / "outbox").glob(f"*.{ext}")))
            results.append(result)
    for result in results:
        print(json.dumps(result))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return results


if __name__ == "__main__":
    main()
