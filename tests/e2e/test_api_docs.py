"""/docs and /redoc render in a real Chromium with every request off this server refused.

A field office may have no internet: the API documentation must not need a CDN.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from tests.e2e.conftest import running_server
from tests.e2e.test_dashboard import ARGS, CHROMIUM, _playwright


@pytest.fixture(scope="module")
def docs_server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    # The pages do not depend on the database engine: SQLite is enough.
    with running_server(request, "sqlite", tmp_path_factory.mktemp("docs")) as started:
        yield started


def test_docs_pages_name_no_other_host(docs_server) -> None:
    for path in ("/docs", "/redoc"):
        page = httpx.get(docs_server.base_url + path, timeout=10)
        assert page.status_code == 200
        assert "<script>" not in page.text  # no inline code: the CSP forbids it
        urls = re.findall(r'(?:src|href)="([^"]+)"', page.text)
        assert urls
        for url in urls:
            assert not urlsplit(url).netloc, url
            asset = httpx.get(docs_server.base_url + url, timeout=10)
            assert asset.status_code == 200, url


@pytest.mark.parametrize(
    ("path", "rendered"),
    [("/docs", ".swagger-ui .info .title"), ("/redoc", "h1")],
    ids=["swagger-ui", "redoc"],
)
def test_docs_render_with_the_network_cut(docs_server, path: str, rendered: str) -> None:
    sync_playwright = _playwright()
    local = urlsplit(docs_server.base_url).netloc
    refused: list[str] = []
    errors: list[str] = []

    def only_this_server(route) -> None:  # type: ignore[no-untyped-def]
        if urlsplit(route.request.url).netloc == local:
            route.continue_()
        else:
            refused.append(route.request.url)
            route.abort()

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 390, "height": 844})
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.route("**/*", only_this_server)
            page.goto(docs_server.base_url + path)
            title = page.locator(rendered).first
            title.wait_for(timeout=20_000)
            assert "Chasqui" in title.inner_text()
        finally:
            browser.close()
    assert refused == []
    assert errors == []


def test_swagger_init_script_is_shipped() -> None:
    assert (Path(__file__).resolve().parents[2] / "api" / "static" / "swagger-init.js").is_file()
