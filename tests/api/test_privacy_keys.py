"""Study keys over HTTP: rotation keeps old pseudonyms resolvable, destruction unlinks them."""

from __future__ import annotations

from sqlmodel import col, select

from accounts.keys import key_ring
from accounts.models import AuditEvent, Role
from privacy import pseudonym_candidates
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

NAME = "Juana Quispe Huamán"


def _setup(session):
    study = make_study(session, slug="demo")
    enumerator = make_member(session, study, Role.enumerator)
    make_published_form(session, study, "household", enumerator)
    _, device = make_device(session, study, enumerator)
    admin = make_token(session, make_member(session, study, Role.admin))
    supervisor = make_token(session, make_member(session, study, Role.supervisor))
    session.commit()
    return study, auth(device), auth(admin), auth(supervisor)


async def _push_household(client, tablet) -> None:
    response = await client.post(
        "/api/v1/sync/push",
        json=push_body(push_item("household", household_answers())),
        headers=tablet,
    )
    assert response.json()["results"][0]["outcome"] == "created"


def _respondent_pseudonyms(session) -> list[str]:
    return [
        row.data["respondent_name"]
        for row in session.exec(select(Submission).order_by(col(Submission.id)))
    ]


async def test_rotation_makes_new_pseudonyms_and_keeps_old_ones_resolvable(
    client, session, settings
):
    study, tablet, admin, _ = _setup(session)
    await _push_household(client, tablet)
    rotated = await client.post("/api/v1/studies/demo/keys/pseudonym/rotate", headers=admin)
    assert rotated.status_code == 201
    assert rotated.json()["key_id"] == "k2"
    await _push_household(client, tablet)

    old, new = _respondent_pseudonyms(session)
    assert old.startswith("ps1.k1.")
    assert new.startswith("ps1.k2.")
    ring = key_ring(
        session,
        study_id=study.id,
        purpose="pseudonym",
        secret=settings.secret_key.get_secret_value(),
    )
    candidates = pseudonym_candidates(NAME, ring)
    assert old in candidates
    assert new in candidates


async def test_destroyed_key_leaves_its_pseudonyms_unlinkable(client, session, settings):
    study, tablet, admin, _ = _setup(session)
    await _push_household(client, tablet)
    await client.post("/api/v1/studies/demo/keys/pseudonym/rotate", headers=admin)
    refused = await client.post(
        "/api/v1/studies/demo/keys/pseudonym/k1/destroy", json={"confirm": "wrong"}, headers=admin
    )
    assert refused.status_code == 422
    destroyed = await client.post(
        "/api/v1/studies/demo/keys/pseudonym/k1/destroy", json={"confirm": "demo"}, headers=admin
    )
    assert destroyed.status_code == 204

    (old,) = _respondent_pseudonyms(session)
    ring = key_ring(
        session,
        study_id=study.id,
        purpose="pseudonym",
        secret=settings.secret_key.get_secret_value(),
    )
    assert old not in pseudonym_candidates(NAME, ring)
    listed = (await client.get("/api/v1/studies/demo/keys", headers=admin)).json()
    assert {
        (k["key_id"], k["destroyed_at"] is not None) for k in listed if k["purpose"] == "pseudonym"
    } == {("k1", True), ("k2", False)}
    actions = session.exec(select(AuditEvent.action).where(AuditEvent.action.like("keys.%"))).all()
    assert sorted(actions) == ["keys.destroy", "keys.rotate"]


async def test_current_key_goes_last_and_then_the_study_accepts_nothing(client, session):
    _, tablet, admin, _ = _setup(session)
    await _push_household(client, tablet)
    await client.post("/api/v1/studies/demo/keys/pseudonym/rotate", headers=admin)
    early = await client.post(
        "/api/v1/studies/demo/keys/pseudonym/k2/destroy", json={"confirm": "demo"}, headers=admin
    )
    assert early.status_code == 409
    for key_id in ("k1", "k2"):
        done = await client.post(
            f"/api/v1/studies/demo/keys/pseudonym/{key_id}/destroy",
            json={"confirm": "demo"},
            headers=admin,
        )
        assert done.status_code == 204
    after = await client.post(
        "/api/v1/sync/push",
        json=push_body(push_item("household", household_answers())),
        headers=tablet,
    )
    assert after.status_code == 409
    assert after.json()["code"] == "privacy.keys_destroyed"


async def test_supervisor_cannot_manage_keys(client, session):
    _, _, _, supervisor = _setup(session)
    assert (
        await client.post("/api/v1/studies/demo/keys/pseudonym/rotate", headers=supervisor)
    ).status_code == 403


async def test_disclosure_risk_reports_small_groups(client, session):
    _, tablet, admin, _ = _setup(session)
    await _push_household(client, tablet)
    response = await client.get(
        "/api/v1/studies/demo/forms/household/disclosure-risk", headers=admin
    )
    assert response.status_code == 200
    views = {v["view"]: v for v in response.json()}
    assert views["respondent"]["records"] == 1
    assert views["respondent"]["is_k_anonymous"] is False
    assert views["respondent"]["records_at_risk"] == 1
    assert "/village" in views["respondent"]["quasi_identifiers"]
    assert views["members"]["records"] == len(household_answers()["members"])
    assert (
        session.exec(select(AuditEvent).where(AuditEvent.action == "data.read")).first() is not None
    )


async def test_uploaded_gazetteer_scrubs_names_and_is_stored_only_as_hashes(client, session):
    _, tablet, admin, _ = _setup(session)
    uploaded = await client.put(
        "/api/v1/studies/demo/gazetteer",
        json={"people": ["Celestino Arroyo Huayra"], "organizations": ["Kusi Sumaq"]},
        headers=admin,
    )
    assert uploaded.status_code == 200
    assert uploaded.json()["entries"] == 2
    data = household_answers() | {
        "future": "Arroyo dice que Kusi Sumaq trae semillas a la comunidad."
    }
    response = await client.post(
        "/api/v1/sync/push", json=push_body(push_item("household", data)), headers=tablet
    )
    assert response.json()["results"][0]["outcome"] == "created"
    session.commit()
    stored = session.exec(select(Submission)).one().data["future"]
    assert "Arroyo" not in stored
    assert "Kusi" not in stored
    assert "semillas" in stored
    from accounts.models import StudyGazetteer

    row = session.exec(select(StudyGazetteer)).one()
    assert "arroyo" not in str(row.hashes).lower()
    assert "kusi" not in str(row.hashes).lower()
