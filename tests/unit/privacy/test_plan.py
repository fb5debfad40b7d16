"""The planned walk gives exactly what the full walk gives, for answers that validate."""

from __future__ import annotations

import copy

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from forms.schema import field_specs, normalize_form
from forms.validators import FormValidator
from privacy import KeyRing, anonymize_submission
from privacy.plan import anonymize_planned, compile_plan
from tests.unit.forms.submissions import (
    community_answers,
    household_answers,
    load_study_form,
    ngo_answers,
)

KEYS = KeyRing.single("k1", b"k" * 32)
CASES = [("household", household_answers), ("ngo", ngo_answers), ("community", community_answers)]
TEXTS = st.sampled_from(
    [
        "Mi hijo Rubén se fue a Lima; llamar al 964 123 456.",
        "Juana dice que la ONG Kusi Warma ayudó con semillas.",
        "Vive en Jr. Los Andes 345, Huancayo. DNI 45871236.",
        "Nada más que decir.",
        "",
    ]
)


@pytest.mark.parametrize(("name", "answers"), CASES, ids=[c[0] for c in CASES])
def test_planned_walk_equals_full_walk_on_study_forms(name, answers):
    document = normalize_form(load_study_form(name))
    specs = field_specs(document)
    data = answers()
    assert FormValidator(document).is_valid(data)
    full = anonymize_submission(data, specs, keys=KEYS)
    planned = anonymize_planned(data, compile_plan(specs), keys=KEYS)
    assert planned.data == full.data
    assert planned.pseudonyms == full.pseudonyms
    assert planned.counts == full.counts
    assert data == answers()  # the input is untouched


@settings(max_examples=60, deadline=None)
@given(
    story=TEXTS,
    impact=TEXTS,
    work=TEXTS,
    name=st.sampled_from(["Eusebio Mamani", "Rosa", "Teodora Ccanto"]),
)
def test_planned_walk_equals_full_walk_with_varied_text(story, impact, work, name):
    document = normalize_form(load_study_form("household"))
    specs = field_specs(document)
    data = copy.deepcopy(household_answers())
    data["displacement_story"], data["migration_impact"] = story, impact
    data["members"][1]["member_name"] = name
    for member in data["members"]:
        for episode in member.get("episodes", []):
            episode["work_done"] = work
    full = anonymize_submission(data, specs, keys=KEYS)
    planned = anonymize_planned(data, compile_plan(specs), keys=KEYS)
    assert planned.data == full.data
    assert planned.counts == full.counts
