"""Headers every answer carries, the token answers' caching, and 405's Allow."""

from __future__ import annotations

import re

import pytest

from tests.factories import PASSWORD, auth, make_user


def _policy(response) -> dict[str, list[str]]:
    directives = [d.strip().split() for d in response.headers["Content-Security-Policy"].split(";")]
    return {d[0]: d[1:] for d in directives if d}


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", "/healthz", 200),
        ("GET", "/dashboard", 200),
        ("GET", "/api/v1/auth/me", 401),
        ("GET", "/api/v1/no-such-route", 404),
        ("POST", "/api/v1/auth/login", 422),
        ("PUT", "/api/v1/auth/login", 405),
    ],
    ids=["health", "dashboard", "unauthenticated", "not-found", "invalid", "method"],
)
async def test_every_answer_carries_the_security_headers(client, method, path, status):
    response = await client.request(method, path, json={} if method != "GET" else None)
    assert response.status_code == status
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"
    policy = _policy(response)
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["default-src"] == ["'none'"]
    assert "'unsafe-inline'" not in policy["script-src"]


async def test_guard_problems_carry_the_security_headers(client):
    response = await client.post(
        "/api/v1/auth/login", content=b"x", headers={"Content-Type": "text/plain"}
    )
    assert response.status_code == 415
    assert response.headers["X-Content-Type-Options"] == "nosniff"


async def test_the_dashboard_satisfies_its_own_policy(client):
    response = await client.get("/dashboard")
    assert response.status_code == 200
    policy = _policy(response)
    # no inline code at all: the script and the styles come from /static
    assert not re.search(r"<script(?![^>]*\ssrc=)[^>]*>", response.text)
    assert not re.search(r"<style[\s>]", response.text)
    assert '<script src="/static/dashboard.js"></script>' in response.text
    assert '<link rel="stylesheet" href="/static/dashboard.css">' in response.text
    # no inline event handlers: the policy would block them
    assert not re.search(r"<[^>]+\son[a-z]+=", response.text)
    # so the policy needs no hash and no 'unsafe-inline' for scripts
    header = response.headers["Content-Security-Policy"]
    assert "'sha256-" not in header
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert "script-src-attr" not in policy and "script-src-elem" not in policy


@pytest.mark.parametrize(
    ("asset", "media"), [("dashboard.js", "javascript"), ("dashboard.css", "text/css")]
)
async def test_the_dashboard_assets_are_served_and_cached(client, asset, media):
    response = await client.get(f"/static/{asset}")
    assert response.status_code == 200
    assert media in response.headers["Content-Type"]  # nosniff needs the right type
    assert response.headers["Cache-Control"] == "public, max-age=86400"
    assert response.text.strip()


async def test_login_token_is_never_cached(client, session):
    make_user(session, "ana")
    session.commit()
    response = await client.post(
        "/api/v1/auth/login", json={"username": "ana", "password": PASSWORD}
    )
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("PUT", "/api/v1/auth/login", {"POST"}),
        ("GET", "/api/v1/auth/logout", {"POST"}),
        ("PUT", "/api/v1/attachments/0123", {"HEAD", "PATCH", "DELETE"}),
    ],
    ids=["login", "logout", "upload"],
)
async def test_method_not_allowed_names_the_allowed_methods(client, method, path, allowed):
    response = await client.request(method, path, headers=auth("chq_x"))
    assert response.status_code == 405
    assert response.json()["code"] == "http.method_not_allowed"
    assert set(response.headers["Allow"].split(", ")) == allowed


async def test_a_unicode_digit_in_content_length_is_a_clean_problem(app):
    sent: list[dict] = []
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/api/v1/auth/login",
        "raw_path": b"/api/v1/auth/login",
        "query_string": b"",
        "root_path": "",
        # latin-1 on the wire: "²", which str.isdigit() accepts and int() refuses
        "headers": [(b"content-type", b"application/json"), (b"content-length", b"\xb2")],
        "client": ("127.0.0.1", 40000),
        "server": ("chasqui.test", 80),
    }

    async def receive():
        return {"type": "http.request", "body": b"{}", "more_body": False}

    async def send(message):
        sent.append(message)

    await app(scope, receive, send)
    start = next(m for m in sent if m["type"] == "http.response.start")
    assert 400 <= start["status"] < 500
    assert (b"x-content-type-options", b"nosniff") in start["headers"]


async def test_an_unexpected_error_answer_carries_the_security_headers(app, client):
    def explode() -> None:
        raise RuntimeError("boom")

    app.add_api_route("/test-explodes", explode)
    response = await client.get("/test-explodes")
    assert response.status_code == 500
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
