"""Export household interviews (with repeats) to every format, on SQLite and PostgreSQL.

Interviews are seeded in bulk (anonymized-looking answers: pseudonyms, age bands,
years, scrubbed stories, three household members, migration episodes), then each
format runs in a fresh process so its peak memory (ru_maxrss) is its own:

    .venv/bin/python -m bench.bench_export [--counts 20000,200000] [--formats csv,xlsx]

Figures: rows per second (all tables), time until the first row reaches the file,
total seconds, and peak memory of the exporting process. The interview list's page
time at the deepest page is measured too (keyset cursor: it must not grow).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from sqlmodel import Session, select

from accounts.models import Role, Study, User
from accounts.store import set_membership
from api.db import alembic_config, create_db_engine
from bench.bench_progress import _grow
from forms import store as forms_store
from forms.demo_study import read_study_file
from sync.models import Submission

FORMATS = ("csv", "xlsx", "dta", "sav", "parquet", "qdpx")
VILLAGES = ("manta", "ccollpa", "san_luis", "antaccocha", "chanquil", "bellavista", "chilcapite")
STORY = "Mi hijo [PERSONA-1] se fue a Lima a trabajar; manda plata para la fiesta. " * 4


def _answers(i: int) -> dict[str, Any]:
    member = {
        "relation": "hijo",
        "sex": "hombre" if i % 2 else "mujer",
        "age": "15-24",
        "schooling": "secundaria",
        "lives_now": "lima",
        "has_migrated": True,
        "episodes": [
            {
                "destination": "lima",
                "duration_type": "temporal",
                "months": ["01", "02"],
                "start_year": 1998 + i % 20,
                "reason": "trabajo",
                "work_done": STORY[:80],
            },
        ],
    }
    return {
        "consent": True,
        "village": VILLAGES[i % len(VILLAGES)],
        "interview_date": 2026,
        "respondent_name": f"ps1.k1.{i:026d}",
        "respondent_sex": "mujer",
        "respondent_age": "35-49",
        "land_held_ha": 0.5 + i % 4,
        "land_uses": ["consumo", "ganado"],
        "members": [
            {**member, "relation": "jefe", "episodes": []},
            member,
            {**member, "relation": "hija", "sex": "mujer", "episodes": []},
        ],
        "displaced": {"_missing": "refused"} if i % 10 == 0 else "no",
        "displacement_story": STORY,
        "youth_plans": ["estudiar_ciudad"],
        "migration_impact": STORY,
        "future": STORY[:120],
    }


def seed(url: str, count: int) -> None:
    command.upgrade(alembic_config(url), "head")
    engine = create_db_engine(url)
    start = datetime(2026, 6, 1, tzinfo=UTC)
    with Session(engine) as session:
        study = Study(slug="bench", name="Bench")
        session.add(study)
        user = User(username="enum", password_hash="x")
        session.add(user)
        session.flush()
        set_membership(session, study=study, user=user, role=Role.enumerator)
        form = forms_store.create_form(
            session, study_id=study.id or 0, document=read_study_file("household.json")
        )
        forms_store.publish_form(session, form=form, published_by_id=None)
        seeded = min(count, 1000)
        rows: list[dict[str, Any]] = []
        for i in range(seeded):
            began = start + timedelta(minutes=i)
            rows.append(
                {
                    "id": i + 1,
                    "study_id": study.id,
                    "instance_id": str(uuid.UUID(int=i + 1)),
                    "form_pk": form.id,
                    "form_version": 1,
                    "device_id": "dev",
                    "enumerator_id": user.id,
                    "village": VILLAGES[i % len(VILLAGES)],
                    "head_rev": "1-x",
                    "content_hash": "h",
                    "data": _answers(i),
                    "state": "complete",
                    "attachments": [],
                    "respondent_pseudonyms": [],
                    "flags": [],
                    "started_at": began,
                    "ended_at": began + timedelta(hours=1),
                    "clock_offset_s": 0.0,
                    "received_at": began,
                    "updated_at": began,
                }
            )
        session.execute(sa.insert(Submission), rows)
        _grow(session, "submission", "id", seeded, count)
        session.commit()
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            connection.exec_driver_sql("ANALYZE")
            connection.commit()
    engine.dispose()


def run_one(url: str, fmt: str) -> dict[str, Any]:
    """In a fresh process: export, and report times and this process's peak memory."""
    from exports import run as run_module
    from exports.layout import Options
    from exports.run import ExportRequest, run_export
    from exports.source import Selection
    from exports.store import load_model
    from interviews.store import InterviewFilter
    from privacy.keys import KeyRing

    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    engine = create_db_engine(url)
    first: list[float] = []
    began = time.perf_counter()
    make_sink = run_module.make_sink

    def timed_sink(*args: Any, **kwargs: Any) -> Any:
        sink = make_sink(*args, **kwargs)
        write = sink.write

        def first_write(*row: Any) -> None:
            if not first:
                first.append(time.perf_counter() - began)
            write(*row)

        sink.write = first_write  # type: ignore[method-assign,assignment]
        return sink

    run_module.make_sink = timed_sink
    with Session(engine) as session, tempfile.TemporaryDirectory() as tmp:
        study = session.exec(select(Study).where(Study.slug == "bench")).one()
        assert study.id is not None
        _, versions, model = load_model(session, study_id=study.id, form_id="household")
        request = ExportRequest(
            selection=Selection(study_id=study.id, form_id="household", filters=InterviewFilter()),
            fmt=fmt,
            options=Options(lang="es"),
        )
        report = run_export(
            session,
            request,
            versions=versions,
            model=model,
            ring=KeyRing.single("k1", b"k" * 32),
            out=Path(tmp) / "out.zip",
            now=datetime.now(UTC),
            progress=lambda n: (
                first.append(time.perf_counter() - began) if not first and n else None
            ),
        )
        size = (Path(tmp) / "out.zip").stat().st_size
    seconds = time.perf_counter() - began
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "rows": sum(report["rows"].values()),
        "seconds": seconds,
        "first_row_s": first[0] if first else seconds,
        "peak_mib": peak / 1024,
        "growth_mib": (peak - baseline) / 1024,
        "bytes": size,
    }


def page_time(url: str) -> float:
    """Milliseconds to read the deepest page of the interview list (limit 100)."""
    from interviews.store import InterviewFilter, list_interviews

    engine = create_db_engine(url)
    with Session(engine) as session:
        study = session.exec(select(Study).where(Study.slug == "bench")).one()
        assert study.id is not None
        last = session.execute(sa.select(sa.func.max(Submission.id))).scalar_one()
        times = []
        for _ in range(5):
            began = time.perf_counter()
            list_interviews(
                session,
                study_id=study.id,
                filters=InterviewFilter(),
                after_id=last - 100,
                limit=100,
            )
            times.append((time.perf_counter() - began) * 1000)
    engine.dispose()
    return sorted(times)[2]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--counts", default="20000,200000")
    parser.add_argument("--formats", default=",".join(FORMATS))
    parser.add_argument("--engines", default="sqlite,postgresql")
    parser.add_argument("--one", nargs=2, metavar=("URL", "FORMAT"))
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(*args.one)))
        return
    from tests.conftest import create_pg_database, drop_pg_database, postgres_available

    wanted = args.engines.split(",")
    engines = [e for e in ("sqlite", "postgresql") if e in wanted]
    if "postgresql" in engines and not postgres_available():
        engines.remove("postgresql")
    for count in (int(c) for c in args.counts.split(",")):
        name = f"{count // 1000}k"
        for engine in engines:
            with tempfile.TemporaryDirectory() as tmp:
                url = (
                    f"sqlite:///{Path(tmp) / 'bench.db'}"
                    if engine == "sqlite"
                    else create_pg_database("chasqui_bench")
                )
                try:
                    seed(url, count)
                    print(
                        f"BENCH interview_page_{name}_{engine} {page_time(url):.2f} ms", flush=True
                    )
                    for fmt in args.formats.split(","):
                        done = subprocess.run(
                            [sys.executable, "-m", "bench.bench_export", "--one", url, fmt],
                            capture_output=True,
                            text=True,
                            check=True,
                        )
                        r = json.loads(done.stdout.strip().splitlines()[-1])
                        tag = f"export_{fmt}_{name}_{engine}"
                        print(f"BENCH {tag}_rows_per_s {r['rows'] / r['seconds']:.0f} rows/s")
                        print(f"BENCH {tag}_first_row {r['first_row_s'] * 1000:.0f} ms")
                        print(f"BENCH {tag}_seconds {r['seconds']:.1f} s")
                        print(f"BENCH {tag}_peak_memory {r['peak_mib']:.0f} MiB", flush=True)
                finally:
                    if engine == "postgresql":
                        drop_pg_database(url)


if __name__ == "__main__":
    main()
