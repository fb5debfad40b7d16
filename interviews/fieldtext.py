"""Pure: one field of a form as a person reads it and types it, by JSON pointer.

The conflict and quarantine pages show single answers (a candidate value, an answer
that did not fit) with the form's prompt and choice labels, and read back what a
supervisor typed into an HTML form as a value of the field's kind.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from forms.spec import MISSING_KEY, is_missing_marker
from forms.tree import answer_schema, infer_kind, role_of
from interviews.render import MISSING_WORDS, label_in

YES_NO: Final = {"es": ("sí", "no"), "en": ("yes", "no")}


@dataclass(frozen=True, slots=True)
class FieldInfo:
    """A leaf field found by pointer; `known` is False when the form has no such field."""

    pointer: str
    name: str
    prompt: str
    kind: str
    choices: tuple[tuple[str, str], ...] = ()
    known: bool = True
    privacy: str | None = None  # the field's declared class (direct, quasi, …)


def field_at(document: Mapping[str, Any] | None, pointer: str, lang: str) -> FieldInfo:
    """The leaf a pointer names (repeat segments may be positions or item ids)."""
    name = pointer.rsplit("/", 1)[-1]
    schema: Any = document or {}
    in_repeat = False
    for segment in pointer.strip("/").split("/"):
        if in_repeat:
            in_repeat = False
            continue  # a repeat item: by position or by its id, same schema
        inner = answer_schema(schema) if isinstance(schema, Mapping) else {}
        child = (inner.get("properties") or {}).get(segment)
        if not isinstance(child, Mapping):
            return FieldInfo(pointer, name, name, "text", known=False)
        if role_of(child) == "repeat":
            schema, in_repeat = answer_schema(child)["items"], True
        else:
            schema = child
    if not isinstance(schema, Mapping) or role_of(schema) != "leaf":
        return FieldInfo(pointer, name, name, "text", known=False)
    choices = tuple(
        (str(c.get("value")), label_in(c.get("label"), lang, str(c.get("value"))))
        for c in schema.get("x-choices") or []
        if isinstance(c, Mapping)
    )
    prompt = label_in(schema.get("x-prompt"), lang, name)
    privacy = schema.get("x-privacy")
    return FieldInfo(
        pointer,
        name,
        prompt,
        infer_kind(schema),
        choices,
        privacy=privacy if isinstance(privacy, str) else None,
    )


def value_text(value: Any, field: FieldInfo, lang: str) -> str:
    """An answer as words: choice labels, yes/no, lists joined, missing markers named."""
    if is_missing_marker(value):
        words = MISSING_WORDS.get(lang, MISSING_WORDS["es"])
        return words.get(str(value[MISSING_KEY]), str(value[MISSING_KEY]))
    labels = dict(field.choices)
    yes, no = YES_NO.get(lang, YES_NO["es"])

    def word(item: Any) -> str:
        if isinstance(item, bool):
            return yes if item else no
        return labels.get(str(item), str(item))

    if value is None:
        return "—"
    if isinstance(value, list):
        return ", ".join(word(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {word(v)}" for k, v in value.items())
    return word(value)


def input_text(value: Any) -> str:
    """An answer as the text an input starts with (empty for missing or absent)."""
    if value is None or is_missing_marker(value) or isinstance(value, dict):
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def parse_typed(texts: list[str], kind: str) -> Any:
    """What a person typed or picked, as a value of the field's kind.

    Text that does not read as the kind stays text: the form's validator then says
    where it does not fit (by pointer, never quoting it).
    """
    text = texts[0].strip() if texts else ""
    if kind == "select_multiple":
        picked = [t.strip() for t in texts if t.strip()]
        if len(picked) == 1 and "," in picked[0]:
            picked = [p.strip() for p in picked[0].split(",") if p.strip()]
        return picked
    if kind == "integer":
        try:
            return int(text)
        except ValueError:
            return text
    if kind == "decimal":
        try:
            return float(text.replace(",", "."))
        except ValueError:
            return text
    if kind == "boolean":
        return {"true": True, "false": False}.get(text.lower(), text)
    return text
