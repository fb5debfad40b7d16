"""Request guards that run before any route parses a body: size and media type.

A tablet on a bad link may send a truncated or huge body; it gets a 413 naming the
limit (so it can split the batch) or a 415, never a half-parsed request.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send

_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})


@dataclass(frozen=True, slots=True)
class BodyRule:
    """For paths under `prefix`: the byte limit, and media types accepted (None: any)."""

    prefix: str
    max_bytes: int
    media_types: tuple[str, ...] | None = ("application/json",)
    buffered: bool = True
    suffix: str = ""


class RequestGuard:
    def __init__(self, app: ASGIApp, *, rules: Sequence[BodyRule], default: BodyRule) -> None:
        self.app = app
        # Longest prefix first, so a specific rule wins over a general one.
        self.rules = sorted(rules, key=lambda r: len(r.prefix) + len(r.suffix), reverse=True)
        self.default = default

    def _rule(self, path: str) -> BodyRule:
        return next(
            (r for r in self.rules if path.startswith(r.prefix) and path.endswith(r.suffix)),
            self.default,
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in _BODY_METHODS:
            await self.app(scope, receive, send)
            return
        rule = self._rule(scope["path"])
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        length = headers.get("content-length")
        if length is not None and (not _is_ascii_count(length) or int(length) > rule.max_bytes):
            await _too_large(send, rule.max_bytes)
            return
        has_body = length not in (None, "0") or "transfer-encoding" in headers
        media = headers.get("content-type", "").split(";")[0].strip().lower()
        if has_body and rule.media_types is not None and not _accepts(rule.media_types, media):
            await _problem(
                send,
                415,
                "request.unsupported_media_type",
                f"Send the body as {' or '.join(rule.media_types)}.",
            )
            return
        if length is not None or not rule.buffered:
            await self.app(scope, receive, send)
            return
        # Chunked body with no declared length: read it up to the limit first.
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > rule.max_bytes:
                await _too_large(send, rule.max_bytes)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)


class PathOnlyAccessLog(logging.Filter):
    """Drop the query string from uvicorn's access log lines: logs carry paths only.

    A query can hold what a person typed (``?village=…``, a search); the access
    record's arguments are (client, method, path with query, HTTP version, status).
    """

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str):
            record.args = (*args[:2], args[2].split("?", 1)[0], *args[3:])
        return True


def hide_query_strings_in_access_log() -> None:
    """Install `PathOnlyAccessLog` on uvicorn's access logger (once per process)."""
    access = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, PathOnlyAccessLog) for f in access.filters):
        access.addFilter(PathOnlyAccessLog())


def _is_ascii_count(value: str) -> bool:
    # str.isdigit() accepts "²", which int() refuses: only ASCII digits count.
    return value.isascii() and value.isdigit()


def _accepts(media_types: tuple[str, ...], media: str) -> bool:
    return media in media_types or (
        "application/json" in media_types
        and media.startswith("application/")
        and media.endswith("+json")
    )


async def _too_large(send: Send, limit: int) -> None:
    await _problem(
        send,
        413,
        "request.too_large",
        f"The body is larger than {limit} bytes. Split it and send the parts.",
        limit_bytes=limit,
    )


async def _problem(send: Send, status: int, code: str, detail: str, **extra: object) -> None:
    body = json.dumps(
        {
            "type": f"urn:chasqui:problem:{code}",
            "title": code.rsplit(".", 1)[-1].replace("_", " ").capitalize(),
            "status": status,
            "code": code,
            "detail": detail,
            **extra,
        }
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/problem+json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


# Security headers ------------------------------------------------------------------


def content_security_policy() -> str:
    """A strict policy: scripts and styles only from the server itself, never inline."""
    return "; ".join(
        [
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            # Pages indent nested questions and size progress bars with style attributes.
            "style-src-attr 'unsafe-inline'",
            "img-src 'self' data:",
            "media-src 'self'",  # the web app plays interview recordings it serves itself
            "connect-src 'self'",
            "form-action 'self'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
        ]
    )


class SecurityHeaders:
    """Add CSP, nosniff, Referrer-Policy and framing refusal to every HTTP response."""

    def __init__(self, app: ASGIApp, *, csp: str) -> None:
        self.app = app
        self.headers = [
            (b"content-security-policy", csp.encode()),
            (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"no-referrer"),
            (b"x-frame-options", b"DENY"),
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in self.headers if k not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)
