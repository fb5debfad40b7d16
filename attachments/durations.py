"""How long each recording lasts, measured once from the stored file after upload.

The job queue's periodic `attachments.measure_durations` task (api/background.py)
takes the audio and video blobs not yet measured, unseals each into an anonymous
temporary file and reads its length with mutagen, which reads MP3, MP4/M4A/3GP (AAC
and ALAC), Ogg Vorbis and Opus, FLAC, WAV and ADTS AAC. A file it cannot read (AMR,
WebM, a damaged file, a destroyed key) is marked measured with no duration, so it
is not tried again; readers then see `duration_s: null`.
"""

from __future__ import annotations

import logging
from typing import IO, Any, Final

import mutagen
import sqlalchemy as sa
from sqlmodel import Session, col, select

from attachments.blobstore import BlobStore
from attachments.models import AttachmentBlob
from attachments.sealing import sealed_store

log = logging.getLogger("chasqui.attachments")

BATCH: Final = 50
PURGED: Final = ""  # retention deleted the file; its row stays (review/retention.py)


def duration_of(file: IO[bytes] | Any) -> float | None:
    """Seconds of a recording read from a seekable file, or None when unreadable."""
    try:
        found = mutagen.File(file)
    except Exception:  # mutagen raises many types on damaged or unknown files
        return None
    length = getattr(getattr(found, "info", None), "length", None)
    return round(float(length), 3) if isinstance(length, int | float) and length > 0 else None


def measure_durations(
    session: Session, *, blobs: BlobStore, secret: str, limit: int = BATCH
) -> int:
    """Measure up to `limit` recordings not measured yet; returns how many were looked at."""
    pending = session.exec(
        select(AttachmentBlob)
        .where(
            sa.not_(col(AttachmentBlob.is_measured)),
            AttachmentBlob.storage_key != PURGED,
            sa.or_(
                col(AttachmentBlob.content_type).startswith("audio/"),
                col(AttachmentBlob.content_type).startswith("video/"),
            ),
        )
        .order_by(col(AttachmentBlob.id))
        .limit(limit)
    ).all()
    stores: dict[int, BlobStore] = {}
    for blob in pending:
        if blob.study_id not in stores:
            stores[blob.study_id] = sealed_store(
                session, blobs=blobs, study_id=blob.study_id, secret=secret
            )
        try:
            reader = stores[blob.study_id].open(blob.storage_key)
        except Exception as exc:  # a missing file or a destroyed key: no duration
            log.warning("cannot open a recording to measure it: %s", type(exc).__name__)
            reader = None
        if reader is not None:
            try:
                blob.duration_s = duration_of(reader)
            finally:
                reader.close()
        blob.is_measured = True
        session.add(blob)
    session.commit()
    return len(pending)
