"""Attachments are encrypted at rest under the study's attachment key.

Interview audio and photos identify people by nature, so a blob is sealed before it
reaches the blob store (privacy/crypto.py: chunked envelope AES-256-GCM, a fresh data
key per file) and unsealed only for a reader the study allows. Destroying the study's
attachment keys makes every sealed file unreadable.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import BinaryIO, cast

from sqlmodel import Session

from accounts.keys import key_ring
from attachments.blobstore import BlobReader, BlobStore, SealedBlobStore, copy_blob
from attachments.parts import PartReader
from privacy import KeyRing
from privacy.crypto import (
    PREFIX_BYTES,
    DecryptionError,
    decrypt_stream,
    encrypt_stream,
    read_kek_id,
)


class StudySealer:
    def __init__(self, ring: KeyRing) -> None:
        self.ring = ring

    def seal(self, src: Path) -> Path:
        sealed = src.with_name(src.name + ".sealed")
        with src.open("rb") as plain, sealed.open("wb") as out:
            encrypt_stream(
                plain,
                out,
                kek=self.ring.current_key,
                kek_id=self.ring.current,
                data_key=os.urandom(32),
                nonce_prefix=os.urandom(PREFIX_BYTES),
            )
            out.flush()
            os.fsync(out.fileno())
        return sealed

    def seal_part(self, part: Path, *, upload_id: str) -> tuple[Path, str]:
        """Reseal a complete, sealed part file as a blob; returns it and the plaintext SHA-256.

        The plaintext only passes through memory, one record at a time. Raises
        DecryptionError if the part was tampered with.
        """
        sealed = part.with_name(part.name + ".sealed")
        reader = PartReader(part, ring=self.ring, upload_id=upload_id)
        try:
            with sealed.open("wb") as out:
                encrypt_stream(
                    cast(BinaryIO, reader),
                    out,
                    kek=self.ring.current_key,
                    kek_id=self.ring.current,
                    data_key=os.urandom(32),
                    nonce_prefix=os.urandom(PREFIX_BYTES),
                )
                out.flush()
                os.fsync(out.fileno())
        except BaseException:
            sealed.unlink(missing_ok=True)
            raise
        finally:
            reader.close()
        return sealed, reader.sha256.hexdigest()

    def unseal(self, sealed: BlobReader) -> BlobReader:
        # Decrypt into an anonymous temporary file: it has no name on disk and
        # vanishes when closed, so a reader never leaves plaintext behind.
        # S3 bodies cannot seek, so the sealed bytes are copied to a local file first.
        with tempfile.TemporaryFile() as local:
            try:
                copy_blob(sealed, local)
            finally:
                sealed.close()
            local.seek(0)
            kek_id = read_kek_id(local)
            if kek_id not in self.ring.keys:
                raise DecryptionError("the key this file was sealed with was destroyed")
            spool: BinaryIO = tempfile.TemporaryFile()  # noqa: SIM115 - the caller closes it
            decrypt_stream(local, spool, kek=self.ring.keys[kek_id])
        spool.seek(0)
        return spool


def study_sealer(session: Session, *, study_id: int, secret: str) -> StudySealer:
    """The sealer for one study's attachments (creates its first key on first use)."""
    return StudySealer(key_ring(session, study_id=study_id, purpose="attachment", secret=secret))


def sealed_store(session: Session, *, blobs: BlobStore, study_id: int, secret: str) -> BlobStore:
    """The blob store as one study sees it: sealing on put, unsealing on open."""
    ring = key_ring(session, study_id=study_id, purpose="attachment", secret=secret)
    return SealedBlobStore(blobs, StudySealer(ring))
