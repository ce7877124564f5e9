"""Mailboxes: each configured IMAP mailbox with its connection state (never its password)."""

from __future__ import annotations

from fastapi import APIRouter

from intake.mailbox_status import MailboxOut, mailbox_states
from web.deps import ApiUser, SessionDep, SettingsDep

router = APIRouter(prefix="/api/mailboxes", tags=["mailboxes"])


@router.get("", response_model=list[MailboxOut])
def list_mailboxes(session: SessionDep, settings: SettingsDep, user: ApiUser) -> list[MailboxOut]:
    return mailbox_states(session, settings)
