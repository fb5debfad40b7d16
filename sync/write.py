"""Apply a batch's write plan: one statement per kind of row, then the feed.

Runs inside a savepoint that the pipeline owns, for a whole batch (the fast path) or
one item. Plain rows and bulk INSERT ... RETURNING: a batch of 500 new interviews is
two statements, not a thousand ORM objects. Ids the database assigns (conflicts,
quarantined items) are filled into the receipts here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, SQLModel, col

from accounts.models import Device
from feed.store import Change, emit
from holds.store import NO_REV, hold_rows, insert_holds
from sync.models import QuarantineItem, Submission, SubmissionRevision, SyncBatch, SyncConflict
from sync.plan import (
    BatchFacts,
    Create,
    Decision,
    NewRevision,
    Quarantine,
    Revise,
)
from sync.receipts import Conflicted, Quarantined, Receipt

ROWS_PER_STATEMENT = 500


def write_decisions(
    session: Session, *, facts: BatchFacts, decisions: Sequence[Decision]
) -> list[Receipt]:
    """Write what the decisions call for; the receipts, with the ids the rows got."""
    receipts = {d.index: d.receipt for d in decisions}
    _create(session, facts, [d.write for d in decisions if isinstance(d.write, Create)])
    quarantined = _quarantine(session, [d for d in decisions if isinstance(d.write, Quarantine)])
    revised = _revise(session, facts, [d for d in decisions if isinstance(d.write, Revise)])
    for index, row_id in quarantined.items():
        receipts[index] = _with_id(receipts[index], quarantine_id=row_id)
    for index, row_id in revised.items():
        receipts[index] = _with_id(receipts[index], conflict_id=row_id)
    write_item_extras(session, facts=facts, decisions=decisions)
    _announce(session, facts, [d.write for d in decisions if isinstance(d.write, Revise)])
    return [receipts[d.index] for d in decisions]


def write_item_extras(
    session: Session, *, facts: BatchFacts, decisions: Sequence[Decision]
) -> None:
    """The place for rows that go beside an item's own, in the same savepoint.

    The spans a new revision holds for the privacy review queue (holds/), in one
    statement; a new interview's id is looked up once for the batch.
    """
    created = {
        str(d.write.row["instance_id"]): d.write.revision
        for d in decisions
        if isinstance(d.write, Create) and d.write.revision.holds
    }
    revised = [
        (d.write.submission.pk, d.write.revision)
        for d in decisions
        if isinstance(d.write, Revise) and d.write.revision.holds
    ]
    if created:
        ids = session.execute(
            sa.select(col(Submission.id), col(Submission.instance_id)).where(
                col(Submission.study_id) == facts.study_id,
                col(Submission.instance_id).in_(sorted(created)),
            )
        )
        revised += [(pk, created[instance_id]) for pk, instance_id in ids]
    rows = [
        row
        for pk, revision in revised
        for row in hold_rows(
            study_id=facts.study_id,
            submission_pk=pk,
            rev=revision.rev,
            holds=revision.holds,
            now=facts.now,
        )
    ]
    insert_holds(session, rows)


def _with_id(receipt: Receipt, *, quarantine_id: int = 0, conflict_id: int = 0) -> Receipt:
    """Name the row a receipt points at (an edit held for its parent names none)."""
    if isinstance(receipt, Quarantined) and quarantine_id:
        return replace(receipt, quarantine_id=quarantine_id)
    if isinstance(receipt, Conflicted) and conflict_id:
        return replace(receipt, conflict_id=conflict_id)
    return receipt


def _create(session: Session, facts: BatchFacts, creates: list[Create]) -> None:
    # Core statements on the tables: the ORM's bulk insert costs more than the database.
    # In slices: every row's JSON is serialized before a statement runs.
    submissions = _table(Submission)
    insert = sa.insert(submissions).returning(submissions.c.id, submissions.c.instance_id)
    for i in range(0, len(creates), ROWS_PER_STATEMENT):
        part = creates[i : i + ROWS_PER_STATEMENT]
        ids = {iid: pk for pk, iid in session.execute(insert, [dict(c.row) for c in part])}
        session.execute(
            sa.insert(_table(SubmissionRevision)),
            [_revision_row(c.revision, ids[str(c.row["instance_id"])], facts) for c in part],
        )


def _table(model: type[SQLModel]) -> sa.Table:
    table: sa.Table = model.__table__  # type: ignore[attr-defined]
    return table


def _revision_row(revision: NewRevision, submission_pk: int, facts: BatchFacts) -> dict[str, Any]:
    return {
        "submission_pk": submission_pk,
        "rev": revision.rev,
        "parent_rev": revision.parent_rev,
        "form_version": revision.form_version,
        "content_hash": revision.content_hash,
        "data": revision.data,
        "device_id": facts.device_id,
        "batch_id": facts.batch_id,
        "received_at": facts.now,
        "kind": revision.kind,
        "merged_revs": list(revision.merged_revs),
        "author_id": None,
    }


def _quarantine(session: Session, decisions: list[Decision]) -> dict[int, int]:
    if not decisions:
        return {}
    rows = [{**d.write.row, "is_open": True} for d in decisions if isinstance(d.write, Quarantine)]
    result = session.execute(
        sa.insert(QuarantineItem).returning(
            col(QuarantineItem.id), col(QuarantineItem.instance_id)
        ),
        rows,
    )
    ids = {instance_id: pk for pk, instance_id in result}
    # Its held spans wait with it: accepted, they are decided like any interview's.
    holds = [
        hold
        for d in decisions
        if isinstance(d.write, Quarantine)
        for hold in hold_rows(
            study_id=int(d.write.row["study_id"]),
            submission_pk=None,
            quarantine_id=ids[str(d.write.row["instance_id"])],
            rev=NO_REV,
            holds=d.write.holds,
            now=d.write.row["received_at"],
        )
    ]
    insert_holds(session, holds)
    return {d.index: ids[str(rows[i]["instance_id"])] for i, d in enumerate(decisions)}


def _revise(session: Session, facts: BatchFacts, decisions: list[Decision]) -> dict[int, int]:
    """Store each edit, the merges it allows, the new heads, and the open conflicts."""
    revises = [(d.index, d.write) for d in decisions if isinstance(d.write, Revise)]
    if not revises:
        return {}
    revisions = [
        _revision_row(r, w.submission.pk, facts)
        for _, w in revises
        for r in (w.revision, w.head.merge)
        if r is not None
    ]
    session.execute(sa.insert(_table(SubmissionRevision)), revisions)
    table = _table(Submission)
    session.execute(
        sa.update(table).where(table.c.id == sa.bindparam("pk")),
        [_head_row(w, facts.now) for _, w in revises],
    )
    return _conflicts(session, facts, revises)


def _head_row(w: Revise, now: datetime) -> dict[str, Any]:
    return {
        "pk": w.submission.pk,
        "form_version": w.form_version,
        "respondent_pseudonyms": list(w.pseudonyms),
        "attachments": list(w.attachments),
        "head_rev": w.head.head_rev,
        "data": w.head.data,
        "content_hash": w.head.content_hash,
        "flags": list(w.head.flags),
        "updated_at": now,
    }


def _conflicts(
    session: Session, facts: BatchFacts, revises: list[tuple[int, Revise]]
) -> dict[int, int]:
    """Keep one open conflict per interview in step with its head; ids by item."""
    closed = [
        {"pk": w.submission.open_conflict_id, "resolved_at": facts.now}
        for _, w in revises
        if w.head.conflict is None and w.submission.open_conflict_id is not None
    ]
    kept = [(i, w) for i, w in revises if w.head.conflict is not None]
    updated = [(i, w) for i, w in kept if w.submission.open_conflict_id is not None]
    opened = [(i, w) for i, w in kept if w.submission.open_conflict_id is None]
    conflicts = _table(SyncConflict)
    table = sa.update(conflicts).where(conflicts.c.id == sa.bindparam("pk"))
    if closed:
        session.execute(table.values(is_open=False), closed)
    if updated:
        session.execute(
            table, [{"pk": w.submission.open_conflict_id, **_conflict_row(w)} for _, w in updated]
        )
    ids = {i: w.submission.open_conflict_id or 0 for i, w in updated}
    if opened:
        result = session.execute(
            sa.insert(SyncConflict).returning(
                col(SyncConflict.id), col(SyncConflict.submission_pk)
            ),
            [_new_conflict_row(w, facts) for _, w in opened],
        )
        by_submission = {pk: conflict_id for conflict_id, pk in result}
        ids.update({i: by_submission[w.submission.pk] for i, w in opened})
    return ids


def _conflict_row(w: Revise) -> dict[str, Any]:
    conflict = w.head.conflict
    if conflict is None:
        raise ValueError("no conflict to write")
    return {
        "server_rev": conflict.server_rev,
        "tablet_rev": conflict.tablet_rev,
        "base_rev": None,
        "fields": list(conflict.fields),
    }


def _new_conflict_row(w: Revise, facts: BatchFacts) -> dict[str, Any]:
    return {
        "study_id": facts.study_id,
        "submission_pk": w.submission.pk,
        **_conflict_row(w),
        "is_open": True,
        "created_at": facts.now,
        "resolved_at": None,
        "resolved_by_id": None,
    }


def _announce(session: Session, facts: BatchFacts, revises: list[Any]) -> None:
    """Send each merged copy to the tablets that hold the interview (last: feed order)."""
    changes = [
        Change(
            "edit",
            w.submission.instance_id,
            {
                "instance_id": w.submission.instance_id,
                "form_id": w.submission.form_id,
                "rev": w.head.head_rev,
                "form_version": w.form_version,
                "data": w.head.data,
            },
            w.announce,
        )
        for w in revises
        if isinstance(w, Revise) and w.announce
    ]
    if changes:
        emit(session, study_id=facts.study_id, changes=changes)


def record_delivery(
    session: Session,
    *,
    facts: BatchFacts,
    device: Device,
    previous: SyncBatch | None,
    device_time: datetime | None,
    request_hash: str,
    body_bytes: int,
    response: dict[str, Any],
    duration_ms: float,
) -> None:
    """Keep the answer for replays, and what happened, for supervisors."""
    outcomes: dict[str, int] = {}
    for r in response["results"]:
        outcomes[r["outcome"]] = outcomes.get(r["outcome"], 0) + 1
    record = previous or SyncBatch(
        study_id=facts.study_id,
        device_id=facts.device_id,
        enumerator_id=facts.enumerator_id,
        batch_id=facts.batch_id,
        request_hash=request_hash,
        attempts=0,
    )
    record.device_time, record.received_at = device_time, facts.now
    record.clock_offset_s, record.item_count = facts.clock_offset_s, len(response["results"])
    record.outcomes, record.bytes_received, record.response = outcomes, body_bytes, response
    record.duration_ms = duration_ms
    # A batch with retried items is not kept for replay: sent again under the same
    # batch_id it is processed again, and what was stored answers `duplicate`.
    record.is_replayable, record.attempts = "retry" not in outcomes, record.attempts + 1
    device.last_seen_at = facts.now
    session.add_all([record, device])
    session.flush()
