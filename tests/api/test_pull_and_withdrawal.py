"""The pull feed and consent withdrawal over HTTP, on both engines."""

from __future__ import annotations

from sqlmodel import select

from accounts.models import AuditEvent, Role
from forms import store as forms_store
from sync.models import QuarantineItem, Submission, SubmissionRevision, Tombstone
from sync.upload_models import AttachmentBlob
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
