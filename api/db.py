"""Engines, sessions, and the migration state the service checks at start-up.

One session per request, committed once when the handler returns (see
`get_session`); stores only flush.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Any

import orjson
import sqlalchemy as sa
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from fastapi import Depends, Request
from sqlalchemy.engine import make_url
from sqlmodel import Session

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def _json_dumps(value: Any) -> str:
    return orjson.dumps(value).decode()


def create_db_engine(url: str) -> sa.Engine:
    """An engine for `url`; SQLite gets WAL, foreign keys and a busy timeout."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": 30},
            hide_parameters=True,
            json_serializer=_json_dumps,
            json_deserializer=orjson.loads,
        )
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        sa.event.listen(engine, "begin", _sqlite_begin)
        sa.event.listen(engine, "before_cursor_execute", _sqlite_queue_first_write)
        return engine
    return sa.create_engine(
        url,
        pool_pre_ping=True,
        pool_size=10,
        max_overflow=10,
        hide_parameters=True,
        json_serializer=_json_dumps,
        json_deserializer=orjson.loads,
    )


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # BEGIN is issued by the listener above
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin(conn: sa.Connection) -> None:
    # pysqlite defers BEGIN on its own; take control so that SAVEPOINTs work. Writers
    # take the write lock up front: a deferred transaction that later writes fails at
    # once with SQLITE_BUSY instead of waiting its turn behind another writer.
    immediate = conn.get_execution_options().get("chasqui_writer", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
    conn.info[_READING] = not immediate
    conn.info[_SAVEPOINTS] = []


_READING = "chasqui_reading"  # in a deferred transaction that has not written yet
_SAVEPOINTS = "chasqui_savepoints"  # names of the savepoints open in this transaction
_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


def _track_savepoints(names: list[str], statement: str) -> None:
    words = statement.split()
    if words[0].upper() == "SAVEPOINT":
        names.append(words[1])
    elif words[0].upper() in ("RELEASE", "ROLLBACK") and words[-1] in names:
        del names[names.index(words[-1]) :]  # SQLAlchemy never uses it again


def _sqlite_queue_first_write(
    conn: sa.Connection, cursor: Any, statement: str, *_args: Any
) -> None:
    # A read that must write (the audit row of a supervisor's read, a device's last
    # seen time) would upgrade its deferred transaction in place. In WAL mode SQLite
    # refuses that at once, without waiting, whenever another connection is writing
    # or has committed since the read began: "database is locked" while a tablet's
    # batch is being written. So at its first write the reader ends its read snapshot
    # (nothing written yet, nothing lost) and queues for the write lock like any
    # writer: BEGIN IMMEDIATE, which waits up to the busy timeout. The objects it read
    # stay as read; writes that follow reads here are appends and timestamps.
    if not conn.info.get(_READING):
        return
    head = statement.lstrip()[:10].upper()
    if head.startswith(("SAVEPOINT", "RELEASE", "ROLLBACK")):
        _track_savepoints(conn.info.setdefault(_SAVEPOINTS, []), statement)
    if not head.startswith(_WRITES):
        return
    conn.info[_READING] = False
    dbapi = cursor.connection
    dbapi.execute("COMMIT")
    dbapi.execute("BEGIN IMMEDIATE")
    # Savepoints end with their transaction: open them again, in order. Nothing was
    # written under them, so the new ones hold exactly what the old ones did.
    for name in conn.info.get(_SAVEPOINTS, []):
        dbapi.execute(f"SAVEPOINT {name}")  # as SQLAlchemy wrote it, quoted if need be


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def migration_heads() -> set[str]:
    return set(ScriptDirectory.from_config(alembic_config("sqlite://")).get_heads())


def current_revisions(connection: sa.Connection) -> set[str]:
    return set(MigrationContext.configure(connection).get_current_heads())


class DatabaseUnreachable(Exception):
    """The database did not answer (readiness checks)."""


class Database:
    """The engine and how sessions are made; tests swap the session factory."""

    def __init__(
        self, engine: sa.Engine, session_factory: Callable[[bool], Session] | None = None
    ) -> None:
        self.engine = engine
        self._writer = engine.execution_options(chasqui_writer=True)
        self._session_factory = session_factory or self._default_session

    def _default_session(self, writer: bool) -> Session:
        return Session(self._writer if writer else self.engine, expire_on_commit=False)

    def session(self, *, writer: bool = False) -> Session:
        """A new session; `writer` sessions serialize up front on SQLite."""
        return self._session_factory(writer)

    def is_migrated(self) -> bool:
        with self.engine.connect() as connection:
            return current_revisions(connection) == migration_heads()

    def schema_revisions(self) -> set[str]:
        """The revisions the schema is at; DatabaseUnreachable if the database does not answer."""
        try:
            with self.engine.connect() as connection:
                connection.execute(sa.text("SELECT 1"))
                return current_revisions(connection)
        except sa.exc.SQLAlchemyError as exc:
            raise DatabaseUnreachable("The database does not answer.") from exc


def get_session(request: Request) -> Iterator[Session]:
    """A session for one request; commits if the handler returned normally."""
    database: Database = request.app.state.database
    session = database.session(writer=request.method not in ("GET", "HEAD", "OPTIONS"))
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


# scope="function": commit before the response is sent, so a client never sees a
# success for a write that did not reach disk.
SessionDep = Annotated[Session, Depends(get_session, scope="function")]
