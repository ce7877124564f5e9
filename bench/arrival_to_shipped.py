"""Benchmark: latency from an email's arrival to its shipment in the embedded default.

    .venv/bin/python bench/arrival_to_shipped.py [--samples 30] [--poll-interval S] [--json FILE]

Starts the real `order-intake serve` (SQLite, the Maildir poller and the in-process worker, as
`make run` does) on the demo master data, then delivers a touchless text email (the demo's plain-text
order, each time with its own Message-ID and PO number) into the Maildir's new/ the way a mail server
does (written to tmp/, renamed into new/), and waits until its order is shipped. One email at a time,
at a random moment relative to the poller's tick. Latency = the `shipped` audit event's time minus the
moment of the rename. Prints p50/p95. Run on demand; numbers go in
docs/benchmarks.md. Never a timed test.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from datetime import UTC
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sqlalchemy import select, update  # noqa: E402

from bootstrap import load_demo, open_database  # noqa: E402
from config import Settings  # noqa: E402
from models.db import Database  # noqa: E402
from models.tables import AuditEvent, Order, StockLevel  # noqa: E402

TEMPLATE = REPO / "demo" / "01-plain-text.eml"
DEMO_PO = b"ACM-PO-55821"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def variant(n: int) -> tuple[bytes, str]:
    """The demo's touchless text order as a new email: own Message-ID and PO number (a repeated PO
    number would be held as a possible duplicate)."""
    po = f"ACM-PO-{90000 + n}-{uuid.uuid4().hex[:4].upper()}"
    raw = TEMPLATE.read_bytes().replace(DEMO_PO, po.encode())
    raw = raw.replace(b"<demo-01@mail.acme-retail.example>", f"<arrival-{n}-{uuid.uuid4().hex}@bench.example>".encode())
    return raw, po


def deliver(maildir: Path, raw: bytes, n: int) -> float:
    """As a mail server delivers: write in tmp/, rename into new/. Returns the moment of arrival."""
    tmp = maildir / "tmp" / f"bench-{n}"
    tmp.write_bytes(raw)
    arrived = time.time()
    os.rename(tmp, maildir / "new" / f"bench-{n}")
    return arrived


def shipped_at(db: Database, po: str) -> float | None:
    with db.session() as s:
        at = s.scalar(select(AuditEvent.at).join(Order, Order.id == AuditEvent.entity_id).where(
            Order.po_number == po, AuditEvent.entity == "order", AuditEvent.action == "status",
            AuditEvent.to_value == "shipped"))
        status = s.scalar(select(Order.status).where(Order.po_number == po))
    if at is None and status not in (None, "approved", "erp_accepted", "allocated", "backordered", "routed", "shipped"):
        raise RuntimeError(f"PO {po} ended as {status}, not shipped: is the email still touchless?")
    return at.replace(tzinfo=UTC).timestamp() if at is not None else None


def wait_http(url: str, proc: subprocess.Popen[bytes], timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"serve exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> dict[str, object]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--samples", type=int, default=30)
    parser.add_argument("--poll-interval", type=float, default=None,
                        help="Maildir poll interval for the run (default: the setting's default)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    poll = args.poll_interval if args.poll_interval is not None else Settings().poll_interval_s

    with tempfile.TemporaryDirectory(prefix="oi-arrival-") as scratch:
        home = Path(scratch)
        settings = Settings(home=home, secret_key="bench", poll_interval_s=poll)
        db = open_database(settings)
        load_demo(db, settings)
        with db.session() as s:  # many samples of one order must not run out of stock
            s.execute(update(StockLevel).values(on_hand=StockLevel.on_hand + 100_000))
        maildir = settings.resolved_maildir
        for sub in ("new", "cur", "tmp"):
            (maildir / sub).mkdir(parents=True, exist_ok=True)
        port = free_port()
        env = {**os.environ, "ORDER_INTAKE_HOME": str(home), "ORDER_INTAKE_POLL_INTERVAL_S": str(poll),
               "ORDER_INTAKE_SECRET_KEY": "bench", "PYTHONPATH": str(REPO),
               # The sample is the demo's unsigned email dropped in the Maildir, as the demo does: trusted.
               "ORDER_INTAKE_SENDER_AUTH__TRUSTED_MAILBOXES": '["maildir"]'}
        for name in ("ORDER_INTAKE_CONFIG", "ORDER_INTAKE_DATABASE_URL"):
            env.pop(name, None)
        script = Path(sys.executable).parent / "order-intake"
        command = [str(script)] if script.exists() else [sys.executable, "-c", "import cli; cli.main()"]
        with open(home / "serve.log", "wb") as log:
            proc = subprocess.Popen([*command, "serve", "--port", str(port)], cwd=home, env=env, stdout=log,
                                    stderr=subprocess.STDOUT)
        latencies: list[float] = []
        try:
            wait_http(f"http://127.0.0.1:{port}/healthz", proc)
            warm, po = variant(-1)  # the first email loads the text pipeline; not a sample
            deliver(maildir, warm, -1)
            while shipped_at(db, po) is None:
                time.sleep(0.05)
            rng = random.Random(7)
            for n in range(args.samples):
                time.sleep(rng.uniform(0, poll))  # arrive anywhere in the poller's cycle
                raw, po = variant(n)
                arrived = deliver(maildir, raw, n)
                deadline = time.monotonic() + 60
                while (done := shipped_at(db, po)) is None:
                    if time.monotonic() > deadline:
                        raise RuntimeError(f"PO {po} not shipped within 60 s; see {home / 'serve.log'}")
                    time.sleep(0.01)
                latencies.append(done - arrived)
        finally:
            proc.terminate()
            proc.wait(30)
            db.dispose()
    result: dict[str, object] = {
        "samples": len(latencies), "maildir_poll_interval_s": poll,
        "p50_s": round(percentile(latencies, 0.50), 3), "p95_s": round(percentile(latencies, 0.95), 3),
        "mean_s": round(statistics.fmean(latencies), 3), "max_s": round(max(latencies), 3),
    }
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return result


if __name__ == "__main__":
    main()
