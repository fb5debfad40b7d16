"""Submission reads and writes outside the push: form lookups, tombstones, attachments, gazetteer.

Flushes, never commits: the route's session commits once. Lookups are batched (one
query per batch, not per item) because a tablet brings hundreds of interviews at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import orjson
from sqlmodel import Session, col, select

from accounts.models import StudyGazetteer
from attachments.store import stored_hashes
from core.metadata import utcnow
from forms.models import Form, FormVersion
from holds.store import decided_body
from privacy import Gazetteer
from sync.answers import StudyGazetteerRef
from sync.models import (
    Submission,
    SubmissionState,
    Tombstone,
)

# SQLite allows 32766 bound parameters; stay far below on every engine.
_CHUNK = 500


def _chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(values), _CHUNK):
        yield values[i : i + _CHUNK]


def get_form_version(
    session: Session, *, study_id: int, form_id: str, version: int
) -> tuple[Form, FormVersion | None] | None:
    """The form and one of its versions (None when that version was never published)."""
    form = session.exec(
        select(Form).where(Form.study_id == study_id, Form.form_id == form_id)
    ).first()
    if form is None:
        return None
    row = session.exec(
        select(FormVersion).where(FormVersion.form_pk == form.id, FormVersion.version == version)
    ).first()
    return form, row


def tombstoned(session: Session, *, study_id: int, instance_ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(instance_ids):
        found.update(
            session.exec(
                select(Tombstone.instance_id).where(
                    Tombstone.study_id == study_id, col(Tombstone.instance_id).in_(chunk)
                )
            )
        )
    return found


def mark_attachments_received(session: Session, *, study_id: int, sha256: str) -> None:
    """A blob arrived: submissions waiting only for it become complete."""
    waiting = session.exec(
        select(Submission).where(
            Submission.study_id == study_id,
            Submission.state == SubmissionState.awaiting_attachments,
        )
    ).all()
    for submission in waiting:
        if sha256 not in submission.attachments:
            continue
        if stored_hashes(session, study_id=study_id, sha256s=submission.attachments) >= set(
            submission.attachments
        ):
            submission.state = SubmissionState.complete
            session.add(submission)
    session.flush()


def get_gazetteer(session: Session, *, study_id: int | None) -> StudyGazetteerRef | None:
    """The study's gazetteer, with the words its review queue decided (keyed hashes)."""
    if study_id is None:
        return None
    row = session.get(StudyGazetteer, study_id)
    decided = decided_body(session, study_id=study_id)
    if row is None and not decided:
        return None
    body = dict(row.hashes) if row is not None else orjson.loads(Gazetteer(b"").to_json())
    if decided:
        body["decided"] = decided
    key_id = row.key_id if row is not None else next(iter(decided))
    return StudyGazetteerRef(hashes_json=orjson.dumps(body).decode(), key_id=key_id)


def set_gazetteer(
    session: Session, *, study_id: int, hashes_json: str, key_id: str, entries: int
) -> StudyGazetteer:
    row = session.get(StudyGazetteer, study_id) or StudyGazetteer(study_id=study_id, key_id=key_id)
    row.key_id, row.hashes, row.entries = key_id, orjson.loads(hashes_json), entries
    row.updated_at = utcnow()
    session.add(row)
    session.flush()
    return row
