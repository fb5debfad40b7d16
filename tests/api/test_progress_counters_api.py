"""Through the real HTTP services, the counted views stay equal to the scan after each step.

Pushes (new interviews, an edit, a conflict), a quarantine accept, a conflict
resolution, reviews and a withdrawal each change what supervision counts; after
every step the progress, device and quality routes must answer what the old
scan-per-request code computes from the same rows (tests/integration/scan_reference.py).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx
from sqlmodel import Session

from accounts.models import Community, Role, Study
from monitor import breakdown, health, progress
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
from tests.integration import scan_reference
from tests.integration.test_progress_counters import _assert_same
from tests.unit.forms.submissions import household_answers, ngo_answers

S = "/api/v1/studies/demo"


def _setup(session: Session) -> tuple[Study, dict[str, str], dict[str, str], dict[str, str]]:
    study = make_study(session, slug="demo", k_anonymity=3)
    for slug in ("manta", "ccollpa"):
        session.add(Community(study_id=study.id, slug=slug, name=slug.title()))
    ana = make_member(session, study, Role.enumerator, "ana")
    beto = make_member(session, study, Role.enumerator, "beto")
    for name in ("household", "ngo"):
        make_published_form(session, study, name, ana, beto)
    _, tablet_a = make_device(session, study, ana)
    _, tablet_b = make_device(session, study, beto)
    sup = make_token(session, make_member(session, study, Role.supervisor, "sup"))
    session.commit()
    return study, auth(tablet_a), auth(tablet_b), auth(sup)


async def _push(client: httpx.AsyncClient, tablet: dict[str, str], item: Any) -> Any:
    response = await client.post("/api/v1/sync/push", json=push_body(item), headers=tablet)
    assert response.status_code == 200, response.text
    return response.json()["results"][0]


async def _same_as_the_scan(
    client: httpx.AsyncClient, session: Session, study: Study, sup: dict[str, str]
) -> None:
    """Read each view over HTTP (which refreshes the metrics), then compare with the scan."""
    routes = ("progress", "progress/devices?silent_after_days=3", "progress/quality")
    bodies = []
    for route in routes:
        response = await client.get(f"{S}/{route}", headers=sup)
        assert response.status_code == 200, response.text
        bodies.append(response.json())
    session.commit()  # a fresh snapshot: the reads committed in other sessions
    assert study.id is not None
    now = datetime.now(UTC)
    counted = [
        progress.progress_summary(session, study=study, now=now),
        health.device_report(session, study_id=study.id, now=now, silent_after_days=3),
        breakdown.quality_report(session, study=study),
    ]
    scanned = [
        scan_reference.progress_summary(session, study=study, now=now),
        scan_reference.device_report(session, study_id=study.id, now=now, silent_after_days=3),
        scan_reference.quality_report(session, study=study),
    ]
    for mine, theirs in zip(counted, scanned, strict=True):
        _assert_same(mine.model_dump(), theirs.model_dump())
    assert bodies[0]["totals"] == counted[0].model_dump(mode="json")["totals"]


async def test_every_write_path_keeps_the_counted_views_equal_to_the_scan(
    client: httpx.AsyncClient, session: Session
) -> None:
    study, tablet_a, tablet_b, sup = _setup(session)
    house = [
        push_item("household", {**household_answers(), "village": v}, ended_at=end)
        for v, end in (
            ("manta", "2026-11-20T15:10:00Z"),
            ("ccollpa", "2026-11-20T14:05:00Z"),
            ("manta", "2026-11-20T16:30:00Z"),
        )
    ]
    for item in house:
        assert (await _push(client, tablet_a, item))["outcome"] == "created"
    ngo = push_item("ngo", ngo_answers())
    rev1 = (await _push(client, tablet_b, ngo))["rev"]
    await _same_as_the_scan(client, session, study, sup)

    # An edit, then a conflicting edit of the same field from the other tablet.
    edit_b = {**ngo, "base_rev": rev1, "data": {**ngo["data"], "staff_total": 20}}
    edit_a = {**ngo, "base_rev": rev1, "data": {**ngo["data"], "staff_total": 25}}
    assert (await _push(client, tablet_b, edit_b))["outcome"] == "updated"
    assert (await _push(client, tablet_a, edit_a))["outcome"] == "conflict"
    await _same_as_the_scan(client, session, study, sup)

    (conflict,) = (await client.get(f"{S}/conflicts", headers=sup)).json()
    resolved = await client.post(
        f"{S}/conflicts/{conflict['conflict_id']}/resolve",
        json={"choices": {"/staff_total": {"value": 22}}},
        headers=sup,
    )
    assert resolved.status_code == 200, resolved.text
    await _same_as_the_scan(client, session, study, sup)

    # Quarantined, then corrected and accepted into the study.
    bad = push_item("ngo", ngo_answers() | {"staff_total": "muchos"})
    receipt = await _push(client, tablet_b, bad)
    assert receipt["outcome"] == "quarantined"
    await _same_as_the_scan(client, session, study, sup)
    accepted = await client.post(
        f"{S}/quarantine/{receipt['quarantine_id']}/accept",
        json={"changes": {"/staff_total": {"value": 14}}},
        headers=sup,
    )
    assert accepted.status_code == 200, accepted.text
    await _same_as_the_scan(client, session, study, sup)

    for item, state in zip(house, ("approved", "rejected", "has_issues"), strict=True):
        reviewed = await client.put(
            f"{S}/submissions/{item['instance_id']}/review", json={"state": state}, headers=sup
        )
        assert reviewed.status_code == 200, reviewed.text
    await _same_as_the_scan(client, session, study, sup)

    withdrawn = await client.post(
        f"{S}/withdrawals", json={"instance_id": house[0]["instance_id"]}, headers=sup
    )
    assert withdrawn.status_code == 200, withdrawn.text
    await _same_as_the_scan(client, session, study, sup)
    body = (await client.get(f"{S}/progress", headers=sup)).json()
    assert (body["totals"]["collected"], body["totals"]["rejected"]) == (3, 1)
