"""The pull feed and consent withdrawal over HTTP, on both engines."""

from __future__ import annotations

import base64
import json

import orjson
import pytest
from sqlmodel import select

from accounts import store
from accounts.models import AuditEvent, Role
from attachments.models import AttachmentBlob
from feed.models import FeedCounter
from forms import store as forms_store
from sync.models import QuarantineItem, Submission, SubmissionRevision, Tombstone
from tests.api.test_attachments import TUS, create, patch
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
    enumerator = make_member(session, study, Role.enumerator, "enum")
    make_published_form(session, study, "ngo", enumerator)
    make_published_form(session, study, "household", enumerator)
    _, device = make_device(session, study, enumerator)
    supervisor = make_token(session, make_member(session, study, Role.supervisor))
    session.commit()
    return study, enumerator, auth(device), auth(supervisor)


async def _pull_all(client, tablet, cursor=None, limit=200):
    changes = []
    while True:
        params = {"limit": limit} | ({"cursor": cursor} if cursor else {})
        page = (await client.get("/api/v1/sync/pull", params=params, headers=tablet)).json()
        changes += page["changes"]
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return changes, cursor


async def test_feed_announces_published_and_closing_forms_in_order(client, session):
    study, _, tablet, _ = _setup(session)
    changes, cursor = await _pull_all(client, tablet)
    assert [(c["kind"], c["ref"], c["payload"]["state"]) for c in changes] == [
        ("form", "ngo", "published"),
        ("form", "household", "published"),
    ]
    again, same = await _pull_all(client, tablet, cursor)
    assert again == []
    assert same == cursor
    forms_store.close_form(
        session,
        form=forms_store.get_form(session, study_id=study.id, form_id="ngo"),
        is_final=False,
    )
    session.commit()
    later, _ = await _pull_all(client, tablet, cursor)
    assert [(c["ref"], c["payload"]["state"]) for c in later] == [("ngo", "closing")]


async def test_feed_pages_never_skip_or_repeat(client, session):
    study, enumerator, tablet, _ = _setup(session)
    for i in range(7):
        forms_store.assign_form(
            session,
            form=forms_store.get_form(session, study_id=study.id, form_id="ngo"),
            user_ids=[] if i % 2 == 0 else [enumerator.id],
        )
    session.commit()
    whole, _ = await _pull_all(client, tablet, limit=1000)
    paged, _ = await _pull_all(client, tablet, limit=2)
    assert paged == whole
    seqs = [c["seq"] for c in paged]
    assert seqs == sorted(set(seqs))


async def test_a_cursor_the_server_never_gave_is_refused(client, session):
    _, _, tablet, _ = _setup(session)
    response = await client.get(
        "/api/v1/sync/pull", params={"cursor": "not-a-cursor"}, headers=tablet
    )
    assert response.status_code == 400
    assert response.json()["code"] == "sync.cursor_invalid"


async def test_withdrawn_interview_is_erased_refused_later_and_announced(client, session, settings):
    _, _, tablet, supervisor = _setup(session)
    audio = b"\x00grabacion" * 5000
    created = await create(client, {**tablet, **TUS}, audio)
    await patch(client, {**tablet, **TUS}, created.headers["Location"], 0, audio)
    import hashlib

    sha = hashlib.sha256(audio).hexdigest()
    item = push_item(
        "household",
        household_answers(),
        attachments=[{"name": "a", "sha256": sha, "size": len(audio), "content_type": "audio/mp4"}],
    )
    first = (await client.post("/api/v1/sync/push", json=push_body(item), headers=tablet)).json()[
        "results"
    ][0]
    edit = {
        **item,
        "base_rev": first["rev"],
        "data": household_answers() | {"future": "Quiere estudiar en Huancayo."},
    }
    await client.post("/api/v1/sync/push", json=push_body(edit), headers=tablet)
    _, cursor = await _pull_all(client, tablet)

    response = await client.post(
        "/api/v1/studies/demo/withdrawals",
        json={"instance_id": item["instance_id"]},
        headers=supervisor,
    )
    assert response.status_code == 200
    assert response.json() == {"withdrawn": [item["instance_id"]]}
    assert session.exec(select(Submission)).all() == []
    assert session.exec(select(SubmissionRevision)).all() == []
    assert session.exec(select(AttachmentBlob)).all() == []
    assert not [p for p in (settings.attachment_dir / "blobs").rglob("*") if p.is_file()]
    tombstone = session.exec(select(Tombstone)).one()
    assert len(tombstone.content_hashes) == 2

    later, _ = await _pull_all(client, tablet, cursor)
    assert [(c["kind"], c["ref"]) for c in later] == [("tombstone", item["instance_id"])]
    again = (await client.post("/api/v1/sync/push", json=push_body(item), headers=tablet)).json()[
        "results"
    ][0]
    assert (again["outcome"], again["code"]) == ("rejected", "withdrawn")
    assert session.exec(select(Submission)).all() == []
    assert session.exec(select(QuarantineItem)).all() == []
    assert session.exec(
        select(AuditEvent).where(AuditEvent.action == "submission.withdraw")
    ).one().detail == {"interviews": 1}


async def test_withdrawal_by_person_finds_every_linked_interview(client, session):
    _, _, tablet, supervisor = _setup(session)
    items = [push_item("household", household_answers()) for _ in range(2)]
    other = household_answers() | {"respondent_name": "Marcelina Taipe"}
    items.append(push_item("household", other))
    await client.post("/api/v1/sync/push", json=push_body(*items), headers=tablet)
    response = await client.post(
        "/api/v1/studies/demo/withdrawals",
        json={"respondent_name": "JUANA quispe huaman"},
        headers=supervisor,
    )
    assert response.status_code == 200
    assert sorted(response.json()["withdrawn"]) == sorted(i["instance_id"] for i in items[:2])
    remaining = session.exec(select(Submission.instance_id)).all()
    assert remaining == [items[2]["instance_id"]]
    audit = session.exec(select(AuditEvent).where(AuditEvent.action == "submission.withdraw")).one()
    assert "juana" not in str(audit.detail).lower()


async def test_enumerator_cannot_withdraw(client, session):
    _, enumerator, _, _ = _setup(session)
    token = make_token(session, enumerator)
    session.commit()
    response = await client.post(
        "/api/v1/studies/demo/withdrawals", json={"instance_id": "x"}, headers=auth(token)
    )
    assert response.status_code == 403


async def test_review_comment_reaches_the_enumerator_scrubbed(client, session):
    _, _, tablet, supervisor = _setup(session)
    item = push_item("ngo", ngo_answers())
    await client.post("/api/v1/sync/push", json=push_body(item), headers=tablet)
    _, cursor = await _pull_all(client, tablet)
    review = await client.put(
        f"/api/v1/studies/demo/submissions/{item['instance_id']}/review",
        json={
            "state": "has_issues",
            "comment": "Falta la pregunta 5; la señora Teodora Ccanto dio su celular 987 654 321.",
        },
        headers=supervisor,
    )
    assert review.status_code == 200, review.text
    changes, _ = await _pull_all(client, tablet, cursor)
    (change,) = changes
    assert (change["kind"], change["ref"], change["payload"]["state"]) == (
        "review",
        item["instance_id"],
        "has_issues",
    )
    comment = change["payload"]["comment"]
    assert "Falta la pregunta 5" in comment
    assert "Teodora" not in comment
    assert "987" not in comment
    assert "Teodora" not in review.text


def _two_studies(session):
    """An enumerator in `demo` (two tablets) and in `other`, whose feed is far ahead."""
    demo = make_study(session, slug="demo")
    other = make_study(session, slug="other")
    enumerator = make_member(session, demo, Role.enumerator, "enum")
    store.set_membership(session, study=other, user=enumerator, role=Role.enumerator)
    make_published_form(session, demo, "ngo", enumerator)
    make_published_form(session, demo, "household", enumerator)
    session.add(FeedCounter(study_id=other.id, last_seq=100_000))
    session.flush()
    make_published_form(session, other, "ngo", enumerator)  # feed number 100001
    _, first = make_device(session, demo, enumerator)
    _, second = make_device(session, demo, enumerator)
    _, elsewhere = make_device(session, other, enumerator)
    supervisor = make_token(session, make_member(session, demo, Role.supervisor))
    session.commit()
    return enumerator, auth(first), auth(second), auth(elsewhere), auth(supervisor)


async def _push_one(client, tablet, item):
    response = await client.post("/api/v1/sync/push", json=push_body(item), headers=tablet)
    return response.json()["results"][0]


async def test_an_enumerator_in_two_studies_still_receives_every_change_of_this_one(
    client, session
):
    _, tablet, second, elsewhere, supervisor = _two_studies(session)
    merged, conflicted, reviewed, withdrawn = (push_item("ngo", ngo_answers()) for _ in range(4))
    revs = {}
    for item in (merged, conflicted, reviewed, withdrawn):
        revs[item["instance_id"]] = (await _push_one(client, tablet, item))["rev"]
    before, cursor = await _pull_all(client, tablet)
    assert all(c["ref"] != "ngo" or c["payload"]["href"] for c in before)

    def edit(item, **answers):
        return {**item, "base_rev": revs[item["instance_id"]], "data": item["data"] | answers}

    assert (await _push_one(client, second, edit(merged, staff_total=20)))["outcome"] == "updated"
    assert (await _push_one(client, tablet, edit(merged, youth_target=True)))["outcome"] == "merged"
    await _push_one(client, second, edit(conflicted, staff_total=20))
    conflict = await _push_one(client, tablet, edit(conflicted, staff_total=25))
    resolved = await client.post(
        f"/api/v1/studies/demo/conflicts/{conflict['conflict_id']}/resolve",
        json={"choices": {"/staff_total": {"value": 22}}},
        headers=supervisor,
    )
    assert resolved.status_code == 200, resolved.text
    review = await client.put(
        f"/api/v1/studies/demo/submissions/{reviewed['instance_id']}/review",
        json={"state": "has_issues", "comment": "Falta la pregunta 5."},
        headers=supervisor,
    )
    assert review.status_code == 200, review.text
    gone = await client.post(
        "/api/v1/studies/demo/withdrawals",
        json={"instance_id": withdrawn["instance_id"]},
        headers=supervisor,
    )
    assert gone.status_code == 200, gone.text

    later, _ = await _pull_all(client, tablet, cursor)
    delivered = {(c["kind"], c["ref"]) for c in later}
    assert {
        ("edit", merged["instance_id"]),
        ("resolution", conflicted["instance_id"]),
        ("review", reviewed["instance_id"]),
        ("tombstone", withdrawn["instance_id"]),
    } <= delivered
    review_change = next(c for c in later if c["kind"] == "review")
    assert review_change["payload"]["comment"] == "Falta la pregunta 5."

    whole, _ = await _pull_all(client, tablet)
    seqs = [c["seq"] for c in whole]
    assert seqs == sorted(set(seqs))
    assert max(seqs) < 100_000, "the other study's numbers never enter this feed"
    theirs, _ = await _pull_all(client, elsewhere)
    assert [(c["kind"], c["ref"], c["seq"]) for c in theirs] == [("form", "ngo", 100_001)]


async def test_a_cursor_from_another_study_is_refused(client, session):
    _, tablet, _, elsewhere, _ = _two_studies(session)
    _, cursor = await _pull_all(client, elsewhere)
    response = await client.get("/api/v1/sync/pull", params={"cursor": cursor}, headers=tablet)
    assert response.status_code == 400
    assert response.json()["code"] == "sync.cursor_invalid"


def _legacy_cursor(seq):
    return base64.urlsafe_b64encode(orjson.dumps({"v": 1, "s": seq})).decode().rstrip("=")


async def test_an_old_cursor_keeps_working_for_an_enumerator_in_one_study(client, session):
    _, _, tablet, _ = _setup(session)
    whole, _ = await _pull_all(client, tablet)
    page = (
        await client.get(
            "/api/v1/sync/pull", params={"cursor": _legacy_cursor(whole[0]["seq"])}, headers=tablet
        )
    ).json()
    assert page["reset"] is False
    assert page["changes"] == whole[1:]


async def test_an_old_cursor_of_an_enumerator_in_two_studies_starts_again(client, session):
    _, tablet, _, _, _ = _two_studies(session)
    whole, _ = await _pull_all(client, tablet)
    # Before feeds were per study, this tablet's cursor carried the other study's number.
    page = (
        await client.get(
            "/api/v1/sync/pull", params={"cursor": _legacy_cursor(100_001)}, headers=tablet
        )
    ).json()
    assert page["reset"] is True
    assert page["changes"] == whole
    follow = (
        await client.get(
            "/api/v1/sync/pull", params={"cursor": page["next_cursor"]}, headers=tablet
        )
    ).json()
    assert (follow["changes"], follow["reset"]) == ([], False)


@pytest.mark.parametrize(
    "raw",
    [
        {"v": 2, "t": 1, "s": 2**31},
        {"v": 2, "t": 1, "s": 2**63},
        {"v": 2, "t": 2**64, "s": 1},
        {"v": 1, "s": -1},
        {"v": 2, "t": 1, "s": True},
        {"v": 3, "t": 1, "s": 1},
        [1, 2],
    ],
    ids=["seq-past-int32", "seq-past-int64", "study-past-int64", "negative", "bool", "v3", "list"],
)
async def test_a_cursor_out_of_range_is_a_clean_400(client, session, raw):
    _, _, tablet, _ = _setup(session)
    cursor = base64.urlsafe_b64encode(json.dumps(raw).encode())
    response = await client.get(
        "/api/v1/sync/pull", params={"cursor": cursor.decode()}, headers=tablet
    )
    assert response.status_code == 400
    assert response.json()["code"] == "sync.cursor_invalid"
