"""Authentication and per-study authorization, checked server-side on every route."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Path, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlmodel import Session

from accounts import store
from accounts.audit import record_audit
from accounts.models import Role, Study
from accounts.permissions import Permission, role_allows
from accounts.store import Principal
from api.db import SessionDep
from core.errors import Forbidden, NotFound, Unauthenticated
from core.ids import id_of
from interviews.visibility import own_interviews_only

_bearer = HTTPBearer(
    auto_error=False, description="A session token (people) or a device token (tablets)."
)


def get_principal(
    session: SessionDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    if credentials is None:
        raise Unauthenticated("Log in, or enroll this device, and send its token.")
    return store.authenticate_token(session, credentials.credentials)


PrincipalDep = Annotated[Principal, Depends(get_principal)]


def get_person(principal: PrincipalDep) -> Principal:
    """A person with a session token; a tablet's token does not open supervisor routes."""
    if principal.device is not None:
        raise Forbidden("Device tokens are for the tablet routes only.")
    return principal


PersonDep = Annotated[Principal, Depends(get_person)]


def get_device_principal(principal: PrincipalDep) -> Principal:
    if principal.device is None:
        raise Forbidden("This route is for enrolled tablets; use a device token.")
    return principal


DevicePrincipalDep = Annotated[Principal, Depends(get_device_principal)]


def get_superuser(principal: PersonDep) -> Principal:
    if not principal.user.is_superuser:
        raise Forbidden("Only a server administrator may do this.")
    return principal


SuperuserDep = Annotated[Principal, Depends(get_superuser)]


@dataclass(frozen=True, slots=True)
class StudyAccess:
    study: Study
    role: Role | None
    principal: Principal

    @property
    def study_id(self) -> int:
        assert self.study.id is not None
        return self.study.id

    @property
    def own_interviews_only(self) -> int | None:
        """The caller's user id when they may read only their own interviews, else None."""
        return own_interviews_only(
            self.role, is_superuser=self.principal.user.is_superuser, user_id=self.principal.user_id
        )


def require(permission: Permission) -> object:
    """A dependency: the caller may do `permission` in the study named by `{slug}`."""

    def dependency(
        session: SessionDep, principal: PersonDep, slug: Annotated[str, Path()]
    ) -> StudyAccess:
        try:
            study = store.get_study(session, slug)
        except NotFound:
            raise NotFound("No such study.") from None
        study_id = id_of(study)
        role = store.get_role(session, study_id=study_id, user_id=principal.user_id)
        if role is None and not principal.user.is_superuser:
            # Not a member: the study does not exist for this caller.
            raise NotFound("No such study.")
        if not (principal.user.is_superuser or role_allows(role, permission)):
            raise Forbidden(f"Your role in this study does not allow {permission.value}.")
        return StudyAccess(study=study, role=role, principal=principal)

    return Depends(dependency)


def client_addr(request: Request) -> str | None:
    return request.client.host if request.client else None


def audit(
    session: Session,
    access: StudyAccess,
    request: Request,
    action: str,
    *,
    target_type: str | None = None,
    target_id: str | int | None = None,
    **detail: Any,
) -> None:
    """Record what the caller did in this study, from where (never interview content)."""
    record_audit(
        session,
        action=action,
        study_id=access.study_id,
        actor_user_id=access.principal.user_id,
        target_type=target_type,
        target_id=target_id,
        remote_addr=client_addr(request),
        detail=detail,
    )
