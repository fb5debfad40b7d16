"""`chasqui users passwd` and `chasqui users list --study`: the members page from a terminal.

The command opens its own connection, so this test uses a SQLite file of its own.
"""

from __future__ import annotations

import shutil

from sqlmodel import Session, select
from typer.testing import CliRunner

from accounts import credentials
from accounts.models import AccessToken, Role, User
from api.cli import app
from api.db import create_db_engine
from tests.factories import PASSWORD, make_member, make_study, make_token

NEW = "quinua-tostada-en-la-puna"


def _database(sqlite_template, tmp_path, monkeypatch):
    path = tmp_path / "chasqui.db"
    shutil.copy(sqlite_template, path)
    monkeypatch.setenv("CHASQUI_DATABASE_URL", f"sqlite:///{path}")
    return create_db_engine(f"sqlite:///{path}")


def test_passwd_sets_a_password_under_the_rules_and_ends_sessions(
    sqlite_template, tmp_path, monkeypatch
):
    engine = _database(sqlite_template, tmp_path, monkeypatch)
    with Session(engine) as session:
        study = make_study(session, slug="demo")
        make_token(session, make_member(session, study, Role.supervisor, "sup"))
        session.commit()
    runner = CliRunner()
    weak = runner.invoke(app, ["users", "passwd", "sup"], input="sup-password-1\nsup-password-1\n")
    assert weak.exit_code == 2
    assert "may not contain the username" in weak.output
    done = runner.invoke(app, ["users", "passwd", "sup"], input=f"{NEW}\n{NEW}\n")
    assert done.exit_code == 0, done.output
    assert "1 session(s) ended" in done.output
    with Session(engine) as session:
        user = session.exec(select(User).where(User.username == "sup")).one()
        assert credentials.verify_password(NEW, user.password_hash)
        assert not credentials.verify_password(PASSWORD, user.password_hash)
        assert all(t.revoked_at is not None for t in session.exec(select(AccessToken)).all())
    missing = runner.invoke(app, ["users", "passwd", "nobody"], input=f"{NEW}\n{NEW}\n")
    assert missing.exit_code == 1
    engine.dispose()


def test_list_shows_who_is_in_a_study_and_their_role(sqlite_template, tmp_path, monkeypatch):
    engine = _database(sqlite_template, tmp_path, monkeypatch)
    with Session(engine) as session:
        study = make_study(session, slug="demo")
        other = make_study(session, slug="other")
        make_member(session, study, Role.admin, "adm")
        make_member(session, study, Role.enumerator, "ana")
        make_member(session, other, Role.supervisor, "elsewhere")
        session.commit()
    result = CliRunner().invoke(app, ["users", "list", "--study", "demo"])
    assert result.exit_code == 0, result.output
    rows = [line.split()[:2] for line in result.output.strip().splitlines()]
    assert rows == [["adm", "admin"], ["ana", "enumerator"]]
    assert CliRunner().invoke(app, ["users", "list", "--study", "nope"]).exit_code == 1
    engine.dispose()
