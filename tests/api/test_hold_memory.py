"""The privacy review queue remembers its decisions, on both engines: words released
stay as written in later edits and pushes, words confirmed are replaced without a new
hold, and a quarantined item's spans wait with it and are decided once it is accepted."""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any

import pytest
from sqlmodel import select

from forms import store as forms_store
from forms.demo_study import read_study_file
from forms.schema import normalize_form
from holds.models import DecidedSpan
from privacy import KeyRing
from privacy.gazetteer import RELEASED, Gazetteer, span_digest
from sync.answers import StudyGazetteerRef, Work, process_all
from sync.parallel import MIN_PARALLEL_ITEMS, PreparePool
from tests.api.pages import csrf_of, log_in, page_client
from tests.api.test_holds import (  # noqa: F401  (fixtures)
    EXPORT,
    HOLDS,
    TEXT,
    WORD,
    admin,
    export_csv,
)
from tests.api.test_progress import field, household, push  # noqa: F401  (fixture)
from tests.unit.forms.submissions import household_answers

INTERVIEWS = "/api/v1/studies/demo/interviews"


async def push_text(client, field, **extra: Any) -> dict[str, Any]:  # noqa: F811
    item = household("manta", **extra)
    item["data"]["future"] = TEXT
    receipt = (await push(client, field["ana_tablet"], item))["results"][0]
    return {**item, "receipt": receipt}


async def held(client, field, **params: Any) -> dict[str, Any]:  # noqa: F811
    response = await client.get(HOLDS, params=params, headers=field["sup"])
    assert response.status_code == 200, response.text
    page: dict[str, Any] = response.json()
    return page


async def decide(client, field, decision: str, *ids: int) -> Any:  # noqa: F811
    body = {"decision": decision, "hold_ids": list(ids)}
    return await client.post(f"{HOLDS}/decisions", json=body, headers=field["sup"])


async def future(client, field, instance_id: str) -> str:  # noqa: F811
    response = await client.get(f"{INTERVIEWS}/{instance_id}", headers=field["sup"])
    assert response.status_code == 200, response.text
    (value,) = [a["value"] for a in response.json()["answers"] if a["pointer"] == "/future"]
    assert isinstance(value, str)
    return value


async def edit(client, field, item: dict[str, Any], base_rev: str) -> dict[str, Any]:  # noqa: F811
    """The tablet edits another answer; its copy of the free text is still the raw one."""
    data = {
        **item["data"],
        "future": TEXT,
        "migration_impact": "Ahora hay menos jóvenes en la chacra.",
    }
    again = {k: v for k, v in item.items() if k != "receipt"} | {"base_rev": base_rev, "data": data}
    receipt: dict[str, Any] = (await push(client, field["ana_tablet"], again))["results"][0]
    assert receipt["outcome"] in ("updated", "merged"), receipt
    return receipt


async def test_a_released_span_is_not_held_again_on_a_later_edit(client, field, session):  # noqa: F811
    item = await push_text(client, field)
    (hold,) = (await held(client, field))["items"]
    assert hold["remembered"] is None and hold["quarantine_id"] is None
    released = await decide(client, field, "release", hold["hold_id"])
    assert released.status_code == 200, released.text
    (done,) = released.json()

    await edit(client, field, item, done["rev"])
    page = await held(client, field)
    assert page["items"] == [] and page["open_total"] == 0
    assert await future(client, field, item["instance_id"]) == TEXT

    # The study remembers a keyed hash of the words, never the words.
    session.commit()
    (memory,) = session.exec(select(DecidedSpan)).all()
    assert memory.decision == "released" and memory.hold_id == hold["hold_id"]
    assert WORD not in memory.digest and memory.key_id
    assert memory.decided_by_id is not None


async def test_a_confirmed_span_is_redacted_for_good_on_a_later_edit(client, field, admin):  # noqa: F811
    item = await push_text(client, field)
    (hold,) = (await held(client, field))["items"]
    confirmed = await decide(client, field, "confirm", hold["hold_id"])
    assert confirmed.status_code == 200, confirmed.text
    (done,) = confirmed.json()

    await edit(client, field, item, done["rev"])
    assert (await held(client, field))["open_total"] == 0
    text = await future(client, field, item["instance_id"])
    assert WORD not in text and "REVISAR" not in text and f"[{hold['kind']}" in text
    row, report = await export_csv(client, admin)
    assert WORD not in row["future"] and report["held_spans"] == 0


async def test_the_same_words_in_two_interviews(client, field, admin):  # noqa: F811
    first, second = await push_text(client, field), await push_text(client, field)
    a, b = (await held(client, field))["items"]
    assert (a["span"], b["span"]) == (WORD, WORD)
    assert (await decide(client, field, "release", a["hold_id"])).status_code == 200

    # The other interview's span stays held, decided on its own context; the list says
    # what the study decided for the same words, and the export still refuses it.
    page = await held(client, field)
    (left,) = page["items"]
    assert left["hold_id"] == b["hold_id"] and left["remembered"] == "released"
    assert "REVISAR" in await future(client, field, second["instance_id"])
    assert await future(client, field, first["instance_id"]) == TEXT
    exported = await client.get(EXPORT, params={"format": "csv"}, headers=admin)
    report = json.loads(zipfile.ZipFile(io.BytesIO(exported.content)).read("export-report.json"))
    assert report["held_spans"] == 1

    # A new interview with the same words is not held.
    third = await push_text(client, field)
    assert (await held(client, field))["open_total"] == 1
    assert await future(client, field, third["instance_id"]) == TEXT

    # Confirming them elsewhere wins over the release: later pushes are redacted.
    assert (await decide(client, field, "confirm", b["hold_id"])).status_code == 200
    fourth = await push_text(client, field)
    text = await future(client, field, fourth["instance_id"])
    assert WORD not in text and "REVISAR" not in text
    assert (await held(client, field))["open_total"] == 0


async def test_a_release_does_not_take_back_a_confirmation(client, field, session):  # noqa: F811
    await push_text(client, field)
    await push_text(client, field)
    a, b = (await held(client, field))["items"]
    assert (await decide(client, field, "confirm", a["hold_id"])).status_code == 200
    (left,) = (await held(client, field))["items"]
    assert left["remembered"] == hold_kind(a)
    assert (await decide(client, field, "release", b["hold_id"])).status_code == 200
    later = await push_text(client, field)
    assert WORD not in await future(client, field, later["instance_id"])
    assert (await held(client, field))["open_total"] == 0
    session.commit()
    (memory,) = session.exec(select(DecidedSpan)).all()
    assert memory.decision == a["kind"] and memory.hold_id == a["hold_id"]


def hold_kind(hold: dict[str, Any]) -> str:
    kind: str = hold["kind"]
    return kind


async def test_a_key_rotation_keeps_decisions_until_the_old_key_is_destroyed(
    client,
    field,  # noqa: F811
    admin,  # noqa: F811
):
    await push_text(client, field)
    (hold,) = (await held(client, field))["items"]
    assert (await decide(client, field, "release", hold["hold_id"])).status_code == 200
    keys = "/api/v1/studies/demo/keys"
    (old,) = (await client.get(keys, headers=admin)).json()
    rotated = await client.post(f"{keys}/pseudonym/rotate", headers=admin)
    assert rotated.status_code == 201, rotated.text

    kept = await push_text(client, field)
    assert await future(client, field, kept["instance_id"]) == TEXT
    destroyed = await client.post(
        f"{keys}/pseudonym/{old['key_id']}/destroy", json={"confirm": "demo"}, headers=admin
    )
    assert destroyed.status_code == 204, destroyed.text
    forgotten = await push_text(client, field)
    assert WORD not in await future(client, field, forgotten["instance_id"])
    assert (await held(client, field))["open_total"] == 1


def close_household(session, field) -> None:  # noqa: F811
    """Tablets can no longer send the form: what they send is kept for a supervisor."""
    study_id = field["study"].id
    form = forms_store.get_form(session, study_id=study_id, form_id="household")
    forms_store.close_form(session, form=form, is_final=True)
    session.commit()


async def test_a_quarantined_items_spans_are_listed_and_decided_once_accepted(
    client,
    session,
    field,  # noqa: F811
    admin,  # noqa: F811
):
    close_household(session, field)
    item = await push_text(client, field)
    receipt = item["receipt"]
    assert receipt["outcome"] == "quarantined", receipt
    page = await held(client, field)
    (hold,) = page["items"]
    assert page["open_total"] == 1
    assert hold["quarantine_id"] == receipt["quarantine_id"] and hold["span"] == WORD
    assert hold["instance_id"] == item["instance_id"]
    assert (await held(client, field, instance_id=item["instance_id"]))["items"] == [hold]
    refused = await decide(client, field, "release", hold["hold_id"])
    assert refused.status_code == 409 and refused.json()["code"] == "hold.quarantined"

    accepted = await client.post(
        f"/api/v1/studies/demo/quarantine/{receipt['quarantine_id']}/accept",
        json={"changes": {}},
        headers=field["sup"],
    )
    assert accepted.status_code == 200, accepted.text
    (listed,) = (await held(client, field))["items"]
    assert listed["hold_id"] == hold["hold_id"] and listed["quarantine_id"] is None
    assert hold["mask"] in await future(client, field, item["instance_id"])
    row, report = await export_csv(client, admin)  # an undecided span is not exported
    assert WORD not in row["future"] and report["held_spans"] == 1

    released = await decide(client, field, "release", hold["hold_id"])
    assert released.status_code == 200, released.text
    assert released.json()[0]["rev"]
    assert await future(client, field, item["instance_id"]) == TEXT
    row, report = await export_csv(client, admin)
    assert row["future"] == TEXT and report["held_spans"] == 0


async def test_a_dismissed_items_spans_leave_the_queue(client, session, field):  # noqa: F811
    close_household(session, field)
    receipt = (await push_text(client, field))["receipt"]
    assert (await held(client, field))["open_total"] == 1
    dismissed = await client.post(
        f"/api/v1/studies/demo/quarantine/{receipt['quarantine_id']}/dismiss",
        headers=field["sup"],
    )
    assert dismissed.status_code == 200, dismissed.text
    page = await held(client, field)
    assert page["items"] == [] and page["open_total"] == 0


async def test_the_review_page_links_a_quarantined_span_to_its_item(app, client, session, field):  # noqa: F811
    close_household(session, field)
    receipt = (await push_text(client, field))["receipt"]
    (hold,) = (await held(client, field))["items"]
    async with page_client(app) as browser:
        await log_in(browser, "sup")
        page = await browser.get("/app/demo/holds")
        assert page.status_code == 200, page.text
        assert f"/app/demo/quarantine/{receipt['quarantine_id']}" in page.text
        decided = await browser.post(
            "/app/demo/holds/decide",
            data={"csrf": csrf_of(page.text), "decision": "release", "hold": hold["hold_id"]},
            follow_redirects=True,
        )
        assert decided.status_code == 200, decided.text
        assert "acepte primero la entrevista" in decided.text


async def test_a_withdrawn_interview_leaves_the_decision_without_its_hold(
    client,
    session,
    field,  # noqa: F811
    admin,  # noqa: F811
):
    item = await push_text(client, field)
    (hold,) = (await held(client, field))["items"]
    assert (await decide(client, field, "confirm", hold["hold_id"])).status_code == 200
    withdrawn = await client.post(
        "/api/v1/studies/demo/withdrawals", json={"instance_id": item["instance_id"]}, headers=admin
    )
    assert withdrawn.status_code == 200, withdrawn.text
    session.commit()
    (memory,) = session.exec(select(DecidedSpan)).all()
    assert memory.hold_id is None and memory.decision == hold["kind"]
    later = await push_text(client, field)
    assert WORD not in await future(client, field, later["instance_id"])
    assert (await held(client, field))["open_total"] == 0


def test_worker_processes_get_the_remembered_decisions() -> None:
    document = normalize_form(read_study_file("household.json"))
    keys = KeyRing.single("k1", b"z" * 32)
    works = []
    for i in range(MIN_PARALLEL_ITEMS + 2):
        data = {**household_answers(), "future": TEXT}
        works.append(Work(i, "household", 1, "etag-h", True, data))
    body = json.loads(Gazetteer(b"").to_json())
    body["decided"] = {"k1": {span_digest(WORD, key=keys.current_key): RELEASED}}
    ref = StudyGazetteerRef(json.dumps(body), "k1")
    pool = PreparePool(2)
    try:
        got = pool(works, {"etag-h": document}, keys, ref)
    finally:
        pool.close()
    assert [d.data["future"] for d in got] == [TEXT] * len(works)
    assert [d.holds for d in got] == [[]] * len(works)
    without = process_all(works[:1], documents={"etag-h": document}, keys=keys)
    assert WORD not in without[0].data["future"] and len(without[0].holds) == 1


@pytest.mark.parametrize("decision", ["release", "confirm"])
async def test_a_retry_after_a_decision_is_still_a_replay(client, field, decision):  # noqa: F811
    """The tablet never got its receipt and sends the same push again after a supervisor
    decided a span of it: the answers now come out differently, yet this is the version
    already stored, not a second one to merge or put in conflict."""
    item = await push_text(client, field)
    (hold,) = (await held(client, field))["items"]
    decided = await decide(client, field, decision, hold["hold_id"])
    assert decided.status_code == 200, decided.text
    (done,) = decided.json()
    again = {k: v for k, v in item.items() if k != "receipt"}
    (receipt,) = (await push(client, field["ana_tablet"], again))["results"]
    assert receipt["outcome"] == "duplicate", receipt
    assert receipt["rev"] == item["receipt"]["rev"]
    # Nothing was added: the head is still the supervisor's decision, with no conflict.
    detail = await client.get(f"{INTERVIEWS}/{item['instance_id']}", headers=field["sup"])
    assert detail.status_code == 200, detail.text
    body = detail.json()
    assert [r["rev"] for r in body["revisions"]] == [item["receipt"]["rev"], done["rev"]]
    assert [r["rev"] for r in body["revisions"] if r["is_head"]] == [done["rev"]]
    assert body["is_conflicting"] is False
    assert (await held(client, field))["open_total"] == 0
