"""Correct a quarantined item and accept it into the study, on both engines."""

from __future__ import annotations

import json
from typing import Any

from sqlmodel import select

from accounts.models import AuditEvent, Role
from sync.models import QuarantineItem, Submission, SubmissionRevision, SyncConflict, Tombstone
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

Q = "/api/v1/studies/demo/quarantine"


def _setup(session):
    study = make_study(session, slug="demo")
    ana = make_member(session, study, Role.enumerator, "ana")
    beto = make_member(session, study, Role.enumerator, "beto")
    for name in ("ngo", "household"):
        make_published_form(session, study, name, ana, beto)
    _, tablet_a = make_device(session, study, ana)
    _, tablet_b = make_device(session, study, beto)
    sup = make_token(session, make_member(session, study, Role.supervisor, "sup"))
    session.commit()
    return study, auth(tablet_a), auth(tablet_b), auth(sup)


async def _push(client, tablet, item):
    response = await client.post("/api/v1/sync/push", json=push_body(item), headers=tablet)
    assert response.status_code == 200, response.text
    return response.json()["results"][0]


async def _accept(client, sup, quarantine_id, changes):
    return await client.post(f"{Q}/{quarantine_id}/accept", json={"changes": changes}, headers=sup)


async def test_corrected_item_is_accepted_as_a_new_interview(client, session):
    _, tablet, _, sup = _setup(session)
    item = push_item("ngo", ngo_answers() | {"staff_total": "muchos"})
    receipt = await _push(client, tablet, item)
    assert receipt["outcome"] == "quarantined"

    response = await _accept(client, sup, receipt["quarantine_id"], {"/staff_total": {"value": 14}})
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["instance_id"], body["outcome"], body["form_version"]) == (
        item["instance_id"],
        "created",
        1,
    )

    interview = (
        await client.get(f"/api/v1/studies/demo/interviews/{item['instance_id']}", headers=sup)
    ).json()
    answers = {a["pointer"]: a["value"] for a in interview["answers"]}
    assert answers["/staff_total"] == 14
    # Stored stand-ins stay as the push made them: the pseudonym is not pseudonymized again.
    pushed_ok = await _push(client, tablet, push_item("ngo", ngo_answers()))
    session.commit()  # a fresh snapshot: the pushes committed in other sessions
    row = session.exec(
        select(Submission).where(Submission.instance_id == item["instance_id"])
    ).one()
    other = session.exec(
        select(Submission).where(Submission.instance_id == pushed_ok["instance_id"])
    ).one()
    assert row.data["ngo_name"] == other.data["ngo_name"]
    assert row.data["interview_date"] == other.data["interview_date"] == 2005
    assert row.respondent_pseudonyms == other.respondent_pseudonyms != []
    revision = session.exec(
        select(SubmissionRevision).where(SubmissionRevision.submission_pk == row.id)
    ).one()
    assert revision.author_id is not None and revision.kind == "tablet"
    kept = session.get(QuarantineItem, receipt["quarantine_id"])
    assert (kept.is_open, kept.outcome, kept.accepted_rev) == (False, "accepted", body["rev"])
    audit = session.exec(select(AuditEvent).where(AuditEvent.action == "quarantine.accept")).one()
    assert audit.detail["outcome"] == "created"
    queue = (await client.get(Q, headers=sup)).json()
    assert queue == []


async def test_correction_that_still_does_not_fit_is_refused_by_pointer(client, session):
    _, tablet, _, sup = _setup(session)
    receipt = await _push(client, tablet, push_item("ngo", ngo_answers() | {"staff_total": "x"}))
    qid = receipt["quarantine_id"]

    untouched = await _accept(client, sup, qid, {})
    assert untouched.status_code == 422
    assert untouched.json()["code"] == "quarantine.answers_invalid"
    recorded = {p["pointer"] for p in receipt["problems"]}
    assert {e["pointer"] for e in untouched.json()["errors"]} == recorded >= {"/staff_total"}

    wrong = await _accept(client, sup, qid, {"/staff_total": {"value": "veinte mil y pico"}})
    assert wrong.status_code == 422
    assert "/staff_total" in {e["pointer"] for e in wrong.json()["errors"]}
    assert "veinte mil" not in wrong.text

    not_a_field = await _accept(
        client, sup, qid, {"/staff_total": {"value": 30}, "/Juana Quispe": {"value": 1}}
    )
    assert not_a_field.status_code == 422
    assert not_a_field.json()["corrections"] == [1]
    assert "Juana" not in not_a_field.text
    assert session.get(QuarantineItem, qid).is_open
    assert session.exec(select(Submission)).all() == []


async def test_identifier_typed_into_a_correction_is_anonymized_like_a_push(client, session):
    _, tablet, _, sup = _setup(session)
    receipt = await _push(client, tablet, push_item("ngo", ngo_answers() | {"staff_total": "x"}))
    story = "Lo coordina Juana Quispe Huamán, DNI 45871236, celular 964 123 456."
    response = await _accept(
        client,
        sup,
        receipt["quarantine_id"],
        {
            "/staff_total": {"value": 30},
            "/programmes": {"value": story},
            "/ngo_name": {"value": "Asociación Kallpa Wasi"},
            "/interview_date": {"value": "2021-03-04"},
        },
    )
    assert response.status_code == 200, response.text
    stored = json.dumps(session.exec(select(Submission)).one().data, ensure_ascii=False)
    for raw in ("45871236", "964 123 456", "Kallpa Wasi", "2021-03-04"):
        assert raw not in stored
    data = session.exec(select(Submission)).one().data
    assert data["interview_date"] == 2021  # generalized to the year, as the form says
    assert data["ngo_name"].startswith("ps")  # pseudonymized with the study's key


async def test_item_of_an_unknown_version_is_accepted_into_the_current_one(client, session):
    _, tablet, _, sup = _setup(session)
    item = push_item("ngo", ngo_answers(), version=7)
    receipt = await _push(client, tablet, item)
    assert receipt["code"] == "form.version_unknown"
    # Scrubbed without a form, the date is no date of version 1: it must be typed again.
    first = await _accept(client, sup, receipt["quarantine_id"], {})
    assert first.status_code == 422
    pointers = {e["pointer"] for e in first.json()["errors"]}
    assert "/interview_date" in pointers
    # Without a form, a key that reads like a name (here "migrants_as_partners", an
    # organization's shape) was stored as "<unknown #n>": the supervisor removes it.
    unknown = pointers - {"/interview_date"}
    assert all(p.startswith("/<unknown #") for p in unknown)
    corrections: dict[str, Any] = {p: {"remove": True} for p in unknown}
    response = await _accept(
        client,
        sup,
        receipt["quarantine_id"],
        corrections | {"/interview_date": {"value": "2005-07-14"}},
    )
    assert response.status_code == 200, response.text
    assert (response.json()["form_version"], response.json()["outcome"]) == (1, "created")
    session.commit()  # a fresh snapshot of what the requests committed
    stored = session.exec(select(Submission)).one()
    assert (stored.form_version, stored.data["interview_date"]) == (1, 2005)


async def test_unknown_form_cannot_be_accepted_until_it_exists(client, session):
    _, tablet, _, sup = _setup(session)
    receipt = await _push(client, tablet, push_item("nonexistent", {"nota": "x"}))
    response = await _accept(client, sup, receipt["quarantine_id"], {})
    assert (response.status_code, response.json()["code"]) == (409, "quarantine.no_form_version")


async def test_accepted_or_withdrawn_items_are_refused(client, session):
    study, tablet, _, sup = _setup(session)
    receipt = await _push(client, tablet, push_item("ngo", ngo_answers() | {"staff_total": "x"}))
    qid = receipt["quarantine_id"]
    assert (await _accept(client, sup, qid, {"/staff_total": {"value": 20}})).status_code == 200
    again = await _accept(client, sup, qid, {"/staff_total": {"value": 20}})
    assert (again.status_code, again.json()["code"]) == (409, "quarantine.closed")
    dismissed = await client.post(f"{Q}/{qid}/dismiss", headers=sup)
    assert dismissed.json()["code"] == "quarantine.closed"

    other = push_item("ngo", ngo_answers() | {"staff_total": "x"})
    qid2 = (await _push(client, tablet, other))["quarantine_id"]
    session.add(Tombstone(study_id=study.id, instance_id=other["instance_id"], content_hashes=[]))
    session.commit()
    gone = await _accept(client, sup, qid2, {"/staff_total": {"value": 20}})
    assert (gone.status_code, gone.json()["code"]) == (409, "quarantine.withdrawn")


async def test_accepted_edit_of_a_stored_interview_is_reconciled_like_a_late_push(client, session):
    _, tablet_a, tablet_b, sup = _setup(session)
    item = push_item("household", household_answers())
    first = await _push(client, tablet_a, item)
    assert first["outcome"] == "created"
    edit = {**item, "base_rev": first["rev"]}
    edit["data"] = household_answers() | {"land_held_ha": "mucho", "future": "Otra cosa."}
    receipt = await _push(client, tablet_b, edit)
    assert receipt["outcome"] == "quarantined"

    response = await _accept(
        client, sup, receipt["quarantine_id"], {"/land_held_ha": {"value": 1.5}}
    )
    assert response.status_code == 200, response.text
    # The tablet's base was not kept: a branch, which the reconciliation queues.
    assert response.json()["outcome"] == "conflict"
    conflict = session.exec(select(SyncConflict)).one()
    assert conflict.id == response.json()["conflict_id"] and conflict.is_open
    assert len(session.exec(select(SubmissionRevision)).all()) == 2


async def test_progress_and_the_queues_count_an_accepted_item_as_an_interview(client, session):
    _, tablet, _, sup = _setup(session)
    receipt = await _push(client, tablet, push_item("ngo", ngo_answers() | {"staff_total": "x"}))
    before = (await client.get("/api/v1/studies/demo/progress", headers=sup)).json()
    assert (before["totals"]["collected"], before["queues"]["open_quarantine"]) == (0, 1)
    accepted = await _accept(client, sup, receipt["quarantine_id"], {"/staff_total": {"value": 20}})
    assert accepted.status_code == 200, accepted.text
    after = (await client.get("/api/v1/studies/demo/progress", headers=sup)).json()
    assert (after["totals"]["collected"], after["queues"]["open_quarantine"]) == (1, 0)
    listed = (await client.get("/api/v1/studies/demo/interviews", headers=sup)).json()
    assert [i["instance_id"] for i in listed["items"]] == [receipt["instance_id"]]
