"""Answers that did not validate, and values a person types, are anonymized as free text."""

from __future__ import annotations

import json

import pytest

from forms.spec import FieldSpec, PrivacyRule
from privacy import KeyRing, ScrubContext, anonymize_submission
from privacy.generalize import DROPPED
from privacy.submission import anonymize_typed_answer

RING = KeyRing.single("k1", b"k" * 32)
CHOICE = FieldSpec(("village",), "none", PrivacyRule())
COUNT = FieldSpec(("staff",), "none", PrivacyRule())
KEPT = FieldSpec(("country",), "quasi", PrivacyRule(generalize="keep"))
AGE = FieldSpec(("age",), "quasi", PrivacyRule(generalize="age_band"))
STORY = FieldSpec(("story",), "free_text", PrivacyRule())
NAME = FieldSpec(("name",), "direct", PrivacyRule(entity="person"))
RELATION = FieldSpec(("members", "*", "relation"), "none", PrivacyRule())
SPECS = (CHOICE, COUNT, KEPT, AGE, STORY, NAME, RELATION)

UNTRUSTED = [
    ("village", "Teodora Ccanto", "/village"),
    ("village", "45871236", "/village"),
    ("staff", "+51 987 654 321", "/staff"),
    ("staff", 987654321, "/staff"),
    ("staff", {"nombre": "Teodora Ccanto"}, "/staff"),
    ("country", "Teodora Ccanto, DNI 45871236", "/country"),
    ("staff", ["Teodora Ccanto", 45871236], "/staff"),
]


@pytest.mark.parametrize(
    ("field", "value", "pointer"),
    UNTRUSTED,
    ids=[
        "name-in-a-choice",
        "dni-in-a-choice",
        "phone-in-a-number",
        "big-number-in-a-number",
        "object-in-a-number",
        "name-in-a-kept-quasi",
        "list-in-a-number",
    ],
)
def test_none_and_quasi_answers_that_did_not_validate_are_treated_as_free_text(
    field, value, pointer
):
    data = {field: value, "name": "Teodora Ccanto"}
    out = anonymize_submission(data, SPECS, keys=RING, untrusted={pointer}).data
    text = json.dumps(out, ensure_ascii=False)
    assert "Teodora" not in text
    assert "Ccanto" not in text
    assert "45871236" not in text
    assert "987" not in text


def test_only_what_did_not_validate_is_scrubbed():
    data = {"village": "Teodora", "members": [{"relation": "Teodora"}, {"relation": "hijo"}]}
    out = anonymize_submission(data, SPECS, keys=RING, untrusted={"/members/0/relation"}).data
    assert out["village"] == "Teodora"  # valid (by its form): a none field is kept
    assert out["members"][1]["relation"] == "hijo"
    assert "Teodora" not in out["members"][0]["relation"]


def test_a_problem_on_an_enclosing_object_covers_its_answers():
    data = {"members": [{"relation": "Teodora Ccanto"}]}
    out = anonymize_submission(data, SPECS, keys=RING, untrusted={"/members/0"}).data
    assert "Teodora" not in json.dumps(out)


TYPED = [
    (CHOICE, "manta", "manta"),
    (COUNT, 12, 12),
    (AGE, 47, "35-49"),
    (STORY, "Llamó Teodora Ccanto al 987 654 321.", None),
    (STORY, 987654321, DROPPED),
    (STORY, 42, 42),
    (STORY, ["Teodora Ccanto", 987654321], None),
    (STORY, {"nombre": "Teodora"}, DROPPED),
    (None, "Teodora Ccanto 45871236", None),
    (KEPT, {"_missing": "refused"}, {"_missing": "refused"}),
]


@pytest.mark.parametrize(
    ("spec", "value", "stored"),
    TYPED,
    ids=[
        "none-kept",
        "none-number-kept",
        "quasi-generalized",
        "free-text-scrubbed",
        "long-number-in-free-text-dropped",
        "short-number-in-free-text-kept",
        "list-in-free-text-scrubbed",
        "object-in-free-text-dropped",
        "no-field-scrubbed",
        "missing-marker",
    ],
)
def test_typed_values_are_anonymized_like_ingested_answers(spec, value, stored):
    out = anonymize_typed_answer(value, spec, ScrubContext())
    if stored is not None:
        assert out == stored
    text = json.dumps(out if out is not DROPPED else None, ensure_ascii=False)
    for planted in ("Teodora", "Ccanto", "987", "45871236"):
        assert planted not in text


def test_a_direct_identifier_cannot_be_typed():
    with pytest.raises(ValueError, match="direct"):
        anonymize_typed_answer("Teodora", NAME, ScrubContext())
