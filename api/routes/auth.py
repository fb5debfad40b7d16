"""Password login for people; logout; who am I."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Request, Response
from pydantic import BaseModel, Field

from accounts import store
from accounts.audit import record_audit
from accounts.store import InvalidCredentials
from api.auth import PersonDep, PrincipalDep, client_addr
from api.db import SessionDep

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
    try:
        user, token, expires_at = store.login(
            session,
            username=body.username,
            password=body.password,
            hours=request.app.state.settings.session_token_hours,
        )
    except InvalidCredentials:
        # Failed logins are audited too, without the username typed (it may be a password).
        record_audit(session, action="auth.login_failed", remote_addr=client_addr(request))
        session.commit()
        raise
    record_audit(
        session, action="auth.login", actor_user_id=user.id, remote_addr=client_addr(request)
    )
    return TokenPublic(token=token, expires_at=expires_at)


@router.post("/logout", status_code=204)
def logout(principal: PrincipalDep, session: SessionDep, request: Request) -> None:
    """Revoke the token this request carries."""
    store.revoke_token(session, token_id=principal.token_id)
    record_audit(
        session,
        action="auth.logout",
        actor_user_id=principal.user_id,
        remote_addr=client_addr(request),
    )


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
