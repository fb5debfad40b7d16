"""No raw identifier anywhere: plant identifiers, sync through every path, search everything.

Paths: accepted, replayed, duplicate, fast-forward edit, conflicting edit, quarantined
(unknown form, unknown version, invalid answers, closed form), withdrawn, an item that
fails on the server, and an attachment. Then the paths that no field class covers:
repeat item ids, invalid answers in `none` and `quasi` fields, unexpected answer and
item keys, unknown and malformed form ids, malformed revs, out-of-range numbers, NUL
and lone surrogates, values typed into a conflict resolution (strings and non-strings),
and query strings in the access log. Then every table (on both engines), the
attachment store, every HTTP answer and the captured logs are searched for the
planted values.
"""

from __future__ import annotations

import copy
import json
import logging
import unicodedata
from pathlib import Path

import sqlalchemy as sa

import api.models  # noqa: F401  (every table on the metadata)
from accounts.models import Role
from api.middleware import hide_query_strings_in_access_log
from core.metadata import metadata
from forms import store as forms_store
from sync import write as sync_write
from sync.models import Tombstone
from tests.api.test_attachments import TUS, create, patch
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

RESPONDENT = "Teodora Ccanto Yauri"
RELATIVE = "Eusebio Mamani"
PHONE = "+51 987 654 321"
DNI = "45871236"
EMAIL = "teodora.ccanto@gmail.com"
NGO = "Asociación Warmi Kallpa"

PLANTED = [
    RESPONDENT,
    "Teodora",
    "Ccanto",
    "Eusebio",
    RELATIVE,
    "987654321",
    "987 654 321",
    DNI,
    EMAIL,
    "Warmi Kallpa",
]


def _fold(text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    ).casefold()


def planted_household() -> dict:
    data = household_answers()
    data["respondent_name"] = RESPONDENT
    data["respondent_phone"] = PHONE
    data["members"][1]["member_name"] = RELATIVE
    data["displacement_story"] = (
        f"En 1984 nos fuimos a Huancayo. Mi hermano {RELATIVE} se quedó. Teodora lo llamaba al {PHONE}."
    )
    data["migration_impact"] = f"Eusebio trabaja en Lima; su DNI es {DNI} y escribe a {EMAIL}."
    data["future"] = f"Ccanto dice que la {NGO} ayuda a los jóvenes de Manta."
    return data


def planted_ngo() -> dict:
    data = ngo_answers()
    data["ngo_name"] = NGO
    return data


async def _push(client, headers, *items, batch_id=None):
    response = await client.post(
        "/api/v1/sync/push", json=push_body(*items, batch_id=batch_id), headers=headers
    )
    assert response.status_code == 200, response.text
    return response


async def _sync_every_path(client, session, study, headers, monkeypatch) -> list[str]:
    outcomes = []
    accepted = push_item("household", planted_household())
    batch = push_body(accepted, push_item("ngo", planted_ngo()))
    first = await client.post("/api/v1/sync/push", json=batch, headers=headers)
    replay = await client.post("/api/v1/sync/push", json=batch, headers=headers)
    outcomes += [r["outcome"] for r in first.json()["results"] + replay.json()["results"]]
    rev = first.json()["results"][0]["rev"]
    dup = await _push(client, headers, accepted)
    edit = copy.deepcopy(accepted) | {"base_rev": rev}
    edit["data"]["future"] += f" {RESPONDENT} quiere volver."
    edit["data"]["land_held_ha"] = 1.5
    stale = copy.deepcopy(accepted) | {"base_rev": rev}
    stale["data"]["future"] = f"{RELATIVE} no volverá; llamar al {PHONE}."
    stale["data"]["land_held_ha"] = 2.0
    edited = await _push(client, headers, edit)
    conflicted = await _push(client, headers, stale)
    unknown = push_item(
        "censo_2005", {"nombre_jefe": RESPONDENT, "telefono": PHONE, "nota": f"vive con {RELATIVE}"}
    )
    bad_version = push_item("household", planted_household(), version=9)
    invalid = push_item("household", planted_household() | {"respondent_age": "cuarenta"})
    closed = push_item(
        "community", {"village": "manta", "general_observations": f"{RESPONDENT} {PHONE}"}
    )
    quarantined = await _push(client, headers, unknown, bad_version, invalid, closed)
    withdrawn = push_item("household", planted_household())
    session.add(
        Tombstone(study_id=study.id, instance_id=withdrawn["instance_id"], content_hashes=[])
    )
    session.commit()
    rejected = await _push(client, headers, withdrawn)

    real_edit = sync_write._revise

    def failing(session_, facts, decisions):
        for d in decisions:
            raise RuntimeError(f"boom while storing {d.write.submission.instance_id}")
        return real_edit(session_, facts, decisions)

    monkeypatch.setattr(sync_write, "_revise", failing)
    fail_item = copy.deepcopy(stale)
    fail_item["data"]["future"] = f"Otra versión: {RELATIVE}, {DNI}."
    retried = await _push(client, headers, fail_item, push_item("household", planted_household()))
    monkeypatch.setattr(sync_write, "_revise", real_edit)
    for response in (dup, edited, conflicted, quarantined, rejected, retried):
        outcomes += [r["outcome"] for r in response.json()["results"]]
    outcomes += await _sync_paths_no_field_class_covers(client, headers)
    return outcomes


def _uncovered_items() -> list[dict]:
    """Items that plant identifiers where no privacy class applies, in sending order."""
    named_ids = planted_household()
    named_ids["members"][0]["_item_id"] = f"{RESPONDENT} {DNI}"
    named_ids["members"][1]["_item_id"] = EMAIL
    named_ids["members"][1]["episodes"][0]["_item_id"] = 987654321
    invalid = planted_household() | {"village": RESPONDENT, "respondent_age": PHONE}
    invalid["members"][0]["relation"] = 987654321
    invalid["members"][1]["schooling"] = {"nombre": RELATIVE}
    invalid["members"][0]["lives_now"] = {"_missing": RESPONDENT}
    invalid[RESPONDENT] = "sí"
    invalid["members"][0][f"dni_{DNI}"] = True
    nul = planted_household()
    nul["future"] = f"{RESPONDENT}\u0000 llamó al {PHONE}\u0000 \ud800"
    nul["migration_impact"] = f"Eusebio\u0000{DNI}"
    return [
        push_item("household", named_ids),
        push_item("household", invalid),
        push_item("censo_2005", {f"{RESPONDENT}": 1, "nota": "x", EMAIL: PHONE}),
        push_item("teodora_ccanto", {"nota": "hola", "_item_id": RESPONDENT}),
        push_item(f"{RESPONDENT} {DNI}", {"nota": "hola"}),
        push_item("household", household_answers(), base_rev=f"{RESPONDENT}-{DNI}"),
        push_item("household", household_answers(), version=2**70),
        push_item("ngo", planted_ngo()) | {RESPONDENT: DNI},
        push_item("household", nul),
        push_item("household", household_answers(), instance_id=f"{DNI}-{RESPONDENT}"),
    ]


UNCOVERED_OUTCOMES = [
    "created",
    "quarantined",
    "quarantined",
    "quarantined",
    "rejected",
    "rejected",
    "rejected",
    "rejected",
    "created",
    "rejected",
]


async def _sync_paths_no_field_class_covers(client, headers) -> list[str]:
    # Sent as bytes: the standard encoder keeps NUL and lone surrogates as \u escapes.
    body = json.dumps(push_body(*_uncovered_items())).encode()
    response = await client.post(
        "/api/v1/sync/push",
        content=body,
        headers={**headers, "content-type": "application/json"},
    )
    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert [r["outcome"] for r in results] == UNCOVERED_OUTCOMES, results
    return [r["outcome"] for r in results]


async def _resolve_with_typed_values(client, supervisor) -> None:
    """Typed values: refused where they do not fit the field, anonymized where they do."""
    (conflict,) = (await client.get("/api/v1/studies/demo/conflicts", headers=supervisor)).json()
    assert {f["pointer"] for f in conflict["fields"]} >= {"/future", "/land_held_ha"}
    url = f"/api/v1/studies/demo/conflicts/{conflict['conflict_id']}/resolve"
    refused = [
        {"/land_held_ha": {"value": RESPONDENT}, "/future": "ours"},
        {"/land_held_ha": {"value": [DNI]}, "/future": "ours"},
        {"/land_held_ha": "ours", "/future": {"value": [RESPONDENT, PHONE]}},
        {"/land_held_ha": "ours", "/future": {"value": 987654321}},
        {"/land_held_ha": "ours", "/future": {"value": {"nombre": RESPONDENT}}},
        {"/land_held_ha": "ours", "/future": "ours", f"/{RESPONDENT}": {"value": DNI}},
        {
            "/land_held_ha": "ours",
            "/future": {"value": "x"},
            "/respondent_name": {"value": RELATIVE},
        },
    ]
    for choices in refused:
        answer = await client.post(url, json={"choices": choices}, headers=supervisor)
        assert answer.status_code in (400, 422), answer.text
    typed = {
        "/land_held_ha": {"value": 2.5},
        "/future": {"value": f"{RESPONDENT} llamó al {PHONE}"},
    }
    done = await client.post(url, json={"choices": typed}, headers=supervisor)
    assert done.status_code == 200, done.text


async def _read_with_query_strings(client, supervisor) -> None:
    for path in ("conflicts", "quarantine", "progress"):
        await client.get(
            f"/api/v1/studies/demo/{path}",
            params={"village": RESPONDENT, "q": f"{DNI} {EMAIL}"},
            headers=supervisor,
        )


def _record_traffic(client, answers: list[str]) -> None:
    """Keep every answer's text, and log every request as uvicorn's access log does."""
    access = logging.getLogger("uvicorn.access")

    async def on_response(response) -> None:
        await response.aread()
        answers.append(response.text)
        request = response.request
        access.info(
            '%s - "%s %s HTTP/%s" %d',
            "127.0.0.1:50000",
            request.method,
            request.url.raw_path.decode("latin-1"),  # path and query, as uvicorn logs it
            "1.1",
            response.status_code,
        )

    client.event_hooks["response"].append(on_response)


async def test_no_row_log_or_file_contains_a_planted_identifier(
    client, session, settings, monkeypatch, caplog
):
    study, headers, supervisor = await _tablet_fixture(session)
    caplog.set_level(logging.DEBUG)
    hide_query_strings_in_access_log()  # as the app does; idempotent
    answers: list[str] = []
    _record_traffic(client, answers)
    outcomes = await _sync_every_path(client, session, study, headers, monkeypatch)
    await _resolve_with_typed_values(client, supervisor)
    await _read_with_query_strings(client, supervisor)
    assert "GET /api/v1/studies/demo/progress HTTP/1.1" in caplog.text
    assert {
        "created",
        "duplicate",
        "updated",
        "conflict",
        "quarantined",
        "rejected",
        "retry",
    } <= set(outcomes)

    audio = f"RIFF....{RESPONDENT} {PHONE}".encode() * 2000
    created = await create(client, {**headers, **TUS}, audio)
    done = await patch(client, {**headers, **TUS}, created.headers["Location"], 0, audio)
    assert done.status_code == 204

    # The server's logs: httpx's own lines are this test's client, not the server.
    server_logs = "\n".join(
        caplog.handler.format(r)  # with any traceback
        for r in caplog.records
        if not r.name.startswith(("httpx", "httpcore"))
    )
    haystacks = {"logs": server_logs, "answers": "\n".join(answers)}
    session.commit()
    connection = session.connection()  # the fixture's connection: do not close it here
    for table in metadata.sorted_tables:
        rows = connection.execute(sa.select(table)).all()
        haystacks[f"table {table.name}"] = json.dumps(
            [list(map(str, r)) for r in rows], ensure_ascii=False
        )
    for path in Path(settings.attachment_dir).rglob("*"):
        if path.is_file():
            haystacks[f"file {path.name}"] = path.read_bytes().decode("latin-1")
    assert any("submission" in name for name in haystacks)
    hits = [
        (name, planted)
        for name, text in haystacks.items()
        for planted in PLANTED
        if _fold(planted) in _fold(text)
    ]
    assert hits == []


async def _tablet_fixture(session):
    study = make_study(session, slug="demo")
    enumerator = make_member(session, study, Role.enumerator)
    make_published_form(session, study, "household", enumerator)
    make_published_form(session, study, "ngo", enumerator)
    closed = make_published_form(session, study, "community", enumerator)
    forms_store.close_form(session, form=closed, is_final=True)
    _, token = make_device(session, study, enumerator)
    supervisor = make_token(session, make_member(session, study, Role.supervisor, "sup"))
    session.commit()
    return study, auth(token), auth(supervisor)
