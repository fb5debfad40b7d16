"""Held spans for a supervisor: a page of them, each opened for a decision.

An interview's spans and an open quarantined item's (named by the item until it is
accepted), with what the study already decided for the same words (`remembered`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Final

from sqlmodel import Session, col, select

from forms.models import Form
from holds import store
from holds.models import HeldSpan, HoldState
from privacy.gazetteer import DecidedSpans
from privacy.holds import mask_token
from privacy.keys import KeyRing
from privacy.sealed import SealError, hold_key_for, open_span
from sync.models import QuarantineItem, Submission

MAX_PAGE: Final = 200


@dataclass(frozen=True, slots=True)
class HoldView:
    """One held span as a supervisor sees it: masked context, and the span opened."""

    hold_id: int
    instance_id: str
    form_id: str
    quarantine_id: int | None
    pointer: str
    number: int
    mask: str
    reason: str
    kind: str
    context: str
    span: str | None
    remembered: str | None
    state: str
    created_at: datetime
    decided_at: datetime | None
    decision_rev: str | None


@dataclass(frozen=True, slots=True)
class HoldPage:
    items: list[HoldView]
    next_after: int | None
    open_total: int


def list_holds(
    session: Session,
    *,
    study_id: int,
    ring: KeyRing,
    state: HoldState | None = HoldState.held,
    after: int = 0,
    limit: int = 50,
    instance_id: str | None = None,
) -> HoldPage:
    """A page of held spans, oldest first, each with its original opened (supervisors)."""
    limit = max(1, min(limit, MAX_PAGE))
    submission_pk, quarantine_ids = None, None
    if instance_id is not None:
        submission_pk = session.exec(
            select(Submission.id).where(
                Submission.study_id == study_id, Submission.instance_id == instance_id
            )
        ).first()
        quarantine_ids = _quarantined(session, study_id=study_id, instance_id=instance_id)
        if submission_pk is None and not quarantine_ids:
            return HoldPage([], None, 0)
    rows = store.list_holds(
        session,
        study_id=study_id,
        state=state,
        after_id=after,
        limit=limit + 1,
        submission_pk=submission_pk,
        quarantine_ids=quarantine_ids,
    )
    more = len(rows) > limit
    rows = rows[:limit]
    names = _submission_names(session, {r.submission_pk for r in rows if r.submission_pk})
    names.update(_quarantine_names(session, {r.quarantine_id for r in rows if r.quarantine_id}))
    decided = DecidedSpans.from_body(store.decided_body(session, study_id=study_id), keys=ring.keys)
    items = [_view(r, names[_owner(r)], ring, decided) for r in rows]
    return HoldPage(
        items,
        rows[-1].id if more and rows else None,
        store.count_open(session, study_id=study_id),
    )


def _submission_names(session: Session, pks: set[int]) -> dict[tuple[str, int], tuple[str, str]]:
    if not pks:
        return {}
    rows = session.exec(
        select(Submission.id, Submission.instance_id, Form.form_id)
        .join(Form, col(Form.id) == Submission.form_pk)
        .where(col(Submission.id).in_(sorted(pks)))
    )
    return {("s", pk): (iid, form_id) for pk, iid, form_id in rows if pk is not None}


def _quarantined(session: Session, *, study_id: int, instance_id: str) -> list[int]:
    rows = session.exec(
        select(QuarantineItem.id).where(
            QuarantineItem.study_id == study_id, QuarantineItem.instance_id == instance_id
        )
    )
    return [pk for pk in rows if pk is not None]


def _quarantine_names(session: Session, ids: set[int]) -> dict[tuple[str, int], tuple[str, str]]:
    if not ids:
        return {}
    rows = session.exec(
        select(QuarantineItem.id, QuarantineItem.instance_id, QuarantineItem.form_id).where(
            col(QuarantineItem.id).in_(sorted(ids))
        )
    )
    return {("q", pk): (iid, form_id) for pk, iid, form_id in rows if pk is not None}


def _owner(row: HeldSpan) -> tuple[str, int]:
    """An interview's spans by its id; a quarantined item's (not accepted yet) by its own."""
    if row.submission_pk is not None:
        return ("s", row.submission_pk)
    assert row.quarantine_id is not None
    return ("q", row.quarantine_id)


def _view(row: HeldSpan, names: tuple[str, str], ring: KeyRing, decided: DecidedSpans) -> HoldView:
    assert row.id is not None
    span = open_hold(row, ring) if row.state == HoldState.held else None
    return HoldView(
        hold_id=row.id,
        instance_id=names[0],
        form_id=names[1],
        quarantine_id=row.quarantine_id if row.submission_pk is None else None,
        pointer=row.pointer,
        number=row.number,
        mask=mask_token(row.number),
        reason=row.reason,
        kind=row.kind,
        context=row.context,
        span=span,
        remembered=None if span is None else decided.decision(span),
        state=row.state,
        created_at=row.created_at,
        decided_at=row.decided_at,
        decision_rev=row.decision_rev,
    )


def open_hold(row: HeldSpan, ring: KeyRing) -> str | None:
    """The span's original, or None once confirmed or its study key is destroyed."""
    key = hold_key_for(ring, row.key_id) if row.key_id else None
    if row.sealed is None or key is None:
        return None
    try:
        return open_span(row.sealed, key=key, pointer=row.pointer, number=row.number)
    except SealError:
        return None
