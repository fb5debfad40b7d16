"""Password login for people; logout; who am I."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Request, Response
from pydantic import BaseModel, Field

from accounts import store
from accounts.login import log_in
from api.auth import PersonDep, PrincipalDep, client_addr
from api.db import SessionDep
from api.deps import AuditDep, login_throttle
from api.settings import Settings

router = APIRouter(prefix="/api/v1/auth", tags=["auth"])


class LoginRequest(BaseModel):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=256)


class TokenPublic(BaseModel):
    token: str
    token_type: str = "bearer"
    expires_at: datetime


class StudyRolePublic(BaseModel):
    slug: str
    name: str
    role: str | None


class MePublic(BaseModel):
    username: str
    display_name: str
    is_superuser: bool
    device_id: str | None
    studies: list[StudyRolePublic]


@router.post("/login", response_model=TokenPublic)
def login(
    body: LoginRequest, session: SessionDep, request: Request, response: Response
) -> TokenPublic:
    """Exchange a username and password for a session token."""
    # A bearer token must never sit in a browser or proxy cache.
    response.headers["Cache-Control"] = "no-store"
    response.headers["Pragma"] = "no-cache"
    settings: Settings = request.app.state.settings
    addr = client_addr(request)
    _user, token, expires_at = log_in(
        session,
        username=body.username,
        password=body.password,
        hours=settings.session_token_hours,
        throttle=login_throttle(settings, username=body.username, addr=addr),
        remote_addr=addr,
    )
    return TokenPublic(token=token, expires_at=expires_at)


@router.post("/logout", status_code=204)
def logout(principal: PrincipalDep, session: SessionDep, audit: AuditDep) -> None:
    """Revoke the token this request carries."""
    store.revoke_token(session, token_id=principal.token_id)
    audit.record("auth.logout", actor_user_id=principal.user_id)


@router.get("/me", response_model=MePublic)
def get_me(principal: PersonDep, session: SessionDep) -> MePublic:
    """The logged-in person and their role in each study."""
    studies = store.list_user_studies(session, user=principal.user)
    return MePublic(
        username=principal.user.username,
        display_name=principal.user.display_name,
        is_superuser=principal.user.is_superuser,
        device_id=None,
        studies=[
            StudyRolePublic(slug=s.slug, name=s.name, role=r.value if r else None)
            for s, r in studies
        ],
    )
