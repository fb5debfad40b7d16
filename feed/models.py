"""The pull feed: what each enumerator's tablets must apply, in commit order."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from core.metadata import JSONType, UTCDateTime, utcnow


class FeedCounter(SQLModel, table=True):
    """A study's last feed sequence number.

    Writers take their numbers by updating this row, which locks it until they
    commit: sequence order is commit order, so a reader's cursor never skips a change
    that commits late (a raw SERIAL would hand out numbers in start order).
    """

    __tablename__ = "feed_counter"

    study_id: int = Field(foreign_key="study.id", primary_key=True, ondelete="CASCADE")
    last_seq: int = 0


class FeedEntry(SQLModel, table=True):
    """One change for one enumerator's tablets in one study (fanned out at write time).

    A tablet reads the feed of its own study only: `seq` comes from that study's
    counter, so numbers are comparable within a study and never across studies
    (an enumerator in two studies has two feeds). The unique index is both the page's
    range scan and the promise that a number is never given twice in one feed.
    """

    __tablename__ = "feed_entry"
    __table_args__ = (
        sa.Index("ix_feed_entry_user_study_seq", "user_id", "study_id", "seq", unique=True),
    )

    id: int | None = Field(default=None, primary_key=True)
    study_id: int = Field(foreign_key="study.id", index=True, ondelete="CASCADE")
    user_id: int = Field(foreign_key="user_account.id", ondelete="CASCADE")
    seq: int
    kind: str = Field(max_length=16)  # form | edit | resolution | review | tombstone
    ref: str = Field(max_length=64)  # form_id or instance_id
    payload: dict[str, Any] = Field(default_factory=dict, sa_type=JSONType)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
