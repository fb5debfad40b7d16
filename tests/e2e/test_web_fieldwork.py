"""The fieldwork page in a real Chromium against a real server, at 390 px and at 1280 px.

A supervisor issues an enrollment code and sees its QR code, a tablet enrolls with
it, the supervisor revokes that tablet (its token stops working) and edits a target
of the plan. axe-core and sideways-scroll checks on every state of the page.
"""

from __future__ import annotations

import httpx
import pytest

from tests.e2e.conftest import running_server
from tests.e2e.web import SERVER_ENV, VIEWPORTS, browser_page, check_page, log_in

pytestmark = pytest.mark.e2e


def test_a_supervisor_enrolls_revokes_and_plans_on_a_phone_and_a_laptop(request, tmp_path):
    with running_server(request, "sqlite", tmp_path, extra_env=SERVER_ENV) as server:
        for round_, viewport in enumerate(VIEWPORTS):
            with browser_page(viewport) as page:
                log_in(page, server.base_url, "supervisor", "supervisor-demo")
                page.goto(f"{server.base_url}/app/demo/fieldwork")
                check_page(page, "fieldwork")

                page.select_option("#enumerator", "enumerador1")
                page.click("main form[action$='/codes'] button")
                page.wait_for_load_state()
                code = page.inner_text(".enrollment .code").strip()
                assert page.locator(".enrollment .qr svg").count() == 1
                check_page(page, "fieldwork-code")

                label = f"Tableta {round_}"
                with httpx.Client(base_url=server.base_url, timeout=30) as http:
                    enrolled = http.post(
                        "/api/v1/devices/enroll", json={"code": code, "device_label": label}
                    )
                    assert enrolled.status_code == 201, enrolled.text
                    tablet = {"Authorization": f"Bearer {enrolled.json()['token']}"}
                    assert http.get("/api/v1/devices/me", headers=tablet).status_code == 200

                    page.goto(f"{server.base_url}/app/demo/fieldwork")
                    page.once("dialog", lambda dialog: dialog.accept())
                    page.click(f"button:has-text('Revocar {label}')")
                    page.wait_for_load_state()
                    assert page.locator("[role=status]").count() == 1
                    assert http.get("/api/v1/devices/me", headers=tablet).status_code == 401

                first = page.locator("input[name^='target:']").first
                first.fill(str(40 + round_))
                page.click("main form[action$='/plan'] button[type=submit]")
                page.wait_for_load_state()
                assert page.locator("[role=status]").count() == 1
                assert page.locator("input[name^='target:']").first.input_value() == str(
                    40 + round_
                )
                check_page(page, "fieldwork-plan")
