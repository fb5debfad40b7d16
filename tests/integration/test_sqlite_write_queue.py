"""SQLite: a read that must write queues behind a writer instead of failing "locked".

SQLite only: PostgreSQL has row locks and never refuses a reader's write this way.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import Session, func, select

from accounts.audit import record_audit
from accounts.models import AuditEvent
from api.db import Database, create_db_engine
from tests.conftest import migrate


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    url = f"sqlite:///{tmp_path / 'queue.db'}"
    migrate(url)
    engine = create_db_engine(url)
    yield Database(engine)
    engine.dispose()


def _hold_the_write_lock(database: Database, holding: threading.Event, go: threading.Event):
    with database.session(writer=True) as writer:
        record_audit(writer, action="batch.write")
        holding.set()
        go.wait(timeout=10)  # the reader is now trying to write behind us
        writer.commit()


@pytest.mark.parametrize("nested", [False, True], ids=["plain", "inside-a-savepoint"])
def test_a_readers_audit_row_waits_for_the_writer_and_is_stored(database: Database, nested):
    holding, go = threading.Event(), threading.Event()
    with database.session() as reader:
        seen = reader.exec(select(func.count()).select_from(AuditEvent)).one()  # snapshot
        writer = threading.Thread(target=_hold_the_write_lock, args=(database, holding, go))
        writer.start()
        assert holding.wait(timeout=10)
        threading.Timer(0.3, go.set).start()
        if nested:
            with reader.begin_nested():
                record_audit(reader, action="data.read")
        else:
            record_audit(reader, action="data.read")
        reader.commit()
        writer.join()
    assert seen == 0
    with Session(database.engine) as check:
        query = select(AuditEvent.action).order_by(AuditEvent.id)  # type: ignore[arg-type]
        actions = check.exec(query).all()
    assert actions == ["batch.write", "data.read"]


def test_a_reader_that_only_reads_never_takes_the_write_lock(database: Database):
    with database.session() as reader:
        reader.exec(select(func.count()).select_from(AuditEvent)).one()
        with database.session(writer=True) as writer:  # would wait if the reader held it
            record_audit(writer, action="batch.write")
            writer.commit()
        reader.commit()


def test_a_savepoint_rolled_back_before_the_first_write_is_not_reopened(database: Database):
    with database.session() as reader:
        reader.exec(select(func.count()).select_from(AuditEvent)).one()
        nested = reader.begin_nested()
        nested.rollback()
        record_audit(reader, action="data.read")
        reader.commit()
    with database.engine.connect() as check:
        assert check.execute(sa.text("SELECT COUNT(*) FROM audit_event")).scalar_one() == 1
