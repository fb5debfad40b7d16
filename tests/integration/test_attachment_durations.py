"""Recording durations: measured once from the sealed file, null when unreadable."""

from __future__ import annotations

import hashlib
import os
import wave
from pathlib import Path

from sqlmodel import Session, select

from attachments.blobstore import LocalBlobStore, blob_key
from attachments.durations import measure_durations
from attachments.models import AttachmentBlob
from attachments.sealing import sealed_store
from tests.factories import make_study

SECRET = "test-secret-key-test-secret-key-0123"


def _wav(path: Path, seconds: float) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"\0\0" * int(8000 * seconds))


def _store(session: Session, blobs: LocalBlobStore, study_id: int, path: Path, kind: str) -> str:
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    key = blob_key(study_id=study_id, sha256=sha)
    size = path.stat().st_size
    sealed_store(session, blobs=blobs, study_id=study_id, secret=SECRET).put(key, path)
    session.add(
        AttachmentBlob(study_id=study_id, sha256=sha, size=size, content_type=kind, storage_key=key)
    )
    session.flush()
    return sha


def test_recordings_are_measured_once_and_unreadable_ones_stay_null(
    session: Session, tmp_path: Path
):
    study = make_study(session)
    assert study.id is not None
    blobs = LocalBlobStore(tmp_path / "blobs")
    _wav(tmp_path / "a.wav", 1.5)
    (tmp_path / "b.amr").write_bytes(b"#!AMR\n" + os.urandom(64))
    (tmp_path / "c.png").write_bytes(b"\x89PNG" + os.urandom(64))
    wav = _store(session, blobs, study.id, tmp_path / "a.wav", "audio/wav")
    amr = _store(session, blobs, study.id, tmp_path / "b.amr", "audio/amr")
    png = _store(session, blobs, study.id, tmp_path / "c.png", "image/png")
    session.commit()

    assert measure_durations(session, blobs=blobs, secret=SECRET) == 2
    assert measure_durations(session, blobs=blobs, secret=SECRET) == 0  # once
    rows = session.exec(select(AttachmentBlob).where(AttachmentBlob.study_id == study.id))
    found = {b.sha256: b for b in rows}
    assert (found[wav].duration_s, found[wav].is_measured) == (1.5, True)
    assert (found[amr].duration_s, found[amr].is_measured) == (None, True)
    assert (found[png].duration_s, found[png].is_measured) == (None, False)
