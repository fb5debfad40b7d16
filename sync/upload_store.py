"""Uploads and blobs in the database (flush, never commit), and the purge of stale parts.

Every lookup is scoped to the calling device: another tablet, in this study or any
other, gets the same "not found" as for an id that never existed.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Protocol

import sqlalchemy as sa
from sqlmodel import Session, col, select

from accounts.models import Device
from core.metadata import utcnow
from sync.blobstore import BlobStore, blob_key
from sync.tus import OffsetMismatch, UploadDeclaration, UploadExpired, UploadNotFound
from sync.upload_models import AttachmentBlob, AttachmentUpload
from sync.upload_parts import part_path, remove_part

# SQLite allows 32766 bound parameters; stay far below on every engine.
_IN_BATCH = 500


class BlobStoredCallback(Protocol):
    def __call__(self, session: Session, *, study_id: int, sha256: str) -> None:
        """React, inside the same transaction, to a blob newly stored for a study."""


def get_blob(session: Session, *, study_id: int, sha256: str) -> AttachmentBlob | None:
    return session.exec(
        select(AttachmentBlob).where(
            AttachmentBlob.study_id == study_id, AttachmentBlob.sha256 == sha256
        )
    ).first()


def stored_hashes(session: Session, *, study_id: int, sha256s: Iterable[str]) -> set[str]:
    """Which of `sha256s` (lowercase hex) the study already holds, verified and stored."""
    wanted = sorted({s.lower() for s in sha256s})
    found: set[str] = set()
    for i in range(0, len(wanted), _IN_BATCH):
        found.update(
            session.exec(
                select(AttachmentBlob.sha256).where(
                    AttachmentBlob.study_id == study_id,
                    col(AttachmentBlob.sha256).in_(wanted[i : i + _IN_BATCH]),
                )
            ).all()
        )
    return found


def create_upload(
    session: Session, *, device: Device, declared: UploadDeclaration, expiry: timedelta
) -> AttachmentUpload:
    """A new upload; born complete when the study already holds the same content."""
    now = utcnow()
    upload = AttachmentUpload(
        study_id=device.study_id,
        device_id=device.id,
        sha256=declared.sha256,
        content_type=declared.content_type,
        length=declared.length,
        created_at=now,
        updated_at=now,
        expires_at=now + expiry,
    )
    blob = get_blob(session, study_id=device.study_id, sha256=declared.sha256)
    if blob is not None and blob.size == declared.length:
        upload.offset = upload.length
        upload.completed_at = now
    session.add(upload)
    session.flush()
    return upload


def get_upload(
    session: Session, *, upload_id: str, device: Device, for_update: bool = False
) -> AttachmentUpload:
    """The device's own upload; expired ones answer 410 until the purge removes them."""
    try:
        key = uuid.UUID(upload_id)
    except ValueError:
        raise UploadNotFound("No such upload.") from None
    query = select(AttachmentUpload).where(
        AttachmentUpload.id == key, AttachmentUpload.device_id == device.id
    )
    if for_update:
        # PostgreSQL: concurrent requests on this upload queue here. SQLite ignores
        # FOR UPDATE; its writers are already serialized by BEGIN IMMEDIATE.
        query = query.with_for_update()
    upload = session.exec(query.execution_options(populate_existing=True)).first()
    if upload is None or upload.study_id != device.study_id:
        raise UploadNotFound("No such upload.")
    if upload.completed_at is None and upload.expires_at <= utcnow():
        raise UploadExpired("This upload expired; create a new one.")
    return upload


def record_offset(
    session: Session, *, upload: AttachmentUpload, start: int, offset: int, expiry: timedelta
) -> None:
    """Persist an fsync'd offset; activity keeps a slow upload alive (sliding expiry)."""
    if upload.offset != start:
        raise OffsetMismatch("The upload moved on meanwhile.", offset=upload.offset)
    now = utcnow()
    upload.offset = offset
    upload.updated_at = now
    upload.expires_at = now + expiry
    session.add(upload)
    session.flush()


def complete_upload(
    session: Session,
    *,
    upload: AttachmentUpload,
    storage_key: str,
    on_stored: Sequence[BlobStoredCallback],
) -> bool:
    """Mark the upload complete and record its blob once; True if the blob is new."""
    upload.completed_at = utcnow()
    session.add(upload)
    session.flush()
    if get_blob(session, study_id=upload.study_id, sha256=upload.sha256) is not None:
        return False
    try:
        with session.begin_nested():
            session.add(
                AttachmentBlob(
                    study_id=upload.study_id,
                    sha256=upload.sha256,
                    size=upload.length,
                    content_type=upload.content_type,
                    storage_key=storage_key,
                    first_device_id=upload.device_id,
                )
            )
    except sa.exc.IntegrityError:
        return False  # another upload of the same content finished first
    for callback in on_stored:
        callback(session, study_id=upload.study_id, sha256=upload.sha256)
    return True


def delete_upload(session: Session, *, upload: AttachmentUpload, parts_dir: Path) -> None:
    """Forget an upload and its part file; a stored blob stays (submissions cite it)."""
    session.delete(upload)
    session.flush()
    remove_part(part_path(parts_dir, upload.id.hex))


def purge_expired_uploads(session: Session, *, parts_dir: Path, now: datetime | None = None) -> int:
    """Delete incomplete uploads past their expiry and their part files; returns how many."""
    expired = session.exec(
        select(AttachmentUpload).where(
            col(AttachmentUpload.completed_at).is_(None),
            AttachmentUpload.expires_at <= (now or utcnow()),
        )
    ).all()
    for upload in expired:
        delete_upload(session, upload=upload, parts_dir=parts_dir)
    return len(expired)


def storage_key_for(upload: AttachmentUpload) -> str:
    return blob_key(study_id=upload.study_id, sha256=upload.sha256)


def store_blob(blobs: BlobStore, *, upload: AttachmentUpload, src: Path) -> str:
    """Move a verified part file into the store unless it is there already."""
    key = storage_key_for(upload)
    if blobs.exists(key):
        remove_part(src)
    else:
        blobs.put(key, src)
    return key
