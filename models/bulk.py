"""Rows a transaction writes, gathered in its session and written a statement per table when it ends.

The worker runs a stage on twenty orders in one transaction. Written as ORM objects, each audit event,
allocation, shipment and status change costs the unit of work its bookkeeping per row, and the
database a statement per row; gathered here, each table gets one statement for the whole batch (an
executemany of one short statement, pipelined by psycopg, or one UPDATE ... WHERE id IN (...) when the
rows change alike). A transaction gathers only when its owner asked for it (`gather`); everywhere else
`add` and `set_columns` are plain ORM writes, so the same stage code runs both ways.

What is gathered is not in the session: a query in the same transaction does not see it until
`write`. A gathering transaction therefore only gathers rows nothing in it reads back: the audit trail
(history for people), and what a stage writes for the stages after it, which run in later transactions.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ARRAY, ColumnElement, Insert, Table, any_, bindparam, insert, inspect, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from models.db import Base

_KEY = "bulk_writes"


@dataclass
class Gathered:
    """What one transaction will write: new rows per table (with the object each came from, if any),
    and column changes per (table, row)."""

    inserts: dict[type[Base], list[tuple[Base | None, dict[str, Any]]]] = field(
        default_factory=lambda: defaultdict(list))
    unless_exists: dict[type[Base], str] = field(default_factory=dict)  # the unique column that skips a row
    updates: dict[type[Base], dict[Any, dict[str, Any]]] = field(default_factory=lambda: defaultdict(dict))


def gather(session: Session) -> None:
    """From now until `write`, `add` and `set_columns` on this session gather instead of writing."""
    session.info[_KEY] = Gathered()


def gathering(session: Session) -> Gathered | None:
    return session.info.get(_KEY)


def add(session: Session, row: Base, unless_exists: str | None = None) -> None:
    """Insert a new row: gathered (the object stays outside the session, with no id), or `session.add`.

    `unless_exists` names a unique column: a gathered row whose value is there already is not written
    (the caller, gathering, did not look)."""
    gathered = gathering(session)
    if gathered is None:
        session.add(row)
        return
    if unless_exists is not None:
        gathered.unless_exists[type(row)] = unless_exists
    state = inspect(row)
    # The attributes the caller set; the rest take their column defaults when written.
    values = {attr.key: state.dict[attr.key] for attr in state.mapper.column_attrs if attr.key in state.dict}
    gathered.inserts[type(row)].append((row, values))


def insert_row(session: Session, model: type[Base], **values: Any) -> None:
    """Insert a new row nobody needs as an object (an audit event): gathered as it is, without building
    the ORM object, or added to the session."""
    gathered = gathering(session)
    if gathered is None:
        session.add(model(**values))
    else:
        gathered.inserts[model].append((None, values))


def take_back(session: Session, rows: list[Base]) -> None:
    """Stop gathering these rows: the caller writes them itself (jobs the worker takes at once)."""
    gathered = gathering(session)
    if gathered is None or not rows:
        return
    for model in {type(row) for row in rows}:
        gathered.inserts[model] = [(obj, values) for obj, values in gathered.inserts[model]
                                   if not any(obj is row for row in rows)]


def set_columns(session: Session, row: Base, **values: Any) -> None:
    """Change columns of a row the session loaded: gathered (the object shows the new values at once,
    and the unit of work sees nothing to flush), or set on the object for the next flush."""
    gathered = gathering(session)
    state = inspect(row)
    if gathered is None or not state.persistent:  # a row not in the database yet is inserted whole
        for key, value in values.items():
            setattr(row, key, value)
        return
    for key, value in values.items():
        set_committed_value(row, key, value)
    gathered.updates[type(row)].setdefault(state.identity, {}).update(values)


def write(session: Session) -> None:
    """Write what was gathered, a statement per table and kind of change, and stop gathering."""
    gathered = session.info.pop(_KEY, None)
    if gathered is None:
        return
    for model, rows in gathered.updates.items():
        _update(session, model, rows)
    for model, new_rows in gathered.inserts.items():
        # One executemany per set of columns given (a Core insert needs the same keys in every row).
        by_keys: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        for _, row in new_rows:
            by_keys[tuple(sorted(row))].append(row)
        table = inspect(model).local_table
        unique = gathered.unless_exists.get(model)
        statement = insert(table) if unique is None else insert_unless_exists(session, table, unique)
        for same in by_keys.values():
            # Core, not the ORM's bulk insert: no object bookkeeping, and without RETURNING psycopg sends
            # one short statement (parsed once, then prepared) for every row in a pipeline.
            session.connection().execute(statement, same)


def one_of(session: Session, column: Any, values: list[Any]) -> ColumnElement[bool]:
    """`column IN (values)`; on PostgreSQL `column = ANY(:array)`, whose text is the same for any number of
    values: an IN list is rendered anew for each length of a batch (SQLAlchemy's post-compile step, and a
    new text for psycopg to parse and the server to plan), which was a twentieth of a worker's CPU."""
    if session.get_bind().dialect.name == "postgresql":
        return column == any_(bindparam(None, list(values), type_=_array_of(column)))
    return column.in_(values)


def one_of_param(dialect: str, column: Any, name: str) -> ColumnElement[bool]:
    """`one_of` for a statement built once and run many times: the values are given at execution as the
    parameter `name` (a list)."""
    if dialect == "postgresql":
        return column == any_(bindparam(name, type_=_array_of(column)))
    return column.in_(bindparam(name, expanding=True))


_ARRAY_TYPES: dict[Any, ARRAY[Any]] = {}


def _array_of(column: Any) -> ARRAY[Any]:
    made = _ARRAY_TYPES.get(column)
    if made is None:
        made = _ARRAY_TYPES[column] = ARRAY(column.type)
    return made


def insert_unless_exists(session: Session, table: Table, unique: str) -> Insert:
    """INSERT ... ON CONFLICT (unique) DO NOTHING, in the session's SQL dialect (PostgreSQL or SQLite)."""
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing(index_elements=[unique])
    return sqlite.insert(table).on_conflict_do_nothing(index_elements=[unique])


def _update(session: Session, model: type[Base], rows: dict[Any, dict[str, Any]]) -> None:
    """Rows that all change alike (a stage moving its batch to one status) in one UPDATE ... WHERE pk IN;
    otherwise one executemany by primary key per set of columns changed."""
    table: Table = inspect(model).local_table
    (pk,) = table.primary_key.columns  # the gathered tables have one-column keys
    changes = list(rows.values())
    if len(changes) > 1 and all(values == changes[0] for values in changes[1:]):
        session.connection().execute(update(table).where(one_of(session, pk, [identity[0] for identity in rows]))
                                     .values(**changes[0]))
        return
    by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for identity, values in rows.items():
        by_columns[tuple(sorted(values))].append({"_pk": identity[0], **values})
    for columns, same in by_columns.items():
        session.connection().execute(
            update(table).where(pk == bindparam("_pk")).values({c: bindparam(c) for c in columns}), same)
