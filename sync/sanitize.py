"""Pure: replace what a tablet sent outside its documented format before anything reads it.

Runs first on each item's raw answers, before validation and anonymization:

- a repeat item's ``_item_id`` that is not a UUID (docs/sync-protocol.md) is replaced by a
  keyed UUID: the HMAC of the sent id under the study's current key, so the same sent id
  always maps to the same stored id (replays and merges still match items) and nothing
  of the sent text remains;
- an object key that is not a field of the form version (for a form the server does not
  know: a key that does not look like a field name, or that the scrubber would redact) is
  renamed ``<unknown #n>``, numbered per item in sorted key order. Validation then points
  at ``/<unknown #1>``, and nothing stores or echoes the sent key.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import re
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Final

import orjson

from forms.normalize import normalize_form
from forms.spec import EACH_ITEM, ITEM_ID_KEY, MISSING_KEY
from forms.tree import answer_schema, walk_nodes
from privacy import ScrubContext, scrub_free_text

UUID_FORMAT: Final = re.compile(
    r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
)
# docs/forms.md: field names match this pattern.
FIELD_NAME: Final = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]{0,99}$")
_ITEM_ID_DOMAIN: Final = b"chasqui-item-id\x00"


@dataclass(frozen=True, slots=True)
class Shape:
    """The object keys a form version allows at each path pattern (``*`` for repeat items)."""

    keys: Mapping[tuple[str, ...], frozenset[str]]


def form_shape(document: Mapping[str, Any]) -> Shape:
    """The keys of every group, repeat item and object-valued leaf of a form version."""
    keys: dict[tuple[str, ...], set[str]] = {(): set()}
    # Normalized: a geopoint's answer properties (lat, lon, …) are declared there.
    for node in walk_nodes(normalize_form(document)):
        keys.setdefault(node.path[:-1], set()).add(node.path[-1])
        if node.role == "group":
            keys.setdefault(node.path, set())
        elif node.role == "repeat":
            keys.setdefault((*node.path, EACH_ITEM), set()).add(ITEM_ID_KEY)
        else:
            properties = answer_schema(node.schema).get("properties")
            if isinstance(properties, Mapping):
                keys.setdefault(node.path, set()).update(map(str, properties))
    return Shape({pattern: frozenset(names) for pattern, names in keys.items()})


def keyed_item_id(sent: Any, *, key: bytes) -> str:
    """A UUID (version 8, RFC 9562) derived from the sent item id under `key`."""
    text = sent if isinstance(sent, str) else orjson.dumps(sent).decode()
    digest = bytearray(hmac.new(key, _ITEM_ID_DOMAIN + text.encode(), hashlib.sha256).digest())
    digest[6] = (digest[6] & 0x0F) | 0x80
    digest[8] = (digest[8] & 0x3F) | 0x80
    return str(uuid.UUID(bytes=bytes(digest[:16])))


def sanitize_answers(data: Mapping[str, Any], shape: Shape | None, *, key: bytes) -> dict[str, Any]:
    """Replace malformed item ids and rename unknown keys (see the module docstring)."""
    numbers = itertools.count(1)

    def visit(node: Any, pattern: tuple[str, ...], known: bool) -> Any:
        if isinstance(node, list):
            return [visit(item, (*pattern, EACH_ITEM), known) for item in node]
        if not isinstance(node, dict):
            return node
        out: dict[str, Any] = {}
        allowed = shape.keys.get(pattern) if shape is not None and known else None
        for name in sorted(node):
            value = node[name]
            if name == ITEM_ID_KEY:
                ok = isinstance(value, str) and UUID_FORMAT.match(value)
                out[name] = value if ok else keyed_item_id(value, key=key)
                continue
            # Most answers are scalars, kept as they are without a call per answer.
            nested = isinstance(value, list | dict)
            if name == MISSING_KEY or _is_known(name, allowed, shape is None):
                out[name] = visit(value, (*pattern, name), known) if nested else value
            else:
                placeholder = f"<unknown #{next(numbers)}>"  # numbered before its children
                out[placeholder] = visit(value, (*pattern, name), False) if nested else value
        return out

    result: dict[str, Any] = visit(dict(data), (), True)
    return result


UNKNOWN_FORM_ID: Final = "<unknown>"


def is_plain_name(name: str) -> bool:
    """Whether a name the server cannot check (a field or form it does not know) is safe
    to keep: it reads as a field name and holds nothing the scrubber would take out."""
    if not FIELD_NAME.match(name):
        return False
    words = " ".join(part.capitalize() for part in _parts(name))
    return scrub_free_text(words, context=ScrubContext()) == words


def _is_known(name: str, allowed: frozenset[str] | None, guessing: bool) -> bool:
    if guessing:
        return is_plain_name(name)
    return allowed is not None and name in allowed


def _parts(name: str) -> Iterator[str]:
    return (part for part in re.split(r"[_.-]+", name) if part)
