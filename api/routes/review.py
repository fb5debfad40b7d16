"""Supervisor review of one interview: its state and comments for the enumerator."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Path, Request
from pydantic import BaseModel, Field

from accounts.audit import record_audit
from accounts.models import User
from accounts.permissions import Permission
from api.auth import StudyAccess, client_addr, require
from api.db import SessionDep
from core.metadata import utcnow
from review import store as review
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


def _public(session: SessionDep, found: review.Review) -> ReviewPublic:
    authors = {e.author_id for e in found.events if e.author_id is not None}
    names = {uid: u.username for uid in authors if (u := session.get(User, uid)) is not None}
    return ReviewPublic(
        instance_id=found.submission.instance_id,
        state=found.state,
        history=[
            ReviewEventPublic(
                id=e.id or 0,
                state=e.state,
                comment=e.comment,
                author=names.get(e.author_id) if e.author_id is not None else None,
                created_at=e.created_at,
            )
            for e in found.events
        ],
    )


@router.get("/{instance_id}/review", response_model=ReviewPublic)
def get_review(
    instance_id: InstanceId, access: Reviewer, session: SessionDep, request: Request
) -> ReviewPublic:
    """An interview's review state and its history of states and comments."""
    found = review.get_review(session, study_id=access.study_id, instance_id=instance_id)
    record_audit(
        session,
        action="data.read",
        study_id=access.study_id,
        actor_user_id=access.principal.user_id,
        target_type="submission",
        target_id=instance_id,
        remote_addr=client_addr(request),
        detail={"view": "review"},
    )
    return _public(session, found)


@router.put("/{instance_id}/review", response_model=ReviewPublic)
def set_review(
    instance_id: InstanceId,
    body: ReviewSet,
    access: Reviewer,
    session: SessionDep,
    request: Request,
) -> ReviewPublic:
    """Set the review state (received, approved, has_issues, rejected) and/or add a comment."""
    found = review.set_review(
        session,
        study_id=access.study_id,
        instance_id=instance_id,
        author_id=access.principal.user_id,
        state=body.state,
        comment=body.comment,
        now=utcnow(),
    )
    record_audit(
        session,
        action="review.set",
        study_id=access.study_id,
        actor_user_id=access.principal.user_id,
        target_type="submission",
        target_id=instance_id,
        remote_addr=client_addr(request),
        # Whether there was a comment, never its text: it may quote the interview.
        detail={"state": body.state.value if body.state else None, "comment": bool(body.comment)},
    )
    return _public(session, found)
