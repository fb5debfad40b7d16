"""Pure: the field-level and ``x-form`` checks behind `forms.schema.check_form`.

Each function returns problems instead of raising, so one pass reports all of
them. Messages name keywords and fields, never answer content.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping
from typing import Any, Final

from forms.expr import ExpressionError, calls, parse, references
from forms.labels import check_choices, check_label, check_label_list, choice_values
from forms.spec import (
    CONFLICT_POLICIES,
    DIRECT_ACTIONS,
    ENTITIES,
    GENERALIZATIONS,
    ITEM_ID_KEY,
    MISSING_KEY,
    PRIVACY_CLASSES,
    FormProblem,
)
from forms.tree import KIND_TYPES, Node, answer_schema, infer_kind, join_pointer, walk_nodes

ROOT_ANNOTATIONS: Final = frozenset({"x-form"})
LEAF_ONLY_ANNOTATIONS: Final = frozenset(
    {"x-privacy", "x-privacy-rule", "x-kind", "x-choices", "x-constraint", "x-constraint-message"}
)
FIELD_ANNOTATIONS: Final = LEAF_ONLY_ANNOTATIONS | frozenset(
    {"x-prompt", "x-probes", "x-note", "x-relevant", "x-renamed-from", "x-order"}
)
X_FORM_KEYS: Final = frozenset(
    {
        "form_id",
        "title",
        "description",
        "languages",
        "conflict_policy",
        "sections",
        "quasi_identifiers",
        "declared_changes",
    }
)
CHANGE_KINDS: Final = (
    "field_removed",
    "type_changed",
    "choice_removed",
    "privacy_changed",
    "required_added",
    "repeat_changed",
)
_FORM_ID: Final = re.compile(r"^[a-z][a-z0-9_\-]{0,63}$")
_LANGUAGE: Final = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
NAME_PATTERN: Final = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]{0,99}$")
RESERVED_NAMES: Final = frozenset({ITEM_ID_KEY, MISSING_KEY})


def form_languages(document: Mapping[str, Any]) -> tuple[str, ...]:
    """Return the declared label languages (first is the default), or ("es",)."""
    x_form = document.get("x-form")
    languages = x_form.get("languages") if isinstance(x_form, Mapping) else None
    if isinstance(languages, list) and languages and all(isinstance(x, str) for x in languages):
        return tuple(languages)
    return ("es",)


def check_x_form(document: Mapping[str, Any]) -> list[FormProblem]:
    """Check the top-level ``x-form`` annotation."""
    x_form = document.get("x-form")
    if not isinstance(x_form, Mapping):
        return [FormProblem("/x-form", "form.x_form_missing", "x-form must be an object")]
    problems = [
        FormProblem(join_pointer("/x-form", key), "form.x_form_unknown_key", f"unknown key '{key}'")
        for key in x_form
        if key not in X_FORM_KEYS
    ]
    if not isinstance(x_form.get("form_id"), str) or not _FORM_ID.match(x_form["form_id"]):
        problems.append(
            FormProblem(
                "/x-form/form_id",
                "form.form_id_invalid",
                "form_id must be lowercase letters, digits, '_' or '-', starting with a letter",
            )
        )
    languages = x_form.get("languages")
    if (
        not isinstance(languages, list)
        or not languages
        or len(set(map(str, languages))) != len(languages)
        or not all(isinstance(x, str) and _LANGUAGE.match(x) for x in languages)
    ):
        problems.append(
            FormProblem(
                "/x-form/languages",
                "form.languages_invalid",
                "languages must be a non-empty list of distinct language codes such as 'es'",
            )
        )
    if x_form.get("conflict_policy", "manual") not in CONFLICT_POLICIES:
        problems.append(
            FormProblem(
                "/x-form/conflict_policy",
                "form.conflict_policy_invalid",
                f"conflict_policy must be one of {', '.join(CONFLICT_POLICIES)}",
            )
        )
    languages_tuple = form_languages(document)
    for key in ("title", "description"):
        if key in x_form:
            problems.extend(
                _label_problems(x_form[key], join_pointer("/x-form", key), languages_tuple)
            )
    problems.extend(_check_sections(document, x_form.get("sections", [])))
    problems.extend(_check_quasi_identifiers(document, x_form.get("quasi_identifiers", [])))
    problems.extend(_check_declared_changes(x_form.get("declared_changes", [])))
    return problems


def _check_sections(document: Mapping[str, Any], sections: Any) -> list[FormProblem]:
    pointer = "/x-form/sections"
    if not isinstance(sections, list):
        return [FormProblem(pointer, "form.section_invalid", "sections must be a list")]
    properties = document.get("properties")
    top_level = set(properties) if isinstance(properties, Mapping) else set()
    problems: list[FormProblem] = []
    seen: set[str] = set()
    section_names: set[str] = set()
    languages = form_languages(document)
    for index, section in enumerate(sections):
        here = join_pointer(pointer, index)
        if not isinstance(section, Mapping) or not isinstance(section.get("name"), str):
            problems.append(FormProblem(here, "form.section_invalid", "a section needs a name"))
            continue
        if section["name"] in section_names:
            problems.append(FormProblem(here, "form.section_invalid", "duplicate section name"))
        section_names.add(section["name"])
        if "title" in section:
            problems.extend(_label_problems(section["title"], here + "/title", languages))
        fields = section.get("fields")
        if not isinstance(fields, list):
            problems.append(FormProblem(here, "form.section_invalid", "fields must be a list"))
            continue
        for position, name in enumerate(fields):
            at = join_pointer(here, "fields", position)
            if name not in top_level:
                message = "a section lists a name that is not a top-level field"
                problems.append(FormProblem(at, "form.section_invalid", message))
            elif name in seen:
                message = "a field belongs to at most one section"
                problems.append(FormProblem(at, "form.section_invalid", message))
            seen.add(str(name))
    return problems


def _check_quasi_identifiers(document: Mapping[str, Any], listed: Any) -> list[FormProblem]:
    pointer = "/x-form/quasi_identifiers"
    if not isinstance(listed, list):
        return [FormProblem(pointer, "form.quasi_identifier_invalid", "must be a list")]
    quasi = {
        "/" + "/".join(node.path)
        for node in walk_nodes(document)
        if node.role == "leaf" and node.schema.get("x-privacy") == "quasi"
    }
    return [
        FormProblem(
            join_pointer(pointer, index),
            "form.quasi_identifier_invalid",
            "each entry must be the path of a field whose x-privacy is 'quasi', e.g. /village",
        )
        for index, path in enumerate(listed)
        if path not in quasi
    ]


def _check_declared_changes(declared: Any) -> list[FormProblem]:
    pointer = "/x-form/declared_changes"
    if not isinstance(declared, list):
        return [FormProblem(pointer, "form.declared_change_invalid", "must be a list")]
    return [
        FormProblem(
            join_pointer(pointer, index),
            "form.declared_change_invalid",
            f"each entry is {{'pointer': '/path', 'change': one of {', '.join(CHANGE_KINDS)}}}",
        )
        for index, entry in enumerate(declared)
        if not isinstance(entry, Mapping)
        or not isinstance(entry.get("pointer"), str)
        or entry.get("change") not in CHANGE_KINDS
    ]


def _label_problems(value: Any, pointer: str, languages: tuple[str, ...]) -> list[FormProblem]:
    return [
        FormProblem(pointer, "form.label_invalid", msg) for msg in check_label(value, languages)
    ]


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
            problems.extend(_check_leaf(node, languages))
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
            problems.extend(
                _label_problems(schema[key], join_pointer(node.pointer, key), languages)
            )
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
    for key in ("x-relevant", "x-constraint"):
        if key in schema:
            problems.extend(_check_expression(node, nodes, key))
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


def _check_leaf(node: Node, languages: tuple[str, ...]) -> list[FormProblem]:
    problems = _check_privacy(node)
    kind = infer_kind(node.schema)
    inner = answer_schema(node.schema)
    if kind not in KIND_TYPES:
        problems.append(
            FormProblem(
                node.pointer + "/x-kind",
                "form.kind_unknown",
                f"x-kind must be one of {', '.join(KIND_TYPES)}",
            )
        )
    elif "type" in inner and inner["type"] != KIND_TYPES[kind]:
        problems.append(
            FormProblem(
                node.pointer + "/type",
                "form.kind_mismatch",
                f"a {kind} field has type '{KIND_TYPES[kind]}'",
            )
        )
    is_bare_array = "x-kind" not in node.schema and choice_values(node.schema) is None
    if inner.get("type") == "array" and (kind != "select_multiple" or is_bare_array):
        # An array of strings without choices is neither a repeat nor a select.
        message = "an array field is a repeat of objects or a select_multiple with choices"
        problems.append(FormProblem(node.pointer, "form.repeat_items_not_object", message))
        return problems
    problems.extend(check_choices(node, kind, languages))
    return problems


def _check_privacy(node: Node) -> list[FormProblem]:
    schema = node.schema
    pointer = join_pointer(node.pointer, "x-privacy")
    if "x-privacy" not in schema:
        return [FormProblem(pointer, "form.privacy_missing", "every field needs x-privacy")]
    privacy = schema["x-privacy"]
    if privacy not in PRIVACY_CLASSES:
        message = f"x-privacy must be one of {', '.join(PRIVACY_CLASSES)}"
        return [FormProblem(pointer, "form.privacy_unknown", message)]
    if "x-privacy-rule" not in schema:
        return []
    rule_pointer = join_pointer(node.pointer, "x-privacy-rule")
    return [
        FormProblem(rule_pointer, "form.privacy_rule_invalid", message)
        for message in _privacy_rule_messages(privacy, schema["x-privacy-rule"])
    ]


def _privacy_rule_messages(privacy: str, rule: Any) -> list[str]:
    if privacy in ("free_text", "none"):
        return [f"a '{privacy}' field takes no x-privacy-rule"]
    if not isinstance(rule, Mapping):
        return ["x-privacy-rule must be an object"]
    allowed = {"action", "entity"} if privacy == "direct" else {"generalize", "bands", "precision"}
    messages = [f"'{key}' is not part of a {privacy} rule" for key in rule if key not in allowed]
    choices: dict[str, tuple[str, ...]] = {
        "action": DIRECT_ACTIONS,
        "entity": ENTITIES,
        "generalize": GENERALIZATIONS,
    }
    for key, options in choices.items():
        if key in allowed and key in rule and rule[key] not in options:
            messages.append(f"'{key}' must be one of {', '.join(options)}")
    bands = rule.get("bands")
    if "bands" in allowed and "bands" in rule and not _is_band_list(bands):
        messages.append("'bands' is a strictly increasing list of whole ages")
    if "bands" in rule and rule.get("generalize") != "age_band":
        messages.append("'bands' only applies to generalize 'age_band'")
    precision = rule.get("precision")
    if "precision" in allowed and "precision" in rule and precision not in range(7):
        messages.append("'precision' is a number of GPS decimals from 0 to 6")
    return messages


def _is_band_list(bands: Any) -> bool:
    return (
        isinstance(bands, list)
        and len(bands) > 0
        and all(isinstance(b, int) and not isinstance(b, bool) and b >= 0 for b in bands)
        and all(a < b for a, b in itertools.pairwise(bands))
    )
