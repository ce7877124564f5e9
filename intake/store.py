"""Raw storage: every inbound message is kept byte for byte, once (sha256 of its bytes), with what intake
read from it in its one parse: where it came from, its header facts, and its parts as documents."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from config import MimeLimits
from intake.mime import parse_message
from models.bounds import cut
from models.schemas import AuthCheck, MessageSource, ParsedMessage, SenderAuthentication
from models.status import ExtractionStatus, MessageStatus
from models.tables import Document, InboundMessage


@dataclass
class Stored:
    message: InboundMessage
    created: bool  # False: we already held this message and nothing new was stored

    @property
    def usable(self) -> bool:
        """False when intake already knows the message cannot be processed (a limit exceeded)."""
        return self.message.status != MessageStatus.ERROR


def store_raw(session: Session, raw: bytes, source: MessageSource, limits: MimeLimits | None = None,
              sender: SenderAuthentication | None = None) -> Stored:
    """Keep the raw bytes unless these very bytes are already held.

    The same bytes twice are one message: a mailbox fetched again after a crash before the move, a file
    offered again. A Message-ID is no proof of sameness (mailers reuse theirs, and a predictable one can
    be sent ahead by someone else): a message with the Message-ID of one already held but other bytes is
    a new message, stored and pointing to the first (`same_message_id_as`), so that a clerk compares them.
    The message is parsed here and only here: its header facts become columns and its parts become
    `Document` rows, which processing reads. `sender`: what was found of the sender's authenticity
    (intake/sender_auth.py, done before the transaction: it may wait on DNS), stored as columns; None
    leaves them NULL (not checked).
    """
    digest = hashlib.sha256(raw).hexdigest()
    existing = session.scalar(select(InboundMessage).where(InboundMessage.sha256 == digest))
    if existing is not None:
        return Stored(existing, created=False)
    parsed = parse_message(raw, limits or MimeLimits())
    first = None
    if parsed.message_id:
        # As stored: a Message-ID longer than its column is kept cut (message_facts).
        first = session.scalar(select(InboundMessage.id).where(
            InboundMessage.message_id == cut(parsed.message_id, InboundMessage.message_id),
            InboundMessage.same_message_id_as.is_(None)))
    message = InboundMessage(
        source=source.kind,
        source_mailbox=source.mailbox,
        source_folder=source.folder,
        source_uidvalidity=source.uidvalidity,
        source_uid=source.uid,
        source_path=source.path,
        source_user=source.user,
        sha256=digest,
        same_message_id_as=first,
        raw=raw,
        size=len(raw),
        status=MessageStatus.ERROR if parsed.error else MessageStatus.RECEIVED,
        error=parsed.error,
        # A message that cannot be processed (a limit exceeded) has nothing to read.
        documents=[] if parsed.error else documents(parsed),
        **message_facts(parsed),
        **sender_columns(sender),
    )
    session.add(message)
    session.flush()
    return Stored(message, created=True)


def message_facts(parsed: ParsedMessage) -> dict[str, object]:
    """The columns of `InboundMessage` that hold what the parse found (header facts and split results)."""
    facts = parsed.headers
    # A header may be longer than its column (a folded Message-ID of a thousand characters, a forged From):
    # cut to fit, since PostgreSQL refuses the whole message otherwise. The raw bytes keep it whole.
    return {
        "message_id": cut(facts.message_id, InboundMessage.message_id),
        "from_addr": cut(facts.from_addr, InboundMessage.from_addr),
        "from_name": cut(facts.from_name or None, InboundMessage.from_name),
        "reply_to": facts.reply_to,
        "to_addrs": facts.to,
        "subject": cut(facts.subject, InboundMessage.subject),
        "sent_on": facts.sent_on,
        "in_reply_to": cut(facts.in_reply_to or None, InboundMessage.in_reply_to),
        "references": facts.references,
        "automated": facts.automated,
        "original_from_addr": cut(parsed.original_from_addr, InboundMessage.original_from_addr),
        "not_an_order": parsed.not_an_order,
        "refused": list(parsed.refused),
    }


def sender_columns(sender: SenderAuthentication | None) -> dict[str, object]:
    """The sender_auth_* columns of `InboundMessage` for what intake found of the sender (all NULL for None)."""
    if sender is None:
        return {}
    return {
        "sender_auth": sender.status,
        "sender_auth_method": sender.method,
        "sender_auth_domain": sender.domain[:255] if sender.domain else None,
        "sender_auth_aligned": sender.aligned,
        "sender_auth_by": sender.by[:255] if sender.by else None,
        "sender_auth_checks": [check.to_json() for check in sender.checks],
    }


def stored_sender(message: InboundMessage) -> SenderAuthentication | None:
    """What intake found of the message's sender, as its columns hold it; None when it was not checked."""
    if message.sender_auth is None:
        return None
    checks = tuple(AuthCheck(**check) for check in message.sender_auth_checks or [])
    from_domain = message.from_addr.rsplit("@", 1)[-1] if message.from_addr else None
    return SenderAuthentication(message.sender_auth, message.sender_auth_method, message.sender_auth_domain,
                                message.sender_auth_aligned, message.sender_auth_by, from_domain, checks)


def documents(parsed: ParsedMessage) -> list[Document]:
    """The message's parts as documents, in part order, waiting for extraction."""
    return [Document(part_index=part.index, role=part.role, filename=cut(part.filename, Document.filename),
                     media_type=cut(part.media_type, Document.media_type),
                     sha256=hashlib.sha256(part.content).hexdigest(), size=len(part.content), content=part.content,
                     alternative=part.alternative,
                     extraction_status=ExtractionStatus.PENDING)
            for part in parsed.parts]
