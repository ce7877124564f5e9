"""Work bounded by input size, and no job holding SQLite's write lock while it reads (issue 18, item 2).

Before: a 5 MB text body became a 125,000-line order (2 minutes, 1.1 GB), a 60 MB one never finished, an X12
file of 100,000 PO1 segments took 86 s and 1.2 GB; and meanwhile, on SQLite, the job held the write lock
(it wrote its documents' outcomes first, then matched for minutes): logins and intake failed with
"database is locked", and so did the job's own heartbeat, until its lease expired. Now a part over a
reading limit (config.ReadLimits) is not read, the order waits for a clerk as too large to read, the raw
message is kept; and a message's job reads and matches with no write done, writing only at its end."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select

from bootstrap import open_database
from config import ConnectorsConfig, Settings, WebhookConnectorConfig
from models.db import Database
from models.schemas import MessageSource
from models.status import ExtractionStatus, JobStatus, MessageStatus, OrderStatus
from models.tables import InboundMessage, Job, Order, utcnow
from orchestration import jobs
from orchestration.accept import accept_message
from orchestration.worker import Worker
from tests.support.messages import demo_eml, email_with_attachment, plain_email
from tests.support.service import Service, log_in, make_settings
from tests.support.templates import DatabaseTemplates

ON_POSTGRESQL = pytest.param("postgresql", marks=pytest.mark.slow)

# Lines as a buyer types them: a count, one of the demo catalog's SKUs, its words (42 characters a line).
_SKUS = ["GLV-NIT-S-BLU", "GLV-NIT-S-BLK", "GLV-LTX-S-WHT", "GLV-VIN-S-CLR"]


def _order_lines(count: int) -> str:
    return "\n".join(f"{1 + i % 9} x {_SKUS[i % len(_SKUS)]} gloves, box of 100" for i in range(count))


def _x12_850(po1_segments: int) -> bytes:
    segments = ["ISA*00*          *00*          *ZZ*ACME           *ZZ*NORTHWIND      *261201*1200*U*00401*000000001"
                "*0*P*>",
                "GS*PO*ACME*NORTHWIND*20261201*1200*1*X*004010", "ST*850*0001", "BEG*00*SA*PO-BIG-1**20261201"]
    segments += [f"PO1*{i + 1}*{1 + i % 9}*EA***VP*{_SKUS[i % len(_SKUS)]}" for i in range(po1_segments)]
    segments += [f"SE*{po1_segments + 3}*0001", "GE*1*1", "IEA*1*000000001"]
    return ("~".join(segments) + "~").encode()


def _filed(svc: Service, raw: bytes) -> tuple[dict[str, Any], dict[str, Any]]:
    """Post the email through the API, drain the queue; the message's detail and its one order."""
    posted = svc.post_eml(raw)
    svc.drain()
    message = svc.client.get(f"/api/messages/{posted['id']}").json()
    assert len(message["order_ids"]) == 1, message
    return message, svc.client.get(f"/api/orders/{message['order_ids'][0]}").json()


def _raw_kept(svc: Service, message_id: int, raw: bytes) -> bool:
    return svc.client.get(f"/api/messages/{message_id}/raw").content == raw


@pytest.mark.slow  # 3-4 s: 5 MB through the API, intake and the order page (tests/unit/test_read_limits.py is fast)
def test_a_5_mb_text_body_waits_for_a_clerk_as_too_large_to_read_with_its_raw_kept(service: Service) -> None:
    """GIVEN an email whose text body is 5 MB of order lines (140,000 of them) WHEN it is processed
    THEN its body is not read: the document is too_large and says which limit, the order waits for a clerk
    with no line and the reason too_large in plain words, and the raw message is kept byte for byte."""
    raw = plain_email(subject="big order", body=_order_lines(140_000), message_id="<big-5mb@acme.example>")
    assert len(raw) > 5_000_000
    message, order = _filed(service, raw)
    assert message["status"] == MessageStatus.PROCESSED
    (body,) = message["documents"]
    assert body["extraction_status"] == ExtractionStatus.TOO_LARGE
    assert body["error"].startswith("too large to read: ")
    assert body["error"].endswith(" characters of text, more than the 300,000 of max_text_chars")
    assert order["status"] == OrderStatus.NEEDS_REVIEW and order["lines"] == []
    (reason,) = [r["message"] for r in order["review_reasons"] if r["code"] == "too_large"]
    assert reason.startswith("body text is too large to read (") and "type the order from the original" in reason
    assert _raw_kept(service, message["id"], raw)
    # The clerk's page shows the start of the text, not 5 MB of it, and says where the whole message is.
    log_in(service)
    page = service.client.get(f"/review/orders/{order['id']}")
    assert page.status_code == 200 and len(page.content) < 1_000_000
    assert "too large to show whole: here are its first 100,000 characters" in page.text


def test_an_x12_file_of_100000_po1_segments_is_cut_early_and_waits_for_a_clerk(service: Service) -> None:
    """GIVEN an X12 850 of 100,000 PO1 segments attached to an email WHEN it is processed THEN reading stops
    at the segment limit: the document is too_large, the order waits for a clerk with no line and the reason,
    and the raw message is kept."""
    x12 = _x12_850(100_000)
    raw = email_with_attachment(subject="EDI order", message_id="<big-x12@acme.example>", body="Our PO attached.",
                                attachment=x12, maintype="application", subtype="edi-x12", filename="po.edi")
    message, order = _filed(service, raw)
    edi = next(d for d in message["documents"] if d["filename"] == "po.edi")
    assert edi["extraction_status"] == ExtractionStatus.TOO_LARGE
    assert edi["error"] == "too large to read: more than 50,000 EDI segments, the limit of max_edi_segments"
    assert order["status"] == OrderStatus.NEEDS_REVIEW and order["lines"] == []
    assert any(r["code"] == "too_large" and r["message"].startswith("po.edi is too large to read")
               for r in order["review_reasons"])
    assert _raw_kept(service, message["id"], raw)


def _accept_and_run(db: Database, settings: Settings, raw: bytes) -> InboundMessage:
    accepted = accept_message(db, raw, MessageSource("test"))
    Worker(db, settings).run_until_idle()
    with db.session() as s:
        message = s.get(InboundMessage, accepted.message_id)
        assert message is not None
        return message


def test_an_order_of_more_lines_than_the_limit_keeps_the_first_ones_and_is_never_approved_untouched(
        demo_db: Database, settings: Settings) -> None:
    """GIVEN a limit of 30 lines per order and an email of 45 clean lines (each a known SKU) WHEN it is
    processed THEN the order holds the first 30, its document says it was read only in part, and the order
    waits for a clerk with the reason too_large (it would otherwise have gone on untouched)."""
    settings.max_order_lines = 30
    body = f"PO 77120\n\nPlease send:\n{_order_lines(45)}\n\nThanks, Jane"
    message = _accept_and_run(demo_db, settings, plain_email(subject="PO 77120", body=body,
                                                              message_id="<lines@acme.example>"))
    with demo_db.session() as s:
        order = s.scalar(select(Order).where(Order.message_id == message.id))
        assert order is not None and order.status == OrderStatus.NEEDS_REVIEW
        assert [line.item_code for line in order.lines] == [_SKUS[i % 4] for i in range(30)]
        assert [r.code for r in order.reasons if r.code == "too_large"] == ["too_large"]
        (doc,) = s.get(InboundMessage, message.id).documents
        assert doc.extraction_status == ExtractionStatus.TOO_LARGE
        assert doc.error == ("too large to read whole: more than 30 lines in one order, the limit of max_order_lines: "
                             "only the first 30 were read")


def test_a_body_too_large_beside_an_attached_order_costs_only_itself(demo_db: Database, settings: Settings) -> None:
    """GIVEN a text limit of 1,000 characters, an email body of 2,000 and a CSV order attached WHEN it is
    processed THEN the order holds the CSV's lines and waits for a clerk, told the body was too large to read
    (it might have held more of the order)."""
    settings.max_text_chars = 1_000
    csv = "sku,description,qty\n" + "".join(f"{sku},gloves,{n + 2}\n" for n, sku in enumerate(_SKUS))
    raw = email_with_attachment(subject="PO 55101", message_id="<both@acme.example>", body="x" * 2_000,
                                attachment=csv.encode(), maintype="text", subtype="csv", filename="po.csv")
    message = _accept_and_run(demo_db, settings, raw)
    with demo_db.session() as s:
        order = s.scalar(select(Order).where(Order.message_id == message.id))
        assert order is not None and order.status == OrderStatus.NEEDS_REVIEW
        assert [line.item_code for line in order.lines] == _SKUS
        assert [r.message.split(" (")[0] for r in order.reasons if r.code == "too_large"] == [
            "body text is too large to read"]
        statuses = {d.role: d.extraction_status for d in s.get(InboundMessage, message.id).documents}
        assert statuses == {"body_text": ExtractionStatus.TOO_LARGE, "attachment": ExtractionStatus.EXTRACTED}


# ---------------------------------------------------------------- the write lock and the lease


@contextmanager
def _on_catalog_read(db: Database, then: Callable[[], None]) -> Iterator[None]:
    """Call `then` each time the database is asked the catalog's revision: matching's first read, in the
    middle of a message's job (matching/knowledge_store.load_catalog). Only observes: the job goes on."""
    def listener(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if "FROM counters" in statement:
            then()

    event.listen(db.engine, "before_cursor_execute", listener)
    try:
        yield
    finally:
        event.remove(db.engine, "before_cursor_execute", listener)


def test_while_a_message_is_matched_another_connection_can_write(demo_db: Database, settings: Settings) -> None:
    """GIVEN a demo order email WHEN its job matches it against the catalog THEN at that moment another
    connection takes SQLite's write lock at once (no wait at all): the job has written nothing yet, so a
    login or an intake is not kept waiting. Before, the job had written its documents' outcomes first and
    held the lock through matching: "database is locked"."""
    path = settings.resolved_database_url.split("///", 1)[1]
    probes: list[str] = []

    def write_elsewhere() -> None:
        other = sqlite3.connect(path, timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
            probes.append("written")
        except sqlite3.OperationalError as exc:
            probes.append(str(exc))
        finally:
            other.close()

    with _on_catalog_read(demo_db, write_elsewhere):
        message = _accept_and_run(demo_db, settings, demo_eml("01"))
    assert message.status == MessageStatus.PROCESSED
    assert probes and set(probes) == {"written"}, probes


@pytest.mark.parametrize("backend", ["sqlite", ON_POSTGRESQL])
def test_a_message_job_slower_than_its_lease_keeps_it_by_heartbeats(
        backend: str, tmp_path: Path, database_templates: DatabaseTemplates, request: pytest.FixtureRequest) -> None:
    """GIVEN a 1-second lease and a message whose matching takes 1.5 s (the database slow to answer)
    WHEN the worker runs its job THEN the heartbeats renew the lease meanwhile (seen from another
    connection, it is still in the future), no other worker can claim the job, and it is done on its first
    attempt. Before, on SQLite, the heartbeat waited behind the job's own write lock and the lease ran out."""
    url = request.getfixturevalue("pg_demo_url") if backend == "postgresql" else None
    settings = make_settings(tmp_path, url).model_copy(update={"job_lease_s": 1})
    if url is None:
        database_templates.copy_sqlite(settings.resolved_database_url, "demo")
    db = open_database(settings)
    seen: list[tuple[bool, jobs.Ticket | None]] = []

    def slow_answer() -> None:
        if seen:
            return
        time.sleep(1.5)
        with db.session() as s:  # another connection: what any other worker sees
            lease_until = s.scalar(select(Job.lease_until).where(Job.kind == "process_message"))
        claimed = [None]
        # Another worker tries to claim meanwhile, from its own thread (its own connection).
        thread = threading.Thread(target=lambda: claimed.__setitem__(0, jobs.claim(db, "other", 1)))
        thread.start()
        thread.join(10)
        seen.append((lease_until is not None and lease_until > utcnow() + timedelta(seconds=0.2), claimed[0]))

    try:
        with _on_catalog_read(db, slow_answer):
            accepted = accept_message(db, demo_eml("01"), MessageSource("test"))
            Worker(db, settings, name="slow").run_until_idle()
        assert seen == [(True, None)]
        with db.session() as s:
            job = s.scalar(select(Job).where(Job.message_id == accepted.message_id))
            assert job is not None and job.status == JobStatus.DONE and job.attempts == 1 and job.locked_by == "slow"
    finally:
        db.dispose()


def test_heartbeats_keep_the_lease_while_every_pooled_connection_is_taken(demo_db: Database,
                                                                        settings: Settings) -> None:
    """GIVEN a 1-second lease and a job whose matching waits 1.5 s while the web app's requests hold every
    other connection of the pool WHEN the worker runs the job THEN the heartbeat still renews the lease: it
    beats on a connection of its own, and never queues for a pooled one (which waits up to 30 s)."""
    db = demo_db
    settings = settings.model_copy(update={"job_lease_s": 1})
    path = settings.resolved_database_url.split("///", 1)[1]
    leases: list[bool] = []
    worker = Worker(db, settings, name="slow")

    def pool_taken_meanwhile() -> None:
        if leases:
            return
        held = []
        try:
            while True:  # every connection the pool will give (it waits, then times out, on the next)
                held.append(db.engine.connect().execution_options(pool_timeout=0))
                if db.engine.pool.checkedout() >= db.engine.pool.size() + db.engine.pool._max_overflow:
                    break
            time.sleep(1.5)
        finally:
            for conn in held:
                conn.close()
        other = sqlite3.connect(path)  # outside the pool: what another process sees
        (lease_until,) = other.execute("SELECT lease_until FROM jobs WHERE kind = 'process_message'").fetchone()
        other.close()
        leases.append(lease_until is not None and lease_until > str(utcnow() + timedelta(seconds=0.2)))

    with worker.heartbeats(), _on_catalog_read(db, pool_taken_meanwhile):
        accept_message(db, demo_eml("01"), MessageSource("test"))
        worker.run_once()
    assert leases == [True]


def test_while_a_stage_calls_out_another_connection_can_write(demo_db: Database, settings: Settings) -> None:
    """GIVEN the ERP stage on a webhook WHEN the ERP is being called THEN another connection takes SQLite's
    write lock at once: a stage writes its outcome after the call, never before it, so a slow ERP (up to the
    webhook's timeout, times its attempts) keeps no login or intake waiting."""
    path = settings.resolved_database_url.split("///", 1)[1]
    probes: list[str] = []

    class Erp(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            other = sqlite3.connect(path, timeout=0, isolation_level=None)
            try:
                other.execute("BEGIN IMMEDIATE")
                other.execute("ROLLBACK")
                probes.append("written")
            except sqlite3.OperationalError as exc:
                probes.append(str(exc))
            finally:
                other.close()
            body = json.dumps({"order_number": "EXT-0001"}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Erp)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        on_webhook = settings.model_copy(update={"connectors": ConnectorsConfig(
            erp="webhook", webhook=WebhookConnectorConfig(url=f"http://127.0.0.1:{server.server_address[1]}/erp",
                                                          secret="test-secret", timeout_s=5))})
        message = _accept_and_run(demo_db, on_webhook, demo_eml("01"))
    finally:
        server.shutdown()
        server.server_close()
    with demo_db.session() as s:
        order = s.scalar(select(Order).where(Order.message_id == message.id))
        assert order is not None and order.erp_order_number == "EXT-0001"
    assert probes == ["written"]
