"""Pure: opaque keyset cursors for paging through interviews.

A cursor carries the last row's primary key, so the next page starts with an
index seek whatever the page number: constant time per page, no OFFSET.
"""

from __future__ import annotations

import base64
import binascii

from core.errors import DomainError


class CursorInvalid(DomainError):
    code = "interview.cursor_invalid"


_PREFIX = "i1:"


def encode_cursor(last_id: int) -> str:
    """Encode the last row's id as an opaque cursor."""
    return base64.urlsafe_b64encode(f"{_PREFIX}{last_id}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> int:
    """Return the id after which the next page starts (0 without a cursor)."""
    if not cursor:
        return 0
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise CursorInvalid("This cursor is not one the server gave.") from None
    if not text.startswith(_PREFIX) or not text[len(_PREFIX) :].isdigit():
        raise CursorInvalid("This cursor is not one the server gave.")
    return int(text[len(_PREFIX) :])
