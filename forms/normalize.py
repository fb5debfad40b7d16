"""Pure: turn an authored form into its published, validation-ready shape.

What `normalize_form` adds, and why:

- ``additionalProperties: false`` on every object, so a tablet cannot smuggle
  unknown keys (which would bypass the privacy classes) into stored answers;
- ``_item_id`` (non-empty string, required) on every repeat item, so merges match
  items by id;
- explicit ``x-kind`` on every leaf and ``x-order`` (1, 2, ...) on every property,
  so nothing depends on key order once keys are sorted;
- ``enum`` derived from ``x-choices`` (``items.enum`` for select_multiple);
- each optional leaf becomes ``{<x- annotations>, "anyOf": [<answer schema>,
  {"$ref": "#/$defs/missing"}]}`` so an interviewer can record why there is no
  answer; ``$defs.missing`` is the marker object ``{"_missing": code}``.

The result has sorted keys (lists keep their order: choices and languages are
meaningful) and ``normalize_form(normalize_form(x)) == normalize_form(x)``.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any, Final

from forms.labels import SELECT_KINDS
from forms.spec import ITEM_ID_KEY, MISSING_CODES, MISSING_KEY
from forms.tree import (
    KIND_TYPES,
    MISSING_DEF,
    MISSING_REF,
    answer_schema,
    infer_kind,
    ordered_properties,
    role_of,
)

DRAFT_2020_12: Final = "https://json-schema.org/draft/2020-12/schema"

MISSING_SCHEMA: Final[Mapping[str, Any]] = {
    "additionalProperties": False,
    "properties": {MISSING_KEY: {"enum": list(MISSING_CODES)}},
    "required": [MISSING_KEY],
    "type": "object",
}
ITEM_ID_SCHEMA: Final[Mapping[str, Any]] = {"minLength": 1, "type": "string"}
GEOPOINT_SCHEMA: Final[Mapping[str, Any]] = {
    "additionalProperties": False,
    "properties": {
        "accuracy": {"minimum": 0, "type": "number"},
        "alt": {"type": "number"},
        "lat": {"maximum": 90, "minimum": -90, "type": "number"},
        "lon": {"maximum": 180, "minimum": -180, "type": "number"},
    },
    "required": ["lat", "lon"],
    "type": "object",
}
_FORMATS: Final = {"date": "date", "datetime": "date-time", "time": "time"}
# Plain annotations stay next to the x- keywords on the outer level of a leaf.
_OUTER_KEYWORDS: Final = frozenset({"title", "description", "$comment", "examples", "default"})


def normalize_form(document: Mapping[str, Any]) -> dict[str, Any]:
    """Return the published form: deterministic, strict, with missing markers allowed."""
    normalized: dict[str, Any] = copy.deepcopy(dict(document))
    normalized["$schema"] = DRAFT_2020_12
    _normalize_object(normalized, is_item=False)
    defs = normalized.get("$defs")
    normalized["$defs"] = {**(defs if isinstance(defs, Mapping) else {})}
    normalized["$defs"][MISSING_DEF] = copy.deepcopy(dict(MISSING_SCHEMA))
    sorted_document: dict[str, Any] = _sort_keys(normalized)
    return sorted_document


def _normalize_object(schema: dict[str, Any], *, is_item: bool) -> None:
    raw_required = schema.get("required")
    required = (
        {name for name in raw_required if isinstance(name, str)}
        if isinstance(raw_required, list)
        else set()
    )
    properties: dict[str, Any] = {}
    for order, (name, child) in enumerate(ordered_properties(schema), start=1):
        if not isinstance(child, Mapping):
            properties[name] = child  # a boolean schema: check_form reports it
            continue
        properties[name] = _normalize_property(dict(child), order, is_required=name in required)
    if is_item:
        properties[ITEM_ID_KEY] = dict(ITEM_ID_SCHEMA)
        required.add(ITEM_ID_KEY)
    schema["type"] = "object"
    schema["properties"] = properties
    schema["additionalProperties"] = False
    if required:
        schema["required"] = sorted(required)


def _normalize_property(child: dict[str, Any], order: int, *, is_required: bool) -> dict[str, Any]:
    child["x-order"] = order
    role = role_of(child)
    if role == "group":
        _normalize_object(child, is_item=False)
        return child
    if role == "repeat":
        child["type"] = "array"
        items = dict(child["items"])
        _normalize_object(items, is_item=True)
        child["items"] = items
        return child
    return _normalize_leaf(child, is_required=is_required)


def _normalize_leaf(child: dict[str, Any], *, is_required: bool) -> dict[str, Any]:
    kind = infer_kind(child)
    outer = {k: v for k, v in child.items() if k.startswith("x-") or k in _OUTER_KEYWORDS}
    inner = {
        k: v
        for k, v in answer_schema(child).items()
        if not k.startswith("x-") and k not in _OUTER_KEYWORDS
    }
    outer["x-kind"] = kind
    _complete_answer_schema(inner, kind, outer.get("x-choices"))
    if is_required or kind == "note":
        return {**inner, **outer}
    return {**outer, "anyOf": [inner, {"$ref": MISSING_REF}]}


def _complete_answer_schema(inner: dict[str, Any], kind: str, choices: Any) -> None:
    if kind == "geopoint" and "properties" not in inner:
        inner.update(copy.deepcopy(dict(GEOPOINT_SCHEMA)))
    if kind in KIND_TYPES:
        inner.setdefault("type", KIND_TYPES[kind])
    if kind in _FORMATS:
        inner.setdefault("format", _FORMATS[kind])
    values = (
        [c["value"] for c in choices if isinstance(c, Mapping) and "value" in c]
        if isinstance(choices, list)
        else None
    )
    if kind == SELECT_KINDS[0] and values is not None:
        inner["enum"] = values
    if kind == SELECT_KINDS[1]:
        items = inner.get("items")
        items = dict(items) if isinstance(items, Mapping) else {}
        items.setdefault("type", "string")
        if values is not None:
            items["enum"] = values
        inner["items"] = items
        inner["uniqueItems"] = True


def _sort_keys(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {key: _sort_keys(value[key]) for key in sorted(value)}
    if isinstance(value, list):
        return [_sort_keys(item) for item in value]
    return value
