"""Uploads and blobs in the database (flush, never commit), and the purge of stale parts.

Every lookup is scoped to the calling device: another tablet, in this study or any
other, gets the same "not found" as for an id that never existed.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Protocol

import sqlalchemy as sa
from sqlmodel import Session, col, select

from accounts.models import Device
from attachments.blobstore import BlobStore, blob_key
from attachments.models import AttachmentBlob, AttachmentUpload
from attachments.parts import part_path, remove_part
from attachments.tus import (
    OffsetMismatch,
    OpenBytesExceeded,
    TooManyOpenUploads,
    UploadDeclaration,
    UploadExpired,
    UploadNotFound,
)
from core.metadata import utcnow

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


@dataclass(frozen=True, slots=True)
class UploadQuota:
    """What one tablet may hold open at once: unfinished uploads, and their declared bytes."""

    max_open: int
    max_open_bytes: int


def check_quota(
    session: Session, *, device: Device, length: int, quota: UploadQuota, now: datetime
) -> None:
    """Refuse a new upload that would take the tablet past its quota of open uploads."""
    # Serialize this device's creations, so two at once cannot both slip under the limit.
    session.exec(select(Device.id).where(Device.id == device.id).with_for_update()).first()
    count, total = session.execute(
        select(sa.func.count(), sa.func.coalesce(sa.func.sum(AttachmentUpload.length), 0)).where(
            AttachmentUpload.device_id == device.id,
            col(AttachmentUpload.completed_at).is_(None),
            AttachmentUpload.expires_at > now,
        )
    ).one()
    if count >= quota.max_open:
        raise TooManyOpenUploads(
            f"This tablet has {quota.max_open} unfinished uploads: finish or delete one first.",
            max_open=quota.max_open,
        )
    if total + length > quota.max_open_bytes:
        raise OpenBytesExceeded(
            "This tablet's unfinished uploads would exceed "
            f"{quota.max_open_bytes} bytes: finish or delete one first.",
            max_open_bytes=quota.max_open_bytes,
        )


def create_upload(
    session: Session,
    *,
    device: Device,
    declared: UploadDeclaration,
    expiry: timedelta,
    quota: UploadQuota | None = None,
) -> AttachmentUpload:
    """A new upload; born complete when the study already holds the same content."""
    now = utcnow()
    blob = get_blob(session, study_id=device.study_id, sha256=declared.sha256)
    is_stored = blob is not None and blob.size == declared.length
    if quota is not None and not is_stored:
        check_quota(session, device=device, length=declared.length, quota=quota, now=now)
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
    if is_stored:
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


def purge_expired_uploads(
    session: Session, *, parts_dir: Path, now: datetime | None = None, limit: int | None = None
) -> int:
    """Delete incomplete uploads past their expiry and their part files; returns how many.

    Safe to run from several workers at once (each creation runs it, as does the CLI):
    rows go in one DELETE that re-checks expiry, and a part already gone is no error.
    """
    moment = now or utcnow()
    expired = sa.and_(
        col(AttachmentUpload.completed_at).is_(None), col(AttachmentUpload.expires_at) <= moment
    )
    query = select(AttachmentUpload.id).where(expired).order_by(col(AttachmentUpload.expires_at))
    ids = list(session.exec(query if limit is None else query.limit(limit)).all())
    purged = 0
    for i in range(0, len(ids), _IN_BATCH):
        chunk = ids[i : i + _IN_BATCH]
        result = session.execute(
            sa.delete(AttachmentUpload)
            .where(col(AttachmentUpload.id).in_(chunk), expired)
            .execution_options(synchronize_session=False)
        )
        purged += max(result.rowcount, 0)  # type: ignore[attr-defined]
        for upload_id in chunk:
            remove_part(part_path(parts_dir, upload_id.hex))
    session.flush()
    return purged


def storage_key_for(upload: AttachmentUpload) -> str:
    return blob_key(study_id=upload.study_id, sha256=upload.sha256)


def store_blob(blobs: BlobStore, *, upload: AttachmentUpload, src: Path) -> str:
    """Move a verified file (already sealed, when `blobs` is a raw store) into the store
    unless it is there already; `src` is consumed either way."""
    key = storage_key_for(upload)
    if blobs.exists(key):
        remove_part(src)
    else:
        blobs.put(key, src)
    return key
