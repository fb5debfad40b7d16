"""Benchmark: one pull-feed page with 10k and with 1M changes in the table.

Run: .venv/bin/python bench/bench_pull.py
Seeds feed entries for 50 enumerators who all work in two studies with bulk inserts
(SQLite, and PostgreSQL when reachable), then times a 200-change page of one study's
feed for one enumerator from a cursor in the middle of its history. The page is an
index range scan on (user, study, seq), so its time should not grow with the table.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import Session

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from accounts.models import Study, User  # noqa: E402
from api.db import create_db_engine  # noqa: E402
from feed.models import FeedEntry  # noqa: E402
from feed.store import read_page  # noqa: E402
from tests.conftest import create_pg_database, drop_pg_database, migrate, postgres_available  # noqa: E402

USERS = 50
PAYLOAD = {
    "form_id": "household",
    "state": "published",
    "version": 3,
    "href": "/api/v1/forms/household/versions/3",
}


def seed(engine: sa.Engine, total: int) -> tuple[int, int, int]:
    with Session(engine) as session:
        studies = [Study(slug="bench", name="bench"), Study(slug="other", name="other")]
        session.add_all(studies)
        users = [User(username=f"u{i}", password_hash="x") for i in range(USERS)]
        session.add_all(users)
        session.commit()
        study_ids, user_ids = [s.id for s in studies], [u.id for u in users]
    study_id = study_ids[0]
    assert study_id is not None
    assert all(u is not None for u in user_ids)
    chunk = 20_000
    with engine.begin() as conn:
        for start in range(0, total, chunk):
            conn.execute(
                sa.insert(FeedEntry),
                [
                    {
                        # Every other change belongs to the second study, numbered
                        # from its own counter (here: far ahead of the first).
                        "study_id": study_ids[seq % 2],
                        "user_id": user_ids[seq // 2 % USERS],
                        "seq": seq + total if seq % 2 else seq,
                        "kind": "form",
                        "ref": "household",
                        "payload": PAYLOAD,
                    }
                    for seq in range(start + 1, min(start + chunk, total) + 1)
                ],
            )
    first = user_ids[0]
    assert first is not None
    return study_id, first, total // 2


def time_page(engine: sa.Engine, study_id: int, user_id: int, after: int) -> float:
    samples = []
    for _ in range(30):
        with Session(engine) as session:
            started = time.perf_counter()
            rows, _ = read_page(session, study_id=study_id, user_id=user_id, after=after, limit=200)
            samples.append(time.perf_counter() - started)
            assert rows
    return statistics.median(samples) * 1000


def run(name: str, url: str) -> None:
    migrate(url)
    engine = create_db_engine(url)
    seeded = 0
    for total in (10_000, 1_000_000):
        with engine.begin() as conn:
            conn.execute(sa.delete(FeedEntry))
            conn.exec_driver_sql("DELETE FROM user_account")
            conn.exec_driver_sql("DELETE FROM study")
        study_id, user_id, middle = seed(engine, total)
        seeded = total
        if engine.dialect.name == "postgresql":
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql("ANALYZE feed_entry")
        label = "10k" if total == 10_000 else "1m"
        print(
            f"BENCH pull_page_{name}_{label} {time_page(engine, study_id, user_id, middle):.2f} ms",
            flush=True,
        )
    engine.dispose()
    assert seeded


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        run("sqlite", f"sqlite:///{tmp}/pull.db")
    if postgres_available():
        url = create_pg_database("chasqui_bench_pull")
        try:
            run("postgresql", url)
        finally:
            drop_pg_database(url)


if __name__ == "__main__":
    main()
