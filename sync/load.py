"""Read what a pushed batch needs, once, in batched queries (one per kind, not per item).

The previous delivery of the batch, the forms and versions it names, the study's
gazetteer, and the batch's `BatchState`: stored interviews (locked until commit) with
all their revisions and open conflicts, tombstones, quarantined copies, the people
behind the devices that sent revisions, and the declared files already stored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from accounts.models import Device
from forms.models import Form, FormVersion
from sync.answers import StudyGazetteerRef
from sync.intake import PushBatch
from sync.models import (
    QuarantineItem,
    Submission,
    SubmissionRevision,
    SyncBatch,
    SyncConflict,
    Tombstone,
)
from sync.plan import BatchState, FormVersionRef, StoredRevision, StoredSubmission
from sync.prepare import KnownForm
from sync.store import get_gazetteer

# SQLite allows 32766 bound parameters; a batch holds at most a few thousand ids.
_CHUNK = 1000

StoredHashes = Callable[[Session, int, set[str]], set[str]]


@dataclass(frozen=True, slots=True)
class BatchForms:
    """The forms and versions a batch names, and the study's gazetteer."""

    forms: dict[str, KnownForm]
    gazetteer: StudyGazetteerRef | None


def find_previous_delivery(session: Session, *, device_id: str, batch_id: str) -> SyncBatch | None:
    """The record of an earlier delivery of this batch; a concurrent one waits for it.

    On PostgreSQL a transaction-scoped advisory lock on the (device, batch) pair makes
    the second delivery wait, then find the first one's record and replay it. SQLite
    writers are serialized already.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            sa.text("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))"),
            {"key": f"chasqui-batch:{device_id}:{batch_id}"},
        )
    return session.exec(
        select(SyncBatch).where(SyncBatch.device_id == device_id, SyncBatch.batch_id == batch_id)
    ).first()


def load_forms(session: Session, *, study_id: int, batch: PushBatch) -> BatchForms:
    """The forms and versions the batch names (published or not), and the gazetteer."""
    items = [item for i, item in enumerate(batch.items) if i not in batch.refused]
    return BatchForms(
        forms=_forms(
            session, study_id=study_id, wanted={(i.form_id, i.form_version) for i in items}
        ),
        gazetteer=get_gazetteer(session, study_id=study_id),
    )


def load_items_state(
    session: Session,
    *,
    study_id: int,
    batch: PushBatch,
    indices: Sequence[int],
    stored_hashes: StoredHashes,
) -> BatchState:
    """What the decisions of the items at `indices` read, before any of them is taken."""
    items = [batch.items[i] for i in indices]
    return load_state(
        session,
        study_id=study_id,
        instance_ids=[item.instance_id for item in items if item.instance_id],
        declared={
            a.sha256 for i in indices if i not in batch.refused for a in batch.items[i].attachments
        },
        stored_hashes=stored_hashes,
    )


def lock_submissions(session: Session, *, study_id: int, instance_ids: Iterable[str]) -> None:
    """Lock the stored interviews of a whole batch up front, in id order.

    A batch decided part by part locks each part's rows as it loads them; taking every
    lock first, in the one order every batch uses, keeps two batches from deadlocking.
    SQLite has no row locks: a writer holds the whole database already.
    """
    if session.get_bind().dialect.name != "postgresql":
        return
    ids = sorted(set(instance_ids))
    for chunk in _chunks(ids):
        session.execute(
            sa.select(col(Submission.id))
            .where(col(Submission.study_id) == study_id, col(Submission.instance_id).in_(chunk))
            .order_by(col(Submission.instance_id))
            .with_for_update()
        ).all()


def load_state(
    session: Session,
    *,
    study_id: int,
    instance_ids: Iterable[str],
    declared: set[str],
    stored_hashes: StoredHashes,
) -> BatchState:
    """What the server holds for these interviews and files."""
    ids = sorted(set(instance_ids))
    submissions = _submissions(session, study_id=study_id, instance_ids=ids)
    return BatchState(
        submissions=submissions,
        tombstoned=frozenset(_tombstones(session, study_id=study_id, instance_ids=ids)),
        quarantined=_quarantined(session, study_id=study_id, instance_ids=ids),
        owners=_owners(session, submissions.values()),
        stored_blobs=frozenset(stored_hashes(session, study_id, declared) if declared else ()),
    )


def _chunks(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for i in range(0, len(values), _CHUNK):
        yield values[i : i + _CHUNK]


def _forms(
    session: Session, *, study_id: int, wanted: set[tuple[str, int]]
) -> dict[str, KnownForm]:
    """The forms the batch names, each with the versions it names that were published."""
    if not wanted:
        return {}
    form_ids, versions = {f for f, _ in wanted}, {v for _, v in wanted}
    rows = session.execute(
        sa.select(
            col(Form.id),
            col(Form.form_id),
            col(Form.state),
            col(FormVersion.version),
            col(FormVersion.etag),
            col(FormVersion.document),
        )
        .outerjoin(
            FormVersion,
            sa.and_(
                col(FormVersion.form_pk) == col(Form.id), col(FormVersion.version).in_(versions)
            ),
        )
        .where(col(Form.study_id) == study_id, col(Form.form_id).in_(sorted(form_ids)))
    )
    heads: dict[str, tuple[int, str]] = {}
    published: dict[str, dict[int, FormVersionRef]] = {}
    for pk, form_id, state, version, etag, document in rows:
        heads[form_id] = (pk, state)
        found = published.setdefault(form_id, {})
        if version is not None:
            found[version] = FormVersionRef(pk, form_id, version, etag, document)
    return {
        form_id: KnownForm(pk, form_id, state, published[form_id])
        for form_id, (pk, state) in heads.items()
    }


def _tombstones(session: Session, *, study_id: int, instance_ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(instance_ids):
        found.update(
            session.execute(
                sa.select(col(Tombstone.instance_id)).where(
                    col(Tombstone.study_id) == study_id, col(Tombstone.instance_id).in_(chunk)
                )
            ).scalars()
        )
    return found


def _quarantined(
    session: Session, *, study_id: int, instance_ids: Sequence[str]
) -> dict[tuple[str, str], int]:
    found: dict[tuple[str, str], int] = {}
    for chunk in _chunks(instance_ids):
        for pk, instance_id, content in session.execute(
            sa.select(
                col(QuarantineItem.id),
                col(QuarantineItem.instance_id),
                col(QuarantineItem.content_hash),
            ).where(
                col(QuarantineItem.study_id) == study_id,
                col(QuarantineItem.instance_id).in_(chunk),
            )
        ):
            found[(instance_id, content)] = pk
    return found


def _submissions(
    session: Session, *, study_id: int, instance_ids: Sequence[str]
) -> dict[str, StoredSubmission]:
    """Stored interviews with their revisions and open conflict.

    The rows are locked until commit (in id order, so two batches never deadlock):
    two tablets editing one interview at once are merged one after the other, and
    neither overwrites the other's edit.
    """
    heads: list[Any] = []
    for chunk in _chunks(instance_ids):
        heads.extend(
            session.execute(
                sa.select(
                    col(Submission.id),
                    col(Submission.instance_id),
                    col(Form.form_id),
                    col(Submission.form_version),
                    col(Submission.enumerator_id),
                    col(Submission.head_rev),
                    col(Submission.content_hash),
                    col(Submission.flags),
                    col(Submission.respondent_pseudonyms),
                    col(Submission.attachments),
                )
                .join(Form, col(Form.id) == col(Submission.form_pk))
                .where(col(Submission.study_id) == study_id, col(Submission.instance_id).in_(chunk))
                .order_by(col(Submission.instance_id))
                .with_for_update(of=Submission)
            )
        )
    if not heads:
        return {}
    pks = [row[0] for row in heads]
    revisions = _revisions(session, pks)
    conflicts = _open_conflicts(session, pks)
    return {
        iid: StoredSubmission(
            pk=pk,
            instance_id=iid,
            form_id=form_id,
            form_version=version,
            enumerator_id=enumerator,
            head_rev=head,
            content_hash=content,
            flags=tuple(flags),
            pseudonyms=tuple(pseudonyms),
            attachments=tuple(files),
            revisions=tuple(revisions.get(pk, ())),
            open_conflict_id=conflicts.get(pk),
        )
        for pk, iid, form_id, version, enumerator, head, content, flags, pseudonyms, files in heads
    }


def _revisions(session: Session, pks: Sequence[int]) -> dict[int, list[StoredRevision]]:
    found: dict[int, list[StoredRevision]] = {}
    r = SubmissionRevision
    for chunk in _chunks(pks):
        for pk, *fields in session.execute(
            sa.select(
                col(r.submission_pk),
                col(r.rev),
                col(r.parent_rev),
                col(r.data),
                col(r.content_hash),
                col(r.kind),
                col(r.merged_revs),
                col(r.device_id),
            )
            .where(col(r.submission_pk).in_(chunk))
            .order_by(col(r.id))
        ):
            rev, parent, data, content, kind, merged, device = fields
            found.setdefault(pk, []).append(
                StoredRevision(rev, parent, data, content, kind, tuple(merged), device)
            )
    return found


def _open_conflicts(session: Session, pks: Sequence[int]) -> dict[int, int]:
    found: dict[int, int] = {}
    for chunk in _chunks(pks):
        for pk, conflict_id in session.execute(
            sa.select(col(SyncConflict.submission_pk), col(SyncConflict.id))
            .where(col(SyncConflict.submission_pk).in_(chunk), col(SyncConflict.is_open).is_(True))
            .order_by(col(SyncConflict.id))
        ):
            found.setdefault(pk, conflict_id)  # one open conflict per interview: the first
    return found


def _owners(session: Session, submissions: Iterable[StoredSubmission]) -> dict[str, int]:
    devices = sorted({r.device_id for s in submissions for r in s.revisions if r.device_id})
    found: dict[str, int] = {}
    for chunk in _chunks(devices):
        query = sa.select(col(Device.id), col(Device.user_id)).where(col(Device.id).in_(chunk))
        found.update((device, user) for device, user in session.execute(query))
    return found
