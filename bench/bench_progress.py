"""Time the supervision views and the interview list's first page at 1k and 200k interviews.

Rows are seeded in bulk SQL (submissions, their metrics as the refresh would leave
them, sync batches, 2 % closed conflicts and quarantined copies; doubled with INSERT … SELECT, so the counter triggers run as on
any write), never through the API. Seeded databases are kept between runs (a SQLite
file, a PostgreSQL template database) under a name that changes with the schema.
Each figure is the median of 7 reads (1k and 200k interleaved) of what a route does: the incremental metrics
refresh (nothing to do: steady state) plus the view.

    .venv/bin/python -m bench.bench_progress [--fresh]
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import shutil
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.script import ScriptDirectory
from sqlmodel import Session, col, select

from accounts.models import Community, Device, Role, Study, User
from accounts.store import set_membership
from api.db import alembic_config, create_db_engine
from core.metadata import metadata
from forms import store as forms_store
from forms.demo_study import read_study_file
from interviews.listing import list_for_page
from interviews.store import InterviewFilter
from monitor.breakdown import quality_report
from monitor.health import device_report
from monitor.metrics import refresh_metrics
from monitor.models import MonitorWatermark, SubmissionMetric
from monitor.progress import progress_summary
from sync.models import QuarantineItem, Submission, SyncBatch, SyncConflict

VILLAGES = ("manta", "ccollpa", "san_luis", "antaccocha", "chanquil", "bellavista", "chilcapite")
STATES = ("received", "received", "approved", "approved", "has_issues", "rejected")
ANSWERS = ("si", "no", "no_sabe")
RUNS = 7
SIZES = {1000: "1k", 200_000: "200k"}
SEED_VERSION = "5"  # bump when the seeded rows change
CACHE = Path(tempfile.gettempdir()) / "chasqui-bench-progress"


def _setup(session: Session) -> tuple[Study, list[tuple[int, str]], int]:
    study = Study(
        slug="bench",
        name="Bench",
        fieldwork_start=date(2026, 6, 1),
        fieldwork_end=date(2026, 8, 31),
    )
    session.add(study)
    session.flush()
    assert study.id is not None
    for slug in VILLAGES:
        session.add(Community(study_id=study.id, slug=slug, name=slug.title()))
    people = []
    for n in range(14):
        user = User(username=f"enum{n}", password_hash="x")
        session.add(user)
        session.flush()
        set_membership(session, study=study, user=user, role=Role.enumerator)
        assert user.id is not None
        device = Device(id=str(uuid.uuid4()), study_id=study.id, user_id=user.id, label=f"t{n}")
        session.add(device)
        people.append((user.id, device.id))
    form = forms_store.create_form(
        session, study_id=study.id, document=read_study_file("household.json")
    )
    forms_store.publish_form(session, form=form, published_by_id=None)
    assert form.id is not None
    session.commit()
    return study, people, form.id


def _grow(session: Session, table: str, key: str, have: int, count: int) -> None:
    """Double the rows in SQL (portable INSERT … SELECT) until there are `count`."""
    columns = [c.name for c in metadata.tables[table].columns]
    while have < count:
        n = min(have, count - have)
        picked = [
            f"{c} + {have}"
            if c in (key, "submission_pk")
            else f"'b' || CAST({key} + {have} AS VARCHAR(20))"
            if c in ("instance_id", "batch_id")
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


def _rows(
    rng: random.Random, study_id: int, people: list[tuple[int, str]], form_pk: int, count: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]], list[Any]]:
    start = datetime(2026, 6, 1, tzinfo=UTC)
    subs, metrics, batches = [], [], []
    closed: list[dict[str, Any]] = []
    for i in range(count):
        began = start + timedelta(minutes=rng.randrange(60 * 24 * 80))
        user, device = people[rng.randrange(len(people))]
        village, instance = rng.choice(VILLAGES), str(uuid.UUID(int=rng.getrandbits(128)))
        duration = rng.uniform(1800, 5400)
        common = {"study_id": study_id, "form_pk": form_pk, "device_id": device}
        common |= {"enumerator_id": user, "village": village, "instance_id": instance}
        subs.append(
            common
            | {
                "id": i + 1,
                "form_version": 1,
                "head_rev": "1-x",
                "content_hash": "h",
                "data": {},
                "state": "complete",
                "attachments": [],
                "respondent_pseudonyms": [],
                "flags": [],
                "started_at": began,
                "ended_at": began + timedelta(seconds=duration),
                "clock_offset_s": 0.0,
                "received_at": began + timedelta(days=2),
                "updated_at": began + timedelta(days=2),
            }
        )
        metrics.append(
            common
            | {
                "submission_pk": i + 1,
                "content_hash": "h",
                "review_state": rng.choice(STATES),
                "day": began.date(),
                "started_at": began,
                "ended_at": began + timedelta(seconds=duration),
                "received_at": began + timedelta(days=2),
                "duration_s": duration,
                "lag_s": 172800.0 + rng.uniform(0, 3600),
                "n_questions": 40,
                "n_answered": 34,
                "n_refused": 2,
                "n_dont_know": 2,
                "n_not_asked": 2,
                "clock_flags": [],
                "choices": {f"q{q}": rng.choice(ANSWERS) for q in range(6)},
                "quasi": {},
            }
        )
        if i % 50 == 0:  # 2 % of interviews: a conflict and a quarantined copy, closed
            closed.append({"submission_pk": i + 1, "device_id": device, "user": user})
        if i % 25 == 0:  # a tablet syncs about 25 interviews at a time
            batches.append(
                {
                    "id": i // 25 + 1,
                    "study_id": study_id,
                    "device_id": device,
                    "enumerator_id": user,
                    "batch_id": str(uuid.uuid4()),
                    "request_hash": "h",
                    "received_at": began + timedelta(days=2),
                    "clock_offset_s": 0.0,
                    "item_count": 25,
                    "outcomes": {"created": 25},
                    "response": {},
                }
            )
    return subs, metrics, batches, closed


def _queues(study_id: int, closed: list[dict[str, Any]]) -> tuple[list[Any], list[Any]]:
    at = datetime(2026, 8, 1, tzinfo=UTC)
    conflicts = [
        {
            "id": n + 1,
            "study_id": study_id,
            "submission_pk": c["submission_pk"],
            "server_rev": "2-x",
            "tablet_rev": "2-y",
            "fields": [],
            "is_open": False,
            "created_at": at,
            "resolved_at": at,
        }
        for n, c in enumerate(closed)
    ]
    quarantined = [
        {
            "id": n + 1,
            "study_id": study_id,
            "instance_id": str(uuid.uuid4()),
            "device_id": c["device_id"],
            "enumerator_id": c["user"],
            "batch_id": str(uuid.uuid4()),
            "form_id": "household",
            "reason": "invalid",
            "problems": [],
            "content_hash": "h",
            "data": {},
            "is_open": False,
            "received_at": at,
            "outcome": "dismissed",
            "closed_at": at,
        }
        for n, c in enumerate(closed)
    ]
    return conflicts, quarantined


def _flagged(session: Session, study_id: int, count: int) -> None:
    """The same few flagged interviews at every size: flags are output, not input."""
    for pk in range(1, 6):
        session.execute(
            sa.update(SubmissionMetric)
            .where(col(SubmissionMetric.submission_pk) == pk)
            .values(duration_s=300.0 + pk, clock_flags=["clock.started_at_in_future"])
        )
    assert count >= 5


COUNTERS = (
    "progress_count",
    "progress_day_count",
    "duration_count",
    "choice_count",
    "quality_mark",
    "device_sync_count",
)
MIGRATION = (
    Path(__file__).resolve().parents[1]
    / "migrations"
    / "versions"
    / "2026-11-30_0016_progress_counters.py"
)


def _backfill_statements() -> list[str]:
    """Migration 0016's backfill (the counters from stored rows), for PostgreSQL."""
    spec = importlib.util.spec_from_file_location("progress_counters_0016", MIGRATION)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    statements: list[str] = module.backfill_statements(True)
    return statements


def _triggers(session: Session, enabled: bool) -> None:
    """PostgreSQL: row triggers in PL/pgSQL cost ~1 ms per seeded row; count once instead."""
    for table in ("submission_metric", "sync_batch"):
        action = "ENABLE" if enabled else "DISABLE"
        session.execute(sa.text(f"ALTER TABLE {table} {action} TRIGGER USER"))
    if enabled:
        for table in COUNTERS:
            session.execute(sa.text(f"DELETE FROM {table}"))
        for statement in _backfill_statements():
            session.execute(sa.text(statement))


def seed(engine: sa.Engine, count: int) -> None:
    rng = random.Random(7)
    pg = engine.dialect.name == "postgresql"
    with Session(engine) as session:
        if pg:
            _triggers(session, enabled=False)
        study, people, form_pk = _setup(session)
        assert study.id is not None
        first = min(count, 1000)
        subs, metrics, batches, closed = _rows(rng, study.id, people, form_pk, first)
        conflicts, quarantined = _queues(study.id, closed)
        session.execute(sa.insert(Submission), subs)
        session.execute(sa.insert(SubmissionMetric), metrics)
        session.execute(sa.insert(SyncBatch), batches)
        session.execute(sa.insert(SyncConflict), conflicts)
        session.execute(sa.insert(QuarantineItem), quarantined)
        _grow(session, "submission", "id", first, count)
        _grow(session, "submission_metric", "submission_pk", first, count)
        _grow(session, "sync_batch", "id", len(batches), count // 25)
        _grow(session, "sync_conflict", "id", len(conflicts), count // 50)
        _grow(session, "quarantine_item", "id", len(quarantined), count // 50)
        _flagged(session, study.id, count)
        if pg:
            _triggers(session, enabled=True)
        session.add(MonitorWatermark(study_id=study.id, refreshed_at=datetime.now(UTC)))
        session.commit()
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("VACUUM ANALYZE")
    else:
        with engine.connect() as connection:
            connection.exec_driver_sql("ANALYZE")
            connection.commit()


def _study(engine: sa.Engine) -> Study:
    with Session(engine) as session:
        study = session.exec(select(Study).where(Study.slug == "bench")).one()
        session.expunge(study)
    return study


def _read_once(engine: sa.Engine, study: Study, view: Callable[[Session, Study], Any]) -> float:
    """One read as a route does it: the incremental refresh, then the view."""
    assert study.id is not None
    began = time.perf_counter()
    with Session(engine) as writer:
        refresh_metrics(writer, study_id=study.id, now=datetime.now(UTC))
        writer.commit()
    with Session(engine) as reader:
        assert view(reader, study)
    return (time.perf_counter() - began) * 1000


def _list_page(session: Session, study: Study) -> Any:
    assert study.id is not None
    view = list_for_page(
        session,
        study_id=study.id,
        filters=InterviewFilter(),
        cursor=None,
        limit=50,
        enumerator_id=None,
        lang="es",
    )
    return view.page.items


VIEWS: dict[str, Callable[[Session, Study], Any]] = {
    "progress_api": lambda s, st: progress_summary(s, study=st, now=datetime.now(UTC)).forms,
    "devices_api": lambda s, st: (
        device_report(s, study_id=st.id or 0, now=datetime.now(UTC), silent_after_days=3).devices
    ),
    "quality_api": lambda s, st: quality_report(s, study=st).flags,
    "interview_list_first_page": _list_page,
}


def _head() -> str:
    head = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    return f"{head}-{SEED_VERSION}"


def _sqlite(count: int, name: str, fresh: bool) -> str:
    """A seeded SQLite file, copied from the cache (seeded once per schema)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    cached = CACHE / f"progress-{name}-{_head()}.db"
    if fresh or not cached.exists():
        building = cached.with_suffix(".building")
        building.unlink(missing_ok=True)
        url = f"sqlite:///{building}"
        command.upgrade(alembic_config(url), "head")
        engine = create_db_engine(url)
        seed(engine, count)
        engine.dispose()
        building.rename(cached)
    work = CACHE / f"run-{name}.db"
    shutil.copy(cached, work)
    return f"sqlite:///{work}"


def _postgres(count: int, name: str, fresh: bool) -> tuple[str, Callable[[], None]]:
    """A database made from a seeded template (seeded once per schema)."""
    from sqlalchemy.engine import make_url

    from tests.conftest import PG_ADMIN_URL, _pg_admin_engine

    template = f"chasqui_bench_progress_{name}_{_head()}".replace("-", "_").lower()
    admin = _pg_admin_engine()
    with admin.connect() as connection:
        exists = connection.exec_driver_sql(
            "SELECT 1 FROM pg_database WHERE datname = %s", (template,)
        ).first()
        if fresh and exists:
            connection.exec_driver_sql(f'DROP DATABASE "{template}" WITH (FORCE)')
            exists = None
        if exists is None:
            connection.exec_driver_sql(f'CREATE DATABASE "{template}"')
            url = make_url(PG_ADMIN_URL).set(database=template).render_as_string(False)
            try:
                command.upgrade(alembic_config(url), "head")
                engine = create_db_engine(url)
                seed(engine, count)
                engine.dispose()
            except BaseException:
                connection.exec_driver_sql(f'DROP DATABASE "{template}" WITH (FORCE)')
                raise
        work = f"chasqui_bench_run_{uuid.uuid4().hex[:8]}"
        connection.exec_driver_sql(f'CREATE DATABASE "{work}" TEMPLATE "{template}"')
    url = make_url(PG_ADMIN_URL).set(database=work).render_as_string(False)

    def drop() -> None:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{work}" WITH (FORCE)')
        admin.dispose()

    return url, drop


def _run(engine_name: str, fresh: bool) -> None:
    """Both sizes side by side, reads interleaved, so a busy machine skews both alike."""
    suffix = "" if engine_name == "sqlite" else "_postgresql"
    engines: dict[str, sa.Engine] = {}
    drops: list[Callable[[], None]] = []
    try:
        for count, name in SIZES.items():
            if engine_name == "sqlite":
                url = _sqlite(count, name, fresh)
            else:
                url, drop = _postgres(count, name, fresh)
                drops.append(drop)
            engines[name] = create_db_engine(url)
            if engine_name == "postgresql":
                with engines[name].connect().execution_options(isolation_level="AUTOCOMMIT") as c:
                    c.exec_driver_sql("VACUUM ANALYZE")  # a template's copy has no stats
        studies = {name: _study(engine) for name, engine in engines.items()}
        for view, build in VIEWS.items():
            runs: dict[str, list[float]] = {name: [] for name in engines}
            for _ in range(RUNS + 1):  # the first read of each warms caches: dropped
                for name, engine in engines.items():
                    runs[name].append(_read_once(engine, studies[name], build))
            ms = {name: statistics.median(times[1:]) for name, times in runs.items()}
            for name in engines:
                print(f"BENCH {view}_{name}{suffix} {ms[name]:.1f} ms", flush=True)
            ratio = ms["200k"] / ms["1k"]
            print(f"BENCH {view}_ratio_200k_1k{suffix} {ratio:.2f} x", flush=True)
    finally:
        for engine in engines.values():
            engine.dispose()
        for drop in drops:
            drop()


def _forget_stale(current: str) -> None:
    """Seeded copies made for another schema are of no use: remove them."""
    for path in CACHE.glob("progress-*.db"):
        if not path.name.endswith(f"-{current}.db"):
            path.unlink(missing_ok=True)
    from tests.conftest import _pg_admin_engine, postgres_available

    if not postgres_available():
        return
    admin = _pg_admin_engine()
    keep = current.replace("-", "_").lower()
    with admin.connect() as connection:
        for (name,) in connection.exec_driver_sql(
            "SELECT datname FROM pg_database WHERE datname LIKE 'chasqui_bench_progress_%%'"
        ).all():
            if not name.endswith(f"_{keep}"):
                connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fresh", action="store_true", help="seed again, ignore the cache")
    args = parser.parse_args()
    from tests.conftest import postgres_available

    CACHE.mkdir(parents=True, exist_ok=True)
    _forget_stale(_head())
    _run("sqlite", args.fresh)
    if postgres_available():
        _run("postgresql", args.fresh)


if __name__ == "__main__":
    main()
