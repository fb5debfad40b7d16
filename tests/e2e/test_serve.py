"""The README's path, over real HTTP: demo study served, a tablet enrolls and lists forms."""

from __future__ import annotations

import httpx

from tests.e2e.conftest import Server


def test_demo_study_is_served_and_a_tablet_enrolls(server: Server):
    with httpx.Client(base_url=server.base_url, timeout=10) as http:
        assert http.get("/healthz").json() == {"status": "ok"}
        assert http.get("/openapi.json").status_code == 200
        login = http.post(
            "/api/v1/auth/login", json={"username": "supervisor", "password": "supervisor-demo"}
        )
        assert login.status_code == 200
        sup = {"Authorization": f"Bearer {login.json()['token']}"}

        code = (
            server.cli("devices", "enroll-code", "--study", "demo", "--enumerator", "enumerador1")
            .strip()
            .splitlines()[-1]
        )
        enrolled = http.post(
            "/api/v1/devices/enroll", json={"code": code, "device_label": "Tableta 1"}
        )
        assert enrolled.status_code == 201
        tablet = {"Authorization": f"Bearer {enrolled.json()['token']}"}

        assert server.cli("attachments", "purge-uploads").strip() == "purged 0 expired upload(s)"
        forms = http.get("/api/v1/forms", headers=tablet).json()
        assert sorted(f["form_id"] for f in forms) == ["community", "household", "ngo"]

        revoke = http.post(
            f"/api/v1/studies/demo/devices/{enrolled.json()['device_id']}/revoke", headers=sup
        )
        assert revoke.status_code == 204
        assert http.get("/api/v1/forms", headers=tablet).status_code == 401


def test_readyz_fails_when_migrations_are_behind(server: Server):
    server.cli("db", "downgrade", "0001")
    response = httpx.get(f"{server.base_url}/readyz", timeout=5)
    assert response.status_code == 503
    assert response.json()["code"] == "health.migrations_behind"


def test_privacy_scrub_command_uses_the_studys_gazetteer(server: Server):
    import subprocess

    from tests.e2e.conftest import CHASQUI

    with httpx.Client(base_url=server.base_url, timeout=10) as http:
        login = http.post(
            "/api/v1/auth/login",
            json={"username": "investigadora", "password": "investigadora-demo"},
        )
        admin = {"Authorization": f"Bearer {login.json()['token']}"}
        uploaded = http.put(
            "/api/v1/studies/demo/gazetteer", json={"organizations": ["Kusi Sumaq"]}, headers=admin
        )
        assert uploaded.status_code == 200
    text = "La asociación Kusi Sumaq y Celestino llamaron al 964 123 456.\n"
    out = subprocess.run(
        [CHASQUI, "privacy", "scrub", "--study", "demo", "--known-name", "Celestino"],
        input=text.encode(),
        env=server.env,
        cwd=server.workdir,
        capture_output=True,
        check=True,
        timeout=60,
    ).stdout.decode()
    assert "Kusi" not in out
    assert "Celestino" not in out
    assert "964" not in out
    assert "[ONG-1]" in out
