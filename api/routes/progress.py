"""Supervision reads: the plan, progress, device health, quality flags, respondent tables.

Every read by a supervisor is audited as `data.read` with the view's name
(`monitor/reads.py` says in which transactions).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, Field

from accounts.permissions import Permission
from api.auth import StudyAccess, client_addr, require
from api.db import SessionDep
from api.deps import AuditDep, DatabaseDep
from monitor import plan, reads
from monitor.views import DeviceReport, ProgressSummary, QualityReport, RespondentBreakdown

router = APIRouter(prefix="/api/v1/studies/{slug}", tags=["supervision"])

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


def _reader(access: StudyAccess, request: Request) -> reads.Reader:
    return reads.Reader(user_id=access.principal.user_id, remote_addr=client_addr(request))


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
    audit: AuditDep,
) -> PlanBody:
    """Replace the fieldwork plan (targets with `village: null` are study-wide)."""
    new = plan.Plan(
        targets=tuple(plan.Target(t.form_id, t.village, t.target) for t in body.targets),
        assignments=tuple(plan.Assignment(a.username, tuple(a.villages)) for a in body.assignments),
    )
    saved = plan.set_plan(session, study_id=access.study_id, plan=new)
    audit(
        access,
        "plan.set",
        target_type="study",
        target_id=access.study.slug,
        targets=len(saved.targets),
        assignments=len(saved.assignments),
    )
    return _plan_body(saved)


@router.get("/progress", response_model=ProgressSummary)
def get_progress(access: Reader, database: DatabaseDep, request: Request) -> ProgressSummary:
    """Collected vs target per village, form and enumerator; per day; review states; queues."""
    return reads.read_progress(database, study=access.study, reader=_reader(access, request))


@router.get("/progress/devices", response_model=DeviceReport)
def get_device_health(
    access: Reader,
    database: DatabaseDep,
    request: Request,
    silent_after_days: Annotated[int, Query(ge=1, le=365)] = 3,
) -> DeviceReport:
    """Last sync per tablet, silent tablets, arrival lag, clock skew, failed syncs, stuck files."""
    return reads.read_device_health(
        database,
        study=access.study,
        reader=_reader(access, request),
        silent_after_days=silent_after_days,
    )


@router.get("/progress/quality", response_model=QualityReport)
def get_quality_flags(access: Reader, database: DatabaseDep, request: Request) -> QualityReport:
    """Interviews and enumerators worth a look, each flag explained in Spanish and English."""
    return reads.read_quality(database, study=access.study, reader=_reader(access, request))


@router.get("/progress/respondents", response_model=RespondentBreakdown)
def get_respondent_breakdown(
    access: Reader,
    database: DatabaseDep,
    request: Request,
    form: Annotated[str, Query(max_length=64)] = "household",
) -> RespondentBreakdown:
    """Respondents by village and quasi-identifier; cells under the study's k are null."""
    return reads.read_respondents(
        database, study=access.study, reader=_reader(access, request), form_id=form
    )
