"""XLSForm upload over HTTP: a draft with its issues, or a clear problem; never a 500."""

from __future__ import annotations

import json
import os
from pathlib import Path

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


async def test_imported_draft_publishes(client, admin):
    created = await _upload(client, admin, "getodk-pyodk/simple_repeat.xlsx")
    form_id = created.json()["form"]["form_id"]
    published = await client.post(f"/api/v1/studies/demo/forms/{form_id}/publish", headers=admin)
    assert published.status_code == 200, published.text


async def test_import_needs_a_multipart_upload(client, admin):
    response = await client.post(
        "/api/v1/studies/demo/forms/import-xlsform", json={"file": "x"}, headers=admin
    )
    assert response.status_code == 415
