"""SQL for held spans: the push inserts them, the queue reads and decides them."""

from __future__ import annotations

import base64
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, func, select

from holds.models import HeldSpan, HoldState


def hold_rows(
    *,
    study_id: int,
    submission_pk: int,
    rev: str,
    holds: Iterable[Mapping[str, Any]],
    now: datetime,
) -> list[dict[str, Any]]:
    """Rows for the held spans of one new revision (`privacy.holds.HeldSpan.as_dict`)."""
    return [
        {
            "study_id": study_id,
            "submission_pk": submission_pk,
            "rev": rev,
            "pointer": h["pointer"],
            "number": h["number"],
            "reason": h["reason"],
            "kind": h["kind"],
            "sealed": None if h["sealed"] is None else base64.b64decode(h["sealed"]),
            "key_id": h["key_id"],
            "context": h["context"],
            "state": HoldState.held.value,
            "created_at": now,
        }
        for h in holds
    ]


def insert_holds(session: Session, rows: Sequence[Mapping[str, Any]]) -> None:
    """Store the held spans of new revisions, in one statement, in the push's transaction.

    Only a new revision has holds: a replay writes no revision and so no hold.
    """
    if rows:
        session.execute(sa.insert(HeldSpan), list(rows))


def list_holds(
    session: Session,
    *,
    study_id: int,
    state: HoldState | None,
    after_id: int,
    limit: int,
    submission_pk: int | None = None,
) -> list[HeldSpan]:
    """A page of a study's held spans, oldest first, after `after_id`."""
    query = select(HeldSpan).where(HeldSpan.study_id == study_id, col(HeldSpan.id) > after_id)
    if state is not None:
        query = query.where(HeldSpan.state == state)
    if submission_pk is not None:
        query = query.where(HeldSpan.submission_pk == submission_pk)
    return list(session.exec(query.order_by(col(HeldSpan.id)).limit(limit)))


def get_holds(session: Session, *, study_id: int, ids: Sequence[int]) -> list[HeldSpan]:
    """The held spans with these ids in this study (row-locked on PostgreSQL)."""
    if not ids:
        return []
    query = (
        select(HeldSpan)
        .where(HeldSpan.study_id == study_id, col(HeldSpan.id).in_(sorted(set(ids))))
        .order_by(col(HeldSpan.id))
        .with_for_update()
    )
    return list(session.exec(query))


def count_open(
    session: Session, *, study_id: int, submission_pks: Sequence[int] | None = None
) -> int:
    """How many spans are still held (masked, undecided) in a study or some interviews."""
    query = (
        select(func.count())
        .select_from(HeldSpan)
        .where(HeldSpan.study_id == study_id, HeldSpan.state == HoldState.held)
    )
    if submission_pks is not None:
        query = query.where(col(HeldSpan.submission_pk).in_(sorted(set(submission_pks))))
    return int(session.exec(query).one())


def open_by_submission(session: Session, *, study_id: int) -> dict[int, int]:
    """Held (undecided) spans per interview of a study."""
    rows = session.exec(
        select(HeldSpan.submission_pk, func.count())
        .where(HeldSpan.study_id == study_id, HeldSpan.state == HoldState.held)
        .group_by(col(HeldSpan.submission_pk))
    )
    return {int(pk): int(n) for pk, n in rows}


def same_span(session: Session, hold: HeldSpan) -> list[HeldSpan]:
    """Undecided holds of the same span in other revisions of the same interview."""
    query = select(HeldSpan).where(
        HeldSpan.submission_pk == hold.submission_pk,
        HeldSpan.pointer == hold.pointer,
        HeldSpan.number == hold.number,
        HeldSpan.state == HoldState.held,
        col(HeldSpan.id) != hold.id,
    )
    return [h for h in session.exec(query) if h.sealed == hold.sealed]
