"""Pure: convert one pyxform element (question, group or repeat) to our schema."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from forms.spec import PRIVACY_GUESSED
from forms.xlsform_map import KINDS, is_required

_IGNORED_BINDS = ("calculate", "readonly", "jr:preload", "jr:preloadParams")
_UNSUPPORTED_CONTROL = ("jr:count", "jr:noAddRemove")


class Builder(Protocol):
    """What converting one element needs from the form builder (`forms.xlsform_build`).

    A protocol, so that the builder imports this module and not the other way round:
    a group's children are converted by calling back into the builder.
    """

    first_language: str

    def issue(self, name: str | None, code: str, message: str) -> None: ...

    def unique_name(self, name: str, parent: str) -> str: ...

    def convert_children(
        self, children: list[Any], parent: str
    ) -> tuple[dict[str, Any], list[str]]: ...

    def label(self, value: Any) -> dict[str, str] | None: ...

    def expression(self, name: str, text: Any, what: str) -> str | None: ...

    def privacy(
        self, name: str, column: Any, kind: str, *, label: str = ""
    ) -> tuple[str, dict[str, Any] | None, bool]: ...


def convert_container(
    builder: Builder, child: Mapping[str, Any], parent: str
) -> tuple[str, Any, bool]:
    """Convert a group (nested object) or a repeat (array of objects)."""
    raw_name = str(child.get("name", ""))
    name = builder.unique_name(raw_name, parent)
    properties, required = builder.convert_children(child.get("children") or [], name)
    body: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        body["required"] = required
    schema: dict[str, Any]
    if child.get("type") == "repeat":
        schema = {"type": "array", "items": body}
        report_unsupported_control(builder, raw_name, child)
    else:
        schema = body
    label = builder.label(child.get("label"))
    if label:
        schema["x-prompt"] = label
    bind = child.get("bind") or {}
    relevant = builder.expression(name, bind.get("relevant"), "relevant")
    if relevant:
        schema["x-relevant"] = relevant
    return name, schema, False


def convert_leaf(
    builder: Builder, child: Mapping[str, Any], parent: str
) -> tuple[str, Any, bool] | None:
    """Convert a question; None (with an issue) when it cannot be represented."""
    raw_name = str(child.get("name", ""))
    kind = KINDS[str(child.get("type"))]
    appearance = str((child.get("control") or {}).get("appearance", ""))
    if kind == "text" and "multiline" in appearance:
        kind = "long_text"
    choices = None
    if kind in ("select_one", "select_multiple"):
        choices = _choices(builder, raw_name, child)
        if choices is None:
            return None
    name = builder.unique_name(raw_name, parent)
    schema: dict[str, Any] = {"x-kind": kind}
    if kind == "note":
        schema["x-privacy"] = "none"
    else:
        privacy, rule, guessed = builder.privacy(
            name, child.get("privacy"), kind, label=_label_text(child.get("label"))
        )
        schema["x-privacy"] = privacy
        if rule:
            schema["x-privacy-rule"] = rule
        if guessed:
            # Publishing is refused until a person confirms the class (forms.store).
            schema[PRIVACY_GUESSED] = True
    if choices:
        schema["x-choices"] = choices
    _annotate(builder, name, child, schema)
    bind = child.get("bind") or {}
    return name, schema, kind != "note" and is_literal_required(bind, builder, raw_name)


_CALCULATION_KINDS = {"int": "integer", "integer": "integer", "decimal": "decimal"}


def convert_calculate(
    builder: Builder, child: Mapping[str, Any], parent: str
) -> tuple[str, Any, bool]:
    """A ``calculate`` row: a leaf the tablet fills and the server recomputes (x-calculate).

    Its kind follows ``bind::type`` (int, decimal), else text, as XLSForm's default is a
    string. An expression we cannot translate keeps the field (the tablet's value is
    stored) and is reported, so the skip logic that reads it still finds it.
    """
    raw_name = str(child.get("name", ""))
    bind = child.get("bind") or {}
    kind = _CALCULATION_KINDS.get(str(bind.get("type", "")), "text")
    name = builder.unique_name(raw_name, parent)
    schema: dict[str, Any] = {"x-kind": kind}
    privacy, rule, guessed = builder.privacy(
        name, child.get("privacy"), kind, label=_label_text(child.get("label"))
    )
    schema["x-privacy"] = privacy
    if rule:
        schema["x-privacy-rule"] = rule
    if guessed:
        schema[PRIVACY_GUESSED] = True
    label = builder.label(child.get("label"))
    if label:
        schema["x-prompt"] = label
    calculation = builder.expression(name, bind.get("calculate"), "calculation")
    if calculation:
        schema["x-calculate"] = calculation
    relevant = builder.expression(name, bind.get("relevant"), "relevant")
    if relevant:
        schema["x-relevant"] = relevant
    return name, schema, False


def _label_text(label: Any) -> str:
    # Every language of the label: "Fecha de nacimiento" or "Date of birth" both count.
    if isinstance(label, Mapping):
        return " ".join(str(text) for text in label.values())
    return label if isinstance(label, str) else ""


def _annotate(
    builder: Builder, name: str, child: Mapping[str, Any], schema: dict[str, Any]
) -> None:
    for key, target in (("label", "x-prompt"), ("hint", "x-note")):
        label = builder.label(child.get(key))
        if label:
            schema[target] = label
    bind = child.get("bind") or {}
    relevant = builder.expression(name, bind.get("relevant"), "relevant")
    if relevant:
        schema["x-relevant"] = relevant
    constraint = builder.expression(name, bind.get("constraint"), "constraint")
    if constraint:
        schema["x-constraint"] = constraint
        message = builder.label(bind.get("jr:constraintMsg"))
        if message:
            schema["x-constraint-message"] = message
    for key in _IGNORED_BINDS:
        if key in bind:
            builder.issue(name, "xlsform.unsupported_column", f"'{key}' is not supported")
    if child.get("default") not in (None, ""):
        builder.issue(name, "xlsform.unsupported_column", "'default' is not supported")
    if child.get("choice_filter"):
        builder.issue(name, "xlsform.unsupported_column", "choice_filter is ignored")


def _choices(builder: Builder, name: str, child: Mapping[str, Any]) -> list[Any] | None:
    raw = child.get("choices")
    if not isinstance(raw, list) or not raw:
        itemset = str(child.get("itemset", ""))
        builder.issue(
            name,
            "xlsform.unsupported_type",
            "choices from a file or external list are not supported"
            + (f" ({itemset.rsplit('.', 1)[-1]} file)" if "." in itemset else ""),
        )
        return None
    choices: list[Any] = []
    seen: set[str] = set()
    for entry in raw:
        if not isinstance(entry, Mapping) or entry.get("name") in (None, ""):
            continue
        value = str(entry["name"])
        if value in seen:
            builder.issue(name, "xlsform.choice_duplicate", "a duplicate choice value was dropped")
            continue
        seen.add(value)
        label = builder.label(entry.get("label")) or {builder.first_language: value}
        choices.append({"value": value, "label": label})
    return choices


def is_literal_required(bind: Mapping[str, Any], builder: Builder, name: str) -> bool:
    """Return whether a field is required, reporting conditional ``required`` expressions."""
    literal = is_required(bind)
    if literal is None:
        builder.issue(name, "xlsform.required_expression", "conditional required is optional here")
        return False
    return literal


def report_unsupported_control(builder: Builder, name: str, child: Mapping[str, Any]) -> None:
    """Report XLSForm features on groups and repeats that have no equivalent."""
    control = child.get("control") or {}
    for key in _UNSUPPORTED_CONTROL:
        if key in control:
            builder.issue(name, "xlsform.unsupported_column", f"'{key}' is not supported")
