"""Interview pages on real databases: the list, one interview, review one and in bulk, files."""

from __future__ import annotations

import re

import pytest
from sqlmodel import select

from accounts.models import AuditEvent, Role
from review.store import get_review, get_submission, list_review_events_since
from tests.api.pages import csrf_of, log_in, page_client, parts_of
from tests.api.test_progress import field, household, push  # noqa: F401  (fixture)
from tests.factories import make_member

LIST = "/app/demo/interviews"


@pytest.fixture
async def web(app):
    async with page_client(app) as c:
        yield c


def _ids(html: str) -> list[str]:
    return re.findall(r'href="/app/demo/interviews/([0-9a-f-]{36})"', html)


async def test_the_list_names_forms_by_title_in_the_chosen_language(client, web, field):  # noqa: F811
    item = household("manta")
    await push(client, field["ana_tablet"], item)
    await log_in(web, "sup")
    spanish = await web.get(LIST)
    assert spanish.status_code == 200
    assert "Entrevista al hogar" in spanish.text
    assert "Sin revisar" in spanish.text
    assert ">household<" not in spanish.text
    english = await web.get(LIST + "?lang=en")
    assert "Household interview" in english.text
    assert "Not reviewed" in english.text
    assert _ids(english.text) == [item["instance_id"]]


async def test_filters_narrow_the_list(client, web, field):  # noqa: F811
    manta, ccollpa = household("manta"), household("ccollpa")
    await push(client, field["ana_tablet"], manta)
    await push(client, field["beto_tablet"], ccollpa)
    await log_in(web, "sup")
    assert _ids((await web.get(LIST + "?village=manta")).text) == [manta["instance_id"]]
    assert _ids((await web.get(LIST + "?enumerator=beto")).text) == [ccollpa["instance_id"]]
    assert _ids((await web.get(LIST + "?state=approved")).text) == []
    assert _ids((await web.get(LIST + "?form=&village=&state=")).text) == [
        manta["instance_id"],
        ccollpa["instance_id"],
    ]
    assert _ids((await web.get(LIST + "?from=2000-01-01&to=2000-01-02")).text) == []
    bad = await web.get(LIST + "?from=yesterday")
    assert bad.status_code == 422
    assert "text/html" in bad.headers["content-type"]


async def test_the_day_filter_uses_the_studys_time_zone(client, web, field, session):  # noqa: F811
    from datetime import UTC, datetime

    item = household("manta")
    await push(client, field["ana_tablet"], item)
    row = get_submission(session, study_id=field["study"].id, instance_id=item["instance_id"])
    row.received_at = datetime(2026, 12, 1, 1, 30, tzinfo=UTC)  # 20:30 on 30 Nov in Lima
    session.add(row)
    session.commit()
    await log_in(web, "sup")
    lima_day = await web.get(LIST + "?from=2026-11-30&to=2026-11-30")
    assert _ids(lima_day.text) == [item["instance_id"]]
    assert "30 nov 2026, 20:30" in lima_day.text
    assert _ids((await web.get(LIST + "?from=2026-12-01&to=2026-12-01")).text) == []


async def test_an_interview_page_shows_labels_and_is_audited(client, web, field, session):  # noqa: F811
    item = household("manta")
    await push(client, field["ana_tablet"], item)
    await log_in(web, "sup")
    page = await web.get(f"{LIST}/{item['instance_id']}?lang=en")
    assert page.status_code == 200
    assert "Household interview" in page.text
    assert "Approve" in page.text
    parts = parts_of(page.text)
    assert parts.inline_scripts == [] and parts.style_blocks == 0
    assert len(parts.post_forms) == parts.csrf_fields
    reads = session.exec(select(AuditEvent).where(AuditEvent.action == "data.read")).all()
    assert [(e.detail["view"], e.target_id) for e in reads] == [("interview", item["instance_id"])]


async def test_the_questions_read_in_quechua_where_the_form_has_it(client, web, field):  # noqa: F811
    item = household("manta")
    await push(client, field["ana_tablet"], item)
    await log_in(web, "sup")
    url = f"{LIST}/{item['instance_id']}"
    spanish = await web.get(url)
    assert 'href="?labels=qu"' in spanish.text
    assert "¿Tapukuyta munanchu?" not in spanish.text
    quechua = await web.get(url + "?labels=qu")
    assert "¿Tapukuyta munanchu?" in quechua.text
    assert "Entrevista al hogar" in quechua.text  # the page itself stays in Spanish
    unknown = await web.get(url + "?labels=fr")
    assert unknown.status_code == 200
    assert "¿Tapukuyta munanchu?" not in unknown.text


async def test_review_with_a_comment_reaches_the_history_and_the_enumerators_feed(
    client,
    web,
    field,  # noqa: F811
    session,
):
    item = household("manta")
    await push(client, field["ana_tablet"], item)
    await log_in(web, "sup")
    url = f"{LIST}/{item['instance_id']}"
    csrf = csrf_of((await web.get(url)).text)
    done = await web.post(
        url + "/review", data={"csrf": csrf, "state": "has_issues", "comment": "Falta la edad."}
    )
    assert done.status_code == 303
    assert done.headers["location"] == f"{url}?done=has_issues"
    after = await web.get(done.headers["location"])
    assert "Falta la edad." in after.text
    assert "Revisión guardada: Con observaciones." in after.text
    study_id = field["study"].id
    assert get_review(session, study_id=study_id, instance_id=item["instance_id"]).state == (
        "has_issues"
    )
    ana = get_submission(session, study_id=study_id, instance_id=item["instance_id"])
    feed = list_review_events_since(
        session, study_id=study_id, enumerator_id=ana.enumerator_id, after_id=0, limit=10
    )
    assert [(e.state, e.comment) for e in feed] == [("has_issues", "Falta la edad.")]
    audited = session.exec(select(AuditEvent).where(AuditEvent.action == "review.set")).all()
    assert [e.detail for e in audited] == [{"state": "has_issues", "comment": True}]


async def test_bulk_review_approves_every_ticked_interview(client, web, field, session):  # noqa: F811
    items = [household("manta"), household("manta"), household("ccollpa")]
    await push(client, field["ana_tablet"], *items[:2])
    await push(client, field["beto_tablet"], items[2])
    await log_in(web, "sup")
    listing = await web.get(LIST + "?village=manta")
    ticked = [i["instance_id"] for i in items[:2]]
    done = await web.post(
        LIST + "/review",
        data={
            "csrf": csrf_of(listing.text),
            "state": "approved",
            "instance_id": ticked,
            "comment": "Bien.",
            "back": LIST + "?village=manta",
        },
    )
    assert done.status_code == 303
    assert done.headers["location"] == LIST + "?village=manta&done=approved&n=2"
    notice = await web.get(done.headers["location"])
    assert "2 entrevistas revisadas: Aprobada." in notice.text
    study_id = field["study"].id
    states = [
        get_review(session, study_id=study_id, instance_id=i["instance_id"]).state for i in items
    ]
    assert states == ["approved", "approved", "received"]


async def test_bulk_review_elsewhere_or_of_nothing_is_refused(client, web, field, session):  # noqa: F811
    item = household("manta")
    await push(client, field["ana_tablet"], item)
    await log_in(web, "sup")
    csrf = csrf_of((await web.get(LIST)).text)
    empty = await web.post(LIST + "/review", data={"csrf": csrf, "state": "approved"})
    assert empty.status_code == 422
    away = await web.post(
        LIST + "/review",
        data={
            "csrf": csrf,
            "state": "approved",
            "instance_id": item["instance_id"],
            "back": "https://evil.example/",
        },
    )
    assert away.headers["location"].startswith(LIST + "?")


@pytest.mark.parametrize("token", [None, "0" * 64], ids=["without", "wrong"])
async def test_review_posts_without_the_right_csrf_token_change_nothing(
    client,
    web,
    field,  # noqa: F811
    session,
    token,
):
    item = household("manta")
    await push(client, field["ana_tablet"], item)
    await log_in(web, "sup")
    data = {"state": "approved", "instance_id": item["instance_id"]}
    if token:
        data["csrf"] = token
    for url in (f"{LIST}/{item['instance_id']}/review", LIST + "/review"):
        refused = await web.post(url, data=data)
        assert refused.status_code == 403
        assert "text/html" in refused.headers["content-type"]
    study_id = field["study"].id
    assert get_review(session, study_id=study_id, instance_id=item["instance_id"]).state == (
        "received"
    )


async def test_an_enumerator_sees_their_own_interviews_and_the_comments_on_them(
    client,
    web,
    field,  # noqa: F811
    session,
):
    mine, theirs = household("manta"), household("ccollpa")
    await push(client, field["ana_tablet"], mine)
    await push(client, field["beto_tablet"], theirs)
    url = f"/api/v1/studies/demo/submissions/{mine['instance_id']}/review"
    await client.put(
        url, json={"state": "has_issues", "comment": "Falta la edad."}, headers=field["sup"]
    )
    await log_in(web, "ana")
    page = await web.get(LIST)
    assert page.status_code == 200
    assert "Mis entrevistas" in page.text
    assert "Falta la edad." in page.text
    assert set(_ids(page.text)) == {mine["instance_id"]}
    assert 'name="instance_id"' not in page.text  # no review boxes
    assert (await web.get(f"{LIST}/{theirs['instance_id']}")).status_code == 404
    own = await web.get(f"{LIST}/{mine['instance_id']}")
    assert "Falta la edad." in own.text
    assert "Aprobar" not in own.text
    refused = await web.post(
        f"{LIST}/{mine['instance_id']}/review",
        data={"csrf": csrf_of(own.text), "state": "approved"},
    )
    assert refused.status_code == 403


async def test_recordings_play_on_the_page_only_for_roles_the_policy_allows(
    client,
    web,
    field,  # noqa: F811
    session,
):
    from tests.api.test_retention import _interview_with_audio

    make_member(session, field["study"], Role.admin, "adm")
    session.commit()
    item, sha = await _interview_with_audio(client, field["ana_tablet"], b"\x03audio" * 2000)
    url = f"{LIST}/{item['instance_id']}"
    file_url = f"/app/demo/attachments/{sha}"
    await log_in(web, "sup")
    page = await web.get(url)
    assert "no permite que su rol" in page.text
    assert file_url not in page.text
    assert (await web.get(file_url)).status_code == 403
    async with page_client(web._transport.app) as admin:
        await log_in(admin, "adm")
        page = await admin.get(url)
        assert f'<audio controls preload="none" src="{file_url}"' in page.text
        played = await admin.get(file_url)
        assert played.status_code == 200
        assert played.content == b"\x03audio" * 2000
    reads = session.exec(select(AuditEvent).where(AuditEvent.action == "attachment.read")).all()
    assert len(reads) == 1
