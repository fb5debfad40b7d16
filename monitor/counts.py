"""Read the kept-up counters (monitor/count_models.py): grouped sums and exact medians.

The counters are small (one row per form, enumerator, tablet, village and review
state; per day; per minute of duration), so a view reads a few hundred rows whatever
the number of interviews. Medians are exact: the minute counts say which minute holds
the middle interview, and the index on `submission_metric` yields that minute's
durations in order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from monitor.count_models import DurationCount, ProgressCount
from monitor.models import SubmissionMetric

P = ProgressCount
M = SubmissionMetric
SUMS = ("n_questions", "n_answered", "n_refused", "n_dont_know", "n_not_asked")
US = 1_000_000


@dataclass(frozen=True, slots=True)
class Group:
    """Summed counters for one group of `ProgressCount` rows."""

    key: tuple[Any, ...]
    n: int
    n_timed: int
    duration_s: float  # sum
    n_lagged: int
    lag_s: float  # sum
    sums: dict[str, int]

    @property
    def mean_duration_s(self) -> float | None:
        return self.duration_s / self.n_timed if self.n_timed else None


def progress_groups(
    session: Session, *, study_id: int, by: Sequence[str], where: Sequence[Any] = ()
) -> list[Group]:
    """Sum the study's progress counters grouped by these `ProgressCount` columns."""
    keys = [getattr(P, name) for name in by]
    summed = [
        sa.func.sum(col(P.n)),
        sa.func.sum(col(P.n_timed)),
        sa.func.sum(col(P.duration_us)),
        sa.func.sum(col(P.n_lagged)),
        sa.func.sum(col(P.lag_us)),
        *(sa.func.sum(getattr(P, name)) for name in SUMS),
    ]
    rows = session.execute(
        sa.select(*keys, *summed)
        .where(col(P.study_id) == study_id, col(P.n) > 0, *where)
        .group_by(*keys)
    )
    width = len(keys)
    return [
        Group(
            key=tuple(row[:width]),
            n=int(row[width]),
            n_timed=int(row[width + 1]),
            duration_s=int(row[width + 2]) / US,
            n_lagged=int(row[width + 3]),
            lag_s=int(row[width + 4]) / US,
            sums={name: int(v) for name, v in zip(SUMS, row[width + 5 :], strict=True)},
        )
        for row in rows
    ]


def _minute(session: Session) -> sa.ColumnElement[Any]:
    """The very expression the triggers bucket durations with (migration 0016)."""
    if session.get_bind().dialect.name == "postgresql":
        return sa.literal_column("FLOOR(submission_metric.duration_s / 60)::bigint")
    return sa.literal_column("CAST(submission_metric.duration_s / 60 AS INTEGER)")


def median_durations(
    session: Session, *, study_id: int, with_rejected: bool
) -> dict[int, tuple[float, int]]:
    """Exact median duration per form and how many timed interviews it is over."""
    query = sa.select(
        col(DurationCount.form_pk), col(DurationCount.minute), sa.func.sum(col(DurationCount.n))
    ).where(col(DurationCount.study_id) == study_id, col(DurationCount.n) > 0)
    if not with_rejected:
        query = query.where(col(DurationCount.is_rejected).is_(sa.false()))
    minutes: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for form_pk, minute, n in session.execute(
        query.group_by(col(DurationCount.form_pk), col(DurationCount.minute)).order_by(
            col(DurationCount.form_pk), col(DurationCount.minute)
        )
    ):
        minutes[int(form_pk)].append((int(minute), int(n)))
    medians = {}
    for form_pk, counts in minutes.items():
        total = sum(n for _, n in counts)
        middle = [total // 2] if total % 2 else [total // 2 - 1, total // 2]
        values = _durations_at(session, study_id, form_pk, counts, middle, with_rejected)
        # statistics.median: the middle value, or the mean of the two middle ones.
        medians[form_pk] = (values[0] if len(values) == 1 else (values[0] + values[1]) / 2, total)
    return medians


def _durations_at(
    session: Session,
    study_id: int,
    form_pk: int,
    counts: list[tuple[int, int]],
    ranks: list[int],
    with_rejected: bool,
) -> list[float]:
    """The durations at these consecutive ranks (0-based), one index seek per minute."""
    values: list[float] = []
    while len(values) < len(ranks):
        rank = ranks[len(values)]
        before, minute, inside = 0, counts[-1][0], counts[-1][1]
        for bucket_minute, n in counts:
            if rank < before + n:
                minute, inside = bucket_minute, n
                break
            before += n
        wanted = min(len(ranks) - len(values), before + inside - rank)
        values += _seek(session, study_id, form_pk, minute, rank - before, wanted, with_rejected)
    return values


def _seek(
    session: Session,
    study_id: int,
    form_pk: int,
    minute: int,
    offset: int,
    limit: int,
    with_rejected: bool,
) -> list[float]:
    """Durations of one minute in order, from `offset`: a range of the duration index."""
    bucket = _minute(session)
    query = (
        sa.select(col(M.duration_s))
        .where(
            col(M.study_id) == study_id,
            col(M.form_pk) == form_pk,
            # A second of margin each side keeps the index range; the bucket is exact.
            col(M.duration_s) >= minute * 60 - 1,
            col(M.duration_s) < (minute + 1) * 60 + 1,
            bucket == minute,
        )
        .order_by(col(M.duration_s))
        .offset(offset)
        .limit(limit)
    )
    if not with_rejected:
        query = query.where(col(M.review_state) != "rejected")
    found = [float(v) for v in session.execute(query).scalars()]
    assert len(found) == limit, "duration_count disagrees with submission_metric"
    return found
