"""A study's own lists (`chasqui privacy load-list`, the demo's gazetteer): loaded from a
spreadsheet, stored as keyed hashes only, and used by the scrubber, on both engines."""

from __future__ import annotations

import json
import shutil
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa
from openpyxl import Workbook
from sqlmodel import Session
from typer.testing import CliRunner

from accounts.keys import create_key, key_ring
from accounts.models import StudyGazetteer
from api.cli import app
from api.cli_lists import ListRejected, add_to_gazetteer, read_names
from api.db import create_db_engine
from api.demo import load_demo
from privacy import ScrubContext, scrub_free_text
from sync.answers import load_gazetteer
from sync.store import get_gazetteer
from tests.factories import make_study

SECRET = "test-secret-key-test-secret-key-0123"
ORGS = ["Asociación Qhapaq Ñan de Chilcapite", "Tullpa Wasi"]


def _scrub(session: Session, study_id: int, text: str) -> str:
    ring = key_ring(session, study_id=study_id, purpose="pseudonym", secret=SECRET)
    gazetteer = load_gazetteer(get_gazetteer(session, study_id=study_id), ring)
    assert gazetteer is not None
    return scrub_free_text(text, context=ScrubContext(gazetteer=gazetteer, use_model=False))


def test_a_loaded_list_is_stored_as_keyed_hashes_and_scrubs(session):
    study = make_study(session)
    add_to_gazetteer(session, study_id=study.id, names=ORGS, kind="organization", secret=SECRET)
    row = add_to_gazetteer(
        session, study_id=study.id, names=["Ccasapata"], kind="place", secret=SECRET
    )
    assert row.entries == 3
    stored = json.dumps(row.hashes).casefold()
    for word in ("qhapaq", "tullpa", "wasi", "chilcapite", "ccasapata"):
        assert word not in stored
    out = _scrub(session, study.id, "Vivo en Ccasapata y trabajo con tullpa wasi.")
    assert out == "Vivo en [LUGAR] y trabajo con [ONG-1]."


def test_lists_add_up_and_replace_starts_over(session):
    study = make_study(session)
    add_to_gazetteer(session, study_id=study.id, names=ORGS, kind="organization", secret=SECRET)
    add_to_gazetteer(
        session, study_id=study.id, names=["Eusebio Ccapatinta"], kind="person", secret=SECRET
    )
    # In lowercase no recognizer finds it: only the list does.
    assert _scrub(session, study.id, "ayer tullpa wasi repartió semillas") == (
        "ayer [ONG-1] repartió semillas"
    )
    assert _scrub(session, study.id, "vino ccapatinta") == "vino [PERSONA-1]"
    row = add_to_gazetteer(
        session,
        study_id=study.id,
        names=["Eusebio Ccapatinta"],
        kind="person",
        secret=SECRET,
        replace=True,
    )
    assert row.entries == 1
    assert _scrub(session, study.id, "ayer tullpa wasi repartió semillas") == (
        "ayer tullpa wasi repartió semillas"
    )


def test_a_list_hashed_under_an_older_key_must_be_loaded_again(session):
    study = make_study(session)
    add_to_gazetteer(session, study_id=study.id, names=ORGS, kind="organization", secret=SECRET)
    create_key(session, study_id=study.id, purpose="pseudonym", secret=SECRET)  # a rotation
    with pytest.raises(ListRejected) as excinfo:
        add_to_gazetteer(
            session, study_id=study.id, names=["Tullpa Wasi"], kind="organization", secret=SECRET
        )
    assert "Tullpa" not in str(excinfo.value)
    row = add_to_gazetteer(
        session, study_id=study.id, names=ORGS, kind="organization", secret=SECRET, replace=True
    )
    assert (
        row.key_id
        == key_ring(session, study_id=study.id, purpose="pseudonym", secret=SECRET).current
    )


def test_the_demo_study_ships_its_organizations_as_hashes(session):
    study, created = load_demo(session, secret=SECRET)
    assert created
    row = session.get(StudyGazetteer, study.id)
    assert row is not None and row.entries > 10
    assert "allpa" not in json.dumps(row.hashes).casefold()
    out = _scrub(session, study.id, "Nos capacitó allpa kallpa. Vivo en Pukaqaqa.")
    assert out == "Nos capacitó [ONG-1]. Vivo en [LUGAR]."


@pytest.mark.parametrize(
    ("name", "rows", "expected"),
    [
        ("one.csv", "Tullpa Wasi\nQhapaq Ñan\n", ["Tullpa Wasi", "Qhapaq Ñan"]),
        ("headed.csv", "id;nombre\n1;Tullpa Wasi\n2;Qhapaq Ñan\n", ["Tullpa Wasi", "Qhapaq Ñan"]),
        ("bom.csv", "\ufeffName,notes\nTullpa Wasi,ngo\n\n", ["Tullpa Wasi"]),
    ],
    ids=["one-column", "header-semicolon", "bom-header"],
)
def test_a_csv_list_is_read_from_its_name_column(tmp_path, name, rows, expected):
    path = tmp_path / name
    path.write_text(rows, encoding="utf-8")
    assert read_names(path) == expected


def test_an_xlsx_list_is_read_and_other_files_are_refused(tmp_path):
    path = tmp_path / "lista.xlsx"
    _xlsx(path, [["Organización", "Distrito"], ["Tullpa Wasi", "Manta"], [None, None]])
    assert read_names(path) == ["Tullpa Wasi"]
    with pytest.raises(ListRejected):
        read_names(tmp_path / "lista.pdf")


def _xlsx(path: Path, rows: list[list[str | None]]) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    workbook.save(path)


def _cli_engine(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch) -> sa.Engine:
    if request.param == "sqlite":
        path = tmp_path / "chasqui.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        url = f"sqlite:///{path}"
    else:
        # The command opens its own connection: it sees committed rows only.
        url = request.getfixturevalue("pg_url")
    monkeypatch.setenv("CHASQUI_DATABASE_URL", url)
    monkeypatch.setenv("CHASQUI_SECRET_KEY", SECRET)
    return create_db_engine(url)


@pytest.fixture(params=["sqlite", "postgresql"])
def cli_engine(request, tmp_path, monkeypatch):
    engine = _cli_engine(request, tmp_path, monkeypatch)
    yield engine
    engine.dispose()


def test_load_list_command_adds_a_spreadsheet_to_the_gazetteer(cli_engine, tmp_path):
    slug = f"lists-{uuid.uuid4().hex[:8]}"
    with Session(cli_engine) as session:
        study = make_study(session, slug=slug)
        session.commit()
        study_id = study.id
    orgs, places = tmp_path / "ong.xlsx", tmp_path / "lugares.csv"
    _xlsx(orgs, [["nombre"], ["Tullpa Wasi"], ["Asociación Qhapaq Ñan de Chilcapite"]])
    places.write_text("Ccasapata\n", encoding="utf-8")
    runner = CliRunner()
    done = runner.invoke(app, ["privacy", "load-list", "--study", slug, "--kind", "org", str(orgs)])
    assert done.exit_code == 0, done.output
    assert "Tullpa" not in done.output
    done = runner.invoke(
        app, ["privacy", "load-list", "--study", slug, "--kind", "place", str(places)]
    )
    assert done.exit_code == 0, done.output
    assert "3 entries" in done.output
    missing = runner.invoke(
        app, ["privacy", "load-list", "--study", "nobody", "--kind", "org", str(orgs)]
    )
    assert missing.exit_code == 1
    with Session(cli_engine) as session:
        row = session.get(StudyGazetteer, study_id)
        assert row is not None and "tullpa" not in json.dumps(row.hashes).casefold()
        assert _scrub(session, study_id, "En Ccasapata, Tullpa Wasi.") == "En [LUGAR], [ONG-1]."
    with cli_engine.begin() as connection:  # PostgreSQL keeps committed rows: remove them
        connection.execute(
            sa.text("DELETE FROM study_gazetteer WHERE study_id = :i"), {"i": study_id}
        )
        connection.execute(sa.text("DELETE FROM study_key WHERE study_id = :i"), {"i": study_id})
        connection.execute(sa.text("DELETE FROM study WHERE id = :i"), {"i": study_id})
