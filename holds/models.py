"""Held spans: free text the scrubber was unsure of, stored masked, original sealed."""

from __future__ import annotations

import enum
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from core.metadata import UTCDateTime, utcnow


class HoldState(enum.StrEnum):
    held = "held"  # masked as [REVISAR-n] in the answer, original sealed
    released = "released"  # a person put the original back (revision `decision_rev`)
    confirmed = "confirmed"  # a person confirmed an identifier: sealed original destroyed


class HeldSpan(SQLModel, table=True):
    """One span of one revision's answer held for a supervisor; never the span in clear.

    ``sealed`` is the original under AES-SIV (privacy/sealed.py) with a key derived from
    the study's pseudonym key ``key_id``; it is set to NULL when the span is confirmed.
    ``context`` is the masked, scrubbed text around the span, as stored in the answer.
    """

    __tablename__ = "held_span"
    __table_args__ = (sa.UniqueConstraint("submission_pk", "rev", "pointer", "number"),)

    id: int | None = Field(default=None, primary_key=True)
    study_id: int = Field(foreign_key="study.id", index=True, ondelete="CASCADE")
    # A quarantined item's spans have no interview until a supervisor accepts the item;
    # then they name the interview and the revision the acceptance wrote.
    submission_pk: int | None = Field(
        default=None, foreign_key="submission.id", index=True, ondelete="CASCADE"
    )
    quarantine_id: int | None = Field(
        default=None, foreign_key="quarantine_item.id", index=True, ondelete="CASCADE"
    )
    rev: str = Field(max_length=80)
    pointer: str = Field(max_length=1000)
    number: int
    reason: str = Field(max_length=32)
    kind: str = Field(max_length=32)
    sealed: bytes | None = Field(default=None, sa_type=sa.LargeBinary)
    key_id: str | None = Field(default=None, max_length=16)
    context: str = Field(sa_type=sa.Text)
    state: HoldState = Field(default=HoldState.held, sa_type=sa.String(16), index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    decided_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    decided_by_id: int | None = Field(default=None, foreign_key="user_account.id")
    decision_rev: str | None = Field(default=None, max_length=80)


class DecidedSpan(SQLModel, table=True):
    """What the study remembers of a decision: a keyed hash of the span's words.

    ``digest`` is `privacy.gazetteer.span_digest` under the study key ``key_id`` (never
    the words); ``decision`` is ``released`` or the placeholder kind a confirmed span
    gets. A later push's span with the same words is not held again. ``hold_id`` is the
    decision it remembers (its author and time are there, and in the audit log).
    """

    __tablename__ = "decided_span"
    __table_args__ = (sa.UniqueConstraint("study_id", "key_id", "digest"),)

    id: int | None = Field(default=None, primary_key=True)
    study_id: int = Field(foreign_key="study.id", index=True, ondelete="CASCADE")
    key_id: str = Field(max_length=32)
    digest: str = Field(max_length=64)
    decision: str = Field(max_length=32)
    hold_id: int | None = Field(default=None, foreign_key="held_span.id", ondelete="SET NULL")
    decided_by_id: int | None = Field(default=None, foreign_key="user_account.id")
    decided_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
