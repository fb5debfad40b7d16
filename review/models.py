"""Review state and history: what supervisors decided about each interview and told its enumerator.

`SubmissionReview` holds the current state (no row: `received`); `ReviewEvent` is the
append-only history, which the tablets also pull. Both are source data, never rebuilt;
monitor's read model copies the state (see `monitor/models.py`).
"""

from __future__ import annotations

import enum
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from core.metadata import UTCDateTime, utcnow


class ReviewState(enum.StrEnum):
    received = "received"  # nobody has looked at it yet (no review row)
    approved = "approved"
    has_issues = "has_issues"  # the enumerator should fix something and sync again
    rejected = "rejected"


class SubmissionReview(SQLModel, table=True):
    """The current review state of one interview; no row means `received`."""

    __tablename__ = "submission_review"

    submission_pk: int = Field(primary_key=True, foreign_key="submission.id", ondelete="CASCADE")
    study_id: int = Field(foreign_key="study.id", index=True, ondelete="CASCADE")
    state: ReviewState = Field(default=ReviewState.received, sa_type=sa.String(16))
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_by_id: int | None = Field(default=None, foreign_key="user_account.id")


class ReviewEvent(SQLModel, table=True):
    """A state change and/or a comment for the enumerator: the review history, append-only.

    `enumerator_id` is copied from the submission so the tablets' pull feed reads
    one index range per enumerator, in id order.
    """

    __tablename__ = "review_event"
    __table_args__ = (sa.Index("ix_review_event_feed", "study_id", "enumerator_id", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    study_id: int = Field(foreign_key="study.id", ondelete="CASCADE")
    submission_pk: int = Field(foreign_key="submission.id", index=True, ondelete="CASCADE")
    instance_id: str = Field(max_length=36)
    enumerator_id: int = Field(foreign_key="user_account.id")
    author_id: int | None = Field(default=None, foreign_key="user_account.id")
    state: ReviewState | None = Field(default=None, sa_type=sa.String(16))
    comment: str | None = Field(default=None, sa_type=sa.Text)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
