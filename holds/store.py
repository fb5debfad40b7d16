"""SQL for held spans: the push inserts them, the queue reads and decides them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlmodel import Session, col, func, select

from holds.models import HeldSpan, HoldState


def hold_rows(
    *, study_id: int, submission_pk: int, rev: str, holds: Iterable[Any]
) -> list[dict[str, Any]]:
    """Rows for the held spans (`privacy.holds.HeldSpan`) of one stored revision."""
    return [
        {
            "study_id": study_id,
            "submission_pk": submission_pk,
            "rev": rev,
            "pointer": h.pointer,
            "number": h.number,
            "reason": h.reason,
            "kind": h.kind,
            "sealed": h.sealed,
            "key_id": h.key_id,
            "context": h.context,
        }
        for h in holds
    ]


def insert_holds(session: Session, rows: Sequence[Mapping[str, Any]]) -> None:
    """Store held spans with the revision they belong to; a replay inserts nothing."""
    for row in rows:
        exists = session.exec(
            select(HeldSpan.id).where(
                HeldSpan.submission_pk == row["submission_pk"],
                HeldSpan.rev == row["rev"],
                HeldSpan.pointer == row["pointer"],
                HeldSpan.number == row["number"],
            )
        ).first()
        if exists is None:
            session.add(HeldSpan(**row))
    session.flush()


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
