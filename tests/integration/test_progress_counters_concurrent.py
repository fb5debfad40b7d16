"""PostgreSQL: transactions writing the same counters at once leave them equal to the rows.

Each worker of `chasqui serve` refreshes metrics and reviews in its own transaction;
the triggers' upserts must neither lose an increment nor leave a row counted twice
when two of them add to, and take from, the same counter rows at the same moment.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
import sqlalchemy as sa
from sqlmodel import Session

from api.db import create_db_engine
from tests.conftest import create_pg_database, drop_pg_database, migrate
from tests.factories import make_study

WORKERS = 4
ROWS = 40


@pytest.fixture
def pg_engine_of_its_own(pg_url: str) -> Iterator[sa.Engine]:
    url = create_pg_database("chasqui_counters")
    migrate(url)
    engine = create_db_engine(url)
    yield engine
    engine.dispose()
    drop_pg_database(url)


def _seed(engine: sa.Engine) -> None:
    now = datetime(2026, 7, 1, tzinfo=UTC)
    with Session(engine) as session:
        study = make_study(session)
        session.commit()
        assert study.id == 1
    with engine.begin() as connection:
        connection.exec_driver_sql("SET LOCAL session_replication_role = replica")  # no FKs
        connection.execute(
            sa.text(
                "INSERT INTO submission (id, study_id, instance_id, form_pk, form_version, "
                "device_id, enumerator_id, head_rev, content_hash, data, state, attachments, "
                "respondent_pseudonyms, flags, received_at, updated_at) VALUES (:id, 1, :i, 1, "
                "1, 'd', 1, '1-x', 'h', '{}', 'complete', '[]', '[]', '[]', :t, :t)"
            ),
            [{"id": n, "i": f"i{n}", "t": now} for n in range(1, WORKERS * ROWS + 1)],
        )


def _work(engine: sa.Engine, worker: int, start: threading.Barrier) -> None:
    """Insert this worker's metrics, move half to `rejected`, delete a quarter; commit often."""
    ids = range(worker * ROWS + 1, (worker + 1) * ROWS + 1)
    start.wait()
    for pk in ids:
        with engine.begin() as connection:
            connection.execute(
                sa.text(
                    "INSERT INTO submission_metric (submission_pk, study_id, form_pk, "
                    "enumerator_id, device_id, village, instance_id, content_hash, review_state, "
                    "day, received_at, duration_s, lag_s, n_questions, n_answered, n_refused, "
                    "n_dont_know, n_not_asked, clock_flags, choices, quasi) VALUES (:pk, 1, 1, 1, "
                    "'d', 'manta', :i, 'h', 'received', :day, :t, :d, 60.5, 40, 30, 0, 12, 0, "
                    "'[]', '{\"q\": \"si\"}', '{}')"
                ),
                {
                    "pk": pk,
                    "i": f"i{pk}",
                    "day": date(2026, 7, 1),
                    "t": datetime(2026, 7, 1, tzinfo=UTC),
                    "d": 1800.0 + pk,
                },
            )
    for pk in ids[::2]:
        with engine.begin() as connection:
            connection.execute(
                sa.text(
                    "UPDATE submission_metric SET review_state = 'rejected' "
                    "WHERE submission_pk = :pk"
                ),
                {"pk": pk},
            )
    for pk in ids[1::4]:
        with engine.begin() as connection:
            connection.execute(
                sa.text("DELETE FROM submission_metric WHERE submission_pk = :pk"), {"pk": pk}
            )


def test_concurrent_writers_keep_every_counter_exact(pg_engine_of_its_own: sa.Engine) -> None:
    engine = pg_engine_of_its_own
    _seed(engine)
    start = threading.Barrier(WORKERS)
    errors: list[BaseException] = []

    def run(worker: int) -> None:
        try:
            _work(engine, worker, start)
        except BaseException as error:  # reported below, with the thread's failure
            errors.append(error)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(WORKERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with engine.connect() as connection:
        counted = connection.execute(
            sa.text("SELECT review_state, n, n_dont_know FROM progress_count ORDER BY 1")
        ).all()
        scanned = connection.execute(
            sa.text(
                "SELECT review_state, COUNT(*), SUM(n_dont_know) FROM submission_metric "
                "GROUP BY review_state ORDER BY 1"
            )
        ).all()
        assert [tuple(r) for r in counted] == [tuple(r) for r in scanned]
        day = connection.execute(sa.text("SELECT n FROM progress_day_count")).scalar_one()
        minutes = connection.execute(sa.text("SELECT SUM(n) FROM duration_count")).scalar_one()
        choices = connection.execute(sa.text("SELECT n FROM choice_count")).scalar_one()
        marks = connection.execute(sa.text("SELECT COUNT(*) FROM quality_mark")).scalar_one()
        rows = connection.execute(sa.text("SELECT COUNT(*) FROM submission_metric")).scalar_one()
        kept = connection.execute(
            sa.text("SELECT COUNT(*) FROM submission_metric WHERE review_state <> 'rejected'")
        ).scalar_one()
    assert (day, minutes, choices, marks) == (rows, rows, kept, kept)
