"""Review states and comments on real databases: history kept, audited, fed to tablets."""

from __future__ import annotations

from sqlmodel import select

from accounts.models import AuditEvent
from review.store import get_submission, list_review_events_since
from tests.api.test_progress import field, household, push  # noqa: F401  (fixture)

URL = "/api/v1/studies/demo/submissions/{}/review"


async def test_states_and_comments_keep_their_history_and_reach_the_feed(client, field, session):  # noqa: F811
    item = household("manta")
    await push(client, field["ana_tablet"], item)
    url = URL.format(item["instance_id"])
    first = await client.put(
        url, json={"state": "has_issues", "comment": "Falta la edad."}, headers=field["sup"]
    )
    second = await client.put(url, json={"state": "approved"}, headers=field["sup"])
    assert first.status_code == second.status_code == 200
    body = (await client.get(url, headers=field["sup"])).json()
    assert body["state"] == "approved"
    assert [(e["state"], e["comment"], e["author"]) for e in body["history"]] == [
        ("has_issues", "Falta la edad.", "sup"),
        ("approved", None, "sup"),
    ]
    events = session.exec(select(AuditEvent).where(AuditEvent.action == "review.set")).all()
    assert [e.detail for e in events] == [
        {"state": "has_issues", "comment": True},
        {"state": "approved", "comment": False},
    ]
    assert all("Falta" not in str(e.detail) for e in events)  # comment text never audited
    reads = session.exec(select(AuditEvent).where(AuditEvent.action == "data.read")).all()
    assert [e.detail["view"] for e in reads] == ["review"]


async def test_feed_returns_only_the_enumerators_events_after_an_id(client, field, session):  # noqa: F811
    mine, theirs = household("manta"), household("ccollpa")
    await push(client, field["ana_tablet"], mine)
    await push(client, field["beto_tablet"], theirs)
    for item in (mine, theirs, mine):
        await client.put(
            URL.format(item["instance_id"]), json={"comment": "Revisar."}, headers=field["sup"]
        )
    study_id = field["study"].id
    ana = get_submission(session, study_id=study_id, instance_id=mine["instance_id"]).enumerator_id
    feed = list_review_events_since(
        session, study_id=study_id, enumerator_id=ana, after_id=0, limit=10
    )
    assert [e.instance_id for e in feed] == [mine["instance_id"]] * 2
    after = list_review_events_since(
        session, study_id=study_id, enumerator_id=ana, after_id=feed[0].id, limit=10
    )
    assert [e.id for e in after] == [feed[1].id]


async def test_an_enumerator_cannot_review_and_an_empty_review_is_refused(client, field):  # noqa: F811
    item = household("manta")
    await push(client, field["ana_tablet"], item)
    url = URL.format(item["instance_id"])
    assert (
        await client.put(url, json={"state": "approved"}, headers=field["ana"])
    ).status_code == 403
    assert (await client.put(url, json={}, headers=field["sup"])).status_code == 422
    assert (
        await client.put(URL.format("nope"), json={"state": "approved"}, headers=field["sup"])
    ).status_code == 404
