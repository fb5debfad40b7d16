"""The whole access matrix: every route, every kind of caller, on both engines.

The routes come from the application itself: a route without a row here fails
`test_every_route_has_a_row`, so a new route cannot ship unclassified. The expected
table is written out by hand (not derived from accounts.permissions), so a change to
the policy must change this file too.

An allowed caller passes authorization: any answer but 401, 403 or the 404 a study
gives to non-members (the resource itself may be missing or the body refused). A
denied caller gets exactly the denial: 401 without a token, 404 from a study they are
not in, 403 otherwise, unless the row says otherwise.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import pytest
from fastapi.routing import iter_route_contexts

from accounts.models import Role
from api.app import create_app
from tests.factories import (
    PASSWORD,
    auth,
    make_device,
    make_member,
    make_published_form,
    make_study,
    make_token,
    make_user,
)

ACTORS = ("anonymous", "outsider", "enumerator", "device", "supervisor", "admin", "superuser")

SUPERUSER = frozenset({"superuser"})
ADMINS = frozenset({"admin", "superuser"})
SUPERVISORS = frozenset({"supervisor", "admin", "superuser"})
MEMBERS = frozenset({"enumerator", "supervisor", "admin", "superuser"})
PEOPLE = frozenset({"outsider", "enumerator", "supervisor", "admin", "superuser"})
DEVICE = frozenset({"device"})
TOKENS = PEOPLE | DEVICE
TUS = {"Tus-Resumable": "1.0.0"}

# Routes that are not part of the access matrix: documentation, probes, the HTML shell.
EXEMPT = frozenset(
    {
        "GET /openapi.json",
        "GET /docs",
        "GET /docs/oauth2-redirect",
        "GET /docs/assets/swagger-init.js",
        "GET /redoc",
        "GET /healthz",
        "GET /readyz",
        "GET /dashboard",  # a static page; its data comes from the routes below
    }
)


@dataclass(frozen=True)
class Route:
    method: str
    path: str
    allowed: frozenset[str]
    body: dict[str, object] | None = None
    headers: dict[str, str] | None = None
    # The status every caller gets, when the token plays no part (open routes).
    everyone: int | None = None
    # The status a denied caller with a token gets, when not the usual 403/404.
    denied: int | None = None

    @property
    def key(self) -> str:
        return f"{self.method} {self.path}"


S = "/api/v1/studies/{slug}"
ROUTES = [
    # accounts and studies
    Route(
        "POST",
        "/api/v1/auth/login",
        TOKENS,
        {"username": "newcomer", "password": PASSWORD},
        everyone=200,
    ),
    Route("POST", "/api/v1/auth/logout", TOKENS),
    Route("GET", "/api/v1/auth/me", PEOPLE),
    Route("GET", "/api/v1/studies", PEOPLE),
    Route("POST", "/api/v1/studies", SUPERUSER, {"slug": "second", "name": "Second"}),
    Route("GET", S, MEMBERS),
    Route("PATCH", S, ADMINS, {"time_zone": "America/Lima"}),
    Route(
        "POST", "/api/v1/users", SUPERUSER, {"username": "someone", "password": "long-enough-pw"}
    ),
    Route("PUT", S + "/members", ADMINS, {"username": "newcomer", "role": "enumerator"}),
    Route("DELETE", S + "/members/{username}", ADMINS),
    Route("GET", S + "/members", SUPERVISORS),
    Route("GET", S + "/audit", ADMINS),
    # devices
    Route("POST", S + "/enrollment-codes", SUPERVISORS, {"enumerator": "enum"}),
    # Open: the enrollment code is the credential (a made-up one is refused).
    Route(
        "POST",
        "/api/v1/devices/enroll",
        TOKENS,
        {"code": "not-a-code", "device_label": "t"},
        everyone=400,
    ),
    Route("GET", S + "/devices", SUPERVISORS),
    Route("POST", S + "/devices/{device_id}/revoke", SUPERVISORS),
    Route("GET", "/api/v1/devices/me", DEVICE),
    # forms
    Route("GET", S + "/forms", MEMBERS),
    Route("POST", S + "/forms", ADMINS, {"document": {}}),
    Route("GET", S + "/forms/{form_id}", MEMBERS),
    Route("GET", S + "/forms/{form_id}/draft", ADMINS),
    Route("PUT", S + "/forms/{form_id}/draft", ADMINS, {"document": {}}),
    Route("POST", S + "/forms/{form_id}/publish", ADMINS),
    Route("POST", S + "/forms/{form_id}/draft/privacy", ADMINS, {"fields": []}),
    Route("POST", S + "/forms/{form_id}/close", ADMINS, {"is_final": False}),
    Route("PUT", S + "/forms/{form_id}/assignments", ADMINS, {"enumerators": ["enum"]}),
    Route("POST", S + "/forms/import-xlsform", ADMINS),
    Route("GET", S + "/forms/{form_id}/versions/{version}", SUPERVISORS),
    Route("GET", S + "/forms/{form_id}/codebook", SUPERVISORS),
    Route("GET", S + "/forms/{form_id}/export", ADMINS),
    Route("GET", "/api/v1/forms", DEVICE),
    # People who may read submissions find the version in their studies; others: none.
    Route("GET", "/api/v1/forms/{form_id}/versions/{version}", SUPERVISORS | DEVICE, denied=404),
    # tablet sync and uploads (tus)
    Route("POST", "/api/v1/sync/push", DEVICE, {"batch_id": str(uuid.uuid4()), "items": []}),
    Route("GET", "/api/v1/sync/pull", DEVICE),
    Route("OPTIONS", "/api/v1/attachments/", TOKENS, everyone=204),
    Route("OPTIONS", "/api/v1/attachments", TOKENS, everyone=204),
    Route("POST", "/api/v1/attachments/", DEVICE, headers=TUS),
    Route("POST", "/api/v1/attachments", DEVICE, headers=TUS),
    Route("HEAD", "/api/v1/attachments/{upload_id}", DEVICE, headers=TUS),
    Route("DELETE", "/api/v1/attachments/{upload_id}", DEVICE, headers=TUS),
    Route("PATCH", "/api/v1/attachments/{upload_id}", DEVICE, headers=TUS),
    # privacy
    Route("GET", S + "/keys", ADMINS),
    Route("POST", S + "/keys/{purpose}/rotate", ADMINS),
    Route("POST", S + "/keys/{purpose}/{key_id}/destroy", ADMINS, {"confirm": "demo"}),
    Route("GET", S + "/forms/{form_id}/disclosure-risk", SUPERVISORS),
    # Recordings: admins unless the study's attachment policy adds supervisors.
    Route("GET", S + "/attachments/{sha256}", ADMINS),
    Route("POST", S + "/withdrawals", SUPERVISORS, {"instance_id": str(uuid.uuid4())}),
    Route("PUT", S + "/gazetteer", ADMINS, {"people": ["Nadie"]}),
    Route("PUT", S + "/attachment-policy", ADMINS, {"readers": ["admin"]}),
    # supervision
    Route("GET", S + "/plan", MEMBERS),
    Route("PUT", S + "/plan", SUPERVISORS, {"targets": []}),
    Route("GET", S + "/progress", SUPERVISORS),
    Route("GET", S + "/progress/devices", SUPERVISORS),
    Route("GET", S + "/progress/quality", SUPERVISORS),
    Route("GET", S + "/progress/respondents", SUPERVISORS),
    Route("POST", S + "/progress/stream-ticket", SUPERVISORS),
    # The stream is opened with a one-time ticket, not a token: a made-up one is refused.
    Route("GET", S + "/progress/stream?ticket=not-a-real-ticket", TOKENS, everyone=401),
    Route("GET", S + "/submissions/{instance_id}/review", SUPERVISORS),
    Route("PUT", S + "/submissions/{instance_id}/review", SUPERVISORS, {"comment": "ok"}),
    Route("GET", S + "/conflicts", SUPERVISORS),
    Route("POST", S + "/conflicts/{conflict_id}/resolve", SUPERVISORS, {"choices": {}}),
    Route("GET", S + "/quarantine", SUPERVISORS),
    Route("GET", S + "/quarantine/{quarantine_id}", SUPERVISORS),
    Route("POST", S + "/quarantine/{quarantine_id}/dismiss", SUPERVISORS),
    Route("POST", S + "/quarantine/{quarantine_id}/accept", SUPERVISORS, {"changes": {}}),
    Route("GET", S + "/holds", SUPERVISORS),
    Route("POST", S + "/holds/decisions", SUPERVISORS, {"decision": "release", "hold_ids": [1]}),
    # enumerators read their own interviews; supervisors and admins everyone's
    Route("GET", S + "/interviews", MEMBERS),
    Route("GET", S + "/interviews/{instance_id}", MEMBERS),
    # background exports: admins (permission `export`)
    Route("POST", S + "/forms/{form_id}/export-jobs", ADMINS, {"format": "csv"}),
    Route("GET", S + "/export-jobs/{job_id}", ADMINS),
    Route("GET", S + "/export-jobs/{job_id}/download", ADMINS),
]


def _app_routes(settings) -> set[str]:
    app = create_app(settings)
    found = set()
    for context in iter_route_contexts(app.routes):
        for method in getattr(context._effective_route, "methods", None) or ():
            if method != "HEAD" or "GET" not in getattr(context._effective_route, "methods", ()):
                found.add(f"{method} {context.path}")
    return found


def _is_page(key: str) -> bool:
    path = key.split(" ", 1)[1]
    return path in ("/", "/app") or path.startswith("/app/")


def test_every_route_has_a_row(settings):
    rows = {r.key.split("?")[0] for r in ROUTES}
    # Web pages use the browser session, not tokens: tests/api/test_pages_access.py
    # holds their matrix and requires a row for every one of them.
    routes = {r for r in _app_routes(settings) if not _is_page(r)}
    assert sorted(routes - rows - EXEMPT) == [], "routes without a row in the access matrix"
    assert sorted(rows - routes) == [], "rows for routes that do not exist"


def _expected_denial(actor: str, route: Route) -> int:
    if actor == "anonymous":
        return 401
    if route.denied is not None:
        return route.denied
    person_route = route.allowed & PEOPLE
    if actor == "outsider" and "{slug}" in route.path and person_route:
        return 404  # a study you are not in does not exist for you
    return 403


def _denied_by_authorization(response) -> bool:
    if response.status_code in (401, 403):
        return True
    if response.status_code != 404 or not response.content:
        return False
    return response.json().get("detail") == "No such study."


@pytest.mark.parametrize("route", ROUTES, ids=[r.key for r in ROUTES])
async def test_access_matrix(client, session, route: Route):
    study = make_study(session, slug="demo")
    other = make_study(session, slug="other")
    enumerator = make_member(session, study, Role.enumerator, "enum")
    make_published_form(session, study, "household", enumerator)
    tokens = {
        "outsider": make_token(session, make_member(session, other, Role.admin)),
        "enumerator": make_token(session, enumerator),
        "supervisor": make_token(session, make_member(session, study, Role.supervisor)),
        "admin": make_token(session, make_member(session, study, Role.admin)),
        "superuser": make_token(session, make_user(session, is_superuser=True)),
    }
    _, tokens["device"] = make_device(session, study, enumerator)
    target_device, _ = make_device(session, study, enumerator)
    make_user(session, "newcomer")
    session.commit()

    path = route.path.format(
        slug="demo",
        device_id=target_device.id,
        username="newcomer",
        form_id="household",
        version=1,
        purpose="pseudonym",
        key_id="no-such-key",
        sha256="0" * 64,
        instance_id=str(uuid.uuid4()),
        conflict_id=1,
        quarantine_id=1,
        upload_id="0" * 32,
        job_id=str(uuid.uuid4()),
    )
    wrong = []
    for actor in ACTORS:
        headers = (route.headers or {}) | (auth(tokens[actor]) if actor in tokens else {})
        response = await client.request(route.method, path, json=route.body, headers=headers)
        status = response.status_code
        if route.everyone is not None:
            ok = status == route.everyone
        elif actor in route.allowed:
            ok = status < 500 and not _denied_by_authorization(response)
        else:
            ok = status == _expected_denial(actor, route) and (
                response.headers["content-type"] == "application/problem+json"
            )
        if not ok:
            wrong.append(f"{actor}: {status} {response.text[:200]}")
    assert wrong == [], "\n".join(wrong)
