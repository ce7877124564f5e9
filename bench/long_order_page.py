"""Benchmark: one order page for orders of many lines (issue 18, item 3: the page was quadratic in its lines).

    .venv/bin/python bench/long_order_page.py [--lines 250,500,1000,2000] [--doubtful-share 0.1]
                                              [--home /tmp/oi-bench-long] [--json FILE]

For each size, a plain-text email from a known buyer with that many lines (real catalog SKUs, every
--doubtful-share-th one misspelt so matching doubts it) goes through the real pipeline (intake,
extraction, matching, decision) into a SQLite database; then the real app, in-process (FastAPI
TestClient: the whole request path minus the socket), serves the order page to a logged-in clerk.
Reports per size: the page's bytes, bytes per line, the time to serve it (median of 3) and the
lines drawn. Bytes per line staying flat as the order grows is the point; times are this machine's.
Never a timed test (tests/browser/test_long_orders.py holds the bytes to a bound).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import shutil
import statistics
import sys
import time
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bootstrap import load_demo, open_database  # noqa: E402
from config import Settings  # noqa: E402


def _products() -> list[tuple[str, str]]:
    with (REPO / "demo" / "catalog.csv").open(newline="") as f:
        return [(row["sku"], row["uom"]) for row in csv.DictReader(f)]


def order_email(lines: int, doubtful_share: float, po: str) -> bytes:
    """A buyer's plain-text order of `lines` lines, one in 1/doubtful_share of them a misspelt SKU."""
    products = _products()
    every = max(1, round(1 / doubtful_share)) if doubtful_share > 0 else 0
    body = [f"PO Number: {po}", "Order Date: 2026-11-20", "", "Please ship:", ""]
    for i in range(lines):
        sku, uom = products[i % len(products)]
        if every and i % every == every - 1:
            sku = sku[:-2] + sku[-1] + sku[-2]  # two letters swapped: a fuzzy match, a doubt
        body.append(f"{sku} - {1 + i % 9} {uom}")
    body += ["", "Thanks,", "Robert Chen", "Purchasing | Delta Logistics Inc."]
    msg = EmailMessage()
    msg["From"] = "Robert Chen <rchen@deltalogistics.example>"
    msg["To"] = "orders@northwind-supply.example"
    msg["Subject"] = f"PO {po}"
    msg["Message-ID"] = f"<{po.lower()}@mail.deltalogistics.example>"
    msg.set_content("\n".join(body) + "\n")
    return msg.as_bytes(policy=SMTP)


def run(home: Path, sizes: list[int], doubtful_share: float) -> list[dict[str, object]]:
    from fastapi.testclient import TestClient

    from app import create_app
    from orchestration.worker import Worker
    from web.accounts import create_api_token, ensure_user

    shutil.rmtree(home, ignore_errors=True)
    settings = Settings(home=home, database_url=f"sqlite:///{home}/bench.db", embedded_worker=False,
                        embedded_maildir_poller=False, demo_dir=REPO / "demo", secret_key="bench")
    db = open_database(settings)
    load_demo(db, settings)
    with db.session() as s:
        token = create_api_token(s, ensure_user(s, "bench@demo.example", "bench-pass", "admin"), "bench")
    api = TestClient(create_app(settings, db), headers={"Authorization": f"Bearer {token}"})
    clerk = TestClient(create_app(settings, db))
    csrf = re.search(r'name="csrf" value="([^"]+)"', clerk.get("/login").text).group(1)  # type: ignore[union-attr]
    clerk.post("/login", data={"email": "clerk@demo.example", "password": "demo-clerk", "csrf": csrf})
    results = []
    for n in sizes:
        raw = order_email(n, doubtful_share, f"LONG-{n}")
        message_id = api.post("/api/messages", content=raw, headers={"Content-Type": "message/rfc822"}).json()["id"]
        Worker(db, settings).run_until_idle()
        order_id = api.get(f"/api/messages/{message_id}").json()["order_ids"][0]
        order = api.get(f"/api/orders/{order_id}").json()
        times, size, drawn = [], 0, 0
        for _ in range(3):
            start = time.perf_counter()
            response = clerk.get(f"/review/orders/{order_id}")
            times.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, response.status_code
            # '<tr class="line ' with its space: a line's row, not the row of its doubt under it
            size, drawn = len(response.content), response.text.count('<tr class="line ')
        row = {"lines": len(order["lines"]), "doubtful": sum(1 for ln in order["lines"] if ln["reasons"]),
               "bytes": size, "bytes_per_line": round(size / len(order["lines"])), "lines_drawn": drawn,
               "median_ms": round(statistics.median(times), 1)}
        print(row, flush=True)
        results.append(row)
    api.close()
    clerk.close()
    db.dispose()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lines", default="250,500,1000,2000")
    parser.add_argument("--doubtful-share", type=float, default=0.1)
    parser.add_argument("--home", type=Path, default=Path("/tmp/oi-bench-long"))
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    results = run(args.home, [int(n) for n in args.lines.split(",")], args.doubtful_share)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
