"""Submissions and their revisions, the quarantine, conflicts, and the record of each sync.

Every row here holds anonymized answers only: the pipeline anonymizes before it
builds any of these.
"""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from core.metadata import JSONType, UTCDateTime, utcnow


class SubmissionState(enum.StrEnum):
    complete = "complete"
    awaiting_attachments = "awaiting_attachments"


class Submission(SQLModel, table=True):
    """The current state (head revision) of one interview."""

    __tablename__ = "submission"
    __table_args__ = (sa.UniqueConstraint("study_id", "instance_id"),)

    id: int | None = Field(default=None, primary_key=True)
    study_id: int = Field(foreign_key="study.id", index=True, ondelete="CASCADE")
    instance_id: str = Field(max_length=36)
    form_pk: int = Field(foreign_key="form.id", index=True)
    form_version: int
    device_id: str = Field(max_length=36, index=True)
    enumerator_id: int = Field(foreign_key="user_account.id", index=True)
    village: str | None = Field(default=None, max_length=64, index=True)
    head_rev: str = Field(max_length=80)
    content_hash: str = Field(max_length=64)
    data: dict[str, Any] = Field(sa_type=JSONType)
    state: SubmissionState = Field(default=SubmissionState.complete, sa_type=sa.String(24))
    attachments: list[str] = Field(default_factory=list, sa_type=JSONType)
    respondent_pseudonyms: list[str] = Field(default_factory=list, sa_type=JSONType)
    flags: list[str] = Field(default_factory=list, sa_type=JSONType)
    started_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    ended_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    clock_offset_s: float | None = None
    received_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class SubmissionRevision(SQLModel, table=True):
    """Every revision ever received, head or not: nothing is lost."""

    __tablename__ = "submission_revision"
    __table_args__ = (sa.UniqueConstraint("submission_pk", "rev"),)

    id: int | None = Field(default=None, primary_key=True)
    submission_pk: int = Field(foreign_key="submission.id", index=True, ondelete="CASCADE")
    rev: str = Field(max_length=80)
    parent_rev: str | None = Field(default=None, max_length=80)
    form_version: int
    content_hash: str = Field(max_length=64)
    data: dict[str, Any] = Field(sa_type=JSONType)
    device_id: str = Field(max_length=36)
    batch_id: str = Field(max_length=36)
    received_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    # tablet: an edit as sent; merge: the server's clean merge of several leaves;
    # resolution: a supervisor's choices. Merge and resolution close `merged_revs`.
    kind: str = Field(default="tablet", max_length=16)
    merged_revs: list[str] = Field(default_factory=list, sa_type=JSONType)
    author_id: int | None = Field(default=None, foreign_key="user_account.id")


class SyncConflict(SQLModel, table=True):
    """A stale edit stored as a branch, waiting for a supervisor."""

    __tablename__ = "sync_conflict"

    id: int | None = Field(default=None, primary_key=True)
    study_id: int = Field(foreign_key="study.id", index=True, ondelete="CASCADE")
    submission_pk: int = Field(foreign_key="submission.id", index=True, ondelete="CASCADE")
    base_rev: str | None = Field(default=None, max_length=80)
    server_rev: str = Field(max_length=80)
    tablet_rev: str = Field(max_length=80)
    fields: list[dict[str, Any]] = Field(default_factory=list, sa_type=JSONType)
    is_open: bool = Field(default=True, index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    resolved_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    resolved_by_id: int | None = Field(default=None, foreign_key="user_account.id")


class QuarantineItem(SQLModel, table=True):
    """An item that could not be accepted as it is: kept (anonymized) for a supervisor."""

    __tablename__ = "quarantine_item"
    __table_args__ = (sa.UniqueConstraint("study_id", "instance_id", "content_hash"),)

    id: int | None = Field(default=None, primary_key=True)
    study_id: int = Field(foreign_key="study.id", index=True, ondelete="CASCADE")
    instance_id: str = Field(max_length=36, index=True)
    device_id: str = Field(max_length=36)
    enumerator_id: int = Field(foreign_key="user_account.id")
    batch_id: str = Field(max_length=36)
    form_id: str = Field(max_length=64)
    form_version: int | None = None
    reason: str = Field(max_length=64)
    problems: list[dict[str, Any]] = Field(default_factory=list, sa_type=JSONType)
    content_hash: str = Field(max_length=64)
    data: dict[str, Any] = Field(sa_type=JSONType)
    is_open: bool = Field(default=True, index=True)
    received_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    # How it was closed: "dismissed", or "accepted" as the revision `accepted_rev`.
    outcome: str | None = Field(default=None, max_length=16)
    accepted_rev: str | None = Field(default=None, max_length=80)
    closed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class SyncBatch(SQLModel, table=True):
    """One push: who, when, what happened to each item; replays answer from here."""

    __tablename__ = "sync_batch"
    __table_args__ = (sa.UniqueConstraint("device_id", "batch_id"),)

    id: int | None = Field(default=None, primary_key=True)
    study_id: int = Field(foreign_key="study.id", index=True, ondelete="CASCADE")
    device_id: str = Field(max_length=36, index=True)
    enumerator_id: int = Field(foreign_key="user_account.id", index=True)
    batch_id: str = Field(max_length=36)
    request_hash: str = Field(max_length=64)
    device_time: datetime | None = Field(default=None, sa_type=UTCDateTime)
    received_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    clock_offset_s: float | None = None
    item_count: int = 0
    outcomes: dict[str, int] = Field(default_factory=dict, sa_type=JSONType)
    bytes_received: int = 0
    duration_ms: float = 0.0
    response: dict[str, Any] = Field(default_factory=dict, sa_type=JSONType)
    # False when an item was answered `retry`: the same batch_id is then processed again.
    is_replayable: bool = True
    attempts: int = 1


class Tombstone(SQLModel, table=True):
    """What is left of a withdrawn interview: its id and content hashes, nothing else."""

    __tablename__ = "tombstone"
    __table_args__ = (sa.UniqueConstraint("study_id", "instance_id"),)

    id: int | None = Field(default=None, primary_key=True)
    study_id: int = Field(foreign_key="study.id", index=True, ondelete="CASCADE")
    instance_id: str = Field(max_length=36)
    content_hashes: list[str] = Field(default_factory=list, sa_type=JSONType)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
