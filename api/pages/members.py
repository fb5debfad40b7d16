"""Who is in the study (admins): reset a person's password, take a person out of the study."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, Response

from accounts import members, people, store
from accounts.password_change import reset_password
from accounts.passwords import PasswordRejected
from accounts.permissions import Permission
from api.auth import audit
from api.db import SessionDep
from api.deps import AuditDep
from api.pages.account import password_error
from api.pages.session import CsrfDep, StudyPage, page_lang, page_require, redirect, render
from api.settings import Settings

router = APIRouter(prefix="/app/{slug}/members", include_in_schema=False)

Admin = Annotated[StudyPage, page_require(Permission.manage_members)]
Username = Annotated[str, PathParam(max_length=64)]


def _page(request: Request, page: StudyPage, session: SessionDep, **extra: object) -> Response:
    rows = members.list_members(
        session, study_id=page.access.study_id, actor=page.access.principal.user
    )
    status = 422 if extra.get("error") else 200
    context = {"members": rows, "error": None, "done": None, "who": None, **extra}
    return render(request, "members.html", context, status_code=status)


@router.get("", response_class=HTMLResponse)
def get_members(request: Request, page: Admin, session: SessionDep) -> Response:
    """The study's people and roles, with a password reset and a removal for each."""
    return _page(
        request,
        page,
        session,
        done=request.query_params.get("done"),
        who=request.query_params.get("who"),
    )


@router.post("/{username}/password", response_class=HTMLResponse)
def post_reset_password(
    request: Request,
    page: Admin,
    session: SessionDep,
    _me: CsrfDep,
    username: Username,
    new: Annotated[str, Form(min_length=1, max_length=256)],
) -> Response:
    """Set a member's password (the rules apply); their sessions end, their tablets go on."""
    settings: Settings = request.app.state.settings
    user, _role = store.get_member(session, study_id=page.access.study_id, username=username)
    try:
        ended = reset_password(
            session,
            actor=page.access.principal.user,
            target=user,
            new=new,
            min_length=settings.password_min_length,
        )
    except PasswordRejected as exc:
        lang = page_lang(request)
        error = password_error(lang, exc, settings.password_min_length)
        return _page(request, page, session, error=error, who=username)
    audit(
        session,
        page.access,
        request,
        "member.password_reset",
        target_type="user",
        target_id=user.id,
        sessions_ended=ended,
    )
    return redirect(f"/app/{page.view.slug}/members?done=reset&who={username}")


@router.post("/{username}/remove", response_class=HTMLResponse)
def post_remove_member(
    request: Request,
    page: Admin,
    session: SessionDep,
    _me: CsrfDep,
    audit: AuditDep,
    username: Username,
) -> Response:
    """Take a person out of the study; their tablets in it stop working at once."""
    user, ended = people.remove_member(session, study_id=page.access.study_id, username=username)
    audit(
        page.access, "member.remove", target_type="user", target_id=user.id, devices_revoked=ended
    )
    if user.id == page.access.principal.user_id:
        return redirect("/app")
    return redirect(f"/app/{page.view.slug}/members?done=removed&who={username}")
