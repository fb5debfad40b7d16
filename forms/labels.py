"""Pure: checks of multilingual labels and choice lists.

A label is ``{language: text}``. It must carry the form's first language (the
one every enumerator reads, Spanish in the study) and may carry any other
declared language; Quechua is given where a team member could write it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from forms.spec import FormProblem
from forms.tree import Node, answer_schema, join_pointer

SELECT_KINDS = ("select_one", "select_multiple")


def check_label(value: Any, languages: tuple[str, ...]) -> list[str]:
    """Return what is wrong with a ``{language: text}`` label (empty when fine)."""
    if not isinstance(value, Mapping) or not value:
        return ["a label is an object {language: text}"]
    messages = [
        f"language '{language}' is not declared in x-form.languages"
        for language in value
        if language not in languages
    ]
    if any(not isinstance(text, str) or not text.strip() for text in value.values()):
        messages.append("label texts are non-empty strings")
    if languages[0] not in value:
        messages.append(f"a label needs the form's first language '{languages[0]}'")
    return messages


def label_problems(value: Any, pointer: str, languages: tuple[str, ...]) -> list[FormProblem]:
    """Return a label's problems as FormProblems at `pointer`."""
    return [
        FormProblem(pointer, "form.label_invalid", msg) for msg in check_label(value, languages)
    ]


def check_label_list(value: Any, languages: tuple[str, ...]) -> list[str]:
    """Return what is wrong with a list of labels (probes)."""
    if not isinstance(value, list):
        return ["x-probes is a list of labels"]
    return [message for label in value for message in check_label(label, languages)]


def choice_values(schema: Mapping[str, Any]) -> list[Any] | None:
    """Return the allowed values of a select field: ``x-choices`` first, else ``enum``."""
    choices = schema.get("x-choices")
    if isinstance(choices, list):
        return [c.get("value") for c in choices if isinstance(c, Mapping)]
    enum = enum_of(schema)
    return list(enum) if isinstance(enum, list) else None


def enum_of(schema: Mapping[str, Any]) -> list[Any] | None:
    """Return the JSON Schema ``enum`` of a select field (``items.enum`` for multi-select)."""
    inner = answer_schema(schema)
    if inner.get("type") == "array":
        items = inner.get("items")
        inner = items if isinstance(items, Mapping) else {}
    enum = inner.get("enum")
    return enum if isinstance(enum, list) else None


def check_choices(node: Node, kind: str, languages: tuple[str, ...]) -> list[FormProblem]:
    """Check a select field's ``x-choices`` against its ``enum``."""
    schema = node.schema
    pointer = join_pointer(node.pointer, "x-choices")
    choices = schema.get("x-choices")
    enum = enum_of(schema)
    if kind not in SELECT_KINDS:
        if "x-choices" in schema:
            message = "x-choices belongs on select_one or select_multiple fields"
            return [FormProblem(pointer, "form.choice_mismatch", message)]
        return []
    if choices is None:
        if enum is None or not enum:
            message = "a select field needs x-choices (or at least an enum)"
            return [FormProblem(node.pointer, "form.choice_missing", message)]
        return []
    if not isinstance(choices, list) or not choices:
        return [FormProblem(pointer, "form.choice_invalid", "x-choices is a non-empty list")]
    problems: list[FormProblem] = []
    values: list[str] = []
    for index, choice in enumerate(choices):
        here = join_pointer(pointer, index)
        if not isinstance(choice, Mapping) or not isinstance(choice.get("value"), str):
            message = "a choice is {'value': string, 'label': {language: text}}"
            problems.append(FormProblem(here, "form.choice_invalid", message))
            continue
        if choice["value"] in values:
            message = f"choice value '{choice['value']}' appears twice"
            problems.append(FormProblem(here, "form.choice_invalid", message))
        values.append(choice["value"])
        problems.extend(
            FormProblem(join_pointer(here, "label"), "form.label_invalid", message)
            for message in check_label(choice.get("label"), languages)
        )
        extra = set(choice) - {"value", "label"}
        if extra:
            message = "a choice has only 'value' and 'label'"
            problems.append(FormProblem(here, "form.choice_invalid", message))
    if enum is not None and sorted(map(str, enum)) != sorted(values):
        message = "enum and x-choices list different values"
        problems.append(FormProblem(node.pointer, "form.choice_mismatch", message))
    return problems
