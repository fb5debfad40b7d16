"""Helpers for browser tests of the web app: Chromium, logging in, axe-core, overflow, screenshots.

Reuses test_dashboard's Chromium and its rules: Debian's /usr/bin/chromium, never a
download; screenshots only into CHASQUI_SCREENSHOT_DIR when it is set.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tests.e2e.test_dashboard import ARGS, CHROMIUM, SCREENSHOT_DIR, _playwright

PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1280, "height": 900}
VIEWPORTS = (PHONE, LAPTOP)
BLOCKING = ("serious", "critical")
# The pages are the subject here, not the pool of processes that prepares a push (the
# client and sync tests run the server as deployed, pool and all): without the pool a
# server starts in 3 s instead of 4.5 and spends 4 s less of the CPU the browser needs.
SERVER_ENV = {"CHASQUI_PREPARE_WORKERS": "1"}


@contextmanager
def browser_page(viewport: dict[str, int]) -> Iterator[Any]:
    """A fresh Chromium page (its own cookies) at `viewport`."""
    sync_playwright = _playwright()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            context = browser.new_context(viewport=viewport, locale="es-PE")
            yield context.new_page()
        finally:
            browser.close()


def log_in(page: Any, base_url: str, username: str, password: str) -> None:
    page.goto(f"{base_url}/app/login")
    page.fill("#username", username)
    page.fill("#password", password)
    page.click("main button[type=submit]")
    page.wait_for_load_state()
    assert "/app/login" not in page.url, page.content()[:500]


def blocking_violations(page: Any) -> list[str]:
    """axe-core's serious and critical violations on the page, as 'rule: target' lines."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{v['id']}: {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v.get("impact") in BLOCKING
    ]


def overflow_px(page: Any) -> int:
    """How far the page is wider than the viewport (0: nothing scrolls sideways)."""
    width = page.evaluate("document.documentElement.scrollWidth")
    viewport = page.viewport_size["width"]
    return max(0, int(width) - int(viewport))


def check_page(page: Any, name: str) -> None:
    """axe-core clean, no sideways scroll on a phone, and a screenshot when asked for."""
    assert blocking_violations(page) == [], f"{name}: accessibility violations"
    if page.viewport_size["width"] <= PHONE["width"]:
        assert overflow_px(page) == 0, f"{name}: the page scrolls sideways at 390 px"
    if SCREENSHOT_DIR:
        Path(SCREENSHOT_DIR).mkdir(parents=True, exist_ok=True)
        width = page.viewport_size["width"]
        page.screenshot(path=str(Path(SCREENSHOT_DIR) / f"web-{name}-{width}.png"), full_page=True)
