"""A real `chasqui serve` process over real HTTP, on SQLite and on PostgreSQL."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.conftest import ENGINES, create_pg_database, drop_pg_database

CHASQUI = str(Path(sys.executable).with_name("chasqui"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    base_url: str
    env: dict[str, str]
    workdir: Path
    process: subprocess.Popen[bytes] | None = None
    port: int = 0
    serve_args: tuple[str, ...] = ()  # e.g. ("--workers", "2")

    def cli(self, *args: str) -> str:
        done = subprocess.run(
            [CHASQUI, *args],
            env=self.env,
            cwd=self.workdir,
            capture_output=True,
            check=True,
            timeout=120,
        )
        return done.stdout.decode()

    def start(self) -> None:
        with (self.workdir / "server.log").open("ab") as log:
            self.process = subprocess.Popen(
                [
                    CHASQUI,
                    "serve",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(self.port),
                    *self.serve_args,
                ],
                env=self.env,
                cwd=self.workdir,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        # Generous: on a loaded 2-core machine a cold start (imports, migrations) has
        # taken over 30 s; a server that never starts still fails here.
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.base_url}/readyz", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.1)
        raise RuntimeError("chasqui serve did not become ready: " + self.log())

    def kill(self, sig: int = signal.SIGKILL) -> None:
        if self.process is not None:
            self.process.send_signal(sig)
            self.process.wait(timeout=30)
            self.process = None

    def log(self) -> str:
        path = self.workdir / "server.log"
        return path.read_text(errors="replace") if path.exists() else ""


ENGINE_PARAMS = [pytest.param(e, id=e) for e in ("sqlite", "postgresql") if e in ENGINES]

# What `chasqui db upgrade` and `chasqui demo` write depends on the database's address
# and on the secret key (the demo's pseudonyms are keyed), on nothing else of the settings.
_TEMPLATE_SETTINGS = ("CHASQUI_SECRET_KEY",)


@pytest.fixture(scope="session")
def _demo_templates() -> Iterator[dict[tuple[str | None, ...], str]]:
    """Migrated databases holding the demo study, one per engine and settings (per worker).

    Running `chasqui db upgrade` and `chasqui demo` as the newcomer does costs two cold
    starts of the command (5 to 10 s on this machine); each server after the first of its
    kind starts from a copy instead: a file copy on SQLite, `CREATE DATABASE … TEMPLATE`
    on PostgreSQL. The commands still run, once per kind, exactly as before.
    """
    templates: dict[tuple[str | None, ...], str] = {}
    try:
        yield templates
    finally:
        for key, url in templates.items():
            if key[0] == "postgresql":
                drop_pg_database(url)


def _settings_key(engine: str, env: dict[str, str]) -> tuple[str | None, ...]:
    return (engine, *(env.get(name) for name in _TEMPLATE_SETTINGS))


def _demo_database(request: pytest.FixtureRequest, engine: str, env: dict[str, str]) -> str:
    """The URL of a template database for this engine and settings, made on first use."""
    templates: dict[tuple[str | None, ...], str] = request.getfixturevalue("_demo_templates")
    key = _settings_key(engine, env)
    if key in templates:
        return templates[key]
    scratch = request.getfixturevalue("tmp_path_factory").mktemp("demo_template")
    url = (
        f"sqlite:///{scratch / 'template.db'}"
        if engine == "sqlite"
        else create_pg_database("chasqui_e2e_template")
    )
    template_env = {**env, "CHASQUI_DATABASE_URL": url, "CHASQUI_ATTACHMENT_DIR": str(scratch)}
    for args in (("db", "upgrade"), ("demo",)):
        subprocess.run(
            [CHASQUI, *args], env=template_env, cwd=scratch, capture_output=True, check=True
        )
    templates[key] = url
    return url


def _copy_database(template_url: str, engine: str, workdir: Path) -> str:
    """A new database with the template's content; returns its URL."""
    if engine == "sqlite":
        template = Path(template_url.removeprefix("sqlite:///"))
        target = workdir / "chasqui.db"
        for suffix in ("", "-wal", "-shm"):
            source = template.with_name(template.name + suffix)
            if source.exists():
                shutil.copyfile(source, target.with_name(target.name + suffix))
        return f"sqlite:///{target}"
    return create_pg_database("chasqui_e2e", template=template_url)


@contextmanager
def running_server(
    request: pytest.FixtureRequest,
    engine: str,
    workdir: Path,
    *,
    extra_env: dict[str, str] | None = None,
    serve_args: tuple[str, ...] = (),
) -> Iterator[Server]:
    """A migrated database with the demo study, served by a real process, torn down after.

    The database is a copy of one made by `chasqui db upgrade` and `chasqui demo` with the
    same settings (see `_demo_templates`).
    """
    if engine == "postgresql":
        request.getfixturevalue("pg_url")  # skips or fails as the suite is configured
    port = free_port()
    env = {
        **os.environ,
        "CHASQUI_SECRET_KEY": "e2e-secret-key-e2e-secret-key-0123456",
        "CHASQUI_LOG_LEVEL": "INFO",
        **(extra_env or {}),
    }
    url = _copy_database(_demo_database(request, engine, env), engine, workdir)
    pg_url = url if engine == "postgresql" else None
    env["CHASQUI_DATABASE_URL"] = url
    env["CHASQUI_ATTACHMENT_DIR"] = str(workdir / "attachments")
    server = Server(
        base_url=f"http://127.0.0.1:{port}",
        env=env,
        workdir=workdir,
        port=port,
        serve_args=serve_args,
    )
    server.start()
    try:
        yield server
    finally:
        server.kill(signal.SIGTERM)
        if pg_url:
            drop_pg_database(pg_url)
        shutil.rmtree(workdir / "attachments", ignore_errors=True)


@pytest.fixture(params=ENGINE_PARAMS)
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Server]:
    with running_server(request, request.param, tmp_path) as started:
        yield started


@pytest.fixture(scope="module", params=ENGINE_PARAMS)
def shared_server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Server]:
    """Like `server`, but one per module and engine: starting one costs ~10 s.

    Tests that share it use their own enrolled tablets and count only their own rows.
    """
    workdir = tmp_path_factory.mktemp(f"shared_{request.param}")
    with running_server(request, request.param, workdir) as started:
        yield started
