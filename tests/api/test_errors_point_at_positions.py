"""Errors name positions in what was sent, never the values (plan, publish, resolve)."""

from __future__ import annotations

import copy

import pytest

from accounts.models import Community, Role
from forms.demo_study import read_study_file
from forms.diff import diff_forms
from tests.factories import auth, make_member, make_study, make_token

NAME = "Teodora Ccanto"


@pytest.fixture
def supervisor(session):
    study = make_study(session, slug="demo")
    session.add(Community(study_id=study.id, slug="manta", name="Manta"))
    make_member(session, study, Role.enumerator, "ana")
    token = make_token(session, make_member(session, study, Role.supervisor, "sup"))
    session.commit()
    return auth(token)


PLANS = [
    ({"targets": [{"form_id": NAME, "village": None, "target": 1}]}, "/targets/0"),
    (
        {"targets": [], "assignments": [{"username": "ana", "villages": ["manta", NAME]}]},
        "/assignments/0",
    ),
    ({"targets": [], "assignments": [{"username": NAME, "villages": []}]}, "/assignments/0"),
]


@pytest.mark.parametrize(
    ("plan", "pointer"), PLANS, ids=["unknown-form", "unknown-community", "unknown-person"]
)
async def test_a_plan_naming_what_the_study_lacks_is_refused_by_position(
    client, supervisor, plan, pointer
):
    response = await client.put("/api/v1/studies/demo/plan", json=plan, headers=supervisor)
    assert 400 <= response.status_code < 500
    assert "Teodora" not in response.text
    assert response.json()["pointer"] == pointer


def test_a_publish_diff_names_choices_by_position_not_value():
    old = read_study_file("household.json")
    new = copy.deepcopy(old)
    choices = new["properties"]["village"]["x-choices"]
    removed = choices.pop(0)["value"]
    choices.append({"value": "teodora_ccanto", "label": {"es": NAME}})
    details = [c.detail for c in diff_forms(old, new).changes]
    assert "the choice at position 0 of the previous version was removed" in details
    assert any(d.startswith("a choice was added at position") for d in details)
    assert not any(removed in d or "teodora" in d for d in details)
