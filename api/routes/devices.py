"""Tablet enrollment with one-time codes, the device list, and revocation."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import segno
from fastapi import APIRouter, Response
from pydantic import BaseModel, Field

from accounts import enrollment, store
from accounts.permissions import Permission
from api.auth import DevicePrincipalDep, StudyAccess, require
from api.db import SessionDep
from api.deps import AuditDep, SettingsDep

router = APIRouter(prefix="/api/v1", tags=["devices"])


class EnrollmentCodeCreate(BaseModel):
    enumerator: str = Field(description="Username of the enumerator who will use the tablet.")


class EnrollmentCodePublic(BaseModel):
    code: str
    expires_at: datetime
    enumerator: str
    qr_svg: str = Field(description="The code as a QR code (SVG), for the tablet's camera.")


class EnrollRequest(BaseModel):
    code: str = Field(min_length=4, max_length=64)
    device_label: str = Field(min_length=1, max_length=120)


class EnrollPublic(BaseModel):
    device_id: str
    token: str
    study: str


class DevicePublic(BaseModel):
    device_id: str
    label: str
    enumerator: str
    created_at: datetime
    last_seen_at: datetime | None
    revoked_at: datetime | None


def qr_svg(text: str) -> str:
    return segno.make(text, error="m").svg_inline(scale=4)


@router.post(
    "/studies/{slug}/enrollment-codes", response_model=EnrollmentCodePublic, status_code=201
)
def create_enrollment_code(
    body: EnrollmentCodeCreate,
    access: Annotated[StudyAccess, require(Permission.enroll_device)],
    session: SessionDep,
    settings: SettingsDep,
    audit: AuditDep,
) -> EnrollmentCodePublic:
    """Issue a one-time, expiring code that enrolls a tablet for an enumerator."""
    issued = enrollment.issue_enrollment_code(
        session,
        study=access.study,
        enumerator=body.enumerator,
        created_by=access.principal.user,
        minutes=settings.enrollment_code_minutes,
    )
    audit(
        access,
        "device.enrollment_code",
        target_type="user",
        target_id=issued.enumerator.id,
    )
    return EnrollmentCodePublic(
        code=issued.code,
        expires_at=issued.row.expires_at,
        enumerator=issued.enumerator.username,
        qr_svg=qr_svg(issued.code),
    )


@router.post("/devices/enroll", response_model=EnrollPublic, status_code=201)
def enroll_device(
    body: EnrollRequest,
    session: SessionDep,
    settings: SettingsDep,
    audit: AuditDep,
    response: Response,
) -> EnrollPublic:
    """Exchange an enrollment code for a device id and a device token (no login needed)."""
    response.headers["Cache-Control"] = "no-store"
    done = enrollment.enroll_device(
        session, code=body.code, label=body.device_label, token_days=settings.device_token_days
    )
    device = done.device
    audit.record(
        "device.enroll",
        study_id=device.study_id,
        actor_user_id=device.user_id,
        actor_device_id=device.id,
        target_type="device",
        target_id=device.id,
    )
    return EnrollPublic(device_id=device.id, token=done.token, study=done.study.slug)


@router.get("/studies/{slug}/devices", response_model=list[DevicePublic])
def list_devices(
    access: Annotated[StudyAccess, require(Permission.list_devices)], session: SessionDep
) -> list[DevicePublic]:
    """The study's tablets, who uses each, and when each was last seen."""
    return [
        DevicePublic(
            device_id=d.id,
            label=d.label,
            enumerator=u.username,
            created_at=d.created_at,
            last_seen_at=d.last_seen_at,
            revoked_at=d.revoked_at,
        )
        for d, u in store.list_devices(session, study_id=access.study_id)
    ]


@router.post("/studies/{slug}/devices/{device_id}/revoke", status_code=204)
def revoke_device(
    device_id: str,
    access: Annotated[StudyAccess, require(Permission.revoke_device)],
    session: SessionDep,
    audit: AuditDep,
) -> None:
    """Revoke a lost or stolen tablet: its token stops working at once."""
    device = enrollment.revoke_device(session, study_id=access.study_id, device_id=device_id)
    audit(access, "device.revoke", target_type="device", target_id=device.id)


class DeviceSelfPublic(BaseModel):
    device_id: str
    label: str
    study: str
    enumerator: str


@router.get("/devices/me", response_model=DeviceSelfPublic)
def get_my_device(principal: DevicePrincipalDep, session: SessionDep) -> DeviceSelfPublic:
    """The calling tablet: which study and enumerator it is enrolled for."""
    device = principal.device
    assert device is not None
    study = enrollment.get_device_study(session, device)
    return DeviceSelfPublic(
        device_id=device.id,
        label=device.label,
        study=study.slug,
        enumerator=principal.user.username,
    )
