"""A stored interview's head, recomputed after a supervisor's resolution, and its announcement.

The push recomputes heads in memory for a whole batch (sync/decide.py, sync/write.py);
this module does the same for one interview whose revisions it reads (sync/resolution.py),
through the same pure rule (sync/heads.py), so both paths store the same head.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import Session, col, select

from accounts.models import Device
from core.metadata import utcnow
from feed.store import Change, emit
from forms.models import Form
from forms.spec import ConflictPolicy
from sync import heads
from sync.history import Revision
from sync.models import Submission, SubmissionRevision, SyncConflict
from sync.plan import ConflictRecord, HeadChange, StoredRevision


def load_revisions(session: Session, submission_pk: int) -> list[SubmissionRevision]:
    return list(
        session.exec(
            select(SubmissionRevision)
            .where(SubmissionRevision.submission_pk == submission_pk)
            .order_by(col(SubmissionRevision.id))
        )
    )


def stored_revisions(rows: Sequence[SubmissionRevision]) -> tuple[StoredRevision, ...]:
    return tuple(
        StoredRevision(
            rev=r.rev,
            parent_rev=r.parent_rev,
            data=r.data,
            content_hash=r.content_hash,
            kind=r.kind,
            merged_revs=tuple(r.merged_revs),
            device_id=r.device_id,
        )
        for r in rows
    )


def connected_revisions(rows: Sequence[SubmissionRevision]) -> tuple[list[Revision], set[str]]:
    """Revisions whose ancestry is complete; the rest wait for their parents."""
    return heads.connected_revisions(stored_revisions(rows))


def update_head(
    session: Session,
    *,
    submission: Submission,
    policy: ConflictPolicy,
    device_id: str,
    batch_id: str,
) -> HeadChange:
    """Recompute the head from every revision; store a merge revision when it is clean."""
    if submission.id is None:
        raise ValueError("the submission is not stored")
    change = heads.recompute_head(
        stored_revisions(load_revisions(session, submission.id)),
        form_id=form_id_of(session, submission),
        form_version=submission.form_version,
        flags=submission.flags,
        policy=policy,
    )
    if change.merge is not None:
        session.add(
            SubmissionRevision(
                submission_pk=submission.id,
                rev=change.merge.rev,
                parent_rev=change.merge.parent_rev,
                form_version=change.merge.form_version,
                content_hash=change.merge.content_hash,
                data=dict(change.merge.data),
                device_id=device_id,
                batch_id=batch_id,
                merged_revs=list(change.merge.merged_revs),
                kind="merge",
            )
        )
    submission.head_rev, submission.data = change.head_rev, dict(change.data)
    submission.content_hash, submission.flags = change.content_hash, list(change.flags)
    submission.updated_at = utcnow()
    session.add(submission)
    _keep_conflict(session, submission=submission, record=change.conflict)
    session.flush()
    return change


def form_id_of(session: Session, submission: Submission) -> str:
    """The form's own id (not its row id): content hashes must match the tablets' edits."""
    return session.exec(select(Form.form_id).where(Form.id == submission.form_pk)).one()


def _keep_conflict(
    session: Session, *, submission: Submission, record: ConflictRecord | None
) -> None:
    """Keep one open conflict per interview in step with its head."""
    open_row = session.exec(
        select(SyncConflict).where(
            SyncConflict.submission_pk == submission.id, col(SyncConflict.is_open).is_(True)
        )
    ).first()
    if record is None:
        if open_row is not None:
            open_row.is_open, open_row.resolved_at = False, utcnow()
            session.add(open_row)
        return
    row = open_row or SyncConflict(
        study_id=submission.study_id, submission_pk=submission.id or 0, server_rev="", tablet_rev=""
    )
    row.server_rev, row.tablet_rev = record.server_rev, record.tablet_rev
    row.base_rev, row.fields = None, list(record.fields)
    session.add(row)


def announce_head(session: Session, *, submission: Submission, kind: str = "edit") -> None:
    """Send the server's copy to every enumerator whose tablets hold this interview."""
    devices = set(
        session.exec(
            select(SubmissionRevision.device_id).where(
                SubmissionRevision.submission_pk == submission.id
            )
        )
    )
    owners = set(session.exec(select(Device.user_id).where(col(Device.id).in_(sorted(devices)))))
    emit(
        session,
        study_id=submission.study_id,
        changes=[
            Change(
                kind,
                submission.instance_id,
                {
                    "instance_id": submission.instance_id,
                    "form_id": session.exec(
                        select(Form.form_id).where(Form.id == submission.form_pk)
                    ).one(),
                    "rev": submission.head_rev,
                    "form_version": submission.form_version,
                    "data": submission.data,
                },
                sorted(owners | {submission.enumerator_id}),
            )
        ],
    )
