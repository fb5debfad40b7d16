"""A tus upload as the HTTP routes drive it: start, append a chunk, abandon.

A chunk is appended in three steps because the body streams in between: open the
part file (a short transaction, committed before the body arrives, so no SQLite
writer and no PostgreSQL connection waits on a slow link), receive the body into the
part file, then record the new offset, and on the last chunk reseal, verify and store
the file.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import NoReturn

from anyio.to_thread import run_sync
from sqlmodel import Session

from accounts.models import Device
from attachments import store, tus
from attachments.blobstore import BlobStore
from attachments.models import AttachmentUpload
from attachments.parts import (
    PartFile,
    Received,
    part_path,
    receive_chunk,
    remove_part,
    wait_for_appender,
)
from attachments.sealing import study_sealer
from privacy.crypto import DecryptionError

# Expired uploads purged per creation: bounded, so no tablet waits on a backlog.
PURGE_BATCH = 50


@dataclass(frozen=True, slots=True)
class Uploads:
    """Where parts and blobs go, the limits, and who to tell when a file is stored."""

    parts_dir: Path
    blobs: BlobStore
    expiry: timedelta
    max_size: int
    on_stored: Sequence[store.BlobStoredCallback]
    secret: str = field(repr=False)
    quota: store.UploadQuota


def start_upload(
    session: Session,
    uploads: Uploads,
    *,
    device: Device,
    length: str | None,
    metadata: str | None,
) -> AttachmentUpload:
    """Start an upload; if the study already holds this content it is born complete."""
    declared = tus.parse_declaration(length=length, metadata=metadata, max_size=uploads.max_size)
    # Expired uploads go whenever a new one comes, not only when cron runs the purge.
    store.purge_expired_uploads(session, parts_dir=uploads.parts_dir, limit=PURGE_BATCH)
    return store.create_upload(
        session, device=device, declared=declared, expiry=uploads.expiry, quota=uploads.quota
    )


def read_upload(
    session: Session, uploads: Uploads, *, upload_id: str, device: Device
) -> AttachmentUpload:
    """The upload once any request still appending to it (a cut one) has recorded its bytes."""
    upload = store.get_upload(session, upload_id=upload_id, device=device)
    if upload.completed_at is not None:
        return upload
    session.commit()  # a fresh snapshot after the wait (SQLite reads in a snapshot)
    wait_for_appender(part_path(uploads.parts_dir, upload.id.hex))
    return store.get_upload(session, upload_id=upload_id, device=device)


def terminate_upload(session: Session, uploads: Uploads, *, upload_id: str, device: Device) -> None:
    """Abandon an upload and free its part file; stored blobs are kept."""
    upload = store.get_upload(session, upload_id=upload_id, device=device, for_update=True)
    store.delete_upload(session, upload=upload, parts_dir=uploads.parts_dir)


async def append_chunk(
    session: Session,
    uploads: Uploads,
    *,
    upload_id: str,
    device: Device,
    start: int,
    checksum: bytes | None,
    body: AsyncIterator[bytes],
) -> AttachmentUpload:
    """Append `body` at `start`. A cut link keeps what arrived; the tablet resumes."""
    upload, part = await run_sync(
        lambda: _open_for_append(session, uploads, upload_id=upload_id, device=device, start=start)
    )
    if part is None:
        return upload
    try:
        received = await receive_chunk(
            body, part, start=start, room=upload.length - start, checksum=checksum
        )
        return await run_sync(
            lambda: _record_chunk(session, uploads, upload=upload, device=device, received=received)
        )
    finally:
        part.close()


def _open_for_append(
    session: Session, uploads: Uploads, *, upload_id: str, device: Device, start: int
) -> tuple[AttachmentUpload, PartFile | None]:
    upload = store.get_upload(session, upload_id=upload_id, device=device)
    if upload.completed_at is not None:
        if start != upload.offset:
            raise tus.OffsetMismatch("The upload is complete.", offset=upload.offset)
        return upload, None
    ring = study_sealer(session, study_id=device.study_id, secret=uploads.secret).ring
    # End the read before waiting for the lock: SQLite reads in a snapshot, and the
    # offset must be read again after the request holding the lock has recorded it.
    session.commit()
    part = PartFile(part_path(uploads.parts_dir, upload.id.hex), ring=ring, upload_id=upload.id.hex)
    try:
        # Read the offset again under the file lock: a PATCH that just finished moved it.
        session.refresh(upload)
        held = part.resumable(upload.offset)
        if held < upload.offset:
            # The part file lost bytes the database counted (disk trouble, a finished
            # file moved to storage whose commit then failed, or a destroyed key):
            # resume from what is there.
            store.record_offset(
                session, upload=upload, start=upload.offset, offset=held, expiry=uploads.expiry
            )
            session.commit()
        if start != upload.offset:
            raise tus.OffsetMismatch("Resume from the server's offset.", offset=upload.offset)
        # End the transaction before the body streams in: held open, it would block
        # every SQLite writer (and pin a PostgreSQL connection) for the whole upload.
        session.commit()
    except BaseException:
        part.close()
        raise
    return upload, part


def _record_chunk(
    session: Session,
    uploads: Uploads,
    *,
    upload: AttachmentUpload,
    device: Device,
    received: Received,
) -> AttachmentUpload:
    start = upload.offset
    if received.offset == start:
        return upload
    path = part_path(uploads.parts_dir, upload.id.hex)
    storage_key = None
    if received.offset == upload.length:
        # Reseal, hash and store before taking the row lock: seconds on 200 MB.
        sealer = study_sealer(session, study_id=device.study_id, secret=uploads.secret)
        try:
            sealed, sha256 = sealer.seal_part(path, upload_id=upload.id.hex)
        except DecryptionError:
            _discard(session, uploads, upload_id=upload.id.hex, device=device)
        if sha256 != upload.sha256:
            remove_part(sealed)
            _discard(session, uploads, upload_id=upload.id.hex, device=device)
        # The part is already sealed under the study key: store it as it is.
        storage_key = store.store_blob(uploads.blobs, upload=upload, src=sealed)
        remove_part(path)
    locked = store.get_upload(session, upload_id=upload.id.hex, device=device, for_update=True)
    store.record_offset(
        session, upload=locked, start=start, offset=received.offset, expiry=uploads.expiry
    )
    if storage_key is not None:
        store.complete_upload(
            session, upload=locked, storage_key=storage_key, on_stored=uploads.on_stored
        )
    return locked


def _discard(session: Session, uploads: Uploads, *, upload_id: str, device: Device) -> NoReturn:
    upload = store.get_upload(session, upload_id=upload_id, device=device, for_update=True)
    store.delete_upload(session, upload=upload, parts_dir=uploads.parts_dir)
    # Commit the discard before answering with a problem (problems roll back): the
    # tablet's HEAD must then find no upload and start a fresh one.
    session.commit()
    raise tus.ChecksumMismatch(
        "The file does not match its declared sha256; upload it again from the start."
    )
