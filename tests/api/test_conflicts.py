"""Two tablets edit one interview offline: the conflict, its resolution, and pull."""

from __future__ import annotations

from sqlmodel import select

from accounts.models import AuditEvent, Role
from sync.models import Submission, SubmissionRevision, SyncConflict
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
from tests.unit.forms.submissions import household_answers, ngo_answers


def _setup(session):
    study = make_study(session, slug="demo")
    ana = make_member(session, study, Role.enumerator, "ana")
    beto = make_member(session, study, Role.enumerator, "beto")
    make_published_form(session, study, "ngo", ana, beto)
    make_published_form(session, study, "household", ana, beto)
    _, tablet_a = make_device(session, study, ana)
    _, tablet_b = make_device(session, study, beto)
    supervisor = make_token(session, make_member(session, study, Role.supervisor, "sup"))
    session.commit()
    return auth(tablet_a), auth(tablet_b), auth(supervisor)


async def _push(client, tablet, item):
    response = await client.post("/api/v1/sync/push", json=push_body(item), headers=tablet)
    return response.json()["results"][0]


async def _pull(client, tablet, cursor=None):
    params = {"cursor": cursor} if cursor else {}
    page = (await client.get("/api/v1/sync/pull", params=params, headers=tablet)).json()
    return page["changes"], page["next_cursor"]


async def test_two_tablets_conflict_is_resolved_and_reaches_both(client, session):
    tablet_a, tablet_b, supervisor = _setup(session)
    item = push_item("ngo", ngo_answers())
    rev1 = (await _push(client, tablet_a, item))["rev"]
    _, cursor_a = await _pull(client, tablet_a)
    _, cursor_b = await _pull(client, tablet_b)

    # Both tablets edit rev1 offline: the same field, differently; and one other field each.
    edit_a = {
        **item,
        "base_rev": rev1,
        "data": {**item["data"], "staff_total": 20, "staff_from_region": 9},
    }
    edit_b = {
        **item,
        "base_rev": rev1,
        "data": {**item["data"], "staff_total": 25, "youth_target": True},
    }
    assert (await _push(client, tablet_a, edit_a))["outcome"] == "updated"
    pushed_b = await _push(client, tablet_b, edit_b)
    assert pushed_b["outcome"] == "conflict"

    queue = (await client.get("/api/v1/studies/demo/conflicts", headers=supervisor)).json()
    assert len(queue) == 1
    (field,) = queue[0]["fields"]
    assert field["pointer"] == "/staff_total"
    assert (field["base"], {field["ours"], field["theirs"]}) == (12, {20, 25})
    # The fields only one side changed are already merged into the visible copy.
    visible = session.exec(select(Submission)).one().data
    assert (visible["staff_from_region"], visible["youth_target"]) == (9, True)

    resolved = await client.post(
        f"/api/v1/studies/demo/conflicts/{queue[0]['conflict_id']}/resolve",
        json={"choices": {"/staff_total": {"value": 22}}},
        headers=supervisor,
    )
    assert resolved.status_code == 200, resolved.text
    head = resolved.json()["rev"]
    session.commit()  # end the test's read snapshot
    row = session.exec(select(Submission)).one()
    assert (
        row.head_rev,
        row.data["staff_total"],
        row.data["staff_from_region"],
        row.data["youth_target"],
    ) == (head, 22, 9, True)
    assert session.exec(select(SyncConflict)).one().is_open is False
    assert (await client.get("/api/v1/studies/demo/conflicts", headers=supervisor)).json() == []
    assert (
        session.exec(select(AuditEvent).where(AuditEvent.action == "conflict.resolve"))
        .one()
        .actor_user_id
        is not None
    )

    for tablet, cursor in ((tablet_a, cursor_a), (tablet_b, cursor_b)):
        changes, _ = await _pull(client, tablet, cursor)
        resolutions = [c for c in changes if c["kind"] == "resolution"]
        assert len(resolutions) == 1
        assert resolutions[0]["payload"]["rev"] == head
        assert resolutions[0]["payload"]["data"]["staff_total"] == 22

    # A tablet applies the resolution to its own copy (its raw direct answers stay
    # on the tablet), edits on the resolved head, and fast-forwards.
    local = {
        **edit_a["data"],
        "staff_total": 22,
        "youth_target": True,
        "programmes": "Riego tecnificado",
    }
    after = {**item, "base_rev": head, "data": local}
    assert (await _push(client, tablet_a, after))["outcome"] == "updated"
    session.commit()
    kinds = sorted(r.kind for r in session.exec(select(SubmissionRevision)))
    assert kinds == ["resolution", "tablet", "tablet", "tablet", "tablet"]


async def test_resolution_refuses_typing_a_direct_identifier_and_scrubs_free_text(client, session):
    tablet_a, tablet_b, supervisor = _setup(session)
    item = push_item("household", household_answers())
    rev1 = (await _push(client, tablet_a, item))["rev"]
    a = {
        **item,
        "base_rev": rev1,
        "data": household_answers()
        | {"respondent_name": "Rosa Taipe", "future": "Quiere ir a Lima."},
    }
    b = {
        **item,
        "base_rev": rev1,
        "data": household_answers()
        | {"respondent_name": "Rosa Taype", "future": "Se queda en la chacra."},
    }
    await _push(client, tablet_a, a)
    assert (await _push(client, tablet_b, b))["outcome"] == "conflict"
    (conflict,) = (await client.get("/api/v1/studies/demo/conflicts", headers=supervisor)).json()
    assert {f["pointer"] for f in conflict["fields"]} == {"/respondent_name", "/future"}
    url = f"/api/v1/studies/demo/conflicts/{conflict['conflict_id']}/resolve"
    typed_name = await client.post(
        url,
        json={"choices": {"/respondent_name": {"value": "Rosa Taipe"}, "/future": "ours"}},
        headers=supervisor,
    )
    assert typed_name.status_code == 422
    assert "Rosa" not in typed_name.text
    done = await client.post(
        url,
        json={
            "choices": {
                "/respondent_name": "ours",
                "/future": {"value": "Llamó Eusebio Quispe al 987 654 321."},
            }
        },
        headers=supervisor,
    )
    assert done.status_code == 200, done.text
    session.commit()
    future = session.exec(select(Submission)).one().data["future"]
    assert "987" not in future
    assert "Eusebio" not in future


async def test_queue_shows_each_branchs_latest_value_and_any_candidate_can_be_chosen(
    client, session
):
    tablet_a, tablet_b, supervisor = _setup(session)
    item = push_item("household", household_answers())
    rev1 = (await _push(client, tablet_a, item))["rev"]

    def edit(base: str, name: str, **answers):
        data = household_answers() | {"respondent_name": name, **answers}
        return {**item, "base_rev": base, "data": data}

    first_a = await _push(client, tablet_a, edit(rev1, "Rosa Taipe"))
    await _push(client, tablet_b, edit(rev1, "Rosa Taype"))
    await _push(client, tablet_b, edit(rev1, "Rosa Tayp", future="Se queda."))
    # Tablet A corrects its own edit: the queue must offer the correction, not the first try.
    later_a = await _push(client, tablet_a, edit(own(first_a), "Rosa Taipe Q"))
    (conflict,) = (await client.get("/api/v1/studies/demo/conflicts", headers=supervisor)).json()
    (field,) = [f for f in conflict["fields"] if f["pointer"] == "/respondent_name"]
    offered = [c["revs"] for c in field["candidates"]]
    assert len(offered) == 3
    assert own(first_a) not in {r for revs in offered for r in revs}
    assert any(own(later_a) in revs for revs in offered)
    shown = session.exec(select(Submission)).one().data["respondent_name"]
    assert shown == field[field["shown"]]  # the value the queue marks as shown is stored
    url = f"/api/v1/studies/demo/conflicts/{conflict['conflict_id']}/resolve"
    choices = {f["pointer"]: "ours" for f in conflict["fields"]}
    wrong = await client.post(
        url, json={"choices": choices | {"/respondent_name": {"candidate": 3}}}, headers=supervisor
    )
    assert wrong.status_code == 422
    done = await client.post(
        url, json={"choices": choices | {"/respondent_name": {"candidate": 2}}}, headers=supervisor
    )
    assert done.status_code == 200, done.text
    session.commit()
    stored = session.exec(select(Submission)).one().data["respondent_name"]
    assert stored == field["candidates"][2]["value"]


def own(receipt: dict) -> str:
    return receipt.get("branch_rev") or receipt["rev"]


async def test_enumerator_cannot_see_the_conflict_queue(client, session):
    _, _, _ = _setup(session)
    from accounts import store

    token = make_token(session, store.get_user_by_username(session, "ana"))
    session.commit()
    assert (
        await client.get("/api/v1/studies/demo/conflicts", headers=auth(token))
    ).status_code == 403
