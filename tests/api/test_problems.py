"""Every error is an RFC 9457 problem with a stable code, and echoes nothing sent."""

from __future__ import annotations

import base64
import importlib
import json
import pkgutil
import sqlite3
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import exc as sa_exc

import accounts
import api
import core
from accounts.models import Role
from api.problem_catalog import domain_codes, render_catalog
from api.problems import STATUS_BY_CODE, is_database_busy
from core.errors import DomainError
from tests.factories import auth, make_device, make_member, make_study, make_token, make_user


def _all_subclasses(cls: type[DomainError]) -> set[type[DomainError]]:
    found: set[type[DomainError]] = set()
    for sub in cls.__subclasses__():
        found |= {sub} | _all_subclasses(sub)
    return found


def test_every_domain_error_code_has_a_status():
    for package in (accounts, api, core):
        for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            importlib.import_module(module.name)
    missing = sorted(c.code for c in _all_subclasses(DomainError) if c.code not in STATUS_BY_CODE)
    assert missing == []
    # Every server package, not only the three above.
    assert sorted(set(domain_codes()) - set(STATUS_BY_CODE)) == []


def test_docs_errors_lists_every_problem_code_as_the_code_does():
    documented = (Path(__file__).resolve().parents[2] / "docs" / "errors.md").read_text()
    assert documented == render_catalog(), (
        "docs/errors.md is stale: python -m api.problem_catalog > docs/errors.md"
    )


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status", "code"),
    [
        ("GET", "/api/v1/nowhere", {}, 404, "http.not_found"),
        ("DELETE", "/healthz", {}, 405, "http.method_not_allowed"),
        (
            "POST",
            "/api/v1/auth/login",
            {"content": b'{"username": ', "headers": {"content-type": "application/json"}},
            400,
            "request.malformed_json",
        ),
        (
            "POST",
            "/api/v1/auth/login",
            {"content": b"username=a", "headers": {"content-type": "text/plain"}},
            415,
            "request.unsupported_media_type",
        ),
        ("POST", "/api/v1/auth/login", {"json": {"username": "a"}}, 422, "request.invalid"),
        (
            "POST",
            "/api/v1/auth/login",
            {"content": b"x" * (2 << 20), "headers": {"content-type": "application/json"}},
            413,
            "request.too_large",
        ),
        (
            "GET",
            "/api/v1/auth/me",
            {"headers": {"Authorization": "Bearer nope"}},
            401,
            "auth.unauthenticated",
        ),
    ],
    ids=[
        "unknown-route",
        "wrong-method",
        "bad-json",
        "wrong-media-type",
        "missing-field",
        "oversize",
        "bad-token",
    ],
)
async def test_bad_requests_get_problem_details(client, method, path, kwargs, status, code):
    response = await client.request(method, path, **kwargs)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["code"] == code
    assert body["status"] == status
    assert body["type"] == f"urn:chasqui:problem:{code}"


async def test_oversize_chunked_body_is_refused_with_the_limit(client):
    async def chunks():
        for _ in range(40):
            yield b"y" * 65536

    response = await client.post(
        "/api/v1/auth/login", content=chunks(), headers={"content-type": "application/json"}
    )
    assert response.status_code == 413
    assert response.json()["limit_bytes"] == 1 << 20


async def test_validation_errors_point_at_fields_and_never_echo_values(client):
    secret = "Rosa Huamán Quispe 987654321"
    response = await client.post("/api/v1/auth/login", json={"username": secret, "password": ["x"]})
    assert response.status_code == 422
    assert secret not in response.text
    assert {e["pointer"] for e in response.json()["errors"]} == {"/password"}


async def test_unexpected_errors_are_500_problems_without_a_trace(app, client):
    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("secret detail 12345678")

    response = await client.get("/boom")
    assert response.status_code == 500
    assert response.json()["code"] == "internal"
    assert "secret detail" not in response.text
    assert "Traceback" not in response.text


async def test_a_database_still_locked_after_its_timeout_is_a_503_to_retry(app, client):
    @app.get("/locked")
    def locked() -> None:
        raise sa_exc.OperationalError(
            "SELECT 1", {}, sqlite3.OperationalError("database is locked")
        )

    response = await client.get("/locked")
    assert response.status_code == 503
    assert response.json()["code"] == "server.busy"
    assert response.headers["Retry-After"] == "5"


@pytest.mark.parametrize(
    ("orig", "busy"),
    [
        (sqlite3.OperationalError("database is locked"), True),
        (sqlite3.OperationalError("database table is locked"), True),
        (sqlite3.OperationalError("no such table: submission"), False),
        (sqlite3.IntegrityError("UNIQUE constraint failed"), False),
        # PostgreSQL: its lock timeout, and the transactions it fails to break a deadlock
        # or a serialization conflict, are worth the same request again.
        (psycopg.errors.LockNotAvailable("lock timeout"), True),
        (psycopg.errors.DeadlockDetected("deadlock detected"), True),
        (psycopg.errors.SerializationFailure("could not serialize"), True),
        (psycopg.errors.UniqueViolation("duplicate key"), False),
    ],
)
def test_only_a_lock_timeout_reads_as_busy(orig: Exception, busy: bool) -> None:
    assert is_database_busy(sa_exc.OperationalError("SELECT 1", {}, orig)) is busy
    assert is_database_busy(orig) is False  # not wrapped by the engine: a bug, a 500


async def test_healthz_and_readyz(client):
    assert (await client.get("/healthz")).json() == {"status": "ok"}
    ready = await client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["status"] == "ready"


NUL_CASES = [
    pytest.param("GET", "/api/v1/studies/de%00mo", None, ("path", "/slug"), id="path"),
    pytest.param(
        "GET", "/api/v1/studies/demo/audit?action=a%00b", None, ("query", "/action"), id="query"
    ),
    pytest.param(
        "POST",
        "/api/v1/studies",
        b'{"slug": "nul-name", "name": "Rosa\\u0000Quispe"}',
        ("body", "/name"),
        id="body-nul",
    ),
    pytest.param(
        "POST",
        "/api/v1/studies",
        b'{"slug": "lone-surrogate", "name": "Rosa \\ud800"}',
        ("body", "/name"),
        id="body-lone-surrogate",
    ),
    pytest.param(
        "PUT",
        "/api/v1/studies/demo/gazetteer",
        b'{"people": ["Ana", "Rosa\\u0000Quispe"]}',
        ("body", "/people/1"),
        id="body-list-item",
    ),
]


@pytest.mark.parametrize(("method", "path", "body", "where"), NUL_CASES)
async def test_unstorable_characters_are_a_422_problem_pointing_to_where(
    client, session, method, path, body, where
):
    make_study(session, slug="demo")
    token = make_token(session, make_user(session, is_superuser=True))
    session.commit()
    headers = auth(token) | {"content-type": "application/json"}
    response = await client.request(method, path, content=body, headers=headers)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["code"] == "request.invalid_characters"
    assert [(e["in"], e["pointer"]) for e in problem["errors"]] == [where]
    assert "Rosa" not in response.text


@pytest.mark.parametrize(
    ("method", "path", "actor"),
    [
        ("GET", "/api/v1/studies/demo/quarantine/2147483648", "person"),
        ("GET", "/api/v1/studies/demo/quarantine/9223372036854775808", "person"),
        ("POST", "/api/v1/studies/demo/quarantine/-9223372036854775809/dismiss", "person"),
        ("POST", "/api/v1/studies/demo/conflicts/9223372036854775807/resolve", "person"),
        ("GET", "/api/v1/forms/household/versions/2147483648", "device"),
        ("GET", "/api/v1/forms/household/versions/9223372036854775808", "device"),
    ],
)
async def test_integers_beyond_the_columns_are_a_422_problem(client, session, method, path, actor):
    study = make_study(session, slug="demo")
    admin = make_member(session, study, Role.admin)
    enumerator = make_member(session, study, Role.enumerator)
    _, device_token = make_device(session, study, enumerator)
    tokens = {"person": make_token(session, admin), "device": device_token}
    session.commit()
    body = {"choices": {}} if path.endswith("/resolve") else None
    response = await client.request(method, path, json=body, headers=auth(tokens[actor]))
    assert response.status_code == 422, response.text
    assert response.json()["code"] == "request.invalid"
    assert response.json()["errors"][0]["code"] == "int_out_of_range"


async def test_cursor_with_a_sequence_beyond_the_column_is_a_400_problem(client, session):
    study = make_study(session, slug="demo")
    _, token = make_device(session, study, make_member(session, study, Role.enumerator))
    session.commit()
    for seq in (1 << 31, 1 << 63, 1 << 64):
        cursor = base64.urlsafe_b64encode(json.dumps({"s": seq}).encode()).decode().rstrip("=")
        response = await client.get(f"/api/v1/sync/pull?cursor={cursor}", headers=auth(token))
        assert response.status_code == 400, response.text
        assert response.json()["code"] == "sync.cursor_invalid"
