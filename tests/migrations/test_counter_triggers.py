"""The counter triggers exist at head, and migration 0016 backfills counters from old rows.

SQLite drops a table's triggers when a batch migration recreates the table, so a
later migration that alters `submission_metric` or `sync_batch` without creating
the triggers again fails here.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command

from api.db import alembic_config, create_db_engine
from tests.conftest import ENGINES, create_pg_database, drop_pg_database

TRIGGERS = {
    f"trg_{table}_count_{event}"
    for table in ("submission_metric", "sync_batch")
    for event in ("insert", "update", "delete")
}


@pytest.fixture(params=[e for e in ("sqlite", "postgresql") if e in ENGINES])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'm.db'}"
        return
    request.getfixturevalue("pg_url")  # skips or fails as the suite is configured
    url = create_pg_database("chasqui_migr")
    yield url
    drop_pg_database(url)


def _triggers(connection: sa.Connection) -> set[str]:
    if connection.dialect.name == "postgresql":
        query = "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"
    else:
        query = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
    return {name for (name,) in connection.exec_driver_sql(query)}


def test_the_counter_triggers_exist_at_head(empty_url: str) -> None:
    command.upgrade(alembic_config(empty_url), "head")
    engine = create_db_engine(empty_url)
    with engine.connect() as connection:
        assert _triggers(connection) >= TRIGGERS
    engine.dispose()


def test_the_migration_counts_interviews_and_syncs_already_stored(empty_url: str) -> None:
    config = alembic_config(empty_url)
    command.upgrade(config, "0015")
    now = datetime(2026, 7, 1, 12, tzinfo=UTC)
    plain = sa.create_engine(empty_url)  # SQLite: foreign keys off unless asked for
    with plain.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql("SET LOCAL session_replication_role = replica")
        _store_two_interviews(connection, now)
    plain.dispose()
    command.upgrade(config, "0016")
    engine = create_db_engine(empty_url)
    with engine.connect() as connection:
        progress = connection.execute(
            sa.text(
                "SELECT village, review_state, n, n_timed, duration_us, n_dont_know "
                "FROM progress_count ORDER BY review_state"
            )
        ).all()
        assert [tuple(r) for r in progress] == [
            ("manta", "received", 1, 1, 3_600_500_000, 12),
            ("manta", "rejected", 1, 0, 0, 1),
        ]
        choices = connection.execute(sa.text("SELECT question, answer, n FROM choice_count"))
        assert [tuple(r) for r in choices] == [("displaced", "si", 1)]  # not the rejected one
        marks = connection.execute(sa.text("SELECT submission_pk FROM quality_mark"))
        assert [r[0] for r in marks] == [1]  # 12 of 40 "don't know"
        syncs = connection.execute(sa.text("SELECT syncs, last_batch_id FROM device_sync_count"))
        assert [tuple(r) for r in syncs] == [(2, 2)]
        assert _triggers(connection) >= TRIGGERS
    engine.dispose()


def _store_two_interviews(connection: sa.Connection, now: datetime) -> None:
    """Rows as 0015 stored them; foreign keys off (no study, form or submission needed)."""
    sqlite = connection.dialect.name == "sqlite"
    at: object = now.strftime("%Y-%m-%d %H:%M:%S.%f") if sqlite else now
    day: object = now.date().isoformat() if sqlite else now.date()
    run = connection.execute
    for batch in (1, 2):
        run(
            sa.text(
                "INSERT INTO sync_batch (id, study_id, device_id, enumerator_id, batch_id, "
                "request_hash, received_at, item_count, outcomes, bytes_received, duration_ms, "
                "response, is_replayable, attempts) VALUES (:id, 1, 'd', 1, :b, 'h', :t, 1, "
                "'{}', 0, 0, '{}', true, 1)"
            ),
            {"id": batch, "b": f"b{batch}", "t": at},
        )
    for pk, state, duration, dont_know in ((1, "received", 3600.5, 12), (2, "rejected", None, 1)):
        run(
            sa.text(
                "INSERT INTO submission_metric (submission_pk, study_id, form_pk, enumerator_id, "
                "device_id, village, instance_id, content_hash, review_state, day, received_at, "
                "duration_s, n_questions, n_answered, n_refused, n_dont_know, n_not_asked, "
                "clock_flags, choices, quasi) VALUES (:pk, 1, 1, 1, 'd', 'manta', :i, 'h', :s, "
                ":day, :t, :d, 40, 20, 0, :dk, 0, '[]', :choices, '{}')"
            ),
            {
                "pk": pk,
                "i": f"i{pk}",
                "s": state,
                "day": day,
                "t": at,
                "d": duration,
                "dk": dont_know,
                "choices": '{"displaced": "si"}',
            },
        )
