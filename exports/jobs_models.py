"""Background export jobs: what was asked, how far it got, where the file is."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from core.metadata import JSONType, UTCDateTime, utcnow


class ExportJob(SQLModel, table=True):
    """One export run in the background; its file is sealed in the blob store."""

    __tablename__ = "export_job"

    id: str = Field(primary_key=True, max_length=36)
    study_id: int = Field(foreign_key="study.id", index=True, ondelete="CASCADE")
    form_id: str = Field(max_length=64)
    format: str = Field(max_length=16)
    params: dict[str, Any] = Field(default_factory=dict, sa_type=JSONType)
    status: str = Field(default="queued", max_length=16)  # queued, running, done, failed
    done: int = 0
    total: int = 0
    error: str | None = Field(default=None, max_length=64)
    created_by_id: int | None = Field(default=None, foreign_key="user_account.id")
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    finished_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    expires_at: datetime = Field(sa_type=UTCDateTime, index=True)
    storage_key: str | None = Field(default=None, max_length=255)
    size: int | None = Field(default=None, sa_type=sa.BigInteger)
    sha256: str | None = Field(default=None, max_length=64)
    report: dict[str, Any] = Field(default_factory=dict, sa_type=JSONType)
