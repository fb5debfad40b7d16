"""A recording over a link cut again and again re-sends at most one chunk per cut.

A property of the protocol, not a timing: the server keeps every byte of a cut chunk
that reached it, and its HEAD gives the offset of the last byte stored once the cut
request has recorded it, so the tablet resumes exactly there. The tablet here does
not even pause before its HEAD (the race is as tight as it gets).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from client.batching import Backoff
from client.session import ClientConfig, SyncClient
from tests.e2e.conftest import Server
from tests.e2e.proxy import CuttingProxy
from tests.unit.forms.submissions import ngo_answers

pytestmark = pytest.mark.e2e

CHUNK = 256 << 10


def tablet(server: Server, home: Path, proxy: CuttingProxy) -> SyncClient:
    code = server.cli("devices", "enroll-code", "--study", "demo", "--enumerator", "enumerador1")
    config = ClientConfig(backoff=Backoff(base=0.05, cap=0.5, attempts=8), chunk_size=CHUNK)
    client = SyncClient(home, config=config, rand=lambda: 0.0)  # no pause before HEAD
    client.enroll(code.strip().splitlines()[-1], server_url=server.base_url, label="cuts")
    client.outbox.set_meta("server_url", proxy.url)
    return client


def test_a_cut_link_resends_at_most_one_chunk_per_cut(shared_server: Server, tmp_path: Path):
    size = 6 << 20
    audio = os.urandom(size)
    (tmp_path / "larga.m4a").write_bytes(audio)
    proxy = CuttingProxy(shared_server.port).start()
    client = tablet(shared_server, tmp_path / "tablet", proxy)
    client.collect(
        {"form_id": "ngo", "data": ngo_answers(), "attachments": [{"path": "larga.m4a"}]},
        base=tmp_path,
    )
    proxy.cut_up = 1_500_000  # every connection dies after 1.5 MB
    try:
        report = client.sync()
    finally:
        proxy.stop()
        client.close()
    assert report.upload.files == 1
    assert proxy.cuts >= 3
    resent = proxy.bytes_up - report.push.body_bytes - size  # headers count too
    assert resent <= proxy.cuts * CHUNK, f"{resent} B re-sent over {proxy.cuts} cuts"
    blobs = shared_server.workdir / "attachments" / "blobs"
    assert any(hashlib.sha256(audio).hexdigest() in p.name for p in blobs.rglob("*"))
