"""`chasqui export` writes the same bundle as the API, from the command line.

The command opens its own connection, so this test uses a SQLite file of its own
(a copy of the migrated template) rather than the per-engine `db` fixture.
"""

from __future__ import annotations

import json
import shutil
import zipfile

import orjson
import pyreadstat
from sqlmodel import Session, select
from typer.testing import CliRunner

from accounts.models import AuditEvent, Role
from api.cli import app
from api.db import create_db_engine
from tests.factories import (
    make_device,
    make_member,
    make_published_form,
    make_study,
    push_body,
    push_item,
    receive_directly,
)
from tests.unit.forms.submissions import household_answers

SECRET = "cli-test-secret-cli-test-secret-0123"


def test_export_command_writes_a_stata_bundle_and_audits_it(sqlite_template, tmp_path, monkeypatch):
    path = tmp_path / "chasqui.db"
    shutil.copy(sqlite_template, path)
    engine = create_db_engine(f"sqlite:///{path}")
    with Session(engine) as session:
        study = make_study(session, slug="demo")
        ana = make_member(session, study, Role.enumerator, "ana")
        make_published_form(session, study, "household", ana)
        device, _ = make_device(session, study, ana)
        body = orjson.dumps(push_body(push_item("household", household_answers())))
        receipt = receive_directly(session, device=device, body=body, secret=SECRET)
        assert receipt["results"][0]["outcome"] == "created"
        session.commit()
    monkeypatch.setenv("CHASQUI_DATABASE_URL", f"sqlite:///{path}")
    monkeypatch.setenv("CHASQUI_SECRET_KEY", SECRET)
    out = tmp_path / "household.zip"
    args = ["export", "--study", "demo", "--form", "household", "--format", "dta", "-o", str(out)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "next cursor:" in result.output
    bundle = zipfile.ZipFile(out)
    bundle.extract("household.dta", tmp_path)
    frame, meta = pyreadstat.read_dta(str(tmp_path / "household.dta"))
    assert len(frame) == 1
    assert meta.variable_value_labels["respondent_sex"] == {1: "Mujer", 2: "Hombre"}
    assert json.loads(bundle.read("export-report.json"))["interviews"] == 1
    with Session(engine) as session:
        (event,) = session.exec(select(AuditEvent).where(AuditEvent.action == "data.export"))
        assert event.detail["via"] == "cli"
    engine.dispose()

    bad = CliRunner().invoke(app, [*args[:5], "--format", "sas", "-o", str(out)])
    assert bad.exit_code == 1
    assert "export.format_unknown" in bad.output
