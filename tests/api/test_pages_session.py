"""Browser sessions on real databases: cookie flags, CSRF on every POST page, the API refusing the cookie."""

from __future__ import annotations

import pytest
from sqlmodel import select

from accounts.models import AccessToken, AuditEvent, Role
from api.pages.session import SESSION_COOKIE
from tests.api.pages import csrf_of, log_in, page_client, parts_of
from tests.factories import make_member, make_study


@pytest.fixture
def people(session):
    study = make_study(session, slug="demo", name="Estudio demo")
    make_member(session, study, Role.supervisor, "sup")
    make_member(session, study, Role.enumerator, "ana")
    session.commit()
    return study


@pytest.fixture
async def web(app):
    async with page_client(app) as c:
        yield c


async def test_login_sets_an_httponly_secure_strict_cookie_scoped_to_the_app(web, people):
    response = await log_in(web, "sup")
    cookie = next(
        h for h in response.headers.get_list("set-cookie") if h.startswith(SESSION_COOKIE + "=")
    )
    flags = {part.strip().split("=")[0].lower() for part in cookie.split(";")}
    assert {"httponly", "secure"} <= flags
    assert "samesite=strict" in cookie.lower()
    assert "path=/app" in cookie.lower()
    assert response.headers["location"] == "/app"


async def test_a_person_in_one_study_lands_on_it_and_the_page_names_them(web, people):
    await log_in(web, "sup")
    home = await web.get("/app")
    assert home.status_code == 303
    assert home.headers["location"] == "/app/demo"
    page = await web.get("/app/demo")
    assert page.status_code == 200
    assert "Estudio demo" in page.text
    assert page.headers["cache-control"] == "no-store"


async def test_an_enumerator_lands_on_their_interviews(web, people):
    await log_in(web, "ana")
    page = await web.get("/app/demo")
    assert page.status_code == 303
    assert page.headers["location"] == "/app/demo/interviews"


async def test_without_a_cookie_a_page_sends_the_browser_to_the_login(web, people):
    response = await web.get("/app/demo")
    assert response.status_code == 303
    assert response.headers["location"] == "/app/login?next=/app/demo"


async def test_a_wrong_password_is_refused_on_the_page_and_audited(web, people, session):
    page = await web.get("/app/login")
    response = await web.post(
        "/app/login", data={"username": "sup", "password": "nope", "csrf": csrf_of(page.text)}
    )
    assert response.status_code == 401
    assert "Usuario o contraseña incorrectos." in response.text
    assert SESSION_COOKIE not in response.headers.get("set-cookie", "")
    failed = session.exec(select(AuditEvent).where(AuditEvent.action == "auth.login_failed")).all()
    assert len(failed) == 1


async def test_login_is_refused_without_or_with_a_wrong_csrf_token(web, people, session):
    await web.get("/app/login")
    for data in ({}, {"csrf": "0" * 64}):
        response = await web.post("/app/login", data={"username": "sup", "password": "x", **data})
        assert response.status_code == 403
        assert "text/html" in response.headers["content-type"]
    assert session.exec(select(AuditEvent)).all() == []  # the password was never checked


async def test_logout_needs_the_csrf_token_and_revokes_the_session(web, people, session):
    await log_in(web, "sup")
    page = await web.get("/app/demo")
    assert (await web.post("/app/logout")).status_code == 403
    assert (await web.post("/app/logout", data={"csrf": "f" * 64})).status_code == 403
    assert (await web.get("/app/demo")).status_code == 200  # still logged in
    done = await web.post("/app/logout", data={"csrf": csrf_of(page.text)})
    assert done.status_code == 303
    assert done.headers["location"] == "/app/login"
    assert all(t.revoked_at is not None for t in session.exec(select(AccessToken)).all())


async def test_the_json_api_does_not_accept_the_session_cookie(web, people):
    await log_in(web, "sup")
    response = await web.get("/api/v1/auth/me")
    assert response.status_code == 401
    assert response.headers["content-type"].startswith("application/problem+json")


async def test_a_page_has_a_csp_and_no_inline_script_or_style(web, people):
    await log_in(web, "sup")
    for url in ("/app/login", "/app/demo"):
        response = await web.get(url)
        csp = response.headers["content-security-policy"]
        assert "script-src 'self'" in csp
        assert "unsafe-inline" not in csp.split("script-src", 1)[1].split(";")[0]
        parts = parts_of(response.text)
        assert parts.inline_scripts == []
        assert parts.style_blocks == 0
        assert parts.event_handlers == []
        assert all((s.get("src") or "").startswith("/static/") for s in parts.scripts)
        assert len(parts.post_forms) == parts.csrf_fields


async def test_lang_sets_a_cookie_and_accept_language_chooses_the_default(web, people):
    english = await web.get("/app/login", headers={"Accept-Language": "en-GB,en;q=0.8"})
    assert 'lang="en"' in english.text
    assert "Log in" in english.text
    chosen = await web.get("/app/login?lang=es", headers={"Accept-Language": "en"})
    assert 'lang="es"' in chosen.text
    assert "chasqui_lang=es" in chosen.headers["set-cookie"]
    again = await web.get("/app/login", headers={"Accept-Language": "en"})
    assert 'lang="es"' in again.text


async def test_static_assets_are_served_and_cached(web):
    response = await web.get("/static/app.css")
    assert response.status_code == 200
    assert "max-age" in response.headers["cache-control"]
    assert (await web.get("/")).headers["location"] == "/app"


async def test_a_page_error_is_a_page_in_the_persons_language(web, people):
    await log_in(web, "sup")
    response = await web.get("/app/nowhere-study?lang=en")
    assert response.status_code == 404
    assert "text/html" in response.headers["content-type"]
    assert "We could not find" in response.text


def _page_routes(settings, method: str) -> list[str]:
    from tests.api.test_access_matrix import _app_routes, _is_page

    found = [r.split(" ", 1) for r in _app_routes(settings) if _is_page(r)]
    return sorted(path for m, path in found if m == method and path != "/")


def _fill(path: str, **values: str) -> str:
    import re

    return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), "1"), path)


async def test_every_post_page_refuses_a_missing_or_wrong_csrf_token(
    settings, web, people, session
):
    from tests.factories import make_user

    make_user(session, "root", is_superuser=True)
    session.commit()
    await log_in(web, "root")
    posts = _page_routes(settings, "POST")
    assert "/app/logout" in posts and "/app/{slug}/interviews/review" in posts
    wrong = []
    for path in posts:
        url = _fill(path, slug="demo", username="ana")
        for data in ({}, {"csrf": "0" * 64}):
            response = await web.post(url, data=data)
            if response.status_code != 403 or "text/html" not in response.headers["content-type"]:
                wrong.append(f"{path} {sorted(data)}: {response.status_code}")
    assert wrong == []


async def test_every_page_has_a_csp_and_no_inline_code(settings, web, people, session):
    from tests.factories import make_user

    make_user(session, "root", is_superuser=True)
    session.commit()
    await log_in(web, "root")
    wrong = []
    for path in _page_routes(settings, "GET"):
        response = await web.get(_fill(path, slug="demo", username="ana", sha256="0" * 64))
        if response.status_code >= 500 or "content-security-policy" not in response.headers:
            wrong.append(f"{path}: {response.status_code}")
            continue
        if "text/html" in response.headers.get("content-type", ""):
            parts = parts_of(response.text)
            if parts.inline_scripts or parts.style_blocks or parts.event_handlers:
                wrong.append(f"{path}: inline code")
            if len(parts.post_forms) != parts.csrf_fields:
                wrong.append(f"{path}: a POST form without its CSRF field")
    assert wrong == []


async def test_the_login_page_is_throttled_like_the_api(settings, web, people, session):
    settings.login_free_failures_account = 2
    page = await web.get("/app/login")
    csrf = csrf_of(page.text)
    answers = [
        await web.post("/app/login", data={"username": "sup", "password": "wrong", "csrf": csrf})
        for _ in range(5)
    ]
    assert [a.status_code for a in answers[:3]] == [401, 401, 401]
    locked = [a for a in answers[3:] if a.status_code == 429]
    assert locked, [a.status_code for a in answers]
    assert "Demasiados intentos fallidos" in locked[0].text
    throttled = session.exec(
        select(AuditEvent).where(AuditEvent.action == "auth.login_throttled")
    ).all()
    assert len(throttled) == len(locked)
