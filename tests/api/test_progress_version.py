"""The dashboard's version token moves with every decision a supervisor makes, not only syncs.

Resolving a conflict and accepting or dismissing a quarantine item write no sync batch
and no review event; the live stream and any client comparing `version` must still see
that the queues changed.
"""

from __future__ import annotations

from typing import Any

from accounts.models import Role
from tests.factories import (
    auth,
    make_device,
    make_member,
    make_published_form,
    make_study,
    make_token,
    push_body,
    push_item,
)
from tests.unit.forms.submissions import ngo_answers


def _setup(session: Any) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    study = make_study(session, slug="demo")
    ana = make_member(session, study, Role.enumerator, "ana")
    beto = make_member(session, study, Role.enumerator, "beto")
    make_published_form(session, study, "ngo", ana, beto)
    _, tablet_a = make_device(session, study, ana)
    _, tablet_b = make_device(session, study, beto)
    supervisor = make_token(session, make_member(session, study, Role.supervisor, "sup"))
    session.commit()
    return auth(tablet_a), auth(tablet_b), auth(supervisor)


async def _push(client: Any, tablet: dict[str, str], item: dict[str, Any]) -> dict[str, Any]:
    response = await client.post("/api/v1/sync/push", json=push_body(item), headers=tablet)
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()["results"][0]
    return result


async def _progress(client: Any, supervisor: dict[str, str]) -> dict[str, Any]:
    response = await client.get("/api/v1/studies/demo/progress", headers=supervisor)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def test_resolving_a_conflict_moves_the_version(client, session):
    tablet_a, tablet_b, supervisor = _setup(session)
    item = push_item("ngo", ngo_answers())
    rev1 = (await _push(client, tablet_a, item))["rev"]
    for tablet, total in ((tablet_a, 20), (tablet_b, 25)):
        edit = {**item, "base_rev": rev1, "data": {**item["data"], "staff_total": total}}
        await _push(client, tablet, edit)
    before = await _progress(client, supervisor)
    assert before["queues"]["open_conflicts"] == 1
    (conflict,) = (await client.get("/api/v1/studies/demo/conflicts", headers=supervisor)).json()

    resolved = await client.post(
        f"/api/v1/studies/demo/conflicts/{conflict['conflict_id']}/resolve",
        json={"choices": {"/staff_total": {"value": 22}}},
        headers=supervisor,
    )
    assert resolved.status_code == 200, resolved.text

    after = await _progress(client, supervisor)
    assert after["queues"]["open_conflicts"] == 0
    assert after["version"] != before["version"]


async def test_accepting_and_dismissing_quarantine_items_move_the_version(client, session):
    tablet_a, _, supervisor = _setup(session)
    kept = [
        await _push(client, tablet_a, push_item("ngo", ngo_answers() | {"staff_total": "muchos"}))
        for _ in range(2)
    ]
    assert [k["outcome"] for k in kept] == ["quarantined", "quarantined"]
    versions = [(await _progress(client, supervisor))["version"]]

    accepted = await client.post(
        f"/api/v1/studies/demo/quarantine/{kept[0]['quarantine_id']}/accept",
        json={"changes": {"/staff_total": {"value": 12}}},
        headers=supervisor,
    )
    assert accepted.status_code == 200, accepted.text
    versions.append((await _progress(client, supervisor))["version"])

    dismissed = await client.post(
        f"/api/v1/studies/demo/quarantine/{kept[1]['quarantine_id']}/dismiss",
        headers=supervisor,
    )
    assert dismissed.status_code == 200, dismissed.text
    last = await _progress(client, supervisor)
    versions.append(last["version"])

    assert last["queues"]["open_quarantine"] == 0
    assert len(set(versions)) == 3, versions
