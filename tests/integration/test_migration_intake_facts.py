"""Migration 0017 (intake facts) on a database that already holds mail: old rows get the source columns
and the header facts intake stores today, and a message still waiting is split so it can be processed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from bootstrap import load_master_data
from models.db import MIGRATIONS_DIR, Database, upgrade_schema
from models.tables import Document, InboundMessage, Order
from orchestration.process_message import process_message
from tests.support.environment import DEMO
from tests.support.messages import demo_eml
from tests.support.service import make_settings

FACTS = (b"From: =?utf-8?q?J=C3=BCrgen_M=C3=BCller?= <J.Mueller@Acme-Retail.example>\r\n"
         b"Reply-To: <buyer@acme-retail.example>, purchasing@acme-retail.example\r\n"
         b"To: Northwind Orders <orders@northwind-supply.example>\r\n"
         b"Subject: PO 4711\r\n"
         b"Date: Mon, 30 Nov 2026 23:30:00 -0500\r\n"
         b"Message-ID: <m1@acme-retail.example>\r\n"
         b"In-Reply-To: <m0@acme-retail.example>\r\n"
         b"References: <m-1@acme-retail.example>\r\n <m0@acme-retail.example>\r\n"
         b"Auto-Submitted: auto-generated\r\n"
         b"\r\n10 x TAPE-48-CLR\r\n")


def _at_0014(url: str) -> None:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    command.upgrade(cfg, "0014")


def _insert(conn: sa.Connection, message_id: int, source: str, ref: str | None, raw: bytes,
            status: str = "processed", from_addr: str | None = None) -> None:
    """A message row as intake wrote it before 0017."""
    conn.execute(sa.text(
        "INSERT INTO inbound_messages (id, source, source_ref, message_id, sha256, raw, size, from_addr, subject, "
        "received_at, status) VALUES (:id, :source, :ref, :mid, :sha, :raw, :size, :from_addr, '', :at, :status)"),
        {"id": message_id, "source": source, "ref": ref, "mid": f"<old-{message_id}@x.example>",
         "sha": f"{message_id:064d}", "raw": raw, "size": len(raw), "at": dt.datetime(2026, 12, 1, 9),
         "status": status, "from_addr": from_addr})


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_upgrading_a_0014_database_with_mail_fills_the_new_columns(backend: str, tmp_path: Path,
                                                                    request: pytest.FixtureRequest) -> None:
    """GIVEN a database at 0014 holding a mailbox's message, a CLI-ingested one (whose source said
    "imaps://..."), an API upload, a Maildir file, and a message still waiting for processing
    WHEN it is upgraded to head
    THEN each has its source as columns (the CLI one its real mailbox, not "imaps"), the header facts
    intake stores today, and the waiting message is split into documents and processed as usual."""
    url = request.getfixturevalue("pg_url") if backend == "postgresql" else f"sqlite:///{tmp_path}/old.db"
    _at_0014(url)
    engine = sa.create_engine(url)
    waiting = demo_eml("01")
    with engine.begin() as conn:
        _insert(conn, 1, "imap", "imap:orders:INBOX:42:7", FACTS)
        _insert(conn, 2, "imap", "imap:imaps://buyer%40acme.example@mail.acme.example:993/Orders:12",
                b"Subject: x\r\n\r\n")
        _insert(conn, 3, "api", "user:clerk@demo.example", b"Subject: x\r\n\r\n")
        _insert(conn, 4, "maildir", "/var/mail/new/1.eml", b"Subject: x\r\n\r\n")
        _insert(conn, 5, "cli", "inbox/01.eml", waiting, status="received", from_addr="jane.doe@acme-retail.example")
    engine.dispose()

    upgrade_schema(url)

    db = Database(url)
    try:
        with db.session() as s:
            rows = {m.id: m for m in s.scalars(sa.select(InboundMessage))}
            sources = {i: (m.source, m.source_mailbox, m.source_folder, m.source_uidvalidity, m.source_uid,
                           m.source_path, m.source_user) for i, m in rows.items()}
            assert sources == {
                1: ("imap", "orders", "INBOX", 42, 7, None, None),
                2: ("imap", "buyer@acme.example@mail.acme.example", "Orders", None, 12, None, None),
                3: ("api", None, None, None, None, None, "clerk@demo.example"),
                4: ("maildir", None, None, None, None, "/var/mail/new/1.eml", None),
                5: ("cli", None, None, None, None, "inbox/01.eml", None),
            }
            facts = rows[1]
            assert facts.from_name == "Jürgen Müller"
            assert facts.reply_to == ["buyer@acme-retail.example", "purchasing@acme-retail.example"]
            assert facts.to_addrs == ["orders@northwind-supply.example"]
            assert facts.sent_on == dt.date(2026, 11, 30)  # the buyer's own calendar day, not UTC's
            assert facts.in_reply_to == "<m0@acme-retail.example>"
            assert facts.references == "<m-1@acme-retail.example> <m0@acme-retail.example>"
            assert facts.automated == "Auto-Submitted: auto-generated"
            assert not any(c["name"] == "source_ref"
                           for c in sa.inspect(s.get_bind()).get_columns("inbound_messages"))
            assert s.scalars(sa.select(Document).where(Document.message_id != 5)).all() == []
            parts = s.scalars(sa.select(Document).where(Document.message_id == 5)).all()
            assert [(d.role, d.extraction_status) for d in parts] == [("body_text", "pending")]
            assert rows[5].refused == [] and rows[5].not_an_order is None

        load_master_data(db, DEMO)
        with db.session() as s:
            message = s.get(InboundMessage, 5)
            (order,) = process_message(s, message, make_settings(tmp_path))
            assert (order.po_number, order.customer_id) == ("ACM-PO-55821", "C001")
            assert order.header_provenance and "po_number" in order.header_provenance
        with db.session() as s:
            assert s.scalar(sa.select(sa.func.count()).select_from(Order)) == 1
    finally:
        db.dispose()


def test_downgrading_removes_the_documents_of_a_message_a_retry_will_split_again(tmp_path: Path) -> None:
    """GIVEN a 0014 database with a message parked by a dead processing job (the upgrade splits it into
    documents, since a retry will process it)
    WHEN it is upgraded to head and downgraded again
    THEN its documents are gone, as before 0017: the old processing makes them itself, and kept ones
    would be made twice."""
    url = f"sqlite:///{tmp_path}/parked.db"
    _at_0014(url)
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        _insert(conn, 1, "cli", "inbox/01.eml", demo_eml("01"), status="error")
        conn.execute(sa.text(
            "INSERT INTO jobs (kind, message_id, idempotency_key, status, attempts, max_attempts, run_after, "
            "created_at) VALUES ('process_message', 1, 'message:1', 'dead', 5, 5, :at, :at)"),
            {"at": dt.datetime(2026, 12, 1, 9)})
    upgrade_schema(url)
    count = sa.text("SELECT count(*) FROM documents WHERE message_id = 1")
    with engine.connect() as conn:
        assert conn.execute(count).scalar_one() == 1
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url)
    command.downgrade(cfg, "0016")
    with engine.connect() as conn:
        assert conn.execute(count).scalar_one() == 0
    engine.dispose()
