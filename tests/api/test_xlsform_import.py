"""XLSForm upload over HTTP: a draft with its issues, or a clear problem; never a 500."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import openpyxl
import pytest

from accounts.models import Role
from tests.factories import auth, make_member, make_study, make_token

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "data" / "xlsforms"
if not CORPUS.is_dir() and not os.environ.get("CI"):
    # The corpus lives in shared/ beside the checkout (as in CI); a lone clone skips these.
    pytest.skip("the shared XLSForm corpus is not beside this checkout", allow_module_level=True)
MANIFEST = json.loads((CORPUS / "manifest.json").read_text())["files"]
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# One that converts, one pyxform rejects, one that is not a workbook, the one that crashes
# pyxform itself, and one that fails at pyxform's XForm stage.
SAMPLE = [
    "getodk-pyodk/simple_repeat.xlsx",
    "onaio-onadata/transportation.no_choices.xlsx",
    "XLSForm-pyxform/corrupt.xlsx",
    "XLSForm-pyxform/image-description_translated.xlsx",
    "XLSForm-pyxform/hint_with_no_label_value.xlsx",
]


def _expected_ok(name: str) -> bool:
    entry = next(f for f in MANIFEST if f["file"] == name)
    return bool(entry["pyxform"]["status"].startswith("converts"))


@pytest.fixture
def admin(session):
    study = make_study(session, slug="demo")
    token = make_token(session, make_member(session, study, Role.admin))
    session.commit()
    return auth(token)


async def _upload(client, admin, name: str):
    content = (CORPUS / name).read_bytes()
    return await client.post(
        "/api/v1/studies/demo/forms/import-xlsform",
        files={"file": (Path(name).name, content, XLSX)},
        headers=admin,
    )


@pytest.mark.parametrize("name", SAMPLE, ids=lambda n: Path(n).stem)
async def test_upload_converts_to_a_draft_or_fails_clearly(client, admin, name):
    response = await _upload(client, admin, name)
    assert response.status_code in (201, 422), response.text
    if response.status_code == 201:
        body = response.json()
        assert body["form"]["has_draft"] is True
        assert body["form"]["state"] == "draft"
        assert all({"row", "name", "code", "message"} <= set(i) for i in body["issues"])
        # the privacy classes were guessed: a person must confirm them
        assert any(i["code"].startswith("xlsform.privacy") for i in body["issues"])
    else:
        problem = response.json()
        assert problem["code"] == "form.xlsform_invalid"
        assert problem["reason"].startswith("xlsform.")
        assert problem["detail"]
    assert (response.status_code == 201) == _expected_ok(name)


async def test_imported_draft_publishes_once_its_guesses_are_confirmed(client, admin):
    created = await _upload(client, admin, "getodk-pyodk/simple_repeat.xlsx")
    form_id = created.json()["form"]["form_id"]
    guessed = [
        i["name"] for i in created.json()["issues"] if i["code"] == "xlsform.privacy_guessed"
    ]
    url = f"/api/v1/studies/demo/forms/{form_id}"
    refused = await client.post(url + "/publish", headers=admin)
    assert refused.status_code == 409, refused.text
    assert refused.json()["code"] == "form.privacy_unconfirmed"
    assert sorted(e["name"] for e in refused.json()["errors"]) == sorted(guessed)
    draft = (await client.get(url + "/draft", headers=admin)).json()
    classes = _classes(draft)
    confirmed = await client.post(
        url + "/draft/privacy",
        json={"fields": [{"name": n, "privacy": classes[n]} for n in guessed]},
        headers=admin,
    )
    assert confirmed.status_code == 200, confirmed.text
    assert confirmed.json()["unconfirmed"] == []
    published = await client.post(url + "/publish", headers=admin)
    assert published.status_code == 200, published.text


def _classes(node, found=None):
    found = {} if found is None else found
    for name, child in (node.get("properties") or {}).items():
        if "x-privacy" in child:
            found[name] = child["x-privacy"]
        _classes(child.get("items", child), found)
    return found


def _book(survey, settings=None) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "survey"
    for row in survey:
        sheet.append(row)
    if settings:
        extra = book.create_sheet("settings")
        extra.append(list(settings))
        extra.append(list(settings.values()))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


SURVEY = [
    ["type", "name", "label", "privacy"],
    ["text", "comunidad", "Comunidad", ""],
    ["integer", "edad", "Edad", "quasi"],
    ["calculate", "doble", "", ""],
]


async def _post_book(client, admin, content: bytes, filename: str, query: str = ""):
    return await client.post(
        "/api/v1/studies/demo/forms/import-xlsform" + query,
        files={"file": (filename, content, XLSX)},
        headers=admin,
    )


async def test_workbooks_without_form_id_take_their_file_names_and_titles(client, admin):
    plain = _book([row[:3] for row in SURVEY[:3]])
    first = await _post_book(client, admin, plain, "hogares_2026.xlsx")
    second = await _post_book(client, admin, plain, "salud.xlsx")
    titled = _book(SURVEY[:3], {"form_title": "Encuesta de migración", "form_id": "migra"})
    third = await _post_book(client, admin, titled, "cualquier.xlsx")
    assert [r.status_code for r in (first, second, third)] == [201, 201, 201]
    forms = {
        f["form_id"]: f["title"]
        for f in (await client.get("/api/v1/studies/demo/forms", headers=admin)).json()
    }
    assert forms == {
        "hogares_2026": "hogares 2026",
        "salud": "salud",
        "migra": "Encuesta de migración",
    }


async def test_a_draft_is_replaced_only_when_asked(client, admin):
    content = _book(SURVEY[:3], {"form_title": "Uno", "form_id": "uno"})
    assert (await _post_book(client, admin, content, "uno.xlsx")).status_code == 201
    again = await _post_book(client, admin, content, "uno.xlsx")
    assert again.status_code == 409, again.text
    assert again.json()["code"] == "form.draft_exists"
    replaced = await _post_book(client, admin, content, "uno.xlsx", "?replace=true")
    assert replaced.status_code == 201, replaced.text
    assert replaced.json()["form"]["has_draft"] is True


async def test_confirming_a_field_that_is_not_in_the_draft_points_at_it(client, admin):
    content = _book(SURVEY[:3], {"form_id": "dos"})
    await _post_book(client, admin, content, "dos.xlsx")
    url = "/api/v1/studies/demo/forms/dos/draft/privacy"
    response = await client.post(
        url,
        json={
            "fields": [
                {"name": "comunidad", "privacy": "quasi"},
                {"name": "Juana_Quispe", "privacy": "none"},
            ]
        },
        headers=admin,
    )
    assert response.status_code == 422, response.text
    problem = response.json()
    assert problem["code"] == "form.privacy_choice_invalid"
    assert [e["pointer"] for e in problem["errors"]] == ["/fields/1/name"]
    assert "Juana" not in response.text


async def test_a_changed_class_is_what_gets_published(client, admin):
    content = _book(SURVEY[:3], {"form_id": "tres"})
    await _post_book(client, admin, content, "tres.xlsx")
    url = "/api/v1/studies/demo/forms/tres"
    confirmed = await client.post(
        url + "/draft/privacy",
        json={"fields": [{"name": "comunidad", "privacy": "quasi"}]},
        headers=admin,
    )
    assert confirmed.json()["unconfirmed"] == []
    assert (await client.post(url + "/publish", headers=admin)).status_code == 200
    version = await client.get(url + "/versions/1", headers=admin)
    document = version.json()
    assert document["properties"]["comunidad"]["x-privacy"] == "quasi"
    assert "x-privacy-guessed" not in version.text


async def test_import_needs_a_multipart_upload(client, admin):
    response = await client.post(
        "/api/v1/studies/demo/forms/import-xlsform", json={"file": "x"}, headers=admin
    )
    assert response.status_code == 415
