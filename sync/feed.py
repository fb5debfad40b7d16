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
from sync.feed_models import FeedCounter, FeedEntry


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


def encode_cursor(seq: int) -> str:
    return base64.urlsafe_b64encode(orjson.dumps({"v": 1, "s": seq})).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> int:
    if not cursor:
        return 0
    try:
        raw = orjson.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        seq = raw["s"]
    except (binascii.Error, ValueError, KeyError, TypeError, orjson.JSONDecodeError):
        raise CursorInvalid(
            "This cursor is not one the server gave. Pull from the start."
        ) from None
    if not isinstance(seq, int) or seq < 0:
        raise CursorInvalid("This cursor is not one the server gave. Pull from the start.")
    return seq


def read_page(
    session: Session, *, user_id: int, after: int, limit: int
) -> tuple[list[FeedEntry], bool]:
    """One page for one enumerator: an index range scan, whatever the feed's size."""
    rows = list(
        session.exec(
            select(FeedEntry)
            .where(FeedEntry.user_id == user_id, FeedEntry.seq > after)
            .order_by(col(FeedEntry.seq))
            .limit(limit + 1)
        )
    )
    return rows[:limit], len(rows) > limit
