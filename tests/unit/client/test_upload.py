"""tus uploads against a fake server: resume from HEAD, never resend, no filename."""

from __future__ import annotations

import hashlib

import httpx
import pytest

from client.batching import Backoff
from client.ledger import files_to_upload
from client.link import Retrier
from client.outbox import FileRef, NewInterview
from client.push import build_batch
from client.receipts import Receipt
from client.upload import GROW_AFTER, MIN_CHUNK, Uploader, next_chunk_size
from tests.unit.client.fakes import FakeServer, metadata_keys, tablet


def queue_file(outbox, tmp_path, content: bytes) -> str:
    path = tmp_path / "Juana Quispe entrevista.m4a"
    path.write_bytes(content)
    sha = hashlib.sha256(content).hexdigest()
    ref = FileRef("audio1", sha, len(content), "audio/mp4", str(path))
    instance_id = "00000000-0000-4000-8000-000000000099"
    outbox.record(NewInterview(instance_id, "ngo", 1, {}, files=(ref,)), now="t")
    b = build_batch(outbox.pending(1), device_time="t")
    outbox.begin_batch(b, now="t")
    outbox.settle_batch(
        b.batch_id, [Receipt(instance_id, "created", "ok", missing_attachments=(sha,))], now="t"
    )
    return sha


def uploader(outbox, server, chunk):
    http = httpx.Client(base_url="http://chasqui.test", transport=httpx.MockTransport(server))
    retrier = Retrier(Backoff(attempts=5), sleep=lambda s: None, rand=lambda: 0.0)
    return Uploader(http, outbox, retrier, now=lambda: "t", chunk_size=chunk)


def test_lost_answers_resume_from_the_servers_offset_without_resending(tmp_path):
    outbox, server = tablet(tmp_path), FakeServer(cut_every=2)
    content = bytes(range(256)) * 40  # 10 240 bytes
    sha = queue_file(outbox, tmp_path, content)
    report = uploader(outbox, server, chunk=1000).upload_all()
    assert bytes(server.uploads["1"]) == content
    assert server.patch_offsets == sorted(set(server.patch_offsets)), "no offset sent twice"
    assert report.bytes_sent == len(content)
    assert files_to_upload(outbox) == []
    assert metadata_keys(server.metadata[0]) == {"sha256": sha, "content_type": "audio/mp4"}


def test_a_restarted_client_resumes_the_same_upload(tmp_path):
    outbox, server = tablet(tmp_path), FakeServer()
    content = b"a" * 5000
    queue_file(outbox, tmp_path, content)
    (f,) = files_to_upload(outbox)
    up = uploader(outbox, server, chunk=1000)
    url, _ = up._create(f)
    with open(f.path, "rb") as stream:
        up._patch(url, stream, 0, f.size)  # then the tablet dies
    (again,) = files_to_upload(outbox)
    assert again.upload_url == url
    uploader(outbox, server, chunk=1000).upload_all()
    assert len(server.uploads) == 1 and bytes(server.uploads["1"]) == content
    assert server.patch_offsets == [0, 1000, 2000, 3000, 4000]


def test_a_file_the_server_holds_completes_at_creation(tmp_path):
    outbox = tablet(tmp_path)
    queue_file(outbox, tmp_path, b"z" * 100)

    def dedupe(request):
        assert request.method == "POST"
        return httpx.Response(
            201,
            headers={
                "Location": "/api/v1/attachments/9",
                "Upload-Offset": "100",
                "Chasqui-Upload-Complete": "true",
            },
        )

    report = uploader(outbox, dedupe, chunk=10).upload_all()
    assert (report.files, report.deduplicated, report.bytes_sent) == (1, 1, 0)


@pytest.mark.parametrize(
    ("current", "cut", "streak", "expected"),
    [
        (1 << 20, True, 0, 512 << 10),
        (MIN_CHUNK, True, 0, MIN_CHUNK),
        (512 << 10, False, 1, 512 << 10),
        (512 << 10, False, GROW_AFTER, 1 << 20),
        (1 << 20, False, GROW_AFTER, 1 << 20),
        (4 << 20, False, 1, 1 << 20),
    ],
    ids=[
        "halved-after-a-cut",
        "never-below-the-floor",
        "kept-while-few-succeed",
        "doubled-after-a-run",
        "never-above-the-ceiling",
        "clipped-to-the-ceiling",
    ],
)
def test_the_chunk_size_follows_the_link(current, cut, streak, expected):
    assert next_chunk_size(current, cut=cut, streak=streak, ceiling=1 << 20) == expected


def test_chunks_go_without_a_checksum_unless_asked(tmp_path):
    outbox, server = tablet(tmp_path), FakeServer()
    queue_file(outbox, tmp_path, b"b" * 3000)
    seen: list[str | None] = []

    def spy(request: httpx.Request) -> httpx.Response:
        if request.method == "PATCH":
            seen.append(request.headers.get("Upload-Checksum"))
        return server(request)

    uploader(outbox, spy, chunk=1000).upload_all()
    assert seen == [None, None, None]
