"""Benchmark: IMAP intake from a local Dovecot, and intake -> order latency with IDLE.

    .venv/bin/python bench/imap_intake.py [--messages 500] [--latency-samples 20] [--json FILE]

Starts a private Dovecot (scripts/services.sh), fills a mailbox, and measures on a fresh SQLite
database with the demo master data:
  - messages per second fetched and committed (extraction excluded), text-only and with a 1-page PDF;
  - messages per second through extraction, matching and the decision (the worker), for each;
  - intake -> order visible latency (p50, p90) with IDLE, one message at a time, poll interval 5 min.
Run on demand; numbers go in
docs/benchmarks.md. Never a timed test.
"""

from __future__ import annotations

import argparse
import json
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from imapclient import IMAPClient  # noqa: E402
from pydantic import SecretStr  # noqa: E402
from sqlalchemy import select  # noqa: E402

from bootstrap import load_demo, open_database  # noqa: E402
from config import MailboxConfig, Settings  # noqa: E402
from intake.imap import ImapMailbox  # noqa: E402
from models.tables import InboundMessage, Order  # noqa: E402
from orchestration.accept import mailbox_acceptor  # noqa: E402
from orchestration.worker import Worker  # noqa: E402

USER, PASSWORD = "bench", "bench-pass"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def variant(raw: bytes, n: int, tag: str) -> bytes:
    """The same email as a distinct message: its own Message-ID and PO number."""
    head, sep, body = raw.partition(b"\r\n\r\n")
    lines = [ln for ln in head.split(b"\r\n") if not ln.lower().startswith(b"message-id:")]
    lines.append(f"Message-ID: <bench-{tag}-{n}-{uuid.uuid4().hex[:6]}@bench.example>".encode())
    return b"\r\n".join(lines) + sep + body


def fill(port: int, folder: str, raws: list[bytes]) -> None:
    with IMAPClient("127.0.0.1", port=port, ssl=False, timeout=30) as c:
        c.login(USER, PASSWORD)
        if not c.folder_exists(folder):
            c.create_folder(folder)
        for raw in raws:
            c.append(folder, raw)


def settings_for(home: Path) -> Settings:
    return Settings(home=home, database_url=f"sqlite:///{home}/bench.db", embedded_worker=False,
                    embedded_maildir_poller=False, secret_key="bench")


def throughput(port: int, tmp: Path, name: str, template: bytes, count: int) -> dict[str, float]:
    home = tmp / name
    home.mkdir()
    settings = settings_for(home)
    db = open_database(settings)
    load_demo(db, settings)
    fill(port, name, [variant(template, i, name) for i in range(count)])
    config = MailboxConfig(name=name, host="127.0.0.1", port=port, security="none", user=USER,
                           password=SecretStr(PASSWORD), folder=name, processed_folder=f"{name}-done")
    mailbox = ImapMailbox(config, db, mailbox_acceptor(db, settings.mime_limits()))
    with IMAPClient("127.0.0.1", port=port, ssl=False, timeout=30) as client:
        client.login(USER, PASSWORD)
        mailbox._ensure_folders(client)
        started = time.perf_counter()
        fetched = mailbox.sync(client).fetched
        intake_s = time.perf_counter() - started
    started = time.perf_counter()
    worker = Worker(db, settings)
    while worker.run_once():
        pass
    processed_s = time.perf_counter() - started
    with db.session() as s:
        orders = len(s.scalars(select(Order.id)).all())
    db.dispose()
    return {"messages": fetched, "orders": orders,
            "committed_per_s": round(fetched / intake_s, 1),
            "through_decision_per_s": round(fetched / (intake_s + processed_s), 1),
            "intake_s": round(intake_s, 2), "processing_s": round(processed_s, 2)}


def idle_latency(port: int, tmp: Path, template: bytes, samples: int) -> dict[str, float]:
    home = tmp / "latency"
    home.mkdir()
    settings = settings_for(home)
    db = open_database(settings)
    load_demo(db, settings)
    config = MailboxConfig(name="latency", host="127.0.0.1", port=port, security="none", user=USER,
                           password=SecretStr(PASSWORD), folder="INBOX", poll_interval_s=300.0)
    stop = threading.Event()
    mailbox = ImapMailbox(config, db, mailbox_acceptor(db, settings.mime_limits()))
    worker = Worker(db, settings)
    threads = [threading.Thread(target=mailbox.run, args=(stop,), daemon=True),
               threading.Thread(target=worker.run_forever, args=(stop, 0.05), daemon=True)]
    for t in threads:
        t.start()
    deadline = time.monotonic() + 30
    while not mailbox.state.get().idle and time.monotonic() < deadline:
        time.sleep(0.05)
    latencies = []
    try:
        for i in range(samples):
            raw = variant(template, i, "latency")
            message_id = raw.split(b"Message-ID: ")[1].split(b"\r\n")[0].decode()
            started = time.perf_counter()
            fill(port, "INBOX", [raw])
            while True:
                with db.session() as s:
                    message = s.scalar(select(InboundMessage).where(InboundMessage.message_id == message_id))
                    if message is not None and message.status != "received":
                        break
                if time.perf_counter() - started > 60:
                    raise RuntimeError("message did not arrive within 60 s")
                time.sleep(0.01)
            latencies.append(time.perf_counter() - started)
            time.sleep(0.2)
    finally:
        stop.set()
        for t in threads:
            t.join(10)
        db.dispose()
    latencies.sort()
    return {"samples": len(latencies), "p50_s": round(statistics.median(latencies), 3),
            "p90_s": round(latencies[int(len(latencies) * 0.9) - 1], 3), "max_s": round(latencies[-1], 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=500)
    parser.add_argument("--latency-samples", type=int, default=20)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="oi-bench-"))
    dovecot_dir = Path("/tmp") / f"oi-bdv-{uuid.uuid4().hex[:6]}"
    port = free_port()
    script = REPO / "scripts" / "services.sh"
    env = {"DOVECOT_USERS": f"{USER}:{PASSWORD}", "PATH": "/usr/sbin:/usr/bin:/sbin:/bin"}
    subprocess.run(["bash", str(script), "start_dovecot", str(port), str(dovecot_dir)], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    try:
        text = (REPO / "demo" / "01-plain-text.eml").read_bytes()
        pdf = (REPO / "demo" / "04-pdf-ruled.eml").read_bytes()
        report = {
            "machine_cores": len(__import__("os").sched_getaffinity(0)),
            "text_only": throughput(port, tmp, "text", text, args.messages),
            "pdf_1_page": throughput(port, tmp, "pdf", pdf, max(50, args.messages // 5)),
            "idle_latency": idle_latency(port, tmp, text, args.latency_samples),
        }
    finally:
        subprocess.run(["bash", str(script), "stop_dovecot", str(dovecot_dir)], stdout=subprocess.DEVNULL)
        shutil.rmtree(dovecot_dir, ignore_errors=True)
        shutil.rmtree(tmp, ignore_errors=True)
    print(json.dumps(report, indent=2))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
