"""The quarantine queue: items kept but not accepted, for a supervisor to look at."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field
from sqlmodel import col, select

from accounts import store as accounts
from accounts.keys import key_ring
from accounts.models import Study
from accounts.permissions import Permission
from api.auth import StudyAccess, audit, require
from api.db import SessionDep
from sync import accept
from sync.models import QuarantineItem

router = APIRouter(prefix="/api/v1/studies/{slug}/quarantine", tags=["quarantine"])


class QuarantinePublic(BaseModel):
    quarantine_id: int
    instance_id: str
    form_id: str
    form_version: int | None
    reason: str
    problems: list[dict[str, Any]]
    enumerator: str
    received_at: datetime
    is_open: bool
    outcome: str | None = Field(
        default=None, description="How it was closed: dismissed or accepted; null while open."
    )
    accepted_rev: str | None = Field(
        default=None, description="The revision an accepted item became."
    )


class QuarantineDetail(QuarantinePublic):
    data: dict[str, Any]


def _public(session: SessionDep, row: QuarantineItem) -> dict[str, Any]:
    return {
        "quarantine_id": row.id,
        "instance_id": row.instance_id,
        "form_id": row.form_id,
        "form_version": row.form_version,
        "reason": row.reason,
        "problems": row.problems,
        "enumerator": accounts.get_user(session, row.enumerator_id).username,
        "received_at": row.received_at,
        "is_open": row.is_open,
        "outcome": row.outcome,
        "accepted_rev": row.accepted_rev,
    }


def _get(session: SessionDep, access: StudyAccess, quarantine_id: int) -> QuarantineItem:
    return accept.get_quarantined(session, study_id=access.study_id, quarantine_id=quarantine_id)


class AcceptBody(BaseModel):
    changes: dict[str, Any] = Field(
        default_factory=dict,
        max_length=500,
        description="Per JSON pointer into the item's (anonymized) answers: "
        '{"value": ...} to type an answer of the form (validated, then anonymized like a '
        'pushed answer), or {"remove": true} to take one out. Unnamed answers stay as stored.',
    )


class AcceptedPublic(BaseModel):
    quarantine_id: int
    instance_id: str
    form_id: str
    form_version: int = Field(
        description="The item's own version when it was published, else the form's current one."
    )
    outcome: str = Field(
        description="As a push would answer: created (a new interview), merged, updated, "
        "conflict (queued for a supervisor) or duplicate."
    )
    rev: str | None
    conflict_id: int | None = None


@router.get("", response_model=list[QuarantinePublic])
def list_quarantine(
    access: Annotated[StudyAccess, require(Permission.read_submissions)],
    session: SessionDep,
    reason: str | None = None,
    is_open: bool = True,
) -> list[QuarantinePublic]:
    """Quarantined items with why (reason, pointers to the problems), oldest first."""
    query = select(QuarantineItem).where(
        QuarantineItem.study_id == access.study_id, QuarantineItem.is_open == is_open
    )
    if reason:
        query = query.where(QuarantineItem.reason == reason)
    rows = session.exec(query.order_by(col(QuarantineItem.id))).all()
    return [QuarantinePublic(**_public(session, r)) for r in rows]


@router.get("/{quarantine_id}", response_model=QuarantineDetail)
def get_quarantined(
    quarantine_id: int,
    access: Annotated[StudyAccess, require(Permission.read_submissions)],
    session: SessionDep,
    request: Request,
) -> QuarantineDetail:
    """One item with its (anonymized) answers; the read is audited."""
    row = _get(session, access, quarantine_id)
    audit(
        session,
        access,
        request,
        "data.read",
        target_type="quarantine",
        target_id=row.id,
        view="quarantine_item",
    )
    return QuarantineDetail(**_public(session, row), data=row.data)


@router.post("/{quarantine_id}/dismiss", response_model=QuarantinePublic)
def dismiss_quarantined(
    quarantine_id: int,
    access: Annotated[StudyAccess, require(Permission.review)],
    session: SessionDep,
    request: Request,
) -> QuarantinePublic:
    """Close an item after looking at it (it stays stored; nothing is deleted)."""
    row = accept.dismiss_quarantined(session, item=_get(session, access, quarantine_id))
    audit(
        session, access, request, "quarantine.dismiss", target_type="quarantine", target_id=row.id
    )
    return QuarantinePublic(**_public(session, row))


@router.post("/{quarantine_id}/accept", response_model=AcceptedPublic)
def accept_quarantined(
    quarantine_id: int,
    body: AcceptBody,
    access: Annotated[StudyAccess, require(Permission.review)],
    session: SessionDep,
    request: Request,
) -> AcceptedPublic:
    """Correct an item's answers and accept it into the study as a push would (audited).

    Problems point at the correction (`corrections`: positions) or at the answers
    (`errors`: JSON pointers), never at the values sent.
    """
    row = _get(session, access, quarantine_id)
    study = session.get(Study, access.study_id)
    assert study is not None
    keys = key_ring(
        session,
        study_id=access.study_id,
        purpose="pseudonym",
        secret=request.app.state.settings.secret_key.get_secret_value(),
    )
    done = accept.accept_quarantined(
        session,
        study=study,
        item=row,
        changes=body.changes,
        keys=keys,
        user=access.principal.user,
    )
    audit(
        session,
        access,
        request,
        "quarantine.accept",
        target_type="quarantine",
        target_id=row.id,
        instance_id=done.instance_id,
        outcome=done.outcome,
        corrections=len(body.changes),
    )
    return AcceptedPublic(
        quarantine_id=quarantine_id,
        instance_id=done.instance_id,
        form_id=done.form_id,
        form_version=done.form_version,
        outcome=done.outcome,
        rev=done.rev,
        conflict_id=done.conflict_id,
    )
