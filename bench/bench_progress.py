"""Time the progress summary on 1k and 200k interviews, on SQLite and PostgreSQL if reachable.

Rows are seeded with bulk inserts (submissions and their metrics, as the refresh
would leave them), then the read path a supervisor hits is timed: the incremental
metrics refresh (nothing to do: steady state) plus the progress summary.

    .venv/bin/python -m bench.bench_progress
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from sqlmodel import Session

from accounts.models import Community, Role, Study, User
from accounts.store import set_membership
from api.db import alembic_config, create_db_engine
from core.metadata import metadata
from forms import store as forms_store
from forms.demo_study import read_study_file
from monitor.metrics import refresh_metrics
from monitor.models import MonitorWatermark, SubmissionMetric
from monitor.progress import progress_summary
from sync.models import Submission

VILLAGES = ("manta", "ccollpa", "san_luis", "antaccocha", "chanquil", "bellavista", "chilcapite")
STATES = ("received", "received", "approved", "approved", "has_issues", "rejected")
RUNS = 3


def _setup(session: Session) -> tuple[Study, list[int], int]:
    study = Study(slug="bench", name="Bench")
    session.add(study)
    session.flush()
    assert study.id is not None
    for slug in VILLAGES:
        session.add(Community(study_id=study.id, slug=slug, name=slug.title()))
    users = []
    for n in range(14):
        user = User(username=f"enum{n}", password_hash="x")
        session.add(user)
        session.flush()
        set_membership(session, study=study, user=user, role=Role.enumerator)
        assert user.id is not None
        users.append(user.id)
    form = forms_store.create_form(
        session, study_id=study.id, document=read_study_file("household.json")
    )
    forms_store.publish_form(session, form=form, published_by_id=None)
    assert form.id is not None
    session.commit()
    return study, users, form.id


def _grow(session: Session, table: str, key: str, have: int, count: int) -> None:
    """Double the rows in SQL (portable INSERT … SELECT) until there are `count`."""
    columns = [c.name for c in metadata.tables[table].columns]
    while have < count:
        n = min(have, count - have)
        picked = [
            f"{c} + {have}"
            if c == key
            else f"'b' || CAST({key} + {have} AS VARCHAR(20))"
            if c == "instance_id"
            else c
            for c in columns
        ]
        session.execute(
            sa.text(
                f"INSERT INTO {table} ({', '.join(columns)}) "
                f"SELECT {', '.join(picked)} FROM {table} WHERE {key} <= {n}"
            )
        )
        have += n


def _seed(engine: sa.Engine, count: int) -> Study:
    rng = random.Random(7)
    start = datetime(2026, 6, 1, tzinfo=UTC)
    with Session(engine) as session:
        study, users, form_pk = _setup(session)
        assert study.id is not None
        seeded = min(count, 1000)
        for first in range(0, seeded, 1000):
            subs, metrics = [], []
            for i in range(first, seeded):
                began = start + timedelta(minutes=rng.randrange(60 * 24 * 80))
                user, village = users[i % len(users)], VILLAGES[i % len(VILLAGES)]
                device, instance = f"dev-{user}", str(uuid.UUID(int=rng.getrandbits(128)))
                subs.append(
                    {
                        "id": i + 1,
                        "study_id": study.id,
                        "instance_id": instance,
                        "form_pk": form_pk,
                        "form_version": 1,
                        "device_id": device,
                        "enumerator_id": user,
                        "village": village,
                        "head_rev": "1-x",
                        "content_hash": "h",
                        "data": {},
                        "state": "complete",
                        "attachments": [],
                        "respondent_pseudonyms": [],
                        "flags": [],
                        "started_at": began,
                        "ended_at": began + timedelta(minutes=60),
                        "clock_offset_s": 0.0,
                        "received_at": began + timedelta(days=2),
                        "updated_at": began + timedelta(days=2),
                    }
                )
                metrics.append(
                    {
                        "submission_pk": i + 1,
                        "study_id": study.id,
                        "form_pk": form_pk,
                        "enumerator_id": user,
                        "device_id": device,
                        "village": village,
                        "instance_id": instance,
                        "content_hash": "h",
                        "review_state": STATES[i % 6],
                        "day": began.date(),
                        "started_at": began,
                        "ended_at": began + timedelta(minutes=60),
                        "received_at": began + timedelta(days=2),
                        "duration_s": rng.uniform(1800, 5400),
                        "lag_s": 172800.0,
                        "n_questions": 40,
                        "n_answered": 34,
                        "n_refused": 2,
                        "n_dont_know": 2,
                        "n_not_asked": 2,
                        "clock_flags": [],
                        "choices": {},
                        "quasi": {},
                    }
                )
            session.execute(sa.insert(Submission), subs)
            session.execute(sa.insert(SubmissionMetric), metrics)
        _grow(session, "submission", "id", seeded, count)
        _grow(session, "submission_metric", "submission_pk", seeded, count)
        session.add(MonitorWatermark(study_id=study.id, refreshed_at=datetime.now(UTC)))
        session.commit()
        session.refresh(study)
        session.expunge(study)
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            connection.exec_driver_sql("ANALYZE")
            connection.commit()
    return study


def _time(engine: sa.Engine, study: Study) -> float:
    assert study.id is not None
    runs = []
    for _ in range(RUNS):
        began = time.perf_counter()
        with Session(engine) as session:
            refresh_metrics(session, study_id=study.id, now=datetime.now(UTC))
            session.commit()
            summary = progress_summary(session, study=study, now=datetime.now(UTC))
        runs.append((time.perf_counter() - began) * 1000)
    assert summary.totals.collected > 0
    return statistics.median(runs)


def bench(url: str, count: int) -> float:
    command.upgrade(alembic_config(url), "head")
    engine = create_db_engine(url)
    try:
        return _time(engine, _seed(engine, count))
    finally:
        engine.dispose()


def main() -> None:
    from tests.conftest import create_pg_database, drop_pg_database, postgres_available

    names = {1000: "1k", 200_000: "200k"}
    with tempfile.TemporaryDirectory() as tmp:
        for count, name in names.items():
            ms = bench(f"sqlite:///{Path(tmp) / f'{name}.db'}", count)
            print(f"BENCH progress_api_{name} {ms:.1f} ms")
    if not postgres_available():
        return
    for count, name in names.items():
        url = create_pg_database("chasqui_bench")
        try:
            print(f"BENCH progress_api_{name}_postgresql {bench(url, count):.1f} ms")
        finally:
            drop_pg_database(url)


if __name__ == "__main__":
    main()
