"""Read the stored (anonymized) interviews: filtered, keyset-paged lists and one interview.

Withdrawn interviews are erased at withdrawal (only a tombstone remains), so nothing
here can return them. Exports read through `select_interviews` too, so a list and an
export with the same filters cover the same interviews.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import defer
from sqlmodel import Session, col, select

from accounts.models import User
from attachments.models import AttachmentBlob
from core.errors import NotFound
from forms.models import Form, FormVersion
from review.models import ReviewEvent, ReviewState, SubmissionReview
from sync.models import QuarantineItem, Submission, SubmissionRevision, SyncConflict


@dataclass(frozen=True, slots=True)
class InterviewFilter:
    """Which interviews to list or export; None means any."""

    form_id: str | None = None
    version: int | None = None
    village: str | None = None
    enumerator: str | None = None
    review_state: ReviewState | None = None
    is_conflicting: bool | None = None
    is_quarantined: bool | None = None
    is_awaiting_attachments: bool | None = None
    received_from: datetime | None = None
    received_to: datetime | None = None
    updated_from: datetime | None = None
    updated_to: datetime | None = None


@dataclass(frozen=True, slots=True)
class InterviewRow:
    submission: Submission
    form_id: str
    enumerator: str
    review_state: ReviewState
    is_conflicting: bool
    is_quarantined: bool


def _conflict_exists() -> Any:
    return (
        sa.select(col(SyncConflict.id))
        .where(col(SyncConflict.submission_pk) == col(Submission.id), col(SyncConflict.is_open))
        .exists()
    )


def _quarantine_exists() -> Any:
    return (
        sa.select(col(QuarantineItem.id))
        .where(
            col(QuarantineItem.study_id) == col(Submission.study_id),
            col(QuarantineItem.instance_id) == col(Submission.instance_id),
            col(QuarantineItem.is_open),
        )
        .exists()
    )


def select_interviews(
    *, study_id: int, filters: InterviewFilter, enumerator_id: int | None = None
) -> Any:
    """The SELECT of (submission, form_id, username, review state, in conflict, quarantined)."""
    review_state = sa.func.coalesce(col(SubmissionReview.state), ReviewState.received.value)
    query = (
        sa.select(
            Submission,
            col(Form.form_id),
            col(User.username),
            review_state.label("review_state"),
            _conflict_exists().label("is_conflicting"),
            _quarantine_exists().label("is_quarantined"),
        )
        .join(Form, col(Form.id) == Submission.form_pk)
        .join(User, col(User.id) == Submission.enumerator_id)
        .outerjoin(SubmissionReview, col(SubmissionReview.submission_pk) == Submission.id)
        .where(col(Submission.study_id) == study_id)
    )
    f = filters
    conditions: list[Any] = []
    if enumerator_id is not None:
        conditions.append(Submission.enumerator_id == enumerator_id)
    if f.form_id is not None:
        conditions.append(Form.form_id == f.form_id)
    if f.version is not None:
        conditions.append(Submission.form_version == f.version)
    if f.village is not None:
        conditions.append(Submission.village == f.village)
    if f.enumerator is not None:
        conditions.append(User.username == f.enumerator)
    if f.review_state is not None:
        conditions.append(review_state == f.review_state.value)
    if f.is_conflicting is not None:
        conditions.append(_conflict_exists() if f.is_conflicting else ~_conflict_exists())
    if f.is_quarantined is not None:
        conditions.append(_quarantine_exists() if f.is_quarantined else ~_quarantine_exists())
    if f.is_awaiting_attachments is not None:
        awaiting = col(Submission.state) == "awaiting_attachments"
        conditions.append(awaiting if f.is_awaiting_attachments else ~awaiting)
    for column, low, high in (
        (col(Submission.received_at), f.received_from, f.received_to),
        (col(Submission.updated_at), f.updated_from, f.updated_to),
    ):
        if low is not None:
            conditions.append(column >= low)
        if high is not None:
            conditions.append(column < high)
    return query.where(*conditions)


def list_interviews(
    session: Session,
    *,
    study_id: int,
    filters: InterviewFilter,
    after_id: int,
    limit: int,
    enumerator_id: int | None = None,
) -> list[InterviewRow]:
    """One page, in id order, after `after_id` (a keyset seek: constant time per page)."""
    query = (
        select_interviews(study_id=study_id, filters=filters, enumerator_id=enumerator_id)
        .options(defer(Submission.data))  # type: ignore[arg-type]  # a list never shows answers
        .where(col(Submission.id) > after_id)
        .order_by(col(Submission.id))
        .limit(limit)
    )
    return [_row(r) for r in session.execute(query).all()]


def _row(r: Any) -> InterviewRow:
    return InterviewRow(
        submission=r[0],
        form_id=r[1],
        enumerator=r[2],
        review_state=ReviewState(r[3]),
        is_conflicting=bool(r[4]),
        is_quarantined=bool(r[5]),
    )


def get_interview(
    session: Session, *, study_id: int, instance_id: str, enumerator_id: int | None = None
) -> InterviewRow:
    """One interview (an enumerator's own only, when `enumerator_id` is given)."""
    query = select_interviews(
        study_id=study_id, filters=InterviewFilter(), enumerator_id=enumerator_id
    ).where(Submission.instance_id == instance_id.lower())
    found = session.execute(query).first()
    if found is None:
        raise NotFound("No such interview in this study.")
    return _row(found)


def get_document(session: Session, *, form_pk: int, version: int) -> dict[str, Any]:
    row = session.exec(
        select(FormVersion).where(FormVersion.form_pk == form_pk, FormVersion.version == version)
    ).first()
    if row is None:
        raise NotFound("No such form version.")
    return row.document


def list_revisions(session: Session, *, submission_pk: int) -> list[SubmissionRevision]:
    return list(
        session.exec(
            select(SubmissionRevision)
            .where(SubmissionRevision.submission_pk == submission_pk)
            .order_by(col(SubmissionRevision.id))
        )
    )


def list_review_events(session: Session, *, submission_pk: int) -> list[ReviewEvent]:
    return list(
        session.exec(
            select(ReviewEvent)
            .where(ReviewEvent.submission_pk == submission_pk)
            .order_by(col(ReviewEvent.id))
        )
    )


def list_blobs(session: Session, *, study_id: int, sha256s: Sequence[str]) -> list[AttachmentBlob]:
    if not sha256s:
        return []
    return list(
        session.exec(
            select(AttachmentBlob).where(
                AttachmentBlob.study_id == study_id, col(AttachmentBlob.sha256).in_(sha256s)
            )
        )
    )


def usernames(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = session.exec(select(User.id, User.username).where(col(User.id).in_(ids)))
    return {uid: name for uid, name in rows if uid is not None}
