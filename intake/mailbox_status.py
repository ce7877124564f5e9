"""Each configured IMAP mailbox with its connection state as the mailbox threads last recorded it
(never its password): read by the API, the admin page and `order-intake mailboxes` alike."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel
from sqlalchemy.orm import Session

from config import Settings
from models.tables import MailboxState


class MailboxOut(BaseModel):
    name: str
    host: str
    port: int
    user: str
    folder: str
    mode: str
    connected: bool
    idle: bool
    last_poll_at: datetime | None
    last_error: str | None
    last_error_at: datetime | None
    messages_today: int
    uidvalidity: int | None
    last_uid: int


def mailbox_states(session: Session, settings: Settings) -> list[MailboxOut]:
    out = []
    for config in settings.mailboxes:
        state = session.get(MailboxState, config.name)
        today = state is not None and state.today == date.today()
        out.append(MailboxOut(
            name=config.name, host=config.host, port=config.port, user=config.user, folder=config.folder,
            mode=config.mode, connected=bool(state and state.connected), idle=bool(state and state.idle),
            last_poll_at=state.last_poll_at if state else None, last_error=state.last_error if state else None,
            last_error_at=state.last_error_at if state else None,
            messages_today=state.messages_today if state and today else 0,
            uidvalidity=state.uidvalidity if state else None, last_uid=state.last_uid if state else 0,
        ))
    return out
