"""A 500 answers the request and keeps the connection: a real uvicorn process, one client."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from api.app import create_app
from tests.e2e.conftest import free_port

pytestmark = pytest.mark.e2e


def boom_app() -> FastAPI:
    """The real application plus one route that fails unexpectedly (uvicorn --factory)."""
    app = create_app()

    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("an unexpected failure")

    return app


@pytest.fixture
def base_url(tmp_path: Path) -> Iterator[str]:
    port = free_port()
    env = {
        **os.environ,
        "CHASQUI_DATABASE_URL": f"sqlite:///{tmp_path / 'chasqui.db'}",
        "CHASQUI_ATTACHMENT_DIR": str(tmp_path / "attachments"),
        "CHASQUI_SECRET_KEY": "keepalive-secret-key-keepalive-0123456",
        "CHASQUI_PREPARE_WORKERS": "1",
    }
    command = [sys.executable, "-m", "uvicorn", f"{__name__}:boom_app", "--factory"]
    with (tmp_path / "server.log").open("ab") as log:
        process = subprocess.Popen(
            [*command, "--host", "127.0.0.1", "--port", str(port)],
            env=env,
            cwd=Path(__file__).resolve().parents[2],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"{url}/healthz", timeout=1)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise RuntimeError((tmp_path / "server.log").read_text()) from None
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


def _local_port(response: httpx.Response) -> int:
    return int(response.extensions["network_stream"].get_extra_info("client_addr")[1])


def test_a_500_keeps_the_keep_alive_connection_open(base_url: str):
    ports = []
    with httpx.Client(base_url=base_url) as client:
        for path in ("/healthz", "/boom", "/healthz"):
            response = client.get(path)
            ports.append(_local_port(response))
            if path == "/boom":
                failed = response
    assert failed.status_code == 500
    assert failed.headers["content-type"] == "application/problem+json"
    assert failed.json()["code"] == "internal"
    assert "unexpected failure" not in failed.text
    assert failed.headers.get("connection") != "close"
    assert len(set(ports)) == 1, "the server closed the connection after the 500"
