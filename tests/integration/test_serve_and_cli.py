"""The product as a user runs it: `order-intake serve --demo` in its own process (web app, Maildir
poller and worker together), and the CLI commands."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from models.db import Database
from models.tables import InboundMessage
from tests.support.environment import DEMO, REPO

pytestmark = pytest.mark.slow

CLI = str(Path(sys.executable).with_name("order-intake"))


def _env(home: Path) -> dict[str, str]:
    return {**os.environ, "ORDER_INTAKE_HOME": str(home), "ORDER_INTAKE_POLL_INTERVAL_S": "0.3"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(predicate, timeout: float = 60.0, what: str = "condition"):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = predicate()
        if result:
            return result
        time.sleep(0.3)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def served(tmp_path: Path):  # type: ignore[no-untyped-def]
    port = _free_port()
    proc = subprocess.Popen([CLI, "serve", "--demo", "--port", str(port)], cwd=tmp_path, env=_env(tmp_path),
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"

    def up() -> bool:
        try:
            return httpx.get(f"{base}/login", timeout=1).status_code == 200
        except httpx.HTTPError:
            return proc.poll() is not None
    _wait(up, what="the server to answer")
    assert proc.poll() is None, proc.stdout.read() if proc.stdout else ""
    token = subprocess.run([CLI, "token", "create", "admin@demo.example"], cwd=tmp_path, env=_env(tmp_path),
                           capture_output=True, text=True, check=True).stdout.strip()
    client = httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=10)
    yield client, tmp_path, proc
    client.close()
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(20)
    except subprocess.TimeoutExpired:
        proc.kill()


def test_serve_demo_ships_some_orders_and_queues_others(served):  # type: ignore[no-untyped-def]
    client, home, proc = served
    demo_count = len(list(DEMO.glob("*.eml")))

    def settled():  # type: ignore[no-untyped-def]
        messages = client.get("/api/messages?limit=1000").json()
        if len(messages) < demo_count or any(m["status"] == "received" for m in messages):
            return None
        orders = client.get("/api/orders?limit=1000").json()
        if any(o["status"] in ("approved", "erp_accepted", "allocated", "backordered", "routed") for o in orders):
            return None
        return orders
    orders = _wait(settled, what="the demo emails to be processed")
    statuses = [o["status"] for o in orders]
    assert statuses.count("shipped") >= 5, statuses
    assert statuses.count("needs_review") >= 3, statuses
    assert not list((home / "mail" / "new").iterdir())  # every file moved on after commit

    # A new email dropped in the Maildir while the service runs reaches the queue on its own.
    raw = (DEMO / "03-html-table.eml").read_bytes().replace(b"<demo-03@", b"<live-03@").replace(
        b"Purchase Order No.", b"Purchase Order No. L-")
    (home / "mail" / "tmp" / "live").write_bytes(raw)
    os.rename(home / "mail" / "tmp" / "live", home / "mail" / "new" / "live")
    _wait(lambda: len(client.get("/api/messages?limit=1000").json()) == demo_count + 1, what="the new mail")
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(20) == 0 or proc.returncode in (0, -signal.SIGTERM)


def test_cli_ingest_orders_and_eval(tmp_path: Path):
    env = _env(tmp_path)
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name in ("01", "04", "09"):
        shutil.copy(next(DEMO.glob(f"{name}-*.eml")), folder)
    # Demo master data first, through the same commands an admin would use.
    for command, file in (("catalog import", "catalog.csv"), ("customers import", "customers.csv"),
                          ("customers import-prices", "price_lists.csv")):
        out = subprocess.run([CLI, *command.split(), str(DEMO / file)], cwd=tmp_path, env=env,
                             capture_output=True, text=True)
        assert out.returncode == 0, out.stdout + out.stderr
        assert "0 rejected" in out.stdout
    run = subprocess.run([CLI, "ingest", str(folder)], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "3 new message(s)" in run.stdout
    again = subprocess.run([CLI, "ingest", str(folder)], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert "0 new message(s), 3 already held" in again.stdout
    # Each file is where it came from, as columns: the kind of source and the file's path.
    db = Database(f"sqlite:///{tmp_path}/order-intake.db")
    with db.session() as s:
        sources = s.execute(select(InboundMessage.source, InboundMessage.source_path, InboundMessage.source_mailbox)
                            .order_by(InboundMessage.source_path)).all()
    db.dispose()
    assert sources == [("cli", str(path), None) for path in sorted(folder.iterdir())]
    listed = json.loads(subprocess.run([CLI, "orders", "--json"], cwd=tmp_path, env=env, capture_output=True,
                                       text=True, check=True).stdout)
    assert {o["po_number"] for o in listed} == {"ACM-PO-55821", "DL-450193", "DL-450207"}
    review = json.loads(subprocess.run([CLI, "orders", "--status", "needs_review", "--json"], cwd=tmp_path,
                                       env=env, capture_output=True, text=True, check=True).stdout)
    assert [o["po_number"] for o in review] == ["DL-450207"]

    report = tmp_path / "report.json"
    ev = subprocess.run([CLI, "eval", str(REPO / "tests" / "corpus" / "demo"), "--json", str(report)],
                        cwd=tmp_path, env=env, capture_output=True, text=True)
    assert ev.returncode == 0, ev.stdout + ev.stderr
    assert "line f1" in ev.stdout
    numbers = json.loads(report.read_text())
    for key in ("documents", "errors", "header_accuracy", "line_precision", "line_recall", "line_f1",
                "fully_correct_rate", "touchless_rate", "false_auto_approve_rate"):
        assert key in numbers
    assert numbers["documents"] == len(list(DEMO.glob("*.expected.json")))
    assert numbers["false_auto_approve_rate"] == 0.0
    assert numbers["errors"] == 0
    # Per format as well as overall: the demo holds text emails, PDFs and a spreadsheet, each scored.
    formats = numbers["per_format"]
    assert {"eml/email_text", "eml/pdf_table", "eml/spreadsheet"} <= set(formats)
    assert sum(f["documents"] for f in formats.values()) == numbers["documents"]
    assert all("line_f1" in f and "false_auto_approve_rate" in f for f in formats.values())
