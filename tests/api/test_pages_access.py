"""The web pages' access matrix: every /app route, every kind of person, on both engines.

Pages use the browser session (a cookie), so their denials differ from the API's:
no cookie sends the browser to the login (303), a study you are not in is a 404
page, a role that may not is a 403 page. A page route without a row here fails
`test_every_page_route_has_a_row`. POST rows are sent with the session's CSRF token.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import pytest

from accounts import store
from accounts.models import Role
from api.pages.session import SESSION_COOKIE, csrf_token
from tests.api.pages import page_client
from tests.api.test_access_matrix import _app_routes, _is_page
from tests.factories import (
    auth,
    make_device,
    make_member,
    make_published_form,
    make_study,
    make_token,
    make_user,
    push_item,
)
from tests.unit.forms.submissions import household_answers

ACTORS = ("anonymous", "outsider", "enumerator", "supervisor", "admin", "superuser")
EVERYONE = frozenset(ACTORS)
PEOPLE = EVERYONE - {"anonymous"}
MEMBERS = frozenset({"enumerator", "supervisor", "admin", "superuser"})
SUPERVISORS = frozenset({"supervisor", "admin", "superuser"})
ADMINS = frozenset({"admin", "superuser"})
SECRET = "test-secret-key-test-secret-key-0123"  # tests/conftest.py settings


@dataclass(frozen=True)
class Page:
    method: str
    path: str
    allowed: frozenset[str]
    form: dict[str, str] | None = None
    # The status an allowed person gets when it is not a success (a made-up resource).
    status: int | None = None

    @property
    def key(self) -> str:
        return f"{self.method} {self.path}"


A = "/app/{slug}"
PAGES = [
    Page("GET", "/", EVERYONE),
    Page("GET", "/app/login", EVERYONE),
    Page("POST", "/app/login", EVERYONE, {"username": "nobody", "password": "wrong"}),
    Page("POST", "/app/logout", PEOPLE),
    Page("GET", "/app", PEOPLE),
    Page("GET", A, MEMBERS),
    Page("GET", A + "/interviews", MEMBERS),
    Page(
        "POST",
        A + "/interviews/review",
        SUPERVISORS,
        {"state": "approved", "instance_id": "{instance_id}"},
    ),
    Page("GET", A + "/interviews/{instance_id}", MEMBERS),
    Page("POST", A + "/interviews/{instance_id}/review", SUPERVISORS, {"state": "approved"}),
    # The study's attachment policy lets admins only (the default); the file is made up.
    Page("GET", A + "/attachments/{sha256}", ADMINS, status=404),
    Page("GET", A + "/account", MEMBERS),
    # Allowed people send a wrong current password: refused on the page, not denied.
    Page(
        "POST",
        A + "/account/password",
        MEMBERS,
        {"current": "wrong", "new": "x", "confirm": "x"},
        status=422,
    ),
    Page("GET", A + "/members", ADMINS),
    # A password that breaks the rules: refused on the page (422), not denied.
    Page("POST", A + "/members/{username}/password", ADMINS, {"new": "short"}, status=422),
    Page("POST", A + "/members/{username}/remove", ADMINS),
    Page("GET", A + "/conflicts", SUPERVISORS),
    Page("GET", A + "/conflicts/{conflict_id}", SUPERVISORS, status=404),
    Page("POST", A + "/conflicts/{conflict_id}", SUPERVISORS, status=404),
    Page("GET", A + "/quarantine", SUPERVISORS),
    Page("GET", A + "/quarantine/{quarantine_id}", SUPERVISORS, status=404),
    Page("POST", A + "/quarantine/{quarantine_id}/accept", SUPERVISORS, status=404),
    Page("POST", A + "/quarantine/{quarantine_id}/dismiss", SUPERVISORS, status=404),
    Page("GET", A + "/holds", SUPERVISORS),
    Page("POST", A + "/holds/decide", SUPERVISORS, {"decision": "release", "hold": "999999"}),
    Page("GET", A + "/forms", SUPERVISORS),
    # No file sent: refused as an invalid request (422), not denied.
    Page("POST", A + "/forms", ADMINS, {}, status=422),
    Page("GET", A + "/forms/{form_id}", SUPERVISORS),
    Page("POST", A + "/forms/{form_id}/privacy", ADMINS, {}, status=409),
    Page("POST", A + "/forms/{form_id}/publish", ADMINS, {}, status=409),
    Page("POST", A + "/forms/{form_id}/close", ADMINS, {}),
    Page("GET", A + "/forms/{form_id}/versions/{version}", SUPERVISORS),
    Page("GET", A + "/fieldwork", SUPERVISORS),
    Page("POST", A + "/fieldwork/codes", SUPERVISORS, {"enumerator": "enum"}),
    Page("POST", A + "/fieldwork/devices/{device_id}/revoke", SUPERVISORS, {}),
    Page("POST", A + "/fieldwork/plan", SUPERVISORS, {"new_form": "household", "new_target": "3"}),
    Page("GET", A + "/exports", ADMINS),
    Page("POST", A + "/exports", ADMINS, {"form_id": "household", "format": "csv"}),
    Page("GET", A + "/exports/{job_id}", ADMINS, status=404),
    Page("GET", A + "/exports/{job_id}/download", ADMINS, status=404),
]


def test_every_page_route_has_a_row(settings):
    pages = {r for r in _app_routes(settings) if _is_page(r)}
    rows = {p.key for p in PAGES}
    assert sorted(pages - rows) == [], "page routes without a row in the page access matrix"
    assert sorted(rows - pages) == [], "rows for page routes that do not exist"


def _denied(actor: str, page: Page) -> int:
    if actor == "anonymous":
        return 303
    if actor == "outsider" and "{slug}" in page.path:
        return 404
    return 403


def _ok(actor: str, page: Page, status: int, location: str) -> bool:
    if actor in page.allowed and page.status is not None:
        return status == page.status
    if actor in page.allowed:
        # Allowed: anything but a denial (the login redirect of an unknown session included).
        return status < 500 and status not in (403, 404) and "/app/login?" not in location
    return status == _denied(actor, page) and (
        actor != "anonymous" or location.startswith("/app/login")
    )


@pytest.mark.parametrize("page", PAGES, ids=[p.key for p in PAGES])
async def test_page_access_matrix(app, client, session, page: Page):
    study = make_study(session, slug="demo")
    other = make_study(session, slug="other")
    enumerator = make_member(session, study, Role.enumerator, "enum")
    make_published_form(session, study, "household", enumerator)
    device, device_token = make_device(session, study, enumerator)
    people = {
        "outsider": make_member(session, other, Role.admin),
        "enumerator": enumerator,
        "supervisor": make_member(session, study, Role.supervisor),
        "admin": make_member(session, study, Role.admin),
        "superuser": make_user(session, is_superuser=True),
    }
    newcomer = make_member(session, study, Role.enumerator, "newcomer")
    session.commit()
    item = push_item("household", {**household_answers(), "village": "manta"})
    pushed = await client.post(
        "/api/v1/sync/push",
        json={"batch_id": str(uuid.uuid4()), "items": [item]},
        headers=auth(device_token),
    )
    assert pushed.status_code == 200, pushed.text
    values = {
        "slug": "demo",
        "instance_id": item["instance_id"],
        "username": "newcomer",
        "sha256": "0" * 64,
        "conflict_id": "1",
        "quarantine_id": "1",
        "form_id": "household",
        "version": "1",
        "device_id": device.id,
        "job_id": "0" * 36,
    }
    path = page.path.format(**values)
    wrong = []
    for actor in ACTORS:
        # Back in the study before each try: an allowed removal takes them out.
        store.set_membership(session, study=study, user=newcomer, role=Role.enumerator)
        session.commit()
        async with page_client(app) as web:
            form = {k: v.format(**values) for k, v in (page.form or {}).items()}
            if page.method == "POST" and page.path == "/app/login":
                await web.get("/app/login")  # the pre-login CSRF cookie
                login = web.cookies.get("chasqui_login", path="/app")
                form["csrf"] = csrf_token(SECRET.encode(), login or "")
            elif actor in people:
                token = make_token(session, people[actor])
                session.commit()
                web.cookies.set(SESSION_COOKIE, token, domain="chasqui.test", path="/app")
                form["csrf"] = csrf_token(SECRET.encode(), token)
            response = await web.request(page.method, path, data=form or None)
        location = response.headers.get("location", "")
        if not _ok(actor, page, response.status_code, location):
            wrong.append(f"{actor}: {response.status_code} {location}")
    assert wrong == [], "\n".join(wrong)
