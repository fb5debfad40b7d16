"""Supervision reads: the plan, progress, device health, quality flags, respondent tables.

Every read by a supervisor is audited as `data.read` with the view's name. The
metrics are brought up to date (and the audit written) in a short writer
transaction; the view is then read in a fresh read transaction, so the snapshot
includes the refresh and the SQLite write lock is not held while counting.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, TypeVar

import sqlalchemy as sa
from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, Field
from sqlmodel import Session

from accounts.audit import record_audit
from accounts.permissions import Permission
from api.auth import StudyAccess, client_addr, require
from api.db import Database, SessionDep
from core.metadata import utcnow
from monitor import breakdown, health, plan, progress
from monitor.metrics import refresh_metrics
from monitor.views import DeviceReport, ProgressSummary, QualityReport, RespondentBreakdown

router = APIRouter(prefix="/api/v1/studies/{slug}", tags=["supervision"])

T = TypeVar("T")
Reader = Annotated[StudyAccess, require(Permission.read_submissions)]


class TargetBody(BaseModel):
    form_id: str = Field(min_length=1, max_length=64)
    village: str | None = Field(default=None, max_length=64, description="null: study-wide")
    target: int = Field(ge=0, le=100_000)


class AssignmentBody(BaseModel):
    username: str = Field(min_length=1, max_length=64)
    villages: list[str] = Field(max_length=200)


class PlanBody(BaseModel):
    targets: list[TargetBody] = Field(max_length=5000)
    assignments: list[AssignmentBody] = Field(default_factory=list, max_length=500)


def _plan_body(p: plan.Plan) -> PlanBody:
    return PlanBody(
        targets=[
            TargetBody(form_id=t.form_id, village=t.village, target=t.target) for t in p.targets
        ],
        assignments=[
            AssignmentBody(username=a.username, villages=list(a.villages)) for a in p.assignments
        ],
    )


def refresh_and_read(database: Database, study_id: int, build: Callable[[Session], T]) -> T:
    """Bring the metrics up to date in a short write, then build the view in a fresh read."""
    with database.session(writer=True) as writer:
        try:
            refresh_metrics(writer, study_id=study_id, now=utcnow())
            writer.commit()
        except sa.exc.IntegrityError:
            writer.rollback()  # another worker refreshed the same rows at the same moment
    with database.session() as reader:
        return build(reader)


def read_view(request: Request, access: StudyAccess, view: str, build: Callable[[Session], T]) -> T:
    """Audit the read (`data.read`, detail.view), then refresh and build the view."""
    database: Database = request.app.state.database
    with database.session(writer=True) as writer:
        record_audit(
            writer,
            action="data.read",
            study_id=access.study_id,
            actor_user_id=access.principal.user_id,
            target_type="study",
            target_id=access.study.slug,
            remote_addr=client_addr(request),
            detail={"view": view},
        )
        writer.commit()
    return refresh_and_read(database, access.study_id, build)


@router.get("/plan", response_model=PlanBody)
def get_plan(
    access: Annotated[StudyAccess, require(Permission.read_study)], session: SessionDep
) -> PlanBody:
    """The fieldwork plan: targets per village and form, and who works where."""
    return _plan_body(plan.get_plan(session, study_id=access.study_id))


@router.put("/plan", response_model=PlanBody)
def set_plan(
    body: PlanBody,
    access: Annotated[StudyAccess, require(Permission.manage_plan)],
    session: SessionDep,
    request: Request,
) -> PlanBody:
    """Replace the fieldwork plan (targets with `village: null` are study-wide)."""
    new = plan.Plan(
        targets=tuple(plan.Target(t.form_id, t.village, t.target) for t in body.targets),
        assignments=tuple(plan.Assignment(a.username, tuple(a.villages)) for a in body.assignments),
    )
    saved = plan.set_plan(session, study_id=access.study_id, plan=new)
    record_audit(
        session,
        action="plan.set",
        study_id=access.study_id,
        actor_user_id=access.principal.user_id,
        target_type="study",
        target_id=access.study.slug,
        remote_addr=client_addr(request),
        detail={"targets": len(saved.targets), "assignments": len(saved.assignments)},
    )
    return _plan_body(saved)


@router.get("/progress", response_model=ProgressSummary)
def get_progress(access: Reader, request: Request) -> ProgressSummary:
    """Collected vs target per village, form and enumerator; per day; review states; queues."""
    return read_view(
        request,
        access,
        "progress",
        lambda s: progress.progress_summary(s, study=access.study, now=utcnow()),
    )


@router.get("/progress/devices", response_model=DeviceReport)
def get_device_health(
    access: Reader,
    request: Request,
    silent_after_days: Annotated[int, Query(ge=1, le=365)] = 3,
) -> DeviceReport:
    """Last sync per tablet, silent tablets, arrival lag, clock skew, failed syncs, stuck files."""
    return read_view(
        request,
        access,
        "progress.devices",
        lambda s: health.device_report(
            s, study_id=access.study_id, now=utcnow(), silent_after_days=silent_after_days
        ),
    )


@router.get("/progress/quality", response_model=QualityReport)
def get_quality_flags(access: Reader, request: Request) -> QualityReport:
    """Interviews and enumerators worth a look, each flag explained in Spanish and English."""
    return read_view(
        request,
        access,
        "progress.quality",
        lambda s: breakdown.quality_report(s, study=access.study),
    )


@router.get("/progress/respondents", response_model=RespondentBreakdown)
def get_respondent_breakdown(
    access: Reader, request: Request, form: Annotated[str, Query(max_length=64)] = "household"
) -> RespondentBreakdown:
    """Respondents by village and quasi-identifier; cells under the study's k are null."""
    return read_view(
        request,
        access,
        "progress.respondents",
        lambda s: breakdown.respondent_breakdown(s, study=access.study, form_id=form),
    )
