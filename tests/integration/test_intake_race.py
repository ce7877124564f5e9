"""Two sources delivering at the same instant (PostgreSQL, where sources really run in parallel): the same
bytes are stored once; two different messages with one Message-ID are both stored, and agree which came
first."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select

from bootstrap import open_database
from intake.store import store_raw
from models.schemas import MessageSource
from models.tables import InboundMessage
from orchestration.accept import Accepted, accept_message
from tests.support.messages import demo_eml
from tests.support.service import make_settings

pytestmark = pytest.mark.slow


def _race(pg_url: str, tmp_path, raw: bytes, other: bytes) -> tuple[list[Accepted], list[InboundMessage]]:
    """Mailbox A has written `raw`'s row but not committed when mailbox B delivers `other`."""
    db = open_database(make_settings(tmp_path, pg_url))
    first = db.sessions()
    store_raw(first, raw, MessageSource("imap", mailbox="mailbox-a"))
    first.flush()
    results: list[Accepted] = []
    from_b = MessageSource("imap", mailbox="mailbox-b")
    racer = threading.Thread(target=lambda: results.append(accept_message(db, other, from_b)))
    racer.start()  # mailbox B does not see A's row yet, inserts, and waits on the unique index
    racer.join(1.0)
    first.commit()
    first.close()
    racer.join(10)
    with db.session() as s:
        held = list(s.scalars(select(InboundMessage).order_by(InboundMessage.id)))
    db.dispose()
    return results, held


def test_the_same_message_from_two_mailboxes_at_once_is_kept_once(pg_schema_url: str, tmp_path):
    results, held = _race(pg_schema_url, tmp_path, demo_eml("01"), demo_eml("01"))
    assert len(results) == 1 and results[0].created is False
    assert len(held) == 1


def test_two_messages_with_one_message_id_at_once_are_both_kept_the_later_pointing_to_the_first(
        pg_schema_url: str, tmp_path):
    raw = demo_eml("01")
    resent = raw.replace(b"Date: Fri, 20 Nov 2026", b"Date: Sat, 21 Nov 2026")  # same Message-ID, new bytes
    results, held = _race(pg_schema_url, tmp_path, raw, resent)
    assert len(results) == 1 and results[0].created is True
    assert len(held) == 2 and held[0].same_message_id_as is None
    assert next(m for m in held if m.id == results[0].message_id).same_message_id_as == held[0].id
