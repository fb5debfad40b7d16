"""Pure export model: renames fold into one column, keys link repeats, names stay stable."""

from __future__ import annotations

import copy
from datetime import UTC, datetime

import pytest

from exports.codebook import build_codebook
from exports.layout import Options, out_columns, text_cell
from exports.model import build_table_model, stored_type, transform_of
from exports.names import stata_names
from exports.publicuse import public_model, suppress_row
from exports.rows import Missing, Record, rows_of, version_paths
from forms.demo_study import read_study_file

NOW = datetime(2026, 11, 20, 15, tzinfo=UTC)


def _v2_with_renames() -> dict:
    document = copy.deepcopy(read_study_file("household.json"))
    props = document["properties"]
    props["future_plans"] = {**props.pop("future"), "x-renamed-from": "future"}
    props["people"] = {**props.pop("members"), "x-renamed-from": "members"}
    props["land_uses"]["x-choices"].insert(0, {"value": "alquiler", "label": {"es": "Alquiler"}})
    for section in document["x-form"]["sections"]:
        section["fields"] = [
            {"future": "future_plans", "members": "people"}.get(f, f) for f in section["fields"]
        ]
    return document


def _record(version: int, data: dict) -> Record:
    return Record(
        instance_id="0b5c4f6e-0000-4000-8000-000000000001",
        form_version=version,
        data=data,
        received_at=NOW,
        review_state="received",
        edits=0,
        device_id="tablet",
        village="manta",
        enumerator="ps1.enum.x",
        started_at=None,
        ended_at=None,
    )


def test_a_renamed_field_and_a_renamed_repeat_keep_one_column_and_one_table():
    versions = [(1, read_study_file("household.json")), (2, _v2_with_renames())]
    model = build_table_model("household", versions)
    assert [t.name for t in model.tables] == [
        "household",
        "household-people",
        "household-people-episodes",
    ]
    root = {c.name: c for c in model.root.columns}
    assert "future" not in root
    assert root["future_plans"].old_paths == (("future",),)
    assert root["future_plans"].versions == (1, 2)
    age = {c.name: c for c in model.table_of(("people", "*")).columns}["age"]
    assert age.old_paths == (("members", "*", "age"),)


def test_choice_codes_never_move_when_a_version_inserts_a_choice():
    versions = [(1, read_study_file("household.json")), (2, _v2_with_renames())]
    land_uses = {c.name: c for c in build_table_model("household", versions).root.columns}[
        "land_uses"
    ]
    codes = {c.value: c.code for c in land_uses.choices}
    assert codes["consumo"] == 1
    assert codes["alquiler"] == max(codes.values())


def test_rows_of_both_versions_fill_the_same_columns_and_repeats_point_at_parents():
    versions = [(1, read_study_file("household.json")), (2, _v2_with_renames())]
    model = build_table_model("household", versions)
    paths = version_paths(model, versions)
    old = {"future": "Texto.", "members": [{"relation": "jefe", "episodes": [{"months": ["01"]}]}]}
    new = {"future_plans": "Otro.", "people": [{"relation": "hijo"}]}
    old_rows = list(rows_of(model, _record(1, old), paths[1]))
    new_rows = list(rows_of(model, _record(2, new), paths[2]))
    assert old_rows[0][1]["future_plans"] == "Texto."
    assert new_rows[0][1]["future_plans"] == "Otro."
    (_, root), (members, member), (episodes, episode) = old_rows
    assert (members.name, episodes.name) == ("household-people", "household-people-episodes")
    assert member["PARENT_KEY"] == root["KEY"] == "uuid:0b5c4f6e-0000-4000-8000-000000000001"
    assert member["KEY"] == root["KEY"] + "/members[1]"
    assert episode["PARENT_KEY"] == member["KEY"]
    assert new_rows[1][1]["relation"] == "hijo"


@pytest.mark.parametrize(
    ("privacy", "rule", "kind", "transform", "stored"),
    [
        ("direct", {"action": "pseudonymize"}, "text", "pseudonym", "string"),
        ("direct", None, "text", "dropped", "string"),
        ("quasi", {"generalize": "age_band"}, "integer", "age_band", "string"),
        ("quasi", {"generalize": "year"}, "date", "year_only", "integer"),
        ("quasi", {"generalize": "gps"}, "geopoint", "rounded", "string"),
        ("quasi", None, "select_one", "none", "choice"),
        ("free_text", None, "long_text", "scrubbed", "string"),
        ("none", None, "select_multiple", "none", "choices"),
        ("none", None, "integer", "none", "integer"),
    ],
    ids=["pseudonym", "drop", "age", "year", "gps", "keep", "scrub", "multi", "plain"],
)
def test_transform_and_stored_type_follow_the_privacy_rule(privacy, rule, kind, transform, stored):
    assert transform_of(privacy, rule, kind) == transform
    assert stored_type(kind, transform) == stored


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["a-b/c"], ["a_b_c"]),
        (["1st"], ["v1st"]),
        (["x" * 40], ["x" * 32]),
        (["x" * 40, "x" * 41], ["x" * 32, "x" * 30 + "_2"]),
        (["Village", "village"], ["Village", "village_2"]),
        (["meta-start", "meta_start"], ["meta_start", "meta_start_2"]),
    ],
    ids=["invalid-chars", "leading-digit", "cut", "cut-collision", "case", "collision"],
)
def test_stata_names_are_valid_unique_and_stable(names, expected):
    assert list(stata_names(names).values()) == expected
    assert stata_names(names) == stata_names(list(names))


def test_text_cells_write_markers_as_words_and_split_choices():
    model = build_table_model("household", [(1, read_study_file("household.json"))])
    options = Options(lang="es", split_multiple=True)
    columns = {c.name: c for c in out_columns(model.root, options)}
    row = {"land_uses": ["consumo", "ganado"], "displaced": Missing("refused")}
    assert text_cell(columns["land_uses"], row, options) == "consumo ganado"
    assert text_cell(columns["land_uses/ganado"], row, options) == 1
    assert text_cell(columns["land_uses/venta"], row, options) == 0
    assert text_cell(columns["displaced"], row, options) == "refused"
    labelled = Options(lang="en", use_labels=True)
    assert text_cell(columns["respondent_sex"], {"respondent_sex": "mujer"}, labelled) == "Woman"


def test_public_use_drops_pseudonyms_and_suppresses_classes_under_k():
    model = build_table_model("household", [(1, read_study_file("household.json"))])
    public, state = public_model(model, k=2)
    assert "respondent_name" not in {c.name for c in public.root.kept}
    rows = [
        {"village": "manta", "respondent_sex": "mujer", "respondent_age": "35-49"},
        {"village": "manta", "respondent_sex": "mujer", "respondent_age": "35-49"},
        {"village": "ccollpa", "respondent_sex": "hombre", "respondent_age": "65+"},
    ]
    state.count(public, [(public.root, r) for r in rows])
    for row in rows:
        suppress_row(state, row)
    assert [r["village"] for r in rows] == ["manta", "manta", None]
    assert state.report()["rows_suppressed"] == 1


def test_public_use_suppresses_repeat_rows_whose_combination_is_under_k():
    model = build_table_model("household", [(1, read_study_file("household.json"))])
    public, state = public_model(model, k=2)
    members = public.table_of(("members", "*"))
    assert state.repeat_quasi[members.name] == ["sex", "age"]
    root = {"village": "manta", "respondent_sex": "mujer", "respondent_age": "35-49"}
    kids = [{"sex": "hombre", "age": "0-14"}, {"sex": "hombre", "age": "0-14"}]
    elder = {"sex": "mujer", "age": "65+"}
    stream = [(public.root, dict(root)), *((members, dict(k)) for k in kids)]
    stream += [(public.root, dict(root)), (members, dict(elder))]
    state.count(public, stream)
    for table, row in stream:
        suppress_row(state, row, table)
    assert [r for t, r in stream if t is members] == [*kids, {"sex": None, "age": None}]
    assert state.report()["repeat_rows_suppressed"] == 1
    assert state.report()["rows_suppressed"] == 0


def test_the_codebook_names_every_column_for_stata_including_meta_and_keys():
    model = build_table_model("household", [(1, read_study_file("household.json"))])
    tables = {t.name: t for t in build_codebook(model).tables}
    root = tables["household"].stata_names
    assert root["KEY"] == "KEY"
    assert root["meta-village"] == "meta_village"
    assert root["SubmissionDate"] == "SubmissionDate"
    members = tables["household-members"].stata_names
    assert (members["PARENT_KEY"], members["KEY"]) == ("PARENT_KEY", "KEY")
    assert all(len(name) <= 32 for t in tables.values() for name in t.stata_names.values())
