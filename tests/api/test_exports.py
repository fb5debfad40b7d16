"""Exports read back by independent readers: the same interviews give the same rows everywhere."""

from __future__ import annotations

import copy
import csv
import io
import json
import math
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import openpyxl
import pyarrow.parquet as pq
import pyreadstat
import pytest
import xmlschema
from sqlmodel import select

from accounts.models import AuditEvent, Role
from forms import store as forms_store
from forms.demo_study import read_study_file
from tests.api.test_progress import field, household, push  # noqa: F401  (fixture)
from tests.factories import auth, make_member, make_token

XSD = Path(__file__).resolve().parents[2] / "exports" / "schema" / "Project-mrt2019.xsd"
URL = "/api/v1/studies/demo/forms/household/export"


@pytest.fixture
def admin(field, session):  # noqa: F811
    token = make_token(session, make_member(session, field["study"], Role.admin, "adm"))
    session.commit()
    return auth(token)


async def seed(client, field, admin):  # noqa: F811
    """Three interviews in manta and ccollpa: one approved, one with missing markers."""
    first, second, third = household("manta"), household("ccollpa"), household("manta")
    second["data"]["displaced"] = {"_missing": "refused"}
    second["data"]["land_held_ha"] = {"_missing": "dont_know"}
    await push(client, field["ana_tablet"], first, second, third)
    await client.put(
        f"/api/v1/studies/demo/submissions/{first['instance_id']}/review",
        json={"state": "approved"},
        headers=field["sup"],
    )
    return first, second, third


async def download(client, admin, tmp_path, fmt, **params) -> zipfile.ZipFile:
    response = await client.get(URL, params={"format": fmt, **params}, headers=admin)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/zip"
    path = tmp_path / f"export-{fmt}.zip"
    path.write_bytes(response.content)
    return zipfile.ZipFile(path)


def extract(bundle: zipfile.ZipFile, name: str, tmp_path: Path) -> Path:
    bundle.extract(name, tmp_path)
    return tmp_path / name


async def test_every_format_reads_back_with_the_same_rows(client, field, admin, tmp_path):  # noqa: F811
    first, second, _ = await seed(client, field, admin)
    keys = {f"uuid:{first['instance_id']}", f"uuid:{second['instance_id']}"}

    csv_zip = await download(client, admin, tmp_path, "csv")
    with csv_zip.open("household.csv") as f:
        csv_rows = list(csv.DictReader(io.TextIOWrapper(f, encoding="utf-8")))
    assert {r["KEY"] for r in csv_rows} >= keys
    by_key = {r["KEY"]: r for r in csv_rows}
    row = by_key[f"uuid:{second['instance_id']}"]
    assert row["displaced"] == "refused"
    assert row["land_held_ha"] == "dont_know"
    assert row["respondent_sex"] == "mujer"
    assert by_key[f"uuid:{first['instance_id']}"]["ReviewState"] == "approved"
    csv_path = extract(csv_zip, "household.csv", tmp_path)
    members_path = extract(csv_zip, "household-members.csv", tmp_path)
    joined, orphans = duckdb.sql(
        f"select count(h.KEY), count(*) - count(h.KEY) "
        f"from read_csv('{members_path}', all_varchar=true) m "
        f"left join read_csv('{csv_path}', all_varchar=true) h on m.PARENT_KEY = h.KEY"
    ).fetchall()[0]
    assert (joined, orphans) == (3 * len(csv_rows), 0)  # every member re-joins its interview

    xlsx = await download(client, admin, tmp_path, "xlsx")
    book = openpyxl.load_workbook(extract(xlsx, "household.xlsx", tmp_path), read_only=True)
    sheet = list(book["household"].values)
    header = list(sheet[0])
    xrows = {r[header.index("KEY")]: r for r in sheet[1:]}
    assert set(xrows) == set(by_key)
    assert xrows[f"uuid:{second['instance_id']}"][header.index("displaced")] == "refused"
    assert "codebook" in book.sheetnames

    dta = await download(client, admin, tmp_path, "dta")
    frame, meta = pyreadstat.read_dta(
        str(extract(dta, "household.dta", tmp_path)), user_missing=True
    )
    assert set(frame["KEY"]) == set(by_key)
    stata = frame.set_index("KEY").loc[f"uuid:{second['instance_id']}"]
    assert stata["displaced"] == "a"  # .a: refused
    assert stata["land_held_ha"] == "b"  # .b: don't know
    assert meta.variable_value_labels["respondent_sex"] == {1: "Mujer", 2: "Hombre"}
    assert stata["respondent_sex"] == 1
    assert meta.column_names_to_labels["respondent_sex"] == "Sexo de la persona entrevistada"
    with open(extract(dta, "household.dta", tmp_path), "rb") as f:
        assert b"<release>118</release>" in f.read(80)

    sav = await download(client, admin, tmp_path, "sav")
    frame, meta = pyreadstat.read_sav(
        str(extract(sav, "household.sav", tmp_path)), user_missing=True
    )
    spss = frame.set_index("KEY").loc[f"uuid:{second['instance_id']}"]
    assert spss["displaced"] == -97
    assert meta.missing_ranges["displaced"][0] == {"lo": -97.0, "hi": -97.0}
    assert meta.variable_value_labels["displaced"][-97.0] == "refused"
    plain, _ = pyreadstat.read_sav(str(extract(sav, "household.sav", tmp_path)))
    assert math.isnan(plain.set_index("KEY").loc[f"uuid:{second['instance_id']}"]["displaced"])

    parquet = await download(client, admin, tmp_path, "parquet")
    table = pq.read_table(extract(parquet, "household.parquet", tmp_path))
    prows = {r["KEY"]: r for r in table.to_pylist()}
    assert set(prows) == set(by_key)
    assert prows[f"uuid:{second['instance_id']}"]["displaced"] is None
    missing = json.loads(prows[f"uuid:{second['instance_id']}"]["_missing"])
    assert missing.items() >= {"displaced": "refused", "land_held_ha": "dont_know"}.items()
    assert b"chasqui.codebook" in table.schema.metadata
    assert table.schema.field("respondent_sex").metadata[b"label"]
    members = extract(parquet, "household-members.parquet", tmp_path)
    assert duckdb.sql(f"select count(*) from '{members}'").fetchall()[0][0] == 3 * len(prows)

    # The same cells everywhere (values compared as text).
    for key, r in by_key.items():
        assert str(prows[key]["respondent_sex"]) == r["respondent_sex"]
        assert str(xrows[key][header.index("FormVersion")]) == r["FormVersion"] == "1"
        assert prows[key]["village"] == r["village"]


async def test_qdpx_validates_against_the_refi_qda_schema(client, field, admin, tmp_path):  # noqa: F811
    await seed(client, field, admin)
    bundle = await download(client, admin, tmp_path, "qdpx")
    qdpx = zipfile.ZipFile(extract(bundle, "household.qdpx", tmp_path))
    qde = qdpx.read("project.qde")
    schema = xmlschema.XMLSchema(str(XSD))
    schema.validate(io.BytesIO(qde))
    project = schema.to_dict(io.BytesIO(qde))
    sources = project["Sources"]["TextSource"]
    assert len(sources) == 3
    text = qdpx.read(sources[0]["@plainTextPath"].replace("internal://", "Sources/")).decode()
    selection = sources[0]["PlainTextSelection"][0]
    assert text[selection["@startPosition"] : selection["@endPosition"]].strip()
    cases = project["Cases"]["Case"]
    assert all(c["@name"].startswith("ps1.") for c in cases)  # respondents by pseudonym
    assert "Juana" not in qde.decode()


async def test_exports_need_the_export_permission_and_are_audited(
    client,
    field,  # noqa: F811
    admin,
    session,
    tmp_path,
):
    await seed(client, field, admin)
    assert (
        await client.get(URL, params={"format": "csv"}, headers=field["sup"])
    ).status_code == 403
    await download(client, admin, tmp_path, "csv", approved=True)
    (event,) = session.exec(select(AuditEvent).where(AuditEvent.action == "data.export")).all()
    assert event.detail["format"] == "csv"
    assert event.detail["approved_only"] is True


async def test_unknown_format_form_or_cursor_is_a_stable_problem(client, field, admin):  # noqa: F811
    bad = await client.get(URL, params={"format": "sas7bdat"}, headers=admin)
    assert (bad.status_code, bad.json()["code"]) == (400, "export.format_unknown")
    assert "sas7bdat" not in bad.json()["detail"]
    missing = await client.get(
        "/api/v1/studies/demo/forms/nope/export", params={"format": "csv"}, headers=admin
    )
    assert missing.status_code == 404
    cursor = await client.get(URL, params={"format": "csv", "since": "garbage"}, headers=admin)
    assert (cursor.status_code, cursor.json()["code"]) == (400, "export.cursor_invalid")


async def test_report_lists_exclusions_and_incremental_exports_list_withdrawals(
    client,
    field,  # noqa: F811
    admin,
    tmp_path,
):
    _, second, _ = await seed(client, field, admin)
    bundle = await download(client, admin, tmp_path, "csv", approved=True)
    report = json.loads(bundle.read("export-report.json"))
    assert report["interviews"] == 1
    assert report["excluded"]["not_approved"] == 2
    assert report["rows"] == {
        "household": 1,
        "household-members": 3,
        "household-members-episodes": 4,
    }
    assert report["anonymization"]["household.respondent_name"] == "pseudonym"
    assert report["anonymization"]["household-members.member_name"] == "dropped"
    assert set(report["files"]) >= {"household.csv", "codebook.json"}
    assert report["k_required"] == 3
    cursor = report["next_cursor"]

    await client.post(
        "/api/v1/studies/demo/withdrawals",
        json={"instance_id": second["instance_id"]},
        headers=field["sup"],
    )
    later = household("ccollpa")
    await push(client, field["beto_tablet"], later)
    bundle = await download(client, admin, tmp_path, "csv", since=cursor)
    report = json.loads(bundle.read("export-report.json"))
    with bundle.open("household.csv") as f:
        keys = [r["KEY"] for r in csv.DictReader(io.TextIOWrapper(f, encoding="utf-8"))]
    assert keys == [f"uuid:{later['instance_id']}"]
    assert [w["instance_id"] for w in report["withdrawn_since"]] == [second["instance_id"]]


async def test_two_versions_with_a_rename_export_as_one_table(
    client,
    field,  # noqa: F811
    admin,
    session,
    tmp_path,
):
    old = household("manta")
    await push(client, field["ana_tablet"], old)
    form = forms_store.get_form(session, study_id=field["study"].id, form_id="household")
    document = copy.deepcopy(read_study_file("household.json"))
    props = document["properties"]
    props["future_plans"] = {**props.pop("future"), "x-renamed-from": "future"}
    for section in document["x-form"]["sections"]:
        section["fields"] = ["future_plans" if f == "future" else f for f in section["fields"]]
    document["required"] = [
        "future_plans" if f == "future" else f for f in document.get("required", [])
    ]
    forms_store.save_draft(session, form=form, document=document)
    forms_store.publish_form(session, form=form, published_by_id=None)
    session.commit()
    new = household("manta", version=2)
    new["data"]["future_plans"] = new["data"].pop("future")
    await push(client, field["ana_tablet"], new)

    bundle = await download(client, admin, tmp_path, "csv")
    with bundle.open("household.csv") as f:
        rows = list(csv.DictReader(io.TextIOWrapper(f, encoding="utf-8")))
    assert "future" not in rows[0]
    assert [r["FormVersion"] for r in rows] == ["1", "2"]
    assert all(r["future_plans"] for r in rows)
    codebook = json.loads(bundle.read("codebook.json"))
    (variable,) = [v for v in codebook["variables"] if v["name"] == "future_plans"]
    assert variable["renamed_from"] == ["/future"]
    assert variable["versions"] == [1, 2]
    report = json.loads(bundle.read("export-report.json"))
    assert report["interviews_per_version"] == {"1": 1, "2": 1}


async def test_conflicting_and_quarantined_interviews_are_left_out_and_counted(
    client,
    field,  # noqa: F811
    admin,
    tmp_path,
):
    kept, disputed = household("manta"), household("ccollpa")
    pushed = await push(client, field["ana_tablet"], kept, disputed)
    rev = pushed["results"][1]["rev"]
    for tablet, story in (("ana_tablet", "Primera versión."), ("beto_tablet", "Otra versión.")):
        edit = {**disputed, "base_rev": rev, "data": {**disputed["data"], "future": story}}
        await push(client, field[tablet], edit)
    await push(client, field["ana_tablet"], household("manta", version=9))  # no such version

    listed = await client.get(
        "/api/v1/studies/demo/interviews", params={"is_conflicting": True}, headers=field["sup"]
    )
    assert [i["instance_id"] for i in listed.json()["items"]] == [disputed["instance_id"]]
    bundle = await download(client, admin, tmp_path, "csv")
    report = json.loads(bundle.read("export-report.json"))
    with bundle.open("household.csv") as f:
        keys = [r["KEY"] for r in csv.DictReader(io.TextIOWrapper(f, encoding="utf-8"))]
    assert keys == [f"uuid:{kept['instance_id']}"]
    assert report["excluded"]["in_conflict"] == 1
    assert report["excluded"]["quarantined"] == 1


async def test_public_use_drops_pseudonyms_and_suppresses_small_groups(
    client,
    field,  # noqa: F811
    admin,
    tmp_path,
):
    items = [household("manta") for _ in range(3)] + [household("ccollpa", sex="hombre")]
    for item in items:
        item["data"]["respondent_age"] = 40
    await push(client, field["ana_tablet"], *items)
    bundle = await download(client, admin, tmp_path, "csv", public_use=True)
    report = json.loads(bundle.read("export-report.json"))
    with bundle.open("household.csv") as f:
        rows = list(csv.DictReader(io.TextIOWrapper(f, encoding="utf-8")))
    assert "respondent_name" not in rows[0]
    assert "meta-enumerator" in rows[0]
    assert {r["meta-enumerator"] for r in rows} == {""}
    villages = sorted(r["village"] for r in rows)
    assert villages == ["", "manta", "manta", "manta"]  # the lone ccollpa man is suppressed
    assert report["public_use"]["rows_suppressed"] == 1
    assert report["k_reached"] == 3  # the suppressed row is not a class of its own
    assert "household.respondent_name" in report["public_use"]["dropped_columns"]


def _norm(value) -> str:
    """One spelling for a cell in any format: numbers as floats, empties as ''."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, list):
        return " ".join(map(str, value))
    try:
        return repr(float(value))
    except (TypeError, ValueError):
        return str(value)


async def test_csv_xlsx_and_parquet_hold_the_same_cells_in_every_table(
    client,
    field,  # noqa: F811
    admin,
    tmp_path,
):
    await seed(client, field, admin)
    options = {"split_multiple": True}
    csv_zip = await download(client, admin, tmp_path, "csv", **options)
    xlsx_zip = await download(client, admin, tmp_path, "xlsx", **options)
    parquet_zip = await download(client, admin, tmp_path, "parquet", **options)
    book = openpyxl.load_workbook(extract(xlsx_zip, "household.xlsx", tmp_path), read_only=True)
    for table in ("household", "household-members", "household-members-episodes"):
        with csv_zip.open(f"{table}.csv") as f:
            csv_rows = list(csv.DictReader(io.TextIOWrapper(f, encoding="utf-8")))
        sheet = list(book[table].values)
        xlsx_rows = [dict(zip(sheet[0], r, strict=True)) for r in sheet[1:]]
        parquet_rows = pq.read_table(extract(parquet_zip, f"{table}.parquet", tmp_path)).to_pylist()
        for row in parquet_rows:
            row.update(json.loads(row.pop("_missing") or "{}"))
        assert len(csv_rows) == len(xlsx_rows) == len(parquet_rows) > 0
        for c, x, p in zip(csv_rows, xlsx_rows, parquet_rows, strict=True):
            assert list(c) == list(x)
            for name in c:
                assert _norm(c[name]) == _norm(x[name]) == _norm(p[name]), (table, name)


async def test_edits_count_tablet_edits_not_the_servers_merge_revisions(
    client,
    field,  # noqa: F811
    admin,
    tmp_path,
):
    interview = household("manta")
    rev = (await push(client, field["ana_tablet"], interview))["results"][0]["rev"]
    changes = (("ana_tablet", "future", "Quiere volver."), ("beto_tablet", "land_held_ha", 3))
    outcomes = []
    for tablet, name, value in changes:
        edit = {**interview, "base_rev": rev, "data": {**interview["data"], name: value}}
        outcomes.append((await push(client, field[tablet], edit))["results"][0]["outcome"])
    assert outcomes == ["updated", "merged"]  # the server stored a merge revision

    bundle = await download(client, admin, tmp_path, "csv")
    with bundle.open("household.csv") as f:
        rows = list(csv.DictReader(io.TextIOWrapper(f, encoding="utf-8")))
    assert [r["Edits"] for r in rows] == ["2"]
