"""Input guards every route shares: characters no column can hold, integers no column can hold.

PostgreSQL refuses NUL in text and jsonb; neither engine can encode a lone UTF-16
surrogate (JSON `"\\ud800"`). Either one in a path, a query string or a JSON body
used to reach the database and come back as a 500. They are refused up front with
`422 request.invalid_characters`, pointing to where, never repeating the value.
Push batches are not checked here: the push answers per item (sync/intake.py).

Integer path and query parameters (ids, versions) are compared with 32-bit columns
on PostgreSQL and 64-bit ones on SQLite; one outside the 32-bit range used to be a
500 on one engine and a 404 on the other. Every route's integer parameters are held
to that range here (`422 request.invalid`), and the OpenAPI says so (api/openapi.py).
"""

from __future__ import annotations

import types
from collections.abc import Iterator
from typing import Any, Final, Union, get_args, get_origin

from fastapi import Request
from fastapi.dependencies.models import Dependant

from core.errors import DomainError, InvalidInput

# Integer columns are 32-bit on PostgreSQL (ids, versions, sequence numbers).
MIN_DB_INT: Final = -(1 << 31)
MAX_DB_INT: Final = (1 << 31) - 1


class InvalidCharacters(DomainError):
    code = "request.invalid_characters"


def _is_bad(text: str) -> bool:
    return "\x00" in text or any("\ud800" <= ch <= "\udfff" for ch in text)


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def _bad_strings(value: Any, pointer: str = "") -> Iterator[str]:
    """JSON pointers to every string (key or value) that holds a character we refuse."""
    if isinstance(value, str):
        if _is_bad(value):
            yield pointer or "/"
    elif isinstance(value, dict):
        for index, (key, item) in enumerate(value.items()):
            if _is_bad(key):
                # The key itself may be what was typed: point to its position, not its text.
                yield f"{pointer}/{index}"
                continue
            yield from _bad_strings(item, f"{pointer}/{_escape(key)}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _bad_strings(item, f"{pointer}/{index}")


def _error(where: str, pointer: str) -> dict[str, str]:
    return {
        "in": where,
        "pointer": pointer,
        "code": "invalid_characters",
        "message": "Text may not contain NUL or unpaired surrogate characters.",
    }


def is_int_annotation(annotation: Any) -> bool:
    """`int`, `int | None`, `Optional[int]` (not bool)."""
    if annotation is int:
        return True
    if get_origin(annotation) in (Union, types.UnionType):
        return any(is_int_annotation(a) for a in get_args(annotation))
    return False


def _int_params(dependant: Dependant) -> tuple[tuple[str, str], ...]:
    """(where, name) of every integer path and query parameter of a route and its dependencies."""
    found: list[tuple[str, str]] = []
    stack = [dependant]
    while stack:
        current = stack.pop()
        for where, fields in (("path", current.path_params), ("query", current.query_params)):
            found += [
                (where, f.alias) for f in fields if is_int_annotation(f.field_info.annotation)
            ]
        stack.extend(current.dependencies)
    return tuple(dict.fromkeys(found))


def _out_of_range(text: str) -> bool:
    try:
        return not MIN_DB_INT <= int(text) <= MAX_DB_INT
    except ValueError:
        return False  # not an integer: the route's own validation says so


def _range_errors(request: Request) -> list[dict[str, str]]:
    dependant = getattr(request.scope.get("route"), "dependant", None)
    if dependant is None:
        return []
    values = {"path": request.path_params, "query": request.query_params}
    return [
        {
            "in": where,
            "pointer": f"/{_escape(name)}",
            "code": "int_out_of_range",
            "message": f"An integer from {MIN_DB_INT} to {MAX_DB_INT}.",
        }
        for where, name in _int_params(dependant)
        if (text := values[where].get(name)) is not None and _out_of_range(str(text))
    ]


async def guard_request(request: Request) -> None:
    """An app-wide dependency: runs before each route's own dependencies touch the database."""
    if range_errors := _range_errors(request):
        raise InvalidInput("A number is outside the range the server stores.", errors=range_errors)
    errors = [
        _error("path", f"/{_escape(k)}") for k, v in request.path_params.items() if _is_bad(str(v))
    ]
    errors += [
        _error("query", f"/{index}" if _is_bad(k) else f"/{_escape(k)}")
        for index, (k, v) in enumerate(request.query_params.multi_items())
        if _is_bad(k) or _is_bad(v)
    ]
    if _parses_json_body(request) and await request.body():
        try:
            body = await request.json()
        except ValueError:
            body = None  # the route answers request.malformed_json
        errors += [_error("body", p) for p in _bad_strings(body)]
    if errors:
        raise InvalidCharacters(
            "The request holds characters that cannot be stored.", errors=errors
        )


def _parses_json_body(request: Request) -> bool:
    """Only bodies the route itself parses as JSON: not the push, not tus chunks, not files."""
    if request.method not in ("POST", "PUT", "PATCH"):
        return False
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if not (media == "application/json" or media.endswith("+json")):
        return False
    route = request.scope.get("route")
    return getattr(route, "body_field", None) is not None
