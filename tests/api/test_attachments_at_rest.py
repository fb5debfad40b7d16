"""Uploads at rest and in bulk: sealed from the first byte, purged when expired, quotas."""

from __future__ import annotations

import hashlib
import random

import pytest
from sqlmodel import select

from attachments.blobstore import LocalBlobStore
from attachments.models import AttachmentUpload
from attachments.sealing import sealed_store
from tests.api.test_attachments import create, make_tablet, offset_of, patch, patch_then_cut

# Random bytes: any 32-byte window of them found on disk can only be a leak.
RECORDING = random.Random(20261130).randbytes(700_000)


def _files(settings):
    return [p for p in settings.attachment_dir.rglob("*") if p.is_file()]


def _leaks(settings, content: bytes) -> list[str]:
    windows = [content[i : i + 32] for i in range(0, len(content) - 32, 4096)]
    return [
        str(path.relative_to(settings.attachment_dir))
        for path in _files(settings)
        if any(w in path.read_bytes() for w in windows)
    ]


async def test_no_plaintext_byte_of_an_upload_rests_on_disk(app, client, session, settings):
    _, _, headers = make_tablet(session)
    location = (await create(client, headers, RECORDING)).headers["Location"]
    await patch(client, headers, location, 0, RECORDING[:250_000])
    pieces = [RECORDING[250_000:300_000], RECORDING[300_000:400_000]]
    await patch_then_cut(app, headers, location, 250_000, pieces, declared=450_000)
    assert await offset_of(client, headers, location) == 400_000
    assert _files(settings), "the part file is on disk"
    assert _leaks(settings, RECORDING) == []
    done = await patch(client, headers, location, 400_000, RECORDING[400_000:])
    assert done.headers["Chasqui-Upload-Complete"] == "true"
    assert _leaks(settings, RECORDING) == []
    # what is stored is the study's sealed blob and nothing else (no part, no copy)
    stored = _files(settings)
    assert len(stored) == 1
    assert stored[0].is_relative_to(settings.attachment_dir / "blobs")
    session.commit()
    blobs = sealed_store(
        session,
        blobs=LocalBlobStore(settings.attachment_dir / "blobs"),
        study_id=session.exec(select(AttachmentUpload)).one().study_id,
        secret=settings.secret_key.get_secret_value(),
    )
    key = stored[0].relative_to(settings.attachment_dir / "blobs").as_posix()
    with blobs.open(key) as reader:
        assert hashlib.sha256(reader.read()).hexdigest() == hashlib.sha256(RECORDING).hexdigest()


async def test_a_tampered_part_is_discarded_not_stored(client, session, settings):
    _, _, headers = make_tablet(session)
    location = (await create(client, headers, RECORDING)).headers["Location"]
    await patch(client, headers, location, 0, RECORDING[:300_000])
    part = next((settings.attachment_dir / "parts").glob("*.part"))
    data = bytearray(part.read_bytes())
    data[-100] ^= 0x01
    part.write_bytes(bytes(data))
    done = await patch(client, headers, location, 300_000, RECORDING[300_000:])
    assert done.status_code == 460
    assert done.json()["code"] == "attachment.checksum_mismatch"
    assert (await client.head(location, headers=headers)).status_code == 404
    assert _files(settings) == []


async def test_expired_uploads_are_purged_when_another_upload_starts(client, session, settings):
    _, _, headers = make_tablet(session)
    stale = (await create(client, headers, RECORDING)).headers["Location"]
    await patch(client, headers, stale, 0, RECORDING[:1000])
    upload = session.exec(select(AttachmentUpload)).one()
    upload.expires_at = upload.created_at
    session.add(upload)
    session.commit()
    assert len(_files(settings)) == 1
    _, _, other_tablet = make_tablet(session)
    fresh = await create(client, other_tablet, RECORDING[:5000])
    assert fresh.status_code == 201
    session.expire_all()
    remaining = session.exec(select(AttachmentUpload)).all()
    assert [u.id.hex for u in remaining] == [fresh.headers["Location"].rsplit("/", 1)[1]]
    assert _files(settings) == []
    assert (await client.head(stale, headers=headers)).status_code == 404


async def test_a_tablet_may_hold_only_so_many_open_uploads(client, session, settings):
    settings.max_open_uploads_per_device = 2
    study, _, headers = make_tablet(session)
    for i in range(2):
        assert (await create(client, headers, RECORDING[i:])).status_code == 201
    third = await create(client, headers, RECORDING[5:])
    assert third.status_code == 429
    assert third.json()["code"] == "attachment.too_many_open_uploads"
    assert third.json()["max_open"] == 2
    assert third.headers["Tus-Resumable"] == "1.0.0"
    # another tablet has its own quota
    _, _, colleague = make_tablet(session, study)
    assert (await create(client, colleague, RECORDING[5:])).status_code == 201
    # finishing one frees a place
    first = session.exec(select(AttachmentUpload).order_by(AttachmentUpload.created_at)).first()
    assert first is not None
    location = f"/api/v1/attachments/{first.id.hex}"
    assert (await patch(client, headers, location, 0, RECORDING)).status_code == 204
    assert (await create(client, headers, RECORDING[5:])).status_code == 201


@pytest.mark.parametrize("born_complete", [False, True], ids=["open", "already-stored"])
async def test_open_upload_bytes_are_capped_per_tablet(client, session, settings, born_complete):
    settings.max_open_upload_bytes_per_device = 1_000_000
    _, _, headers = make_tablet(session)
    if born_complete:
        location = (await create(client, headers, RECORDING[:600_000])).headers["Location"]
        await patch(client, headers, location, 0, RECORDING[:600_000])
    else:
        assert (await create(client, headers, RECORDING[:600_000])).status_code == 201
    again = await create(client, headers, RECORDING[:600_000])
    if born_complete:
        # the study holds this file already: nothing opens, nothing counts
        assert again.status_code == 201
        assert again.headers["Chasqui-Upload-Complete"] == "true"
    else:
        assert again.status_code == 413
        assert again.json()["code"] == "attachment.open_bytes_exceeded"
