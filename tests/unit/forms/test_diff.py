"""diff_forms: compatible and breaking changes between form versions."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from forms.diff import diff_forms
from forms.schema import check_form, normalize_form
from tests.unit.forms.submissions import load_study_form

Doc = dict[str, Any]


def _props(document: Doc) -> Doc:
    return document["properties"]


def _members(document: Doc) -> Doc:
    return document["properties"]["members"]["items"]["properties"]


def _rename_in_x_form(d: Doc, old: str, new: str | None) -> None:
    """Keep sections and quasi_identifiers in step with a renamed or removed field."""
    x_form = d["x-form"]
    for section in x_form["sections"]:
        section["fields"] = [new or "" if f == old else f for f in section["fields"]]
        section["fields"] = [f for f in section["fields"] if f]
    quasi = []
    for path in x_form["quasi_identifiers"]:
        head, _, rest = path[1:].partition("/")
        if head != old:
            quasi.append(path)
        elif new is not None:
            quasi.append("/" + new + ("/" + rest if rest else ""))
    x_form["quasi_identifiers"] = quasi


def add_optional_field(d: Doc) -> None:
    _props(d)["remittance_use"] = {"type": "string", "x-privacy": "free_text"}


def add_choice(d: Doc) -> None:
    _props(d)["village"]["x-choices"].append({"value": "paucara", "label": {"es": "Paucara"}})


def remove_choice(d: Doc) -> None:
    _props(d)["village"]["x-choices"].pop()


def change_type(d: Doc) -> None:
    _members(d)["age"] = {**_members(d)["age"], "x-kind": "text", "type": "string"}
    del _members(d)["age"]["minimum"], _members(d)["age"]["maximum"]


def widen_integer(d: Doc) -> None:
    _props(d)["respondent_age"]["x-kind"] = "decimal"


def change_privacy(d: Doc) -> None:
    _props(d)["respondent_sex"]["x-privacy"] = "none"
    _rename_in_x_form(d, "respondent_sex", None)


def change_relevance(d: Doc) -> None:
    _props(d)["displaced_to"]["x-relevant"] = "${displaced} != 'no'"


def remove_field(d: Doc) -> None:
    del _props(d)["future"]
    _rename_in_x_form(d, "future", None)


def make_required(d: Doc) -> None:
    d["required"].append("future")


def rename_field(d: Doc) -> None:
    _props(d)["community"] = {**_props(d).pop("village"), "x-renamed-from": "village"}
    d["required"] = ["community" if n == "village" else n for n in d["required"]]
    _rename_in_x_form(d, "village", "community")


def rename_repeat(d: Doc) -> None:
    _props(d)["people"] = {**_props(d).pop("members"), "x-renamed-from": "members"}
    d["required"] = ["people" if n == "members" else n for n in d["required"]]
    _rename_in_x_form(d, "members", "people")


def repeat_to_group(d: Doc) -> None:
    members = _props(d)["members"]
    _props(d)["members"] = {**members["items"], "x-prompt": members["x-prompt"]}


CASES: list[tuple[str, Callable[[Doc], None], str, str, bool]] = [
    ("optional_field_added", add_optional_field, "/remittance_use", "field_added", False),
    ("choice_added", add_choice, "/village", "choice_added", False),
    ("choice_removed", remove_choice, "/village", "choice_removed", True),
    ("type_changed", change_type, "/members/*/age", "type_changed", True),
    ("integer_widened_to_decimal", widen_integer, "/respondent_age", "type_changed", False),
    ("privacy_changed", change_privacy, "/respondent_sex", "privacy_changed", True),
    ("relevance_changed", change_relevance, "/displaced_to", "relevance_changed", False),
    ("field_removed", remove_field, "/future", "field_removed", True),
    ("field_made_required", make_required, "/future", "required_added", True),
    ("field_renamed", rename_field, "/community", "field_renamed", False),
    ("repeat_became_group", repeat_to_group, "/members", "repeat_changed", True),
]


@pytest.mark.parametrize(
    ("mutate", "pointer", "change", "is_breaking"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_change_is_classified(mutate, pointer, change, is_breaking):
    old = load_study_form("household")
    new = copy.deepcopy(old)
    mutate(new)
    assert check_form(new) == [] or change == "repeat_changed"
    diff = diff_forms(old, new)
    found = [c for c in diff.changes if (c.pointer, c.change) == (pointer, change)]
    assert found, diff.changes
    assert found[0].is_breaking is is_breaking
    assert diff.is_allowed is not is_breaking


def test_identical_and_normalized_versions_have_no_changes():
    old = load_study_form("household")
    assert diff_forms(old, copy.deepcopy(old)).changes == ()
    assert diff_forms(old, normalize_form(old)).changes == ()
    assert diff_forms(normalize_form(old), old).changes == ()


def test_rename_keeps_children_matched_and_reports_old_path():
    old = load_study_form("household")
    new = copy.deepcopy(old)
    rename_repeat(new)
    diff = diff_forms(old, new)
    assert {c.change for c in diff.changes} == {"field_renamed"}
    assert diff.renames["/people"] == "/members"
    assert diff.renames["/people/*/episodes/*/months"] == "/members/*/episodes/*/months"
    assert diff.is_allowed


def test_stale_renamed_from_is_harmless():
    old = load_study_form("household")
    rename_field(old)
    new = copy.deepcopy(old)
    assert diff_forms(old, new).changes == ()


def test_breaking_change_declared_in_the_new_version_is_allowed():
    old = load_study_form("household")
    new = copy.deepcopy(old)
    remove_choice(new)
    new["x-form"]["declared_changes"] = [{"pointer": "/village", "change": "choice_removed"}]
    assert check_form(new) == []
    diff = diff_forms(old, new)
    assert diff.is_allowed
    assert diff.breaking[0].is_declared
    assert diff.undeclared == ()


def test_breaking_change_accepted_by_the_caller_is_allowed():
    old = load_study_form("household")
    new = copy.deepcopy(old)
    remove_field(new)
    assert not diff_forms(old, new).is_allowed
    assert diff_forms(old, new, accept=[("/future", "field_removed")]).is_allowed


def test_declaring_a_different_change_does_not_allow_this_one():
    old = load_study_form("household")
    new = copy.deepcopy(old)
    remove_field(new)
    diff = diff_forms(old, new, accept=[("/future", "type_changed")])
    assert [c.pointer for c in diff.undeclared] == ["/future"]


def test_changes_are_in_deterministic_order():
    old = load_study_form("household")
    new = copy.deepcopy(old)
    for mutate in (remove_field, add_choice, change_privacy, add_optional_field):
        mutate(new)
    first = diff_forms(old, new).changes
    assert first == diff_forms(old, normalize_form(new)).changes
    assert list(first) == sorted(first, key=lambda c: (c.pointer, c.change, c.detail))


def test_declared_changes_must_be_well_formed():
    document = load_study_form("ngo")
    document["x-form"]["declared_changes"] = [{"pointer": "/x", "change": "whatever"}]
    assert [p.code for p in check_form(document)] == ["form.declared_change_invalid"]
