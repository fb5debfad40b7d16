"""The supervisor's review reaches the reference client through a real server, both engines."""

from __future__ import annotations

import httpx
import pytest
from typer.testing import CliRunner

from client.cli import app
from client.ledger import read_reviews
from client.session import SyncClient
from tests.e2e.test_client_sync import enroll, export

pytestmark = pytest.mark.e2e


def test_the_supervisors_review_and_comment_reach_the_tablet(shared_server, tmp_path):
    home = tmp_path / "tablet"
    client = enroll(shared_server, home)
    try:
        (reviewed, untouched) = client.collect_file(export(tmp_path, 2))
        client.sync()
        with httpx.Client(base_url=shared_server.base_url, timeout=30) as http:
            login = http.post(
                "/api/v1/auth/login", json={"username": "supervisor", "password": "supervisor-demo"}
            )
            supervisor = {"Authorization": f"Bearer {login.json()['token']}"}
            review = http.put(
                f"/api/v1/studies/demo/submissions/{reviewed}/review",
                json={
                    "state": "has_issues",
                    "comment": "Falta la edad; la señora Teodora Ccanto dio su celular 987 654 321.",
                },
                headers=supervisor,
            )
            assert review.status_code == 200, review.text
    finally:
        client.close()
    synced = CliRunner().invoke(app, ["--home", str(home), "--lang", "en", "sync"])
    assert synced.exit_code == 0, synced.output
    assert "1 new note(s) from the supervisor" in synced.output
    client = SyncClient(home)
    try:
        (note,) = read_reviews(client.outbox)
    finally:
        client.close()
    assert (note.instance_id, note.state) == (reviewed, "has_issues")
    assert note.comment is not None
    assert note.comment.startswith("Falta la edad")
    assert "Teodora" not in note.comment  # the server scrubbed it before sending

    shown = CliRunner().invoke(app, ["--home", str(home), "--lang", "es", "status"])
    assert shown.exit_code == 0, shown.output
    assert "Revisión del supervisor (1):" in shown.output
    assert f"{reviewed}  con observaciones: Falta la edad" in shown.output
    assert untouched not in shown.output
