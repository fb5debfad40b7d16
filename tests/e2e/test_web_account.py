"""Accounts in a real Chromium against a real server, at 390 px and at 1280 px.

"Demo passwords, change them": an admin resets an enumerator's password on the
members page, the enumerator logs in with it and changes it on their account page.
The login, error, members and account pages are checked with axe-core and for
sideways scrolling on a phone.
"""

from __future__ import annotations

import pytest

from tests.e2e.conftest import running_server
from tests.e2e.web import SERVER_ENV, VIEWPORTS, browser_page, check_page, log_in

pytestmark = pytest.mark.e2e


def test_an_admin_resets_a_password_and_the_person_changes_it(request, tmp_path):
    with running_server(request, "sqlite", tmp_path, extra_env=SERVER_ENV) as server:
        base = server.base_url
        for round_, viewport in enumerate(VIEWPORTS):
            reset, own = f"quinua-tostada-{round_}-puna", f"maiz-morado-{round_}-chicha"
            current = "enumerador2-demo" if round_ == 0 else "maiz-morado-0-chicha"
            with browser_page(viewport) as page:
                page.goto(f"{base}/app/login")
                check_page(page, "login")
                log_in(page, base, "investigadora", "investigadora-demo")
                page.goto(f"{base}/app/demo/members")
                check_page(page, "members")
                card = page.locator("li.card", has=page.locator("strong", has_text="enumerador2"))
                card.locator("summary").click()
                card.locator('input[name="new"]').fill(reset)
                card.locator('button[type="submit"]', has_text="Guardar").click()
                page.wait_for_load_state()
                assert "enumerador2" in page.inner_text("[role=status]")
                page.goto(f"{base}/app/demo/no-such-page")
                check_page(page, "error")

            with browser_page(viewport) as page:
                page.goto(f"{base}/app/login")
                page.fill("#username", "enumerador2")
                page.fill("#password", current)
                page.click("main button[type=submit]")
                assert "/app/login" in page.url  # the old password no longer works
                log_in(page, base, "enumerador2", reset)
                page.goto(f"{base}/app/demo/account")
                check_page(page, "account")
                page.fill("#current", reset)
                page.fill("#new", own)
                page.fill("#confirm", own)
                page.click("main button.primary")
                page.wait_for_load_state()
                assert "Su contraseña cambió" in page.inner_text("[role=status]")
                page.click("header button[type=submit]")  # log out
                page.wait_for_load_state()
                assert page.url.endswith("/app/login")
                log_in(page, base, "enumerador2", own)
