"""CHASQUI_BLOB_STORE=s3://… end to end: a real `chasqui serve` and moto's S3 server, over HTTP.

A tablet uploads a recording with tus, an admin reads it back, and an export job's
zip is downloaded; the bucket holds both (sealed), and nothing lands in the local
blob directory.
"""

from __future__ import annotations

import base64
import hashlib
import os
import shutil
import subprocess
import sys
import time
import uuid
import zipfile
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.e2e.conftest import ENGINE_PARAMS, Server, free_port, running_server
from tests.unit.forms.submissions import household_answers

pytestmark = pytest.mark.e2e

boto3 = pytest.importorskip("boto3")
MOTO_SERVER = shutil.which("moto_server", path=str(Path(sys.executable).parent))
BUCKET = "chasqui-e2e"
TUS = {"Tus-Resumable": "1.0.0"}
DEADLINE_S = 60


@pytest.fixture(scope="module")
def s3_endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """moto's standalone S3 server on a free loopback port, with an empty bucket."""
    if MOTO_SERVER is None:
        missing = "moto_server is not installed (pip install -e '.[dev]')"
        if os.environ.get("CHASQUI_TEST_REQUIRE_POSTGRES") == "1":  # CI: never skipped
            pytest.fail(missing)
        pytest.skip(missing)
    port = free_port()
    log = (tmp_path_factory.mktemp("moto") / "moto.log").open("wb")
    process = subprocess.Popen(
        [MOTO_SERVER, "-H", "127.0.0.1", "-p", str(port)], stdout=log, stderr=subprocess.STDOUT
    )
    endpoint = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(endpoint, timeout=1)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("moto_server did not start") from None
                time.sleep(0.1)
        _s3(endpoint).create_bucket(Bucket=BUCKET)
        yield endpoint
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()


def _s3(endpoint: str) -> Any:
    return boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )


@pytest.fixture(params=ENGINE_PARAMS)
def s3_server(request: pytest.FixtureRequest, tmp_path: Path, s3_endpoint: str) -> Iterator[Server]:
    prefix = f"run-{uuid.uuid4().hex[:8]}"
    env = {
        "CHASQUI_BLOB_STORE": f"s3://{BUCKET}/{prefix}",
        "CHASQUI_S3_ENDPOINT_URL": s3_endpoint,
        "CHASQUI_S3_REGION": "us-east-1",
        "CHASQUI_S3_ACCESS_KEY_ID": "testing",
        "CHASQUI_S3_SECRET_ACCESS_KEY": "testing",
    }
    with running_server(request, request.param, tmp_path, extra_env=env) as server:
        server.env["TEST_S3_PREFIX"] = prefix
        yield server


def _login(http: httpx.Client, username: str) -> dict[str, str]:
    login = http.post(
        "/api/v1/auth/login", json={"username": username, "password": f"{username}-demo"}
    )
    assert login.status_code == 200, login.text
    return {"Authorization": f"Bearer {login.json()['token']}"}


def _enroll(server: Server, http: httpx.Client) -> dict[str, str]:
    code = server.cli("devices", "enroll-code", "--study", "demo", "--enumerator", "enumerador1")
    enrolled = http.post(
        "/api/v1/devices/enroll",
        json={"code": code.strip().splitlines()[-1], "device_label": "Tableta S3"},
    )
    assert enrolled.status_code == 201, enrolled.text
    return {"Authorization": f"Bearer {enrolled.json()['token']}"}


def _tus_upload(http: httpx.Client, tablet: dict[str, str], content: bytes) -> str:
    sha = hashlib.sha256(content).hexdigest()
    meta = ",".join(
        f"{k} {base64.b64encode(v.encode()).decode()}"
        for k, v in (("sha256", sha), ("content_type", "audio/mp4"))
    )
    created = http.post(
        "/api/v1/attachments/",
        headers={**tablet, **TUS, "Upload-Length": str(len(content)), "Upload-Metadata": meta},
    )
    assert created.status_code == 201, created.text
    offset = 0
    for chunk in (content[: len(content) // 2], content[len(content) // 2 :]):
        patched = http.patch(
            created.headers["Location"],
            content=chunk,
            headers={
                **tablet,
                **TUS,
                "Content-Type": "application/offset+octet-stream",
                "Upload-Offset": str(offset),
            },
        )
        assert patched.status_code == 204, patched.text
        offset += len(chunk)
    assert patched.headers.get("Chasqui-Upload-Complete") == "true"
    return sha


def _export_zip(http: httpx.Client, admin: dict[str, str]) -> bytes:
    started = http.post(
        "/api/v1/studies/demo/forms/household/export-jobs", json={"format": "csv"}, headers=admin
    )
    assert started.status_code == 202, started.text
    job_url = started.headers["Location"]
    deadline = time.monotonic() + DEADLINE_S
    while (job := http.get(job_url, headers=admin).json())["status"] != "done":
        assert job["status"] in ("queued", "running"), job
        assert time.monotonic() < deadline, job
        time.sleep(0.2)
    download = http.get(job["href"], headers=admin)
    assert download.status_code == 200, download.text
    return download.content


def test_attachments_and_exports_live_in_the_configured_bucket(s3_server: Server, s3_endpoint):
    recording = b"\x00\x01grabacion de prueba " * 40_000  # ~800 KB, two tus chunks
    with httpx.Client(base_url=s3_server.base_url, timeout=60) as http:
        tablet = _enroll(s3_server, http)
        sha = _tus_upload(http, tablet, recording)
        item = {
            "instance_id": str(uuid.uuid4()),
            "form_id": "household",
            "form_version": 1,
            "base_rev": None,
            "started_at": "2026-11-20T14:00:00Z",
            "ended_at": "2026-11-20T15:10:00Z",
            "data": household_answers(),
            "attachments": [
                {"name": "a", "sha256": sha, "size": len(recording), "content_type": "audio/mp4"}
            ],
        }
        pushed = http.post(
            "/api/v1/sync/push",
            json={"batch_id": str(uuid.uuid4()), "items": [item]},
            headers=tablet,
        )
        assert pushed.status_code == 200, pushed.text
        assert pushed.json()["results"][0]["outcome"] == "created"

        admin = _login(http, "investigadora")
        read = http.get(f"/api/v1/studies/demo/attachments/{sha}", headers=admin)
        assert read.status_code == 200, read.text
        assert read.content == recording

        exported = _export_zip(http, admin)
        with zipfile.ZipFile(BytesIO(exported)) as archive:
            assert "codebook.json" in archive.namelist()

    prefix = s3_server.env["TEST_S3_PREFIX"] + "/"
    listed = _s3(s3_endpoint).list_objects_v2(Bucket=BUCKET, Prefix=prefix)
    keys = [o["Key"] for o in listed.get("Contents", [])]
    recordings = [k for k in keys if k.endswith(sha)]
    assert len(recordings) == 1, keys
    assert len(keys) >= 2, f"the export file is in the bucket too: {keys}"
    stored = _s3(s3_endpoint).get_object(Bucket=BUCKET, Key=recordings[0])["Body"].read()
    assert b"grabacion de prueba" not in stored  # sealed at rest
    blobs_dir = s3_server.workdir / "attachments" / "blobs"
    assert not blobs_dir.exists() or not any(p.is_file() for p in blobs_dir.rglob("*"))


def test_serve_refuses_a_malformed_blob_store(tmp_path: Path):
    server = Server(
        base_url="http://127.0.0.1:1",
        env={
            "PATH": "/usr/bin:/bin",
            "CHASQUI_DATABASE_URL": f"sqlite:///{tmp_path / 'chasqui.db'}",
            "CHASQUI_SECRET_KEY": "e2e-secret-key-e2e-secret-key-0123456",
            "CHASQUI_BLOB_STORE": "ftp://nowhere/blobs",
        },
        workdir=tmp_path,
    )
    with pytest.raises(subprocess.CalledProcessError) as refused:
        server.cli("serve", "--port", str(free_port()))
    assert refused.value.returncode == 2
    assert b"CHASQUI_BLOB_STORE" in refused.value.stderr
