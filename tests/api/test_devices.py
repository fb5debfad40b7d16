from __future__ import annotations

from sqlmodel import col, select

from accounts.models import AuditEvent, EnrollmentCode, Role
from tests.factories import auth, make_member, make_study, make_token


async def _setup(session):
    study = make_study(session, slug="demo")
    enumerator = make_member(session, study, Role.enumerator, "enum")
    supervisor = make_member(session, study, Role.supervisor, "sup")
    token = make_token(session, supervisor)
    session.commit()
    return study, enumerator, token


async def _issue_code(client, sup) -> str:
    response = await client.post(
        "/api/v1/studies/demo/enrollment-codes", json={"enumerator": "enum"}, headers=auth(sup)
    )
    assert response.status_code == 201
    return response.json()["code"]


async def test_enrollment_code_enrolls_one_device_once(client, session):
    _, _, sup = await _setup(session)
    issued = await client.post(
        "/api/v1/studies/demo/enrollment-codes", json={"enumerator": "enum"}, headers=auth(sup)
    )
    assert issued.status_code == 201
    code = issued.json()["code"]
    assert issued.json()["qr_svg"].startswith("<svg")
    # typed the way an enumerator would: lower case, without dashes
    typed = code.replace("-", "").lower()
    enrolled = await client.post(
        "/api/v1/devices/enroll", json={"code": typed, "device_label": "Tableta 3"}
    )
    assert enrolled.status_code == 201
    body = enrolled.json()
    assert set(body) == {"device_id", "token", "study"}
    me = await client.get("/api/v1/devices/me", headers=auth(body["token"]))
    assert me.json() == {
        "device_id": body["device_id"],
        "label": "Tableta 3",
        "study": "demo",
        "enumerator": "enum",
    }
    again = await client.post("/api/v1/devices/enroll", json={"code": code, "device_label": "Otra"})
    assert again.status_code == 400
    assert again.json()["code"] == "device.enrollment_code_invalid"


async def test_expired_enrollment_code_is_refused(client, session):
    _, _, sup = await _setup(session)
    code = await _issue_code(client, sup)
    row = session.exec(select(EnrollmentCode)).one()
    from datetime import timedelta

    row.expires_at = row.created_at - timedelta(seconds=1)
    session.add(row)
    session.commit()
    response = await client.post("/api/v1/devices/enroll", json={"code": code, "device_label": "x"})
    assert response.json()["code"] == "device.enrollment_code_invalid"


async def test_enrollment_code_only_for_enumerators_of_the_study(client, session):
    _, _, sup = await _setup(session)
    response = await client.post(
        "/api/v1/studies/demo/enrollment-codes", json={"enumerator": "sup"}, headers=auth(sup)
    )
    assert response.status_code == 422
    assert response.json()["code"] == "request.invalid"


async def test_revoked_device_is_refused_at_once_with_401(client, session):
    _, _, sup = await _setup(session)
    code = await _issue_code(client, sup)
    device = (
        await client.post("/api/v1/devices/enroll", json={"code": code, "device_label": "perdida"})
    ).json()
    assert (
        await client.get("/api/v1/devices/me", headers=auth(device["token"]))
    ).status_code == 200

    revoked = await client.post(
        f"/api/v1/studies/demo/devices/{device['device_id']}/revoke", headers=auth(sup)
    )
    assert revoked.status_code == 204

    after = await client.get("/api/v1/devices/me", headers=auth(device["token"]))
    assert after.status_code == 401
    assert after.json()["code"] == "auth.unauthenticated"
    assert after.json()["reason"] == "device_revoked"
    listed = (await client.get("/api/v1/studies/demo/devices", headers=auth(sup))).json()
    assert listed[0]["revoked_at"] is not None
    actions = session.exec(select(AuditEvent.action).order_by(col(AuditEvent.id))).all()
    assert actions == ["device.enrollment_code", "device.enroll", "device.revoke"]


async def test_device_token_does_not_open_supervisor_routes(client, session):
    _, _, sup = await _setup(session)
    code = await _issue_code(client, sup)
    device = (
        await client.post("/api/v1/devices/enroll", json={"code": code, "device_label": "t"})
    ).json()
    response = await client.get("/api/v1/studies/demo", headers=auth(device["token"]))
    assert response.status_code == 403
