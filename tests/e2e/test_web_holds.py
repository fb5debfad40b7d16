"""The privacy review queue in a real Chromium at 390 px and 1280 px.

A tablet pushes interviews whose free text holds a word the scrubber was unsure of
(tests/unit/privacy/test_uncertain.py: HELD_CANDIDATES). An enumerator's interview page shows only the mask; the
supervisor's review page shows the span beside its masked context, in Spanish; one
is released (the interview then shows the word), one confirmed as an identifier (the
interview shows a person placeholder). axe-core and sideways scrolling are checked.
"""

from __future__ import annotations

import re
import uuid

import httpx
import pytest

from tests.e2e.conftest import running_server
from tests.e2e.test_web_conflicts import _push, _tablet
from tests.e2e.web import SERVER_ENV, VIEWPORTS, browser_page, check_page, log_in
from tests.factories import push_item
from tests.unit.forms.submissions import household_answers
from tests.unit.privacy.test_uncertain import held_sentence

pytestmark = pytest.mark.e2e

# Words shown elsewhere on an interview page (a destination) cannot be looked for there.
TEXT, WORD = held_sentence(exclude=("Lima", "España"))


def _item() -> dict:
    data = {**household_answers(), "village": "manta", "future": TEXT}
    return push_item("household", data, instance_id=str(uuid.uuid4()))


def test_a_supervisor_releases_and_confirms_held_spans(request, tmp_path):
    with running_server(request, "sqlite", tmp_path, extra_env=SERVER_ENV) as server:
        with httpx.Client(base_url=server.base_url, timeout=30) as http:
            tablet = _tablet(server, http, "enumerador1")
            items = [_item() for _ in range(2 * len(VIEWPORTS))]
            receipts = [_push(http, tablet, item) for item in items]
        assert {r["outcome"] for r in receipts} == {"created"}
        with browser_page(VIEWPORTS[0]) as page:
            log_in(page, server.base_url, "enumerador1", "enumerador1-demo")
            page.goto(f"{server.base_url}/app/demo/interviews/{items[0]['instance_id']}")
            text = page.inner_text("main")
            assert "[REVISAR-1]" in text and WORD not in text
            page.goto(f"{server.base_url}/app/demo/holds")
            assert WORD not in page.content()
        for round_, viewport in enumerate(VIEWPORTS):
            released, confirmed = items[2 * round_], items[2 * round_ + 1]
            with browser_page(viewport) as page:
                log_in(page, server.base_url, "supervisor", "supervisor-demo")
                page.goto(f"{server.base_url}/app/demo")
                page.click('main a[href="/app/demo/holds"]')
                page.wait_for_load_state()
                main = page.inner_text("main")
                assert "Revisión de privacidad" in main and WORD in main
                check_page(page, "holds")
                for item, button in ((released, "release"), (confirmed, "confirm")):
                    card = page.locator("li.hold").filter(
                        has=page.locator(f'a[href$="/interviews/{item["instance_id"]}"]')
                    )
                    card.locator("input[type=checkbox]").check()
                    page.click(f"main button[value={button}]")
                    page.wait_for_load_state()
                    assert "?done=" + button in page.url
                    assert page.locator("[role=status]").count() == 1
                check_page(page, "holds-decided")
                page.goto(f"{server.base_url}/app/demo/interviews/{released['instance_id']}")
                assert TEXT in page.inner_text("main")
                page.goto(f"{server.base_url}/app/demo/interviews/{confirmed['instance_id']}")
                text = page.inner_text("main")
                assert WORD not in text and "[REVISAR-1]" not in text
                assert re.search(r"\[(PERSONA-\d+|CORREO)\]", text)
