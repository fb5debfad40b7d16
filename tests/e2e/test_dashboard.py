"""The dashboard in a real headless Chromium against a real server: a sync shows up live.

Skips when Chromium or Playwright is missing, unless CHASQUI_TEST_REQUIRE_BROWSER=1 (CI).
Never downloads a browser: it drives the distribution's /usr/bin/chromium.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import httpx
import pytest

from tests.e2e.conftest import Server
from tests.factories import push_body, push_item
from tests.unit.forms.submissions import household_answers

CHROMIUM = Path("/usr/bin/chromium")
REQUIRE = os.environ.get("CHASQUI_TEST_REQUIRE_BROWSER") == "1"
# Screenshots for the README are taken only by `make screenshots`, which names the folder:
# `make test` must leave the working tree unchanged.
SCREENSHOT_DIR = os.environ.get("CHASQUI_SCREENSHOT_DIR")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _playwright():  # type: ignore[no-untyped-def]
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if REQUIRE:
            pytest.fail("playwright is required (CHASQUI_TEST_REQUIRE_BROWSER=1)")
        pytest.skip("playwright is not installed")
    if not CHROMIUM.exists():
        if REQUIRE:
            pytest.fail(f"{CHROMIUM} is required (CHASQUI_TEST_REQUIRE_BROWSER=1)")
        pytest.skip(f"{CHROMIUM} is not installed")
    return sync_playwright


def _push_interview(server: Server) -> str:
    code = (
        server.cli("devices", "enroll-code", "--study", "demo", "--enumerator", "enumerador1")
        .strip()
        .splitlines()[-1]
    )
    with httpx.Client(base_url=server.base_url, timeout=30) as http:
        enrolled = http.post(
            "/api/v1/devices/enroll", json={"code": code, "device_label": "Tableta 1"}
        )
        assert enrolled.status_code == 201, enrolled.text
        tablet = {"Authorization": f"Bearer {enrolled.json()['token']}"}
        item = push_item(
            "household", {**household_answers(), "village": "manta"}, instance_id=str(uuid.uuid4())
        )
        pushed = http.post("/api/v1/sync/push", json=push_body(item), headers=tablet)
        assert pushed.status_code == 200, pushed.text
        assert pushed.json()["results"][0]["outcome"] == "created"
    return str(item["instance_id"])


def test_dashboard_shows_a_new_sync_without_a_reload(server: Server):
    sync_playwright = _playwright()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 1400})
            page.goto(f"{server.base_url}/dashboard")
            page.fill("#username", "supervisor")
            page.fill("#password", "supervisor-demo")
            page.click("#login button[type=submit]")
            cell = page.locator('tr[data-village="manta"][data-form="household"] td.collected')
            cell.wait_for(timeout=15_000)
            assert cell.inner_text() == "0"
            page.locator("#live.on").wait_for(timeout=15_000)
            page.evaluate("window.__noReload = true")

            _push_interview(server)

            page.wait_for_function(
                """() => document.querySelector('tr[data-village="manta"][data-form="household"] td.collected')?.textContent === "1" """,
                timeout=20_000,
            )
            assert page.evaluate("window.__noReload") is True  # the same page, not a reload
            page.locator("#syncs tbody tr td").first.wait_for(timeout=10_000)
            if SCREENSHOT_DIR and server.env["CHASQUI_DATABASE_URL"].startswith("sqlite"):
                Path(SCREENSHOT_DIR).mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(Path(SCREENSHOT_DIR) / "dashboard.png"), full_page=True)
            page.set_viewport_size({"width": 390, "height": 844})  # a phone
            assert page.locator("#villages").is_visible()
        finally:
            browser.close()
