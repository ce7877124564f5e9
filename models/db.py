"""Engine and session factory; schema upgrades through Alembic on start."""

from __future__ import annotations

import ast
import fcntl
import json
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any
from uuid import UUID

from sqlalchemy import Engine, create_engine, event, pool, text
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker

from models.bounds import UNSTORABLE, storable_text

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


class Base(DeclarativeBase):
    pass


SQLITE_MIN = (3, 35)  # UPDATE/INSERT … RETURNING, which the job queue's claims use


# Parameter values that hold no text: passed through without a look (the walk below runs on every
# parameter of every statement, about a tenth of a worker's CPU when it called itself for each one).
_NO_TEXT = frozenset({int, float, bool, type(None), bytes, Decimal, datetime, date, time, timedelta, UUID})


def _storable(value: Any) -> Any:
    """A statement's parameters with their text storable (models/bounds.storable_text); the rest as given.

    A dict or list whose text is all storable is returned as it came (the common case: nothing copied)."""
    kind = type(value)
    if kind in _NO_TEXT:
        return value
    if kind is str or isinstance(value, str):
        return storable_text(value)
    if isinstance(value, dict):
        changed: dict[Any, Any] | None = None
        for key, item in value.items():
            kind = type(item)
            if kind in _NO_TEXT or (kind is str and not UNSTORABLE.search(item)):
                continue
            made = _storable(item)
            if made is not item:
                if changed is None:
                    changed = dict(value)
                changed[key] = made
        return value if changed is None else changed
    if isinstance(value, (list, tuple)):
        # Most lists (a batch's ids, a column's values as an array) hold nothing to change: looked through
        # once, and returned as they came.
        for item in value:
            if not (type(item) in _NO_TEXT or (type(item) is str and not UNSTORABLE.search(item))):
                break
        else:
            return value
        items = [item if type(item) in _NO_TEXT or (type(item) is str and not UNSTORABLE.search(item))
                 else _storable(item) for item in value]
        if all(made is item for made, item in zip(items, value, strict=True)):
            return value
        return type(value)(items)
    return value


def storable_json(value: Any) -> str:
    """JSON with its text storable too. PostgreSQL's json keeps an escaped NUL or lone surrogate but fails
    whoever reads that text out of it (and a lone surrogate read back cannot be sent as UTF-8): each
    becomes U+FFFD, as in plain text. A value whose JSON escapes neither is written as it always was."""
    written = json.dumps(value)
    if "\\u0000" not in written and "\\ud" not in written:
        return written
    return json.dumps(_storable(value))


def _text_made_storable(engine: Engine) -> None:
    """Text reaches the database from everywhere (an email body read into order lines, a subject, an escaped
    NUL in a JSON body, a form), and one NUL made PostgreSQL refuse the whole statement (a message ended in
    error instead of an order; an API call was a 500), while a lone surrogate failed on both databases.
    Every statement's text parameters are made storable here, once for every writer and every query;
    bytes (the raw message, documents) are never touched."""
    @event.listens_for(engine, "before_cursor_execute", retval=True)
    def _storable_parameters(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        return statement, _storable(parameters)


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        if sqlite3.sqlite_version_info < SQLITE_MIN:
            raise RuntimeError(f"SQLite {sqlite3.sqlite_version} is too old: order-intake needs "
                               f"{'.'.join(map(str, SQLITE_MIN))} or newer (or set database_url to PostgreSQL)")
        db_path = url.split("///", 1)[-1]
        if db_path and db_path != ":memory:":
            Path(db_path).parent.mkdir(parents=True, exist_ok=True)
        # The web app, the pollers and the worker share one file: a generous busy timeout and WAL
        # let readers and the single writer take turns instead of failing with "database is locked".
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False},
                               json_serializer=storable_json)
        _text_made_storable(engine)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        return engine
    engine = create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=10, json_serializer=storable_json)
    _text_made_storable(engine)
    return engine


# Any constant will do: it names the one lock every process takes to migrate a PostgreSQL database.
_MIGRATION_LOCK_KEY = 0x6F726431  # "ord1"


@contextmanager
def _migration_lock(url: str) -> Iterator[None]:
    """Held while one process migrates: `serve`, `worker` and the CLI all upgrade on start, and two
    of them starting together both saw an old schema and both added the same column (the second died
    with "duplicate column name"). The one that waits then finds the schema at head and does nothing."""
    if url.startswith("sqlite"):
        db_path = url.split("///", 1)[-1]
        if not db_path or db_path == ":memory:":
            yield
            return
        Path(db_path).parent.mkdir(parents=True, exist_ok=True)
        with open(f"{db_path}.migrate-lock", "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)
        return
    engine = create_engine(url, poolclass=pool.NullPool)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _MIGRATION_LOCK_KEY})
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _MIGRATION_LOCK_KEY})
    finally:
        engine.dispose()


# `revision = '0019'`, `down_revision: str | None = '0018'`, as alembic's script template writes them.
_REVISION_LINE = re.compile(r"^(down_)?revision(?:\s*:[^=\n]+)?\s*=\s*(.+?)\s*$", re.MULTILINE)


@lru_cache(maxsize=1)
def migration_heads() -> frozenset[str]:
    """The newest revisions of migrations/versions, read from the scripts' `revision` and `down_revision`
    lines without importing alembic, which loads every script to build its map (a test holds this to
    alembic's own answer, so a new migration cannot make the two disagree)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        for down, value in _REVISION_LINE.findall(script.read_text(encoding="utf-8")):
            named = ast.literal_eval(value)
            names = {named} if isinstance(named, str) else set(named or ())
            (parents if down else revisions).update(names)
    return frozenset(revisions - parents)


def _at_head(url: str) -> bool:
    """Whether the database's alembic_version rows are exactly the migrations' heads. Any failure (no
    file yet, no table yet, no server) says no: the upgrade then runs, and reports a real error itself."""
    engine = create_engine(url, poolclass=pool.NullPool)
    try:
        with engine.connect() as conn:
            current = frozenset(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
    except Exception:
        return False
    finally:
        engine.dispose()
    return bool(current) and current == migration_heads()


def upgrade_schema(url: str) -> None:
    """Bring the database to the newest migration; safe to call on every start, from any number of
    processes at once. A database already at the newest one (every start but the first after an
    upgrade) is only asked its revision: alembic, and its reading of every migration script, is
    imported when there is something to migrate."""
    if _at_head(url):
        return
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    with _migration_lock(url):
        command.upgrade(cfg, "head")


class Database:
    """One engine and its session factory for one database URL."""

    def __init__(self, url: str, cache_dir: Path | None = None) -> None:
        """`cache_dir`: where what is slow to make from the database and safe to keep between restarts may be
        kept (a large catalog's index: matching/catalog_cache.py); every session finds it in its `info`."""
        self.url = url
        self.engine = make_engine(url)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False,
                                     info={"cache_dir": cache_dir} if cache_dir is not None else None)

    @property
    def is_postgres(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back when it raises."""
        with self.sessions() as s:
            try:
                yield s
                s.commit()
            except BaseException:
                s.rollback()
                raise

    def dispose(self) -> None:
        self.engine.dispose()
