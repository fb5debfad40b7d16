"""No raw identifier after a quarantined item is corrected and accepted: plant, accept, search.

Identifiers are typed into the corrections (free text, a direct field, a number field,
a pointer) as well as pushed; every table, every HTTP answer and the captured logs
are then searched for them, on both engines.
"""

from __future__ import annotations

import json
import logging

import sqlalchemy as sa
from sqlmodel import select

import api.models  # noqa: F401  (every table on the metadata)
from core.metadata import metadata
from sync.models import Submission
from tests.factories import push_body, push_item
from tests.integration.test_no_raw_identifiers import (
    DNI,
    EMAIL,
    PHONE,
    PLANTED,
    RELATIVE,
    RESPONDENT,
    _fold,
    _record_traffic,
    _tablet_fixture,
    planted_household,
)


async def test_no_row_log_or_answer_holds_an_identifier_typed_into_a_correction(
    client, session, caplog
):
    _, tablet, supervisor = await _tablet_fixture(session)
    caplog.set_level(logging.DEBUG)
    answers: list[str] = []
    _record_traffic(client, answers)
    item = push_item("household", planted_household() | {"respondent_age": "cuarenta"})
    pushed = await client.post("/api/v1/sync/push", json=push_body(item), headers=tablet)
    receipt = pushed.json()["results"][0]
    assert receipt["outcome"] == "quarantined"
    url = f"/api/v1/studies/demo/quarantine/{receipt['quarantine_id']}/accept"

    refused = [
        {"/respondent_age": {"value": RESPONDENT}},
        {"/respondent_age": {"value": int(DNI)}},
        {"/respondent_age": {"value": 40}, f"/{RESPONDENT}": {"value": DNI}},
        {"/respondent_age": {"value": 40}, f"/members/0/{EMAIL}": {"value": PHONE}},
        {"/respondent_age": {"value": 40}, "/future": {"value": {"nombre": RELATIVE}}},
    ]
    for changes in refused:
        answer = await client.post(url, json={"changes": changes}, headers=supervisor)
        assert answer.status_code == 422, answer.text

    typed = {
        "/respondent_age": {"value": 40},
        "/respondent_name": {"value": RESPONDENT},
        "/members/1/member_name": {"value": RELATIVE},
        "/future": {"value": f"{RESPONDENT} llamó al {PHONE}; DNI {DNI}; escribe a {EMAIL}."},
    }
    done = await client.post(url, json={"changes": typed}, headers=supervisor)
    assert done.status_code == 200, done.text
    assert done.json()["outcome"] == "created"
    await client.get(f"/api/v1/studies/demo/interviews/{item['instance_id']}", headers=supervisor)

    session.commit()
    stored = session.exec(select(Submission)).one()
    assert stored.data["respondent_age"] == "35-49"  # generalized like a pushed age
    assert stored.data["future"]  # scrubbed, not dropped
    server_logs = "\n".join(
        caplog.handler.format(r)
        for r in caplog.records
        if not r.name.startswith(("httpx", "httpcore"))
    )
    haystacks = {"logs": server_logs, "answers": "\n".join(answers)}
    connection = session.connection()
    for table in metadata.sorted_tables:
        rows = connection.execute(sa.select(table)).all()
        haystacks[f"table {table.name}"] = json.dumps(
            [list(map(str, r)) for r in rows], ensure_ascii=False
        )
    hits = [
        (name, planted)
        for name, text in haystacks.items()
        for planted in PLANTED
        if _fold(planted) in _fold(text)
    ]
    assert hits == []
