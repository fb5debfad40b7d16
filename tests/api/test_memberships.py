"""Membership changes reach the tablets, and membership routes reveal nothing outside the study."""

from __future__ import annotations

import pytest
from sqlmodel import select

from accounts.models import AuditEvent, Device, EnrollmentCode, Membership, Role
from tests.factories import auth, make_device, make_member, make_study, make_token, make_user


def _study_with_a_tablet(session):
    study = make_study(session, slug="demo")
    enumerator = make_member(session, study, Role.enumerator, "enum")
    admin = make_token(session, make_member(session, study, Role.admin, "pi"))
    supervisor = make_token(session, make_member(session, study, Role.supervisor, "sup"))
    _, tablet = make_device(session, study, enumerator)
    session.commit()
    return study, enumerator, auth(admin), auth(supervisor), auth(tablet)


async def test_removing_an_enumerator_stops_their_tablet_at_once(client, session):
    _, enumerator, admin, _, tablet = _study_with_a_tablet(session)
    assert (await client.get("/api/v1/devices/me", headers=tablet)).status_code == 200
    removed = await client.delete("/api/v1/studies/demo/members/enum", headers=admin)
    assert removed.status_code == 204
    after = await client.get("/api/v1/devices/me", headers=tablet)
    assert after.status_code == 401
    assert after.headers["content-type"] == "application/problem+json"
    assert after.json()["code"] == "auth.unauthenticated"
    assert after.json()["reason"] == "device_revoked"
    session.expire_all()
    assert session.exec(select(Device)).one().revoked_at is not None
    event = session.exec(select(AuditEvent).where(AuditEvent.action == "member.remove")).one()
    assert event.detail == {"devices_revoked": 1}
    assert event.target_id == str(enumerator.id)


async def test_a_role_change_away_from_enumerator_stops_their_tablet(client, session):
    *_, admin, _, tablet = _study_with_a_tablet(session)
    changed = await client.put(
        "/api/v1/studies/demo/members",
        json={"username": "enum", "role": "supervisor"},
        headers=admin,
    )
    assert changed.status_code == 200
    after = await client.get("/api/v1/devices/me", headers=tablet)
    assert after.status_code == 401
    assert after.json()["code"] == "auth.unauthenticated"


async def test_a_tablet_works_only_while_its_person_is_an_enumerator(client, session):
    # The membership row goes some other way than the API (a script, a cascade):
    # the tablet is still refused, with its own reason.
    study, enumerator, *_, tablet = _study_with_a_tablet(session)
    membership = session.exec(
        select(Membership).where(
            Membership.study_id == study.id, Membership.user_id == enumerator.id
        )
    ).one()
    session.delete(membership)
    session.commit()
    after = await client.get("/api/v1/devices/me", headers=tablet)
    assert after.status_code == 401
    assert after.json()["reason"] == "membership_ended"


async def test_removal_voids_unused_enrollment_codes(client, session):
    *_, admin, supervisor, _ = _study_with_a_tablet(session)
    issued = await client.post(
        "/api/v1/studies/demo/enrollment-codes", json={"enumerator": "enum"}, headers=supervisor
    )
    assert issued.status_code == 201
    await client.delete("/api/v1/studies/demo/members/enum", headers=admin)
    enrolled = await client.post(
        "/api/v1/devices/enroll", json={"code": issued.json()["code"], "device_label": "t"}
    )
    assert enrolled.status_code == 400
    session.expire_all()
    unused = [c for c in session.exec(select(EnrollmentCode)) if c.used_at is None]
    assert unused
    assert all(c.expires_at < issued_expiry(issued) for c in unused)


def issued_expiry(response):
    from datetime import datetime

    return datetime.fromisoformat(response.json()["expires_at"])


@pytest.mark.parametrize("who", ["supervisor", "admin"])
async def test_an_outsider_and_an_unknown_name_get_the_same_answer(client, session, who):
    _, _, admin, supervisor, _ = _study_with_a_tablet(session)
    other = make_study(session, slug="other")
    make_member(session, other, Role.enumerator, "outsider")
    make_user(session, "loner")  # in no study at all
    session.commit()
    headers = {"supervisor": supervisor, "admin": admin}[who]
    answers = []
    for name in ("outsider", "loner", "nobody-by-this-name"):
        response = await client.post(
            "/api/v1/studies/demo/enrollment-codes", json={"enumerator": name}, headers=headers
        )
        answers.append((response.status_code, response.json()))
    assert answers[0] == answers[1] == answers[2]
    assert answers[0][0] == 404
    assert "outsider" not in str(answers[0][1])


async def test_removing_a_non_member_is_the_same_404_as_an_unknown_name(client, session):
    *_, admin, _, _ = _study_with_a_tablet(session)
    make_member(session, make_study(session, slug="other"), Role.enumerator, "outsider")
    session.commit()
    outsider = await client.delete("/api/v1/studies/demo/members/outsider", headers=admin)
    unknown = await client.delete("/api/v1/studies/demo/members/nobody", headers=admin)
    assert outsider.status_code == unknown.status_code == 404
    assert outsider.json() == unknown.json()


async def test_supervisors_cannot_remove_members(client, session):
    *_, supervisor, tablet = _study_with_a_tablet(session)
    response = await client.delete("/api/v1/studies/demo/members/enum", headers=supervisor)
    assert response.status_code == 403
    assert (await client.get("/api/v1/devices/me", headers=tablet)).status_code == 200
