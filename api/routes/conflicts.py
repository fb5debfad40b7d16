"""The conflict queue for supervisors: see both values side by side, resolve per field."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter
from pydantic import BaseModel, Field

from accounts.permissions import Permission
from api.auth import StudyAccess, require
from api.db import SessionDep
from api.deps import AuditDep
from sync import conflict_queue

router = APIRouter(prefix="/api/v1/studies/{slug}/conflicts", tags=["conflicts"])


class ConflictPublic(BaseModel):
    conflict_id: int
    instance_id: str
    form_id: str
    village: str | None
    enumerator: str
    server_rev: str
    tablet_rev: str
    created_at: datetime
    fields: list[dict[str, Any]] = Field(
        description="One record per field: pointer, base, ours, theirs (anonymized values), "
        "which of ours and theirs is shown (the value stored), the revisions each came from, "
        "and `candidates`: every live value of the field (the latest write of each branch), "
        "each with its `revs`; ours and theirs are the first two."
    )


class ResolveBody(BaseModel):
    choices: dict[str, Any] = Field(
        description='Per conflicting pointer: "ours", "theirs", "base", '
        '{"candidate": n} for the n-th of the record\'s candidates (from 0), '
        'or {"value": ...} to type one.'
    )


class ResolvedPublic(BaseModel):
    instance_id: str
    rev: str


@router.get("", response_model=list[ConflictPublic])
def list_conflicts(
    access: Annotated[StudyAccess, require(Permission.resolve_conflicts)],
    session: SessionDep,
    audit: AuditDep,
    form_id: str | None = None,
    village: str | None = None,
    enumerator: str | None = None,
) -> list[ConflictPublic]:
    """Open conflicts, oldest first; filter by form, village or enumerator."""
    rows = conflict_queue.list_conflicts(
        session, study_id=access.study_id, form_id=form_id, village=village, enumerator=enumerator
    )
    audit(access, "data.read", view="conflicts", rows=len(rows))
    return [
        ConflictPublic(
            conflict_id=r.conflict.id or 0,
            instance_id=r.submission.instance_id,
            form_id=r.form_id,
            village=r.submission.village,
            enumerator=r.enumerator,
            server_rev=r.conflict.server_rev,
            tablet_rev=r.conflict.tablet_rev,
            created_at=r.conflict.created_at,
            fields=r.conflict.fields,
        )
        for r in rows
    ]


@router.post("/{conflict_id}/resolve", response_model=ResolvedPublic)
def resolve_conflict(
    conflict_id: int,
    body: ResolveBody,
    access: Annotated[StudyAccess, require(Permission.resolve_conflicts)],
    session: SessionDep,
    audit: AuditDep,
) -> ResolvedPublic:
    """Resolve: the result is a new revision that reaches the tablets through pull."""
    submission = conflict_queue.resolve_conflict(
        session,
        study_id=access.study_id,
        conflict_id=conflict_id,
        choices=body.choices,
        user=access.principal.user,
    )
    audit(
        access,
        "conflict.resolve",
        target_type="submission",
        target_id=submission.instance_id,
        fields=len(body.choices),
    )
    return ResolvedPublic(instance_id=submission.instance_id, rev=submission.head_rev)
