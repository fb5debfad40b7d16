"""The interview pages in a real Chromium against a real server, at 390 px and at 1280 px.

A supervisor logs in, filters the list, opens an interview, reviews it with a comment,
and approves others in bulk; the enumerator then reads the comment. Every page is
checked with axe-core and for sideways scrolling on a phone.
"""

from __future__ import annotations

import uuid

import httpx
import pytest

from tests.e2e.conftest import Server, running_server
from tests.e2e.web import SERVER_ENV, VIEWPORTS, browser_page, check_page, log_in
from tests.factories import push_body, push_item
from tests.unit.forms.submissions import household_answers

pytestmark = pytest.mark.e2e


def _push(server: Server, count: int) -> list[str]:
    code = (
        server.cli("devices", "enroll-code", "--study", "demo", "--enumerator", "enumerador1")
        .strip()
        .splitlines()[-1]
    )
    with httpx.Client(base_url=server.base_url, timeout=30) as http:
        enrolled = http.post("/api/v1/devices/enroll", json={"code": code, "device_label": "T1"})
        assert enrolled.status_code == 201, enrolled.text
        tablet = {"Authorization": f"Bearer {enrolled.json()['token']}"}
        items = [
            push_item(
                "household",
                {**household_answers(), "village": "manta"},
                instance_id=str(uuid.uuid4()),
            )
            for _ in range(count)
        ]
        pushed = http.post("/api/v1/sync/push", json=push_body(*items), headers=tablet)
        assert pushed.status_code == 200, pushed.text
    return [str(i["instance_id"]) for i in items]


def test_a_supervisor_reviews_interviews_on_a_phone_and_a_laptop(request, tmp_path):
    with running_server(request, "sqlite", tmp_path, extra_env=SERVER_ENV) as server:
        ids = _push(server, 6)
        for round_, viewport in enumerate(VIEWPORTS):
            mine = ids[round_ * 3 : round_ * 3 + 3]
            with browser_page(viewport) as page:
                log_in(page, server.base_url, "supervisor", "supervisor-demo")
                check_page(page, "study")
                page.goto(f"{server.base_url}/app/demo/interviews?village=manta")
                assert page.locator("ul.cards li.card").count() >= 6
                check_page(page, "interviews")

                # One interview, reviewed with a comment from its page.
                page.click(f'a[href="/app/demo/interviews/{mine[0]}"]')
                page.wait_for_load_state()
                assert "Entrevista al hogar" in page.inner_text("h1")
                check_page(page, "interview")
                page.fill("#comment", "Falta la edad del jefe de hogar.")
                page.click('button[name="state"][value="has_issues"]')
                page.wait_for_load_state()
                assert "Revisión guardada" in page.inner_text("[role=status]")
                assert "Falta la edad del jefe de hogar." in page.inner_text("main")

                # Two more, approved in bulk from the list.
                page.goto(f"{server.base_url}/app/demo/interviews?village=manta")
                for instance_id in mine[1:]:
                    page.check(f'input[name="instance_id"][value="{instance_id}"]')
                page.click('#bulk button[name="state"][value="approved"]')
                page.wait_for_load_state()
                assert "2 entrevistas revisadas" in page.inner_text("[role=status]")
                page.goto(f"{server.base_url}/app/demo/interviews?state=approved")
                approved = page.locator("ul.cards li.card a[href^='/app/demo/interviews/']")
                assert approved.count() == 2 * (round_ + 1)

                page.goto(f"{server.base_url}/app/demo/interviews?lang=en")
                assert "Household interview" in page.inner_text("main")
                check_page(page, "interviews-en")

            with browser_page(viewport) as page:
                log_in(page, server.base_url, "enumerador1", "enumerador1-demo")
                assert page.url.endswith("/app/demo/interviews")
                assert "Falta la edad del jefe de hogar." in page.inner_text("main")
                check_page(page, "enumerator")
