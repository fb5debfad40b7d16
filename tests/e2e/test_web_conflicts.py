"""A real conflict, made by two tablets, resolved in a real Chromium at 390 px and 1280 px.

Two enumerators' tablets edit one interview offline; a supervisor opens the conflict
queue, the conflict side by side, chooses a value (on the phone) or types one (on the
laptop), and the interview page then shows the chosen value. axe-core and sideways
scrolling are checked on every page.
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


def _tablet(server: Server, http: httpx.Client, enumerator: str) -> dict[str, str]:
    code = (
        server.cli("devices", "enroll-code", "--study", "demo", "--enumerator", enumerator)
        .strip()
        .splitlines()[-1]
    )
    enrolled = http.post(
        "/api/v1/devices/enroll", json={"code": code, "device_label": f"T-{enumerator}"}
    )
    assert enrolled.status_code == 201, enrolled.text
    return {"Authorization": f"Bearer {enrolled.json()['token']}"}


def _push(http: httpx.Client, tablet: dict[str, str], item: dict) -> dict:
    pushed = http.post("/api/v1/sync/push", json=push_body(item), headers=tablet)
    assert pushed.status_code == 200, pushed.text
    return pushed.json()["results"][0]


def _make_conflict(http: httpx.Client, one: dict[str, str], two: dict[str, str]) -> str:
    """Both tablets edit the same interview offline: land held 1.5 ha on one, 3.25 on the other."""
    item = push_item(
        "household", {**household_answers(), "village": "manta"}, instance_id=str(uuid.uuid4())
    )
    rev = _push(http, one, item)["rev"]
    for tablet, hectares in ((one, 1.5), (two, 3.25)):
        data = {**item["data"], "land_held_ha": hectares}
        _push(http, tablet, {**item, "base_rev": rev, "data": data})
    return str(item["instance_id"])


def test_a_supervisor_resolves_a_two_tablet_conflict_on_a_phone_and_a_laptop(request, tmp_path):
    with running_server(request, "sqlite", tmp_path, extra_env=SERVER_ENV) as server:
        with httpx.Client(base_url=server.base_url, timeout=30) as http:
            one = _tablet(server, http, "enumerador1")
            two = _tablet(server, http, "enumerador2")
            conflicts = [_make_conflict(http, one, two) for _ in VIEWPORTS]
        for viewport, instance_id in zip(VIEWPORTS, conflicts, strict=True):
            with browser_page(viewport) as page:
                log_in(page, server.base_url, "supervisor", "supervisor-demo")
                page.goto(f"{server.base_url}/app/demo/conflicts")
                assert "Entrevista al hogar" in page.inner_text("main")
                check_page(page, "conflicts")

                card = page.locator("li.card", has=page.locator(f'a[href$="{instance_id}"]'))
                card.locator("a[href*='/conflicts/']").click()
                page.wait_for_load_state()
                main = page.inner_text("main")
                assert "1.5" in main and "3.25" in main  # both tablets' values
                assert "enumerador1" in main and "enumerador2" in main  # and who wrote them
                check_page(page, "conflict")

                if viewport["width"] < 1000:
                    # Choose the second tablet's value.
                    page.locator("li.candidate", has_text="3.25").locator("input").check()
                    expected = "3.25"
                else:
                    page.check('input[value="type"]')
                    page.fill("#v0", "2.75")
                    expected = "2.75"
                page.click("main form button[type=submit]")
                page.wait_for_load_state()
                assert "/app/demo/conflicts?resolved=" in page.url
                assert "Conflicto resuelto" in page.inner_text("[role=status]")
                assert page.locator(f'a[href$="{instance_id}"]').count() == 1  # only the notice
                check_page(page, "conflicts-resolved")

                page.click("[role=status] a")
                page.wait_for_load_state()
                assert page.url.endswith(f"/app/demo/interviews/{instance_id}")
                answers = page.inner_text("ul.answers")
                assert expected in answers
                assert ({"1.5", "3.25", "2.75"} - {expected}).isdisjoint(answers.split())
