"""Pure: build a Chasqui form document from pyxform's JSON, collecting issues.

Every decision a person should confirm (a guessed privacy class, a renamed
duplicate, an expression we could not translate) becomes an `ImportIssue`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from forms.checks import NAME_PATTERN, RESERVED_NAMES
from forms.schema import check_form
from forms.spec import PRIVACY_CLASSES
from forms.xlsform_leaf import convert_calculate, convert_container, convert_leaf
from forms.xlsform_map import (
    KINDS,
    METADATA_TYPES,
    guess_privacy,
    language_code,
    slug,
    translate_expression,
)


@dataclass(frozen=True, slots=True)
class ImportIssue:
    """Something in the XLSForm a person must review; ``row`` is the survey sheet row."""

    row: int | None
    name: str | None
    code: str
    message: str


class Builder:
    """Walk pyxform's survey JSON once and build our document."""

    def __init__(
        self, *, rows: list[dict[str, Any]], settings: Mapping[str, Any], filename: str
    ) -> None:
        self.issues: list[ImportIssue] = []
        self.settings = settings
        self.filename = filename
        self.rows: dict[str, list[int]] = {}
        for index, row in enumerate(rows):
            # Row 1 is the header; pyxform keeps blank rows as {} so indexes line up.
            self.rows.setdefault(str(row.get("name", "")), []).append(index + 2)
        self.used_names: set[str] = set()
        self.languages: dict[str, str] = {}
        self.first_language = "es"
        self.fallback_labels = 0

    def issue(self, name: str | None, code: str, message: str) -> None:
        rows = self.rows.get(name or "", [])
        self.issues.append(ImportIssue(rows[0] if rows else None, name, code, message))

    def build(self, survey: Mapping[str, Any]) -> dict[str, Any]:
        self._collect_languages(survey)
        properties, required = self.convert_children(survey.get("children", []), "")
        title = self._title()
        document: dict[str, Any] = {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "type": "object",
            "x-form": {
                "form_id": self._form_id(survey),
                "title": {self.first_language: str(title)},
                "languages": self._language_list(),
                "conflict_policy": "manual",
            },
            "properties": properties,
            "required": required,
        }
        if self.fallback_labels:
            self.issue(
                None,
                "xlsform.label_fallback",
                f"{self.fallback_labels} labels lack '{self.first_language}' and use another "
                "language's text instead",
            )
        self._drop_unchecked_expressions(document)
        return document

    def _form_id(self, survey: Mapping[str, Any]) -> str:
        # pyxform's id_string falls back to 'data' when the settings sheet has no
        # form_id, so three different workbooks all became 'data': never read it.
        raw = _setting(self.settings, "form_id", "id_string")
        return slug(raw or PurePath(self.filename).stem, fallback="imported_form")

    def _title(self) -> str:
        # pyxform's title falls back to the form name ('data') too: read the sheet.
        title = _setting(self.settings, "form_title", "title")
        return title or PurePath(self.filename).stem.replace("_", " ").strip() or "Form"

    def _collect_languages(self, survey: Mapping[str, Any]) -> None:
        names: Counter[str] = Counter()
        self._count_languages(survey.get("children", []), names)
        default = str(self.settings.get("default_language", ""))
        for name, _ in names.most_common():
            code = language_code(name)
            if code is None and name != "default":
                self.issue(None, "xlsform.language_unknown", "a label language has no code")
            elif code is not None:
                self.languages[name] = code
        codes = list(dict.fromkeys(self.languages.values()))
        preferred = language_code(default) if default else None
        self.first_language = preferred or (codes[0] if codes else "es")
        # The unnamed 'label' column holds the form's main language.
        self.languages["default"] = self.first_language

    def _count_languages(self, children: list[Any], names: Counter[str]) -> None:
        for child in children:
            for key in ("label", "hint"):
                value = child.get(key)
                if isinstance(value, Mapping):
                    names.update(str(name) for name in value)
            for choice in child.get("choices") or []:
                if isinstance(choice, Mapping) and isinstance(choice.get("label"), Mapping):
                    names.update(str(name) for name in choice["label"])
            self._count_languages(child.get("children") or [], names)

    def _language_list(self) -> list[str]:
        return list(dict.fromkeys([self.first_language, *self.languages.values()]))

    def label(self, value: Any) -> dict[str, str] | None:
        if isinstance(value, str):
            return {self.first_language: value} if value.strip() else None
        if not isinstance(value, Mapping):
            return None
        label: dict[str, str] = {}
        for name, text in value.items():
            code = self.languages.get(str(name))
            if code and isinstance(text, str) and text.strip() and code not in label:
                label[code] = text
        if label and self.first_language not in label:
            self.fallback_labels += 1
            label = {self.first_language: next(iter(label.values())), **label}
        return label or None

    def unique_name(self, name: str, parent: str) -> str:
        candidate = name if NAME_PATTERN.match(name) and name not in RESERVED_NAMES else ""
        if candidate and candidate not in self.used_names:
            self.used_names.add(candidate)
            return candidate
        base = slug(f"{parent}_{name}" if parent else name, fallback="field")
        candidate, counter = base, 2
        while candidate in self.used_names:
            candidate, counter = f"{base}_{counter}", counter + 1
        self.used_names.add(candidate)
        self.issue(
            name,
            "xlsform.name_changed",
            f"renamed to '{candidate}': names must be unique in a Chasqui form",
        )
        return candidate

    def convert_children(
        self, children: list[Any], parent: str
    ) -> tuple[dict[str, Any], list[str]]:
        properties: dict[str, Any] = {}
        required: list[str] = []
        for child in children:
            if not isinstance(child, Mapping):
                continue
            converted = self._element(child, parent)
            if converted is None:
                continue
            name, schema, is_required_field = converted
            properties[name] = schema
            if is_required_field:
                required.append(name)
        return properties, required

    def _element(self, child: Mapping[str, Any], parent: str) -> tuple[str, Any, bool] | None:
        kind_name = str(child.get("type", ""))
        raw_name = str(child.get("name", ""))
        if kind_name == "group" and raw_name == "meta" and child.get("control", {}).get("bodyless"):
            self._report_meta(child)
            return None
        if kind_name in METADATA_TYPES:
            self.issue(raw_name, "xlsform.metadata_skipped", f"'{kind_name}' is device metadata")
            return None
        if kind_name in ("group", "repeat"):
            return convert_container(self, child, parent)
        if kind_name == "calculate":
            return convert_calculate(self, child, parent)
        if kind_name not in KINDS:
            self.issue(raw_name, "xlsform.unsupported_type", f"type '{kind_name}' is not supported")
            return None
        return convert_leaf(self, child, parent)

    def _report_meta(self, meta: Mapping[str, Any]) -> None:
        for child in meta.get("children") or []:
            name = str(child.get("name", ""))
            if name != "instanceID":
                self.issue(name, "xlsform.metadata_skipped", "meta fields become sync metadata")

    def expression(self, name: str, text: Any, what: str) -> str | None:
        if not isinstance(text, str) or not text.strip():
            return None
        translated = translate_expression(text, self_name=name)
        if translated is None:
            self.issue(name, "xlsform.expression_untranslatable", f"{what} could not be translated")
        return translated

    def privacy(
        self, name: str, column: Any, kind: str, *, label: str = ""
    ) -> tuple[str, dict[str, Any] | None, bool]:
        """The field's class, its rule, and whether the class was guessed (to confirm)."""
        if isinstance(column, str) and column.strip().lower() in PRIVACY_CLASSES:
            return column.strip().lower(), None, False
        if column not in (None, ""):
            self.issue(name, "xlsform.privacy_invalid", "the privacy column value is not a class")
        privacy, rule = guess_privacy(name, kind, label=label)
        if kind != "note":
            self.issue(
                name, "xlsform.privacy_guessed", f"x-privacy guessed as '{privacy}'; confirm"
            )
        return privacy, rule, kind != "note"

    def _drop_unchecked_expressions(self, document: dict[str, Any]) -> None:
        """Drop expressions check_form refuses (unknown fields), reporting each one."""
        for problem in check_form(document):
            parts = problem.pointer.split("/")
            if problem.code != "form.expression_invalid" or parts[-1] not in (
                "x-relevant",
                "x-constraint",
                "x-calculate",
            ):
                continue
            node: Any = document
            for part in parts[1:-1]:
                node = node[part]
            if node.pop(parts[-1], None) is not None:
                self.issue(
                    parts[-2], "xlsform.expression_dropped", f"{parts[-1]} {problem.message}"
                )


def _setting(settings: Mapping[str, Any], *keys: str) -> str:
    """The first non-blank value of the settings sheet among ``keys``."""
    for key in keys:
        value = settings.get(key)
        if value is not None and str(value).strip():
            return " ".join(str(value).split())
    return ""
