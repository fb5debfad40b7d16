"""No raw identifier in any export: plant identifiers, sync, export every format, search."""

from __future__ import annotations

import io
import json
import zipfile

import pyarrow.parquet as pq

from accounts.models import Role
from tests.factories import auth, make_member, make_token, push_body, push_item
from tests.integration.test_no_raw_identifiers import (
    PLANTED,
    _fold,
    _tablet_fixture,
    planted_household,
    planted_ngo,
)

FORMATS = ("csv", "xlsx", "dta", "sav", "parquet", "qdpx")


def _texts(name: str, content: bytes) -> dict[str, str]:
    """Every file of a bundle as text, opening zips inside zips and Parquet tables."""
    if zipfile.is_zipfile(io.BytesIO(content)):
        out: dict[str, str] = {}
        with zipfile.ZipFile(io.BytesIO(content)) as z:
            for inner in z.namelist():
                out |= _texts(f"{name}/{inner}", z.read(inner))
        return out
    if name.endswith(".parquet"):
        table = pq.read_table(io.BytesIO(content))
        return {name: json.dumps(table.to_pylist(), default=str, ensure_ascii=False)}
    return {name: content.decode("utf-8", errors="ignore") + content.decode("latin-1")}


async def test_no_export_contains_a_planted_identifier(client, session):
    study, tablet, _ = await _tablet_fixture(session)
    admin = auth(make_token(session, make_member(session, study, Role.admin, "adm")))
    session.commit()
    items = [push_item("household", planted_household()), push_item("ngo", planted_ngo())]
    response = await client.post("/api/v1/sync/push", json=push_body(*items), headers=tablet)
    assert response.status_code == 200, response.text
    haystacks: dict[str, str] = {}
    for form in ("household", "ngo"):
        for fmt in FORMATS:
            for extra in ({}, {"public_use": True, "labels": True, "split_multiple": True}):
                answer = await client.get(
                    f"/api/v1/studies/demo/forms/{form}/export",
                    params={"format": fmt, **extra},
                    headers=admin,
                )
                assert answer.status_code == 200, answer.text
                haystacks |= _texts(f"{form}-{fmt}-{len(extra)}", answer.content)
    assert any(name.endswith("household.csv") for name in haystacks)
    assert any("Huancayo" in text for text in haystacks.values())  # the search can find text
    hits = [
        (name, planted)
        for name, text in haystacks.items()
        for planted in PLANTED
        if _fold(planted) in _fold(text)
    ]
    assert hits == []
