"""The conflict queue for supervisors: see both values side by side, resolve per field."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from accounts import store as accounts
from accounts.audit import record_audit
from accounts.permissions import Permission
from api.auth import StudyAccess, client_addr, require
from api.db import SessionDep
from sync import resolution

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
    request: Request,
    form_id: str | None = None,
    village: str | None = None,
    enumerator: str | None = None,
) -> list[ConflictPublic]:
    """Open conflicts, oldest first; filter by form, village or enumerator."""
    enumerator_id = accounts.get_user_by_username(session, enumerator).id if enumerator else None
    rows = resolution.list_open_conflicts(
        session,
        study_id=access.study_id,
        form_id=form_id,
        village=village,
        enumerator_id=enumerator_id,
    )
    record_audit(
        session,
        action="data.read",
        study_id=access.study_id,
        actor_user_id=access.principal.user_id,
        remote_addr=client_addr(request),
        detail={"view": "conflicts", "rows": len(rows)},
    )
    names = {
        uid: accounts.get_user(session, uid).username
        for uid in {s.enumerator_id for _, s, _ in rows}
    }
    return [
        ConflictPublic(
            conflict_id=c.id or 0,
            instance_id=s.instance_id,
            form_id=f.form_id,
            village=s.village,
            enumerator=names[s.enumerator_id],
            server_rev=c.server_rev,
            tablet_rev=c.tablet_rev,
            created_at=c.created_at,
            fields=c.fields,
        )
        for c, s, f in rows
    ]


@router.post("/{conflict_id}/resolve", response_model=ResolvedPublic)
def resolve_conflict(
    conflict_id: int,
    body: ResolveBody,
    access: Annotated[StudyAccess, require(Permission.resolve_conflicts)],
    session: SessionDep,
    request: Request,
) -> ResolvedPublic:
    """Resolve: the result is a new revision that reaches the tablets through pull."""
    conflict, submission = resolution.get_conflict(
        session, study_id=access.study_id, conflict_id=conflict_id
    )
    resolution.resolve_conflict(
        session,
        conflict=conflict,
        submission=submission,
        choices=body.choices,
        user=access.principal.user,
    )
    record_audit(
        session,
        action="conflict.resolve",
        study_id=access.study_id,
        actor_user_id=access.principal.user_id,
        target_type="submission",
        target_id=submission.instance_id,
        remote_addr=client_addr(request),
        detail={"fields": len(body.choices)},
    )
    return ResolvedPublic(instance_id=submission.instance_id, rev=submission.head_rev)
