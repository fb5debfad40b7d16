"""Helpers for tests of the web pages: an HTTPS client (Secure cookies), login, CSRF, HTML."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import httpx

from tests.factories import PASSWORD

_CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def page_client(app) -> httpx.AsyncClient:
    # https: the cookies are Secure, and a cookie jar sends them over https only.
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    return httpx.AsyncClient(transport=transport, base_url="https://chasqui.test")


def csrf_of(html: str) -> str:
    found = _CSRF.search(html)
    assert found, "the page has no CSRF field"
    return found.group(1)


async def log_in(client: httpx.AsyncClient, username: str, password: str = PASSWORD):
    page = await client.get("/app/login")
    assert page.status_code == 200, page.text
    response = await client.post(
        "/app/login",
        data={"username": username, "password": password, "csrf": csrf_of(page.text)},
    )
    assert response.status_code == 303, response.text
    return response


class PageParts(HTMLParser):
    """What a page holds that the security tests look at: scripts, styles, forms."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[dict[str, str | None]] = []
        self.inline_scripts: list[str] = []
        self.style_blocks = 0
        self.event_handlers: list[str] = []
        self.post_forms: list[dict[str, str | None]] = []
        self.csrf_fields = 0
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        named = dict(attrs)
        self.event_handlers += [k for k, _ in attrs if k.startswith("on")]
        if tag == "script":
            self.scripts.append(named)
            self._in_script = True
        elif tag == "style":
            self.style_blocks += 1
        elif tag == "form" and (named.get("method") or "").lower() == "post":
            self.post_forms.append(named)
        elif tag == "input" and named.get("name") == "csrf":
            self.csrf_fields += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script and data.strip():
            self.inline_scripts.append(data)


def parts_of(html: str) -> PageParts:
    parser = PageParts()
    parser.feed(html)
    return parser
