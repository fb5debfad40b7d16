"""POST /api/v1/sync/push on real databases: every outcome, replays, limits, bad input."""

from __future__ import annotations

import copy
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


def _raw_push(client, tablet, body: dict):
    # json.dumps keeps NUL, lone surrogates and big integers exactly as a tablet may send them.
    return client.post(
        "/api/v1/sync/push",
        content=json.dumps(body).encode(),
        headers={**tablet["headers"], "content-type": "application/json"},
    )


POISONED = {
    "form-version-2^31": lambda i: i | {"form_version": 2**31},
    "form-version-2^63": lambda i: i | {"form_version": 2**63},
    "form-version-2^70": lambda i: i | {"form_version": 2**70},
    "form-version-string": lambda i: i | {"form_version": "uno"},
    "attachment-size-2^64": lambda i: (
        i | {"attachments": [{"name": "a", "sha256": "0" * 64, "size": 2**64, "content_type": "x"}]}
    ),
    "base-rev-a-name": lambda i: i | {"base_rev": "Teodora Ccanto 45871236"},
    "base-rev-no-hash": lambda i: i | {"base_rev": "1-45871236"},
    "form-id-a-name": lambda i: i | {"form_id": "Teodora Ccanto"},
    "instance-id-a-dni": lambda i: i | {"instance_id": "DNI 45871236"},
    "started-year-9999": lambda i: i | {"started_at": "9999-12-31T23:59:59-12:00"},
    "unknown-item-key": lambda i: i | {"Teodora Ccanto": "45871236"},
    "not-an-object": lambda i: "Teodora Ccanto 45871236",
}


@pytest.mark.parametrize("poison", POISONED.values(), ids=POISONED.keys())
async def test_one_poisoned_item_is_refused_alone_and_the_good_ones_are_stored(
    client, session, tablet, poison
):
    good = [push_item("ngo", ngo_answers()), push_item("community", community_answers())]
    bad = poison(push_item("household", household_answers()))
    response = await _raw_push(client, tablet, push_body(good[0], bad, good[1]))
    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert [r["outcome"] for r in results] == ["created", "rejected", "created"]
    assert results[1]["code"] == "sync.item_invalid"
    assert all(p["pointer"].startswith("/items/1") for p in results[1]["problems"])
    for sent in ("Teodora", "45871236", "uno"):
        assert sent not in response.text
    assert len(session.exec(select(Submission)).all()) == 2
    assert session.exec(select(QuarantineItem)).all() == []


async def test_a_refused_item_with_a_well_formed_instance_id_gets_it_back(client, tablet):
    bad = push_item("household", household_answers(), version=2**31)
    results = (await _raw_push(client, tablet, push_body(bad))).json()["results"]
    assert results[0]["instance_id"] == bad["instance_id"]
    assert results[0]["problems"][0]["pointer"] == "/items/0/form_version"
    named = push_item("household", household_answers(), instance_id="Teodora-Ccanto-45871236-Yauri")
    results = (await _raw_push(client, tablet, push_body(named))).json()["results"]
    assert results[0]["instance_id"] is None


async def test_nul_and_non_characters_are_replaced_the_same_on_both_engines(
    client, session, tablet
):
    data = household_answers() | {
        "future": "Se fue\u0000 a Lima\ud800 en\ufffe mayo\x07.",
        "migration_impact": "sin cambios \U0001fffe",
    }
    data["members"][0]["relation\u0000"] = "x"
    response = await _raw_push(client, tablet, push_body(push_item("household", data)))
    assert response.status_code == 200, response.text
    (result,) = response.json()["results"]
    assert result["outcome"] == "quarantined"  # the renamed key is not a field
    assert result["problems"][0]["pointer"] == "/members/0/<unknown #1>"
    kept = session.exec(select(QuarantineItem)).one().data
    assert kept["future"] == "Se fue\ufffd a Lima\ufffd en\ufffd mayo\ufffd."
    assert kept["migration_impact"] == "sin cambios \ufffd"
    clean = household_answers() | {"future": "Se fue\u0000 a Lima."}
    response = await _raw_push(client, tablet, push_body(push_item("household", clean)))
    assert response.json()["results"][0]["outcome"] == "created"
    session.commit()
    assert session.exec(select(Submission)).one().data["future"] == "Se fue\ufffd a Lima."


async def test_non_uuid_item_ids_are_replaced_by_the_same_keyed_uuid_every_time(
    client, session, tablet
):
    data = household_answers()
    data["members"][0]["_item_id"] = "Teodora Ccanto 45871236"
    data["members"][1]["_item_id"] = 45871236
    kept_id = data["members"][2]["_item_id"]
    first = push_item("household", data)
    again = push_item("household", copy.deepcopy(data))
    results = (await push(client, tablet, first, again))["results"]
    assert [r["outcome"] for r in results] == ["created", "created"]
    session.commit()
    rows = session.exec(select(Submission)).all()
    ids = [[m["_item_id"] for m in row.data["members"]] for row in rows]
    assert ids[0] == ids[1]  # the same sent id maps to the same stored id: merges still match
    assert ids[0][2] == kept_id
    for replaced in ids[0][:2]:
        assert uuid.UUID(replaced).version == 8
    assert "Teodora" not in json.dumps([r.data for r in rows])
    assert "45871236" not in json.dumps([r.data for r in rows])


async def test_unknown_answer_keys_are_renamed_and_problems_point_at_the_placeholder(
    client, session, tablet
):
    data = ngo_answers() | {"Teodora Ccanto": "45871236", "staff_total": "+51 987 654 321"}
    response = await _raw_push(client, tablet, push_body(push_item("ngo", data)))
    (result,) = response.json()["results"]
    assert result["code"] == "answer.invalid"
    pointers = {p["pointer"] for p in result["problems"]}
    assert {"/<unknown #1>", "/staff_total"} <= pointers
    assert "Teodora" not in response.text
    kept = session.exec(select(QuarantineItem)).one()
    assert "Teodora Ccanto" not in kept.data
    assert "45871236" not in json.dumps(kept.data)
    # A `none` integer that did not validate is treated as free text: scrubbed.
    assert "987" not in json.dumps(kept.data)
    batch = session.exec(select(SyncBatch)).one()
    assert "Teodora" not in json.dumps(batch.response)


async def test_an_unknown_form_id_that_reads_as_a_name_is_not_kept(client, session, tablet):
    results = (
        await push(
            client,
            tablet,
            push_item("teodora_ccanto", {"nota": "x"}),
            push_item("censo_2005", {"nota": "x"}),
        )
    )["results"]
    assert [r["code"] for r in results] == ["form.unknown", "form.unknown"]
    kept = sorted(q.form_id for q in session.exec(select(QuarantineItem)))
    assert kept == ["<unknown>", "censo_2005"]


async def test_lists_of_values_that_cannot_be_scrubbed_are_stored_without_them(
    client, session, tablet
):
    odd = {"nota": [987654321, {"x": "Teodora"}, None, "hola"], "otra": [[45871236]]}
    results = (await push(client, tablet, push_item("censo_2005", odd)))["results"]
    assert results[0]["outcome"] == "quarantined"
    kept = session.exec(select(QuarantineItem)).one().data
    assert kept["otra"] == [[]]
    assert kept["nota"][-1] == "hola"
    for planted in ("Teodora", "987654321", "45871236"):
        assert planted not in json.dumps(kept)


async def test_an_item_that_breaks_preparation_is_retried_alone(
    client, session, tablet, monkeypatch, caplog
):
    from sync import answers

    real = answers.process

    def fragile(work, **kwargs):
        if work.data.get("staff_total") == 13:
            raise RuntimeError(f"cannot prepare {work.data['ngo_name']}")
        return real(work, **kwargs)

    monkeypatch.setattr(answers, "process", fragile)
    items = [
        push_item("ngo", ngo_answers()),
        push_item("ngo", ngo_answers() | {"staff_total": 13, "ngo_name": "Warmi Kallpa"}),
        push_item("community", community_answers()),
    ]
    results = (await push(client, tablet, *items))["results"]
    assert [r["outcome"] for r in results] == ["created", "retry", "created"]
    assert results[1]["code"] == "sync.retry"
    assert len(session.exec(select(Submission)).all()) == 2
    assert "preparing item 1 failed: RuntimeError" in caplog.text
    assert "Warmi" not in caplog.text
