"""Consent withdrawal: erase an interview for real and leave only a tombstone.

Content, every revision, conflicts, quarantined copies, feed entries that carried its
answers, and attachments no other interview uses are deleted. The tombstone keeps the
instance id and content hashes, so a tablet that was offline and pushes the same
interview later is refused (`withdrawn`), and the feed tells every tablet to delete it.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from sqlmodel import Session, col, select

from attachments.blobstore import BlobStore, blob_key
from attachments.models import AttachmentBlob
from core.errors import NotFound
from feed.models import FeedEntry
from feed.store import Change, emit
from sync.models import QuarantineItem, Submission, SubmissionRevision, Tombstone


def submissions_of_person(
    session: Session, *, study_id: int, pseudonyms: Sequence[str]
) -> list[Submission]:
    """Every submission that carries one of a person's pseudonyms (under any live key)."""
    wanted = set(pseudonyms)
    rows = session.exec(select(Submission).where(Submission.study_id == study_id)).all()
    return [row for row in rows if wanted & set(row.respondent_pseudonyms)]


def withdraw(session: Session, *, study_id: int, instance_id: str, blobs: BlobStore) -> Tombstone:
    """Erase one interview; idempotent for an interview already withdrawn."""
    existing = session.exec(
        select(Tombstone).where(
            Tombstone.study_id == study_id, Tombstone.instance_id == instance_id
        )
    ).first()
    submission = session.exec(
        select(Submission).where(
            Submission.study_id == study_id, Submission.instance_id == instance_id
        )
    ).first()
    quarantined = session.exec(
        select(QuarantineItem).where(
            QuarantineItem.study_id == study_id, QuarantineItem.instance_id == instance_id
        )
    ).all()
    if submission is None and not quarantined:
        if existing is not None:
            return existing
        raise NotFound("No interview with this instance id.")
    hashes = {q.content_hash for q in quarantined}
    owners = {q.enumerator_id for q in quarantined}
    if submission is not None:
        hashes |= set(
            session.exec(
                select(SubmissionRevision.content_hash).where(
                    SubmissionRevision.submission_pk == submission.id
                )
            )
        )
        owners.add(submission.enumerator_id)
        _erase_attachments(session, study_id=study_id, submission=submission, blobs=blobs)
        session.execute(sa.delete(Submission).where(col(Submission.id) == submission.id))
    session.execute(
        sa.delete(QuarantineItem).where(
            col(QuarantineItem.study_id) == study_id, col(QuarantineItem.instance_id) == instance_id
        )
    )
    session.execute(
        sa.delete(FeedEntry).where(
            col(FeedEntry.study_id) == study_id, col(FeedEntry.ref) == instance_id
        )
    )
    tombstone = existing or Tombstone(study_id=study_id, instance_id=instance_id)
    tombstone.content_hashes = sorted(hashes | set(tombstone.content_hashes))
    session.add(tombstone)
    emit(
        session,
        study_id=study_id,
        changes=[Change("tombstone", instance_id, {"instance_id": instance_id}, sorted(owners))],
    )
    session.flush()
    return tombstone


def _erase_attachments(
    session: Session, *, study_id: int, submission: Submission, blobs: BlobStore
) -> None:
    mine = set(submission.attachments)
    if not mine:
        return
    others = session.exec(
        select(Submission.attachments).where(
            Submission.study_id == study_id, Submission.id != submission.id
        )
    ).all()
    shared = {sha for attachments in others for sha in attachments}
    for sha256 in sorted(mine - shared):
        blobs.delete(blob_key(study_id=study_id, sha256=sha256))
        session.execute(
            sa.delete(AttachmentBlob).where(
                col(AttachmentBlob.study_id) == study_id, col(AttachmentBlob.sha256) == sha256
            )
        )
