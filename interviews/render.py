"""Pure: an interview's stored answers as a person reads them, with the form's labels.

Answers are walked in interview order of the version they were filled in. Choices
come back as value and label, missing markers as words in the chosen language,
repeat items one after the other with their position.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Final

from forms.spec import MISSING_KEY, is_missing_marker
from forms.tree import answer_schema, infer_kind, ordered_properties, role_of

MISSING_WORDS: Final[Mapping[str, Mapping[str, str]]] = {
    "es": {"refused": "no quiso responder", "dont_know": "no sabe", "not_asked": "no se preguntó"},
    "en": {"refused": "refused", "dont_know": "don't know", "not_asked": "not asked"},
    "qu": {
        "refused": "mana kutichiyta munanchu",
        "dont_know": "mana yachanchu",
        "not_asked": "mana tapukusqa",
    },
}
LANGUAGES: Final = ("es", "qu", "en")


@dataclass(frozen=True, slots=True)
class ChoiceView:
    value: str
    label: str


@dataclass(frozen=True, slots=True)
class AnswerView:
    pointer: str
    name: str
    prompt: str
    kind: str
    value: Any
    choices: tuple[ChoiceView, ...] = ()
    missing: str | None = None
    missing_label: str | None = None


def pick_language(lang: str | None, accept_language: str | None, default: str = "es") -> str:
    """`?lang=` first, then the first supported tag of Accept-Language, else `default`."""
    if lang in LANGUAGES:
        return lang
    for part in (accept_language or "").split(","):
        tag = part.split(";")[0].strip().lower().split("-")[0]
        if tag in LANGUAGES:
            return tag
    return default


def label_in(labels: Any, lang: str, fallback: str) -> str:
    if not isinstance(labels, Mapping) or not labels:
        return fallback
    value = labels.get(lang, next(iter(labels.values())))
    return str(value)


def render_answers(
    document: Mapping[str, Any], data: Mapping[str, Any], lang: str
) -> list[AnswerView]:
    """Every answered (or marked missing) leaf, in interview order."""
    return list(_render(document, data, "", lang))


def _render(schema: Mapping[str, Any], data: Any, pointer: str, lang: str) -> Iterator[AnswerView]:
    if not isinstance(data, Mapping):
        return
    for name, child in ordered_properties(answer_schema(schema)):
        if name not in data or not isinstance(child, Mapping):
            continue
        value, here = data[name], f"{pointer}/{name}"
        role = role_of(child)
        if role == "group" and not is_missing_marker(value):
            yield from _render(child, value, here, lang)
        elif role == "repeat" and isinstance(value, list):
            items = answer_schema(child)["items"]
            for index, item in enumerate(value):
                yield from _render(items, item, f"{here}/{index}", lang)
        else:
            yield _leaf(child, name, value, here, lang)


def _leaf(schema: Mapping[str, Any], name: str, value: Any, pointer: str, lang: str) -> AnswerView:
    prompt = label_in(schema.get("x-prompt"), lang, name)
    kind = infer_kind(schema)
    if is_missing_marker(value):
        code = value[MISSING_KEY]
        words = MISSING_WORDS.get(lang, MISSING_WORDS["es"])
        return AnswerView(
            pointer, name, prompt, kind, None, missing=code, missing_label=words[code]
        )
    labels = {
        str(c.get("value")): label_in(c.get("label"), lang, str(c.get("value")))
        for c in schema.get("x-choices") or []
        if isinstance(c, Mapping)
    }
    chosen = value if isinstance(value, list) else [value] if kind == "select_one" else []
    choices = tuple(ChoiceView(str(v), labels.get(str(v), str(v))) for v in chosen)
    return AnswerView(pointer, name, prompt, kind, value, choices=choices)
