"""The quarantine queue: items kept but not accepted, for a supervisor to look at."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Request
from pydantic import BaseModel
from sqlmodel import col, select

from accounts import store as accounts
from accounts.permissions import Permission
from api.auth import StudyAccess, audit, require
from api.db import SessionDep
from core.errors import NotFound
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
    }


def _get(session: SessionDep, access: StudyAccess, quarantine_id: int) -> QuarantineItem:
    row = session.get(QuarantineItem, quarantine_id)
    if row is None or row.study_id != access.study_id:
        raise NotFound("No such quarantined item.")
    return row


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
    row = _get(session, access, quarantine_id)
    row.is_open = False
    session.add(row)
    audit(
        session, access, request, "quarantine.dismiss", target_type="quarantine", target_id=row.id
    )
    return QuarantinePublic(**_public(session, row))
