"""Accepting a raw message: keep it and queue its processing, in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError

from config import MimeLimits, SenderAuthConfig
from intake.sender_auth import MAIL_SOURCES, TxtLookup, authenticate
from intake.store import store_raw
from models.db import Database
from models.schemas import MessageSource, SenderAuthentication
from models.status import MessageStatus
from orchestration.jobs import enqueue


@dataclass(frozen=True)
class Accepted:
    message_id: int
    created: bool
    status: str

    @property
    def usable(self) -> bool:
        return self.status != MessageStatus.ERROR


def accept_message(db: Database, raw: bytes, source: MessageSource, limits: MimeLimits | None = None,
                   sender_auth: SenderAuthConfig | None = None, lookup: TxtLookup | None = None) -> Accepted:
    """Commit the raw bytes and their processing job together; the same bytes again return the held message.

    The caller may acknowledge the source (move the mail file, answer the HTTP request) only after
    this returns: the message is then durable. The sender of mail (a mailbox's, the Maildir's) is checked
    first, outside the transaction (a DKIM key lookup may wait on DNS), with `sender_auth` (the defaults when
    None) and `lookup` (dkimpy's DNS lookup; by default through the configured servers); other sources' are
    not (NULL: not checked).
    """
    sender = authenticate(raw, source, sender_auth or SenderAuthConfig(), lookup) \
        if source.kind in MAIL_SOURCES else None
    try:
        return _store_and_queue(db, raw, source, limits, sender)
    except IntegrityError:
        # Another source stored a message in the same instant: the same bytes (then theirs is the one we
        # hold), or another message with the same Message-ID (then ours is stored after theirs, pointing to
        # it). Either way the second try sees their row.
        return _store_and_queue(db, raw, source, limits, sender)


def _store_and_queue(db: Database, raw: bytes, source: MessageSource, limits: MimeLimits | None,
                     sender: SenderAuthentication | None) -> Accepted:
    with db.session() as s:
        stored = store_raw(s, raw, source, limits, sender)
        if stored.created:
            enqueue(s, "process_message", f"message:{stored.message.id}:process", message_id=stored.message.id)
        return Accepted(stored.message.id, stored.created, stored.message.status)


def mailbox_acceptor(db: Database, limits: MimeLimits | None = None, sender_auth: SenderAuthConfig | None = None
                     ) -> Callable[[bytes, MessageSource], bool]:
    """The accept callback for a mailbox: commit, then tell it whether the message was usable."""
    def accept(raw: bytes, source: MessageSource) -> bool:
        return accept_message(db, raw, source, limits, sender_auth).usable

    return accept
