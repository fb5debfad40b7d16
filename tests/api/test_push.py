"""POST /api/v1/sync/push on real databases: every outcome, replays, limits, bad input."""

from __future__ import annotations

import gzip
import json
import uuid

import orjson
import pytest
from sqlmodel import select

from accounts.models import Role
from sync.models import (
    QuarantineItem,
    Submission,
    SubmissionRevision,
    SyncBatch,
    SyncConflict,
    Tombstone,
)
from sync.revisions import rev_sort_key
from tests.factories import (
    auth,
    make_device,
    make_member,
    make_published_form,
    make_study,
    push_body,
    push_item,
)
from tests.unit.forms.submissions import community_answers, household_answers, ngo_answers


@pytest.fixture
def tablet(session):
    study = make_study(session, slug="demo")
    enumerator = make_member(session, study, Role.enumerator, "enum")
    for name in ("household", "ngo", "community"):
        make_published_form(session, study, name, enumerator)
    device, token = make_device(session, study, enumerator)
    session.commit()
    return {"study": study, "device": device, "headers": auth(token)}


async def push(client, tablet, *items, **kwargs):
    response = await client.post(
        "/api/v1/sync/push", json=push_body(*items, **kwargs), headers=tablet["headers"]
    )
    assert response.status_code == 200, response.text
    return response.json()


async def test_new_interviews_are_created_with_one_receipt_each_in_order(client, session, tablet):
    items = [
        push_item("household", household_answers()),
        push_item("ngo", ngo_answers()),
        push_item("community", community_answers()),
    ]
    body = await push(client, tablet, *items)
    assert [r["instance_id"] for r in body["results"]] == [i["instance_id"] for i in items]
    assert [r["outcome"] for r in body["results"]] == ["created"] * 3
    assert all(r["rev"].startswith("1-") for r in body["results"])
    assert len(session.exec(select(Submission)).all()) == 3
    assert len(session.exec(select(SubmissionRevision)).all()) == 3


async def test_replayed_batch_returns_the_same_results_and_writes_nothing(client, session, tablet):
    body = push_body(push_item("household", household_answers()), push_item("ngo", ngo_answers()))
    first = await client.post("/api/v1/sync/push", json=body, headers=tablet["headers"])
    again = await client.post("/api/v1/sync/push", json=body, headers=tablet["headers"])
    assert first.json() == again.json()
    assert len(session.exec(select(Submission)).all()) == 2
    assert len(session.exec(select(SyncBatch)).all()) == 1


async def test_same_batch_id_with_other_content_is_refused(client, tablet):
    batch_id = str(uuid.uuid4())
    await push(client, tablet, push_item("ngo", ngo_answers()), batch_id=batch_id)
    other = await client.post(
        "/api/v1/sync/push",
        json=push_body(push_item("ngo", ngo_answers()), batch_id=batch_id),
        headers=tablet["headers"],
    )
    assert other.status_code == 409
    assert other.json()["code"] == "sync.batch_id_reused"


async def test_resent_interview_in_a_new_batch_is_a_duplicate(client, session, tablet):
    item = push_item("household", household_answers())
    created = (await push(client, tablet, item))["results"][0]
    duplicate = (await push(client, tablet, item))["results"][0]
    assert duplicate["outcome"] == "duplicate"
    assert duplicate["rev"] == created["rev"]
    assert len(session.exec(select(SubmissionRevision)).all()) == 1


async def test_edit_on_the_head_fast_forwards(client, session, tablet):
    item = push_item("ngo", ngo_answers())
    rev1 = (await push(client, tablet, item))["results"][0]["rev"]
    edited = {**item, "base_rev": rev1, "data": {**item["data"], "staff_total": 14}}
    result = (await push(client, tablet, edited))["results"][0]
    assert result["outcome"] == "updated"
    assert result["rev"].startswith("2-")
    row = session.exec(select(Submission)).one()
    assert row.head_rev == result["rev"]
    assert row.data["staff_total"] == 14


async def test_stale_edit_is_kept_as_a_conflict_branch(client, session, tablet):
    item = push_item("ngo", ngo_answers())
    rev1 = (await push(client, tablet, item))["results"][0]["rev"]
    a = {**item, "base_rev": rev1, "data": {**item["data"], "staff_total": 14}}
    b = {**item, "base_rev": rev1, "data": {**item["data"], "staff_total": 30}}
    rev_a = (await push(client, tablet, a))["results"][0]["rev"]
    result = (await push(client, tablet, b))["results"][0]
    assert result["outcome"] == "conflict"
    # The visible revision is CouchDB's winner (longer history, then higher id), not the last to arrive.
    assert result["rev"] == max(rev_a, result["branch_rev"], key=rev_sort_key)
    conflict = session.exec(select(SyncConflict)).one()
    assert conflict.id == result["conflict_id"]
    (field,) = conflict.fields
    assert field["pointer"] == "/staff_total"
    assert field["base"] == 12
    assert {field["ours"], field["theirs"]} == {14, 30}
    assert len(session.exec(select(SubmissionRevision)).all()) == 3  # nothing lost


async def test_stale_edits_on_different_fields_merge(client, session, tablet):
    item = push_item("ngo", ngo_answers())
    rev1 = (await push(client, tablet, item))["results"][0]["rev"]
    a = {**item, "base_rev": rev1, "data": {**item["data"], "staff_total": 14}}
    b = {**item, "base_rev": rev1, "data": {**item["data"], "youth_target": True}}
    await push(client, tablet, a)
    result = (await push(client, tablet, b))["results"][0]
    assert result["outcome"] == "merged"
    row = session.exec(select(Submission)).one()
    assert row.head_rev == result["rev"]
    assert (row.data["staff_total"], row.data["youth_target"]) == (14, True)
    assert session.exec(select(SyncConflict)).all() == []


async def test_edit_whose_parent_never_arrived_is_held_and_flagged(client, session, tablet):
    item = push_item("ngo", ngo_answers())
    await push(client, tablet, item)
    orphan = {**item, "base_rev": "2-" + "f" * 32, "data": {**item["data"], "staff_total": 99}}
    result = (await push(client, tablet, orphan))["results"][0]
    assert (result["outcome"], result["code"]) == ("merged", "sync.held_until_parent")
    row = session.exec(select(Submission)).one()
    assert row.data["staff_total"] == 12
    assert "sync.edit_waiting_for_parent" in row.flags


@pytest.mark.parametrize(
    ("form_id", "version", "mutate", "code"),
    [
        ("nonexistent", 1, None, "form.unknown"),
        ("ngo", 7, None, "form.version_unknown"),
        ("ngo", 1, lambda d: d.update(staff_total="muchos"), "answer.invalid"),
    ],
    ids=["unknown-form", "unknown-version", "invalid-answer"],
)
async def test_items_that_cannot_be_accepted_are_quarantined_not_dropped(
    client, session, tablet, form_id, version, mutate, code
):
    data = ngo_answers()
    if mutate:
        mutate(data)
    good = push_item("community", community_answers())
    bad = push_item(form_id, data, version=version)
    results = (await push(client, tablet, bad, good))["results"]
    assert [r["outcome"] for r in results] == ["quarantined", "created"]
    assert results[0]["code"] == code
    kept = session.exec(select(QuarantineItem)).one()
    assert kept.instance_id == bad["instance_id"]
    assert kept.reason == code
    if code == "answer.invalid":
        assert "/staff_total" in {p["pointer"] for p in results[0]["problems"]}
        assert "muchos" not in json.dumps(results[0])


async def test_closed_form_quarantines_and_closing_form_still_accepts(client, session, tablet):
    from forms import store as forms_store

    study_id = tablet["study"].id
    forms_store.close_form(
        session,
        form=forms_store.get_form(session, study_id=study_id, form_id="ngo"),
        is_final=False,
    )
    forms_store.close_form(
        session,
        form=forms_store.get_form(session, study_id=study_id, form_id="community"),
        is_final=True,
    )
    session.commit()
    results = (
        await push(
            client,
            tablet,
            push_item("ngo", ngo_answers()),
            push_item("community", community_answers()),
        )
    )["results"]
    assert [(r["outcome"], r["code"]) for r in results] == [
        ("created", "ok"),
        ("quarantined", "form.closed"),
    ]


async def test_withdrawn_interview_is_rejected_and_not_stored(client, session, tablet):
    item = push_item("ngo", ngo_answers())
    session.add(
        Tombstone(study_id=tablet["study"].id, instance_id=item["instance_id"], content_hashes=[])
    )
    session.commit()
    result = (await push(client, tablet, item))["results"][0]
    assert (result["outcome"], result["code"]) == ("rejected", "withdrawn")
    assert session.exec(select(Submission)).all() == []


async def test_missing_attachments_are_listed_and_the_submission_waits(client, session, tablet):
    sha = "ab" * 32
    item = push_item(
        "ngo",
        ngo_answers(),
        attachments=[{"name": "audio1", "sha256": sha, "size": 10, "content_type": "audio/mp4"}],
    )
    result = (await push(client, tablet, item))["results"][0]
    assert result["missing_attachments"] == [sha]
    assert session.exec(select(Submission)).one().state == "awaiting_attachments"


async def test_gzip_body_is_accepted(client, session, tablet):
    raw = orjson.dumps(push_body(push_item("ngo", ngo_answers())))
    response = await client.post(
        "/api/v1/sync/push",
        content=gzip.compress(raw),
        headers={
            **tablet["headers"],
            "content-type": "application/json",
            "content-encoding": "gzip",
        },
    )
    assert response.status_code == 200
    assert response.json()["results"][0]["outcome"] == "created"


async def test_device_clock_offset_is_recorded_and_future_interviews_flagged(
    client, session, tablet
):
    item = push_item(
        "ngo", ngo_answers(), started_at="2099-01-01T10:00:00Z", ended_at="2099-01-01T11:00:00Z"
    )
    await push(client, tablet, item, device_time="2026-01-01T00:00:00Z")
    batch = session.exec(select(SyncBatch)).one()
    assert batch.clock_offset_s is not None
    assert batch.clock_offset_s > 0
    row = session.exec(select(Submission)).one()
    assert "clock.started_at_in_future" in row.flags


@pytest.mark.parametrize(
    ("content", "status", "code"),
    [
        (b'{"batch_id": "x", "items": [', 422, "sync.batch_invalid"),
        (b'{"batch_id": "\xff\xfe", "items": []}', 422, "sync.batch_invalid"),
        (b"[1, 2]", 422, "sync.batch_invalid"),
        (
            orjson.dumps({"batch_id": str(uuid.uuid4()), "items": {"instance_id": "nope"}}),
            422,
            "sync.batch_invalid",
        ),
        (orjson.dumps({"batch_id": "Teodora Ccanto", "items": []}), 422, "sync.batch_invalid"),
    ],
    ids=["truncated-json", "invalid-utf8", "not-an-object", "wrong-types", "bad-batch-id"],
)
async def test_malformed_batches_get_a_problem_and_store_nothing(
    client, session, tablet, content, status, code
):
    response = await client.post(
        "/api/v1/sync/push",
        content=content,
        headers={**tablet["headers"], "content-type": "application/json"},
    )
    assert response.status_code == status
    assert response.json()["code"] == code
    assert session.exec(select(SyncBatch)).all() == []


async def test_duplicate_instance_ids_in_one_batch_refuse_the_batch(client, session, tablet):
    item = push_item("ngo", ngo_answers())
    response = await client.post(
        "/api/v1/sync/push", json=push_body(item, item), headers=tablet["headers"]
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["pointer"] == "/items/1/instance_id"
    assert session.exec(select(Submission)).all() == []


async def test_limits_answer_with_the_limit_so_the_tablet_can_split(app, client, tablet):
    app.state.settings.max_batch_items = 2
    items = [push_item("ngo", ngo_answers()) for _ in range(3)]
    response = await client.post(
        "/api/v1/sync/push", json=push_body(*items), headers=tablet["headers"]
    )
    assert response.status_code == 413
    assert response.json()["limit_items"] == 2


async def test_person_token_cannot_push(client, session, tablet):
    from tests.factories import make_token

    sup = make_member(session, tablet["study"], Role.supervisor)
    token = make_token(session, sup)
    session.commit()
    response = await client.post("/api/v1/sync/push", json=push_body(), headers=auth(token))
    assert response.status_code == 403


async def test_supervisor_sees_the_quarantine_queue_and_can_dismiss(client, session, tablet):
    from tests.factories import make_token

    bad = push_item("ngo", ngo_answers() | {"staff_total": "muchos"})
    await push(client, tablet, bad, push_item("nonexistent", {"nota": "x"}))
    sup = auth(make_token(session, make_member(session, tablet["study"], Role.supervisor)))
    session.commit()
    queue = (await client.get("/api/v1/studies/demo/quarantine", headers=sup)).json()
    assert sorted(q["reason"] for q in queue) == ["answer.invalid", "form.unknown"]
    assert all("data" not in q for q in queue)
    invalid = next(q for q in queue if q["reason"] == "answer.invalid")
    detail = (
        await client.get(f"/api/v1/studies/demo/quarantine/{invalid['quarantine_id']}", headers=sup)
    ).json()
    assert detail["instance_id"] == bad["instance_id"]
    assert detail["data"]["staff_total"] == "muchos"
    dismissed = await client.post(
        f"/api/v1/studies/demo/quarantine/{invalid['quarantine_id']}/dismiss", headers=sup
    )
    assert dismissed.json()["is_open"] is False
    assert len((await client.get("/api/v1/studies/demo/quarantine", headers=sup)).json()) == 1
