"""Studies, people, their roles, devices and credentials, and the audit trail."""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from core.metadata import JSONType, UTCDateTime, utcnow


class Role(enum.StrEnum):
    admin = "admin"
    supervisor = "supervisor"
    enumerator = "enumerator"


class Study(SQLModel, table=True):
    __tablename__ = "study"

    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(max_length=64, unique=True)
    name: str = Field(max_length=200)
    k_anonymity: int = Field(default=5)
    fieldwork_start: date | None = None
    fieldwork_end: date | None = None
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    # Roles that may hear or see interview recordings and photos (admins by default).
    attachment_readers: list[str] = Field(default_factory=lambda: ["admin"], sa_type=JSONType)
    # IANA name: "days" in progress, the dashboard and exports are this zone's calendar days
    # (an interview at 20:00 in Peru counts on that day, not the next UTC one).
    time_zone: str = Field(default="America/Lima", max_length=64)


class User(SQLModel, table=True):
    __tablename__ = "user_account"  # "user" is reserved in PostgreSQL

    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(max_length=64, unique=True)
    display_name: str = Field(default="", max_length=200)
    password_hash: str = Field(max_length=255)
    is_superuser: bool = Field(default=False)
    is_active: bool = Field(default=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Membership(SQLModel, table=True):
    __tablename__ = "membership"
    __table_args__ = (sa.UniqueConstraint("study_id", "user_id"),)

    id: int | None = Field(default=None, primary_key=True)
    study_id: int = Field(foreign_key="study.id", index=True, ondelete="CASCADE")
    user_id: int = Field(foreign_key="user_account.id", index=True, ondelete="CASCADE")
    role: Role = Field(sa_type=sa.String(16))
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Device(SQLModel, table=True):
    """A tablet enrolled for one enumerator in one study."""

    __tablename__ = "device"

    id: str = Field(primary_key=True, max_length=36)  # a UUID the server makes
    study_id: int = Field(foreign_key="study.id", index=True, ondelete="CASCADE")
    user_id: int = Field(foreign_key="user_account.id", index=True, ondelete="CASCADE")
    label: str = Field(max_length=120)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    last_seen_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    revoked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class AccessToken(SQLModel, table=True):
    """A bearer token, stored only as its SHA-256: a stolen database yields no tokens."""

    __tablename__ = "access_token"

    id: int | None = Field(default=None, primary_key=True)
    token_hash: str = Field(max_length=64, unique=True)
    user_id: int = Field(foreign_key="user_account.id", index=True, ondelete="CASCADE")
    device_id: str | None = Field(
        default=None, foreign_key="device.id", index=True, ondelete="CASCADE", max_length=36
    )
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    expires_at: datetime = Field(sa_type=UTCDateTime)
    revoked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class EnrollmentCode(SQLModel, table=True):
    """A one-time, expiring code a tablet exchanges for a device token."""

    __tablename__ = "enrollment_code"

    id: int | None = Field(default=None, primary_key=True)
    code_hash: str = Field(max_length=64, unique=True)
    study_id: int = Field(foreign_key="study.id", index=True, ondelete="CASCADE")
    user_id: int = Field(foreign_key="user_account.id", ondelete="CASCADE")
    created_by_id: int = Field(foreign_key="user_account.id", ondelete="CASCADE")
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    expires_at: datetime = Field(sa_type=UTCDateTime)
    used_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    device_id: str | None = Field(default=None, max_length=36)


class AuditEvent(SQLModel, table=True):
    """Append-only: who did what, when, from where. Never interview content."""

    __tablename__ = "audit_event"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    action: str = Field(max_length=64, index=True)
    study_id: int | None = Field(default=None, foreign_key="study.id", index=True)
    actor_user_id: int | None = Field(default=None, foreign_key="user_account.id")
    actor_device_id: str | None = Field(default=None, max_length=36)
    target_type: str | None = Field(default=None, max_length=64)
    target_id: str | None = Field(default=None, max_length=128)
    remote_addr: str | None = Field(default=None, max_length=64)
    detail: dict[str, Any] = Field(default_factory=dict, sa_type=JSONType)


class Community(SQLModel, table=True):
    """A village where the study collects interviews."""

    __tablename__ = "community"
    __table_args__ = (sa.UniqueConstraint("study_id", "slug"),)

    id: int | None = Field(default=None, primary_key=True)
    study_id: int = Field(foreign_key="study.id", index=True, ondelete="CASCADE")
    slug: str = Field(max_length=64)
    name: str = Field(max_length=200)
    district: str = Field(default="", max_length=200)
    province: str = Field(default="", max_length=200)


class StudyKey(SQLModel, table=True):
    """A study's secret key (pseudonyms or attachments), wrapped by the server key.

    Destroying a key erases `wrapped_key`: every pseudonym made under it can no
    longer be linked to anyone, and attachments sealed under it are unreadable.
    """

    __tablename__ = "study_key"
    __table_args__ = (sa.UniqueConstraint("study_id", "purpose", "key_id"),)

    id: int | None = Field(default=None, primary_key=True)
    study_id: int = Field(foreign_key="study.id", index=True, ondelete="CASCADE")
    purpose: str = Field(max_length=16)  # "pseudonym" or "attachment"
    key_id: str = Field(max_length=32)
    wrapped_key: bytes | None = Field(default=None, sa_type=sa.LargeBinary)
    is_current: bool = Field(default=False)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    destroyed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class StudyGazetteer(SQLModel, table=True):
    """Names an admin uploaded for scrubbing, kept only as keyed hashes."""

    __tablename__ = "study_gazetteer"

    study_id: int = Field(foreign_key="study.id", primary_key=True, ondelete="CASCADE")
    key_id: str = Field(max_length=32)
    hashes: dict[str, Any] = Field(default_factory=dict, sa_type=JSONType)
    entries: int = 0
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class LoginThrottle(SQLModel, table=True):
    """Failed logins per account or per client address, shared by every server worker.

    `key_hash` is a keyed hash: what was typed as a username may be a password.
    """

    __tablename__ = "login_throttle"
    __table_args__ = (sa.UniqueConstraint("scope", "key_hash"),)

    id: int | None = Field(default=None, primary_key=True)
    scope: str = Field(max_length=16)  # "account" or "address"
    key_hash: str = Field(max_length=64)
    failures: int = Field(default=0)
    last_failure_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    locked_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
