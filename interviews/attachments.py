"""Opening an interview's recordings and photos, under the study's attachment policy.

A study names the roles that may open its files (`Study.attachment_readers`, admins by
default; enumerators never). Files are sealed under the study's attachment key and
opened as they stream; a file deleted under the retention rule is refused by code.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlmodel import Session

from accounts.keyrings import StudyKeyRings
from accounts.models import Role, Study
from attachments.blobstore import BlobReader, BlobStore
from attachments.models import AttachmentBlob
from attachments.sealing import sealed_store
from attachments.store import get_blob
from core.errors import DomainError, Forbidden, InvalidInput, NotFound
from review.retention import PURGED


class AttachmentPurged(DomainError):
    code = "attachment.purged"


@dataclass(frozen=True, slots=True)
class OpenedAttachment:
    """A stored file, opened for reading (decrypted as it is read); close `reader`."""

    blob: AttachmentBlob
    reader: BlobReader


def may_open_attachments(study: Study, role: Role | None, *, is_superuser: bool) -> bool:
    """Whether someone with `role` in `study` may open its recordings and photos."""
    return is_superuser or (role is not None and role.value in set(study.attachment_readers))


def open_attachment(
    rings: StudyKeyRings,
    *,
    study: Study,
    role: Role | None,
    is_superuser: bool,
    sha256: str,
    blobs: BlobStore,
) -> OpenedAttachment:
    """Open one of the study's files for a caller the study's policy allows."""
    if not may_open_attachments(study, role, is_superuser=is_superuser):
        readers = ", ".join(sorted(set(study.attachment_readers)))
        raise Forbidden("This study lets only " + readers + " open recordings.")
    assert study.id is not None
    session = rings.session
    blob = get_blob(session, study_id=study.id, sha256=sha256.lower())
    if blob is None:
        raise NotFound("No such attachment.")
    if blob.storage_key == PURGED:
        raise AttachmentPurged("This file was deleted under the study's retention rule.")
    store = sealed_store(session, blobs=blobs, study_id=study.id, secret=rings.secret)
    return OpenedAttachment(blob=blob, reader=store.open(blob.storage_key))


def set_attachment_readers(session: Session, *, study: Study, readers: Iterable[Role]) -> Study:
    """Choose the roles that may open the study's files: admins and/or supervisors."""
    chosen = set(readers)
    if Role.enumerator in chosen or not chosen:
        raise InvalidInput("Readers are admins and/or supervisors.")
    study.attachment_readers = sorted({r.value for r in chosen})
    session.add(study)
    return study
