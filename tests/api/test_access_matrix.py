"""The whole access matrix: every route, every kind of caller, on both engines.

The expected table is written out by hand (not derived from accounts.permissions),
so a change to the policy must change this file too.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from accounts.models import Role
from tests.factories import auth, make_device, make_member, make_study, make_token, make_user

ACTORS = ("anonymous", "outsider", "enumerator", "device", "supervisor", "admin", "superuser")


@dataclass(frozen=True)
class Route:
    method: str
    path: str
    allowed: frozenset[str]
    body: dict[str, object] | None = None


SUPERVISORS = frozenset({"supervisor", "admin", "superuser"})
ADMINS = frozenset({"admin", "superuser"})
MEMBERS = frozenset({"enumerator", "supervisor", "admin", "superuser"})

ROUTES = [
    Route("GET", "/api/v1/studies/{slug}", MEMBERS),
    Route("GET", "/api/v1/studies/{slug}/members", SUPERVISORS),
    Route(
        "PUT",
        "/api/v1/studies/{slug}/members",
        ADMINS,
        {"username": "newcomer", "role": "enumerator"},
    ),
    Route("POST", "/api/v1/studies/{slug}/enrollment-codes", SUPERVISORS, {"enumerator": "enum"}),
    Route("GET", "/api/v1/studies/{slug}/devices", SUPERVISORS),
    Route("POST", "/api/v1/studies/{slug}/devices/{device}/revoke", SUPERVISORS),
    Route("GET", "/api/v1/studies/{slug}/audit", ADMINS),
    Route(
        "POST", "/api/v1/studies", frozenset({"superuser"}), {"slug": "second", "name": "Second"}
    ),
    Route(
        "POST",
        "/api/v1/users",
        frozenset({"superuser"}),
        {"username": "someone", "password": "long-enough-pw"},
    ),
    Route("GET", "/api/v1/devices/me", frozenset({"device"})),
    Route("GET", "/api/v1/studies/{slug}/forms", MEMBERS),
    Route("GET", "/api/v1/studies/{slug}/conflicts", SUPERVISORS),
    Route("GET", "/api/v1/studies/{slug}/quarantine", SUPERVISORS),
    Route("GET", "/api/v1/studies/{slug}/progress", SUPERVISORS),
    Route("GET", "/api/v1/studies/{slug}/keys", ADMINS),
    Route("PUT", "/api/v1/studies/{slug}/gazetteer", ADMINS, {"people": ["Nadie"]}),
    Route("GET", "/api/v1/forms", frozenset({"device"})),
    Route("GET", "/api/v1/sync/pull", frozenset({"device"})),
    Route(
        "GET",
        "/api/v1/auth/me",
        frozenset({"outsider", "enumerator", "supervisor", "admin", "superuser"}),
    ),
]


def _expected_denial(actor: str, route: Route) -> int:
    if actor == "anonymous":
        return 401
    if actor == "outsider" and "{slug}" in route.path:
        return 404  # a study you are not in does not exist for you
    return 403


@pytest.mark.parametrize("actor", ACTORS)
@pytest.mark.parametrize("route", ROUTES, ids=[f"{r.method} {r.path}" for r in ROUTES])
async def test_access_matrix(client, session, route: Route, actor: str):
    study = make_study(session, slug="demo")
    other = make_study(session, slug="other")
    enumerator = make_member(session, study, Role.enumerator, "enum")
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

    path = route.path.format(slug="demo", device=target_device.id)
    headers = auth(tokens[actor]) if actor in tokens else {}
    response = await client.request(route.method, path, json=route.body, headers=headers)

    if actor in route.allowed:
        assert response.status_code < 300, response.text
    else:
        assert response.status_code == _expected_denial(actor, route), response.text
        assert response.headers["content-type"] == "application/problem+json"
