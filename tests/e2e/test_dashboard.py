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
    """One household interview from Manta; its tablet clock says it ended before it began,
    so it raises a quality alert. Also one interview of a form the server does not know."""
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
            "household",
            {**household_answers(), "village": "manta"},
            instance_id=str(uuid.uuid4()),
            started_at="2026-11-20T15:10:00-05:00",
            ended_at="2026-11-20T14:00:00-05:00",
        )
        unknown = push_item("censo_viejo", {"x": 1}, instance_id=str(uuid.uuid4()))
        pushed = http.post("/api/v1/sync/push", json=push_body(item, unknown), headers=tablet)
        assert pushed.status_code == 200, pushed.text
        outcomes = [r["outcome"] for r in pushed.json()["results"]]
        assert outcomes == ["created", "quarantined"]
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

            instance_id = _push_interview(server)

            page.wait_for_function(
                """() => document.querySelector('tr[data-village="manta"][data-form="household"] td.collected')?.textContent === "1" """,
                timeout=20_000,
            )
            assert page.evaluate("window.__noReload") is True  # the same page, not a reload
            page.locator("#syncs tbody tr td").first.wait_for(timeout=10_000)
            _check_words_and_links(page, instance_id)
            _check_accessible(page)
            if SCREENSHOT_DIR and server.env["CHASQUI_DATABASE_URL"].startswith("sqlite"):
                Path(SCREENSHOT_DIR).mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(Path(SCREENSHOT_DIR) / "dashboard.png"), full_page=True)
            page.set_viewport_size({"width": 390, "height": 844})  # a phone
            assert page.locator("#villages").is_visible()
            _check_phone(page)
            _check_accessible(page)
            if SCREENSHOT_DIR and server.env["CHASQUI_DATABASE_URL"].startswith("sqlite"):
                shot = Path(SCREENSHOT_DIR) / "dashboard-phone.png"
                page.screenshot(path=str(shot), full_page=True)
        finally:
            browser.close()


def _check_accessible(page) -> None:  # type: ignore[no-untyped-def]
    """axe-core finds no serious or critical violation (the wide tables scroll by keyboard too)."""
    from tests.e2e.web import blocking_violations  # web.py imports this module

    assert blocking_violations(page) == []


def _check_words_and_links(page, instance_id: str) -> None:  # type: ignore[no-untyped-def]
    """Spanish words, not codes; alerts name their interview; queues open the web pages."""
    alert = page.locator(f'#quality li[data-instance="{instance_id}"]')
    alert.wait_for(timeout=15_000)
    text = alert.inner_text()
    assert "Hora de la tableta dudosa" in text
    assert "termina antes de empezar" in text
    assert "clock." not in text
    assert "Manta" in text and "enumerador1" in text and "Entrevista al hogar" in text
    assert "20 nov 2026" in text.lower().replace(".", "")  # its day in Lima
    link = alert.locator("a.open")
    assert link.get_attribute("href") == f"/app/demo/interviews/{instance_id}"
    villages = page.locator("#villages").inner_text()
    assert "Entrevista al hogar" in villages
    assert "household" not in villages
    assert page.locator("#conflicts-link").get_attribute("href") == "/app/demo/conflicts"
    assert page.locator("#quarantine-link").get_attribute("href") == "/app/demo/quarantine"
    page.locator('#queues [data-reason="form.unknown"]').wait_for(timeout=15_000)
    queues = page.locator("#queues").inner_text()
    assert "Formulario desconocido" in queues
    assert "form.unknown" not in queues


def _check_phone(page) -> None:  # type: ignore[no-untyped-def]
    """At 390 px: no sideways page, key columns in view, a scroll hint, readable alerts."""
    page.wait_for_timeout(300)  # let the resize listener mark overflowing tables
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px"
    first = page.locator("#villages tbody td").first.bounding_box()
    assert first is not None and first["x"] >= 0 and first["x"] + first["width"] <= 390
    page.locator("#villages").evaluate("el => el.parentElement.scrollLeft = 10000")
    still = page.locator("#villages tbody td").first.bounding_box()
    assert still is not None and 0 <= still["x"] < 390  # the community column stays put
    assert page.locator("#villages + .hint, .scroll:has(#villages) + .hint").first.is_visible()
    what = page.locator("#quality li .what").first.bounding_box()
    assert what is not None and what["width"] >= 250, what  # not one letter per line
    assert page.locator("#quality li a.open").first.bounding_box() is not None
