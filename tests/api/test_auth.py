from __future__ import annotations

from sqlmodel import select

from accounts.models import AccessToken, AuditEvent, Role
from tests.factories import PASSWORD, auth, make_member, make_study, make_user


async def test_login_returns_a_token_that_is_stored_only_hashed(client, session):
    user = make_user(session, "ana")
    session.commit()
    response = await client.post(
        "/api/v1/auth/login", json={"username": "ana", "password": PASSWORD}
    )
    assert response.status_code == 200
    token = response.json()["token"]
    assert token.startswith("chq_")
    stored = session.exec(
        select(AccessToken.token_hash).where(AccessToken.user_id == user.id)
    ).all()
    assert stored
    assert token not in stored
    me = await client.get("/api/v1/auth/me", headers=auth(token))
    assert me.status_code == 200
    assert me.json()["username"] == "ana"


async def test_wrong_password_and_unknown_user_get_the_same_problem(client, session):
    make_user(session, "ana")
    session.commit()
    wrong = await client.post(
        "/api/v1/auth/login", json={"username": "ana", "password": "nope-nope"}
    )
    unknown = await client.post(
        "/api/v1/auth/login", json={"username": "zoe", "password": "nope-nope"}
    )
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.headers["content-type"] == "application/problem+json"
    assert wrong.json()["code"] == unknown.json()["code"] == "auth.invalid_credentials"
    assert wrong.json()["detail"] == unknown.json()["detail"]


async def test_failed_login_is_audited_without_what_was_typed(client, session):
    await client.post(
        "/api/v1/auth/login", json={"username": "Secret-Typed", "password": "p4ss-typed"}
    )
    events = session.exec(select(AuditEvent).where(AuditEvent.action == "auth.login_failed")).all()
    assert len(events) == 1
    assert "Secret-Typed" not in str(events[0].model_dump())


async def test_logout_revokes_the_token_at_once(client, session):
    make_user(session, "ana")
    session.commit()
    token = (
        await client.post("/api/v1/auth/login", json={"username": "ana", "password": PASSWORD})
    ).json()["token"]
    assert (await client.post("/api/v1/auth/logout", headers=auth(token))).status_code == 204
    after = await client.get("/api/v1/auth/me", headers=auth(token))
    assert after.status_code == 401
    assert after.json()["code"] == "auth.unauthenticated"


async def test_me_lists_the_callers_studies_and_roles(client, session):
    study = make_study(session, slug="demo")
    user = make_member(session, study, Role.supervisor, "sup")
    session.commit()
    from tests.factories import make_token

    token = make_token(session, user)
    session.commit()
    body = (await client.get("/api/v1/auth/me", headers=auth(token))).json()
    assert body["studies"] == [{"slug": "demo", "name": "Demo", "role": "supervisor"}]
