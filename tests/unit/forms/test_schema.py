"""check_form, normalize_form and field_specs on the study's forms and small variations."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from forms.schema import check_form, field_specs, normalize_form
from forms.spec import EACH_ITEM, MISSING_KEY
from tests.unit.forms.submissions import load_study_form, minimal_form

STUDY_FORMS = ["household", "ngo", "community"]


@pytest.mark.parametrize("name", STUDY_FORMS, ids=STUDY_FORMS)
def test_study_form_passes_check_form(name):
    assert check_form(load_study_form(name)) == []


@pytest.mark.parametrize("name", STUDY_FORMS, ids=STUDY_FORMS)
def test_normalized_study_form_still_passes_check_form(name):
    assert check_form(normalize_form(load_study_form(name))) == []


@pytest.mark.parametrize("name", STUDY_FORMS, ids=STUDY_FORMS)
def test_normalize_is_idempotent_on_study_forms(name):
    once = normalize_form(load_study_form(name))
    assert normalize_form(once) == once
    assert json.dumps(normalize_form(once)) == json.dumps(once)  # same key order too


def test_normalize_does_not_mutate_its_input():
    document = load_study_form("household")
    before = copy.deepcopy(document)
    normalize_form(document)
    assert document == before


def test_minimal_form_is_valid():
    assert check_form(minimal_form()) == []


def _set(document: dict[str, Any], path: str, value: Any) -> None:
    *parents, last = path.strip("/").split("/")
    node = document
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node[part]
    if value is _DELETE:
        del node[last]
    else:
        node[last] = value


_DELETE = object()
BROKEN = [
    ("privacy_missing", "/properties/age/x-privacy", _DELETE, "form.privacy_missing"),
    ("privacy_unknown", "/properties/age/x-privacy", "secret", "form.privacy_unknown"),
    (
        "rule_for_wrong_class",
        "/properties/age/x-privacy-rule",
        {"action": "drop"},
        "form.privacy_rule_invalid",
    ),
    (
        "bands_not_increasing",
        "/properties/age/x-privacy-rule",
        {"generalize": "age_band", "bands": [0, 30, 15]},
        "form.privacy_rule_invalid",
    ),
    ("unknown_annotation", "/properties/age/x-privcy", "none", "form.annotation_unknown"),
    ("unknown_root_annotation", "/x-study", {}, "form.annotation_unknown"),
    ("schema_invalid", "/properties/age/type", "integre", "form.schema_invalid"),
    ("root_not_object", "/type", "array", "form.root_not_object"),
    ("x_form_missing", "/x-form", _DELETE, "form.x_form_missing"),
    ("form_id_invalid", "/x-form/form_id", "Mini Form", "form.form_id_invalid"),
    ("languages_invalid", "/x-form/languages", [], "form.languages_invalid"),
    ("conflict_policy", "/x-form/conflict_policy", "newest", "form.conflict_policy_invalid"),
    ("relevant_syntax", "/properties/age/x-relevant", "${village} ==", "form.expression_invalid"),
    (
        "relevant_unknown_field",
        "/properties/age/x-relevant",
        "${villa} = 'manta'",
        "form.expression_invalid",
    ),
    (
        "relevant_reads_repeat_item_from_top",
        "/properties/age/x-relevant",
        "answered(${name})",
        "form.expression_invalid",
    ),
    (
        "count_of_leaf",
        "/properties/age/x-relevant",
        "count(${village}) > 1",
        "form.expression_invalid",
    ),
    (
        "choice_mismatch",
        "/properties/village/enum",
        ["manta", "lima"],
        "form.choice_mismatch",
    ),
    (
        "choice_duplicate",
        "/properties/village/x-choices/1/value",
        "manta",
        "form.choice_invalid",
    ),
    (
        "label_language_undeclared",
        "/properties/village/x-prompt",
        {"es": "Comunidad", "fr": "Communauté"},
        "form.label_invalid",
    ),
    (
        "label_without_first_language",
        "/properties/village/x-prompt",
        {"en": "Village"},
        "form.label_invalid",
    ),
    (
        "repeat_item_id_not_string",
        "/properties/people/items/properties/_item_id",
        {"type": "integer"},
        "form.repeat_item_id",
    ),
    (
        "array_of_strings_without_choices",
        "/properties/tags",
        {"type": "array", "items": {"type": "string"}, "x-privacy": "none"},
        "form.repeat_items_not_object",
    ),
    ("kind_unknown", "/properties/age/x-kind", "slider", "form.kind_unknown"),
    ("kind_mismatch", "/properties/age/x-kind", "date", "form.kind_mismatch"),
    ("ref_elsewhere", "/properties/other", {"$ref": "#/$defs/thing"}, "form.ref_unsupported"),
    ("required_unknown", "/required", ["village", "vilage"], "form.required_unknown"),
    ("privacy_on_group", "/properties/people/x-privacy", "none", "form.annotation_misplaced"),
    (
        "quasi_identifier_not_quasi",
        "/x-form/quasi_identifiers",
        ["/people/*/name"],
        "form.quasi_identifier_invalid",
    ),
    (
        "section_unknown_field",
        "/x-form/sections",
        [{"name": "a", "fields": ["nope"]}],
        "form.section_invalid",
    ),
    (
        "section_field_is_an_object",
        "/x-form/sections",
        [{"name": "a", "fields": [{"name": "village"}]}],
        "form.section_invalid",
    ),
    (
        "quasi_identifier_is_an_object",
        "/x-form/quasi_identifiers",
        [{"path": "/age"}],
        "form.quasi_identifier_invalid",
    ),
    (
        "reserved_name",
        "/properties/_missing",
        {"type": "string", "x-privacy": "none"},
        "form.name_invalid",
    ),
    (
        "duplicate_across_repeat",
        "/properties/people/items/properties/age",
        {"type": "integer", "x-privacy": "quasi"},
        "form.duplicate_field",
    ),
]


@pytest.mark.parametrize(
    ("path", "value", "code"), [case[1:] for case in BROKEN], ids=[case[0] for case in BROKEN]
)
def test_check_form_reports_problem_with_pointer(path, value, code):
    document = minimal_form()
    _set(document, path, value)
    problems = check_form(document)
    assert code in {problem.code for problem in problems}, problems
    assert all(problem.pointer == "" or problem.pointer.startswith("/") for problem in problems)


def test_check_form_reports_every_problem_not_just_the_first():
    document = minimal_form()
    del document["properties"]["age"]["x-privacy"]
    document["properties"]["village"]["x-relevant"] = "${nope} = 1"
    codes = [problem.code for problem in check_form(document)]
    assert codes.count("form.privacy_missing") == 1
    assert "form.expression_invalid" in codes


def test_problem_points_at_the_nested_field():
    document = minimal_form()
    del document["properties"]["people"]["items"]["properties"]["name"]["x-privacy"]
    (problem,) = check_form(document)
    assert problem.pointer == "/properties/people/items/properties/name/x-privacy"


@pytest.mark.parametrize("document", [None, [], "form", 3], ids=["none", "list", "str", "int"])
def test_check_form_refuses_non_objects(document):
    assert [p.code for p in check_form(document)] == ["form.not_an_object"]


def test_field_specs_lists_leaves_in_interview_order_with_repeat_paths():
    paths = [spec.path for spec in field_specs(load_study_form("household"))]
    assert paths[:2] == [("consent",), ("village",)]
    assert ("members", EACH_ITEM, "member_name") in paths
    assert ("members", EACH_ITEM, "episodes", EACH_ITEM, "months") in paths
    assert paths.index(("members", EACH_ITEM, "age")) < paths.index(("displaced",))


def test_field_specs_carry_privacy_rules_kinds_and_quasi_keys():
    specs = {spec.pointer: spec for spec in field_specs(load_study_form("household"))}
    name = specs["/members/*/member_name"]
    assert (name.privacy, name.rule.action, name.rule.entity) == ("direct", "drop", "person")
    respondent = specs["/respondent_name"]
    assert (respondent.rule.action, respondent.rule.entity) == ("pseudonymize", "person")
    age = specs["/members/*/age"]
    assert (age.privacy, age.rule.generalize, age.is_quasi_key) == ("quasi", "age_band", True)
    assert age.rule.bands == (0, 12, 15, 25, 35, 50, 65)
    assert specs["/members/*/episodes/*/months"].kind == "select_multiple"
    assert specs["/interview_date"].kind == "date"
    assert specs["/migration_impact"].privacy == "free_text"


@pytest.mark.parametrize("name", STUDY_FORMS, ids=STUDY_FORMS)
def test_field_specs_are_the_same_for_authored_and_normalized_forms(name):
    document = load_study_form(name)
    assert field_specs(document) == field_specs(normalize_form(document))


def test_ngo_name_is_a_pseudonymized_organization():
    specs = {spec.pointer: spec for spec in field_specs(load_study_form("ngo"))}
    assert specs["/ngo_name"].rule.entity == "organization"


def test_normalized_optional_leaf_accepts_missing_marker_and_keeps_annotations_outside():
    normalized = normalize_form(minimal_form())
    age = normalized["properties"]["age"]
    assert age["anyOf"][1] == {"$ref": "#/$defs/missing"}
    assert age["x-privacy"] == "quasi"
    assert "x-privacy" not in age["anyOf"][0]
    assert normalized["$defs"]["missing"]["required"] == [MISSING_KEY]


def test_normalize_adds_item_id_and_closes_objects():
    normalized = normalize_form(minimal_form())
    items = normalized["properties"]["people"]["items"]
    assert items["properties"]["_item_id"] == {"minLength": 1, "type": "string"}
    assert "_item_id" in items["required"]
    assert items["additionalProperties"] is False
    assert normalized["additionalProperties"] is False


def test_normalize_keeps_required_leaf_unwrapped_and_derives_enum():
    village = normalize_form(minimal_form())["properties"]["village"]
    assert "anyOf" not in village
    assert village["enum"] == ["manta", "chanquil"]


def test_x_order_keeps_interview_order_after_keys_are_sorted():
    document = minimal_form()
    order = [name for name, _ in document["properties"].items()]
    normalized = normalize_form(document)
    assert [spec.path[0] for spec in field_specs(normalized)] == [
        name for name in order if name != "people"
    ] + ["people"]


names = st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True)
leaf_schemas = st.sampled_from(
    [
        {"type": "integer", "x-privacy": "quasi"},
        {"type": "string", "x-privacy": "free_text", "maxLength": 50},
        {"type": "number", "x-privacy": "none"},
        {"type": "boolean", "x-privacy": "none"},
        {"type": "string", "format": "date", "x-privacy": "quasi"},
        {"x-kind": "geopoint", "x-privacy": "quasi"},
        {"x-privacy": "none", "x-choices": [{"value": "a", "label": {"es": "A"}}]},
        {
            "x-privacy": "none",
            "x-kind": "select_multiple",
            "x-choices": [{"value": "b", "label": {"es": "B"}}],
        },
    ]
)


@st.composite
def forms_strategy(draw):
    leaves = draw(st.dictionaries(names, leaf_schemas, min_size=1, max_size=6))
    item_leaves = draw(st.dictionaries(names, leaf_schemas, max_size=4))
    item_leaves = {f"r_{k}": v for k, v in item_leaves.items()}
    properties = dict(leaves)
    if item_leaves:
        properties["roster"] = {
            "type": "array",
            "items": {"type": "object", "properties": item_leaves},
        }
    required = draw(st.lists(st.sampled_from(sorted(leaves)), unique=True))
    return {
        "type": "object",
        "x-form": {"form_id": "gen", "languages": ["es"]},
        "properties": properties,
        "required": required,
    }


@settings(max_examples=60, deadline=None)
@given(forms_strategy())
def test_normalize_is_idempotent_and_valid_on_generated_forms(document):
    assert check_form(document) == []
    once = normalize_form(document)
    assert normalize_form(once) == once
    assert check_form(once) == []
    assert field_specs(once) == field_specs(document)
