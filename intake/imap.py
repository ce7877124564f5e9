"""IMAP mailboxes: fetch new mail, hand it to intake, and only then move or flag it on the server.

The order of steps is the whole point (paperless-ngx lost mail by moving first): the raw message is
committed by `accept` before the server is touched, and `last_uid` advances only after the server
action succeeded. A crash or a dropped connection anywhere leaves the message in the watched folder
above `last_uid`, so the next sync fetches it again and deduplication makes that harmless.
"""

from __future__ import annotations

import logging
import random
import ssl
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from urllib.parse import unquote, urlparse

from imapclient import IMAPClient
from sqlalchemy.orm import Session

from config import MailboxConfig
from models.db import Database
from models.schemas import MessageSource
from models.tables import MailboxState, utcnow

log = logging.getLogger(__name__)

# accept(raw, source) commits the raw message and returns True when it is usable, False when
# intake refused it (it goes to the failed folder). It raises when nothing could be stored.
Accept = Callable[[bytes, MessageSource], bool]

DONE_KEYWORD = "$OrderIntake"


def ssl_context(config: MailboxConfig) -> ssl.SSLContext:
    """Certificates are always checked; `ca_file` adds a CA to trust (a test or company server)."""
    return ssl.create_default_context(cafile=str(config.ca_file) if config.ca_file else None)


def connect(config: MailboxConfig) -> IMAPClient:
    client = IMAPClient(config.host, port=config.port, ssl=config.security == "tls",
                        ssl_context=ssl_context(config) if config.security == "tls" else None,
                        timeout=config.timeout_s)
    try:
        if config.security == "starttls":
            client.starttls(ssl_context(config))
        client.login(config.user, config.secret())
    except Exception:
        _close(client)
        raise
    return client


def _close(client: IMAPClient | None) -> None:
    if client is None:
        return
    try:
        client.logout()
    except Exception:
        try:
            client.shutdown()
        except Exception:
            pass


def scrub(error: BaseException, config: MailboxConfig) -> str:
    """An error message fit to store and show: never the password."""
    text = f"{type(error).__name__}: {error}"
    try:
        secret = config.secret()
    except Exception:
        secret = ""
    if secret:
        text = text.replace(secret, "***")
    return text[:1000]


class StateStore:
    """Reads and writes one mailbox's MailboxState row, each change its own short transaction."""

    def __init__(self, db: Database, name: str) -> None:
        self.db, self.name = db, name

    def _row(self, s: Session) -> MailboxState:
        row = s.get(MailboxState, self.name)
        if row is None:
            row = MailboxState(name=self.name, last_uid=0, messages_today=0, connected=False)
            s.add(row)
            s.flush()
        return row

    def get(self) -> MailboxState:
        with self.db.session() as s:
            return self._row(s)

    def update(self, **values: object) -> None:
        with self.db.session() as s:
            row = self._row(s)
            for key, value in values.items():
                setattr(row, key, value)

    def count_messages(self, count: int, last_uid: int) -> None:
        with self.db.session() as s:
            row = self._row(s)
            today = date.today()
            if row.today != today:
                row.today, row.messages_today = today, 0
            row.messages_today += count
            row.last_uid = max(row.last_uid or 0, last_uid)


@dataclass
class SyncResult:
    fetched: int = 0
    new: int = 0


class ImapMailbox:
    """One watched mailbox: sync what is waiting, then IDLE (or poll) for more, reconnecting forever."""

    def __init__(self, config: MailboxConfig, db: Database, accept: Accept, backoff_max_s: float = 300.0,
                 after_commit: Callable[[IMAPClient, int], None] | None = None) -> None:
        self.config, self.accept = config, accept
        self.state = StateStore(db, config.name)
        self.backoff_max_s = backoff_max_s
        # A seam for tests: runs between our commit and the server action, where a crash must not
        # lose or duplicate anything.
        self.after_commit = after_commit
        self.client: IMAPClient | None = None

    # ------------------------------------------------------------ one sync

    def _ensure_folders(self, client: IMAPClient) -> None:
        if self.config.mode != "move":
            return
        for folder in (self.config.processed_folder, self.config.failed_folder):
            if not client.folder_exists(folder):
                client.create_folder(folder)

    def _select(self, client: IMAPClient) -> int:
        info = client.select_folder(self.config.folder)
        uidvalidity = int(info[b"UIDVALIDITY"])
        state = self.state.get()
        if state.uidvalidity != uidvalidity:
            # The server renumbered the folder: old UIDs mean nothing now. Start from the beginning
            # of the new numbering; messages we already hold are recognised by sha256/Message-ID.
            if state.uidvalidity is not None:
                log.warning("mailbox %s: UIDVALIDITY changed %s -> %s; rescanning", self.config.name,
                            state.uidvalidity, uidvalidity)
            self.state.update(uidvalidity=uidvalidity, last_uid=0)
        return uidvalidity

    def _pending_uids(self, client: IMAPClient) -> list[int]:
        last_uid = self.state.get().last_uid or 0
        criteria: list[object] = ["UID", f"{last_uid + 1}:*"]
        if self.config.mode == "flag":
            criteria += ["NOT", "KEYWORD", DONE_KEYWORD]
        # "N:*" always matches the highest message even when its UID is below N.
        return sorted(uid for uid in client.search(criteria) if uid > last_uid)

    def _finish_on_server(self, client: IMAPClient, uids: list[int], usable: bool) -> None:
        if not uids:
            return
        if self.config.mode == "move":
            target = self.config.processed_folder if usable else self.config.failed_folder
            if client.has_capability("MOVE"):
                client.move(uids, target)
            else:
                client.copy(uids, target)
                client.delete_messages(uids)
                if client.has_capability("UIDPLUS"):
                    client.uid_expunge(uids)
                else:
                    client.expunge()
        else:
            flags = [DONE_KEYWORD.encode(), b"\\Seen"] if usable else [DONE_KEYWORD.encode()]
            client.add_flags(uids, flags)

    def sync(self, client: IMAPClient, batch_size: int = 50) -> SyncResult:
        """Fetch every message above last_uid, commit each, then move or flag them. Oldest first.

        Batches keep round trips few (one FETCH and one MOVE per batch); the order of steps is the
        same as one at a time: nothing is moved before it is committed.
        """
        uidvalidity = self._select(client)
        result = SyncResult()
        pending = self._pending_uids(client)
        for start in range(0, len(pending), batch_size):
            batch = pending[start:start + batch_size]
            fetched = client.fetch(batch, ["BODY.PEEK[]"])  # PEEK: a failure leaves them unread
            done: dict[bool, list[int]] = {True: [], False: []}
            for uid in batch:
                raw = fetched.get(uid, {}).get(b"BODY[]")
                if raw is None:
                    continue  # expunged by someone else meanwhile
                result.fetched += 1
                source = MessageSource("imap", mailbox=self.config.name, folder=self.config.folder,
                                       uidvalidity=uidvalidity, uid=uid)
                done[self.accept(bytes(raw), source)].append(uid)
                if self.after_commit is not None:
                    self.after_commit(client, uid)
            self._finish_on_server(client, done[True], usable=True)
            self._finish_on_server(client, done[False], usable=False)
            self.state.count_messages(len(done[True]) + len(done[False]), max(batch))
        self.state.update(last_poll_at=utcnow())
        return result

    # ------------------------------------------------------------ the long-running loop

    def _wait_for_mail(self, client: IMAPClient, stop: threading.Event) -> None:
        """IDLE until the server reports new mail, or poll; return to re-sync either way."""
        if self.config.idle and client.has_capability("IDLE"):
            self.state.update(idle=True)
            client.idle()
            try:
                waited = 0.0
                # Re-sync at least every poll interval even in IDLE: some servers drop quiet IDLEs.
                while not stop.is_set() and waited < self.config.poll_interval_s:
                    responses = client.idle_check(timeout=1)
                    waited += 1
                    if any(r[1] in (b"EXISTS", b"RECENT") for r in responses if isinstance(r, tuple) and len(r) > 1):
                        break
            finally:
                client.idle_done()
        else:
            self.state.update(idle=False)
            stop.wait(self.config.poll_interval_s)
            client.noop()

    def run(self, stop: threading.Event) -> None:
        failures = 0
        while not stop.is_set():
            client = None
            try:
                client = connect(self.config)
                self.client = client
                self._ensure_folders(client)
                self.state.update(connected=True, last_error=None)
                failures = 0
                while not stop.is_set():
                    self.sync(client)
                    self._wait_for_mail(client, stop)
            except Exception as exc:  # any failure: record it, back off, reconnect; never give up
                failures += 1
                message = scrub(exc, self.config)
                log.warning("mailbox %s: %s", self.config.name, message)
                # The database may be what failed: recording the error must not end the thread.
                self._record(connected=False, last_error=message, last_error_at=utcnow())
                delay = min(self.backoff_max_s, 2.0 ** min(failures, 10)) * random.uniform(0.5, 1.0)
                stop.wait(delay)
            finally:
                _close(client)
                self.client = None
        self._record(connected=False)

    def _record(self, **values: object) -> None:
        try:
            self.state.update(**values)
        except Exception:
            log.exception("mailbox %s: could not record its state", self.config.name)


# ---------------------------------------------------------------- one-off ingest from a URL


@dataclass(frozen=True)
class ImapUrl:
    secure: bool
    user: str
    host: str
    port: int
    folder: str


def parse_imap_url(url: str) -> ImapUrl:
    """imap://USER@HOST:PORT/FOLDER or imaps://... (the user may be URL-encoded: a%40b.example)."""
    parsed = urlparse(url)
    if parsed.scheme not in ("imap", "imaps") or not parsed.hostname or not parsed.username:
        raise ValueError("expected imap://USER@HOST[:PORT]/FOLDER or imaps://...")
    secure = parsed.scheme == "imaps"
    folder = unquote(parsed.path.lstrip("/")) or "INBOX"
    return ImapUrl(secure, unquote(parsed.username), parsed.hostname, parsed.port or (993 if secure else 143),
                   folder)


@dataclass(frozen=True)
class Fetched:
    total: int  # messages in the folder
    uidvalidity: int
    uid: int
    raw: bytes


def fetch_all(config: MailboxConfig) -> Iterator[Fetched]:
    """Every message in the folder, read-only: nothing changes on the server."""
    client = connect(config)
    try:
        info = client.select_folder(config.folder, readonly=True)
        uidvalidity = int(info[b"UIDVALIDITY"])
        uids = sorted(client.search(["ALL"]))
        for start in range(0, len(uids), 50):
            batch = uids[start:start + 50]
            for uid, data in sorted(client.fetch(batch, ["BODY.PEEK[]"]).items()):
                yield Fetched(len(uids), uidvalidity, uid, bytes(data[b"BODY[]"]))
    finally:
        _close(client)
