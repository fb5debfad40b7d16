"""Browser sessions for people: the cookie, CSRF, the study a page addresses, rendering.

The cookie `chasqui_session` holds a session token issued exactly like the API's
login (same table, expiry and revocation; the same throttle). It is HttpOnly, Secure,
SameSite=Strict and scoped to /app; the JSON API never reads it (api/auth.py reads
bearer tokens only). CSRF: every form carries `csrf`, an HMAC of the session token
under the server's secret (before login: of a random `chasqui_login` cookie), and
every POST page checks it (`CsrfDep`), refusing with a 403 page.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Depends, Form, Header, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.templating import Jinja2Templates

from accounts import store
from accounts.login import log_in
from accounts.models import Role, Study
from accounts.permissions import Permission, role_allows
from accounts.store import InvalidCredentials, Principal
from accounts.throttle import LoginThrottled
from api.auth import StudyAccess, client_addr
from api.db import SessionDep
from api.deps import AuditDep, login_throttle
from api.settings import Settings
from core.errors import DomainError, Forbidden, NotFound, Unauthenticated
from web import i18n

SESSION_COOKIE = "chasqui_session"
LOGIN_COOKIE = "chasqui_login"  # a random value that login's CSRF token is bound to
LANG_COOKIE = "chasqui_lang"
COOKIE_PATH = "/app"
DEFAULT_TIME_ZONE = "America/Lima"

WEB_DIR = Path(__file__).resolve().parents[2] / "web"
TEMPLATES = Jinja2Templates(directory=WEB_DIR / "templates")


class CsrfRefused(DomainError):
    code = "auth.csrf_refused"


# Sessions -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StudyView:
    """What templates show of a study: plain values, still readable on an error page
    rendered after the request's transaction was rolled back (which expires rows)."""

    slug: str
    name: str
    fieldwork_start: date | None
    fieldwork_end: date | None
    time_zone: str

    @classmethod
    def of(cls, study: Study) -> StudyView:
        zone = getattr(study, "time_zone", None) or getattr(study, "timezone", None)
        return cls(
            slug=study.slug,
            name=study.name,
            fieldwork_start=study.fieldwork_start,
            fieldwork_end=study.fieldwork_end,
            time_zone=str(zone or DEFAULT_TIME_ZONE),
        )


@dataclass(frozen=True, slots=True)
class PersonView:
    username: str
    display_name: str
    is_superuser: bool


@dataclass(frozen=True, slots=True)
class PageSession:
    """The person behind the cookie, the CSRF token of their session, their studies."""

    principal: Principal
    csrf: str
    person: PersonView
    studies: list[tuple[StudyView, Role | None]]


def _secret(request: Request) -> bytes:
    settings: Settings = request.app.state.settings
    return settings.secret_key.get_secret_value().encode()


def csrf_token(secret: bytes, basis: str) -> str:
    """The CSRF token bound to a session token (or a pre-login value)."""
    return hmac.new(secret, f"csrf:{basis}".encode(), hashlib.sha256).hexdigest()


def get_page_person(request: Request, session: SessionDep) -> PageSession:
    """The logged-in person, from the cookie; Unauthenticated sends a page to the login."""
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        raise Unauthenticated("Log in to continue.")
    principal = store.authenticate_token(session, token)
    if principal.device is not None:
        raise Unauthenticated("Log in to continue.")
    user = principal.user
    me = PageSession(
        principal=principal,
        csrf=csrf_token(_secret(request), token),
        person=PersonView(user.username, user.display_name, user.is_superuser),
        studies=[(StudyView.of(s), r) for s, r in store.list_user_studies(session, user=user)],
    )
    request.state.me = me
    return me


PagePersonDep = Annotated[PageSession, Depends(get_page_person)]


def login_nonce(request: Request) -> str:
    """The pre-login value the login form's CSRF token is bound to (kept in a cookie)."""
    nonce = request.cookies.get(LOGIN_COOKIE) or getattr(request.state, "login_nonce", None)
    if not nonce:
        nonce = secrets.token_urlsafe(24)
        request.state.login_nonce = nonce
    return str(nonce)


def _check(request: Request, basis: str | None, sent: str | None) -> None:
    if not basis or not sent or not hmac.compare_digest(csrf_token(_secret(request), basis), sent):
        raise CsrfRefused("The form is missing its CSRF token or it does not match the session.")


def verify_csrf(
    request: Request,
    me: PagePersonDep,
    csrf: Annotated[str | None, Form(max_length=128)] = None,
    x_csrf_token: Annotated[str | None, Header(max_length=128)] = None,
) -> PageSession:
    """Refuse a state-changing page request whose CSRF token does not match the session."""
    _check(request, request.cookies.get(SESSION_COOKIE), csrf or x_csrf_token)
    return me


def verify_login_csrf(
    request: Request, csrf: Annotated[str | None, Form(max_length=128)] = None
) -> None:
    """The login form's CSRF check, bound to the pre-login cookie."""
    _check(request, request.cookies.get(LOGIN_COOKIE), csrf)


CsrfDep = Annotated[PageSession, Depends(verify_csrf)]


def set_session_cookie(response: Response, token: str, *, hours: int) -> None:
    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=hours * 3600,
        path=COOKIE_PATH,
        secure=True,
        httponly=True,
        samesite="strict",
    )


def set_login_cookie(response: Response, nonce: str) -> None:
    response.set_cookie(
        LOGIN_COOKIE, nonce, path=COOKIE_PATH, secure=True, httponly=True, samesite="strict"
    )


def clear_session_cookie(response: Response) -> None:
    response.delete_cookie(
        SESSION_COOKIE, path=COOKIE_PATH, secure=True, httponly=True, samesite="strict"
    )


# Studies --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StudyPage:
    """A study page's caller: their access (for services and audit) and their session."""

    access: StudyAccess
    me: PageSession
    view: StudyView

    @property
    def study(self) -> Study:
        return self.access.study

    @property
    def role(self) -> Role | None:
        return self.access.role

    def may(self, permission: str) -> bool:
        """Whether the caller may do `permission` here (templates show only what they may do)."""
        return self.me.person.is_superuser or role_allows(self.access.role, Permission(permission))


def page_require(permission: Permission) -> Any:
    """A dependency: the logged-in person may do `permission` in the study `{slug}`."""

    def dependency(
        request: Request,
        session: SessionDep,
        me: PagePersonDep,
        slug: Annotated[str, PathParam(max_length=64)],
    ) -> StudyPage:
        user = me.principal.user
        try:
            study = store.get_study(session, slug)
        except NotFound:
            raise NotFound("No such study.") from None
        assert study.id is not None
        role = store.get_role(session, study_id=study.id, user_id=me.principal.user_id)
        if role is None and not user.is_superuser:
            raise NotFound("No such study.")
        if not (user.is_superuser or role_allows(role, permission)):
            raise Forbidden(f"Your role in this study does not allow {permission.value}.")
        access = StudyAccess(study=study, role=role, principal=me.principal)
        page = StudyPage(access=access, me=me, view=StudyView.of(study))
        request.state.study_page = page
        return page

    return Depends(dependency)


# Rendering ------------------------------------------------------------------------------


def page_lang(request: Request) -> str:
    """?lang= first (it also sets the cookie), then the cookie, then Accept-Language."""
    return (
        i18n.normalize_lang(request.query_params.get("lang"))
        or i18n.normalize_lang(request.cookies.get(LANG_COOKIE))
        or i18n.lang_from_accept(request.headers.get("accept-language"))
    )


def study_zone(study: Study | StudyView | None) -> ZoneInfo:
    """The study's time zone (a study setting when the model has it), else Lima."""
    if isinstance(study, Study):
        study = StudyView.of(study)
    try:
        return ZoneInfo(study.time_zone if study else DEFAULT_TIME_ZONE)
    except (ValueError, KeyError):
        return ZoneInfo(DEFAULT_TIME_ZONE)


def _here(request: Request, **params: str) -> str:
    url = request.url.include_query_params(**params)
    return f"{url.path}?{url.query}" if url.query else url.path


def render(
    request: Request,
    template: str,
    context: dict[str, Any] | None = None,
    *,
    status_code: int = 200,
) -> HTMLResponse:
    """A page from web/templates with the language, `t`, CSRF, person and study filled in."""
    lang = page_lang(request)
    me: PageSession | None = getattr(request.state, "me", None)
    page: StudyPage | None = getattr(request.state, "study_page", None)
    zone = study_zone(page.view if page else None)
    translate: Callable[..., str] = partial(i18n.t, lang)
    csrf = me.csrf if me else csrf_token(_secret(request), login_nonce(request))
    values: dict[str, Any] = {
        "lang": lang,
        "t": translate,
        "csrf": csrf,
        "me": me,
        "person": me.person if me else None,
        "studies": me.studies if me else [],
        "page": page,
        "study": page.view if page else None,
        "role": page.role if page else None,
        "may": page.may if page else (lambda _permission: False),
        "dt": lambda value: i18n.format_datetime(lang, value, zone),
        "num": lambda value: i18n.format_number(lang, value),
        # A quality flag's code as a sentence; an unknown code never shows raw.
        "flag": lambda code: translate(
            f"flag.{code}" if i18n.has(lang, f"flag.{code}") else "flag.other"
        ),
        "lang_links": {code: _here(request, lang=code) for code in i18n.LANGUAGES},
        "path": request.url.path,
        **(context or {}),
    }
    response = TEMPLATES.TemplateResponse(request, template, values, status_code=status_code)
    # Pages carry interview content and a CSRF token: never cache them.
    response.headers["Cache-Control"] = "no-store"
    if i18n.normalize_lang(request.query_params.get("lang")):
        response.set_cookie(
            LANG_COOKIE, lang, max_age=365 * 86400, path="/", samesite="strict", secure=True
        )
    nonce = getattr(request.state, "login_nonce", None)
    if nonce and me is None:
        set_login_cookie(response, nonce)
    return response


def redirect(url: str) -> RedirectResponse:
    """303 See Other: after a POST the browser GETs the next page."""
    return RedirectResponse(url, status_code=303)


def safe_next(value: str | None) -> str:
    """A local /app path to go on to after login, never another site."""
    if not value:
        return "/app"
    parts = urlsplit(value)
    if parts.scheme or parts.netloc or not parts.path.startswith("/app") or "\\" in value:
        return "/app"
    return value


# Login and logout -----------------------------------------------------------------------

router = APIRouter(prefix="/app", include_in_schema=False)


@router.get("/login", response_class=HTMLResponse)
def get_login(
    request: Request, session: SessionDep, next: str | None = Query(default=None, max_length=500)
) -> Response:
    """The login form (anyone); a person already logged in goes on to their studies."""
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        try:
            if store.authenticate_token(session, token).device is None:
                return redirect(safe_next(next))
        except Unauthenticated:
            pass
    return render(request, "login.html", {"next": safe_next(next), "error": None})


@router.post("/login", response_class=HTMLResponse, dependencies=[Depends(verify_login_csrf)])
def post_login(
    request: Request,
    session: SessionDep,
    username: Annotated[str, Form(min_length=1, max_length=64)],
    password: Annotated[str, Form(min_length=1, max_length=256)],
    next: Annotated[str | None, Form(max_length=500)] = None,
) -> Response:
    """Check the password exactly like the API's login (throttled, audited); set the cookie."""
    settings: Settings = request.app.state.settings
    lang = page_lang(request)
    try:
        _user, token, _expires = log_in(
            session,
            username=username,
            password=password,
            hours=settings.session_token_hours,
            throttle=login_throttle(settings, username=username, addr=client_addr(request)),
            remote_addr=client_addr(request),
        )
    except (InvalidCredentials, LoginThrottled) as exc:
        throttled = isinstance(exc, LoginThrottled)
        seconds = exc.extensions.get("retry_after", 1) if throttled else 0
        error = i18n.t(lang, "login.throttled", seconds=seconds) if throttled else None
        return render(
            request,
            "login.html",
            {"next": safe_next(next), "error": error or i18n.t(lang, "login.failed")},
            status_code=429 if throttled else 401,
        )
    response = redirect(safe_next(next))
    set_session_cookie(response, token, hours=settings.session_token_hours)
    response.delete_cookie(LOGIN_COOKIE, path=COOKIE_PATH, secure=True, httponly=True)
    return response


@router.post("/logout")
def post_logout(session: SessionDep, me: CsrfDep, audit: AuditDep) -> Response:
    """Revoke the session's token and forget the cookie."""
    store.revoke_token(session, token_id=me.principal.token_id)
    audit.record("auth.logout", actor_user_id=me.principal.user_id)
    response = redirect("/app/login")
    clear_session_cookie(response)
    return response
