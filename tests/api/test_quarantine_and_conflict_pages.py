"""The conflict and quarantine pages over HTTP: what they show, what their forms do."""

from __future__ import annotations

import html
import json
import re

from sqlmodel import select

from accounts.models import AuditEvent, Role
from sync.models import QuarantineItem, Submission, SyncConflict
from tests.api.pages import csrf_of, log_in, page_client
from tests.factories import (
    auth,
    make_device,
    make_member,
    make_published_form,
    make_study,
    push_body,
    push_item,
)
from tests.unit.forms.submissions import ngo_answers


async def _setup(client, session):
    study = make_study(session, slug="demo")
    ana = make_member(session, study, Role.enumerator, "ana")
    beto = make_member(session, study, Role.enumerator, "beto")
    make_published_form(session, study, "ngo", ana, beto)
    _, tablet_a = make_device(session, study, ana)
    _, tablet_b = make_device(session, study, beto)
    make_member(session, study, Role.supervisor, "sup")
    session.commit()
    return auth(tablet_a), auth(tablet_b)


async def _push(client, tablet, item):
    response = await client.post("/api/v1/sync/push", json=push_body(item), headers=tablet)
    return response.json()["results"][0]


async def _conflict(client, tablet_a, tablet_b) -> str:
    item = push_item("ngo", ngo_answers())
    rev = (await _push(client, tablet_a, item))["rev"]
    for tablet, total in ((tablet_a, 20), (tablet_b, 25)):
        edit = {**item, "base_rev": rev, "data": {**item["data"], "staff_total": total}}
        await _push(client, tablet, edit)
    return item["instance_id"]


async def test_conflict_page_shows_each_value_with_its_author_and_resolves_by_choice(
    app, client, session
):
    tablet_a, tablet_b = await _setup(client, session)
    instance_id = await _conflict(client, tablet_a, tablet_b)
    conflict = session.exec(select(SyncConflict)).one()
    async with page_client(app) as web:
        await log_in(web, "sup")
        listing = await web.get("/app/demo/conflicts?lang=en")
        assert listing.status_code == 200
        assert "NGO interview" in listing.text and f"/conflicts/{conflict.id}" in listing.text
        page = await web.get(f"/app/demo/conflicts/{conflict.id}")
        assert page.status_code == 200
        text = page.text
        assert "How many people work at the NGO?" in text
        assert "ana" in text and "beto" in text  # who wrote each value
        assert re.search(r">\s*20\s*<", text) and re.search(r">\s*25\s*<", text)
        # A value is typed for the only field in conflict.
        form = {"csrf": csrf_of(text), "p0": "/staff_total", "c0": "type", "v0": "22"}
        refused = await web.post(f"/app/demo/conflicts/{conflict.id}", data={**form, "v0": "x"})
        assert refused.status_code == 422 and 'role="alert"' in refused.text
        done = await web.post(f"/app/demo/conflicts/{conflict.id}", data=form)
        assert done.status_code == 303
        assert done.headers["location"] == f"/app/demo/conflicts?resolved={instance_id}"
    session.commit()  # a fresh snapshot of what the requests committed
    stored = session.exec(select(Submission)).one()
    assert stored.data["staff_total"] == 22
    views = [e.detail.get("view") for e in session.exec(select(AuditEvent)).all()]
    assert "conflicts" in views and "conflict" in views


async def test_quarantine_page_says_why_by_field_and_accepts_a_correction(app, client, session):
    tablet_a, _ = await _setup(client, session)
    item = push_item("ngo", ngo_answers() | {"staff_total": "muchos"})
    qid = (await _push(client, tablet_a, item))["quarantine_id"]
    async with page_client(app) as web:
        await log_in(web, "sup")
        listing = await web.get("/app/demo/quarantine?lang=es")
        assert "Algunas respuestas no corresponden al formulario" in listing.text
        assert "¿Cuántas personas trabajan en la ONG?" in listing.text
        assert "answer.type" not in listing.text  # codes as sentences
        page = await web.get(f"/app/demo/quarantine/{qid}")
        assert page.status_code == 200
        csrf = csrf_of(page.text)
        still = await web.post(
            f"/app/demo/quarantine/{qid}/accept",
            data={"csrf": csrf, "p0": "/staff_total", "v0": "veinte mil"},
        )
        assert still.status_code == 422
        assert "Todavía hay respuestas" in still.text and "veinte mil" not in still.text
        done = await web.post(
            f"/app/demo/quarantine/{qid}/accept",
            data={"csrf": csrf, "p0": "/staff_total", "v0": "30"},
        )
        assert done.status_code == 303, done.text
        assert done.headers["location"] == f"/app/demo/quarantine?accepted={item['instance_id']}"
        interview = await web.get(f"/app/demo/interviews/{item['instance_id']}")
        assert interview.status_code == 200
        no_csrf = await web.post(f"/app/demo/quarantine/{qid}/dismiss")
        assert no_csrf.status_code == 403
    session.commit()  # a fresh snapshot of what the requests committed
    assert session.exec(select(Submission)).one().data["staff_total"] == 30
    assert session.get(QuarantineItem, qid).outcome == "accepted"


async def test_an_answer_the_form_does_not_know_can_be_removed_from_the_page(app, client, session):
    tablet_a, _ = await _setup(client, session)
    item = push_item("ngo", ngo_answers() | {"apodo_del_jefe": "x"})
    receipt = await _push(client, tablet_a, item)
    assert receipt["outcome"] == "quarantined"
    qid = receipt["quarantine_id"]
    async with page_client(app) as web:
        await log_in(web, "sup")
        page = await web.get(f"/app/demo/quarantine/{qid}?lang=en")
        assert "it can only be removed" in page.text and "apodo" not in page.text
        pointer = re.search(r'name="p0" value="([^"]+)"', page.text)
        assert pointer is not None
        done = await web.post(
            f"/app/demo/quarantine/{qid}/accept",
            data={
                "csrf": csrf_of(page.text),
                "p0": html.unescape(pointer.group(1)),
                "r0": "1",
            },
        )
        assert done.status_code == 303, done.text
    session.commit()
    assert "apodo_del_jefe" not in json.dumps(session.exec(select(Submission)).one().data)
