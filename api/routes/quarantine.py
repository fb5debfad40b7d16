"""The quarantine queue: items kept but not accepted, for a supervisor to look at."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter
from pydantic import BaseModel, Field

from accounts.permissions import Permission
from api.auth import StudyAccess, require
from api.db import SessionDep
from api.deps import AuditDep, KeyRingsDep
from sync import quarantine_queue as queue
from sync.quarantine_queue import QueuedItem

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


def _public(queued: QueuedItem) -> dict[str, Any]:
    row = queued.item
    return {
        "quarantine_id": row.id,
        "instance_id": row.instance_id,
        "form_id": row.form_id,
        "form_version": row.form_version,
        "reason": row.reason,
        "problems": row.problems,
        "enumerator": queued.enumerator,
        "received_at": row.received_at,
        "is_open": row.is_open,
        "outcome": row.outcome,
        "accepted_rev": row.accepted_rev,
    }


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
    rows = queue.list_quarantine(session, study_id=access.study_id, reason=reason, is_open=is_open)
    return [QuarantinePublic(**_public(r)) for r in rows]


@router.get("/{quarantine_id}", response_model=QuarantineDetail)
def get_quarantined(
    quarantine_id: int,
    access: Annotated[StudyAccess, require(Permission.read_submissions)],
    session: SessionDep,
    audit: AuditDep,
) -> QuarantineDetail:
    """One item with its (anonymized) answers; the read is audited."""
    found = queue.read_quarantined(session, study_id=access.study_id, quarantine_id=quarantine_id)
    audit(
        access,
        "data.read",
        target_type="quarantine",
        target_id=quarantine_id,
        view="quarantine_item",
    )
    return QuarantineDetail(**_public(found), data=found.item.data)


@router.post("/{quarantine_id}/dismiss", response_model=QuarantinePublic)
def dismiss_quarantined(
    quarantine_id: int,
    access: Annotated[StudyAccess, require(Permission.review)],
    session: SessionDep,
    audit: AuditDep,
) -> QuarantinePublic:
    """Close an item after looking at it (it stays stored; nothing is deleted)."""
    found = queue.dismiss_quarantined(
        session, study_id=access.study_id, quarantine_id=quarantine_id
    )
    audit(access, "quarantine.dismiss", target_type="quarantine", target_id=quarantine_id)
    return QuarantinePublic(**_public(found))


@router.post("/{quarantine_id}/accept", response_model=AcceptedPublic)
def accept_quarantined(
    quarantine_id: int,
    body: AcceptBody,
    access: Annotated[StudyAccess, require(Permission.review)],
    session: SessionDep,
    rings: KeyRingsDep,
    audit: AuditDep,
) -> AcceptedPublic:
    """Correct an item's answers and accept it into the study as a push would (audited).

    Problems point at the correction (`corrections`: positions) or at the answers
    (`errors`: JSON pointers), never at the values sent.
    """
    done = queue.accept_quarantined(
        session,
        study=access.study,
        quarantine_id=quarantine_id,
        changes=body.changes,
        rings=rings,
        user=access.principal.user,
    )
    audit(
        access,
        "quarantine.accept",
        target_type="quarantine",
        target_id=quarantine_id,
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
