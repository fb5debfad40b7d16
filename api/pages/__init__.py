"""The supervisor web app: server-rendered pages under /app, static assets under /static.

`install_pages(app)` mounts the assets, includes every page router and makes errors
on /app answer as pages (in the person's language) rather than JSON problems. How to
add a page: docs/web.md.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from api.pages import (
    account,
    conflicts,
    exports,
    fieldwork,
    forms,
    holds,
    home,
    interviews,
    members,
    quarantine,
    session,
)
from api.pages.session import WEB_DIR, redirect, render, safe_next
from api.problems import STATUS_BY_CODE
from core.errors import DomainError, Unauthenticated
from web import i18n

STATIC_URL = "/static"
PAGE_ROUTERS = (
    session.router,
    home.router,
    interviews.router,
    account.router,
    members.router,
    conflicts.router,
    quarantine.router,
    holds.router,
    forms.router,
    fieldwork.router,
    exports.router,
)

Handler = Callable[[Request, Exception], Awaitable[Response]]


def _is_page(request: Request) -> bool:
    path = request.url.path
    return path == "/app" or path.startswith("/app/")


def _problem_key(code: str) -> str:
    return f"problem.{code}" if i18n.has("es", f"problem.{code}") else "problem.other"


def _page_errors(fallback: Handler) -> Handler:
    """Answer errors on /app as pages; everything else as the API's problem."""

    async def handler(request: Request, exc: Exception) -> Response:
        if not _is_page(request):
            return await fallback(request, exc)
        if isinstance(exc, Unauthenticated):
            here = request.url.path if request.method == "GET" else "/app"
            return redirect(f"/app/login?next={safe_next(here)}")
        if isinstance(exc, DomainError):
            code, status = exc.code, STATUS_BY_CODE.get(exc.code, 400)
        elif isinstance(exc, StarletteHTTPException):
            status = exc.status_code
            code = "http.not_found" if status == 404 else f"http.{status}"
        else:
            code, status = "request.invalid", 422
        return render(
            request, "error.html", {"problem_key": _problem_key(code)}, status_code=status
        )

    return handler


class CachedStaticFiles(StaticFiles):
    """Assets a phone on a bad link keeps for a day (then revalidates by ETag)."""

    def file_response(self, *args: Any, **kwargs: Any) -> Response:
        response = super().file_response(*args, **kwargs)
        response.headers["Cache-Control"] = "public, max-age=86400"
        return response


def install_pages(app: FastAPI) -> None:
    """Mount /static, include the page routers and route /app errors to error pages."""
    app.mount(STATIC_URL, CachedStaticFiles(directory=WEB_DIR / "static"), name="static")
    for router in PAGE_ROUTERS:
        app.include_router(router)
    for exc_class in (DomainError, StarletteHTTPException, RequestValidationError):
        fallback = app.exception_handlers[exc_class]
        app.add_exception_handler(exc_class, _page_errors(fallback))  # type: ignore[arg-type]
