"""Pure: checks of one leaf field (privacy class and rule, kind, choices).

Part of `forms.checks.check_fields`; messages name keywords, never answers.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from typing import Any

from forms.labels import check_choices, choice_values
from forms.spec import DIRECT_ACTIONS, ENTITIES, GENERALIZATIONS, PRIVACY_CLASSES, FormProblem
from forms.tree import KIND_TYPES, Node, answer_schema, infer_kind, join_pointer


def check_leaf(node: Node, languages: tuple[str, ...]) -> list[FormProblem]:
    """Check a leaf's privacy annotations, kind, JSON type and choices."""
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
