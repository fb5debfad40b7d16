"""Supervision API on real databases: progress numbers, suppression, audit, access, SSE."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from sqlmodel import select

from accounts.models import AuditEvent, Community, Role
from monitor.stream import StreamConfig
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

VILLAGES = ("manta", "ccollpa")


@pytest.fixture
def field(session):
    study = make_study(session, slug="demo", k_anonymity=3)
    for slug in VILLAGES:
        session.add(Community(study_id=study.id, slug=slug, name=slug.title()))
    ana = make_member(session, study, Role.enumerator, "ana")
    beto = make_member(session, study, Role.enumerator, "beto")
    supervisor = make_member(session, study, Role.supervisor, "sup")
    for name in ("household", "ngo"):
        make_published_form(session, study, name, ana, beto)
    _, ana_token = make_device(session, study, ana)
    _, beto_token = make_device(session, study, beto)
    sup_token, ana_login = make_token(session, supervisor), make_token(session, ana)
    session.commit()
    return {
        "study": study,
        "sup": auth(sup_token),
        "ana": auth(ana_login),
        "ana_tablet": auth(ana_token),
        "beto_tablet": auth(beto_token),
    }


def household(village: str, sex: str = "mujer", **extra: Any) -> dict[str, Any]:
    return push_item(
        "household", {**household_answers(), "village": village, "respondent_sex": sex}, **extra
    )


async def push(client, headers, *items):
    response = await client.post("/api/v1/sync/push", json=push_body(*items), headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


async def put_plan(client, field):
    body = {
        "targets": [
            {"form_id": "household", "village": "manta", "target": 4},
            {"form_id": "household", "village": "ccollpa", "target": 2},
            {"form_id": "ngo", "village": None, "target": 3},
        ],
        "assignments": [
            {"username": "ana", "villages": ["manta"]},
            {"username": "beto", "villages": ["ccollpa"]},
        ],
    }
    response = await client.put("/api/v1/studies/demo/plan", json=body, headers=field["sup"])
    assert response.status_code == 200, response.text
    return response.json()


async def seed(client, field):
    await put_plan(client, field)
    await push(
        client,
        field["ana_tablet"],
        household("manta"),
        household("manta"),
        household("manta", "hombre"),
        push_item("ngo", ngo_answers()),
    )
    await push(client, field["beto_tablet"], household("ccollpa"))


async def test_progress_counts_collected_against_targets(client, field):
    await seed(client, field)
    body = (await client.get("/api/v1/studies/demo/progress", headers=field["sup"])).json()
    villages = {v["village"]: v for v in body["villages"]}
    manta = {f["form_id"]: f for f in villages["manta"]["forms"]}
    assert manta["household"]["collected"] == 3
    assert manta["household"]["target"] == 4
    assert villages["manta"]["assigned"] == ["ana"]
    forms = {f["form_id"]: f for f in body["forms"]}
    assert forms["household"]["collected"] == 4 and forms["household"]["target"] == 6
    assert forms["ngo"]["collected"] == 1 and forms["ngo"]["target"] == 3
    assert body["totals"]["collected"] == 5 and body["totals"]["target"] == 9
    enumerators = {e["username"]: e for e in body["enumerators"]}
    assert enumerators["ana"]["total"]["collected"] == 4
    assert enumerators["beto"]["total"]["collected"] == 1
    assert enumerators["ana"]["last_sync_at"] is not None
    assert forms["household"]["median_duration_s"] == 70 * 60
    assert 0 < forms["household"]["completeness"]["refused"] < 1
    assert sum(d["count"] for d in body["days"]) == 5


async def test_review_states_move_the_counts_and_rejected_ones_do_not_count(client, field):
    await put_plan(client, field)
    items = [household("manta"), household("manta")]
    await push(client, field["ana_tablet"], *items)
    url = "/api/v1/studies/demo/submissions/{}/review"
    ok = await client.put(
        url.format(items[0]["instance_id"]), json={"state": "approved"}, headers=field["sup"]
    )
    bad = await client.put(
        url.format(items[1]["instance_id"]),
        json={"state": "rejected", "comment": "Falta el consentimiento."},
        headers=field["sup"],
    )
    assert ok.status_code == bad.status_code == 200
    totals = (await client.get("/api/v1/studies/demo/progress", headers=field["sup"])).json()[
        "totals"
    ]
    assert (totals["approved"], totals["rejected"], totals["collected"]) == (1, 1, 1)


async def test_small_cells_of_respondent_breakdowns_are_suppressed(client, field):
    await seed(client, field)
    body = (
        await client.get(
            "/api/v1/studies/demo/progress/respondents?form=household", headers=field["sup"]
        )
    ).json()
    sex = next(t for t in body["tables"] if t["field"] == "respondent_sex")
    # manta: 2 women, 1 man; ccollpa: 1 woman. k=3 hides every cell under 3.
    assert sex["rows"]["manta"] == {"hombre": None, "mujer": None}
    assert sex["rows"]["ccollpa"]["mujer"] is None
    assert body["k_anonymity"] == 3


@pytest.mark.parametrize(
    "view", ["progress", "progress/devices", "progress/quality", "progress/respondents"]
)
async def test_every_supervisor_read_is_audited(client, field, session, view):
    response = await client.get(f"/api/v1/studies/demo/{view}", headers=field["sup"])
    assert response.status_code == 200, response.text
    events = session.exec(select(AuditEvent).where(AuditEvent.action == "data.read")).all()
    assert [e.detail["view"] for e in events] == [view.replace("/", ".")]


async def test_an_enumerator_cannot_read_progress(client, field):
    response = await client.get("/api/v1/studies/demo/progress", headers=field["ana"])
    assert response.status_code == 403


async def test_another_study_answers_404(client, field, session):
    make_study(session, slug="other")
    session.commit()
    response = await client.get("/api/v1/studies/other/progress", headers=field["sup"])
    assert response.status_code == 404


async def test_device_health_reports_last_sync_and_partial_syncs(client, field):
    await push(client, field["ana_tablet"], household("manta"), push_item("nope", {}))
    body = (await client.get("/api/v1/studies/demo/progress/devices", headers=field["sup"])).json()
    ana = next(d for d in body["devices"] if d["enumerator"] == "ana")
    assert ana["syncs"] == 1 and ana["failed_syncs"] == 1 and not ana["is_silent"]
    assert body["syncs"][0]["is_partial"] is True
    assert body["syncs"][0]["outcomes"] == {"created": 1, "quarantined": 1}


async def test_quality_flags_short_interviews_with_both_languages(client, field):
    items = [household("manta") for _ in range(5)]
    items.append(
        household("manta", started_at="2026-11-20T14:00:00Z", ended_at="2026-11-20T14:05:00Z")
    )
    await push(client, field["ana_tablet"], *items)
    flags = (
        await client.get("/api/v1/studies/demo/progress/quality", headers=field["sup"])
    ).json()["flags"]
    short = [f for f in flags if f["kind"] == "short_interview"]
    assert [f["instance_id"] for f in short] == [items[-1]["instance_id"]]
    assert "mediana" in short[0]["message"]["es"] and "median" in short[0]["message"]["en"]


async def test_stream_sends_a_progress_event_after_a_push(app, client, field, session):
    # On PostgreSQL the test app shares one connection between sessions, so the push is
    # timed to land while the stream waits between reads (real workers own connections):
    # well after its first read even on a loaded machine, well before the next poll.
    app.state.progress_stream = StreamConfig(poll_s=4.0, heartbeat_s=0.2, max_s=6.0)
    ticket = (
        await client.post("/api/v1/studies/demo/progress/stream-ticket", headers=field["sup"])
    ).json()

    async def later_push():
        await asyncio.sleep(1.5)
        await push(client, field["ana_tablet"], household("manta"))

    stream, _ = await asyncio.wait_for(asyncio.gather(client.get(ticket["url"]), later_push()), 10)
    assert stream.status_code == 200
    assert stream.headers["content-type"].startswith("text/event-stream")
    events = [e for e in stream.text.split("\n\n") if e.startswith("event: progress")]
    assert len(events) >= 2
    assert '"collected":0' in events[0] and '"collected":1' in events[-1]
    again = await client.get(ticket["url"])
    assert again.status_code == 401  # one-time
    audited = session.exec(select(AuditEvent).where(AuditEvent.action == "data.read")).all()
    assert [e.detail["view"] for e in audited] == ["progress.stream"]


def day_counts(body: dict[str, Any]) -> dict[str, int]:
    return {d["day"]: d["count"] for d in body["days"]}


async def test_an_evening_interview_in_lima_counts_on_that_lima_day(client, field, session):
    admin = auth(make_token(session, make_member(session, field["study"], Role.admin, "adm")))
    session.commit()
    # 20:00 in Lima is 01:00 UTC on the next day.
    evening = household("manta", started_at="2026-11-20T20:00:00-05:00", ended_at=None)
    await push(client, field["ana_tablet"], evening)
    body = (await client.get("/api/v1/studies/demo/progress", headers=field["sup"])).json()
    assert body["time_zone"] == "America/Lima"
    assert day_counts(body) == {"2026-11-20": 1}

    changed = await client.patch(
        "/api/v1/studies/demo", json={"time_zone": "Etc/UTC"}, headers=admin
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["time_zone"] == "Etc/UTC"
    body = (await client.get("/api/v1/studies/demo/progress", headers=field["sup"])).json()
    assert day_counts(body) == {"2026-11-21": 1}  # the days follow the study's new zone


async def test_only_a_known_iana_zone_is_accepted_and_only_from_study_admins(
    client, field, session
):
    admin = auth(make_token(session, make_member(session, field["study"], Role.admin, "adm")))
    session.commit()
    refused = await client.patch(
        "/api/v1/studies/demo", json={"time_zone": "Lima/Juana-Quispe"}, headers=admin
    )
    assert refused.status_code == 422
    problem = refused.json()
    assert problem["errors"][0]["pointer"] == "/time_zone"
    assert problem["errors"][0]["code"] == "time_zone_unknown"
    assert "Juana" not in refused.text
    forbidden = await client.patch(
        "/api/v1/studies/demo", json={"time_zone": "America/Bogota"}, headers=field["sup"]
    )
    assert forbidden.status_code == 403
    study = (await client.get("/api/v1/studies/demo", headers=admin)).json()
    assert study["time_zone"] == "America/Lima"
