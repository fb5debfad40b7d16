"""No raw identifier on the privacy review queue's paths: a span the scrubber missed but
held is in clear nowhere (no table, log, file or answer) except the supervisor's own
hold list, before a decision; confirmed, it is in clear nowhere at all."""

from __future__ import annotations

import io
import json
import logging
import zipfile

import sqlalchemy as sa

import api.models  # noqa: F401  (every table on the metadata)
from accounts.models import Role
from core.metadata import metadata
from privacy.holds import HoldState
from privacy.scrub import ScrubContext, scrub_free_text
from tests.factories import auth, make_member, make_token, push_body, push_item
from tests.integration.test_no_raw_identifiers import (
    _fold,
    _record_traffic,
    _tablet_fixture,
    planted_household,
)

# Identifiers the scrubber left when this was written and the queue holds; the test
# plants the first one still left (the scrubber may learn some).
CANDIDATES = [
    ("Escríbale a (qorikunturi77@gmailcom) cuando pueda.", "qorikunturi77@gmailcom"),
    ("Los Huachaca son buena familia, siempre ayudan.", "Huachaca"),
    ("Y la Pituca está en Italia, en Milán.", "Pituca"),
    ("Pero la chumbeca manda plata a su mamá.", "chumbeca"),
]


def _planted() -> tuple[str, str]:
    for text, word in CANDIDATES:
        held = scrub_free_text(text, context=ScrubContext(holds=HoldState()))
        if word not in held and word in scrub_free_text(text, context=ScrubContext()):
            return text, word
    raise AssertionError("the scrubber finds every candidate: plant another")


async def test_a_held_span_is_in_clear_only_in_the_supervisors_hold_list(client, session, caplog):
    text, word = _planted()
    study, headers, supervisor = await _tablet_fixture(session)
    caplog.set_level(logging.DEBUG)
    answers: list[str] = []
    _record_traffic(client, answers)
    items = []
    for _ in range(2):
        data = planted_household()
        data["future"] = text
        items.append(push_item("household", data))
    # A version the server does not know: quarantined, its span held with it.
    quarantined = planted_household()
    quarantined["future"] = text
    items.append(push_item("household", quarantined, version=99))
    pushed = await client.post("/api/v1/sync/push", json=push_body(*items), headers=headers)
    assert pushed.status_code == 200, pushed.text
    assert pushed.json()["results"][-1]["outcome"] == "quarantined"
    await client.post("/api/v1/sync/push", json=push_body(*items), headers=headers)  # replay

    hold_view = await client.get("/api/v1/studies/demo/holds", headers=supervisor)
    assert hold_view.status_code == 200
    held = hold_view.json()["items"]
    assert [h["span"] for h in held] == [word, word, word]
    answers.remove(hold_view.text)  # the one place the span may be read, by a supervisor
    first = next(h for h in held if h["quarantine_id"] is None)
    body = {"decision": "confirm", "hold_ids": [first["hold_id"]]}
    decided = await client.post(
        "/api/v1/studies/demo/holds/decisions", json=body, headers=supervisor
    )
    assert decided.status_code == 200, decided.text
    # Remembered (a keyed hash): a later edit and a new interview are redacted unheld.
    edited = {**items[1], "base_rev": pushed.json()["results"][1]["rev"]}
    edited["data"] = {**edited["data"], "migration_impact": "Ahora hay menos jóvenes."}
    later = planted_household()
    later["future"] = text
    items.append(push_item("household", later))
    again = await client.post(
        "/api/v1/sync/push", json=push_body(edited, items[-1]), headers=headers
    )
    outcomes = [r["outcome"] for r in again.json()["results"]]
    assert outcomes in (
        ["updated", "created"],
        ["merged", "created"],
    )  # its head may be the decision
    for item in items:
        await client.get(
            f"/api/v1/studies/demo/interviews/{item['instance_id']}", headers=supervisor
        )
    admin = auth(make_token(session, make_member(session, study, Role.admin, "adm")))
    session.commit()
    exported = await client.get(
        "/api/v1/studies/demo/forms/household/export", params={"format": "csv"}, headers=admin
    )
    assert exported.status_code == 200
    bundle = zipfile.ZipFile(io.BytesIO(exported.content))
    answers.extend(bundle.read(name).decode("utf-8", "replace") for name in bundle.namelist())

    session.commit()
    haystacks = {
        "logs": "\n".join(caplog.handler.format(r) for r in caplog.records),
        "answers": "\n".join(answers),
    }
    connection = session.connection()
    for table in metadata.sorted_tables:
        rows = connection.execute(sa.select(table)).all()
        haystacks[f"table {table.name}"] = json.dumps(
            [list(map(str, r)) for r in rows], ensure_ascii=False
        )
    assert "table held_span" in haystacks
    assert [name for name, hay in haystacks.items() if _fold(word) in _fold(hay)] == []
