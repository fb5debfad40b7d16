"""Forms over HTTP: publish, version, close, assign; the tablet routes with ETags."""

from __future__ import annotations

import copy

from accounts.models import Role
from forms.demo_study import read_study_file
from tests.factories import auth, make_device, make_member, make_study, make_token


def _setup(session):
    study = make_study(session, slug="demo")
    admin = make_token(session, make_member(session, study, Role.admin, "pi"))
    enum1 = make_member(session, study, Role.enumerator, "enum1")
    enum2 = make_member(session, study, Role.enumerator, "enum2")
    _, device1 = make_device(session, study, enum1)
    _, device2 = make_device(session, study, enum2)
    session.commit()
    return admin, device1, device2


async def _publish(client, admin, document, *, assign=("enum1",)):
    created = await client.post(
        "/api/v1/studies/demo/forms", json={"document": document}, headers=auth(admin)
    )
    assert created.status_code == 201, created.text
    form_id = created.json()["form_id"]
    published = await client.post(
        f"/api/v1/studies/demo/forms/{form_id}/publish", headers=auth(admin)
    )
    assert published.status_code == 200, published.text
    assigned = await client.put(
        f"/api/v1/studies/demo/forms/{form_id}/assignments",
        json={"enumerators": list(assign)},
        headers=auth(admin),
    )
    assert assigned.status_code == 200
    return form_id, published.json()


async def test_the_three_study_forms_publish(client, session):
    admin, device1, _ = _setup(session)
    for name in ("household.json", "ngo.json", "community.json"):
        _, version = await _publish(client, admin, read_study_file(name))
        assert version["version"] == 1
    listed = (await client.get("/api/v1/forms", headers=auth(device1))).json()
    assert sorted(f["form_id"] for f in listed) == ["community", "household", "ngo"]


async def test_broken_form_is_refused_with_pointers_and_nothing_is_stored(client, session):
    admin, _, _ = _setup(session)
    document = read_study_file("household.json")
    del document["properties"]["respondent_name"]["x-privacy"]
    response = await client.post(
        "/api/v1/studies/demo/forms", json={"document": document}, headers=auth(admin)
    )
    assert response.status_code == 422
    body = response.json()
    assert body["code"] == "form.invalid"
    assert any(
        e["pointer"] == "/properties/respondent_name/x-privacy"
        and e["code"] == "form.privacy_missing"
        for e in body["errors"]
    )
    assert (await client.get("/api/v1/studies/demo/forms", headers=auth(admin))).json() == []


async def test_tablet_downloads_only_changes(client, session):
    admin, device1, _ = _setup(session)
    form_id, version = await _publish(client, admin, read_study_file("community.json"))
    listing = await client.get("/api/v1/forms", headers=auth(device1))
    etag = listing.headers["etag"]
    assert (
        await client.get("/api/v1/forms", headers={**auth(device1), "If-None-Match": etag})
    ).status_code == 304

    href = listing.json()[0]["href"]
    schema = await client.get(href, headers=auth(device1))
    assert schema.status_code == 200
    assert schema.json()["x-form"]["form_id"] == form_id
    assert schema.headers["etag"] == f'"{version["etag"]}"'
    again = await client.get(
        href, headers={**auth(device1), "If-None-Match": schema.headers["etag"]}
    )
    assert again.status_code == 304
    assert again.content == b""

    # a new version changes the listing's ETag
    document = read_study_file("community.json")
    document["title"] = document["title"] + " (v2)"
    await client.put(
        f"/api/v1/studies/demo/forms/{form_id}/draft",
        json={"document": document},
        headers=auth(admin),
    )
    await client.post(f"/api/v1/studies/demo/forms/{form_id}/publish", headers=auth(admin))
    changed = await client.get("/api/v1/forms", headers={**auth(device1), "If-None-Match": etag})
    assert changed.status_code == 200
    assert changed.json()[0]["version"] == 2


async def test_enumerator_sees_only_forms_assigned_to_them(client, session):
    admin, device1, device2 = _setup(session)
    await _publish(client, admin, read_study_file("ngo.json"), assign=("enum1",))
    assert len((await client.get("/api/v1/forms", headers=auth(device1))).json()) == 1
    assert (await client.get("/api/v1/forms", headers=auth(device2))).json() == []
    assert (
        await client.get("/api/v1/forms/ngo/versions/1", headers=auth(device2))
    ).status_code == 404


async def test_closing_form_is_hidden_from_tablets_but_its_versions_stay_downloadable(
    client, session
):
    admin, device1, _ = _setup(session)
    form_id, _ = await _publish(client, admin, read_study_file("ngo.json"))
    closing = await client.post(
        f"/api/v1/studies/demo/forms/{form_id}/close", json={}, headers=auth(admin)
    )
    assert closing.json()["state"] == "closing"
    assert (await client.get("/api/v1/forms", headers=auth(device1))).json() == []
    assert (
        await client.get(f"/api/v1/forms/{form_id}/versions/1", headers=auth(device1))
    ).status_code == 200
    closed = await client.post(
        f"/api/v1/studies/demo/forms/{form_id}/close", json={"is_final": True}, headers=auth(admin)
    )
    assert closed.json()["state"] == "closed"


async def test_undeclared_breaking_change_is_refused_and_declared_one_publishes(client, session):
    admin, _, _ = _setup(session)
    document = read_study_file("community.json")
    form_id, _ = await _publish(client, admin, document)
    v2 = copy.deepcopy(document)
    removed = next(
        name
        for name, field in v2["properties"].items()
        if "x-privacy" in field and name not in v2.get("required", [])
    )
    del v2["properties"][removed]
    for section in v2["x-form"].get("sections", []):
        section["fields"] = [f for f in section.get("fields", []) if f != removed]
    await client.put(
        f"/api/v1/studies/demo/forms/{form_id}/draft", json={"document": v2}, headers=auth(admin)
    )
    refused = await client.post(
        f"/api/v1/studies/demo/forms/{form_id}/publish", headers=auth(admin)
    )
    assert refused.status_code == 422, refused.text
    assert refused.json()["code"] == "form.incompatible_change"
    assert refused.json()["errors"][0]["pointer"] == f"/{removed}"
    accepted = await client.post(
        f"/api/v1/studies/demo/forms/{form_id}/publish",
        json={"accept": [[f"/{removed}", "field_removed"]]},
        headers=auth(admin),
    )
    assert accepted.status_code == 200, accepted.text
    assert accepted.json()["version"] == 2
    assert any(
        c["change"] == "field_removed" and c["is_declared"] for c in accepted.json()["changes"]
    )


async def test_published_versions_are_immutable_and_listed_with_their_diffs(client, session):
    admin, _, _ = _setup(session)
    document = read_study_file("ngo.json")
    form_id, first = await _publish(client, admin, document)
    document["title"] = "Entrevista a ONG (v2)"
    await client.put(
        f"/api/v1/studies/demo/forms/{form_id}/draft",
        json={"document": document},
        headers=auth(admin),
    )
    await client.post(f"/api/v1/studies/demo/forms/{form_id}/publish", headers=auth(admin))
    detail = (await client.get(f"/api/v1/studies/demo/forms/{form_id}", headers=auth(admin))).json()
    assert [v["version"] for v in detail["versions"]] == [1, 2]
    assert detail["versions"][0]["etag"] == first["etag"]


async def test_forms_are_listed_with_their_title_for_people_and_tablets(client, session):
    admin, device1, _ = _setup(session)
    document = read_study_file("household.json")
    expected = document["title"]  # the plain title; else x-form.title's first language
    await _publish(client, admin, document)
    people = (await client.get("/api/v1/studies/demo/forms", headers=auth(admin))).json()
    tablets = (await client.get("/api/v1/forms", headers=auth(device1))).json()
    assert [f["title"] for f in people] == [expected]
    assert [f["title"] for f in tablets] == [expected]
    assert expected.strip()


async def test_a_draft_with_an_unconfirmed_privacy_guess_is_not_published(client, session):
    admin, _, _ = _setup(session)
    document = read_study_file("household.json")
    document["properties"]["village"]["x-privacy-guessed"] = True
    created = await client.post(
        "/api/v1/studies/demo/forms", json={"document": document}, headers=auth(admin)
    )
    assert created.status_code == 201, created.text
    url = "/api/v1/studies/demo/forms/household"
    refused = await client.post(url + "/publish", headers=auth(admin))
    assert refused.status_code == 409
    assert refused.json()["code"] == "form.privacy_unconfirmed"
    assert refused.json()["errors"][0]["pointer"] == "/properties/village"
    assert refused.json()["errors"][0]["name"] == "village"
    privacy = document["properties"]["village"]["x-privacy"]
    confirmed = await client.post(
        url + "/draft/privacy",
        json={"fields": [{"name": "village", "privacy": privacy}]},
        headers=auth(admin),
    )
    assert confirmed.status_code == 200, confirmed.text
    published = await client.post(url + "/publish", headers=auth(admin))
    assert published.status_code == 200, published.text
    version = (await client.get(url + "/versions/1", headers=auth(admin))).json()
    assert version["properties"]["village"]["x-privacy"] == privacy
    assert "x-privacy-guessed" not in version["properties"]["village"]
