"""Benchmark: what an oversized order costs, from intake to the filed outcome (issue 18, item 2).

    .venv/bin/python bench/big_inputs.py [--cases text-5mb,x12-100k] [--timeout 300] [--json FILE]

Each case runs in a fresh process on a fresh SQLite database with the demo's master data: the message is
accepted as intake accepts it (raw kept, parts stored, its job queued), then one worker runs until the
queue is empty. Reported per case: the seconds intake and the worker took, the process's peak memory
(max RSS), the longest stretch during which another connection could not take SQLite's write lock (a
probe tries `BEGIN IMMEDIATE` without waiting every 20 ms), and the outcome: the message's status, the
order's status, its line count and review reasons. A case still running after `--timeout` seconds is
stopped and reported as such.

The cases: `text-5mb` a 5 MB plain-text body of 125,000 order lines, `text-60mb` a 60 MB one, `x12-100k`
an X12 850 with 100,000 PO1 segments, `text-under` a 60,000-character body (about 1,500 lines) under every
default limit. Run on demand; numbers go in docs/benchmarks.md. Never a timed test.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import resource
import sqlite3
import sys
import tempfile
import threading
import time
from collections import Counter
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

CATALOG = [line.split(",")[:2] for line in (REPO / "demo" / "catalog.csv").read_text().splitlines()[1:]]
SENDER = "Jane Doe <jane.doe@acme-retail.example>"  # the demo customer C001's buyer


def text_body(target_chars: int) -> str:
    """Order lines ("3 x SKU description") until the body holds `target_chars` characters."""
    out = ["Hello, please send the following:", ""]
    size, i = 0, 0
    while size < target_chars:
        sku, desc = CATALOG[i % len(CATALOG)]
        line = f"{1 + i % 17} x {sku} {desc[:24]}"
        out.append(line)
        size += len(line) + 1
        i += 1
    out += ["", "Thanks, Jane"]
    return "\n".join(out)


def x12_850(po1_segments: int) -> bytes:
    """One X12 850 with `po1_segments` PO1 lines."""
    segs = ["ISA*00*          *00*          *ZZ*ACME           *ZZ*NORTHWIND      *261201*1200*U*00401*000000001*0*P*>",
            "GS*PO*ACME*NORTHWIND*20261201*1200*1*X*004010", "ST*850*0001", "BEG*00*SA*PO-BIG-1**20261201",
            "N1*BY*Acme Retail Group"]
    for i in range(po1_segments):
        sku = CATALOG[i % len(CATALOG)][0]
        segs.append(f"PO1*{i + 1}*{1 + i % 17}*EA***VP*{sku}")
    segs += [f"CTT*{po1_segments}", f"SE*{po1_segments + 5}*0001", "GE*1*1", "IEA*1*000000001"]
    return ("~".join(segs) + "~").encode()


def email(subject: str, body: str, attachment: bytes | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = SENDER, "orders@northwind-supply.example", subject
    msg["Message-ID"] = f"<bench-{subject.replace(' ', '-')}@acme-retail.example>"
    msg.set_content(body)
    if attachment is not None:
        msg.add_attachment(attachment, maintype="application", subtype="edi-x12", filename="po.edi")
    return msg.as_bytes(policy=SMTP)


def make_case(name: str) -> bytes:
    if name == "text-5mb":
        return email("big order 5mb", text_body(5 * 1024 * 1024))
    if name == "text-60mb":
        return email("big order 60mb", text_body(60 * 1024 * 1024))
    if name == "text-under":
        return email("long order", text_body(60_000))
    if name == "x12-100k":
        return email("EDI order", "Our order is attached.", x12_850(100_000))
    raise SystemExit(f"unknown case {name}")


class LockProbe:
    """Tries to take SQLite's write lock from its own connection, never waiting, every 20 ms; keeps the
    longest stretch it could not."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.longest = 0.0
        self.failures = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        conn = sqlite3.connect(self.path, timeout=0, isolation_level=None)
        blocked_since: float | None = None
        while not self._stop.wait(0.02):
            try:
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("ROLLBACK")
                if blocked_since is not None:
                    self.longest = max(self.longest, time.monotonic() - blocked_since)
                blocked_since = None
            except sqlite3.OperationalError:
                self.failures += 1
                blocked_since = blocked_since or time.monotonic()
        if blocked_since is not None:
            self.longest = max(self.longest, time.monotonic() - blocked_since)
        conn.close()

    def __enter__(self) -> LockProbe:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()


def run_case(name: str, out: Any) -> None:
    from sqlalchemy import select

    from bootstrap import load_demo, open_database
    from config import Settings
    from models.schemas import MessageSource
    from models.tables import InboundMessage, Order
    from orchestration.accept import accept_message
    from orchestration.worker import Worker

    raw = make_case(name)
    with tempfile.TemporaryDirectory() as home:
        settings = Settings(home=Path(home), database_url=f"sqlite:///{home}/bench.db", embedded_worker=False,
                            embedded_maildir_poller=False)
        db = open_database(settings)
        load_demo(db, settings)
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        started = time.perf_counter()
        accepted = accept_message(db, raw, MessageSource("bench"))
        intake_s = time.perf_counter() - started
        with LockProbe(f"{home}/bench.db") as probe:
            started = time.perf_counter()
            Worker(db, settings).run_until_idle()
            worker_s = time.perf_counter() - started
        with db.session() as s:
            message = s.get(InboundMessage, accepted.message_id)
            assert message is not None
            orders = list(s.scalars(select(Order).where(Order.message_id == message.id)))
            result = {
                "case": name, "raw_bytes": len(raw), "intake_s": round(intake_s, 2), "worker_s": round(worker_s, 2),
                "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
                "rss_before_mb": round(rss_before / 1024),
                "write_lock_longest_s": round(probe.longest, 2),
                "message_status": message.status,
                "documents": [(d.role, d.extraction_status) for d in message.documents],
                "orders": [{"status": o.status, "lines": len(o.lines),
                            "reasons": dict(Counter(r.code for r in o.reasons))}
                           for o in orders],
            }
        db.dispose()
    out.put(result)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", default="text-under,text-5mb,x12-100k,text-60mb")
    parser.add_argument("--timeout", type=float, default=300.0)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    results = []
    ctx = multiprocessing.get_context("spawn")  # a fresh process per case: its peak memory is its own
    for name in args.cases.split(","):
        queue = ctx.Queue()
        proc = ctx.Process(target=run_case, args=(name, queue))
        started = time.perf_counter()
        proc.start()
        proc.join(args.timeout)
        if proc.is_alive():
            proc.kill()
            proc.join()
            result: dict[str, Any] = {"case": name, "unfinished_after_s": round(time.perf_counter() - started)}
        else:
            result = queue.get() if not queue.empty() else {"case": name, "exit_code": proc.exitcode}
        print(json.dumps(result), flush=True)
        results.append(result)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
