"""Control numbers of our answers: one counter per syntax and trading partner (a row of `counters`, named
`x12:<qualifier>:<id>` or `edifact:<qualifier>:<id>`), so each partner sees unique, increasing interchange
numbers that survive restarts.

The counter is moved by one UPDATE ... RETURNING in the answer's transaction: a second worker answering
the same partner waits on that row until the first commits, so numbers are given in commit order and
never twice. The first answer to a partner inserts the row in a savepoint; losing that race to another
worker is caught and the UPDATE taken instead."""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from models.tables import Counter

# ISA13 is nine digits, EDIFACT's 0020 fourteen characters: a number past the ninth digit starts again at 1.
LIMIT = 999_999_999


def counter_name(syntax: str, partner: tuple[str, str]) -> str:
    qualifier, identifier = partner
    return f"{syntax}:{qualifier.strip()}:{identifier.strip()}"[:64]


def _bump(session: Session, name: str) -> int | None:
    return session.execute(update(Counter).where(Counter.name == name).values(value=Counter.value + 1)
                           .returning(Counter.value)).scalar_one_or_none()


def next_control(session: Session, name: str) -> int:
    """The next control number under `name`: 1, 2, 3... (after LIMIT, 1 again)."""
    value = _bump(session, name)
    if value is None:
        try:
            with session.begin_nested():
                session.add(Counter(name=name, value=1))
            value = 1
        except IntegrityError:
            value = _bump(session, name) or 1
    return (value - 1) % LIMIT + 1
