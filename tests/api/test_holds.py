"""The privacy review queue through the API on both engines: a span the scrubber was
unsure of stays masked for enumerators and in exports until a supervisor decides."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from typing import Any

import pytest
from sqlmodel import select

from accounts.models import AuditEvent, Role
from holds.models import HeldSpan
from tests.api.test_progress import field, household, push  # noqa: F401  (fixture)
from tests.factories import auth, make_member, make_token
from tests.unit.privacy.test_uncertain import held_sentence

EXPORT = "/api/v1/studies/demo/forms/household/export"
HOLDS = "/api/v1/studies/demo/holds"
# A destination shown in the export too cannot be looked for there.
TEXT, WORD = held_sentence(exclude=("Lima", "España"))


@pytest.fixture
def admin(field, session):  # noqa: F811
    token = make_token(session, make_member(session, field["study"], Role.admin, "adm"))
    session.commit()
    return auth(token)


async def push_held(client, field) -> dict[str, Any]:  # noqa: F811
    item = household("manta")
    item["data"]["future"] = TEXT
    await push(client, field["ana_tablet"], item)
    return item


async def export_csv(client, admin) -> tuple[dict[str, str], dict[str, Any]]:
    response = await client.get(EXPORT, params={"format": "csv"}, headers=admin)
    assert response.status_code == 200, response.text
    bundle = zipfile.ZipFile(io.BytesIO(response.content))
    with bundle.open("household.csv") as f:
        (row,) = list(csv.DictReader(io.TextIOWrapper(f, encoding="utf-8")))
    return row, json.loads(bundle.read("export-report.json"))


async def test_an_export_refuses_to_release_an_unconfirmed_span(client, field, admin, session):  # noqa: F811
    item = await push_held(client, field)
    listed = await client.get(HOLDS, headers=field["sup"])
    assert listed.status_code == 200, listed.text
    page = listed.json()
    (hold,) = page["items"]
    assert page["open_total"] == 1 and hold["instance_id"] == item["instance_id"]
    assert hold["span"] == WORD and hold["pointer"] == "/future"
    assert hold["mask"] in hold["context"] and WORD not in hold["context"]

    assert (await client.get(HOLDS, headers=field["ana"])).status_code == 403
    mine = await client.get(
        f"/api/v1/studies/demo/interviews/{item['instance_id']}", headers=field["ana"]
    )
    assert mine.status_code == 200, mine.text
    assert hold["mask"] in mine.text and WORD not in mine.text

    row, report = await export_csv(client, admin)
    assert hold["mask"] in row["future"] and WORD not in row["future"]
    assert report["held_spans"] == 1

    body = {"decision": "release", "hold_ids": [hold["hold_id"]]}
    released = await client.post(f"{HOLDS}/decisions", json=body, headers=field["sup"])
    assert released.status_code == 200, released.text
    (done,) = released.json()
    assert done["state"] == "released" and done["rev"]

    row, report = await export_csv(client, admin)
    assert row["future"] == TEXT and report["held_spans"] == 0
    mine = await client.get(
        f"/api/v1/studies/demo/interviews/{item['instance_id']}", headers=field["ana"]
    )
    assert TEXT in mine.text

    again = await client.post(f"{HOLDS}/decisions", json=body, headers=field["sup"])
    assert again.status_code == 409 and again.json()["code"] == "hold.already_decided"
    unknown = {"decision": "confirm", "hold_ids": [hold["hold_id"] + 1000]}
    missing = await client.post(f"{HOLDS}/decisions", json=unknown, headers=field["sup"])
    assert missing.status_code == 404 and missing.json()["code"] == "hold.unknown"
    assert (await client.get(HOLDS, headers=field["sup"])).json()["items"] == []

    events = session.exec(select(AuditEvent)).all()
    assert "hold.release" in {e.action for e in events}
    assert all(WORD not in json.dumps(e.detail) for e in events)


async def test_confirming_a_span_destroys_its_original(client, field, admin, session):  # noqa: F811
    item = await push_held(client, field)
    (hold,) = (await client.get(HOLDS, headers=field["sup"])).json()["items"]
    body = {"decision": "confirm", "hold_ids": [hold["hold_id"]]}
    confirmed = await client.post(f"{HOLDS}/decisions", json=body, headers=field["sup"])
    assert confirmed.status_code == 200, confirmed.text
    row, report = await export_csv(client, admin)
    assert WORD not in row["future"] and hold["mask"] not in row["future"]
    assert f"[{hold['kind']}" in row["future"] and report["held_spans"] == 0
    session.commit()  # a new transaction sees the decision
    stored = session.exec(select(HeldSpan).where(HeldSpan.id == hold["hold_id"])).one()
    assert stored.sealed is None and stored.state == "confirmed"
    decided = (await client.get(HOLDS, params={"state": "all"}, headers=field["sup"])).json()
    assert [h["span"] for h in decided["items"]] == [None]
    assert item["instance_id"] == decided["items"][0]["instance_id"]


async def test_a_replayed_push_holds_the_span_once(client, field):  # noqa: F811
    item = household("manta")
    item["data"]["future"] = TEXT
    await push(client, field["ana_tablet"], item)
    await push(client, field["ana_tablet"], item)
    page = (await client.get(HOLDS, headers=field["sup"])).json()
    assert page["open_total"] == 1


async def test_a_withdrawal_erases_the_sealed_spans(client, field, session):  # noqa: F811
    item = await push_held(client, field)
    assert session.exec(select(HeldSpan)).all()
    withdrawn = await client.post(
        "/api/v1/studies/demo/withdrawals",
        json={"instance_id": item["instance_id"]},
        headers=field["sup"],
    )
    assert withdrawn.status_code in (200, 201), withdrawn.text
    session.commit()  # a new transaction sees the withdrawal
    assert session.exec(select(HeldSpan)).all() == []
