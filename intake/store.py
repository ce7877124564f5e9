"""Raw storage: every inbound message is kept byte for byte, once (Message-ID and sha256)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from config import MimeLimits
from intake.mime import parse_message
from models.tables import InboundMessage


@dataclass
class Stored:
    message: InboundMessage
    created: bool  # False: we already held this message and nothing new was stored

    @property
    def usable(self) -> bool:
        """False when intake already knows the message cannot be processed (a limit exceeded)."""
        return self.message.status != "error"


def store_raw(session: Session, raw: bytes, source: str, source_ref: str | None = None,
              limits: MimeLimits | None = None) -> Stored:
    """Keep the raw bytes unless the same message is already held.

    Deduplicates on the sha256 of the bytes and on Message-ID, because the same order often
    reaches us twice (a resend, or a copy in two mailboxes) with different transport headers.
    """
    digest = hashlib.sha256(raw).hexdigest()
    existing = session.scalar(select(InboundMessage).where(InboundMessage.sha256 == digest))
    if existing is not None:
        return Stored(existing, created=False)
    parsed = parse_message(raw, limits or MimeLimits())
    if parsed.message_id:
        existing = session.scalar(
            select(InboundMessage).where(InboundMessage.message_id == parsed.message_id).limit(1)
        )
        if existing is not None:
            return Stored(existing, created=False)
    message = InboundMessage(
        source=source,
        source_ref=source_ref,
        message_id=parsed.message_id,
        sha256=digest,
        raw=raw,
        size=len(raw),
        from_addr=parsed.from_addr,
        subject=parsed.subject[:998],
        status="error" if parsed.error else "received",
        error=parsed.error,
    )
    session.add(message)
    session.flush()
    return Stored(message, created=True)
