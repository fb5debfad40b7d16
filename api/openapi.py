"""The OpenAPI document, errors included: every route lists the problems it can answer.

FastAPI describes the success answer of each route. This step adds, in one place,
the RFC 9457 problems (`application/problem+json`, the `Problem` schema) each route
can answer: some follow from the route's shape (a token: 401 and 403; a path
parameter: 404; parameters or a body: 422; a body: 413 and 415), the rest from the
codes listed in `ROUTE_CODES`. Statuses come from `api.problems.STATUS_BY_CODE`, so a
code's status is written down once. tus headers the protocol requires are marked
required. `tests/api/test_openapi_contract.py` and the schemathesis run hold the
document to what the server really answers.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Final

from fastapi import FastAPI

from api.guards import MAX_DB_INT, MIN_DB_INT
from api.problems import PROBLEM_JSON, STATUS_BY_CODE

_REF: Final = "#/components/schemas/"

PROBLEM_SCHEMA: Final[dict[str, Any]] = {
    "title": "Problem",
    "description": "An RFC 9457 problem. `code` is stable; `detail` is for people and "
    "never repeats a value that was sent.",
    "type": "object",
    "required": ["type", "title", "status", "code"],
    "properties": {
        "type": {"type": "string", "description": "`urn:chasqui:problem:<code>`"},
        "title": {"type": "string"},
        "status": {"type": "integer", "minimum": 100, "maximum": 599},
        "detail": {"type": "string"},
        "code": {"type": "string", "description": "Stable; see docs/errors.md."},
        "instance": {"type": "string"},
        "errors": {
            "type": "array",
            "description": "`request.invalid`, `request.invalid_characters`: what is wrong, "
            "where (JSON pointers), never the value.",
            "items": {"$ref": _REF + "ProblemError"},
        },
        "limit_bytes": {"type": "integer", "description": "`request.too_large`: the limit."},
        "offset": {"type": "integer", "description": "tus: the server's Upload-Offset."},
        "header": {"type": "string", "description": "tus: the header that is wrong."},
        "max_bytes": {"type": "integer", "description": "`attachment.too_large`."},
        "reason": {"type": "string", "description": "`form.xlsform_invalid`: why."},
        "retry_after": {"type": "integer", "description": "Seconds before trying again."},
    },
    "additionalProperties": True,
}

PROBLEM_ERROR_SCHEMA: Final[dict[str, Any]] = {
    "title": "ProblemError",
    "type": "object",
    "required": ["in", "pointer", "code", "message"],
    "properties": {
        "in": {"type": "string", "description": "body, path, query or header"},
        "pointer": {"type": "string", "description": "A JSON pointer into `in`."},
        "code": {"type": "string"},
        "message": {"type": "string"},
    },
    "additionalProperties": True,
}

# Codes the shell answers for any route of a given shape (api/problems.py, api/middleware.py).
AUTH_CODES: Final = ("auth.unauthenticated", "auth.forbidden")
PARAM_CODES: Final = ("request.invalid", "request.invalid_characters")
BODY_CODES: Final = ("request.malformed_json",)
GUARD_CODES: Final = ("request.too_large", "request.unsupported_media_type")

_SHELL_STATUS: Final[dict[str, int]] = {
    "request.malformed_json": 400,
    "request.too_large": 413,
    "request.unsupported_media_type": 415,
    "health.database_unreachable": 503,
    "health.migrations_behind": 503,
    "not_modified": 304,
}

# What a route answers beyond its shape, by "METHOD path" (from reading each service).
ROUTE_CODES: Final[dict[str, tuple[str, ...]]] = {
    "GET /readyz": ("health.database_unreachable", "health.migrations_behind"),
    "POST /api/v1/auth/login": ("auth.invalid_credentials", "auth.throttled"),
    "POST /api/v1/studies": ("conflict",),
    "POST /api/v1/users": ("conflict",),
    "PUT /api/v1/studies/{slug}/members": ("not_found",),
    "POST /api/v1/studies/{slug}/enrollment-codes": ("not_found",),
    "POST /api/v1/devices/enroll": ("device.enrollment_code_invalid",),
    "POST /api/v1/studies/{slug}/forms": ("form.invalid", "conflict"),
    "PUT /api/v1/studies/{slug}/forms/{form_id}/draft": ("form.invalid", "form.wrong_state"),
    "POST /api/v1/studies/{slug}/forms/{form_id}/publish": (
        "form.invalid",
        "form.incompatible_change",
        "form.wrong_state",
        "form.privacy_unconfirmed",
    ),
    "POST /api/v1/studies/{slug}/forms/{form_id}/draft/privacy": (
        "form.invalid",
        "form.wrong_state",
        "form.privacy_choice_invalid",
    ),
    "POST /api/v1/studies/{slug}/forms/{form_id}/close": ("form.wrong_state",),
    "PUT /api/v1/studies/{slug}/forms/{form_id}/assignments": ("not_found",),
    "POST /api/v1/studies/{slug}/forms/import-xlsform": (
        "form.xlsform_invalid",
        "form.invalid",
        "form.wrong_state",
        "form.draft_exists",
    ),
    "GET /api/v1/forms": ("not_modified",),
    "GET /api/v1/forms/{form_id}/versions/{version}": ("not_modified",),
    "POST /api/v1/attachments/": (
        "attachment.invalid_request",
        "attachment.invalid_header",
        "attachment.unsupported_version",
        "attachment.content_type_not_allowed",
        "attachment.too_large",
    ),
    "HEAD /api/v1/attachments/{upload_id}": (
        "attachment.unsupported_version",
        "attachment.not_found",
        "attachment.upload_expired",
    ),
    "DELETE /api/v1/attachments/{upload_id}": (
        "attachment.unsupported_version",
        "attachment.not_found",
        "attachment.upload_expired",
        "attachment.upload_locked",
    ),
    "PATCH /api/v1/attachments/{upload_id}": (
        "attachment.invalid_request",
        "attachment.invalid_header",
        "attachment.unsupported_version",
        "attachment.unsupported_media_type",
        "attachment.not_found",
        "attachment.upload_expired",
        "attachment.offset_mismatch",
        "attachment.upload_locked",
        "attachment.too_large",
        "attachment.chunk_checksum_mismatch",
        "attachment.checksum_mismatch",
    ),
    "POST /api/v1/sync/push": (
        "sync.batch_invalid",
        "sync.batch_too_large",
        "sync.batch_id_reused",
    ),
    "GET /api/v1/sync/pull": ("sync.cursor_invalid",),
    "POST /api/v1/studies/{slug}/keys/{purpose}/rotate": ("privacy.keys_destroyed",),
    "POST /api/v1/studies/{slug}/keys/{purpose}/{key_id}/destroy": ("privacy.keys_destroyed",),
    "GET /api/v1/studies/{slug}/attachments/{sha256}": ("attachment.purged",),
    "POST /api/v1/studies/{slug}/withdrawals": ("not_found",),
    "PUT /api/v1/studies/{slug}/gazetteer": ("privacy.keys_destroyed",),
    "PUT /api/v1/studies/{slug}/plan": ("not_found",),
    "POST /api/v1/studies/{slug}/conflicts/{conflict_id}/resolve": ("conflict",),
    "POST /api/v1/studies/{slug}/quarantine/{quarantine_id}/dismiss": ("quarantine.closed",),
    "POST /api/v1/studies/{slug}/quarantine/{quarantine_id}/accept": (
        "quarantine.closed",
        "quarantine.no_form_version",
        "quarantine.withdrawn",
        "quarantine.answers_invalid",
    ),
    "GET /api/v1/studies/{slug}/conflicts": ("not_found",),
    "GET /api/v1/studies/{slug}/progress/stream": ("auth.unauthenticated", "auth.forbidden"),
    "GET /api/v1/studies/{slug}/interviews": ("interview.cursor_invalid",),
    "GET /api/v1/studies/{slug}/forms/{form_id}/export": (
        "export.format_unknown",
        "export.cursor_invalid",
    ),
    "POST /api/v1/studies/{slug}/forms/{form_id}/export-jobs": (
        "export.format_unknown",
        "export.cursor_invalid",
    ),
    "GET /api/v1/studies/{slug}/export-jobs/{job_id}": ("export.job_expired",),
    "GET /api/v1/studies/{slug}/export-jobs/{job_id}/download": (
        "export.job_expired",
        "export.job_not_ready",
        "export.range_not_satisfiable",
    ),
}

# Routes with a token that every kind of token may call (so no 403 from the shell).
_ANY_TOKEN: Final = frozenset({"POST /api/v1/auth/logout"})
_BODY_METHODS: Final = frozenset({"post", "put", "patch"})
_HTTP_METHODS: Final = ("get", "put", "post", "delete", "options", "head", "patch")

# tus 1.0 core and creation: the headers a request must carry, by operation.
TUS_REQUIRED: Final[dict[str, tuple[str, ...]]] = {
    "POST /api/v1/attachments/": ("tus-resumable", "upload-length", "upload-metadata"),
    "HEAD /api/v1/attachments/{upload_id}": ("tus-resumable",),
    "DELETE /api/v1/attachments/{upload_id}": ("tus-resumable",),
    "PATCH /api/v1/attachments/{upload_id}": ("tus-resumable", "upload-offset", "content-type"),
}
_TUS_BODY: Final[dict[str, Any]] = {
    "required": True,
    "content": {
        "application/offset+octet-stream": {"schema": {"type": "string", "format": "binary"}}
    },
}


def status_of(code: str) -> int:
    """The HTTP status a problem code is answered with."""
    return _SHELL_STATUS.get(code) or STATUS_BY_CODE.get(code, 400)


def route_codes(key: str, operation: dict[str, Any]) -> list[str]:
    """Every problem code the operation `key` ("METHOD path") can answer."""
    method, path = key.split(" ", 1)
    codes: list[str] = []
    if operation.get("security"):
        codes += AUTH_CODES[:1] if key in _ANY_TOKEN else AUTH_CODES
    if "{" in path:
        codes.append("not_found")
    if operation.get("parameters") or "requestBody" in operation:
        codes += PARAM_CODES
    if "application/json" in operation.get("requestBody", {}).get("content", {}):
        codes += BODY_CODES
    if method.lower() in _BODY_METHODS:
        codes += GUARD_CODES
    codes += ROUTE_CODES.get(key, ())
    return list(dict.fromkeys(codes))


def problem_responses(*codes: str) -> dict[int | str, dict[str, Any]]:
    """For a route's decorator, beside `ROUTE_CODES`: `responses=problem_responses("x.y")`."""
    by_status: dict[int, list[str]] = defaultdict(list)
    for code in codes:
        by_status[status_of(code)].append(code)
    return {status: _problem_response(listed) for status, listed in by_status.items()}


def _problem_response(codes: list[str]) -> dict[str, Any]:
    listed = ", ".join(f"`{c}`" for c in codes)
    response: dict[str, Any] = {
        "description": f"A problem: {listed}.",
        "content": {PROBLEM_JSON: {"schema": {"$ref": _REF + "Problem"}}},
        # Machine-readable: the stable codes this status may carry here.
        "x-problem-codes": codes,
    }
    if "auth.unauthenticated" in codes or "auth.invalid_credentials" in codes:
        response["headers"] = {
            "WWW-Authenticate": {"schema": {"type": "string"}, "description": "`Bearer`"}
        }
    return response


def describe_errors(schema: dict[str, Any]) -> dict[str, Any]:
    """Add the problems every operation can answer, and the tus headers it must send."""
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    components["Problem"] = PROBLEM_SCHEMA
    components["ProblemError"] = PROBLEM_ERROR_SCHEMA
    # FastAPI's own validation error shape is never sent: problems replace it.
    components.pop("HTTPValidationError", None)
    components.pop("ValidationError", None)
    for path, item in schema.get("paths", {}).items():
        for method in _HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            key = f"{method.upper()} {path}"
            _require_tus_headers(key, operation)
            _bound_integers(operation)
            responses = operation.setdefault("responses", {})
            responses.pop("422", None)
            by_status: dict[int, list[str]] = defaultdict(list)
            declared = [c for r in responses.values() for c in r.get("x-problem-codes", [])]
            for code in dict.fromkeys([*route_codes(key, operation), *declared]):
                by_status[status_of(code)].append(code)
            for status, codes in sorted(by_status.items()):
                if status == 304:
                    responses["304"] = {"description": "Not modified: the ETag still matches."}
                elif method == "head":
                    # A HEAD answer has no body: the status and headers say it all.
                    described = _problem_response(codes)
                    del described["content"]
                    responses[str(status)] = described
                else:
                    responses[str(status)] = _problem_response(codes)
    return schema


def _bound_integers(operation: dict[str, Any]) -> None:
    """Say what api/guards.py enforces: integer parameters fit a 32-bit column."""
    for parameter in operation.get("parameters", []):
        if parameter.get("in") not in ("path", "query"):
            continue
        schema = parameter.get("schema", {})
        for option in [schema, *schema.get("anyOf", [])]:
            if option.get("type") == "integer":
                option.setdefault("minimum", MIN_DB_INT)
                option.setdefault("maximum", MAX_DB_INT)


def _require_tus_headers(key: str, operation: dict[str, Any]) -> None:
    required = TUS_REQUIRED.get(key)
    if required is None:
        return
    for parameter in operation.get("parameters", []):
        if parameter.get("in") == "header" and parameter["name"].lower() in required:
            parameter["required"] = True
            parameter["schema"] = {
                k: v for k, v in parameter.get("schema", {}).items() if k != "anyOf"
            } | {"type": "string"}
    if key.startswith("PATCH "):
        operation["parameters"] = [
            p
            for p in operation.get("parameters", [])
            if not (p.get("in") == "header" and p["name"].lower() == "content-type")
        ]
        operation["requestBody"] = _TUS_BODY


def install_openapi(app: FastAPI) -> None:
    """Build the document once, on first request, with the errors described."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = describe_errors(build())
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
