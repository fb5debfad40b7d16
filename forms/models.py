"""Forms, their immutable published versions, and who is assigned to fill them."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from core.metadata import JSONType, UTCDateTime, utcnow


class FormState(enum.StrEnum):
    draft = "draft"  # never published; tablets do not see it
    published = "published"  # tablets download it and submit to it
    closing = "closing"  # hidden from tablets, still accepts late syncs
    closed = "closed"  # accepts nothing new; late submissions are quarantined


class Form(SQLModel, table=True):
    __tablename__ = "form"
    __table_args__ = (sa.UniqueConstraint("study_id", "form_id"),)

    id: int | None = Field(default=None, primary_key=True)
    study_id: int = Field(foreign_key="study.id", index=True, ondelete="CASCADE")
    form_id: str = Field(max_length=64)
    title: str = Field(default="", max_length=300)
    state: FormState = Field(default=FormState.draft, sa_type=sa.String(16))
    draft: dict[str, Any] | None = Field(default=None, sa_type=JSONType)
    current_version: int | None = None
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class FormVersion(SQLModel, table=True):
    """One published version. Never updated: submissions point at it forever."""

    __tablename__ = "form_version"
    __table_args__ = (sa.UniqueConstraint("form_pk", "version"),)

    id: int | None = Field(default=None, primary_key=True)
    form_pk: int = Field(foreign_key="form.id", index=True, ondelete="CASCADE")
    version: int
    document: dict[str, Any] = Field(sa_type=JSONType)
    etag: str = Field(max_length=64)
    changes: list[dict[str, Any]] = Field(default_factory=list, sa_type=JSONType)
    published_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    published_by_id: int | None = Field(default=None, foreign_key="user_account.id")


class FormAssignment(SQLModel, table=True):
    """An enumerator who fills a form: their tablets list it."""

    __tablename__ = "form_assignment"
    __table_args__ = (sa.UniqueConstraint("form_pk", "user_id"),)

    id: int | None = Field(default=None, primary_key=True)
    form_pk: int = Field(foreign_key="form.id", index=True, ondelete="CASCADE")
    user_id: int = Field(foreign_key="user_account.id", index=True, ondelete="CASCADE")
