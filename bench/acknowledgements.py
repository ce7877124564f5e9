"""Benchmark: what acknowledgements cost, and how fast the buyer's status page answers.

    .venv/bin/python bench/acknowledgements.py [--orders 200] [--page-requests 300] [--json FILE]

On a fresh SQLite database with the demo master data, the same N text emails (demo 01, each with its own
Message-ID and PO number) go through the worker twice — once without an SMTP server configured, once
with acknowledgements sent to a local aiosmtpd — and the script reports orders per second through
every stage (and the acknowledgement) for both, the cost per acknowledgement, and p50/p95 of
GET /status/<token> through the real app. Run on demand; numbers go in
docs/benchmarks.md. Never a timed test.
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from aiosmtpd.controller import Controller  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from app import create_app  # noqa: E402
from bootstrap import load_demo, open_database  # noqa: E402
from config import Settings, SmtpConfig  # noqa: E402
from models.schemas import MessageSource  # noqa: E402
from models.tables import Acknowledgement, Order  # noqa: E402
from orchestration.accept import accept_message  # noqa: E402
from orchestration.worker import Worker  # noqa: E402


class Counter:
    def __init__(self) -> None:
        self.count = 0

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:  # noqa: N802
        self.count += 1
        return "250 OK"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def emails(n: int) -> list[bytes]:
    raw = next((REPO / "demo").glob("01-*.eml")).read_bytes()
    return [raw.replace(b"<demo-01@", f"<bench-ack-{i}@".encode()).replace(b"ACM-PO-55821", f"ACM-B{i:05d}".encode())
            for i in range(n)]


def run(orders: int, smtp_port: int | None) -> tuple[float, Settings, object]:
    home = Path(tempfile.mkdtemp(prefix="oi-bench-ack-"))
    settings = Settings(home=home, embedded_worker=False, embedded_maildir_poller=False, secret_key="bench",
                        public_base_url="http://bench")
    if smtp_port is not None:
        settings.smtp = SmtpConfig(host="127.0.0.1", port=smtp_port, security="none")
    db = open_database(settings)
    load_demo(db, settings)
    for raw in emails(orders):
        accept_message(db, raw, MessageSource("bench"))
    worker = Worker(db, settings)  # the registry adds the acknowledgement sender when [smtp] has a host
    started = time.perf_counter()
    worker.run_until_idle(max_jobs=100_000)
    seconds = time.perf_counter() - started
    return seconds, settings, db


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--orders", type=int, default=200)
    parser.add_argument("--page-requests", type=int, default=300)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()

    plain_s, _, plain_db = run(args.orders, None)
    plain_db.dispose()  # type: ignore[attr-defined]

    counter = Counter()
    controller = Controller(counter, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        acked_s, settings, db = run(args.orders, controller.port)
    finally:
        controller.stop()
    with db.session() as s:  # type: ignore[attr-defined]
        sent = s.scalar(select(func.count()).select_from(Acknowledgement).where(Acknowledgement.status == "sent"))
        shipped = s.scalar(select(func.count()).select_from(Order).where(Order.status == "shipped"))
        tokens = list(s.scalars(select(Order.status_token).where(Order.status_token.is_not(None))))

    app = create_app(settings, db)  # type: ignore[arg-type]
    timings = []
    with TestClient(app) as client:
        for i in range(args.page_requests):
            started = time.perf_counter()
            response = client.get(f"/status/{tokens[i % len(tokens)]}")
            timings.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200
    timings.sort()
    result = {
        "orders": args.orders,
        "shipped": shipped,
        "acknowledgements_sent": sent,
        "emails_received": counter.count,
        "orders_per_s_without_ack": round(args.orders / plain_s, 1),
        "orders_per_s_with_ack": round(args.orders / acked_s, 1),
        "ms_per_acknowledgement": round((acked_s - plain_s) / max(1, sent or 0) * 1000, 2),
        "status_page_p50_ms": round(statistics.median(timings), 2),
        "status_page_p95_ms": round(timings[int(len(timings) * 0.95) - 1], 2),
    }
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
