"""Tables for attachments: resumable uploads in progress, and the stored blobs.

Neither table holds a filename: tablets name recordings after the interviewee, so
the server keeps only the content's SHA-256 and its media type.
"""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from core.metadata import UTCDateTime, utcnow


class AttachmentUpload(SQLModel, table=True):
    """One tus upload: the bytes so far live in a part file, `offset` counts the fsync'd ones."""

    __tablename__ = "attachment_upload"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    study_id: int = Field(foreign_key="study.id", index=True, ondelete="CASCADE")
    device_id: str = Field(foreign_key="device.id", index=True, ondelete="CASCADE", max_length=36)
    sha256: str = Field(max_length=64)  # declared by the tablet, lowercase hex
    content_type: str = Field(max_length=100)
    length: int = Field(sa_type=sa.BigInteger)
    offset: int = Field(default=0, sa_type=sa.BigInteger)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    expires_at: datetime = Field(sa_type=UTCDateTime, index=True)
    completed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class AttachmentBlob(SQLModel, table=True):
    """A verified file, stored once per study under its content address."""

    __tablename__ = "attachment_blob"
    __table_args__ = (sa.UniqueConstraint("study_id", "sha256"),)

    id: int | None = Field(default=None, primary_key=True)
    # No index of its own: the unique (study_id, sha256) constraint leads with it.
    study_id: int = Field(foreign_key="study.id", ondelete="CASCADE")
    sha256: str = Field(max_length=64)
    size: int = Field(sa_type=sa.BigInteger)
    content_type: str = Field(max_length=100)
    storage_key: str = Field(max_length=255)
    stored_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    # Seconds of a recording, measured after upload (attachments/durations.py); None
    # until then, or when its format cannot be read.
    duration_s: float | None = None
    is_measured: bool = Field(default=False, sa_column_kwargs={"server_default": sa.false()})
    first_device_id: str | None = Field(
        default=None, foreign_key="device.id", ondelete="SET NULL", max_length=36
    )
