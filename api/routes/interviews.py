"""Interviews for people: list with filters and a keyset cursor, read one with labels.

Enumerators see their own interviews only (the access matrix's
`read_own_submissions`); supervisors and admins see everyone's. Every read is audited.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Header, Path, Query, Request

from accounts.permissions import Permission
from api.auth import StudyAccess, audit, require
from api.db import SessionDep
from interviews import read
from interviews.attachments import may_open_attachments
from interviews.models import InterviewDetail, InterviewPage
from interviews.render import pick_language
from interviews.store import InterviewFilter
from review.models import ReviewState

router = APIRouter(prefix="/api/v1/studies/{slug}/interviews", tags=["interviews"])

Reader = Annotated[StudyAccess, require(Permission.read_own_submissions)]


@router.get("", response_model=InterviewPage)
def list_interviews(
    access: Reader,
    session: SessionDep,
    request: Request,
    form_id: str | None = None,
    version: int | None = None,
    village: str | None = None,
    enumerator: str | None = Query(default=None, description="An enumerator's username."),
    review_state: ReviewState | None = None,
    is_conflicting: bool | None = None,
    is_quarantined: bool | None = None,
    is_awaiting_attachments: bool | None = None,
    received_from: datetime | None = None,
    received_to: datetime | None = None,
    updated_from: datetime | None = None,
    updated_to: datetime | None = None,
    cursor: str | None = Query(default=None, max_length=200),
    limit: int = Query(default=100, ge=1, le=read.MAX_PAGE),
) -> InterviewPage:
    """Stored interviews, oldest first; follow `next_cursor` to page (constant time per page)."""
    filters = InterviewFilter(
        form_id=form_id,
        version=version,
        village=village,
        enumerator=enumerator,
        review_state=review_state,
        is_conflicting=is_conflicting,
        is_quarantined=is_quarantined,
        is_awaiting_attachments=is_awaiting_attachments,
        received_from=received_from,
        received_to=received_to,
        updated_from=updated_from,
        updated_to=updated_to,
    )
    page = read.list_page(
        session,
        study_id=access.study_id,
        filters=filters,
        cursor=cursor,
        limit=limit,
        enumerator_id=access.own_interviews_only,
    )
    audit(session, access, request, "data.read", view="interview_list", rows=len(page.items))
    return page


@router.get("/{instance_id}", response_model=InterviewDetail)
def get_interview(
    access: Reader,
    session: SessionDep,
    request: Request,
    instance_id: Annotated[str, Path(max_length=36)],
    lang: str | None = Query(default=None, description="es, qu or en; else Accept-Language."),
    accept_language: Annotated[str | None, Header()] = None,
) -> InterviewDetail:
    """One interview: answers with the form's labels, revisions, review history, attachments."""
    may_open = may_open_attachments(
        access.study, access.role, is_superuser=access.principal.user.is_superuser
    )
    detail = read.read_interview(
        session,
        study_id=access.study_id,
        slug=access.study.slug,
        instance_id=instance_id,
        lang=pick_language(lang, accept_language),
        enumerator_id=access.own_interviews_only,
        may_open_attachments=may_open,
    )
    audit(
        session,
        access,
        request,
        "data.read",
        target_type="submission",
        target_id=detail.instance_id,
        view="interview",
    )
    return detail
