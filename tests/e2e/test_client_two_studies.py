"""An enumerator in two studies, with the reference client, over a real server (both engines).

The other study's feed runs far ahead; the tablet of this study must still receive a
consent withdrawal made after its last pull, and must never see the other study's forms.
"""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from client.ledger import cached_forms, interview_state
from tests.e2e.conftest import Server
from tests.e2e.test_client_sync import enroll, export

pytestmark = pytest.mark.e2e

FORMS = Path(__file__).resolve().parents[2] / "forms" / "study"
ROOT_PASSWORD = "Kq7-zX9!pLm2-wVr-tablas"


def _other_study_far_ahead(server: Server, http: httpx.Client, changes: int) -> None:
    server.cli("users", "create", "raiz", "--password", ROOT_PASSWORD, "--superuser")
    login = http.post("/api/v1/auth/login", json={"username": "raiz", "password": ROOT_PASSWORD})
    root = {"Authorization": f"Bearer {login.json()['token']}"}

    def ok(response: httpx.Response) -> None:
        assert response.status_code in (200, 201), response.text

    ok(http.post("/api/v1/studies", json={"slug": "otra", "name": "Otra"}, headers=root))
    member = {"username": "enumerador1", "role": "enumerator"}
    ok(http.put("/api/v1/studies/otra/members", json=member, headers=root))
    document = json.loads((FORMS / "ngo.json").read_text(encoding="utf-8"))
    ok(http.post("/api/v1/studies/otra/forms", json={"document": document}, headers=root))
    ok(http.post("/api/v1/studies/otra/forms/ngo/publish", headers=root))
    assignments = "/api/v1/studies/otra/forms/ngo/assignments"
    for i in range(changes):  # each assignment change is a feed entry for enumerador1
        who = ["enumerador1"] if i % 2 == 0 else []
        ok(http.put(assignments, json={"enumerators": who}, headers=root))


def test_a_withdrawal_reaches_the_tablet_while_another_study_runs_ahead(server, tmp_path):
    tablet = enroll(server, tmp_path / "tablet")
    try:
        withdrawn, kept = tablet.collect_file(export(tmp_path, 2))
        tablet.sync()
        with httpx.Client(base_url=server.base_url, timeout=30) as http:
            _other_study_far_ahead(server, http, changes=41)
            tablet.sync()  # up to date: its cursor is past everything it was sent
            login = http.post(
                "/api/v1/auth/login", json={"username": "supervisor", "password": "supervisor-demo"}
            )
            supervisor = {"Authorization": f"Bearer {login.json()['token']}"}
            gone = http.post(
                "/api/v1/studies/demo/withdrawals",
                json={"instance_id": withdrawn},
                headers=supervisor,
            )
            assert gone.status_code == 200, gone.text
        tablet.sync()
        assert interview_state(tablet.outbox, withdrawn) is None
        assert interview_state(tablet.outbox, kept) == "acked"
        assert tablet.status().withdrawn == 1
        forms = {form_id for form_id, _, _ in cached_forms(tablet.outbox)}
    finally:
        tablet.close()
    assert forms == {"community", "household", "ngo"}

    code = server.cli("devices", "enroll-code", "--study", "otra", "--enumerator", "enumerador1")
    with httpx.Client(base_url=server.base_url, timeout=30) as http:
        token = http.post(
            "/api/v1/devices/enroll",
            json={"code": code.strip().splitlines()[-1], "device_label": "Otra tableta"},
        ).json()["token"]
        page = http.get(
            "/api/v1/sync/pull",
            params={"limit": 1000},
            headers={"Authorization": f"Bearer {token}"},
        ).json()
    assert {c["ref"] for c in page["changes"]} == {"ngo"}
    assert withdrawn not in json.dumps(page)
