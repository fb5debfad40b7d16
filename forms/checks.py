"""Pure: the field-level and ``x-form`` checks behind `forms.schema.check_form`.

Split by step: names, ``required`` and each node's annotations and expressions
here, one leaf's privacy/kind/choices in `forms.checks_leaf`, and the top-level
``x-form`` in `forms.checks_x_form` (re-exported here).

Each function returns problems instead of raising, so one pass reports all of
them. Messages name keywords and fields, never answer content.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any, Final

from forms.checks_leaf import check_leaf
from forms.checks_x_form import CHANGE_KINDS, X_FORM_KEYS, check_x_form, form_languages
from forms.expr import ExpressionError, calls, parse, references
from forms.labels import check_label_list, label_problems
from forms.spec import ITEM_ID_KEY, MISSING_KEY, FormProblem
from forms.tree import Node, answer_schema, infer_kind, join_pointer, walk_nodes

__all__ = [
    "CHANGE_KINDS",
    "FIELD_ANNOTATIONS",
    "LEAF_ONLY_ANNOTATIONS",
    "NAME_PATTERN",
    "RESERVED_NAMES",
    "ROOT_ANNOTATIONS",
    "X_FORM_KEYS",
    "check_fields",
    "check_names",
    "check_required",
    "check_x_form",
    "form_languages",
]

ROOT_ANNOTATIONS: Final = frozenset({"x-form"})
LEAF_ONLY_ANNOTATIONS: Final = frozenset(
    {"x-privacy", "x-privacy-rule", "x-kind", "x-choices", "x-constraint", "x-constraint-message"}
) | frozenset({"x-privacy-guessed", "x-calculate"})
FIELD_ANNOTATIONS: Final = LEAF_ONLY_ANNOTATIONS | frozenset(
    {"x-prompt", "x-probes", "x-note", "x-relevant", "x-renamed-from", "x-order"}
)
NAME_PATTERN: Final = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]{0,99}$")
RESERVED_NAMES: Final = frozenset({ITEM_ID_KEY, MISSING_KEY})


def check_required(document: Mapping[str, Any]) -> list[FormProblem]:
    """Refuse ``required`` names that are not properties: no answer could ever satisfy them."""
    objects = [("", document)] + [
        (node.pointer + ("/items" if node.role == "repeat" else ""), answer_schema(node.schema))
        for node in walk_nodes(document)
        if node.role != "leaf"
    ]
    problems: list[FormProblem] = []
    for pointer, schema in objects:
        target = schema.get("items", {}) if "items" in schema else schema
        required, properties = target.get("required", []), target.get("properties", {})
        if not isinstance(required, list) or not isinstance(properties, Mapping):
            continue
        problems.extend(
            FormProblem(
                join_pointer(pointer, "required", index),
                "form.required_unknown",
                "a required name is not a property of this object",
            )
            for index, name in enumerate(required)
            if name not in properties
        )
    return problems


def check_names(document: Mapping[str, Any]) -> list[FormProblem]:
    """Refuse invalid, reserved and duplicate field names (unique in the whole form)."""
    problems: list[FormProblem] = []
    first_seen: dict[str, str] = {}
    for node in walk_nodes(document):
        if node.name in RESERVED_NAMES or not NAME_PATTERN.match(node.name):
            problems.append(
                FormProblem(
                    node.pointer,
                    "form.name_invalid",
                    "field names start with a letter or '_', use letters, digits, '_', '-', "
                    f"'.', and are not {' or '.join(sorted(RESERVED_NAMES))}",
                )
            )
        elif node.name in first_seen:
            problems.append(
                FormProblem(
                    node.pointer,
                    "form.duplicate_field",
                    f"the name '{node.name}' is already used at {first_seen[node.name]}; "
                    "names are unique in a form so expressions and exports are unambiguous",
                )
            )
        else:
            first_seen[node.name] = node.pointer
    return problems


def check_fields(document: Mapping[str, Any]) -> list[FormProblem]:
    """Check privacy, kinds, choices, labels and expressions of every node."""
    nodes = walk_nodes(document)
    languages = form_languages(document)
    problems: list[FormProblem] = []
    for node in nodes:
        problems.extend(_check_common(node, nodes, languages))
        if node.role == "leaf":
            problems.extend(check_leaf(node, languages))
        else:
            problems.extend(
                FormProblem(
                    join_pointer(node.pointer, key),
                    "form.annotation_misplaced",
                    f"'{key}' belongs on leaf fields, not on groups or repeats",
                )
                for key in sorted(LEAF_ONLY_ANNOTATIONS & set(node.schema))
            )
        if node.role == "repeat":
            problems.extend(_check_repeat(node))
    return problems


def _check_common(node: Node, nodes: list[Node], languages: tuple[str, ...]) -> list[FormProblem]:
    schema = node.schema
    problems: list[FormProblem] = []
    for key in ("x-prompt", "x-note", "x-constraint-message"):
        if key in schema:
            problems.extend(label_problems(schema[key], join_pointer(node.pointer, key), languages))
    if "x-probes" in schema:
        pointer = join_pointer(node.pointer, "x-probes")
        problems.extend(
            FormProblem(pointer, "form.label_invalid", message)
            for message in check_label_list(schema["x-probes"], languages)
        )
    order = schema.get("x-order")
    if "x-order" in schema and (not isinstance(order, int) or isinstance(order, bool)):
        problems.append(
            FormProblem(node.pointer + "/x-order", "form.order_invalid", "x-order is an integer")
        )
    renamed = schema.get("x-renamed-from")
    if "x-renamed-from" in schema and (not isinstance(renamed, str) or not renamed):
        problems.append(
            FormProblem(
                node.pointer + "/x-renamed-from",
                "form.renamed_from_invalid",
                "x-renamed-from is the field's previous name",
            )
        )
    for key in ("x-relevant", "x-constraint", "x-calculate"):
        if key in schema:
            problems.extend(_check_expression(node, nodes, key))
    if "x-privacy-guessed" in schema and schema["x-privacy-guessed"] is not True:
        problems.append(
            FormProblem(
                join_pointer(node.pointer, "x-privacy-guessed"),
                "form.annotation_invalid",
                "x-privacy-guessed is true or absent",
            )
        )
    return problems


def _visible(node: Node, nodes: Iterable[Node]) -> dict[str, Node]:
    scope = node.scope
    return {other.name: other for other in nodes if scope[: len(other.scope)] == other.scope}


def _check_expression(node: Node, nodes: list[Node], key: str) -> list[FormProblem]:
    pointer = join_pointer(node.pointer, key)
    try:
        expr = parse(node.schema[key])
    except ExpressionError as error:
        return [FormProblem(pointer, "form.expression_invalid", str(error))]
    visible = _visible(node, nodes)
    problems = [
        FormProblem(
            pointer, "form.expression_invalid", f"'{name}' is not a field visible from here"
        )
        for name in sorted(references(expr))
        if name not in visible
    ]
    for call in calls(expr):
        target = visible.get(call.ref.name)
        if target is None:
            continue
        if call.function == "count" and target.role != "repeat":
            message = f"count() needs a repeat, '{target.name}' is not one"
            problems.append(FormProblem(pointer, "form.expression_invalid", message))
        if call.function == "selected" and infer_kind(target.schema) not in (
            "select_one",
            "select_multiple",
        ):
            message = f"selected() needs a select field, '{target.name}' is not one"
            problems.append(FormProblem(pointer, "form.expression_invalid", message))
    return problems


def _check_repeat(node: Node) -> list[FormProblem]:
    items = answer_schema(node.schema)["items"]
    item_id = items.get("properties", {}).get(ITEM_ID_KEY) if isinstance(items, Mapping) else None
    if item_id is None or (isinstance(item_id, Mapping) and item_id.get("type") == "string"):
        return []
    return [
        FormProblem(
            join_pointer(node.pointer, "items", "properties", ITEM_ID_KEY),
            "form.repeat_item_id",
            f"{ITEM_ID_KEY} is added by the server and must be a string",
        )
    ]
