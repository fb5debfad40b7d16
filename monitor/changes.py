"""Change signals for the live dashboard: which study just changed, to every worker.

A write that changes what the dashboard shows (a sync batch, a review, a conflict
opened or resolved, a quarantine item kept or closed, the plan) marks its study when
the session flushes it. On PostgreSQL the mark is a `pg_notify` inside the writer's
transaction, so it is delivered after the commit and never for a rollback, to every
process that LISTENs: each worker holds one listening connection and wakes its own
streams. On SQLite (one process) the mark is announced in-process after the commit.

A signal only wakes a stream early; the stream still reads the database for what to
send and polls it now and then, so a lost signal (a listener reconnecting) costs a
delay, never a wrong figure.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import weakref
from collections.abc import Iterator
from itertools import chain

import sqlalchemy as sa
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, SessionTransaction, UOWTransaction

from monitor.models import FieldAssignment, StudyTarget
from review.models import ReviewEvent
from sync.models import QuarantineItem, SyncBatch, SyncConflict

log = logging.getLogger("chasqui.changes")

CHANNEL = "chasqui_progress"
_ANY = 0  # payload of a "re-check everything" wake-up (after a listener reconnects)
_WATCHED = (SyncBatch, ReviewEvent, SyncConflict, QuarantineItem, StudyTarget, FieldAssignment)
_PENDING = "chasqui_changed_studies"  # session.info key, SQLite only
_RECONNECT_S = (0.5, 1.0, 2.0, 5.0, 10.0)


class ChangeHub:
    """Streams of one process wait here for their study to change."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._waiters: dict[int, set[tuple[asyncio.AbstractEventLoop, asyncio.Event]]] = {}
        self._listener: asyncio.Task[None] | None = None
        _HUBS.add(self)

    @contextlib.contextmanager
    def subscribe(self, study_id: int) -> Iterator[asyncio.Event]:
        """An event that is set whenever `study_id` changes; clear it after each wake-up."""
        waiter = (asyncio.get_running_loop(), asyncio.Event())
        with self._lock:
            self._waiters.setdefault(study_id, set()).add(waiter)
        try:
            yield waiter[1]
        finally:
            with self._lock:
                self._waiters.get(study_id, set()).discard(waiter)

    def announce(self, study_id: int) -> None:
        """Wake the streams of `study_id` (of every study for 0); safe from any thread."""
        with self._lock:
            if study_id == _ANY:
                waiters = list(chain.from_iterable(self._waiters.values()))
            else:
                waiters = list(self._waiters.get(study_id, ()))
        for loop, event in waiters:
            with contextlib.suppress(RuntimeError):  # that stream's loop is gone
                loop.call_soon_threadsafe(event.set)

    async def start(self, database_url: str) -> None:
        """On PostgreSQL, listen for other processes' changes until `stop`."""
        if make_url(database_url).get_backend_name() == "postgresql":
            self._listener = asyncio.create_task(self._listen(_conninfo(database_url)))

    async def stop(self) -> None:
        if self._listener is not None:
            self._listener.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._listener
            self._listener = None

    async def _listen(self, conninfo: str) -> None:
        import psycopg

        failures = 0
        while True:
            try:
                async with await psycopg.AsyncConnection.connect(conninfo, autocommit=True) as conn:
                    await conn.execute(f"LISTEN {CHANNEL}")
                    if failures:
                        self.announce(_ANY)  # changes made while deaf: everyone re-checks
                    failures = 0
                    async for note in conn.notifies():
                        self.announce(_study_of(note.payload))
            except (psycopg.Error, OSError) as exc:
                delay = _RECONNECT_S[min(failures, len(_RECONNECT_S) - 1)]
                failures += 1
                log.warning("change listener lost its connection (%s); again in %ss", exc, delay)
                await asyncio.sleep(delay)


_HUBS: weakref.WeakSet[ChangeHub] = weakref.WeakSet()


def _study_of(payload: str) -> int:
    return int(payload) if payload.isdigit() else _ANY


def _conninfo(database_url: str) -> str:
    """libpq's form of a SQLAlchemy URL (postgresql+psycopg://… → postgresql://…)."""
    url = make_url(database_url).set(drivername="postgresql")
    return url.render_as_string(hide_password=False)


def announce_change(session: Session, *, study_id: int) -> None:
    """Mark `study_id` changed in this transaction, for writers that bypass the ORM."""
    _mark(session, {study_id})


def _mark(session: Session, studies: set[int]) -> None:
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        # Not deduplicated here: a savepoint rolled back drops its notifications, and
        # PostgreSQL already folds identical ones within a transaction.
        for study_id in sorted(studies):
            conn.execute(sa.select(sa.func.pg_notify(CHANNEL, str(study_id))))
    else:
        session.info.setdefault(_PENDING, set()).update(studies)


def _after_flush(session: Session, _flush: UOWTransaction) -> None:
    studies = {
        study_id
        for obj in chain(session.new, session.dirty, session.deleted)
        if isinstance(obj, _WATCHED) and (study_id := getattr(obj, "study_id", None))
    }
    if studies:
        _mark(session, studies)


def _after_commit(session: Session) -> None:
    studies: set[int] = session.info.pop(_PENDING, set())
    for study_id in studies:
        for hub in list(_HUBS):
            hub.announce(study_id)


def _after_transaction_end(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:  # after a commit (announced above) or a rollback
        session.info.pop(_PENDING, None)


def install_change_signals() -> None:
    """Mark changed studies on every ORM session of this process (idempotent)."""
    for name, handler in (
        ("after_flush", _after_flush),
        ("after_commit", _after_commit),
        ("after_transaction_end", _after_transaction_end),
    ):
        if not sa.event.contains(Session, name, handler):
            sa.event.listen(Session, name, handler)
