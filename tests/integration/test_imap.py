"""IMAP intake against a real Dovecot: never lose an order, never take one twice."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from config import SenderAuthConfig, Settings
from intake.imap import ImapMailbox
from models.db import Database
from models.tables import InboundMessage, MailboxState, Order
from orchestration.accept import mailbox_acceptor
from tests.support.dovecot import Dovecot
from tests.support.environment import DEMO
from tests.support.service import Service, make_settings
from tests.support.templates import DatabaseTemplates

DEMO_EMAILS = sorted(DEMO.glob("*.eml"))


def _messages(db: Database) -> list[InboundMessage]:
    with db.session() as s:
        return list(s.scalars(select(InboundMessage).order_by(InboundMessage.id)))


def _wait(predicate: Callable[[], object], timeout: float = 30.0, what: str = "condition") -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def _run(mailbox: ImapMailbox) -> tuple[threading.Event, threading.Thread]:
    stop = threading.Event()
    thread = threading.Thread(target=mailbox.run, args=(stop,), daemon=True)
    thread.start()
    return stop, thread


def test_a_mixed_mailbox_is_ingested_and_moved_after_commit(dovecot: Dovecot, demo_db: Database):
    """GIVEN four demo emails in INBOX WHEN the mailbox syncs THEN each is stored once, then moved."""
    for eml in DEMO_EMAILS[:4]:
        dovecot.append(eml.read_bytes())
    mailbox = ImapMailbox(dovecot.mailbox(), demo_db, mailbox_acceptor(demo_db))
    client = dovecot.client()
    mailbox._ensure_folders(client)
    result = mailbox.sync(client)
    client.logout()
    assert (result.fetched, len(_messages(demo_db))) == (4, 4)
    assert dovecot.count("INBOX") == 0 and dovecot.count("Processed") == 4
    state = mailbox.state.get()
    assert state.last_uid == 4 and state.uidvalidity and state.messages_today == 4
    sources = [(m.source, m.source_mailbox, m.source_folder, m.source_uidvalidity) for m in _messages(demo_db)]
    assert sources == [("imap", "orders", "INBOX", state.uidvalidity)] * 4
    assert sorted(m.source_uid for m in _messages(demo_db)) == [1, 2, 3, 4]


def test_server_stopped_mid_session_and_restarted(dovecot: Dovecot, demo_db: Database):
    """GIVEN a running mailbox WHEN Dovecot goes away (killed, as in a crash: a clean stop lets the open
    session run on for tens of seconds) and comes back THEN every message arrives exactly once."""
    for eml in DEMO_EMAILS[:3]:
        dovecot.append(eml.read_bytes())
    mailbox = ImapMailbox(dovecot.mailbox(), demo_db, mailbox_acceptor(demo_db), backoff_max_s=0.5)
    stop, thread = _run(mailbox)
    try:
        _wait(lambda: len(_messages(demo_db)) == 3, what="the first three messages")
        dovecot.kill()
        _wait(lambda: mailbox.state.get().last_error is not None, what="the outage to be noticed")
        assert mailbox.state.get().connected is False
        dovecot.start()
        for eml in DEMO_EMAILS[3:6]:
            dovecot.append(eml.read_bytes())
        _wait(lambda: len(_messages(demo_db)) == 6, what="the messages appended after the restart")
        _wait(lambda: mailbox.state.get().connected, what="the reconnect")
    finally:
        stop.set()
        thread.join(10)
    shas = [m.sha256 for m in _messages(demo_db)]
    assert len(shas) == len(set(shas)) == 6
    assert dovecot.count("INBOX") == 0 and dovecot.count("Processed") == 6


def test_connection_dropped_between_commit_and_move(dovecot: Dovecot, demo_db: Database):
    """GIVEN the connection dies right after our commit WHEN the mailbox reconnects THEN the message
    is neither lost nor stored twice, and it is moved on the second pass."""
    for eml in DEMO_EMAILS[:2]:
        dovecot.append(eml.read_bytes())
    drops = []

    def drop_once(client, uid):  # type: ignore[no-untyped-def]
        if not drops:
            drops.append(uid)
            client._imap.sock.close()  # the network goes away between the commit and the MOVE

    mailbox = ImapMailbox(dovecot.mailbox(), demo_db, mailbox_acceptor(demo_db), backoff_max_s=0.5,
                          after_commit=drop_once)
    stop, thread = _run(mailbox)
    try:
        _wait(lambda: dovecot.count("Processed") == 2, what="both messages moved")
    finally:
        stop.set()
        thread.join(10)
    assert drops == [1]
    assert len(_messages(demo_db)) == 2
    assert dovecot.count("INBOX") == 0


def test_uidvalidity_change_neither_reingests_nor_skips(dovecot: Dovecot, demo_db: Database):
    """GIVEN a folder recreated by the server (new UIDVALIDITY, UIDs from 1 again) holding two
    messages we have and one we don't WHEN the mailbox syncs THEN only the new one is stored."""
    config = dovecot.mailbox(folder="Orders")
    for eml in DEMO_EMAILS[:2]:
        dovecot.append(eml.read_bytes(), "Orders")
    mailbox = ImapMailbox(config, demo_db, mailbox_acceptor(demo_db))
    with dovecot.client() as client:
        mailbox._ensure_folders(client)
        mailbox.sync(client)
    first_validity = mailbox.state.get().uidvalidity
    with dovecot.client() as client:
        client.delete_folder("Orders")
    time.sleep(1.1)  # Dovecot derives UIDVALIDITY from the clock: make sure it changes
    for eml in DEMO_EMAILS[:3]:
        dovecot.append(eml.read_bytes(), "Orders")
    with dovecot.client() as client:
        result = mailbox.sync(client)
    state = mailbox.state.get()
    assert state.uidvalidity != first_validity
    assert result.fetched == 3
    assert len(_messages(demo_db)) == 3
    assert dovecot.count("Orders") == 0


def test_flag_only_mode_leaves_mail_in_place(dovecot: Dovecot, demo_db: Database):
    """GIVEN a mailbox where moving is not allowed WHEN it syncs twice THEN mail stays, flagged, once."""
    for eml in DEMO_EMAILS[:2]:
        dovecot.append(eml.read_bytes())
    mailbox = ImapMailbox(dovecot.mailbox(mode="flag"), demo_db, mailbox_acceptor(demo_db))
    with dovecot.client() as client:
        assert mailbox.sync(client).fetched == 2
        assert mailbox.sync(client).fetched == 0
        client.select_folder("INBOX")
        flags = client.get_flags(client.search(["ALL"]))
    assert dovecot.count("INBOX") == 2 and dovecot.count("Processed") == 0
    assert all(b"$OrderIntake" in f for f in flags.values())
    # A restart with no state at all (a new database) re-reads nothing it flagged.
    mailbox.state.update(last_uid=0)
    with dovecot.client() as client:
        assert mailbox.sync(client).fetched == 0


def test_one_broken_mailbox_never_stops_the_other(dovecot: Dovecot, tmp_path: Path,
                                                  database_templates: DatabaseTemplates):
    """GIVEN two mailboxes, one with a wrong password WHEN the service runs THEN the good one
    delivers, and the bad one shows its error everywhere without showing the password."""
    from pydantic import SecretStr

    settings = make_settings(tmp_path)
    settings.mailboxes = [dovecot.mailbox("good"),
                          dovecot.mailbox("bad", user="other", password=SecretStr("wrong-secret-123"))]
    settings.embedded_worker = True
    from bootstrap import open_database

    database_templates.copy_sqlite(settings.resolved_database_url, "demo")
    db = open_database(settings)
    svc = Service(settings, db)
    dovecot.append(DEMO_EMAILS[2].read_bytes())
    with svc.client:  # runs the app's lifespan: the mailbox threads and the worker
        _wait(lambda: svc.client.get("/api/orders").json(), what="the order from the good mailbox")
        states = _wait(lambda: [m for m in svc.client.get("/api/mailboxes").json() if m["last_error"]],
                       what="the bad mailbox's error")
        by_name = {m["name"]: m for m in svc.client.get("/api/mailboxes").json()}
    assert by_name["good"]["connected"] is True and by_name["good"]["messages_today"] == 1
    assert by_name["bad"]["connected"] is False
    assert "AUTHENTICATIONFAILED" in states[0]["last_error"] or "authentication" in states[0]["last_error"].lower()
    assert "wrong-secret-123" not in json.dumps(by_name)
    db.dispose()


def test_idle_delivers_without_waiting_for_a_poll(dovecot: Dovecot, tmp_path: Path,
                                                 database_templates: DatabaseTemplates):
    """GIVEN the service running with a 5-minute poll interval WHEN a message is appended THEN IDLE
    brings it through extraction and the decision to the ERP or the review queue within seconds."""
    settings = make_settings(tmp_path)
    settings.mailboxes = [dovecot.mailbox(poll_interval_s=300.0)]
    # The demo's email is unsigned: this mailbox is trusted, as an internal one would be, so that the order
    # goes through untouched (senders are tested in test_sender_authentication.py).
    settings.sender_auth.trusted_mailboxes = ["orders"]
    settings.embedded_worker = True
    from bootstrap import open_database

    database_templates.copy_sqlite(settings.resolved_database_url, "demo")
    db = open_database(settings)
    svc = Service(settings, db)
    with svc.client:
        _wait(lambda: db.sessions().get(MailboxState, "orders") and db.sessions().get(MailboxState, "orders").idle,
              what="the mailbox to enter IDLE")
        started = time.monotonic()
        dovecot.append((DEMO / "03-html-table.eml").read_bytes())
        order = _wait(lambda: [o for o in svc.client.get("/api/orders").json()
                               if o["status"] in ("shipped", "needs_review")], timeout=20, what="the order")
        elapsed = time.monotonic() - started
    assert order[0]["status"] == "shipped"
    assert elapsed < 20  # far below the 300 s poll interval: only IDLE can explain it
    db.dispose()


def test_ingest_imap_url_reads_once_and_changes_nothing(dovecot: Dovecot, tmp_path: Path):
    for eml in DEMO_EMAILS[:3]:
        dovecot.append(eml.read_bytes())
    cli = str(Path(sys.executable).with_name("order-intake"))
    env = {**os.environ, "ORDER_INTAKE_HOME": str(tmp_path), "ORDER_INTAKE_IMAP_PASSWORD": "orders-pass"}
    out = subprocess.run([cli, "ingest", f"imap://orders@127.0.0.1:{dovecot.port}/INBOX"], env=env,
                         capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "3 message(s), 3 new" in out.stdout
    secure = subprocess.run([cli, "ingest", f"imaps://orders@127.0.0.1:{dovecot.ssl_port}/INBOX", "--ca-file",
                             str(dovecot.cafile)], env=env, capture_output=True, text=True, cwd=tmp_path)
    assert secure.returncode == 0, secure.stdout + secure.stderr
    assert "3 message(s), 0 new, 3 already held" in secure.stdout
    assert dovecot.count("INBOX") == 3  # read only
    untrusted = subprocess.run([cli, "ingest", f"imaps://orders@127.0.0.1:{dovecot.ssl_port}/INBOX"], env=env,
                               capture_output=True, text=True, cwd=tmp_path)
    assert untrusted.returncode != 0 and "CERTIFICATE_VERIFY_FAILED" in untrusted.stdout
    bad = subprocess.run([cli, "ingest", f"imap://orders@127.0.0.1:{dovecot.port}/INBOX"], cwd=tmp_path,
                         env={**env, "ORDER_INTAKE_IMAP_PASSWORD": "nope-secret"}, capture_output=True, text=True)
    assert bad.returncode != 0 and "nope-secret" not in bad.stdout + bad.stderr


def test_mail_ingested_from_an_imap_url_shows_its_mailbox_not_the_url_scheme(dovecot: Dovecot, tmp_path: Path):
    """GIVEN two emails ingested once with `order-intake ingest imaps://orders@HOST:PORT/Orders`
    WHEN the dashboard counts the messages by mailbox
    THEN they count under the mailbox the URL names, with folder, UIDVALIDITY and UID as columns; never
    under "imaps", the URL's scheme, which splitting the old source string back apart gave."""
    from decimal import Decimal

    from review_ui.dashboard_numbers import compute

    for eml in DEMO_EMAILS[:2]:
        dovecot.append(eml.read_bytes(), folder="Orders")
    cli = str(Path(sys.executable).with_name("order-intake"))
    env = {**os.environ, "ORDER_INTAKE_HOME": str(tmp_path), "ORDER_INTAKE_IMAP_PASSWORD": "orders-pass"}
    out = subprocess.run([cli, "ingest", f"imaps://orders@127.0.0.1:{dovecot.ssl_port}/Orders", "--ca-file",
                          str(dovecot.cafile)], env=env, capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 0, out.stdout + out.stderr
    db = Database(f"sqlite:///{tmp_path}/order-intake.db")
    try:
        messages = _messages(db)
        assert [(m.source, m.source_mailbox, m.source_folder, m.source_uid, m.source_path) for m in messages] == [
            ("imap", "orders@127.0.0.1", "Orders", 1, None), ("imap", "orders@127.0.0.1", "Orders", 2, None)]
        assert messages[0].source_uidvalidity and messages[0].source_uidvalidity == messages[1].source_uidvalidity
        with db.session() as s:
            board = compute(s, 5.0, Decimal("40"))
        assert [row[:2] for row in board.by_mailbox] == [("orders@127.0.0.1", 2)]
    finally:
        db.dispose()


def test_orders_from_imap_are_processed(dovecot: Dovecot, demo_db: Database, settings: Settings):
    from orchestration.worker import Worker

    dovecot.append((DEMO / "04-pdf-ruled.eml").read_bytes())
    # The demo's email is unsigned: this mailbox is trusted, as an internal one would be (an untrusted one's
    # unsigned order waits for a clerk: test_sender_authentication.py).
    mailbox = ImapMailbox(dovecot.mailbox(), demo_db,
                          mailbox_acceptor(demo_db, sender_auth=SenderAuthConfig(trusted_mailboxes=["orders"])))
    with dovecot.client() as client:
        mailbox._ensure_folders(client)
        mailbox.sync(client)
    Worker(demo_db, settings).run_until_idle()
    with demo_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Order).where(Order.status == "shipped")) == 1


pytestmark = [pytest.mark.slow, pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")]


def test_bad_mail_gets_a_reason_goes_to_the_failed_folder_and_the_mailbox_goes_on(dovecot: Dovecot,
                                                                                  demo_db: Database,
                                                                                  settings: Settings):
    """GIVEN a zip bomb, an oversized attachment and broken MIME ahead of a good order WHEN the mailbox
    syncs THEN each bad one is kept raw with a clear reason, refused mail goes to Failed, and the
    good order is processed."""
    import io
    import zipfile
    from email.message import EmailMessage
    from email.policy import SMTP

    from orchestration.worker import Worker

    def message(msg_id: str, body: str, attachment: tuple[bytes, str] | None = None) -> bytes:
        msg = EmailMessage()
        msg["From"] = "jane.doe@acme-retail.example"
        msg["Subject"] = f"PO {msg_id}"
        msg["Message-ID"] = f"<{msg_id}@acme-retail.example>"
        if body:
            msg.set_content(body)
        if attachment:
            msg.add_attachment(attachment[0], maintype="application", subtype="octet-stream", filename=attachment[1])
        return msg.as_bytes(policy=SMTP)

    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive, archive.open("order.csv", "w") as member:
        for _ in range(60):  # 60 MB of zeros, a few dozen KB compressed
            member.write(b"\0" * (1024 * 1024))
    broken = (b"From: jane.doe@acme-retail.example\r\nSubject: PO 77\r\nMessage-ID: <broken@acme-retail.example>\r\n"
              b"Content-Type: multipart/mixed; boundary=\"zz\"\r\n\r\n--zz\r\nContent-Type: application/pdf\r\n"
              b"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQKJcfsj6IKNSAwIG9i")  # no closing boundary
    mails = [message("bomb", "", (bomb.getvalue(), "order.zip")),
             message("big", "", (b"x" * 200_000, "big.pdf")),
             broken,
             (DEMO / "07-csv-attachment.eml").read_bytes()]
    for raw in mails:
        dovecot.append(raw)
    settings.max_attachment_bytes = 100_000
    mailbox = ImapMailbox(dovecot.mailbox(), demo_db, mailbox_acceptor(demo_db, settings.mime_limits()))
    with dovecot.client() as client:
        mailbox._ensure_folders(client)
        assert mailbox.sync(client).fetched == 4
    assert dovecot.count("INBOX") == 0
    assert (dovecot.count("Failed"), dovecot.count("Processed")) == (2, 2)
    Worker(demo_db, settings).run_until_idle()
    stored = {m.message_id: m for m in _messages(demo_db)}
    assert "zip bomb refused" in stored["<bomb@acme-retail.example>"].error
    assert "exceeds the" in stored["<big@acme-retail.example>"].error
    assert stored["<broken@acme-retail.example>"].status in ("error", "not_an_order")
    assert stored["<broken@acme-retail.example>"].error
    assert [m.raw for m in _messages(demo_db)] == [bytes(r) for r in mails]  # every raw kept byte for byte
    with demo_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Order)) == 1


def test_starttls_with_a_trusted_ca_and_polling_without_idle(dovecot: Dovecot, demo_db: Database):
    """GIVEN STARTTLS on the plain port, the test server's CA trusted, and IDLE switched off WHEN a
    message arrives THEN polling picks it up over the upgraded connection."""
    config = dovecot.mailbox(security="starttls", ca_file=dovecot.cafile, idle=False, poll_interval_s=0.3)
    mailbox = ImapMailbox(config, demo_db, mailbox_acceptor(demo_db), backoff_max_s=0.5)
    stop, thread = _run(mailbox)
    try:
        _wait(lambda: mailbox.state.get().connected, what="the STARTTLS login")
        dovecot.append(DEMO_EMAILS[0].read_bytes())
        _wait(lambda: len(_messages(demo_db)) == 1, what="the polled message")
        assert mailbox.state.get().idle is False
    finally:
        stop.set()
        thread.join(10)
    untrusted = ImapMailbox(dovecot.mailbox("untrusted", security="starttls"), demo_db, mailbox_acceptor(demo_db))
    stop, thread = _run(untrusted)
    try:
        _wait(lambda: untrusted.state.get().last_error, what="the certificate to be refused")
        assert "CERTIFICATE_VERIFY_FAILED" in untrusted.state.get().last_error
    finally:
        stop.set()
        thread.join(10)


def test_password_from_a_secret_file_and_state_on_the_admin_page_and_cli(dovecot: Dovecot, tmp_path: Path):
    secret = tmp_path / "imap-password"
    secret.write_text("orders-pass\n")
    config_file = tmp_path / "order-intake.toml"
    config_file.write_text(
        f'home = "{tmp_path}"\nembedded_worker = false\nembedded_maildir_poller = false\n'
        f'[[mailboxes]]\nname = "sales"\nhost = "127.0.0.1"\nport = {dovecot.port}\nsecurity = "none"\n'
        f'user = "orders"\npassword_file = "{secret}"\npoll_interval_s = 0.5\n')
    env = {**os.environ, "ORDER_INTAKE_CONFIG": str(config_file)}
    env.pop("ORDER_INTAKE_HOME", None)
    dovecot.append(DEMO_EMAILS[0].read_bytes())
    cli = str(Path(sys.executable).with_name("order-intake"))
    port = _free_port()
    server = subprocess.Popen([cli, "serve", "--demo", "--port", str(port)], env=env, cwd=tmp_path,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        def listed() -> list[dict]:
            out = subprocess.run([cli, "mailboxes", "--json"], env=env, cwd=tmp_path, capture_output=True,
                                 text=True)
            rows = json.loads(out.stdout) if out.returncode == 0 else []
            return rows if rows and rows[0]["messages_today"] == 1 and rows[0]["connected"] else []
        rows = _wait(listed, timeout=30, what="the mailbox to report one message")
        assert rows[0]["name"] == "sales" and rows[0]["last_error"] is None
        import httpx

        with httpx.Client(base_url=f"http://127.0.0.1:{port}") as web:
            page = web.get("/login").text
            token = page.split('name="csrf" value="')[1].split('"')[0]
            web.post("/login", data={"email": "admin@demo.example", "password": "demo-admin", "csrf": token})
            admin = web.get("/review/admin/mailboxes").text
            assert "sales" in admin and "connected" in admin and "orders-pass" not in admin
            web.post("/logout", data={"csrf": web.get("/review").text.split('name="csrf" value="')[1].split('"')[0]})
            page = web.get("/login").text
            token = page.split('name="csrf" value="')[1].split('"')[0]
            web.post("/login", data={"email": "clerk@demo.example", "password": "demo-clerk", "csrf": token})
            assert web.get("/review/admin/mailboxes").status_code == 403  # admins only
    finally:
        server.terminate()
        server.wait(20)


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_database_outage_does_not_end_the_mailbox_thread(dovecot: Dovecot, demo_db: Database):
    """GIVEN a mailbox failing to log in WHEN its state table is gone too (the database is broken) THEN
    the thread keeps retrying instead of dying, and records its state again once the table is back."""
    from pydantic import SecretStr
    from sqlalchemy import text

    from models.tables import MailboxState

    mailbox = ImapMailbox(dovecot.mailbox(password=SecretStr("wrong")), demo_db, mailbox_acceptor(demo_db),
                          backoff_max_s=0.2)
    stop, thread = _run(mailbox)
    try:
        _wait(lambda: mailbox.state.get().last_error, what="the first failed login")
        with demo_db.engine.begin() as conn:
            conn.execute(text("DROP TABLE mailbox_states"))
        time.sleep(1.5)  # several failed attempts to record the error
        assert thread.is_alive()
        MailboxState.__table__.create(demo_db.engine)
        _wait(lambda: mailbox.state.get().last_error, what="the state recorded again")
        assert thread.is_alive()
    finally:
        stop.set()
        thread.join(10)
