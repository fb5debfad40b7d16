"""Own password and the members page on real databases: rules, sessions ended, who may reset whom."""

from __future__ import annotations

import pytest
from sqlmodel import select

from accounts import credentials
from accounts.models import AccessToken, AuditEvent, Device, Membership, Role, User
from tests.api.pages import csrf_of, log_in, page_client, parts_of
from tests.factories import (
    PASSWORD,
    auth,
    make_device,
    make_member,
    make_study,
    make_token,
    make_user,
)

NEW = "quinua-tostada-en-la-puna"


@pytest.fixture
def people(session):
    study = make_study(session, slug="demo", name="Estudio demo")
    other = make_study(session, slug="other", name="Otro")
    make_member(session, study, Role.admin, "adm")
    make_member(session, study, Role.supervisor, "sup")
    ana = make_member(session, study, Role.enumerator, "ana")
    both = make_member(session, study, Role.enumerator, "both")
    from accounts import store

    store.set_membership(session, study=other, user=both, role=Role.supervisor)
    boss = make_user(session, "boss", is_superuser=True)
    store.set_membership(session, study=study, user=boss, role=Role.enumerator)
    _, tablet = make_device(session, study, ana)
    session.commit()
    return {"study": study, "tablet": tablet}


@pytest.fixture
async def web(app):
    async with page_client(app) as c:
        yield c


def _user(session, username):
    session.expire_all()
    return session.exec(select(User).where(User.username == username)).one()


async def test_a_person_changes_their_own_password_and_other_sessions_end(
    web, people, session, client
):
    other_session = make_token(session, _user(session, "sup"))
    session.commit()
    await log_in(web, "sup")
    page = await web.get("/app/demo/account")
    assert page.status_code == 200
    assert len(parts_of(page.text).post_forms) == parts_of(page.text).csrf_fields
    done = await web.post(
        "/app/demo/account/password",
        data={"csrf": csrf_of(page.text), "current": PASSWORD, "new": NEW, "confirm": NEW},
    )
    assert done.status_code == 303
    assert credentials.verify_password(NEW, _user(session, "sup").password_hash)
    assert (await web.get("/app/demo/account?done=password")).status_code == 200  # still in
    assert (await client.get("/api/v1/auth/me", headers=auth(other_session))).status_code == 401
    changed = session.exec(
        select(AuditEvent).where(AuditEvent.action == "auth.password_changed")
    ).all()
    assert len(changed) == 1
    assert NEW not in str(changed[0].detail)


@pytest.mark.parametrize(
    ("current", "new", "confirm", "message"),
    [
        ("wrong-password-here", NEW, NEW, "La contraseña actual no es correcta."),
        (PASSWORD, NEW, NEW + "x", "Las dos contraseñas nuevas no coinciden."),
        (PASSWORD, "Qx7pzW", "Qx7pzW", "La contraseña es muy corta: use al menos 10 caracteres."),
        (
            PASSWORD,
            "sup-sup-sup-2026",
            "sup-sup-sup-2026",
            "no puede contener el nombre de usuario",
        ),
        (PASSWORD, "password123", "password123", "común"),
    ],
    ids=["wrong-current", "mismatch", "too-short", "username", "common"],
)
async def test_a_refused_password_says_why_and_changes_nothing(
    web, people, session, current, new, confirm, message
):
    await log_in(web, "sup")
    page = await web.get("/app/demo/account")
    refused = await web.post(
        "/app/demo/account/password",
        data={"csrf": csrf_of(page.text), "current": current, "new": new, "confirm": confirm},
    )
    assert refused.status_code == 422
    assert message in refused.text
    assert new not in refused.text
    assert credentials.verify_password(PASSWORD, _user(session, "sup").password_hash)


async def test_the_members_page_lists_the_study_and_offers_resets_only_where_allowed(web, people):
    await log_in(web, "adm")
    page = await web.get("/app/demo/members")
    assert page.status_code == 200
    for name in ("adm", "sup", "ana", "both", "boss"):
        assert f"<strong>{name}</strong>" in page.text
    assert "/members/ana/password" in page.text
    assert "/members/sup/password" in page.text
    assert "/members/both/password" not in page.text  # also in a study adm does not run
    assert "/members/boss/password" not in page.text  # a server administrator
    assert "/members/adm/password" not in page.text  # their own: the account page


async def test_an_admin_resets_a_password_and_the_persons_sessions_end_but_tablets_go_on(
    web, people, session, client
):
    ana_session = make_token(session, _user(session, "ana"))
    session.commit()
    await log_in(web, "adm")
    csrf = csrf_of((await web.get("/app/demo/members")).text)
    done = await web.post("/app/demo/members/ana/password", data={"csrf": csrf, "new": NEW})
    assert done.status_code == 303
    assert done.headers["location"] == "/app/demo/members?done=reset&who=ana"
    assert credentials.verify_password(NEW, _user(session, "ana").password_hash)
    assert (await client.get("/api/v1/auth/me", headers=auth(ana_session))).status_code == 401
    assert (
        await client.get("/api/v1/devices/me", headers=auth(people["tablet"]))
    ).status_code == 200
    weak = await web.post(
        "/app/demo/members/ana/password", data={"csrf": csrf, "new": "ana12345678"}
    )
    assert weak.status_code == 422
    assert "no puede contener el nombre de usuario" in weak.text


@pytest.mark.parametrize("target", ["both", "boss"])
async def test_a_study_admin_cannot_reset_someone_with_power_elsewhere(
    web, people, session, target
):
    await log_in(web, "adm")
    csrf = csrf_of((await web.get("/app/demo/members")).text)
    refused = await web.post(
        f"/app/demo/members/{target}/password", data={"csrf": csrf, "new": NEW}
    )
    assert refused.status_code == 403
    assert credentials.verify_password(PASSWORD, _user(session, target).password_hash)


async def test_an_admin_removes_a_person_and_their_tablets_stop(web, people, session, client):
    await log_in(web, "adm")
    csrf = csrf_of((await web.get("/app/demo/members")).text)
    done = await web.post("/app/demo/members/ana/remove", data={"csrf": csrf})
    assert done.status_code == 303
    assert "removed" in done.headers["location"]
    session.expire_all()
    ana = _user(session, "ana")
    assert session.exec(select(Membership).where(Membership.user_id == ana.id)).all() == []
    assert all(d.revoked_at is not None for d in session.exec(select(Device)).all())
    assert (
        await client.get("/api/v1/devices/me", headers=auth(people["tablet"]))
    ).status_code == 401
    assert (await web.post("/app/demo/members/ana/remove", data={"csrf": csrf})).status_code == 404


@pytest.mark.parametrize("token", [None, "0" * 64], ids=["without", "wrong"])
async def test_account_and_member_posts_need_the_csrf_token(web, people, session, token):
    await log_in(web, "adm")
    extra = {"csrf": token} if token else {}
    posts = {
        "/app/demo/account/password": {"current": PASSWORD, "new": NEW, "confirm": NEW},
        "/app/demo/members/ana/password": {"new": NEW},
        "/app/demo/members/ana/remove": {},
    }
    for url, data in posts.items():
        refused = await web.post(url, data={**data, **extra})
        assert refused.status_code == 403, url
    assert credentials.verify_password(PASSWORD, _user(session, "adm").password_hash)
    assert credentials.verify_password(PASSWORD, _user(session, "ana").password_hash)
    assert len(session.exec(select(Membership)).all()) == 6
    assert session.exec(select(AccessToken).where(AccessToken.revoked_at.is_not(None))).all() == []


async def test_a_supervisor_has_no_members_page(web, people):
    await log_in(web, "sup")
    assert (await web.get("/app/demo/members")).status_code == 403
    assert "/app/demo/members" not in (await web.get("/app/demo")).text
