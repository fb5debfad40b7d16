"""The form pages in a real Chromium against a real server, at 390 px and at 1280 px.

The study's admin uploads an XLSForm, reads its issues by row and name, is refused
publishing while privacy guesses are unconfirmed, confirms them (changing one),
publishes, and reads the published version's questions with their labels.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.e2e.conftest import running_server
from tests.e2e.web import SERVER_ENV, VIEWPORTS, browser_page, check_page, log_in

pytestmark = pytest.mark.e2e


def _workbook(path: Path, form_id: str) -> Path:
    book = openpyxl.Workbook()
    survey = book.active
    survey.title = "survey"
    for row in (
        ["type", "name", "label::Español (es)", "calculation"],
        ["text", "comunidad", "Comunidad", ""],
        ["integer", "adultos", "Adultos en el hogar", ""],
        ["integer", "ninos", "Niños en el hogar", ""],
        ["calculate", "tamano", "", "${adultos} + ${ninos}"],
        ["geotrace", "ruta", "Ruta", ""],
    ):
        survey.append(row)
    settings = book.create_sheet("settings")
    settings.append(["form_title", "form_id"])
    settings.append(["Visitas de seguimiento", form_id])
    book.save(path)
    return path


def test_an_admin_imports_confirms_and_publishes_a_form(request, tmp_path):
    with running_server(request, "sqlite", tmp_path, extra_env=SERVER_ENV) as server:
        for viewport in VIEWPORTS:
            form_id = f"visitas_{viewport['width']}"
            workbook = _workbook(tmp_path / f"{form_id}.xlsx", form_id)
            with browser_page(viewport) as page:
                log_in(page, server.base_url, "investigadora", "investigadora-demo")
                page.goto(f"{server.base_url}/app/demo/forms")
                check_page(page, "forms")

                page.set_input_files("#xlsform", str(workbook))
                page.click("main form[enctype] button[type=submit]")
                page.wait_for_load_state()
                issues = page.locator("ul.issues li.card")
                assert issues.count() >= 4
                text = page.inner_text("main")
                assert "Fila 6" in text and "ruta" in text  # the geotrace, by row and name
                assert "Visitas de seguimiento" in text
                check_page(page, "form-import")

                # Publishing waits until each guessed class is confirmed.
                page.click("main form[action$='/publish'] button")
                page.wait_for_load_state()
                assert "adultos" in page.inner_text("[role=alert]")
                check_page(page, "form-refused")

                page.select_option("select[name='privacy:comunidad']", "quasi")
                page.click("main form[action$='/privacy'] button")
                page.wait_for_load_state()
                assert page.locator("[role=status]").count() == 1
                page.click("main form[action$='/publish'] button")
                page.wait_for_load_state()
                assert "publicado" in page.inner_text("[role=status]").lower()

                page.click(f"a[href='/app/demo/forms/{form_id}/versions/1']")
                page.wait_for_load_state()
                questions = page.inner_text("main")
                assert "Adultos en el hogar" in questions
                assert "${adultos} + ${ninos}" in questions
                assert "cuasi-identificador" in questions
                check_page(page, "form-version")
