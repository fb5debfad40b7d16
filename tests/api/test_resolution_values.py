"""Values typed into a conflict resolution: they must fit the field and are anonymized."""

from __future__ import annotations

import pytest
from sqlmodel import select

from accounts.models import Role
from sync.models import Submission
from tests.factories import (
    auth,
    make_device,
    make_member,
    make_published_form,
    make_study,
    make_token,
    push_body,
    push_item,
)
from tests.unit.forms.submissions import household_answers


@pytest.fixture
async def conflict_url(client, session):
    study = make_study(session, slug="demo")
    ana = make_member(session, study, Role.enumerator, "ana")
    make_published_form(session, study, "household", ana)
    _, token = make_device(session, study, ana)
    supervisor = auth(make_token(session, make_member(session, study, Role.supervisor, "sup")))
    session.commit()
    tablet = auth(token)
    item = push_item("household", household_answers())
    sent = await client.post("/api/v1/sync/push", json=push_body(item), headers=tablet)
    rev = sent.json()["results"][0]["rev"]
    for land, age, story in ((1.5, 30, "Se fue."), (2.5, 70, "Se quedó.")):
        data = household_answers() | {"land_held_ha": land, "respondent_age": age}
        data["future"] = story
        edit = item | {"base_rev": rev, "data": data}
        await client.post("/api/v1/sync/push", json=push_body(edit), headers=tablet)
    (conflict,) = (await client.get("/api/v1/studies/demo/conflicts", headers=supervisor)).json()
    assert {f["pointer"] for f in conflict["fields"]} == {
        "/land_held_ha",
        "/respondent_age",
        "/future",
    }
    url = f"/api/v1/studies/demo/conflicts/{conflict['conflict_id']}/resolve"
    return url, supervisor


SIDES = {"/land_held_ha": "ours", "/respondent_age": "ours", "/future": "ours"}

REFUSED = [
    ({"/land_held_ha": {"value": "Teodora Ccanto"}}, 0),
    ({"/land_held_ha": {"value": [987654321]}}, 0),
    ({"/future": {"value": 987654321}}, 2),
    ({"/future": {"value": ["Teodora Ccanto"]}}, 2),
    ({"/respondent_age": {"value": "Teodora"}}, 1),
    ({"/respondent_age": {"value": 45871236}}, 1),  # above the field's maximum
    ({"/respondent_name": {"value": "Teodora"}}, None),  # not in conflict
]


@pytest.mark.parametrize(
    ("typed", "position"),
    REFUSED,
    ids=[
        "name-in-a-number",
        "list-in-a-number",
        "number-in-free-text",
        "list-in-free-text",
        "name-in-an-age",
        "dni-in-an-age",
        "a-field-not-in-conflict",
    ],
)
async def test_a_typed_value_that_does_not_fit_its_field_is_refused_by_position(
    client, conflict_url, typed, position
):
    url, supervisor = conflict_url
    answer = await client.post(url, json={"choices": SIDES | typed}, headers=supervisor)
    assert answer.status_code == 422
    for sent in ("Teodora", "Ccanto", "987654321", "45871236", "respondent_name"):
        assert sent not in answer.text
    body = answer.json()
    if position is None:
        assert body["choices"] == [3]
    else:
        assert body["choice"] == position


async def test_typed_values_are_anonymized_like_ingested_answers(client, session, conflict_url):
    url, supervisor = conflict_url
    typed = {
        "/land_held_ha": {"value": 2.0},
        "/respondent_age": {"value": 41},
        "/future": {"value": "Teodora Ccanto llamó al 987 654 321."},
    }
    answer = await client.post(url, json={"choices": typed}, headers=supervisor)
    assert answer.status_code == 200, answer.text
    session.commit()
    data = session.exec(select(Submission)).one().data
    assert data["land_held_ha"] == 2.0
    assert data["respondent_age"] == "35-49"  # generalized as the age band of ingest
    assert "Teodora" not in data["future"]
    assert "987" not in data["future"]
