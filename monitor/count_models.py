"""Kept-up counters behind the supervision views, so a read never scans a study.

Each table is a pure function of `submission_metric` (or, for `device_sync_count`,
of `sync_batch`) and is maintained by database triggers created in migration 0016,
in the same transaction as every write to those tables, whichever code path writes
(the metrics refresh, a review, a withdrawal's cascade, a time zone change). No
application code writes here. A row whose count falls to zero is deleted, so every
row counts at least one interview (or batch).

SQLite drops a table's triggers when a batch migration recreates the table: a
migration that alters `submission_metric` or `sync_batch` must create the triggers
again (`tests/migrations/test_counter_triggers.py` checks they exist at head).
"""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from core.metadata import UTCDateTime


class ProgressCount(SQLModel, table=True):
    """Interviews per form, enumerator, tablet, village and review state, with sums.

    Durations and lags are summed in whole microseconds (exact: adding and removing
    the same interview always cancels). `has_village` false means no village.
    """

    __tablename__ = "progress_count"

    study_id: int = Field(primary_key=True)
    form_pk: int = Field(primary_key=True)
    enumerator_id: int = Field(primary_key=True)
    device_id: str = Field(primary_key=True, max_length=36)
    has_village: bool = Field(primary_key=True)
    village: str = Field(primary_key=True, max_length=64)
    review_state: str = Field(primary_key=True, max_length=16)
    n: int = 0
    n_timed: int = 0
    duration_us: int = Field(default=0, sa_type=sa.BigInteger)
    n_lagged: int = 0
    lag_us: int = Field(default=0, sa_type=sa.BigInteger)
    n_questions: int = Field(default=0, sa_type=sa.BigInteger)
    n_answered: int = Field(default=0, sa_type=sa.BigInteger)
    n_refused: int = Field(default=0, sa_type=sa.BigInteger)
    n_dont_know: int = Field(default=0, sa_type=sa.BigInteger)
    n_not_asked: int = Field(default=0, sa_type=sa.BigInteger)


class ProgressDayCount(SQLModel, table=True):
    """Interviews per calendar day of the study's time zone (the metric's `day`)."""

    __tablename__ = "progress_day_count"

    study_id: int = Field(primary_key=True)
    day: date = Field(primary_key=True)
    n: int = 0


class DurationCount(SQLModel, table=True):
    """Timed interviews per form and whole minute of duration: medians without a scan.

    A median is found by walking these rows to the minute that holds it, then reading
    that minute's durations from the index on `submission_metric`.
    """

    __tablename__ = "duration_count"

    study_id: int = Field(primary_key=True)
    form_pk: int = Field(primary_key=True)
    is_rejected: bool = Field(primary_key=True)
    minute: int = Field(primary_key=True, sa_type=sa.BigInteger)
    n: int = 0


class ChoiceCount(SQLModel, table=True):
    """Non-rejected interviews per form, enumerator, single-choice question and answer."""

    __tablename__ = "choice_count"

    study_id: int = Field(primary_key=True)
    form_pk: int = Field(primary_key=True)
    enumerator_id: int = Field(primary_key=True)
    question: str = Field(primary_key=True, sa_type=sa.Text)
    answer: str = Field(primary_key=True, sa_type=sa.Text)
    n: int = 0


class QualityMark(SQLModel, table=True):
    """A non-rejected interview with ingest clock flags or over a quarter "don't know"."""

    __tablename__ = "quality_mark"

    submission_pk: int = Field(primary_key=True)
    study_id: int = Field(index=True)


class DeviceSyncCount(SQLModel, table=True):
    """Syncs per tablet and enumerator, with the last one (by id and by arrival)."""

    __tablename__ = "device_sync_count"

    study_id: int = Field(primary_key=True)
    device_id: str = Field(primary_key=True, max_length=36)
    enumerator_id: int = Field(primary_key=True)
    syncs: int = 0
    last_batch_id: int
    last_received_at: datetime = Field(sa_type=UTCDateTime)
