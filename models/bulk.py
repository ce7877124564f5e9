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
from enum import Enum
from functools import cache
from typing import Any

from sqlalchemy import (
    ARRAY,
    JSON,
    ColumnElement,
    Insert,
    Table,
    TextClause,
    Update,
    any_,
    bindparam,
    insert,
    inspect,
    text,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from models.db import Base, storable_json

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


def add(session: Session, row: Base, unless_exists: str | None = None, values: dict[str, Any] | None = None) -> None:
    """Insert a new row: gathered (the object stays outside the session, with no id), or `session.add`.

    `unless_exists` names a unique column: a gathered row whose value is there already is not written
    (the caller, gathering, did not look). `values`: the columns the row was made with, when the caller
    has them at hand (else read from the object's state)."""
    gathered = gathering(session)
    if gathered is None:
        session.add(row)
        return
    if unless_exists is not None:
        gathered.unless_exists[type(row)] = unless_exists
    if values is None:
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
    on_postgres = session.get_bind().dialect.name == "postgresql"
    for model, rows in gathered.updates.items():
        _update(session, model, rows)
    for model, new_rows in gathered.inserts.items():
        if not new_rows:
            continue
        # One executemany per set of columns given (a Core insert needs the same keys in every row).
        by_keys: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        for _, row in new_rows:
            by_keys[tuple(sorted(row))].append(row)
        table = inspect(model).local_table
        unique = gathered.unless_exists.get(model)
        if on_postgres:
            for keys, same in by_keys.items():
                statement, params = _insert_as_arrays(table, keys, unique, same)
                session.connection().execute(statement, params)
            continue
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


@cache
def _update_alike(dialect: str, table: Table, columns: tuple[str, ...]) -> Update:
    """UPDATE table SET the columns WHERE its key is one of :_ids, built once per table and set of columns."""
    (pk,) = table.primary_key.columns
    return update(table).where(one_of_param(dialect, pk, "_ids")).values({c: bindparam(c) for c in columns})


def _update(session: Session, model: type[Base], rows: dict[Any, dict[str, Any]]) -> None:
    """Rows that all change alike (a stage moving its batch to one status) in one UPDATE ... WHERE pk IN;
    otherwise one executemany by primary key per set of columns changed."""
    table: Table = inspect(model).local_table
    keys = inspect(model).primary_key
    changes = list(rows.values())
    if len(keys) == 1 and len(changes) > 1 and all(values == changes[0] for values in changes[1:]):
        statement = _update_alike(session.get_bind().dialect.name, table, tuple(sorted(changes[0])))
        session.connection().execute(statement, {"_ids": [identity[0] for identity in rows], **changes[0]})
        return
    if session.get_bind().dialect.name == "postgresql":
        by_set: dict[tuple[str, ...], list[tuple[Any, dict[str, Any]]]] = defaultdict(list)
        for identity, values in rows.items():
            by_set[tuple(sorted(values))].append((identity, values))
        for columns, changed in by_set.items():
            statement, params = _update_as_arrays(table, inspect(model).primary_key, columns, changed)
            session.connection().execute(statement, params)
        return
    by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for identity, values in rows.items():
        by_columns[tuple(sorted(values))].append({**{f"_pk{i}": part for i, part in enumerate(identity)}, **values})
    for columns, same in by_columns.items():
        session.connection().execute(
            update(table).where(*(key == bindparam(f"_pk{i}") for i, key in enumerate(keys)))
            .values({c: bindparam(c) for c in columns}), same)


# PostgreSQL: a table's gathered rows as one statement whose values travel as arrays, one per column, unnested
# by the server. An executemany sends a Bind and an Execute per row (the server plans and runs twenty little
# statements, psycopg dumps twenty sets of parameters); this is one of each whatever the batch's size, and its
# text, the same for any number of rows, is prepared once per connection.


def _array_type(column: Any) -> str:
    return f"{column.type.compile(dialect=_PG_DIALECT)}[]"


_PG_DIALECT = postgresql.dialect()
_ARRAY_STATEMENTS: dict[tuple[Any, ...], tuple[TextClause, tuple[Any, ...]]] = {}


def _column_values(column: Any, values: list[Any]) -> list[Any]:
    """One column's values as psycopg sends them in an array: JSON as its text (made storable, as every
    JSON parameter is: models/db.py), an enum member as the text it stores."""
    if isinstance(column.type, JSON):  # None as JSON's null, as SQLAlchemy writes it (unless none_as_null)
        return [None if value is None and column.type.none_as_null else storable_json(value) for value in values]
    return [value.value if isinstance(value, Enum) else value for value in values]


def _defaults(table: Table, given: tuple[str, ...], on: str) -> list[Any]:
    """The columns a Core insert or update would fill from their Python-side default (`created_at`) or
    onupdate (`updated_at`) when not given, as the ORM and Core do."""
    made = []
    for column in table.columns:
        default = column.default if on == "insert" else column.onupdate
        if column.key in given or default is None or not (default.is_scalar or default.is_callable):
            continue
        made.append(column)
    return made


def _default_value(column: Any, on: str) -> Any:
    default = column.default if on == "insert" else column.onupdate
    return default.arg if default.is_scalar else default.arg(None)


def _insert_as_arrays(table: Table, keys: tuple[str, ...], unique: str | None,
                      rows: list[dict[str, Any]]) -> tuple[TextClause, dict[str, Any]]:
    """INSERT INTO table (...) SELECT * FROM unnest(:arrays) [ON CONFLICT (unique) DO NOTHING]."""
    cache_key = ("insert", table, keys, unique)
    made = _ARRAY_STATEMENTS.get(cache_key)
    if made is None:
        defaults = tuple(_defaults(table, keys, "insert"))
        columns = [table.c[key] for key in keys] + list(defaults)
        names = ", ".join(f'"{c.name}"' for c in columns)
        arrays = ", ".join(f"CAST(:p{i} AS {_array_type(c)})" for i, c in enumerate(columns))
        sql = f'INSERT INTO "{table.name}" ({names}) SELECT * FROM unnest({arrays})'
        if unique is not None:
            sql += f' ON CONFLICT ("{table.c[unique].name}") DO NOTHING'
        made = _ARRAY_STATEMENTS[cache_key] = (text(sql), defaults)
    statement, defaults = made
    params = {f"p{i}": _column_values(table.c[key], [row[key] for row in rows]) for i, key in enumerate(keys)}
    for i, column in enumerate(defaults, len(keys)):
        params[f"p{i}"] = [_default_value(column, "insert")] * len(rows)
    return statement, params


def _update_as_arrays(table: Table, primary_key: tuple[Any, ...], keys: tuple[str, ...],
                      changed: list[tuple[Any, dict[str, Any]]]) -> tuple[TextClause, dict[str, Any]]:
    """UPDATE table SET ... FROM unnest(:keys, :values) WHERE the key matches: each row its own values."""
    cache_key = ("update", table, keys)
    made = _ARRAY_STATEMENTS.get(cache_key)
    if made is None:
        defaults = tuple(_defaults(table, keys, "update"))
        columns = [table.c[key] for key in keys]
        names = [f"k{i}" for i in range(len(primary_key))] + [f"v{i}" for i in range(len(columns))]
        arrays = ", ".join(f"CAST(:{name} AS {_array_type(c)})"
                           for name, c in zip(names, [*primary_key, *columns], strict=True))
        sets = [f'"{c.name}" = t.v{i}' for i, c in enumerate(columns)]
        sets += [f'"{c.name}" = :d{i}' for i, c in enumerate(defaults)]
        match = " AND ".join(f'"{table.name}"."{c.name}" = t.k{i}' for i, c in enumerate(primary_key))
        sql = (f'UPDATE "{table.name}" SET {", ".join(sets)} FROM unnest({arrays}) AS t({", ".join(names)}) '
               f"WHERE {match}")
        made = _ARRAY_STATEMENTS[cache_key] = (text(sql), defaults)
    statement, defaults = made
    params: dict[str, Any] = {f"k{i}": [identity[i] for identity, _ in changed] for i in range(len(primary_key))}
    for i, key in enumerate(keys):
        params[f"v{i}"] = _column_values(table.c[key], [values[key] for _, values in changed])
    for i, column in enumerate(defaults):
        params[f"d{i}"] = _default_value(column, "update")
    return statement, params
