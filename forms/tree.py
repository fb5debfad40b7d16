"""Pure: walk a form document as a tree of groups, repeats and leaf fields.

Every other module in ``forms`` (checks, normalization, diff, validation, export
paths) needs the same answer to "which nodes are fields, in which order, under
which repeat", so the rules live here once:

- a property with ``x-kind`` is a leaf (a geopoint is an object but one answer);
- otherwise an ``object`` schema is a group and its properties nest under its name;
- an ``array`` whose ``items`` is an object schema is a repeat; its children sit
  under ``EACH_ITEM`` ("*") in paths;
- anything else is a leaf.

Normalized documents wrap optional leaves as ``{"anyOf": [<answer>, MISSING_REF]}``
with the annotations on the outer level; `answer_schema` unwraps them so the same
code reads authored and published forms.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Final, Literal

from forms.spec import EACH_ITEM, ITEM_ID_KEY

Role = Literal["leaf", "group", "repeat"]

MISSING_DEF: Final = "missing"
MISSING_REF: Final = f"#/$defs/{MISSING_DEF}"

# Kinds a leaf may declare with x-kind; the JSON type each one needs.
KIND_TYPES: Final[Mapping[str, str]] = {
    "text": "string",
    "long_text": "string",
    "integer": "integer",
    "decimal": "number",
    "select_one": "string",
    "select_multiple": "array",
    "date": "string",
    "datetime": "string",
    "time": "string",
    "geopoint": "object",
    "audio": "string",
    "photo": "string",
    "video": "string",
    "file": "string",
    "boolean": "boolean",
    "note": "null",
}


@dataclass(frozen=True, slots=True)
class Node:
    """One property of the form: its answer path, its place in the document, its role."""

    path: tuple[str, ...]
    pointer: str
    role: Role
    schema: Mapping[str, Any]
    is_required: bool
    repeat_depth: int

    @property
    def name(self) -> str:
        return self.path[-1]

    @property
    def scope(self) -> tuple[str, ...]:
        """Path of the innermost enclosing repeat item ("" scope is the form root)."""
        for index in range(len(self.path) - 1, -1, -1):
            if self.path[index] == EACH_ITEM:
                return self.path[: index + 1]
        return ()


def escape_pointer(segment: str) -> str:
    """Escape one JSON pointer segment (RFC 6901)."""
    return segment.replace("~", "~0").replace("/", "~1")


def join_pointer(base: str, *segments: str | int) -> str:
    """Append segments to a JSON pointer."""
    return base + "".join("/" + escape_pointer(str(segment)) for segment in segments)


def is_missing_wrapper(schema: Mapping[str, Any]) -> bool:
    """True for a normalized optional leaf: ``anyOf: [answer, {"$ref": MISSING_REF}]``."""
    any_of = schema.get("anyOf")
    return (
        isinstance(any_of, list)
        and len(any_of) == 2
        and isinstance(any_of[0], Mapping)
        and any_of[1] == {"$ref": MISSING_REF}
    )


def answer_schema(schema: Mapping[str, Any]) -> Mapping[str, Any]:
    """Return the schema of the answer itself, without the missing-marker wrapper."""
    if is_missing_wrapper(schema):
        inner: Mapping[str, Any] = schema["anyOf"][0]
        return inner
    return schema


def role_of(schema: Any) -> Role:
    """Tell whether a property schema is a leaf, a group or a repeat."""
    if not isinstance(schema, Mapping) or "x-kind" in schema:
        return "leaf"
    inner = answer_schema(schema)
    if inner.get("type") == "object" or "properties" in inner:
        return "group"
    items = inner.get("items")
    is_array_of_objects = isinstance(items, Mapping) and (
        items.get("type") == "object" or "properties" in items
    )
    return "repeat" if inner.get("type") == "array" and is_array_of_objects else "leaf"


def ordered_properties(schema: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """Return an object's properties in interview order: ``x-order``, then position.

    Normalized documents have sorted keys, so order must never depend on key
    order once ``x-order`` has been written by `normalize_form`.
    """
    properties = schema.get("properties")
    if not isinstance(properties, Mapping):
        return []

    def order_key(entry: tuple[int, tuple[str, Any]]) -> tuple[float, int]:
        position, (_, child) = entry
        order = child.get("x-order") if isinstance(child, Mapping) else None
        if isinstance(order, int) and not isinstance(order, bool):
            return (float(order), position)
        return (float(position), position)

    indexed = sorted(enumerate(properties.items()), key=order_key)
    return [(name, child) for _, (name, child) in indexed if name != ITEM_ID_KEY]


def walk_nodes(document: Mapping[str, Any]) -> list[Node]:
    """Return every group, repeat and leaf of a form in interview order (pre-order)."""
    return list(_walk_object(document, (), "", 0))


def _walk_object(
    schema: Mapping[str, Any], path: tuple[str, ...], pointer: str, depth: int
) -> Iterator[Node]:
    required = schema.get("required")
    required_names = set(required) if isinstance(required, list) else set()
    for name, child in ordered_properties(schema):
        child_path = (*path, name)
        child_pointer = join_pointer(pointer, "properties", name)
        role = role_of(child)
        node_schema: Mapping[str, Any] = child if isinstance(child, Mapping) else {}
        yield Node(child_path, child_pointer, role, node_schema, name in required_names, depth)
        if role == "group":
            yield from _walk_object(answer_schema(node_schema), child_path, child_pointer, depth)
        elif role == "repeat":
            items = answer_schema(node_schema)["items"]
            yield from _walk_object(
                items, (*child_path, EACH_ITEM), join_pointer(child_pointer, "items"), depth + 1
            )


def leaf_nodes(document: Mapping[str, Any]) -> list[Node]:
    """Return only the leaf fields, in interview order."""
    return [node for node in walk_nodes(document) if node.role == "leaf"]


def infer_kind(schema: Mapping[str, Any]) -> str:
    """Return the leaf's kind: its ``x-kind`` or a guess from its JSON type."""
    declared = schema.get("x-kind")
    if isinstance(declared, str):
        return declared
    inner = answer_schema(schema)
    json_type = inner.get("type")
    if json_type == "integer":
        return "integer"
    if json_type == "number":
        return "decimal"
    if json_type == "boolean":
        return "boolean"
    if json_type == "null":
        return "note"
    if json_type == "array":
        return "select_multiple"
    if "enum" in inner or "x-choices" in schema:
        return "select_one"
    return {"date": "date", "date-time": "datetime", "time": "time"}.get(
        str(inner.get("format")), "text"
    )
