"""Domain errors with stable codes.

Every expected failure a client can act on is a `DomainError` subclass with a
stable `code`. Only `api/problems.py` maps codes to HTTP statuses. Messages are
written for people and never carry interview content.
"""

from __future__ import annotations

from typing import Any, ClassVar


class DomainError(Exception):
    code: ClassVar[str] = "error"

    def __init__(self, message: str, **extensions: Any) -> None:
        super().__init__(message)
        self.message = message
        self.extensions = extensions


class NotFound(DomainError):
    code = "not_found"


class Conflict(DomainError):
    code = "conflict"


class Forbidden(DomainError):
    code = "auth.forbidden"


class Unauthenticated(DomainError):
    code = "auth.unauthenticated"


class InvalidInput(DomainError):
    code = "request.invalid"
