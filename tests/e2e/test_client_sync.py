"""The reference client against a real `chasqui serve` over real HTTP, on both engines.

Each test enrolls its own tablets on a server shared by the module and counts only
its own rows (read-only SELECTs on the server's database).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from client.batching import Backoff, Limits
from client.ledger import interview_state
from client.link import DeviceRefused, LinkDown
from client.session import ClientConfig, SyncClient
from tests.e2e.conftest import Server
from tests.e2e.proxy import CuttingProxy
from tests.unit.forms.submissions import community_answers, household_answers, ngo_answers

pytestmark = pytest.mark.e2e

# Real pauses, but short: the server needs a moment to notice a cut PATCH and unlock.
QUICK = Backoff(base=0.05, cap=0.5, attempts=8)
ANSWERS = {"household": household_answers, "ngo": ngo_answers, "community": community_answers}


def enroll(server: Server, home: Path, *, via: str | None = None, **config: object) -> SyncClient:
    code = server.cli("devices", "enroll-code", "--study", "demo", "--enumerator", "enumerador1")
    client = SyncClient(home, config=ClientConfig(backoff=QUICK, **config))  # type: ignore[arg-type]
    client.enroll(code.strip().splitlines()[-1], server_url=server.base_url, label="Tableta e2e")
    if via:
        client.outbox.set_meta("server_url", via)  # from now on, through the bad link
    return client


def export(tmp: Path, count: int, *, files: dict[int, int] | None = None) -> Path:
    """A tablet export of `count` interviews; `files` maps interview index -> audio size."""
    interviews = []
    for i in range(count):
        form_id = ("household", "ngo", "community")[i % 3]
        attachments = []
        if files and i in files:
            audio = tmp / f"grabacion-{i}.m4a"
            audio.write_bytes(os.urandom(files[i]))
            attachments.append({"path": audio.name, "name": "audio1"})
        interviews.append(
            {
                "instance_id": str(uuid.uuid4()),
                "form_id": form_id,
                "form_version": 1,
                "data": ANSWERS[form_id](),
                "started_at": "2026-11-20T14:00:00-05:00",
                "ended_at": "2026-11-20T15:10:00-05:00",
                "attachments": attachments,
            }
        )
    path = tmp / "export.json"
    path.write_text(json.dumps(interviews, ensure_ascii=False), encoding="utf-8")
    return path


def stored(server: Server, device_id: str) -> tuple[int, int, int]:
    """(submissions, distinct instances, revisions) this tablet stored on the server."""
    engine = sa.create_engine(server.env["CHASQUI_DATABASE_URL"])
    try:
        with engine.connect() as db:
            rows, distinct = db.execute(
                sa.text(
                    "SELECT COUNT(*), COUNT(DISTINCT instance_id) FROM submission"
                    " WHERE device_id = :d"
                ),
                {"d": device_id},
            ).one()
            revisions = db.execute(
                sa.text("SELECT COUNT(*) FROM submission_revision WHERE device_id = :d"),
                {"d": device_id},
            ).scalar_one()
            waiting = db.execute(
                sa.text(
                    "SELECT COUNT(*) FROM submission WHERE device_id = :d"
                    " AND state = 'awaiting_attachments'"
                ),
                {"d": device_id},
            ).scalar_one()
    finally:
        engine.dispose()
    assert waiting == 0, "every declared attachment arrived"
    return int(rows), int(distinct), int(revisions)


def assert_all_delivered(server: Server, client: SyncClient, count: int) -> None:
    status = client.status()
    assert (status.waiting, status.acknowledged, status.files_waiting) == (0, count, 0)
    device_id = client.outbox.get_meta("device_id")
    assert device_id is not None
    assert stored(server, device_id) == (count, count, count)


def test_a_week_offline_syncs_every_interview_exactly_once(shared_server, tmp_path):
    client = enroll(shared_server, tmp_path / "tablet", limits=Limits(max_items=100))
    ids = client.collect_file(export(tmp_path, 300, files={0: 300_000, 7: 150_000, 42: 90_000}))
    report = client.sync()
    assert report.push.outcomes == {"created": 300}
    assert report.push.batches == 3
    assert report.upload.files == 3
    assert report.forms_changed
    assert_all_delivered(shared_server, client, 300)
    assert {e.outcome for e in client.receipts()} == {"created"}
    assert [e.outcome for e in client.receipts(ids[42])] == ["created"]


@pytest.mark.parametrize("moment", ["while_storing", "before_answering"])
def test_server_killed_mid_batch_loses_and_duplicates_nothing(shared_server, tmp_path, moment):
    proxy = CuttingProxy(shared_server.port).start()
    client = enroll(shared_server, tmp_path / "tablet", via=proxy.url, limits=Limits(150))
    client.collect_file(export(tmp_path, 300))

    def kill(push: int) -> bool:
        if push == 2:  # the first batch is acknowledged; the second dies with the server
            shared_server.kill(signal.SIGKILL)
            return True
        return False

    if moment == "while_storing":
        proxy.on_push_sent = kill
    else:
        proxy.on_push_answer = kill
    try:
        with pytest.raises(LinkDown):
            client.sync()
        assert client.status().acknowledged == 150
        assert client.status().waiting == 150
        assert len(client.outbox.in_flight()) == 1  # written ahead, answer never seen
        shared_server.start()
        client.sync()
    finally:
        proxy.stop()
        if shared_server.process is None:
            shared_server.start()
    assert_all_delivered(shared_server, client, 300)


def test_a_link_that_drops_mid_request_and_mid_answer_loses_nothing(shared_server, tmp_path):
    size = 24 << 20
    proxy = CuttingProxy(shared_server.port, cut_up=5 << 20, cut_down=48_000).start()
    client = enroll(
        shared_server,
        tmp_path / "tablet",
        via=proxy.url,
        limits=Limits(max_items=40),
        chunk_size=256 << 10,
    )
    client.collect_file(export(tmp_path, 120, files={3: size}))
    try:
        report = client.sync()
    finally:
        proxy.stop()
    assert proxy.cuts >= 4
    assert report.retries > 0
    assert_all_delivered(shared_server, client, 120)
    push_bytes = report.push.body_bytes
    assert proxy.bytes_up - push_bytes < 1.3 * size, "the recording resumed, not restarted"


def test_a_device_revoked_while_offline_is_refused_and_keeps_its_outbox(shared_server, tmp_path):
    client = enroll(shared_server, tmp_path / "tablet")
    ids = client.collect_file(export(tmp_path, 12, files={1: 50_000}))
    device_id = client.outbox.get_meta("device_id")
    with httpx.Client(base_url=shared_server.base_url, timeout=10) as http:
        login = http.post(
            "/api/v1/auth/login", json={"username": "supervisor", "password": "supervisor-demo"}
        )
        headers = {"Authorization": f"Bearer {login.json()['token']}"}
        revoked = http.post(f"/api/v1/studies/demo/devices/{device_id}/revoke", headers=headers)
        assert revoked.status_code == 204
    with pytest.raises(DeviceRefused) as refused:
        client.sync()
    assert (refused.value.status, refused.value.reason) == (401, "device_revoked")
    assert client.status().waiting == 12
    assert all(interview_state(client.outbox, i) in ("pending", "in_flight") for i in ids)
    assert (tmp_path / "tablet" / "files").is_dir() and any(
        (tmp_path / "tablet" / "files").iterdir()
    )
    assert device_id is not None and stored(shared_server, device_id) == (0, 0, 0)


def test_two_tablets_editing_one_interview_offline_get_updated_then_conflict(
    shared_server, tmp_path
):
    first = enroll(shared_server, tmp_path / "a")
    second = enroll(shared_server, tmp_path / "b")
    instance_id = first.collect({"form_id": "ngo", "data": ngo_answers()}, base=tmp_path)
    first.sync()
    (receipt,) = first.receipts(instance_id)
    # The second tablet got the interview the way a pull would bring it.
    second.outbox.adopt_server_copy(
        instance_id=instance_id,
        form_id="ngo",
        form_version=1,
        rev=str(receipt.rev),
        data=ngo_answers(),
        now="2026-11-21T10:00:00+00:00",
    )
    first.edit(instance_id, {**ngo_answers(), "staff_total": 14})
    second.edit(instance_id, {**ngo_answers(), "staff_total": 30})
    assert first.sync().push.outcomes == {"updated": 1}
    assert second.sync().push.outcomes == {"conflict": 1}
    assert [e.outcome for e in first.receipts(instance_id)] == ["created", "updated"]
    (conflict,) = second.receipts(instance_id)
    assert conflict.outcome == "conflict" and conflict.conflict_id
    assert second.status().conflicts == 1
    assert interview_state(second.outbox, instance_id) == "acked"


def test_the_client_killed_mid_sync_resends_its_batch_and_the_server_replays(
    shared_server, tmp_path
):
    proxy = CuttingProxy(shared_server.port).start()
    home = tmp_path / "tablet"
    client = enroll(shared_server, home, via=proxy.url)
    client.collect_file(export(tmp_path, 60))
    client.close()
    command = [sys.executable, "-m", "client.cli", "--home", str(home), "sync"]
    tablet = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def kill_tablet(push: int) -> bool:
        tablet.kill()  # the server stored the batch; the tablet dies before the answer
        tablet.wait(timeout=30)
        return True

    proxy.on_push_answer = kill_tablet
    try:
        assert tablet.wait(timeout=60) == -signal.SIGKILL
        proxy.on_push_answer = None
        reopened = SyncClient(home, config=ClientConfig(backoff=QUICK))
        assert len(reopened.outbox.in_flight()) == 1
        assert reopened.sync().push.outcomes == {"created": 60}  # the replayed receipts
    finally:
        proxy.stop()
    assert_all_delivered(shared_server, reopened, 60)
