"""Pure: read a pushed body as JSON whose strings every database stores alike.

PostgreSQL cannot store NUL in text or jsonb, and the engines disagree on lone
surrogates and non-characters; an item holding one was answered `retry` for ever on
PostgreSQL while SQLite stored it. Every string, keys included, is cleaned here, before
anything else reads it, so both engines see the same bytes.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any, Final

import orjson


class BodyNotJson(ValueError):
    """The body is not valid UTF-8 JSON (or holds NaN or Infinity)."""


# orjson parses into its own tree before it builds Python objects, a transient buffer
# of about 14 times the body: past this size the standard library reads the body
# (with the same numbers and constants) at about 2.7 times, a little slower.
ORJSON_MAX_BYTES: Final = 4 << 20


def read_json(body: bytes) -> tuple[Any, bool]:
    """JSON, and whether some string in it needs `clean_json` (call it once the depth
    is checked: cleaning walks the whole value).

    orjson refuses lone surrogate escapes and numbers past a double's range; the
    standard library reads those (surrogates are then cleaned, such numbers kept as
    text) so that one odd item is answered on its own instead of refusing the
    tablet's whole batch.
    """
    if len(body) <= ORJSON_MAX_BYTES:
        try:
            return orjson.loads(body), _is_suspect(body)
        except orjson.JSONDecodeError:
            pass
    try:
        raw = json.loads(
            body.decode("utf-8"),
            parse_constant=_refuse_constant,
            parse_int=_int_or_text,
            parse_float=_float_or_text,
        )
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BodyNotJson("not UTF-8 JSON") from None
    return raw, len(body) <= ORJSON_MAX_BYTES or _is_suspect(body)


def _refuse_constant(name: str) -> Any:
    raise ValueError("NaN and Infinity are not JSON")


def _int_or_text(text: str) -> int | float | str:
    # Past 64 bits an integer becomes a float, as orjson reads it; a number no double
    # can hold stays as its digits: it then fails validation like any wrong answer.
    if len(text) <= 20 and -(2**63) <= (value := int(text)) <= 2**64 - 1:
        return value
    return _float_or_text(text)


def _float_or_text(text: str) -> float | str:
    value = float(text)
    return value if math.isfinite(value) else text


_NONCHARACTERS = "".join(
    f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(17)
)
# NUL (PostgreSQL cannot store it in text or jsonb), C0 controls other than tab and
# newlines, DEL, non-characters and lone surrogates: replaced on both engines alike.
_BAD_CHARS: Final = re.compile(
    f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufdd0-\ufdef\ud800-\udfff{_NONCHARACTERS}]"
)
REPLACEMENT: Final = "\ufffd"
# What a body holding one of them contains (escaped or raw), so clean bodies skip the walk.
_SUSPECT: Final = re.compile(
    rb"\\u00[01][0-9a-fA-F]|\\u007[fF]|\\[bf]|\\u[dD][89a-fA-F]|\\u[fF][dD][dDeE]"
    rb"|\\u[fF]{3}[eEfF]|\x7f|\xef\xb7[\x90-\xaf]|\xef\xbf[\xbe\xbf]"
    rb"|[\xf0-\xf4][\x8f\x9f\xaf\xbf]\xbf[\xbe\xbf]"
)


# The same test in two cheap parts: escapes all start with a backslash (a literal prefix
# the regex engine scans for fast), and every raw sequence holds one of `_RAW_MARKS`.
# `_SUSPECT` alone tries each alternative at every byte: 0.2 ms per 5 KB item.
_ESCAPES: Final = re.compile(
    rb"\\(?:u00[01][0-9a-fA-F]|u007[fF]|[bf]|u[dD][89a-fA-F]|u[fF][dD][dDeE]|u[fF]{3}[eEfF])"
)
_RAW_MARKS: Final = (b"\x7f", b"\xef\xb7", b"\xbf\xbe", b"\xbf\xbf")


def _is_suspect(body: bytes) -> bool:
    if _ESCAPES.search(body) is not None:
        return True
    return any(mark in body for mark in _RAW_MARKS) and _SUSPECT.search(body) is not None


def clean_text(text: str) -> str:
    """Replace characters no engine stores alike (NUL, controls, non-characters) by U+FFFD."""
    return _BAD_CHARS.sub(REPLACEMENT, text)


def clean_json(value: Any) -> Any:
    """`clean_text` on every string of a JSON value, keys included."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {clean_text(k): clean_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [clean_json(v) for v in value]
    return value
