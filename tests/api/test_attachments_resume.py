"""A recording over a link that keeps breaking: resume, race, dedupe, and who is told."""

from __future__ import annotations

import asyncio
import hashlib
import shutil
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from sqlmodel import select

from accounts.models import AuditEvent
from api.app import create_app
from api.db import Database, create_db_engine
from api.settings import Settings
from attachments.blobstore import LocalBlobStore
from attachments.models import AttachmentBlob, AttachmentUpload
from attachments.sealing import sealed_store
from tests.api.test_attachments import (
    AUDIO,
    OCTETS,
    chunk_checksum,
    create,
    make_tablet,
    offset_of,
    patch,
    patch_then_cut,
)
from tests.conftest import _engine_params, create_pg_database, drop_pg_database, migrate


def _status(sent) -> int:
    return next(m["status"] for m in sent if m["type"] == "http.response.start")


async def test_upload_cut_three_times_resumes_from_the_server_offset(
    app, client, session, settings
):
    _, _, headers = make_tablet(session)
    location = (await create(client, headers, AUDIO)).headers["Location"]
    offsets = []
    for _ in range(3):
        start = await offset_of(client, headers, location)
        pieces = [AUDIO[start + i * 50_000 : start + (i + 1) * 50_000] for i in range(3)]
        await patch_then_cut(app, headers, location, start, pieces, declared=len(AUDIO) - start)
        offsets.append(await offset_of(client, headers, location))
    # every byte that arrived before each cut was kept, and nothing more
    assert offsets == [150_000, 300_000, 450_000]
    last = await patch(client, headers, location, offsets[-1], AUDIO[offsets[-1] :])
    assert last.status_code == 204
    assert last.headers["Chasqui-Upload-Complete"] == "true"
    session.commit()
    blob = session.exec(select(AttachmentBlob)).one()
    assert blob.sha256 == hashlib.sha256(AUDIO).hexdigest()
    blobs = sealed_store(
        session,
        blobs=LocalBlobStore(settings.attachment_dir / "blobs"),
        study_id=blob.study_id,
        secret=settings.secret_key.get_secret_value(),
    )
    with blobs.open(blob.storage_key) as reader:
        assert reader.read() == AUDIO


async def test_cut_chunk_with_a_checksum_is_dropped_whole(app, client, session):
    _, _, headers = make_tablet(session)
    location = (await create(client, headers, AUDIO)).headers["Location"]
    promised = {**headers, "Upload-Checksum": chunk_checksum(AUDIO[:200_000])}
    await patch_then_cut(app, promised, location, 0, [AUDIO[:100_000]], declared=200_000)
    # half a chunk cannot be checked against the checksum of the whole one
    assert await offset_of(client, headers, location) == 0


@pytest.fixture(params=_engine_params())
def own_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A database whose sessions have connections of their own: two requests at once
    in one test must not share the one connection of the `db` fixture on PostgreSQL
    (their savepoints would interleave on it)."""
    if request.param == "sqlite":
        path = tmp_path / "chasqui.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        engine = create_db_engine(f"sqlite:///{path}")
        yield Database(engine)
        engine.dispose()
        return
    request.getfixturevalue("pg_url")  # skips, or fails under CI, without PostgreSQL
    url = create_pg_database("chasqui_upload_race")
    migrate(url)
    engine = create_db_engine(url)
    yield Database(engine)
    engine.dispose()
    drop_pg_database(url)


@pytest.fixture
async def own_client(settings: Settings, own_db: Database) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(
        app=create_app(settings, database=own_db), raise_app_exceptions=False
    )
    async with httpx.AsyncClient(transport=transport, base_url="http://chasqui.test") as c:
        yield c


async def test_two_patches_at_once_one_is_locked_out(own_client, own_db, settings):
    client = own_client
    with own_db.session() as session:
        _, _, headers = make_tablet(session)
    location = (await create(client, headers, AUDIO)).headers["Location"]
    release = asyncio.Event()

    async def slow_body():
        yield AUDIO[:100_000]
        await release.wait()
        yield AUDIO[100_000:200_000]

    first = asyncio.create_task(patch(client, headers, location, 0, slow_body()))
    part = settings.attachment_dir / "parts" / f"{location.rsplit('/', 1)[1]}.part"
    async with asyncio.timeout(10):  # the first PATCH holds the part file's lock
        while not part.exists():
            await asyncio.sleep(0.01)
    second = await patch(client, headers, location, 0, AUDIO[:100_000])
    assert second.status_code == 423
    assert second.json()["code"] == "attachment.upload_locked"
    release.set()
    assert (await first).status_code == 204
    assert await offset_of(client, headers, location) == 200_000


async def test_same_content_is_stored_once_and_the_second_upload_is_born_complete(
    client, session, settings
):
    study, _, headers = make_tablet(session)
    _, _, colleague = make_tablet(session, study)
    location = (await create(client, headers, AUDIO)).headers["Location"]
    await patch(client, headers, location, 0, AUDIO)
    again = await create(client, colleague, AUDIO)
    assert again.status_code == 201
    assert again.headers["Upload-Offset"] == str(len(AUDIO))
    assert again.headers["Chasqui-Upload-Complete"] == "true"
    head = await client.head(again.headers["Location"], headers=colleague)
    assert head.headers["Upload-Offset"] == head.headers["Upload-Length"]
    # a client that PATCHes anyway at the end is told the same, and sends nothing
    end = await patch(client, colleague, again.headers["Location"], len(AUDIO), b"")
    assert end.status_code == 204
    session.commit()
    assert len(session.exec(select(AttachmentBlob)).all()) == 1
    stored = [p for p in (settings.attachment_dir / "blobs").rglob("*") if p.is_file()]
    assert len(stored) == 1


async def test_another_study_stores_its_own_copy(client, session):
    _, _, headers = make_tablet(session)
    _, _, elsewhere = make_tablet(session)
    await patch(
        client, headers, (await create(client, headers, AUDIO)).headers["Location"], 0, AUDIO
    )
    other = await create(client, elsewhere, AUDIO)
    assert other.headers["Upload-Offset"] == "0"


async def test_blob_stored_callbacks_run_once_in_the_request_transaction(app, client, session):
    study, _, headers = make_tablet(session)
    calls = []

    def on_stored(db_session, *, study_id, sha256):
        calls.append((study_id, sha256))
        db_session.add(AuditEvent(action="test.blob_stored", study_id=study_id))

    app.state.on_blob_stored.append(on_stored)
    for tablet_headers in (headers, make_tablet(session, study)[2]):
        location = (await create(client, tablet_headers, AUDIO)).headers["Location"]
        await patch(client, tablet_headers, location, 0, AUDIO)
    assert calls == [(study.id, hashlib.sha256(AUDIO).hexdigest())]
    session.commit()
    events = session.exec(select(AuditEvent).where(AuditEvent.action == "test.blob_stored"))
    assert len(events.all()) == 1


async def test_chunked_body_without_content_length_streams_in(client, session):
    _, _, headers = make_tablet(session)
    location = (await create(client, headers, AUDIO)).headers["Location"]

    async def body():
        for i in range(0, len(AUDIO), 64_000):
            yield AUDIO[i : i + 64_000]

    response = await client.patch(
        location, content=body(), headers={**headers, **OCTETS, "Upload-Offset": "0"}
    )
    assert response.status_code == 204
    assert response.headers["Upload-Offset"] == str(len(AUDIO))


async def test_chunk_past_the_declared_length_is_refused(client, session):
    _, _, headers = make_tablet(session)
    location = (await create(client, headers, AUDIO[:1000])).headers["Location"]
    response = await patch(client, headers, location, 0, AUDIO[:2000])
    assert response.status_code == 413
    assert response.json()["code"] == "attachment.too_large"
    assert await offset_of(client, headers, location) == 0
    session.commit()
    assert session.exec(select(AttachmentUpload)).one().completed_at is None


async def test_expired_upload_is_gone(client, session):
    _, _, headers = make_tablet(session)
    location = (await create(client, headers, AUDIO)).headers["Location"]
    upload = session.exec(select(AttachmentUpload)).one()
    upload.expires_at = upload.created_at
    session.add(upload)
    session.commit()
    assert (await client.head(location, headers=headers)).status_code == 410
    response = await patch(client, headers, location, 0, AUDIO[:10])
    assert response.json()["code"] == "attachment.upload_expired"


async def test_cut_is_answered_without_blocking(app, session, client):
    _, _, headers = make_tablet(session)
    location = (await create(client, headers, AUDIO)).headers["Location"]
    sent = await patch_then_cut(app, headers, location, 0, [AUDIO[:10]], declared=len(AUDIO))
    assert _status(sent) == 204


async def test_lost_part_file_sends_the_tablet_back_to_what_is_really_there(
    client, session, settings
):
    _, _, headers = make_tablet(session)
    location = (await create(client, headers, AUDIO)).headers["Location"]
    await patch(client, headers, location, 0, AUDIO[:2000])
    await patch(client, headers, location, 2000, AUDIO[2000:5000])
    part = settings.attachment_dir / "parts" / f"{location.rsplit('/', 1)[1]}.part"
    with part.open("r+b") as handle:
        # the disk lost the end of the file: the second chunk's sealed record is torn
        handle.truncate(part.stat().st_size - 100)
    response = await patch(client, headers, location, 5000, AUDIO[5000:6000])
    assert response.status_code == 409
    assert response.json()["offset"] == 2000
    assert await offset_of(client, headers, location) == 2000
    assert (await patch(client, headers, location, 2000, AUDIO[2000:])).status_code == 204
