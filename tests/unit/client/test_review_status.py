"""`chasqui-client status` shows the supervisor's review of each interview, in es and en."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from client.cli import app
from client.ledger import save_review
from client.outbox import Outbox

runner = CliRunner()
A = "00000000-0000-4000-8000-000000000000"
B = "00000000-0000-4000-8000-000000000001"


@pytest.mark.parametrize(
    ("lang", "header", "issues", "approved", "no_comment"),
    [
        ("es", "Revisión del supervisor (2):", "con observaciones", "aprobada", "(sin comentario)"),
        ("en", "Supervisor's review (2):", "has issues", "approved", "(no comment)"),
    ],
    ids=["spanish", "english"],
)
def test_status_shows_each_review_state_and_comment(
    tmp_path, lang, header, issues, approved, no_comment
):
    home = tmp_path / "home"
    outbox = Outbox(home / "outbox.sqlite")
    save_review(outbox, A, state="has_issues", comment="Falta la edad.", at="2026-11-22", now="t")
    save_review(outbox, B, state="approved", comment=None, at="2026-11-21", now="t")
    outbox.close()
    shown = runner.invoke(app, ["--home", str(home), "--lang", lang, "status"])
    assert shown.exit_code == 0, shown.output
    lines = shown.output.splitlines()
    at = lines.index(header)
    assert lines[at + 1 : at + 3] == [
        f"  {A}  {issues}: Falta la edad.",
        f"  {B}  {approved}: {no_comment}",
    ]


def test_status_without_reviews_says_nothing_about_them(tmp_path):
    shown = runner.invoke(app, ["--home", str(tmp_path / "home"), "--lang", "en", "status"])
    assert shown.exit_code == 0, shown.output
    assert "review" not in shown.output.lower()
