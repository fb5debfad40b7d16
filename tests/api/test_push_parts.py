"""A large push is read item by item and stored a part at a time, as one batch."""

from __future__ import annotations

import orjson
import pytest
from sqlmodel import select

from sync import pipeline
from sync.models import QuarantineItem, Submission, SubmissionRevision, SyncBatch
from tests.api.test_push import push, tablet  # noqa: F401 (fixture)
from tests.factories import push_body, push_item
from tests.unit.forms.submissions import community_answers, household_answers, ngo_answers

HEADERS = {"content-type": "application/json"}


@pytest.fixture
def in_parts(monkeypatch):
    """Every body counts as large, and a part holds two items."""

    def whole_tree_reader(*_args, **_kwargs):
        raise AssertionError("a large body is never read whole")

    monkeypatch.setattr(pipeline, "ORJSON_MAX_BYTES", 0)
    monkeypatch.setattr(pipeline, "parse_batch", whole_tree_reader)
    monkeypatch.setattr(pipeline, "PART_ITEMS", 2)


async def test_every_outcome_in_a_batch_stored_in_parts(client, session, tablet, in_parts):  # noqa: F811
    a = push_item("ngo", ngo_answers())
    b = push_item("ngo", ngo_answers())
    first = await push(client, tablet, a, b)
    rev_a = first["results"][0]["rev"]
    items = [
        push_item("household", household_answers()),
        {**a, "base_rev": rev_a, "data": {**a["data"], "staff_total": 14}},
        b,
        push_item("no_such_form", {"nota": "hola"}),
        push_item("ngo", ngo_answers(), version="uno"),
        push_item("community", community_answers()),
    ]
    body = orjson.dumps(push_body(*items))
    sent = await client.post("/api/v1/sync/push", content=body, headers=HEADERS | tablet["headers"])
    results = sent.json()["results"]
    assert [r["outcome"] for r in results] == [
        "created",
        "updated",
        "duplicate",
        "quarantined",
        "rejected",
        "created",
    ]
    assert [r["instance_id"] for r in results] == [i["instance_id"] for i in items]
    assert results[4]["code"] == "sync.item_invalid"
    assert len(session.exec(select(Submission)).all()) == 4
    assert len(session.exec(select(SubmissionRevision)).all()) == 5
    assert len(session.exec(select(QuarantineItem)).all()) == 1
    edited = session.exec(select(Submission).where(Submission.instance_id == a["instance_id"]))
    assert edited.one().data["staff_total"] == 14
    again = await client.post(
        "/api/v1/sync/push", content=body, headers=HEADERS | tablet["headers"]
    )
    assert again.json() == sent.json()
    assert len(session.exec(select(SyncBatch)).all()) == 2
    assert len(session.exec(select(SubmissionRevision)).all()) == 5


async def test_a_repeated_id_late_in_a_large_batch_stores_nothing(
    client,
    session,
    tablet,  # noqa: F811
    in_parts,
):
    items = [push_item("ngo", ngo_answers()) for _ in range(5)]
    items.append(items[0])
    response = await client.post(
        "/api/v1/sync/push",
        content=orjson.dumps(push_body(*items)),
        headers=HEADERS | tablet["headers"],
    )
    assert response.status_code == 422
    assert response.json()["code"] == "sync.batch_invalid"
    assert response.json()["errors"][0]["pointer"] == "/items/5/instance_id"
    assert session.exec(select(Submission)).all() == []
