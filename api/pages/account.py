"""The person's own account: who they are here, and changing their own password."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response

from accounts.password_change import CurrentPasswordWrong, change_own_password
from accounts.passwords import PasswordRejected
from accounts.permissions import Permission
from api.db import SessionDep
from api.deps import AuditDep
from api.pages.session import CsrfDep, StudyPage, page_lang, page_require, redirect, render
from api.settings import Settings
from web import i18n

router = APIRouter(prefix="/app/{slug}/account", include_in_schema=False)

Member = Annotated[StudyPage, page_require(Permission.read_study)]
Password = Annotated[str, Form(min_length=1, max_length=256)]


def password_error(lang: str, exc: PasswordRejected, min_length: int) -> str:
    """Why a new password was refused, in the person's language (never the password)."""
    reason = str(exc.extensions.get("reason", ""))
    key = f"password.{reason}" if i18n.has(lang, f"password.{reason}") else "password.rejected"
    return i18n.t(lang, key, min_length=min_length)


@router.get("", response_class=HTMLResponse)
def get_account(request: Request, page: Member) -> Response:
    """Who you are in this study; the form to change your own password."""
    settings: Settings = request.app.state.settings
    context = {
        "error": None,
        "done": request.query_params.get("done"),
        "min_length": settings.password_min_length,
    }
    return render(request, "account.html", context)


@router.post("/password", response_class=HTMLResponse)
def post_password(
    request: Request,
    page: Member,
    session: SessionDep,
    me: CsrfDep,
    audit: AuditDep,
    current: Password,
    new: Password,
    confirm: Password,
) -> Response:
    """Change your own password (the rules apply); your other sessions end."""
    settings: Settings = request.app.state.settings
    lang = page_lang(request)
    error = None
    if new != confirm:
        error = i18n.t(lang, "password.mismatch")
    else:
        try:
            change_own_password(
                session,
                user=me.principal.user,
                current=current,
                new=new,
                keep_token_id=me.principal.token_id,
                min_length=settings.password_min_length,
            )
        except CurrentPasswordWrong:
            error = i18n.t(lang, "password.current_wrong")
        except PasswordRejected as exc:
            error = password_error(lang, exc, settings.password_min_length)
    if error is not None:
        context = {"error": error, "done": None, "min_length": settings.password_min_length}
        return render(request, "account.html", context, status_code=422)
    audit.record(
        "auth.password_changed",
        actor_user_id=me.principal.user_id,
        target_type="user",
        target_id=me.principal.user_id,
    )
    return redirect(f"/app/{page.view.slug}/account?done=password")
