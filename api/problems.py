"""RFC 9457 problem details: the one place that maps domain error codes to HTTP.

Every error a client sees is `application/problem+json` with a stable `code`.
Nothing echoes the request: validation errors carry pointers and reasons, never
the offending values, because those may be what an interviewee said.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import Any, Final

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy import exc as sa_exc
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from core.errors import DomainError
from core.logsafe import describe_exception

log = logging.getLogger("chasqui.api")

PROBLEM_JSON: Final = "application/problem+json"

# Stable codes -> HTTP status. A test checks that every DomainError subclass is here.
STATUS_BY_CODE: Final[dict[str, int]] = {
    "error": 400,
    "not_found": 404,
    "conflict": 409,
    "request.invalid": 422,
    "request.invalid_characters": 422,
    "auth.unauthenticated": 401,
    "auth.invalid_credentials": 401,
    "auth.forbidden": 403,
    "auth.csrf_refused": 403,
    "auth.current_password_wrong": 422,
    "device.enrollment_code_invalid": 400,
    "form.invalid": 422,
    "form.incompatible_change": 422,
    "form.wrong_state": 409,
    "form.xlsform_invalid": 422,
    "form.draft_exists": 409,
    "form.privacy_unconfirmed": 409,
    "form.privacy_choice_invalid": 422,
    "attachment.purged": 410,
    "sync.batch_invalid": 422,
    "sync.batch_too_large": 413,
    "sync.batch_id_reused": 409,
    "sync.cursor_invalid": 400,
    "interview.cursor_invalid": 400,
    "export.cursor_invalid": 400,
    "export.format_unknown": 400,
    "export.job_expired": 410,
    "export.job_not_ready": 409,
    "export.range_not_satisfiable": 416,
    "privacy.keys_destroyed": 409,
    # tus uploads (attachments/tus.py); 460 is tus's own "Checksum Mismatch".
    "attachment.invalid_request": 400,
    "attachment.unsupported_version": 412,
    "attachment.content_type_not_allowed": 415,
    "attachment.unsupported_media_type": 415,
    "attachment.too_large": 413,
    "attachment.not_found": 404,
    "attachment.upload_expired": 410,
    "attachment.offset_mismatch": 409,
    "attachment.upload_locked": 423,
    "attachment.chunk_checksum_mismatch": 460,
    "attachment.checksum_mismatch": 460,
    "attachment.invalid_header": 400,
    "attachment.too_many_open_uploads": 429,
    "attachment.open_bytes_exceeded": 413,
    "auth.throttled": 429,
    "auth.password_rejected": 422,
    "quarantine.closed": 409,
    "quarantine.no_form_version": 409,
    "quarantine.withdrawn": 409,
    "quarantine.answers_invalid": 422,
    "hold.unknown": 404,
    "hold.already_decided": 409,
    "hold.quarantined": 409,
    "hold.unreadable": 409,
}


def problem(
    status: int,
    code: str,
    title: str,
    detail: str | None = None,
    *,
    headers: dict[str, str] | None = None,
    **extensions: Any,
) -> JSONResponse:
    body: dict[str, Any] = {
        "type": f"urn:chasqui:problem:{code}",
        "title": title,
        "status": status,
        "code": code,
    }
    if detail:
        body["detail"] = detail
    body.update(extensions)
    headers = dict(headers or {})
    if status == 401:
        headers["WWW-Authenticate"] = "Bearer"
    if isinstance(extensions.get("retry_after"), int):
        headers["Retry-After"] = str(extensions["retry_after"])
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


def _title(code: str) -> str:
    return code.rsplit(".", 1)[-1].replace("_", " ").capitalize()


async def _domain_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, DomainError)
    status = STATUS_BY_CODE.get(exc.code, 400)
    return problem(status, exc.code, _title(exc.code), exc.message, **exc.extensions)


async def _http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    codes = {
        401: "auth.unauthenticated",
        404: "http.not_found",
        405: "http.method_not_allowed",
        413: "request.too_large",
        415: "request.unsupported_media_type",
    }
    code = codes.get(exc.status_code, f"http.{exc.status_code}")
    detail = exc.detail if isinstance(exc.detail, str) else None
    if exc.status_code == 405:
        allow = {"Allow": _allowed_methods(_request)}
        return problem(405, code, _title(code), detail, headers=allow)
    return problem(exc.status_code, code, _title(code), detail)


def _allowed_methods(request: Request) -> str:
    """Every method some route serves at this path (Starlette names only the first route's)."""
    return ", ".join(
        method
        for method in _METHODS
        if any(
            route.matches({**request.scope, "method": method})[0] == Match.FULL
            for route in request.app.router.routes
        )
    )


_METHODS: Final = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")


def _pointer(loc: tuple[Any, ...]) -> str:
    parts = [str(p).replace("~", "~0").replace("/", "~1") for p in loc[1:]]
    return "/" + "/".join(parts)


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = exc.errors()
    if any(e.get("type") == "json_invalid" for e in errors):
        return problem(
            400, "request.malformed_json", "Malformed JSON", "The body is not valid JSON."
        )
    items = [
        {
            "in": str(e["loc"][0]) if e.get("loc") else "body",
            "pointer": _pointer(tuple(e.get("loc", ()))),
            "code": e.get("type", "invalid"),
            "message": e.get("msg", "Invalid value."),
        }
        for e in errors
    ]
    return problem(
        422, "request.invalid", "Invalid request", "The request is not valid.", errors=items
    )


# How long a client should wait when the database stayed busy past its timeout.
BUSY_RETRY_AFTER_S: Final = 5
# lock_not_available (lock_timeout), deadlock_detected, serialization_failure.
_PG_TRY_AGAIN: Final = frozenset({"55P03", "40P01", "40001"})


def is_database_busy(exc: BaseException) -> bool:
    """SQLite still locked after its busy timeout, or PostgreSQL's lock timeout: the
    request did nothing wrong and can be sent again as it is."""
    if not isinstance(exc, sa_exc.OperationalError):
        return False
    if exc.orig is not None and getattr(exc.orig, "sqlstate", None) in _PG_TRY_AGAIN:
        return True  # PostgreSQL's lock timeout, or a deadlock or serialization it broke
    return isinstance(exc.orig, sqlite3.OperationalError) and str(exc.orig) in (
        "database is locked",
        "database table is locked",
    )


async def _unhandled(request: Request, exc: Exception) -> JSONResponse:
    if is_database_busy(exc):
        log.warning("database busy on %s %s", request.method, request.url.path)
        return problem(
            503,
            "server.busy",
            "Server busy",
            "The database stayed busy: send the same request again after Retry-After.",
            retry_after=BUSY_RETRY_AFTER_S,
        )
    # Never the message: the engine hides SQL parameters, but a database error still
    # quotes the text it refused (PostgreSQL's CONTEXT line).
    log.error("unhandled %s on %s %s", describe_exception(exc), request.method, request.url.path)
    return problem(
        500, "internal", "Internal error", "Something went wrong on the server. Try again later."
    )


class UnhandledAsProblem:
    """Answer an unexpected exception with a 500 problem and keep the connection open.

    Starlette's outermost error middleware re-raises after answering, and uvicorn then
    closes the connection: a tablet would lose its keep-alive (and TLS session) on
    every 500. Caught here, below it, the exception ends with the answer.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watch(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, watch)
        except Exception as exc:
            if started:
                raise  # half an answer is out: only closing the connection can say so
            response = await _unhandled(Request(scope), exc)
            await response(scope, receive, send)


def install_problem_handlers(app: FastAPI) -> None:
    app.add_exception_handler(DomainError, _domain_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _unhandled)
