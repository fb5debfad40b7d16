"""Benchmark: list 2,000 open quarantined items sent by 200 enumerators (SQLite).

Run: .venv/bin/python -m bench.bench_quarantine
Compares what `GET …/quarantine` did before issue 12 (the items, then one user lookup
per row for the enumerator's name) with `sync.quarantine_queue.list_quarantine` (one
joined query): statements sent and the median of 7 reads.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from accounts import store as accounts  # noqa: E402
from accounts.models import Role  # noqa: E402
from api.db import create_db_engine  # noqa: E402
from sync.models import QuarantineItem  # noqa: E402
from sync.quarantine_queue import list_quarantine  # noqa: E402
from tests.conftest import migrate  # noqa: E402
from tests.factories import make_device, make_member, make_study  # noqa: E402

ENUMERATORS = 200
ITEMS_EACH = 10


def _seed(engine: sa.Engine) -> int:
    with Session(engine) as session:
        study = make_study(session)
        senders = []
        for _ in range(ENUMERATORS):
            user = make_member(session, study, Role.enumerator)
            device, _token = make_device(session, study, user)
            senders.append((device.id, user.id))
        session.commit()
        assert study.id is not None
        rows: list[dict[str, Any]] = [
            {
                "study_id": study.id,
                "instance_id": str(uuid.uuid4()),
                "device_id": device_id,
                "enumerator_id": user_id,
                "batch_id": str(uuid.uuid4()),
                "form_id": "household",
                "form_version": 1,
                "reason": "invalid",
                "problems": [],
                "content_hash": uuid.uuid4().hex,
                "data": {"village": "Llachon"},
                "is_open": True,
            }
            for _ in range(ITEMS_EACH)
            for device_id, user_id in senders
        ]
        session.execute(sa.insert(QuarantineItem), rows)
        session.commit()
        return study.id


def _per_row_lookup(session: Session, study_id: int) -> list[Any]:
    query = select(QuarantineItem).where(
        QuarantineItem.study_id == study_id, col(QuarantineItem.is_open).is_(True)
    )
    items = session.exec(query.order_by(col(QuarantineItem.id))).all()
    return [(r, accounts.get_user(session, r.enumerator_id).username) for r in items]


def _joined(session: Session, study_id: int) -> list[Any]:
    return list(list_quarantine(session, study_id=study_id))


def _measure(
    engine: sa.Engine, study_id: int, read: Callable[[Session, int], list[Any]]
) -> tuple[int, int, float]:
    statements = [0]

    def count(*_args: Any) -> None:
        statements[0] += 1

    sa.event.listen(engine, "before_cursor_execute", count)
    times, sent, rows = [], 0, 0
    try:
        for _ in range(7):
            statements[0] = 0
            with Session(engine) as session:
                started = time.perf_counter()
                rows = len(read(session, study_id))
                times.append(time.perf_counter() - started)
            sent = statements[0]
    finally:
        sa.event.remove(engine, "before_cursor_execute", count)
    return rows, sent, statistics.median(times)


def main() -> None:
    path = Path(tempfile.mkdtemp(prefix="chasqui-bench-")) / "quarantine.db"
    url = f"sqlite:///{path}"
    migrate(url)
    engine = create_db_engine(url)
    study_id = _seed(engine)
    for name, read in (("one lookup per row", _per_row_lookup), ("joined", _joined)):
        rows, sent, median = _measure(engine, study_id, read)
        print(f"{name:>20}: {rows} items, {sent} statements, median {median * 1000:.1f} ms")
    engine.dispose()


if __name__ == "__main__":
    main()
