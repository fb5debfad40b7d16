"""A real `chasqui serve`: its log carries paths, never query strings or pushed values."""

from __future__ import annotations

import json
import uuid

import httpx
import pytest

from tests.e2e.conftest import Server

pytestmark = pytest.mark.e2e

NAME, DNI = "Teodora Ccanto", "45871236"


def test_the_server_log_holds_no_query_string_and_no_pushed_value(server: Server):
    with httpx.Client(base_url=server.base_url, timeout=30) as http:
        login = http.post(
            "/api/v1/auth/login", json={"username": "supervisor", "password": "supervisor-demo"}
        )
        sup = {"Authorization": f"Bearer {login.json()['token']}"}
        for path in ("conflicts", "quarantine", "progress"):
            answer = http.get(
                f"/api/v1/studies/demo/{path}", params={"village": NAME, "q": DNI}, headers=sup
            )
            assert answer.status_code == 200
        code = (
            server.cli("devices", "enroll-code", "--study", "demo", "--enumerator", "enumerador1")
            .strip()
            .splitlines()[-1]
        )
        enrolled = http.post(
            "/api/v1/devices/enroll", json={"code": code, "device_label": "Tableta 9"}
        )
        assert enrolled.status_code == 201, enrolled.text
        token = enrolled.json()["token"]
        item = {
            "instance_id": str(uuid.uuid4()),
            "form_id": "ngo",
            "form_version": 1,
            "data": {"programmes": f"{NAME}\u0000 {DNI}\ud800", f"{NAME}": DNI},
        }
        batch = {"batch_id": str(uuid.uuid4()), "items": [item, item | {"base_rev": NAME}]}
        pushed = http.post(
            f"/api/v1/sync/push?who={NAME.replace(' ', '+')}",
            content=json.dumps(batch).encode(),
            headers={"Authorization": f"Bearer {token}", "content-type": "application/json"},
        )
        assert pushed.status_code == 200, pushed.text
    log = server.log()
    assert '"GET /api/v1/studies/demo/progress HTTP/1.1" 200' in log
    assert '"POST /api/v1/sync/push HTTP/1.1" 200' in log
    for planted in ("Teodora", "Ccanto", DNI, "village="):
        assert planted not in log
