"""Retention: delete interview recordings and photos once the study no longer needs them.

A rule names a content type prefix (``audio/``) and when its files go: once every
interview that uses them is approved (the transcript is done), and/or once they are
older than some days. The file is deleted from the blob store; its row stays with an
empty storage key, so a tablet that lists the file again is not asked to upload it,
and a reader gets "purged" instead of a missing file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from attachments.blobstore import BlobStore
from attachments.models import AttachmentBlob
from review.models import ReviewState, SubmissionReview
from sync.models import Submission

PURGED = ""


@dataclass(frozen=True, slots=True)
class RetentionRule:
    content_prefix: str = "audio/"
    when_approved: bool = True
    older_than: timedelta | None = None


def _approved_hashes(session: Session, *, study_id: int) -> tuple[set[str], set[str]]:
    """Hashes used by approved interviews, and hashes used by any other interview."""
    rows = session.exec(
        select(Submission.attachments, SubmissionReview.state)
        .join(
            SubmissionReview,
            col(SubmissionReview.submission_pk) == col(Submission.id),
            isouter=True,
        )
        .where(Submission.study_id == study_id)
    ).all()
    approved: set[str] = set()
    pending: set[str] = set()
    for attachments, state in rows:
        (approved if state == ReviewState.approved else pending).update(attachments)
    return approved, pending


def purge_attachments(
    session: Session, *, study_id: int, blobs: BlobStore, rule: RetentionRule, now: datetime
) -> int:
    """Apply one rule to a study; returns how many files were deleted."""
    candidates = session.exec(
        select(AttachmentBlob).where(
            AttachmentBlob.study_id == study_id,
            col(AttachmentBlob.content_type).startswith(rule.content_prefix),
            AttachmentBlob.storage_key != PURGED,
        )
    ).all()
    approved, pending = (
        _approved_hashes(session, study_id=study_id) if rule.when_approved else (set(), set())
    )
    purged = 0
    for blob in candidates:
        if rule.when_approved and (blob.sha256 not in approved or blob.sha256 in pending):
            continue
        if rule.older_than is not None and blob.stored_at > now - rule.older_than:
            continue
        blobs.delete(blob.storage_key)
        blob.storage_key = PURGED
        session.add(blob)
        purged += 1
    session.flush()
    return purged
