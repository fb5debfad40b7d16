"""Reading interviews: filters, keyset pages, labels, history, own-only for enumerators."""

from __future__ import annotations

from sqlmodel import select

from accounts.models import AuditEvent, Role
from tests.api.test_progress import field, household, push  # noqa: F401  (fixture)
from tests.factories import auth, make_member, make_token

LIST = "/api/v1/studies/demo/interviews"


async def test_pages_follow_the_cursor_without_skipping_or_repeating(client, field):  # noqa: F811
    items = [household("manta") for _ in range(5)]
    await push(client, field["ana_tablet"], *items)
    seen, cursor = [], None
    while True:
        params = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        page = (await client.get(LIST, params=params, headers=field["sup"])).json()
        seen += [i["instance_id"] for i in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == [i["instance_id"] for i in items]


async def test_filters_narrow_the_list(client, field):  # noqa: F811
    manta, ccollpa = household("manta"), household("ccollpa")
    await push(client, field["ana_tablet"], manta)
    await push(client, field["beto_tablet"], ccollpa)
    await client.put(
        f"/api/v1/studies/demo/submissions/{manta['instance_id']}/review",
        json={"state": "approved"},
        headers=field["sup"],
    )

    async def ids(**params):
        body = (await client.get(LIST, params=params, headers=field["sup"])).json()
        return [i["instance_id"] for i in body["items"]]

    assert await ids(village="ccollpa") == [ccollpa["instance_id"]]
    assert await ids(enumerator="ana") == [manta["instance_id"]]
    assert await ids(review_state="approved") == [manta["instance_id"]]
    assert await ids(review_state="received") == [ccollpa["instance_id"]]
    assert await ids(form_id="ngo") == []
    assert await ids(form_id="household", version=1, is_conflicting=False) == [
        manta["instance_id"],
        ccollpa["instance_id"],
    ]
    assert await ids(is_quarantined=True) == []
    assert await ids(received_to="2000-01-01T00:00:00Z") == []


async def test_a_cursor_the_server_never_gave_is_a_problem(client, field):  # noqa: F811
    response = await client.get(LIST, params={"cursor": "bm9wZQ"}, headers=field["sup"])
    assert response.status_code == 400
    assert response.json()["code"] == "interview.cursor_invalid"
    assert "bm9wZQ" not in response.text


async def test_one_interview_reads_with_labels_history_and_is_audited(client, field, session):  # noqa: F811
    item = household("manta")
    item["data"]["displaced"] = {"_missing": "refused"}
    await push(client, field["ana_tablet"], item)
    url = f"{LIST}/{item['instance_id']}"
    await client.put(
        f"/api/v1/studies/demo/submissions/{item['instance_id']}/review",
        json={"state": "has_issues", "comment": "Revisar."},
        headers=field["sup"],
    )
    body = (await client.get(url, params={"lang": "en"}, headers=field["sup"])).json()
    answers = {a["pointer"]: a for a in body["answers"]}
    assert answers["/respondent_sex"]["prompt"] == "Respondent's sex"
    assert answers["/respondent_sex"]["choices"] == [{"value": "mujer", "label": "Woman"}]
    assert answers["/displaced"]["missing"] == "refused"
    assert answers["/displaced"]["missing_label"] == "refused"
    assert "/respondent_name" in answers
    assert "Juana" not in str(body)  # the stored answer is a pseudonym
    assert answers["/members/1/sex"]["choices"][0]["label"] == "Man"
    assert [r["is_head"] for r in body["revisions"]] == [True]
    assert [(e["state"], e["author"]) for e in body["review"]] == [("has_issues", "sup")]
    spanish = (
        await client.get(url, headers={**field["sup"], "Accept-Language": "es-PE,es;q=0.9"})
    ).json()
    assert spanish["lang"] == "es"
    assert {a["pointer"]: a for a in spanish["answers"]}["/displaced"]["missing_label"] == (
        "no quiso responder"
    )
    reads = session.exec(select(AuditEvent).where(AuditEvent.action == "data.read")).all()
    assert [e.detail["view"] for e in reads].count("interview") == 2


async def test_an_enumerator_reads_only_their_own(client, field, session):  # noqa: F811
    mine, theirs = household("manta"), household("ccollpa")
    await push(client, field["ana_tablet"], mine)
    await push(client, field["beto_tablet"], theirs)
    listed = (await client.get(LIST, headers=field["ana"])).json()
    assert [i["instance_id"] for i in listed["items"]] == [mine["instance_id"]]
    assert (
        await client.get(f"{LIST}/{mine['instance_id']}", headers=field["ana"])
    ).status_code == 200
    other = await client.get(f"{LIST}/{theirs['instance_id']}", headers=field["ana"])
    assert other.status_code == 404


async def test_withdrawn_interviews_never_appear(client, field):  # noqa: F811
    item = household("manta")
    await push(client, field["ana_tablet"], item)
    response = await client.post(
        "/api/v1/studies/demo/withdrawals",
        json={"instance_id": item["instance_id"]},
        headers=field["sup"],
    )
    assert response.status_code == 200, response.text
    assert (await client.get(LIST, headers=field["sup"])).json()["items"] == []
    gone = await client.get(f"{LIST}/{item['instance_id']}", headers=field["sup"])
    assert gone.status_code == 404


async def test_people_who_read_submissions_read_form_versions_and_the_codebook(
    client,
    field,  # noqa: F811
    session,
):
    admin = auth(make_token(session, make_member(session, field["study"], Role.admin, "adm")))
    session.commit()
    for headers in (field["sup"], admin):
        version = await client.get("/api/v1/forms/household/versions/1", headers=headers)
        assert version.status_code == 200, version.text
        assert version.json()["x-form"]["form_id"] == "household"
        scoped = await client.get(
            "/api/v1/studies/demo/forms/household/versions/1", headers=headers
        )
        assert scoped.status_code == 200
    assert (
        await client.get("/api/v1/forms/household/versions/1", headers=field["ana"])
    ).status_code == 404
    codebook = (
        await client.get("/api/v1/studies/demo/forms/household/codebook", headers=field["sup"])
    ).json()
    variables = {(v["table"], v["name"]): v for v in codebook["variables"]}
    assert variables[("household", "respondent_name")]["transform"] == "pseudonym"
    assert variables[("household", "respondent_age")]["transform"] == "age_band"
    assert variables[("household", "interview_date")]["transform"] == "year_only"
    assert variables[("household", "future")]["transform"] == "scrubbed"
    assert variables[("household-members", "member_name")]["transform"] == "dropped"
    assert variables[("household-members", "member_name")]["stata_name"] is None
    sex = variables[("household", "respondent_sex")]
    assert sex["label"] == {"es": "Sexo de la persona entrevistada", "en": "Respondent's sex"}
    assert [(c["value"], c["code"]) for c in sex["choices"]] == [("mujer", 1), ("hombre", 2)]
    assert variables[("household", "displaced_to")]["relevant"]
    assert [t["name"] for t in codebook["tables"]] == [
        "household",
        "household-members",
        "household-members-episodes",
    ]


async def test_attachment_links_follow_the_studys_attachment_policy(client, field, session):  # noqa: F811
    from tests.api.test_retention import _interview_with_audio

    admin = auth(make_token(session, make_member(session, field["study"], Role.admin, "adm")))
    session.commit()
    item, sha = await _interview_with_audio(client, field["ana_tablet"], b"\x03audio" * 2000)
    url = f"{LIST}/{item['instance_id']}"

    (seen_by_admin,) = (await client.get(url, headers=admin)).json()["attachments"]
    assert seen_by_admin["id"] == sha
    assert (seen_by_admin["kind"], seen_by_admin["size"]) == ("audio", 12000)
    assert seen_by_admin["is_received"] is True
    assert seen_by_admin["href"] == f"/api/v1/studies/demo/attachments/{sha}"
    assert (await client.get(seen_by_admin["href"], headers=admin)).status_code == 200
    (seen_by_supervisor,) = (await client.get(url, headers=field["sup"])).json()["attachments"]
    assert seen_by_supervisor["href"] is None  # the default policy: admins only

    policy = await client.put(
        "/api/v1/studies/demo/attachment-policy",
        json={"readers": ["admin", "supervisor"]},
        headers=admin,
    )
    assert policy.status_code == 200
    (now_allowed,) = (await client.get(url, headers=field["sup"])).json()["attachments"]
    assert now_allowed["href"] == seen_by_admin["href"]
