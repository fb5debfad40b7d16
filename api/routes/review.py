"""Supervisor review of one interview: its state and comments for the enumerator."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Path
from pydantic import BaseModel, Field

from accounts.permissions import Permission
from api.auth import StudyAccess, require
from api.db import SessionDep
from api.deps import AuditDep
from core.metadata import utcnow
from review import history
from review import store as review
from review.history import ReviewHistory
from review.models import ReviewState

router = APIRouter(prefix="/api/v1/studies/{slug}/submissions", tags=["supervision"])

Reviewer = Annotated[StudyAccess, require(Permission.review)]
InstanceId = Annotated[str, Path(max_length=36)]


class ReviewSet(BaseModel):
    state: ReviewState | None = None
    comment: str | None = Field(default=None, max_length=review.MAX_COMMENT)


class ReviewEventPublic(BaseModel):
    id: int
    state: ReviewState | None
    comment: str | None
    author: str | None
    created_at: datetime


class ReviewPublic(BaseModel):
    instance_id: str
    state: ReviewState
    history: list[ReviewEventPublic]


def _public(found: ReviewHistory) -> ReviewPublic:
    return ReviewPublic(
        instance_id=found.review.submission.instance_id,
        state=found.review.state,
        history=[
            ReviewEventPublic(
                id=e.id or 0,
                state=e.state,
                comment=e.comment,
                author=found.authors.get(e.author_id) if e.author_id is not None else None,
                created_at=e.created_at,
            )
            for e in found.review.events
        ],
    )


@router.get("/{instance_id}/review", response_model=ReviewPublic)
def get_review(
    instance_id: InstanceId, access: Reviewer, session: SessionDep, audit: AuditDep
) -> ReviewPublic:
    """An interview's review state and its history of states and comments."""
    found = history.read_review(session, study_id=access.study_id, instance_id=instance_id)
    audit(access, "data.read", target_type="submission", target_id=instance_id, view="review")
    return _public(found)


@router.put("/{instance_id}/review", response_model=ReviewPublic)
def set_review(
    instance_id: InstanceId,
    body: ReviewSet,
    access: Reviewer,
    session: SessionDep,
    audit: AuditDep,
) -> ReviewPublic:
    """Set the review state (received, approved, has_issues, rejected) and/or add a comment."""
    found = history.write_review(
        session,
        study_id=access.study_id,
        instance_id=instance_id,
        author_id=access.principal.user_id,
        state=body.state,
        comment=body.comment,
        now=utcnow(),
    )
    # Whether there was a comment, never its text: it may quote the interview.
    audit(
        access,
        "review.set",
        target_type="submission",
        target_id=instance_id,
        state=body.state.value if body.state else None,
        comment=bool(body.comment),
    )
    return _public(found)
