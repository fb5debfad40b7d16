"""The README's tablet section, run as written against a real server (both engines),
and `forget` erasing what the server holds from a tablet."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest

from tests.e2e.conftest import Server

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
CLIENT = ".venv/bin/chasqui-client"  # run from the repository, as the README does
EXAMPLES = sorted((ROOT / "examples" / "entrevistas").glob("*.json"))


def readme_block(after: str) -> list[str]:
    """The commands of the first ```sh block that follows `after` in the README."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```sh\n(.*?)```", text[text.index(after) :], re.S)
    assert block is not None
    return [line for line in block.group(1).splitlines() if line.strip()]


def run(command: str, home: Path, server: Server) -> subprocess.CompletedProcess[str]:
    env = {**server.env, "CHASQUI_CLIENT_HOME": str(home), "LANG": "es_PE.UTF-8"}
    # A shell, as a reader would type it: the README's globs expand from the repository.
    return subprocess.run(
        ["bash", "-c", command], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def enrollment_code(server: Server) -> str:
    (issue,) = readme_block("To enroll a tablet")
    assert issue.startswith(".venv/bin/chasqui devices enroll-code")
    return server.cli(*issue.split()[1:]).strip().splitlines()[-1]


def test_the_readme_tablet_steps_work_as_written(shared_server, tmp_path):
    commands = readme_block("To try the tablet side")
    assert [c.split()[1] for c in commands] == ["enroll", "collect", "sync", "status"]
    code = enrollment_code(shared_server)
    outputs = []
    for command in commands:
        command = command.replace("CODE", code).replace(
            "http://127.0.0.1:8000", shared_server.base_url
        )
        done = run(command, tmp_path / "tablet", shared_server)
        assert done.returncode == 0, (command, done.stdout, done.stderr)
        outputs.append(done.stdout)
    enrolled, collected, synced, status = outputs
    assert "«demo»" in enrolled
    assert f"{len(EXAMPLES)} entrevista(s)" in collected
    # The README quotes this line: two stored, one held for review, and why.
    assert "2 guardadas, 1 en revisión: falta «Comunidad»." in synced
    assert "recibida" not in synced
    assert "Error" not in synced + status
    assert "Por enviar: 0" in status
    assert "En revisión (cuarentena): 1" in status
    assert "Necesitan su atención (1):" in status
    quarantined = "5b0c2a1e-7d1f-4c3a-9e2b-000000000003"  # the example without its community
    assert f"{quarantined}  en revisión: algunas respuestas no encajan" in status


def test_forget_erases_only_what_the_server_holds(shared_server, tmp_path):
    home = tmp_path / "tablet"
    code = enrollment_code(shared_server)
    url = shared_server.base_url
    assert run(f"{CLIENT} enroll {code} --server {url}", home, shared_server).returncode == 0
    paths = " ".join(str(p) for p in EXAMPLES[:2])
    assert run(f"{CLIENT} collect {paths}", home, shared_server).returncode == 0
    assert run(f"{CLIENT} sync", home, shared_server).returncode == 0
    unsent = json.loads(EXAMPLES[2].read_text(encoding="utf-8"))
    unsent["instance_id"] = "5b0c2a1e-7d1f-4c3a-9e2b-0000000000ff"
    (tmp_path / "nueva.json").write_text(json.dumps(unsent), encoding="utf-8")
    assert run(f"{CLIENT} collect {tmp_path / 'nueva.json'}", home, shared_server).returncode == 0

    refused = run(f"{CLIENT} forget {unsent['instance_id']}", home, shared_server)
    assert refused.returncode == 4
    assert "No se borró nada" in refused.stderr
    assert unsent["instance_id"] in refused.stderr

    erased = run(f"{CLIENT} --lang en forget --all", home, shared_server)
    assert erased.returncode == 0, erased.stderr
    assert "2 interview(s) erased" in erased.stdout
    assert "1 are not safe on the server yet" in erased.stdout
    outbox = b"".join(p.read_bytes() for p in home.glob("outbox.sqlite*"))
    assert b"Juana Quispe" not in outbox
    assert "Rosa Huamán".encode() not in outbox
    assert b"Teodoro Ccanto" in outbox  # not sent yet: it stays
    status = run(f"{CLIENT} --lang en status", home, shared_server)
    assert "To send: 1" in status.stdout
    assert "Received by the server: 0" in status.stdout
    # A later sync neither brings the erased interviews back nor loses the unsent one.
    synced = run(f"{CLIENT} --lang en sync", home, shared_server)
    assert synced.returncode == 0, synced.stderr
    assert "1 held for review" in synced.stdout
    assert os.path.exists(home / "outbox.sqlite")
