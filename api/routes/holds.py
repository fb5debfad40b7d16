"""The privacy review queue: spans the scrubber was unsure of, held masked for a supervisor.

Only people who may review (supervisors, admins) see a held span opened; the list is
audited as a read of interview content, and each decision is audited. The span itself
is never logged, never in an audit row and never sent to an enumerator.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from accounts.permissions import Permission
from api.auth import StudyAccess, require
from api.db import SessionDep
from api.deps import AuditDep, KeyRingsDep
from holdqueue import listing, service
from holds.models import HoldState

router = APIRouter(prefix="/api/v1/studies/{slug}/holds", tags=["privacy review"])


class HoldPublic(BaseModel):
    hold_id: int
    instance_id: str
    form_id: str
    quarantine_id: int | None = Field(
        description="The quarantined item the span belongs to, until a supervisor accepts "
        "it (its spans are decided then); null for an interview's span."
    )
    pointer: str = Field(description="JSON pointer of the answer that holds the span.")
    number: int
    mask: str = Field(description="What the stored answer reads until decided: [REVISAR-n].")
    reason: str = Field(
        description="Why the scrubber was unsure: after_person_cue, beside_person, name_word, "
        "nickname, surname_cue, like_name, family_name, digits, email_sign, mention."
    )
    kind: str = Field(description="The placeholder it gets if confirmed (PERSONA, ID, CORREO).")
    context: str = Field(description="The scrubbed text around the span, with the mask.")
    span: str | None = Field(
        description="The original span, opened for this decision (null once decided, or "
        "when the study key it was sealed under was destroyed)."
    )
    remembered: str | None = Field(
        description="What the study already decided for the same words in another span: "
        "released, or the placeholder kind it was confirmed as (null: never decided)."
    )
    state: str
    created_at: datetime
    decided_at: datetime | None
    decision_rev: str | None


class HoldPagePublic(BaseModel):
    items: list[HoldPublic]
    next_after: int | None = Field(description="Pass as `after` for the next page; null at end.")
    open_total: int = Field(description="Spans still held in the study.")


class DecisionBody(BaseModel):
    decision: Literal["release", "confirm"] = Field(
        description="release: the span is research content, put it back into the answer; "
        "confirm: it identifies someone, destroy the original and give it a placeholder."
    )
    hold_ids: list[int] = Field(min_length=1, max_length=service.MAX_DECISIONS)


class DecidedPublic(BaseModel):
    hold_id: int
    state: str
    instance_id: str
    rev: str | None = Field(description="The revision the decision wrote (null: none needed).")


@router.get("", response_model=HoldPagePublic)
def list_holds(
    access: Annotated[StudyAccess, require(Permission.review)],
    session: SessionDep,
    rings: KeyRingsDep,
    audit: AuditDep,
    state: Annotated[Literal["held", "released", "confirmed", "all"], Query()] = "held",
    after: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=listing.MAX_PAGE)] = 50,
    instance_id: Annotated[str | None, Query(max_length=36)] = None,
) -> HoldPagePublic:
    """Held spans of the study, oldest first, each opened for a decision (audited read)."""
    page = listing.list_holds(
        session,
        study_id=access.study_id,
        ring=rings.ring(access.study_id),
        state=None if state == "all" else HoldState(state),
        after=after,
        limit=limit,
        instance_id=instance_id,
    )
    audit(access, "data.read", target_type="holds", view="holds", count=len(page.items))
    return HoldPagePublic(
        items=[HoldPublic(**asdict(h)) for h in page.items],
        next_after=page.next_after,
        open_total=page.open_total,
    )


@router.post("/decisions", response_model=list[DecidedPublic])
def decide_holds(
    body: DecisionBody,
    access: Annotated[StudyAccess, require(Permission.review)],
    session: SessionDep,
    rings: KeyRingsDep,
    audit: AuditDep,
) -> list[DecidedPublic]:
    """Release or confirm held spans, all or none (audited; one revision per interview)."""
    decided = service.decide_holds(
        session,
        study_id=access.study_id,
        hold_ids=body.hold_ids,
        decision=body.decision,
        ring=rings.ring(access.study_id),
        user=access.principal.user,
    )
    for d in decided:  # one row per span: audit details are short scalars
        audit(access, f"hold.{body.decision}", target_type="hold", target_id=d.hold_id, rev=d.rev)
    return [
        DecidedPublic(hold_id=d.hold_id, state=d.state, instance_id=d.instance_id, rev=d.rev)
        for d in decided
    ]
