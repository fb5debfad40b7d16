"""Write and read the pull feed. Flushes, never commits.

Emit as the last step of a transaction: the counter row stays locked until commit,
and holding it briefly keeps concurrent writers of the same study from waiting long.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import orjson
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, select

from core.errors import DomainError
from feed.models import FeedCounter, FeedEntry


class CursorInvalid(DomainError):
    code = "sync.cursor_invalid"


@dataclass(frozen=True, slots=True)
class Change:
    """One change to deliver to the tablets of `user_ids`."""

    kind: str
    ref: str
    payload: dict[str, Any]
    user_ids: Sequence[int]


def emit(session: Session, *, study_id: int, changes: Iterable[Change]) -> None:
    """Append changes to the feed, numbered in commit order."""
    pending = [c for c in changes if c.user_ids]
    if not pending:
        return
    session.flush()
    _ensure_counter(session, study_id)
    counter = sa.update(FeedCounter).where(col(FeedCounter.study_id) == study_id)
    last = session.execute(
        counter.values(last_seq=col(FeedCounter.last_seq) + len(pending)).returning(
            col(FeedCounter.last_seq)
        )
    ).scalar_one()
    first = last - len(pending) + 1
    rows = [
        {
            "study_id": study_id,
            "user_id": uid,
            "seq": first + i,
            "kind": c.kind,
            "ref": c.ref,
            "payload": c.payload,
        }
        for i, c in enumerate(pending)
        for uid in sorted(set(c.user_ids))
    ]
    session.execute(sa.insert(FeedEntry), rows)


def _ensure_counter(session: Session, study_id: int) -> None:
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    session.execute(
        insert(FeedCounter).values(study_id=study_id, last_seq=0).on_conflict_do_nothing()
    )


# Feed numbers live in a 32-bit column on PostgreSQL; a larger one was never given.
MAX_SEQ = 2**31 - 1
NOT_OURS = "This cursor is not one the server gave. Pull from the start."


@dataclass(frozen=True, slots=True)
class Position:
    """Where a tablet stands in its study's feed, read from its cursor."""

    seq: int
    study_id: int | None  # None: a cursor from before feeds were read per study


@dataclass(frozen=True, slots=True)
class FeedPage:
    entries: list[FeedEntry]
    next_cursor: str
    has_more: bool
    is_reset: bool  # an old cursor could not be trusted: this page starts from the beginning


def encode_cursor(*, study_id: int, seq: int) -> str:
    raw = orjson.dumps({"v": 2, "t": study_id, "s": seq})
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> Position:
    """Parse a cursor; refuse anything the server could not have given."""
    if not cursor:
        return Position(seq=0, study_id=None)
    try:
        raw = orjson.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        version, seq = raw["v"], raw["s"]
        study_id = raw["t"] if version == 2 else None
    except (binascii.Error, ValueError, KeyError, TypeError, orjson.JSONDecodeError):
        raise CursorInvalid(NOT_OURS) from None
    numbers = (seq,) if study_id is None else (seq, study_id)
    if version not in (1, 2) or not all(_is_number(n) for n in numbers):
        raise CursorInvalid(NOT_OURS)
    return Position(seq=seq, study_id=study_id)


def _is_number(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_SEQ


def read_feed(
    session: Session, *, study_id: int, user_id: int, cursor: str | None, limit: int
) -> FeedPage:
    """One page of the feed of a tablet's study for its enumerator, after `cursor`."""
    position = decode_cursor(cursor)
    if position.study_id is not None and position.study_id != study_id:
        raise CursorInvalid("This cursor belongs to another study's feed. Pull from the start.")
    after, is_reset = position.seq, False
    if (
        cursor
        and position.study_id is None
        and not _is_legacy_cursor_safe(
            session, study_id=study_id, user_id=user_id, seq=position.seq
        )
    ):
        after, is_reset = 0, True
    rows, has_more = read_page(
        session, study_id=study_id, user_id=user_id, after=after, limit=limit
    )
    last = rows[-1].seq if rows else after
    return FeedPage(
        entries=rows,
        next_cursor=encode_cursor(study_id=study_id, seq=last),
        has_more=has_more,
        is_reset=is_reset,
    )


def _is_legacy_cursor_safe(session: Session, *, study_id: int, user_id: int, seq: int) -> bool:
    # Cursors given before feeds were per study hold the last number of a page that
    # mixed every study of the enumerator. It is only trustworthy when the enumerator
    # has entries in this study alone and the number is one this study reached.
    elsewhere = session.exec(
        select(FeedEntry.id)
        .where(FeedEntry.user_id == user_id, FeedEntry.study_id != study_id)
        .limit(1)
    ).first()
    counter = session.get(FeedCounter, study_id)
    return elsewhere is None and seq <= (counter.last_seq if counter else 0)


def read_page(
    session: Session, *, study_id: int, user_id: int, after: int, limit: int
) -> tuple[list[FeedEntry], bool]:
    """One page for one enumerator in one study: an index range scan, whatever the size."""
    rows = list(
        session.exec(
            select(FeedEntry)
            .where(
                FeedEntry.user_id == user_id,
                FeedEntry.study_id == study_id,
                FeedEntry.seq > after,
            )
            .order_by(col(FeedEntry.seq))
            .limit(limit + 1)
        )
    )
    return rows[:limit], len(rows) > limit
