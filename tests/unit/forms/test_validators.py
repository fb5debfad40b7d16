"""Compiled validators: realistic submissions pass, broken ones are refused with pointers."""

from __future__ import annotations

import json
import threading
from typing import Any

import pytest

from forms import validators
from forms.validators import FormValidator, clear_validator_cache, get_validator
from tests.unit.forms.submissions import (
    community_answers,
    household_answers,
    load_study_form,
    ngo_answers,
)

SUBMISSIONS = [
    ("household", household_answers),
    ("ngo", ngo_answers),
    ("community", community_answers),
]


@pytest.fixture(scope="module")
def household() -> FormValidator:
    return FormValidator(load_study_form("household"))


@pytest.mark.parametrize(("name", "make"), SUBMISSIONS, ids=[name for name, _ in SUBMISSIONS])
def test_realistic_submission_is_valid(name, make):
    validator = FormValidator(load_study_form(name))
    assert validator.validation_errors(make()) == []
    assert validator.validation_warnings(make()) == []


def _mutate(answers: dict[str, Any], path: str, value: Any) -> None:
    *parents, last = path.strip("/").split("/")
    node: Any = answers
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node[part]
    if value is _DELETE:
        del node[last]
    elif isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value


_DELETE = object()
BROKEN = [
    ("required_absent", "/village", _DELETE, "/village", "answer.required"),
    ("unknown_choice", "/village", "Juliaca", "/village", "answer.choice_unknown"),
    ("wrong_type", "/respondent_age", "cuarenta", "/respondent_age", "answer.type"),
    ("out_of_range", "/members/1/age", 130, "/members/1/age", "answer.out_of_range"),
    ("bad_date", "/interview_date", "14/07/2005", "/interview_date", "answer.format"),
    (
        "unknown_field",
        "/members/0/nickname",
        "Juanita",
        "/members/0/nickname",
        "answer.unknown_field",
    ),
    ("item_id_absent", "/members/2/_item_id", _DELETE, "/members/2/_item_id", "answer.required"),
    (
        "nested_repeat_unknown_choice",
        "/members/1/episodes/0/destination",
        "Marte",
        "/members/1/episodes/0/destination",
        "answer.choice_unknown",
    ),
    (
        "duplicate_month",
        "/members/1/episodes/0/months",
        ["01", "01"],
        "/members/1/episodes/0/months",
        "answer.duplicate_choice",
    ),
    ("bad_marker", "/future", {"_missing": "maybe"}, "/future", "answer.missing_marker"),
    (
        "marker_on_required_field",
        "/village",
        {"_missing": "refused"},
        "/village",
        "answer.type",
    ),
    ("phone_pattern", "/respondent_phone", "call me", "/respondent_phone", "answer.pattern"),
    ("constraint", "/consent", False, "/consent", "answer.constraint"),
    (
        "nothing_and_money",
        "/members/1/episodes/0/sends_home",
        ["nada", "dinero"],
        "/members/1/episodes/0/sends_home",
        "answer.constraint",
    ),
    ("empty_roster", "/members", [], "/members", "answer.too_few_items"),
    ("too_long_name", "/respondent_name", "x" * 500, "/respondent_name", "answer.too_long"),
]


@pytest.mark.parametrize(
    ("path", "value", "pointer", "code"),
    [case[1:] for case in BROKEN],
    ids=[case[0] for case in BROKEN],
)
def test_broken_submission_is_refused_with_pointer(household, path, value, pointer, code):
    answers = household_answers()
    _mutate(answers, path, value)
    problems = household.validation_errors(answers)
    assert (pointer, code) in {(p.pointer, p.code) for p in problems}, problems


@pytest.mark.parametrize(
    "secret",
    ["Juana Quispe Huamán", "+51 964 000 111", "DNI 40123456"],
    ids=["name", "phone", "national_id"],
)
def test_messages_never_echo_answer_values(household, secret):
    answers = household_answers()
    answers["respondent_age"] = secret
    answers["village"] = secret
    answers["members"][0]["age"] = secret
    answers["members"][0][secret] = 1
    answers["future"] = {"_missing": secret}
    answers["interview_date"] = secret
    problems = household.validation_errors(answers)
    assert len(problems) >= 5
    for problem in problems:
        assert secret not in problem.message


def test_duplicate_item_ids_in_a_repeat_are_refused(household):
    answers = household_answers()
    answers["members"][2]["_item_id"] = answers["members"][1]["_item_id"]
    (problem,) = household.validation_errors(answers)
    assert (problem.pointer, problem.code) == ("/members/2/_item_id", "answer.duplicate_item_id")


def test_answer_to_irrelevant_question_is_a_warning_not_an_error(household):
    answers = household_answers()
    answers["members"][0]["episodes"] = []  # has_migrated is false for this member
    answers["members"][1]["episodes"][0]["country"] = "Chile"  # destination is Lima
    assert household.validation_errors(answers) == []
    warnings = household.validation_warnings(answers)
    assert {(w.pointer, w.code, w.severity) for w in warnings} == {
        ("/members/0/episodes", "answer.not_relevant", "warning"),
        ("/members/1/episodes/0/country", "answer.not_relevant", "warning"),
    }


def test_constraint_is_not_checked_on_missing_markers(household):
    answers = household_answers()
    answers["members"][1]["age"] = 24
    answers["respondent_age"] = {"_missing": "refused"}
    assert household.validation_errors(answers) == []


@pytest.mark.parametrize("data", [None, [], "x", 3], ids=["none", "list", "string", "int"])
def test_non_object_answers_are_refused_without_crashing(household, data):
    (problem,) = household.validation_errors(data)
    assert (problem.pointer, problem.code) == ("", "answer.type")


def test_validator_is_compiled_once_per_form_version(monkeypatch):
    clear_validator_cache()
    compiled: list[int] = []
    real = validators.FormValidator

    class Counting(real):  # type: ignore[misc, valid-type]
        def __init__(self, document):
            compiled.append(1)
            super().__init__(document)

    monkeypatch.setattr(validators, "FormValidator", Counting)
    document = load_study_form("ngo")
    first = get_validator("ngo", 1, document)
    assert get_validator("ngo", 1, document) is first
    assert get_validator("ngo", "1", document) is first
    assert get_validator("ngo", 2, document) is not first
    assert len(compiled) == 2
    clear_validator_cache()


def test_validator_cache_is_bounded(monkeypatch):
    clear_validator_cache()
    monkeypatch.setattr(validators, "_CACHE_SIZE", 3)
    document = load_study_form("community")
    first = get_validator("community", 0, document)
    for version in range(1, 4):
        get_validator("community", version, document)
    assert len(validators._cache) == 3
    assert get_validator("community", 0, document) is not first
    clear_validator_cache()


def test_validator_cache_is_safe_across_threads():
    clear_validator_cache()
    document = load_study_form("household")
    results: list[FormValidator] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            validator = get_validator("household", 7, document)
            assert validator.validation_errors(household_answers()) == []
            results.append(validator)
        except BaseException as error:  # collected and re-raised in the main thread
            errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len({id(v) for v in results}) == 1
    clear_validator_cache()


def test_validator_accepts_an_already_normalized_document():
    from forms.schema import normalize_form

    validator = FormValidator(normalize_form(load_study_form("household")))
    assert validator.validation_errors(json.loads(json.dumps(household_answers()))) == []


@pytest.mark.parametrize(
    ("path", "value"), [case[1:3] for case in BROKEN], ids=[case[0] for case in BROKEN]
)
def test_is_valid_agrees_with_the_detailed_errors(household, path, value):
    answers = household_answers()
    assert household.is_valid(answers)
    _mutate(answers, path, value)
    assert not household.is_valid(answers)
    assert household.validation_errors(answers)


def test_items_without_ids_are_not_reported_as_duplicates(household):
    answers = household_answers()
    for member in answers["members"][:2]:
        del member["_item_id"]
    problems = household.validation_errors(answers)
    assert {(p.pointer, p.code) for p in problems} == {
        ("/members/0/_item_id", "answer.required"),
        ("/members/1/_item_id", "answer.required"),
    }


def test_constraint_and_relevance_apply_in_every_repeat_item(household):
    answers = household_answers()
    answers["members"][2]["age"] = 111  # above the x-constraint, within the schema's maximum
    answers["members"][0]["episodes"] = []
    problems = household.validation_errors(answers)
    assert [(p.pointer, p.code) for p in problems] == [("/members/2/age", "answer.constraint")]
    warnings = household.validation_warnings(answers)
    assert [(w.pointer, w.code) for w in warnings] == [
        ("/members/0/episodes", "answer.not_relevant")
    ]
