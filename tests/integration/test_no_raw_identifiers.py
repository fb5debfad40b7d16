"""No raw identifier anywhere: plant identifiers, sync through every path, search everything.

Paths: accepted, replayed, duplicate, fast-forward edit, conflicting edit, quarantined
(unknown form, unknown version, invalid answers, closed form), withdrawn, an item that
fails on the server, and an attachment. Then every table (on both engines), the
attachment store and the captured logs are searched for the planted values.
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
from core.metadata import metadata
from forms import store as forms_store
from sync import apply as sync_apply
from sync.models import Tombstone
from tests.api.test_attachments import TUS, create, patch
from tests.factories import (
    auth,
    make_device,
    make_member,
    make_published_form,
    make_study,
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
    stale = copy.deepcopy(accepted) | {"base_rev": rev}
    stale["data"]["future"] = f"{RELATIVE} no volverá; llamar al {PHONE}."
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

    real_edit = sync_apply._edit

    def failing(session_, ctx, p):
        raise RuntimeError(f"boom while storing {p.item.instance_id}")

    monkeypatch.setattr(sync_apply, "_edit", failing)
    fail_item = copy.deepcopy(stale)
    fail_item["data"]["future"] = f"Otra versión: {RELATIVE}, {DNI}."
    retried = await _push(client, headers, fail_item, push_item("household", planted_household()))
    monkeypatch.setattr(sync_apply, "_edit", real_edit)
    for response in (dup, edited, conflicted, quarantined, rejected, retried):
        outcomes += [r["outcome"] for r in response.json()["results"]]
    return outcomes


async def test_no_row_log_or_file_contains_a_planted_identifier(
    client, session, settings, monkeypatch, caplog
):
    study, headers = await _tablet_fixture(session)
    caplog.set_level(logging.DEBUG)
    outcomes = await _sync_every_path(client, session, study, headers, monkeypatch)
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

    haystacks = {"logs": caplog.text}
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
    session.commit()
    return study, auth(token)
