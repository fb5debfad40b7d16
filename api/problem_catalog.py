"""docs/errors.md, generated: every problem code the server can answer, its status, its meaning.

Run `python -m api.problem_catalog > docs/errors.md` after adding or changing a code;
`tests/api/test_problems.py` fails while the file and the code disagree. Codes come
from `api.problems.STATUS_BY_CODE`, from every `DomainError` subclass in the server's
packages, and from the few the HTTP shell answers itself (`SHELL_CODES`).
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Final

from api.problems import STATUS_BY_CODE
from core.errors import DomainError

# Answered by the shell (api/problems.py, api/middleware.py, api/routes/health.py).
SHELL_CODES: Final[dict[str, tuple[int, str]]] = {
    "request.malformed_json": (400, "The body is not valid JSON."),
    "request.too_large": (413, "The body is over the route's limit (`limit_bytes`): split it."),
    "request.unsupported_media_type": (415, "The body is not of a media type the route takes."),
    "http.not_found": (404, "No route at this path."),
    "http.method_not_allowed": (405, "The path exists; the method does not (see `Allow`)."),
    "health.database_unreachable": (503, "`/readyz`: the database does not answer."),
    "health.migrations_behind": (503, "`/readyz`: the schema is behind the migrations."),
    "server.busy": (
        503,
        "The database stayed busy past its timeout (a long write held the lock), or "
        "PostgreSQL failed the request's transaction three times to break a deadlock with "
        "another tablet's: send the same request again after `Retry-After` seconds (a "
        "push's retry never duplicates).",
    ),
    "internal": (500, "A bug: nothing about the request is in the answer. Try again later."),
}

# What a code means, where its class has no docstring to say it.
MEANINGS: Final[dict[str, str]] = {
    "error": "A refusal without a more precise code.",
    "quarantine.answers_invalid": "The corrected answers still do not fit the form: `errors` "
    "points to each (JSON pointers), without its value.",
    "quarantine.closed": "The quarantined item was accepted already (or, to accept, dismissed).",
    "quarantine.no_form_version": "The item's form is unknown or has no published version "
    "to accept its answers into: publish it, or dismiss the item.",
    "quarantine.withdrawn": "The interviewee withdrew consent: the item cannot be accepted.",
    "not_found": "No such resource here; a study you are not in does not exist for you.",
    "conflict": "The resource already exists or changed meanwhile.",
    "request.invalid": "A parameter or body member is wrong: `errors` points to each, "
    "without its value (integers must fit a 32-bit column).",
    "request.invalid_characters": "Text holds NUL or an unpaired surrogate, which no column "
    "can store: `errors` points to where.",
    "auth.unauthenticated": "No token, or an unknown, expired or revoked one.",
    "auth.invalid_credentials": "Wrong username or password.",
    "auth.forbidden": "Your role, or your kind of token, does not allow this.",
    "auth.throttled": "Too many failed logins: wait `retry_after` seconds (also `Retry-After`).",
    "auth.password_rejected": "The new password is too short, too common, or the username.",
    "auth.csrf_refused": "A browser form without the page's CSRF token.",
    "auth.current_password_wrong": "Changing your own password on the web app: the current "
    "password typed is not right.",
    "device.enrollment_code_invalid": "The enrollment code is unknown, used or expired.",
    "form.invalid": "The form document breaks the form rules: `errors` has pointers.",
    "form.incompatible_change": "Publishing would break answers already collected; "
    "declare the change with `accept`.",
    "form.wrong_state": "Not possible in the form's state (draft, published, closing, closed).",
    "form.xlsform_invalid": "The workbook cannot be read as an XLSForm (`reason`).",
    "form.draft_exists": "The form already has a draft: import with `replace=true` to replace it.",
    "form.privacy_unconfirmed": "Privacy classes guessed at import are not confirmed: "
    "`errors` names each field.",
    "form.privacy_choice_invalid": "A privacy confirmation names no leaf field of the draft "
    "(`errors` points to it).",
    "form.expression_invalid": "A skip or constraint expression does not parse.",
    "attachment.purged": "The file was deleted under the study's retention rule.",
    "attachment.invalid_request": "A tus request that is malformed (metadata, checksum).",
    "attachment.invalid_header": "A tus byte count that is not ASCII digits in range (`header`).",
    "attachment.unsupported_version": "Send `Tus-Resumable: 1.0.0`.",
    "attachment.content_type_not_allowed": "Only the audio, image and video types listed in "
    "docs/attachments.md.",
    "attachment.unsupported_media_type": "Send chunks as `application/offset+octet-stream`.",
    "attachment.too_large": "The file is over the server's limit (`max_bytes`).",
    "attachment.not_found": "No such upload for this tablet.",
    "attachment.upload_expired": "The unfinished upload expired: start again.",
    "attachment.offset_mismatch": "Resume from the server's `offset` (HEAD first).",
    "attachment.upload_locked": "Another request is writing this upload: retry shortly.",
    "attachment.chunk_checksum_mismatch": "The chunk does not match its Upload-Checksum.",
    "attachment.checksum_mismatch": "The file does not match its sha256: upload it again.",
    "attachment.too_many_open_uploads": "This tablet has too many unfinished uploads.",
    "attachment.open_bytes_exceeded": "This tablet's unfinished uploads hold too many bytes.",
    "sync.batch_invalid": "The batch envelope is malformed: nothing was stored.",
    "sync.batch_too_large": "Too many items, an item too large, or a gzip bomb: split it.",
    "sync.batch_id_reused": "This batch_id came with a different body.",
    "sync.cursor_invalid": "Not a cursor the server gave: pull from the start.",
    "privacy.keys_destroyed": "The study's key was destroyed: nothing can be linked any more.",
    "privacy.decryption_failed": "A sealed file cannot be opened with the study's keys.",
    "privacy.key_ring": "The study's key ring is unusable.",
    "interview.cursor_invalid": "Not a cursor the server gave: list from the start.",
    "export.cursor_invalid": "Not a cursor the server gave: export from the start.",
    "export.format_unknown": "Not an export format the server writes.",
    "export.job_expired": "The export's file was dropped: start a new export.",
    "export.job_not_ready": "The export is still running: poll its job.",
    "export.range_not_satisfiable": "The Range is outside the file.",
    "hold.unknown": "No such held span in this study (`holds` lists the ids).",
    "hold.quarantined": "A held span belongs to a quarantined item (`holds`): accept the "
    "item, then decide.",
    "hold.already_decided": "A held span was released or confirmed already (`holds`): "
    "nothing was changed.",
    "hold.unreadable": "The span's study key was destroyed: it can be confirmed, not released.",
}

_NOT_SERVER: Final = frozenset({"tests", "migrations", "bench", "client", "docs"})


def _import_server_packages(root: Path) -> None:
    for package in sorted(p.parent.name for p in root.glob("*/__init__.py")):
        if package in _NOT_SERVER:
            continue
        module = importlib.import_module(package)
        for info in pkgutil.walk_packages(module.__path__, package + "."):
            importlib.import_module(info.name)


def _subclasses(cls: type[DomainError]) -> Iterator[type[DomainError]]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def domain_codes() -> dict[str, str]:
    """Every DomainError code in the server's packages, with the module raising it."""
    _import_server_packages(Path(__file__).resolve().parents[1])
    found: dict[str, str] = {DomainError.code: DomainError.__module__}
    for cls in _subclasses(DomainError):
        found.setdefault(cls.code, cls.__module__)
    return found


def render_catalog() -> str:
    """The Markdown of docs/errors.md."""
    domain = domain_codes()
    rows = {code: (status, MEANINGS.get(code, "")) for code, status in STATUS_BY_CODE.items()}
    rows.update({code: (400, MEANINGS.get(code, "")) for code in domain if code not in rows})
    rows.update(SHELL_CODES)
    lines = [
        "# Errors",
        "",
        "<!-- Generated by `python -m api.problem_catalog > docs/errors.md`; a test checks it. -->",
        "",
        "Every error is an RFC 9457 problem, `Content-Type: application/problem+json`:",
        "",
        "```json",
        '{"type": "urn:chasqui:problem:sync.batch_too_large", "title": "Batch too large",',
        ' "status": 413, "code": "sync.batch_too_large", "detail": "…", "limit_items": 1000}',
        "```",
        "",
        "`code` is stable: act on it, not on `title` or `detail` (for people). Problems",
        "never repeat a value that was sent: `errors` lists JSON pointers (`in`: body, path,",
        "query or header) and reasons. Extension members (`errors`, `limit_bytes`, `offset`,",
        "`retry_after`…) are described by the `Problem` schema in `/openapi.json`, and each",
        "route lists there the statuses it can answer. A `401` carries",
        "`WWW-Authenticate: Bearer`; a `429` carries `Retry-After`.",
        "",
        "| code | status | meaning | raised in |",
        "| --- | --- | --- | --- |",
    ]
    for code in sorted(rows):
        status, meaning = rows[code]
        where = domain.get(code, "api (shell)" if code in SHELL_CODES else "")
        lines.append(f"| `{code}` | {status} | {meaning} | {where} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.stdout.write(render_catalog())
