"""Supervision tables: the fieldwork plan and read models.

`SubmissionMetric` is a read model derived from `Submission` and its review state
(`review/models.py`), rebuildable at any time: one narrow row per interview so that
progress queries group indexed columns instead of parsing interview JSON.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from core.metadata import JSONType, UTCDateTime
from monitor import count_models  # noqa: F401  (the counter tables, on the metadata)
from review.models import ReviewState, SubmissionReview
from sync.models import Submission, SyncBatch


class StudyTarget(SQLModel, table=True):
    """How many interviews of a form the plan expects; `village` None means study-wide."""

    __tablename__ = "study_target"
    __table_args__ = (sa.UniqueConstraint("study_id", "form_id", "village"),)

    id: int | None = Field(default=None, primary_key=True)
    study_id: int = Field(foreign_key="study.id", index=True, ondelete="CASCADE")
    form_id: str = Field(max_length=64)
    village: str | None = Field(default=None, max_length=64)
    target: int = Field(ge=0)


class FieldAssignment(SQLModel, table=True):
    """An enumerator planned to work in a village."""

    __tablename__ = "field_assignment"
    __table_args__ = (sa.UniqueConstraint("study_id", "user_id", "village"),)

    id: int | None = Field(default=None, primary_key=True)
    study_id: int = Field(foreign_key="study.id", index=True, ondelete="CASCADE")
    user_id: int = Field(foreign_key="user_account.id", index=True, ondelete="CASCADE")
    village: str = Field(max_length=64)


class SubmissionMetric(SQLModel, table=True):
    """What supervision needs to know about one interview, without its answers.

    Times are device times corrected by the clock offset seen at sync. `choices`
    holds top-level single-choice answers (for the uniformity check) and `quasi`
    the generalized quasi-identifiers (for k-suppressed breakdowns only).
    """

    __tablename__ = "submission_metric"
    __table_args__ = (
        sa.Index("ix_submission_metric_progress", "study_id", "village", "form_pk", "review_state"),
        sa.Index("ix_submission_metric_enumerator", "study_id", "enumerator_id", "form_pk"),
        sa.Index("ix_submission_metric_day", "study_id", "day"),
        # Seeks for the views that read counters (monitor/count_models.py): a tablet's
        # largest lag, and the durations around a form's median or under a third of it.
        sa.Index("ix_submission_metric_device_lag", "study_id", "device_id", "lag_s"),
        sa.Index(
            "ix_submission_metric_duration", "study_id", "form_pk", "duration_s", "review_state"
        ),
    )

    submission_pk: int = Field(primary_key=True, foreign_key="submission.id", ondelete="CASCADE")
    study_id: int = Field(foreign_key="study.id", ondelete="CASCADE")
    form_pk: int
    enumerator_id: int
    device_id: str = Field(max_length=36)
    village: str | None = Field(default=None, max_length=64)
    instance_id: str = Field(max_length=36)
    content_hash: str = Field(max_length=64)
    review_state: ReviewState = Field(default=ReviewState.received, sa_type=sa.String(16))
    day: date | None = None
    started_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    ended_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    received_at: datetime = Field(sa_type=UTCDateTime)
    duration_s: float | None = None
    lag_s: float | None = None
    n_questions: int = 0
    n_answered: int = 0
    n_refused: int = 0
    n_dont_know: int = 0
    n_not_asked: int = 0
    clock_flags: list[str] = Field(default_factory=list, sa_type=JSONType)
    choices: dict[str, Any] = Field(default_factory=dict, sa_type=JSONType)
    quasi: dict[str, Any] = Field(default_factory=dict, sa_type=JSONType)


class MonitorWatermark(SQLModel, table=True):
    """Up to when a study's metrics were refreshed (server clock)."""

    __tablename__ = "monitor_watermark"

    study_id: int = Field(primary_key=True, foreign_key="study.id", ondelete="CASCADE")
    refreshed_at: datetime = Field(sa_type=UTCDateTime)


class StreamTicket(SQLModel, table=True):
    """A one-time, short-lived ticket that opens one progress stream.

    EventSource cannot send an Authorization header, and a session token in a URL
    ends up in proxy logs; a ticket is worthless once used or after a minute.
    """

    __tablename__ = "stream_ticket"

    id: int | None = Field(default=None, primary_key=True)
    ticket_hash: str = Field(max_length=64, unique=True)
    study_id: int = Field(foreign_key="study.id", ondelete="CASCADE")
    user_id: int = Field(foreign_key="user_account.id", ondelete="CASCADE")
    expires_at: datetime = Field(sa_type=UTCDateTime, index=True)
    used_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


# Indexes on tables that sync/ owns, needed by the supervision queries; declared here
# (and created by migration 0005) so that models and migrations keep agreeing.
sa.Index(
    "ix_submission_study_id_updated_at",
    Submission.__table__.c.study_id,  # type: ignore[attr-defined]
    Submission.__table__.c.updated_at,  # type: ignore[attr-defined]
)
sa.Index(
    "ix_submission_study_id_state",
    Submission.__table__.c.study_id,  # type: ignore[attr-defined]
    Submission.__table__.c.state,  # type: ignore[attr-defined]
)
sa.Index(  # the interview list's pages (interviews/store.py), migration 0019
    "ix_submission_study_id_id",
    Submission.__table__.c.study_id,  # type: ignore[attr-defined]
    Submission.__table__.c.id,  # type: ignore[attr-defined]
)
sa.Index(
    "ix_sync_batch_study_id_id",
    SyncBatch.__table__.c.study_id,  # type: ignore[attr-defined]
    SyncBatch.__table__.c.id,  # type: ignore[attr-defined]
)


# The read model follows the review state in the same transaction, so progress counts
# move at once. The listener lives here, not in review/, because review sits below
# monitor and writes only its own tables (docs/architecture.md).
@sa.event.listens_for(SubmissionReview, "after_insert")
@sa.event.listens_for(SubmissionReview, "after_update")
def _copy_review_state(_mapper: Any, connection: sa.Connection, review: SubmissionReview) -> None:
    metric = SubmissionMetric.__table__  # type: ignore[attr-defined]
    connection.execute(
        sa.update(metric)
        .where(metric.c.submission_pk == review.submission_pk)
        .values(review_state=review.state)
    )
