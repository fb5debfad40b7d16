"""Edits to a stored interview: fast-forward, field-by-field merge, or conflict.

Every revision ever received is kept. After an edit arrives, the interview's state
is recomputed from the set of its revisions (sync/history.py), so it depends only on
which edits exist, never on the order they arrived in:

- one leaf: that leaf is the head (`updated` when it is the edit just received);
- several leaves that merge cleanly (or by the form's prefer_* policy): the head is a
  merge revision whose id and content follow from the leaves it closes, so every
  server derives the same one; it is stored so that tablets can edit on it, and it
  counts in later reconciliations only once a tablet has built on it (`merged`);
- leaves that disagree under the `manual` policy: the head is CouchDB's winner, it
  shows the deterministic choice, and the conflict queue holds every live value of
  each disputed field (`conflict`);
- an edit whose parent the server never saw is held out of the merge until its
  parent arrives, and the interview is flagged meanwhile.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col, select

from accounts.models import Device
from core.metadata import utcnow
from feed.store import Change, emit
from forms.models import Form
from forms.spec import ConflictPolicy
from sync.history import Reconciled, Revision, make_merge_revision, reconcile_history
from sync.models import Submission, SubmissionRevision, SyncConflict
from sync.revisions import content_hash

ORPHAN_FLAG = "sync.edit_waiting_for_parent"


def load_revisions(session: Session, submission_pk: int) -> list[SubmissionRevision]:
    return list(
        session.exec(
            select(SubmissionRevision)
            .where(SubmissionRevision.submission_pk == submission_pk)
            .order_by(col(SubmissionRevision.id))
        )
    )


def connected_revisions(rows: list[SubmissionRevision]) -> tuple[list[Revision], set[str]]:
    """Revisions whose ancestry is complete; the rest wait for their parents."""
    by_rev = {r.rev: r for r in rows}
    memo: dict[str, bool] = {}

    def rooted(rev: str) -> bool:
        if rev not in memo:
            parent = by_rev[rev].parent_rev
            memo[rev] = True  # cycles are impossible (ids hash their parent), but be safe
            memo[rev] = parent is None or (parent in by_rev and rooted(parent))
        return memo[rev]

    kept = [
        Revision(
            rev=r.rev,
            parent_rev=r.parent_rev,
            data=r.data,
            merged_revs=tuple(r.merged_revs),
            is_merge=r.kind == "merge",
            content=r.content_hash,
        )
        for r in rows
        if rooted(r.rev)
    ]
    return kept, {r.rev for r in rows} - {r.rev for r in kept}


def stored_content_hash(session: Session, *, submission_pk: int, rev: str) -> str | None:
    """The content hash of one stored revision, or None when it is not stored."""
    return session.exec(
        select(SubmissionRevision.content_hash).where(
            SubmissionRevision.submission_pk == submission_pk, SubmissionRevision.rev == rev
        )
    ).first()


def reconcile_submission(
    session: Session,
    *,
    submission: Submission,
    policy: ConflictPolicy,
    device_id: str,
    batch_id: str,
) -> tuple[Reconciled, str | None, set[str]]:
    """Recompute the head from every revision; store a merge revision when it is clean.

    Returns the reconciliation, the id of the conflict left open (if any), and the
    revisions held back because their parent has not arrived.
    """
    assert submission.id is not None
    rows = load_revisions(session, submission.id)
    revisions, held = connected_revisions(rows)
    reconciled = reconcile_history(revisions, policy=policy)
    head_rev, answers = reconciled.head_rev, reconciled.answers
    if len(reconciled.leaves) > 1 and not reconciled.needs_review:
        content = content_hash(
            form_id=form_id_of(session, submission),
            form_version=submission.form_version,
            data=answers,
        )
        merge = make_merge_revision(reconciled, answers, content=content)
        if merge.rev not in {r.rev for r in rows}:
            session.add(
                SubmissionRevision(
                    submission_pk=submission.id,
                    rev=merge.rev,
                    parent_rev=merge.parent_rev,
                    form_version=submission.form_version,
                    content_hash=content,
                    data=answers,
                    device_id=device_id,
                    batch_id=batch_id,
                    merged_revs=list(merge.merged_revs),
                    kind="merge",
                )
            )
        head_rev = merge.rev
    submission.head_rev, submission.data = head_rev, answers
    submission.content_hash = _head_hash(session, rows, head_rev, submission, answers)
    flags = set(submission.flags) - {ORPHAN_FLAG}
    submission.flags = sorted(flags | ({ORPHAN_FLAG} if held else set()))
    submission.updated_at = utcnow()
    session.add(submission)
    conflict_id = _sync_conflict(session, submission=submission, reconciled=reconciled)
    session.flush()
    return reconciled, conflict_id, held


def form_id_of(session: Session, submission: Submission) -> str:
    """The form's own id (not its row id): content hashes must match the tablets' edits."""
    return session.exec(select(Form.form_id).where(Form.id == submission.form_pk)).one()


def _head_hash(
    session: Session,
    rows: list[SubmissionRevision],
    head_rev: str,
    submission: Submission,
    answers: Any,
) -> str:
    for row in rows:
        if row.rev == head_rev and row.data == answers:
            return row.content_hash
    return content_hash(
        form_id=form_id_of(session, submission), form_version=submission.form_version, data=answers
    )


def _sync_conflict(
    session: Session, *, submission: Submission, reconciled: Reconciled
) -> str | None:
    """Keep one open conflict per interview in step with the reconciliation."""
    open_row = session.exec(
        select(SyncConflict).where(
            SyncConflict.submission_pk == submission.id, col(SyncConflict.is_open).is_(True)
        )
    ).first()
    if not reconciled.needs_review:
        if open_row is not None:
            open_row.is_open, open_row.resolved_at = False, utcnow()
            session.add(open_row)
        return None
    row = open_row or SyncConflict(
        study_id=submission.study_id, submission_pk=submission.id or 0, server_rev="", tablet_rev=""
    )
    row.server_rev = reconciled.head_rev
    row.tablet_rev = reconciled.leaves[1] if len(reconciled.leaves) > 1 else reconciled.head_rev
    row.base_rev = None
    row.fields = [c.as_record() for c in reconciled.conflicts]
    session.add(row)
    session.flush()
    return str(row.id)


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
