"""A quarantined interview corrected and accepted in a real Chromium at 390 px and 1280 px.

A tablet pushes an interview whose answers do not fit the form; a supervisor reads
why (field by field, in Spanish, then in English), first types a correction that
still does not fit and is told where, then a good one; the item becomes an interview
that opens on its page. Another item is dismissed. axe-core and sideways scrolling
are checked on every page.
"""

from __future__ import annotations

import uuid

import httpx
import pytest

from tests.e2e.conftest import running_server
from tests.e2e.test_web_conflicts import _push, _tablet
from tests.e2e.web import SERVER_ENV, VIEWPORTS, browser_page, check_page, log_in
from tests.factories import push_item
from tests.unit.forms.submissions import household_answers

pytestmark = pytest.mark.e2e


def _bad_item() -> dict:
    data = {**household_answers(), "village": "manta", "land_held_ha": "media hectárea"}
    return push_item("household", data, instance_id=str(uuid.uuid4()))


def test_a_supervisor_corrects_and_accepts_a_quarantined_interview(request, tmp_path):
    with running_server(request, "sqlite", tmp_path, extra_env=SERVER_ENV) as server:
        with httpx.Client(base_url=server.base_url, timeout=30) as http:
            tablet = _tablet(server, http, "enumerador1")
            items = [_bad_item() for _ in range(2 * len(VIEWPORTS))]
            receipts = [_push(http, tablet, item) for item in items]
        assert {r["outcome"] for r in receipts} == {"quarantined"}
        for round_, viewport in enumerate(VIEWPORTS):
            accepted, dismissed = receipts[2 * round_], receipts[2 * round_ + 1]
            with browser_page(viewport) as page:
                log_in(page, server.base_url, "supervisor", "supervisor-demo")
                page.goto(f"{server.base_url}/app/demo/quarantine")
                main = page.inner_text("main")
                assert "Algunas respuestas no corresponden al formulario" in main
                assert "answer.type" not in main and "answer.invalid" not in main
                check_page(page, "quarantine")
                page.goto(f"{server.base_url}/app/demo/quarantine?lang=en")
                assert "Some answers do not fit the form" in page.inner_text("main")
                page.goto(f"{server.base_url}/app/demo/quarantine?lang=es")

                page.click(f'a[href="/app/demo/quarantine/{accepted["quarantine_id"]}"]')
                page.wait_for_load_state()
                check_page(page, "quarantine-item")
                page.fill("#v0", "mucho")
                page.click("main form[action$='/accept'] button[type=submit]")
                page.wait_for_load_state()
                alert = page.inner_text("[role=alert]")
                assert "Todavía hay respuestas" in alert and "mucho" not in alert
                check_page(page, "quarantine-still-invalid")

                page.fill("#v0", "0.5")
                page.click("main form[action$='/accept'] button[type=submit]")
                page.wait_for_load_state()
                assert "/app/demo/quarantine?accepted=" in page.url
                assert "Aceptada" in page.inner_text("[role=status]")
                page.click("[role=status] a")
                page.wait_for_load_state()
                assert page.url.endswith(f"/app/demo/interviews/{accepted['instance_id']}")
                assert "0.5" in page.inner_text("ul.answers")

                page.goto(f"{server.base_url}/app/demo/quarantine/{dismissed['quarantine_id']}")
                page.on("dialog", lambda dialog: dialog.accept())
                page.click("main form[action$='/dismiss'] button")
                page.wait_for_load_state()
                assert "Descartada" in page.inner_text("[role=status]")
                listed = page.locator(
                    f'a[href="/app/demo/quarantine/{dismissed["quarantine_id"]}"]'
                )
                assert listed.count() == 0
