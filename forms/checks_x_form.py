"""Pure: checks of the top-level ``x-form`` annotation behind `forms.schema.check_form`.

Sections, quasi-identifiers, declared changes and the form's own labels; each
function returns problems instead of raising, so one pass reports all of them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Final

from forms.labels import label_problems
from forms.spec import CONFLICT_POLICIES, FormProblem
from forms.tree import join_pointer, walk_nodes

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
                label_problems(x_form[key], join_pointer("/x-form", key), languages_tuple)
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
            problems.extend(label_problems(section["title"], here + "/title", languages))
        fields = section.get("fields")
        if not isinstance(fields, list):
            problems.append(FormProblem(here, "form.section_invalid", "fields must be a list"))
            continue
        for position, name in enumerate(fields):
            at = join_pointer(here, "fields", position)
            if not isinstance(name, str) or name not in top_level:  # a JSON object is unhashable
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
        if not isinstance(path, str) or path not in quasi  # a JSON object is unhashable
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
