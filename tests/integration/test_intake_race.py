"""Two sources delivering the same message at the same instant store it once (PostgreSQL, where
sources really run in parallel)."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from bootstrap import open_database
from intake.store import store_raw
from models.schemas import MessageSource
from models.tables import InboundMessage
from orchestration.accept import accept_message
from tests.support.messages import demo_eml
from tests.support.service import make_settings

pytestmark = pytest.mark.slow


def test_the_same_message_from_two_mailboxes_at_once_is_kept_once(pg_schema_url: str, tmp_path):
    db = open_database(make_settings(tmp_path, pg_schema_url))
    raw = demo_eml("01")
    resent = raw.replace(b"Date: Fri, 20 Nov 2026", b"Date: Sat, 21 Nov 2026")  # same Message-ID, new bytes
    first = db.sessions()
    store_raw(first, raw, MessageSource("imap", mailbox="mailbox-a"))
    first.flush()  # mailbox A has written its row but not committed yet
    results = []
    from_b = MessageSource("imap", mailbox="mailbox-b")
    racer = threading.Thread(target=lambda: results.append(accept_message(db, resent, from_b)))
    racer.start()  # mailbox B does not see A's row yet, inserts, and waits on the unique index
    racer.join(1.0)
    first.commit()
    first.close()
    racer.join(10)
    assert len(results) == 1 and results[0].created is False
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(InboundMessage)) == 1
    db.dispose()
