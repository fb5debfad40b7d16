"""Upload rows on real databases: expiry and purge, and which hashes a study holds."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from attachments.models import AttachmentBlob, AttachmentUpload
from attachments.parts import part_path
from attachments.store import create_upload, purge_expired_uploads, stored_hashes
from attachments.tus import UploadDeclaration
from core.metadata import utcnow
from tests.api.test_attachments import make_tablet


def _declared(sha: str, length: int = 10) -> UploadDeclaration:
    return UploadDeclaration(length=length, sha256=sha, content_type="audio/mp4")


def test_expired_uploads_and_their_parts_are_purged(session, tmp_path):
    _, device, _ = make_tablet(session)
    stale = create_upload(
        session, device=device, declared=_declared("a" * 64), expiry=timedelta(hours=-1)
    )
    fresh = create_upload(
        session, device=device, declared=_declared("b" * 64), expiry=timedelta(hours=72)
    )
    for upload in (stale, fresh):
        part_path(tmp_path, upload.id.hex).write_bytes(b"12345")
    assert purge_expired_uploads(session, parts_dir=tmp_path) == 1
    session.commit()
    assert [u.id for u in session.exec(select(AttachmentUpload)).all()] == [fresh.id]
    assert not part_path(tmp_path, stale.id.hex).exists()
    assert part_path(tmp_path, fresh.id.hex).exists()
    later = utcnow() + timedelta(hours=73)
    assert purge_expired_uploads(session, parts_dir=tmp_path, now=later) == 1


def test_completed_uploads_are_not_purged(session, tmp_path):
    study, device, _ = make_tablet(session)
    session.add(
        AttachmentBlob(
            study_id=study.id, sha256="c" * 64, size=10, content_type="audio/mp4", storage_key="k"
        )
    )
    done = create_upload(
        session, device=device, declared=_declared("c" * 64), expiry=timedelta(hours=-1)
    )
    assert done.completed_at is not None  # the study already held it
    assert purge_expired_uploads(session, parts_dir=tmp_path) == 0


def test_stored_hashes_answers_per_study_in_batches(session):
    study, _, _ = make_tablet(session)
    other, _, _ = make_tablet(session)
    held = [f"{i:064x}" for i in range(700)]  # more than one IN batch
    for sha in held:
        session.add(
            AttachmentBlob(
                study_id=study.id, sha256=sha, size=1, content_type="image/jpeg", storage_key=sha
            )
        )
    session.flush()
    asked = [*held, "f" * 64, held[0].upper()]
    assert stored_hashes(session, study_id=study.id, sha256s=asked) == set(held)
    assert stored_hashes(session, study_id=other.id, sha256s=asked) == set()
    assert stored_hashes(session, study_id=study.id, sha256s=[]) == set()


def test_purge_takes_a_bounded_batch_oldest_first(session, tmp_path):
    _, device, _ = make_tablet(session)
    uploads = [
        create_upload(
            session, device=device, declared=_declared("a" * 64), expiry=timedelta(hours=-h)
        )
        for h in (1, 3, 2)
    ]
    assert purge_expired_uploads(session, parts_dir=tmp_path, limit=2) == 2
    left = session.exec(select(AttachmentUpload)).all()
    assert [u.id for u in left] == [uploads[0].id]
    assert purge_expired_uploads(session, parts_dir=tmp_path) == 1
