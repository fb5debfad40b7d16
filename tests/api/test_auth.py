from __future__ import annotations

import httpx
import sqlalchemy as sa
from sqlmodel import select

from accounts.models import AccessToken, AuditEvent, LoginThrottle, Role
from api.app import create_app
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


async def _login(client, username: str, password: str):
    return await client.post(
        "/api/v1/auth/login", json={"username": username, "password": password}
    )


async def test_two_hundred_wrong_passwords_then_the_right_one_is_refused(client, session):
    make_user(session, "ana")
    session.commit()
    statuses = [(await _login(client, "ana", f"guess-{i:04d}")).status_code for i in range(200)]
    assert statuses[:5] == [401] * 5
    assert set(statuses[5:]) <= {401, 429}
    assert statuses[-1] == 429
    right = await _login(client, "ana", PASSWORD)
    assert right.status_code == 429
    assert right.headers["content-type"] == "application/problem+json"
    assert right.json()["code"] == "auth.throttled"
    # every refused attempt lengthened the lock, up to the maximum
    assert 600 < int(right.headers["Retry-After"]) <= 900
    assert right.json()["retry_after"] == int(right.headers["Retry-After"])
    assert "token" not in right.json()


async def test_the_lock_ends_and_a_success_forgets_the_failures(client, session):
    make_user(session, "ana")
    session.commit()
    for i in range(6):
        await _login(client, "ana", f"guess-{i}")
    assert (await _login(client, "ana", PASSWORD)).status_code == 429
    session.execute(sa.update(LoginThrottle).values(locked_until=None))
    session.commit()
    assert (await _login(client, "ana", PASSWORD)).status_code == 200
    # the account's count starts again from zero
    for i in range(5):
        assert (await _login(client, "ana", f"again-{i}")).status_code == 401
    assert (await _login(client, "ana", PASSWORD)).status_code == 200


async def test_failures_are_shared_by_every_server_worker(db, settings, session):
    make_user(session, "ana")
    session.commit()
    workers = [create_app(settings, database=db) for _ in range(2)]
    clients = [
        httpx.AsyncClient(transport=httpx.ASGITransport(app=w), base_url="http://chasqui.test")
        for w in workers
    ]
    async with clients[0], clients[1]:
        for i in range(6):
            await _login(clients[i % 2], "ana", f"guess-{i}")
        refused = await _login(clients[1], "ana", PASSWORD)
    assert refused.status_code == 429
    assert session.exec(select(LoginThrottle)).all()


async def test_one_address_trying_many_accounts_is_throttled(client, session, settings):
    settings.login_free_failures_address = 3
    make_user(session, "ana")
    session.commit()
    for name in ("zoe", "rosa", "juan", "luis"):
        await _login(client, name, "whatever-typed")
    refused = await _login(client, "ana", PASSWORD)
    assert refused.status_code == 429
    assert refused.json()["code"] == "auth.throttled"
    stored = " ".join(str(r.model_dump()) for r in session.exec(select(LoginThrottle)))
    assert "127.0.0.1" not in stored
    assert "zoe" not in stored
