"""Studies, their members and roles, and the study's audit trail."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field, field_validator
from pydantic_core import PydanticCustomError

from accounts import people, store
from accounts.audit import list_audit
from accounts.models import Role
from accounts.permissions import Permission
from api.auth import PersonDep, StudyAccess, SuperuserDep, require
from api.db import SessionDep
from api.deps import AuditDep, SettingsDep
from core.days import check_time_zone
from monitor.metrics import set_time_zone

router = APIRouter(prefix="/api/v1", tags=["studies"])

SLUG = r"^[a-z0-9][a-z0-9-]{1,62}$"


class StudyCreate(BaseModel):
    slug: str = Field(pattern=SLUG)
    name: str = Field(min_length=1, max_length=200)
    k_anonymity: int = Field(default=5, ge=2, le=100)


class StudyPublic(BaseModel):
    slug: str
    name: str
    k_anonymity: int
    role: str | None = None
    # IANA name; "days" in progress, the dashboard and exports are this zone's days.
    time_zone: str = "America/Lima"


class StudyUpdate(BaseModel):
    time_zone: str = Field(max_length=64, examples=["America/Lima"])

    @field_validator("time_zone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            return check_time_zone(value)
        except ValueError:
            raise PydanticCustomError(
                "time_zone_unknown", "Not an IANA time zone this server knows."
            ) from None


class UserCreate(BaseModel):
    username: str = Field(pattern=r"^[a-zA-Z0-9_.-]{2,64}$")
    # Length and the other rules are checked by accounts.passwords (a stable code).
    password: str = Field(min_length=1, max_length=256)
    display_name: str = Field(default="", max_length=200)


class UserPublic(BaseModel):
    username: str
    display_name: str


class MemberSet(BaseModel):
    username: str
    role: Role


class MemberPublic(BaseModel):
    username: str
    display_name: str
    role: Role


class AuditPublic(BaseModel):
    at: datetime
    action: str
    actor_user_id: int | None
    actor_device_id: str | None
    target_type: str | None
    target_id: str | None
    remote_addr: str | None
    detail: dict[str, Any]


@router.post("/studies", response_model=StudyPublic, status_code=201)
def create_study(
    body: StudyCreate, admin: SuperuserDep, session: SessionDep, audit: AuditDep
) -> StudyPublic:
    """Create a study (server administrators)."""
    study = store.create_study(
        session, slug=body.slug, name=body.name, k_anonymity=body.k_anonymity
    )
    audit.record(
        "study.create",
        study_id=study.id,
        actor_user_id=admin.user_id,
        target_type="study",
        target_id=study.slug,
    )
    return StudyPublic(
        slug=study.slug, name=study.name, k_anonymity=study.k_anonymity, time_zone=study.time_zone
    )


@router.get("/studies", response_model=list[StudyPublic])
def list_studies(principal: PersonDep, session: SessionDep) -> list[StudyPublic]:
    """The studies the caller belongs to."""
    return [
        StudyPublic(
            slug=s.slug,
            name=s.name,
            k_anonymity=s.k_anonymity,
            role=r.value if r else None,
            time_zone=s.time_zone,
        )
        for s, r in store.list_user_studies(session, user=principal.user)
    ]


@router.get("/studies/{slug}", response_model=StudyPublic)
def get_study(access: Annotated[StudyAccess, require(Permission.read_study)]) -> StudyPublic:
    """One study, if the caller is a member."""
    s = access.study
    role = access.role.value if access.role else None
    return StudyPublic(
        slug=s.slug, name=s.name, k_anonymity=s.k_anonymity, role=role, time_zone=s.time_zone
    )


@router.patch("/studies/{slug}", response_model=StudyPublic)
def update_study(
    body: StudyUpdate,
    access: Annotated[StudyAccess, require(Permission.manage_members)],
    session: SessionDep,
    audit: AuditDep,
) -> StudyPublic:
    """Change a study's settings (study admins): its time zone, for the study's days."""
    study = set_time_zone(session, study=access.study, time_zone=body.time_zone)
    audit(
        access, "study.update", target_type="study", target_id=study.slug, time_zone=study.time_zone
    )
    role = access.role.value if access.role else None
    return StudyPublic(
        slug=study.slug,
        name=study.name,
        k_anonymity=study.k_anonymity,
        role=role,
        time_zone=study.time_zone,
    )


@router.post("/users", response_model=UserPublic, status_code=201)
def create_user(
    body: UserCreate,
    admin: SuperuserDep,
    session: SessionDep,
    settings: SettingsDep,
    audit: AuditDep,
) -> UserPublic:
    """Create a person's account (server administrators)."""
    user = people.create_person(
        session,
        username=body.username,
        password=body.password,
        display_name=body.display_name,
        min_length=settings.password_min_length,
    )
    audit.record("user.create", actor_user_id=admin.user_id, target_type="user", target_id=user.id)
    return UserPublic(username=user.username, display_name=user.display_name)


@router.put("/studies/{slug}/members", response_model=MemberPublic)
def set_member(
    body: MemberSet,
    access: Annotated[StudyAccess, require(Permission.manage_members)],
    session: SessionDep,
    audit: AuditDep,
) -> MemberPublic:
    """Add a person to the study or change their role."""
    user = people.set_member(session, study=access.study, username=body.username, role=body.role)
    audit(access, "member.set", target_type="user", target_id=user.id, role=body.role.value)
    return MemberPublic(username=user.username, display_name=user.display_name, role=body.role)


@router.delete("/studies/{slug}/members/{username}", status_code=204)
def remove_member(
    username: str,
    access: Annotated[StudyAccess, require(Permission.manage_members)],
    session: SessionDep,
    audit: AuditDep,
) -> None:
    """Take a person out of the study; their tablets in it stop working at once."""
    user, ended = people.remove_member(session, study_id=access.study_id, username=username)
    audit(access, "member.remove", target_type="user", target_id=user.id, devices_revoked=ended)


@router.get("/studies/{slug}/members", response_model=list[MemberPublic])
def list_members(
    access: Annotated[StudyAccess, require(Permission.list_devices)], session: SessionDep
) -> list[MemberPublic]:
    """The study's people and their roles (supervisors and admins)."""
    return [
        MemberPublic(username=u.username, display_name=u.display_name, role=Role(m.role))
        for m, u in store.list_memberships(session, study_id=access.study_id)
    ]


@router.get("/studies/{slug}/audit", response_model=list[AuditPublic])
def list_audit_events(
    access: Annotated[StudyAccess, require(Permission.read_audit)],
    session: SessionDep,
    action: str | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> list[AuditPublic]:
    """The study's audit trail, newest first (admins)."""
    events = list_audit(session, study_id=access.study_id, action=action, limit=limit)
    return [AuditPublic.model_validate(e, from_attributes=True) for e in events]
