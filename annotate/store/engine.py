"""Engines and sessions for any SQLAlchemy URL; SQLite gets WAL, foreign keys and a busy timeout."""
from __future__ import annotations

import os
import random
import time
from collections.abc import Callable, Iterator
from typing import TypeVar
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

DEFAULT_URL = "sqlite:///claimsift.db"
SQLITE_BUSY_TIMEOUT_MS = 30_000
T = TypeVar("T")
WRITE = "claimsift_write"  # execution option: this transaction writes (SQLite: BEGIN IMMEDIATE)


class DatabaseError(Exception):
    """A database URL that is wrong or a server that cannot be reached; one line for the user."""


def database_url(explicit: str | None = None) -> str:
    return explicit or os.environ.get("CLAIMSIFT_DB") or DEFAULT_URL


def make_engine(url: str, busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseError(f"not a database URL: {url!r}") from None
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:" and not database.startswith("file:"):
            folder = Path(database).expanduser().resolve().parent
            if not folder.is_dir():
                raise DatabaseError(f"folder for the SQLite database does not exist: {folder}")
        engine = create_engine(parsed, connect_args={"timeout": busy_timeout_ms / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    try:
        return create_engine(parsed, pool_pre_ping=True)
    except (NoSuchModuleError, ModuleNotFoundError) as error:
        raise DatabaseError(f"no driver for {parsed.drivername!r}: {error}") from None


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # The driver would begin a transaction only at the first INSERT/UPDATE, after the reads a
    # write depends on; SQLAlchemy's "begin" event (below) starts it instead.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin(connection) -> None:
    """A write transaction takes SQLite's write lock before its first read (waiting up to the
    busy timeout), so what it read cannot change before it writes; reads take no lock."""
    write = connection.get_execution_options().get(WRITE, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def transient(error: DBAPIError) -> bool:
    """Worth running the transaction again: SQLite still locked after the busy timeout, or a
    PostgreSQL deadlock or serialization failure (the server rolled the transaction back)."""
    if getattr(error.orig, "sqlstate", None) in ("40001", "40P01"):
        return True
    return "database is locked" in str(error.orig) or "database is busy" in str(error.orig)


class Sessions(sessionmaker):
    """`sessions()` for reading; `sessions.begin()` for a write transaction, committed at the end
    of the block (in PostgreSQL the callers lock the rows they change); `sessions.write(work)`
    runs `work(session)` in one and runs it again when the database gave up on it."""

    @contextmanager
    def begin(self) -> Iterator[Session]:
        with self() as session, session.begin():
            session.connection(execution_options={WRITE: True})
            yield session

    def write(self, work: Callable[[Session], T], attempts: int = 6) -> T:
        for attempt in range(1, attempts + 1):
            try:
                with self.begin() as session:
                    return work(session)
            except DBAPIError as error:
                if attempt == attempts or not transient(error):
                    raise
                time.sleep(random.uniform(0.5, 1.0) * 0.05 * 2 ** attempt)
        raise AssertionError("unreachable")


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return Sessions(engine, expire_on_commit=False)


def write_engine(engine: Engine) -> Engine:
    """The engine whose `begin()` starts a write transaction (migrations, bulk loads)."""
    return engine.execution_options(**{WRITE: True})


def redacted(url: str) -> str:
    """The URL as it may be shown to a user: never with its password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<invalid URL>"
