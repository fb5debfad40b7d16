"""The export pages in a real Chromium against a real server, at 390 px and at 1280 px.

The study's admin chooses a form, a format and options, starts the job, follows its
progress page (it refreshes itself) and downloads the zip.
"""

from __future__ import annotations

import zipfile

import pytest

from tests.e2e.conftest import running_server
from tests.e2e.web import SERVER_ENV, VIEWPORTS, browser_page, check_page, log_in

pytestmark = pytest.mark.e2e


def test_an_admin_exports_and_downloads_on_a_phone_and_a_laptop(request, tmp_path):
    with running_server(request, "sqlite", tmp_path, extra_env=SERVER_ENV) as server:
        for fmt, viewport in zip(("csv", "xlsx"), VIEWPORTS, strict=True):
            with browser_page(viewport) as page:
                log_in(page, server.base_url, "investigadora", "investigadora-demo")
                page.goto(f"{server.base_url}/app/demo/exports")
                check_page(page, "exports")

                page.select_option("#format", fmt)
                page.check("input[name=labels]")
                page.click("main form button[type=submit]")
                page.wait_for_load_state()
                assert "/app/demo/exports/" in page.url
                link = page.locator("a[href$='/download']")
                link.wait_for(timeout=60_000)  # the page refreshes itself until the zip is ready
                check_page(page, "export-job")

                with page.expect_download() as caught:
                    link.click()
                saved = tmp_path / f"export-{fmt}.zip"
                caught.value.save_as(saved)
                with zipfile.ZipFile(saved) as archive:
                    names = archive.namelist()
                assert "codebook.json" in names
                assert any(name.endswith(f".{fmt}") for name in names)
