"""Circuit breakers for the connectors, one row per connector (named by the stage that calls it).

A connector that fails `connector_breaker_failures` times in a row (a TransientError: a timeout, a
refused connection, a 5xx) is opened: no worker claims its jobs until the cool-down ends, so they wait
queued, their attempts not spent, and nobody is held up to the timeout on each. Then one worker wins
the trial (half open) and claims one job: success closes the breaker, another failure opens it for
twice as long (up to `connector_breaker_cooldown_max_s`). A refusal (PermanentError) is an answer: the
connector is up. The state is in the database, so every worker process on every machine sees it.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from config import Settings
from models.db import Database
from models.status import BreakerState
from models.tables import ConnectorBreaker, utcnow

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Admission:
    """What a worker may claim now: `blocked` kinds not at all; a `trial` kind is this worker's one
    half-open call (it should claim that kind alone)."""

    blocked: frozenset[str]
    trial: frozenset[str]


def admit(db: Database, kinds: Collection[str], trial_s: float) -> Admission:
    """Which of these connectors' jobs may be claimed now. An open breaker whose cool-down ended (or a
    half-open one whose trial lapsed) goes half open for the worker whose conditional update wins."""
    if not kinds:
        return Admission(frozenset(), frozenset())
    now = utcnow()
    blocked: set[str] = set()
    trial: set[str] = set()
    with db.session() as s:
        rows = s.execute(select(ConnectorBreaker.connector, ConnectorBreaker.state, ConnectorBreaker.open_until)
                         .where(ConnectorBreaker.connector.in_(list(kinds)),
                                ConnectorBreaker.state != BreakerState.CLOSED)).all()
        for connector, state, until in rows:
            if until is not None and until > now:
                blocked.add(connector)
                continue
            # The guard makes exactly one worker the trial's, on SQLite as on PostgreSQL.
            won = s.execute(update(ConnectorBreaker)
                            .where(ConnectorBreaker.connector == connector, ConnectorBreaker.state == state,
                                   or_(ConnectorBreaker.open_until.is_(None), ConnectorBreaker.open_until <= now))
                            .values(state=BreakerState.HALF_OPEN, open_until=now + timedelta(seconds=trial_s),
                                    changed_at=now)
                            .execution_options(synchronize_session=False)).rowcount
            if won:
                log.info("connector %s half open: one trial call", connector)
                trial.add(connector)
            else:
                blocked.add(connector)
    return Admission(frozenset(blocked), frozenset(trial))


def no_trial(db: Database, connector: str) -> None:
    """The trial found no job to try: open again, due at once, so the next claim may try."""
    with db.session() as s:
        s.execute(update(ConnectorBreaker)
                  .where(ConnectorBreaker.connector == connector, ConnectorBreaker.state == BreakerState.HALF_OPEN)
                  .values(state=BreakerState.OPEN, open_until=utcnow())
                  .execution_options(synchronize_session=False))


def _row(s: Session, connector: str, db: Database) -> ConnectorBreaker:
    """The connector's row, created closed on its first failure; locked on PostgreSQL so two workers'
    outcomes count one after the other."""
    q = select(ConnectorBreaker).where(ConnectorBreaker.connector == connector)
    if db.is_postgres:
        q = q.with_for_update()
    row = s.scalar(q)
    if row is not None:
        return row
    try:
        with s.begin_nested():
            s.add(ConnectorBreaker(connector=connector, state=BreakerState.CLOSED, consecutive_failures=0, opens=0,
                                   changed_at=utcnow()))
    except IntegrityError:  # another worker created it meanwhile
        pass
    row = s.scalar(q)
    assert row is not None
    return row


def succeeded(db: Database, connector: str) -> None:
    """The connector answered: closed, its count of failures reset. Writes only when there is something
    to reset, so a healthy connector costs one read per job."""
    with db.session() as s:
        state = s.scalar(select(ConnectorBreaker.state).where(
            ConnectorBreaker.connector == connector,
            or_(ConnectorBreaker.state != BreakerState.CLOSED, ConnectorBreaker.consecutive_failures > 0)))
        if state is None:
            return
        row = _row(s, connector, db)
        if row.state != BreakerState.CLOSED:
            log.warning("connector %s closed: it answered again (was %s)", connector, row.state)
        row.state, row.consecutive_failures, row.opens, row.open_until = BreakerState.CLOSED, 0, 0, None
        row.changed_at = utcnow()


def failed(db: Database, connector: str, error: str, settings: Settings) -> None:
    """A failure of the other side: counted; at the threshold (or in the trial) the breaker opens."""
    now = utcnow()
    with db.session() as s:
        row = _row(s, connector, db)
        row.consecutive_failures += 1
        row.last_error = error[:2000]
        if row.state == BreakerState.HALF_OPEN or (row.state == BreakerState.CLOSED and
                                                    row.consecutive_failures >= settings.connector_breaker_failures):
            cooldown = min(settings.connector_breaker_cooldown_max_s,
                           settings.connector_breaker_cooldown_s * 2 ** row.opens)
            row.opens += 1
            row.state, row.open_until, row.changed_at = BreakerState.OPEN, now + timedelta(seconds=cooldown), now
            log.warning("connector %s open for %.0f s after %d failures in a row: its jobs wait, not attempted "
                        "(last: %s)", connector, cooldown, row.consecutive_failures, error[:200])


def states(session: Session) -> list[ConnectorBreaker]:
    """Every connector's breaker that has a row, for `order-intake jobs breakers` and the API."""
    return list(session.scalars(select(ConnectorBreaker).order_by(ConnectorBreaker.connector)))
