"""Submissions, revisions, conflicts, quarantine and sync records in the database.

Flushes, never commits: the route's session commits once. Lookups are batched (one
query per batch, not per item) because a tablet brings hundreds of interviews at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import orjson
import sqlalchemy as sa
from sqlmodel import Session, col, select

from accounts.models import StudyGazetteer
from attachments.store import stored_hashes
from core.metadata import utcnow
from forms.models import Form, FormVersion
from sync.answers import StudyGazetteerRef
from sync.models import (
    QuarantineItem,
    Submission,
    SubmissionRevision,
    SubmissionState,
    SyncBatch,
    SyncConflict,
    Tombstone,
)
from sync.reconcile import Existing

# SQLite allows 32766 bound parameters; stay far below on every engine.
_CHUNK = 500


def _chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(values), _CHUNK):
        yield values[i : i + _CHUNK]


def lock_batch(session: Session, *, device_id: str, batch_id: str) -> None:
    """Serialize two deliveries of the same batch (a tablet retrying while the first runs).

    On PostgreSQL a transaction-scoped advisory lock on the (device, batch) pair makes
    the second delivery wait, then find the first one's record and replay it. SQLite
    writers are serialized already.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            sa.text("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))"),
            {"key": f"chasqui-batch:{device_id}:{batch_id}"},
        )


def get_batch(session: Session, *, device_id: str, batch_id: str) -> SyncBatch | None:
    return session.exec(
        select(SyncBatch).where(SyncBatch.device_id == device_id, SyncBatch.batch_id == batch_id)
    ).first()


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


def existing_submissions(
    session: Session, *, study_id: int, instance_ids: Sequence[str]
) -> dict[str, tuple[Submission, Existing]]:
    """The stored state of each instance id that has one, with its revision ids.

    The rows are locked until commit (in id order, so two batches never deadlock):
    two tablets editing one interview at once are reconciled one after the other,
    and neither overwrites the other's edit.
    """
    rows: dict[str, Submission] = {}
    for chunk in _chunks(sorted(instance_ids)):
        for submission in session.exec(
            select(Submission)
            .where(Submission.study_id == study_id, col(Submission.instance_id).in_(chunk))
            .order_by(col(Submission.instance_id))
            .with_for_update()
            .execution_options(populate_existing=True)
        ):
            rows[submission.instance_id] = submission
    revs: dict[int, list[str]] = {}
    pks = [s.id for s in rows.values() if s.id is not None]
    for i in range(0, len(pks), _CHUNK):
        for pk, rev in session.exec(
            select(SubmissionRevision.submission_pk, SubmissionRevision.rev).where(
                col(SubmissionRevision.submission_pk).in_(pks[i : i + _CHUNK])
            )
        ):
            revs.setdefault(pk, []).append(rev)
    return {
        iid: (
            s,
            Existing(
                head_rev=s.head_rev,
                head_hash=s.content_hash,
                revs=frozenset(revs.get(s.id or 0, ())),
            ),
        )
        for iid, s in rows.items()
    }


def insert_submissions(session: Session, rows: Sequence[dict[str, Any]]) -> dict[str, int]:
    """Insert new submissions in one bulk statement; returns their ids by instance id."""
    result = session.execute(
        sa.insert(Submission).returning(col(Submission.id), col(Submission.instance_id)), rows
    )
    return {instance_id: pk for pk, instance_id in result}


def insert_revisions(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    session.execute(sa.insert(SubmissionRevision), rows)


def add_conflict(session: Session, conflict: SyncConflict) -> SyncConflict:
    session.add(conflict)
    session.flush()
    return conflict


def quarantine(session: Session, item: QuarantineItem) -> QuarantineItem:
    """Keep an item that cannot be accepted; the same content twice is kept once."""
    existing = session.exec(
        select(QuarantineItem).where(
            QuarantineItem.study_id == item.study_id,
            QuarantineItem.instance_id == item.instance_id,
            QuarantineItem.content_hash == item.content_hash,
        )
    ).first()
    if existing is not None:
        return existing
    session.add(item)
    session.flush()
    return item


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


def record_batch(session: Session, batch: SyncBatch) -> SyncBatch:
    session.add(batch)
    session.flush()
    return batch


def field_differences(server: dict[str, Any], tablet: dict[str, Any]) -> list[dict[str, Any]]:
    """Top-level answers that differ between two versions (values are anonymized)."""
    return [
        {"pointer": f"/{name}", "server": server.get(name), "tablet": tablet.get(name)}
        for name in sorted(server.keys() | tablet.keys())
        if server.get(name) != tablet.get(name)
    ]


def get_gazetteer(session: Session, *, study_id: int | None) -> StudyGazetteerRef | None:
    row = session.get(StudyGazetteer, study_id) if study_id is not None else None
    if row is None:
        return None
    return StudyGazetteerRef(hashes_json=orjson.dumps(row.hashes).decode(), key_id=row.key_id)


def set_gazetteer(
    session: Session, *, study_id: int, hashes_json: str, key_id: str, entries: int
) -> StudyGazetteer:
    row = session.get(StudyGazetteer, study_id) or StudyGazetteer(study_id=study_id, key_id=key_id)
    row.key_id, row.hashes, row.entries = key_id, orjson.loads(hashes_json), entries
    row.updated_at = utcnow()
    session.add(row)
    session.flush()
    return row
