"""SQL for held spans: the push inserts them, the queue reads and decides them."""

from __future__ import annotations

import base64
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert as sa_postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sa_sqlite_insert
from sqlmodel import Session, col, func, select

from holds.models import DecidedSpan, HeldSpan, HoldState
from privacy.gazetteer import RELEASED

# A quarantined item's spans stand beside no revision until it is accepted.
NO_REV = ""
# The quarantine table, by name: `holds` sits below `sync`, which owns it.
_QUARANTINE = sa.table("quarantine_item", sa.column("id"), sa.column("is_open"))


def hold_rows(
    *,
    study_id: int,
    submission_pk: int | None,
    rev: str,
    holds: Iterable[Mapping[str, Any]],
    now: datetime,
    quarantine_id: int | None = None,
) -> list[dict[str, Any]]:
    """Rows for the held spans of one new revision or quarantined item (`HeldSpan.as_dict`)."""
    return [
        {
            "study_id": study_id,
            "submission_pk": submission_pk,
            "quarantine_id": quarantine_id,
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
    quarantine_ids: Sequence[int] | None = None,
) -> list[HeldSpan]:
    """A page of a study's held spans, oldest first, after `after_id`."""
    query = select(HeldSpan).where(
        HeldSpan.study_id == study_id, col(HeldSpan.id) > after_id, _listed()
    )
    if state is not None:
        query = query.where(HeldSpan.state == state)
    if submission_pk is not None or quarantine_ids is not None:
        query = query.where(
            sa.or_(
                col(HeldSpan.submission_pk) == submission_pk,
                col(HeldSpan.quarantine_id).in_(sorted(quarantine_ids or ())),
            )
        )
    return list(session.exec(query.order_by(col(HeldSpan.id)).limit(limit)))


def _listed() -> sa.ColumnElement[bool]:
    """An interview's spans, and a quarantined item's while it is open (a dismissed
    item's spans stay masked in the kept copy, which nothing reads into the study)."""
    return sa.or_(
        col(HeldSpan.submission_pk).is_not(None),
        col(HeldSpan.quarantine_id).in_(
            sa.select(_QUARANTINE.c.id).where(_QUARANTINE.c.is_open == sa.true())
        ),
    )


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
        .where(HeldSpan.study_id == study_id, HeldSpan.state == HoldState.held, _listed())
    )
    if submission_pks is not None:
        query = query.where(col(HeldSpan.submission_pk).in_(sorted(set(submission_pks))))
    return int(session.exec(query).one())


def open_by_submission(session: Session, *, study_id: int) -> dict[int, int]:
    """Held (undecided) spans per interview of a study."""
    rows = session.exec(
        select(HeldSpan.submission_pk, func.count())
        .where(
            HeldSpan.study_id == study_id,
            HeldSpan.state == HoldState.held,
            col(HeldSpan.submission_pk).is_not(None),
        )
        .group_by(col(HeldSpan.submission_pk))
    )
    return {int(pk): int(n) for pk, n in rows if pk is not None}


def same_span(session: Session, hold: HeldSpan) -> list[HeldSpan]:
    """Undecided holds of the same span in other revisions of the same interview."""
    if hold.submission_pk is None:
        return []
    query = select(HeldSpan).where(
        HeldSpan.submission_pk == hold.submission_pk,
        HeldSpan.pointer == hold.pointer,
        HeldSpan.number == hold.number,
        HeldSpan.state == HoldState.held,
        col(HeldSpan.id) != hold.id,
    )
    return [h for h in session.exec(query) if h.sealed == hold.sealed]


def attach_quarantined(
    session: Session, *, quarantine_id: int, submission_pk: int, rev: str
) -> int:
    """A quarantined item's spans now stand beside the revision its acceptance wrote."""
    result = session.execute(
        sa.update(HeldSpan)
        .where(col(HeldSpan.quarantine_id) == quarantine_id, col(HeldSpan.submission_pk).is_(None))
        .values(submission_pk=submission_pk, rev=rev)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def remember_decisions(
    session: Session, *, study_id: int, rows: Sequence[Mapping[str, Any]]
) -> None:
    """Remember decided words (`DecidedSpan` rows without `study_id`); a confirmation
    is never overwritten by a release of the same words."""
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    insert_of = sa_postgresql_insert if dialect == "postgresql" else sa_sqlite_insert
    statement = insert_of(DecidedSpan).values([{**r, "study_id": study_id} for r in rows])
    excluded = statement.excluded
    statement = statement.on_conflict_do_update(
        index_elements=["study_id", "key_id", "digest"],
        set_={
            "decision": excluded.decision,
            "hold_id": excluded.hold_id,
            "decided_by_id": excluded.decided_by_id,
            "decided_at": excluded.decided_at,
        },
        where=sa.or_(col(DecidedSpan.decision) == RELEASED, excluded.decision != RELEASED),
    )
    session.execute(statement)


def decided_body(session: Session, *, study_id: int) -> dict[str, dict[str, str]]:
    """A study's remembered decisions, ``{key_id: {digest: decision}}``, for the push."""
    rows = session.execute(
        sa.select(col(DecidedSpan.key_id), col(DecidedSpan.digest), col(DecidedSpan.decision))
        .where(col(DecidedSpan.study_id) == study_id)
        .order_by(col(DecidedSpan.id))
    )
    body: dict[str, dict[str, str]] = {}
    for key_id, digest, decision in rows:
        body.setdefault(key_id, {})[digest] = decision
    return body
