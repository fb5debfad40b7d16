"""The tus protocol as a tablet sees it: creation, HEAD, PATCH, checksums, termination.

The helpers at the top are a minimal tus client; test_attachments_resume.py reuses them.
"""

from __future__ import annotations

import base64
import hashlib
from contextlib import nullcontext
from typing import Any

import pytest
import sqlalchemy as sa
from sqlmodel import select

import api.models  # noqa: F401
from accounts import store as account_store
from accounts.models import Device, Role
from attachments.blobstore import LocalBlobStore
from attachments.models import AttachmentBlob, AttachmentUpload
from attachments.sealing import sealed_store
from attachments.store import stored_hashes
from core.metadata import metadata as metadata_
from privacy.crypto import MAGIC
from tests.factories import auth, make_device, make_member, make_study

TUS = {"Tus-Resumable": "1.0.0"}
OCTETS = {"Content-Type": "application/offset+octet-stream"}
ENDPOINT = "/api/v1/attachments/"


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def metadata(content: bytes, *, content_type: str = "audio/mp4", **extra: str) -> str:
    pairs = {"sha256": hashlib.sha256(content).hexdigest(), "content_type": content_type, **extra}
    return ",".join(f"{k} {b64(v)}" for k, v in pairs.items())


def chunk_checksum(data: bytes) -> str:
    return "sha256 " + base64.b64encode(hashlib.sha256(data).digest()).decode()


def make_tablet(session, study=None):
    study = study or make_study(session)
    enumerator = make_member(session, study, Role.enumerator)
    device, token = make_device(session, study, enumerator)
    session.commit()
    return study, device, {**auth(token), **TUS}


async def create(client, headers, content: bytes, **extra: str):
    return await client.post(
        ENDPOINT,
        headers={
            **headers,
            "Upload-Length": str(len(content)),
            "Upload-Metadata": metadata(content, **extra),
        },
    )


async def patch(client, headers, location: str, offset: int, data: bytes, **more: str):
    return await client.patch(
        location, content=data, headers={**headers, **OCTETS, "Upload-Offset": str(offset), **more}
    )


async def offset_of(client, headers, location: str) -> int:
    response = await client.head(location, headers=headers)
    assert response.status_code == 200, response.status_code
    return int(response.headers["Upload-Offset"])


async def patch_then_cut(
    app, headers: dict[str, str], location: str, offset: int, pieces: list[bytes], declared: int
) -> list[dict[str, Any]]:
    """Send `pieces` of a PATCH body that claims `declared` bytes, then drop the link.

    Drives the ASGI app directly, because a dropped TCP connection reaches the app as
    uvicorn's `http.disconnect` message, which httpx's ASGI transport cannot send.
    """
    messages: list[dict[str, Any]] = [
        {"type": "http.request", "body": p, "more_body": True} for p in pieces
    ]
    sent: list[dict[str, Any]] = []
    all_headers = {
        **headers,
        **OCTETS,
        "Upload-Offset": str(offset),
        "Content-Length": str(declared),
        "Host": "chasqui.test",
    }
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "PATCH",
        "scheme": "http",
        "path": location,
        "raw_path": location.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(k.lower().encode(), v.encode()) for k, v in all_headers.items()],
        "client": ("127.0.0.1", 40000),
        "server": ("chasqui.test", 80),
    }

    async def receive() -> dict[str, Any]:
        return messages.pop(0) if messages else {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    await app(scope, receive, send)
    return sent


AUDIO = bytes(range(256)) * 4096  # 1 MiB, every byte value


async def test_options_describes_the_tus_server(client, settings):
    response = await client.options(ENDPOINT)
    assert response.status_code == 204
    assert response.headers["Tus-Version"] == "1.0.0"
    assert response.headers["Tus-Resumable"] == "1.0.0"
    assert set(response.headers["Tus-Extension"].split(",")) == {
        "creation",
        "checksum",
        "termination",
        "expiration",
    }
    assert response.headers["Tus-Max-Size"] == str(settings.max_upload_bytes)
    assert response.headers["Tus-Checksum-Algorithm"] == "sha256"


async def test_upload_in_two_chunks_is_verified_and_stored(client, session, settings):
    study, _, headers = make_tablet(session)
    created = await create(client, headers, AUDIO)
    assert created.status_code == 201
    assert created.headers["Tus-Resumable"] == "1.0.0"
    assert created.headers["Upload-Offset"] == "0"
    assert "Upload-Expires" in created.headers
    location = created.headers["Location"]
    assert location.startswith(ENDPOINT)
    head = await client.head(location, headers=headers)
    assert head.headers["Cache-Control"] == "no-store"
    assert (head.headers["Upload-Offset"], head.headers["Upload-Length"]) == ("0", str(len(AUDIO)))
    first = await patch(client, headers, location, 0, AUDIO[:300_000])
    assert first.status_code == 204
    assert first.headers["Upload-Offset"] == "300000"
    assert await offset_of(client, headers, location) == 300_000
    last = await patch(client, headers, location, 300_000, AUDIO[300_000:])
    assert last.status_code == 204
    assert last.headers["Upload-Offset"] == str(len(AUDIO))
    assert last.headers["Chasqui-Upload-Complete"] == "true"
    digest = hashlib.sha256(AUDIO).hexdigest()
    session.commit()
    assert stored_hashes(session, study_id=study.id, sha256s=[digest, "0" * 64]) == {digest}
    blob = session.exec(select(AttachmentBlob)).one()
    assert (blob.size, blob.content_type) == (len(AUDIO), "audio/mp4")
    stored = (settings.attachment_dir / "blobs" / blob.storage_key).read_bytes()
    # Encrypted at rest: the recording's bytes are nowhere in the stored file.
    assert stored.startswith(MAGIC)
    assert AUDIO[1000:1064] not in stored
    blobs = sealed_store(
        session,
        blobs=LocalBlobStore(settings.attachment_dir / "blobs"),
        study_id=study.id,
        secret=settings.secret_key.get_secret_value(),
    )
    with blobs.open(blob.storage_key) as reader:
        assert reader.read() == AUDIO
    assert list((settings.attachment_dir / "parts").iterdir()) == []


async def test_wrong_offset_is_a_conflict(client, session):
    _, _, headers = make_tablet(session)
    location = (await create(client, headers, AUDIO)).headers["Location"]
    await patch(client, headers, location, 0, AUDIO[:1000])
    response = await patch(client, headers, location, 0, AUDIO[:1000])
    assert response.status_code == 409
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["Tus-Resumable"] == "1.0.0"
    assert response.json()["code"] == "attachment.offset_mismatch"
    assert response.json()["offset"] == 1000


async def test_chunk_checksum_mismatch_is_460_and_keeps_the_offset(client, session):
    _, _, headers = make_tablet(session)
    location = (await create(client, headers, AUDIO)).headers["Location"]
    await patch(client, headers, location, 0, AUDIO[:1000])
    bad = await patch(
        client,
        headers,
        location,
        1000,
        AUDIO[1000:5000],
        **{"Upload-Checksum": chunk_checksum(b"something else")},
    )
    assert bad.status_code == 460
    assert bad.json()["code"] == "attachment.chunk_checksum_mismatch"
    assert await offset_of(client, headers, location) == 1000
    good = await patch(
        client,
        headers,
        location,
        1000,
        AUDIO[1000:5000],
        **{"Upload-Checksum": chunk_checksum(AUDIO[1000:5000])},
    )
    assert good.status_code == 204
    assert good.headers["Upload-Offset"] == "5000"


async def test_file_that_does_not_match_its_sha256_is_discarded(client, session, settings):
    _, _, headers = make_tablet(session)
    created = await client.post(
        ENDPOINT,
        headers={
            **headers,
            "Upload-Length": str(len(AUDIO)),
            "Upload-Metadata": metadata(b"the recording the tablet meant"),
        },
    )
    location = created.headers["Location"]
    response = await patch(client, headers, location, 0, AUDIO)
    assert response.status_code == 460
    assert response.json()["code"] == "attachment.checksum_mismatch"
    assert (await client.head(location, headers=headers)).status_code == 404
    session.commit()
    assert session.exec(select(AttachmentBlob)).all() == []
    assert session.exec(select(AttachmentUpload)).all() == []
    assert not any(p.is_file() for p in settings.attachment_dir.rglob("*"))


async def test_terminated_upload_is_gone(client, session, settings):
    _, _, headers = make_tablet(session)
    location = (await create(client, headers, AUDIO)).headers["Location"]
    await patch(client, headers, location, 0, AUDIO[:1000])
    deleted = await client.delete(location, headers=headers)
    assert deleted.status_code == 204
    assert deleted.headers["Tus-Resumable"] == "1.0.0"
    assert (await client.head(location, headers=headers)).status_code == 404
    assert list((settings.attachment_dir / "parts").iterdir()) == []


async def test_another_studys_tablet_cannot_see_or_append(client, session):
    _, _, headers = make_tablet(session)
    _, _, stranger = make_tablet(session)
    location = (await create(client, headers, AUDIO)).headers["Location"]
    assert (await client.head(location, headers=stranger)).status_code == 404  # HEAD: no body
    for response in (
        await patch(client, stranger, location, 0, AUDIO[:10]),
        await client.delete(location, headers=stranger),
    ):
        assert response.status_code == 404
        assert response.json()["code"] == "attachment.not_found"
    assert await offset_of(client, headers, location) == 0


async def test_revoked_tablet_is_unauthenticated(client, session):
    _, device, headers = make_tablet(session)
    location = (await create(client, headers, AUDIO)).headers["Location"]
    account_store.revoke_device(session, device=session.get(Device, device.id))
    session.commit()
    response = await client.head(location, headers=headers)
    assert response.status_code == 401
    assert response.headers["Tus-Resumable"] == "1.0.0"


@pytest.mark.parametrize(
    ("headers", "status", "code"),
    [
        ({"Tus-Resumable": "0.2.2"}, 412, "attachment.unsupported_version"),
        ({"Upload-Length": "0"}, 400, "attachment.invalid_request"),
        ({"Upload-Length": str(1 << 40)}, 413, "attachment.too_large"),
        (
            {"Upload-Metadata": f"content_type {b64('audio/mp4')}"},
            400,
            "attachment.invalid_request",
        ),
        (
            {"Upload-Metadata": metadata(AUDIO, content_type="text/html")},
            415,
            "attachment.content_type_not_allowed",
        ),
        (
            {"Upload-Metadata": metadata(AUDIO, content_type="image/svg+xml")},
            415,
            "attachment.content_type_not_allowed",
        ),
        # Latin-1 on the wire: "1²", which str.isdigit() accepts and int() refuses.
        ({"Upload-Length": b"1\xb2"}, 400, "attachment.invalid_header"),
        ({"Upload-Length": str(1 << 63)}, 400, "attachment.invalid_header"),
    ],
    ids=[
        "old-tus",
        "empty",
        "over-max-size",
        "no-sha256",
        "not-media",
        "svg",
        "unicode-digit",
        "past-bigint",
    ],
)
async def test_bad_creation_requests_get_problems(client, session, headers, status, code):
    _, _, base = make_tablet(session)
    sent = {**base, "Upload-Length": str(len(AUDIO)), "Upload-Metadata": metadata(AUDIO), **headers}
    response = await client.post(ENDPOINT, headers=sent)
    assert response.status_code == status
    assert response.json()["code"] == code
    assert response.headers["Tus-Resumable"] == "1.0.0"
    if status == 412:
        assert response.headers["Tus-Version"] == "1.0.0"


@pytest.mark.parametrize("offset", [b"\xb2", b"1\xb9", str(1 << 64).encode()])
async def test_unicode_digits_or_huge_offsets_are_a_clean_400(client, session, offset):
    _, _, headers = make_tablet(session)
    location = (await create(client, headers, AUDIO)).headers["Location"]
    response = await client.patch(
        location, content=b"x", headers={**headers, **OCTETS, "Upload-Offset": offset}
    )
    assert response.status_code == 400
    assert response.json()["code"] == "attachment.invalid_header"
    assert response.json()["header"] == "Upload-Offset"


async def test_patch_must_be_offset_octet_stream(client, session):
    _, _, headers = make_tablet(session)
    location = (await create(client, headers, AUDIO)).headers["Location"]
    response = await client.patch(
        location,
        content=b"",
        headers={**headers, "Upload-Offset": "0", "Content-Type": "text/plain"},
    )
    assert response.status_code == 415


async def test_no_filename_reaches_the_database(client, session, db):
    _, _, headers = make_tablet(session)
    created = await create(client, headers, AUDIO, filename="entrevista_rosa_quispe.m4a")
    await patch(client, headers, created.headers["Location"], 0, AUDIO)
    session.commit()
    with (
        db.engine.connect()
        if db.engine.dialect.name == "sqlite"
        else nullcontext(session.connection()) as connection
    ):
        dump = [
            str(tuple(row))
            for table in metadata_.sorted_tables
            for row in connection.execute(sa.select(table))
        ]
    assert dump  # the scan saw the upload and blob rows
    text = "\n".join(dump).lower()
    for needle in ("rosa", "quispe", "entrevista", b64("entrevista_rosa_quispe.m4a").lower()):
        assert needle not in text
