"""Two different messages with one Message-ID are two messages (issue 18, item 1).

A Message-ID proves nothing: mailers reuse theirs, and a predictable one can be sent ahead of the real
order. Before, the second message was reported "already held" and vanished (no row, no order, and over
IMAP moved to Processed). Now the same bytes are one message, as ever, and other bytes under a Message-ID
already held are a new message pointing to the first, whose order tells a clerk so in plain words.
Every intake path goes through the same acceptance: the API, the Maildir poller, IMAP and the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from intake.imap import ImapMailbox
from intake.maildir import ensure_maildir, poll_once
from intake.store import store_raw
from models.db import Database
from models.schemas import MessageSource
from models.tables import InboundMessage
from orchestration.accept import accept_message, mailbox_acceptor
from tests.support.dovecot import Dovecot
from tests.support.messages import demo_eml
from tests.support.service import Service, log_in

SHARED_ID = b"<demo-01@mail.acme-retail.example>"


def _with_message_id(raw: bytes, message_id: bytes = SHARED_ID) -> bytes:
    """The email with its Message-ID header replaced (a mailer reusing an ID, or a forger guessing one)."""
    head, sep, body = raw.partition(b"\r\n\r\n") if b"\r\n\r\n" in raw else raw.partition(b"\n\n")
    lines = [line if not line.lower().startswith(b"message-id:") else b"Message-ID: " + message_id
             for line in head.splitlines()]
    newline = b"\r\n" if b"\r\n" in head else b"\n"
    return newline.join(lines) + sep + body


FIRST = demo_eml("01")  # Acme's order, Message-ID <demo-01@...>
SECOND = _with_message_id(demo_eml("03"))  # Cascade's order under the same Message-ID


def _messages(db: Database) -> list[InboundMessage]:
    with db.session() as s:
        return list(s.scalars(select(InboundMessage).order_by(InboundMessage.id)))


def test_the_same_bytes_are_one_message_and_other_bytes_a_new_one_pointing_to_the_first(db: Database):
    with db.session() as s:
        first = store_raw(s, FIRST, MessageSource("test"))
        again = store_raw(s, FIRST, MessageSource("test"))
        second = store_raw(s, SECOND, MessageSource("test"))
        third = store_raw(s, _with_message_id(demo_eml("07")), MessageSource("test"))
        assert (first.created, again.created, second.created, third.created) == (True, False, True, True)
        assert again.message is first.message
        assert first.message.same_message_id_as is None
        # Each later one points to the first, the one a clerk compares it with.
        assert second.message.same_message_id_as == third.message.same_message_id_as == first.message.id
        assert second.message.message_id == first.message.message_id == SHARED_ID.decode()


def test_a_second_order_under_a_message_id_already_held_reaches_a_clerk_with_the_reason(sqlite_service: Service):
    """GIVEN Acme's order WHEN another order arrives through the API under its Message-ID THEN it is a new
    message (201, not a duplicate), read into an order that waits for a clerk, saying in plain words which
    message had the Message-ID first; the first order goes on untouched, and posting either again is a
    duplicate."""
    svc = sqlite_service
    first = svc.post_eml(FIRST)
    second = svc.client.post("/api/messages", content=SECOND, headers={"Content-Type": "message/rfc822"})
    assert second.status_code == 201, second.text
    assert second.json()["duplicate"] is False and second.json()["id"] != first["id"]
    assert svc.post_eml(SECOND)["duplicate"] is True and svc.post_eml(FIRST)["duplicate"] is True
    svc.drain()
    message = svc.client.get(f"/api/messages/{second.json()['id']}").json()
    assert message["same_message_id_as"] == first["id"]
    order = svc.order_for_message(second.json()["id"])
    assert order["status"] == "needs_review"
    reason = next(r for r in order["review_reasons"] if r["code"] == "same_message_id")
    assert f"message #{first['id']}" in reason["message"] and "<demo-01@mail.acme-retail.example>" in reason["message"]
    assert svc.order_for_message(first["id"])["status"] == "shipped"
    assert svc.client.get(f"/api/messages/{first['id']}").json()["same_message_id_as"] is None
    # The clerk sees it on the message's page too.
    log_in(svc, "api@test.example", "api-password")
    page = svc.client.get(f"/review/messages/{second.json()['id']}").text
    assert f'href="/review/messages/{first["id"]}"' in page and "same Message-ID" in page


def test_the_maildir_poller_keeps_both(db: Database, tmp_path: Path):
    root = tmp_path / "mail"
    ensure_maildir(root)
    (root / "new" / "a").write_bytes(FIRST)
    (root / "new" / "b").write_bytes(SECOND)
    assert poll_once(root, lambda raw, source: accept_message(db, raw, source)) == 2
    (root / "new" / "a-again").write_bytes(FIRST)  # offered again after a crash before the move
    poll_once(root, lambda raw, source: accept_message(db, raw, source))
    assert [m.same_message_id_as for m in _messages(db)] == [None, _messages(db)[0].id]


def test_imap_keeps_both_and_still_takes_each_exactly_once(dovecot: Dovecot, db: Database):
    """GIVEN two different messages with one Message-ID in INBOX, and the connection lost right after the
    first commit (before the move) WHEN the mailbox syncs and reconnects THEN both are held, each once
    (the first fetched again is the same bytes), and both are moved to Processed."""
    dovecot.append(FIRST)
    dovecot.append(SECOND)
    drops: list[int] = []

    def drop_once(client, uid):  # type: ignore[no-untyped-def]
        if not drops:
            drops.append(uid)
            client._imap.sock.close()  # the network goes away between the commit and the MOVE

    mailbox = ImapMailbox(dovecot.mailbox(), db, mailbox_acceptor(db), backoff_max_s=0.2, after_commit=drop_once)
    stop = threading.Event()
    thread = threading.Thread(target=mailbox.run, args=(stop,), daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 30
        while dovecot.count("Processed") < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        stop.set()
        thread.join(10)
    assert drops == [1]
    held = _messages(db)
    assert len(held) == 2 and held[1].same_message_id_as == held[0].id
    assert dovecot.count("INBOX") == 0 and dovecot.count("Processed") == 2


@pytest.mark.slow
def test_cli_ingest_counts_the_second_as_new(tmp_path: Path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.eml").write_bytes(FIRST)
    (folder / "b.eml").write_bytes(SECOND)
    cli = str(Path(sys.executable).with_name("order-intake"))
    env = {**os.environ, "ORDER_INTAKE_HOME": str(tmp_path)}
    run = subprocess.run([cli, "ingest", str(folder), "--no-process"], cwd=tmp_path, env=env, capture_output=True,
                         text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "2 file(s), 2 new message(s), 0 already held" in run.stdout

