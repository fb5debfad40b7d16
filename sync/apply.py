"""Write prepared items: new submissions, fast-forwards, conflict branches, quarantine.

Expected outcomes are return values (receipts), not exceptions. Runs inside a
savepoint that the pipeline owns: for a whole batch (the fast path) or one item.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlmodel import Session

from sync import branches, store
from sync.intake import ITEM_INVALID, Outcome, PushItem
from sync.models import QuarantineItem
from sync.prepare import RETRY, BatchContext, Prepared
from sync.reconcile import classify

# Device clocks drift; only flag what is off by more than this after correction.
CLOCK_TOLERANCE = timedelta(minutes=10)


def apply_items(
    session: Session, ctx: BatchContext, prepared: list[Prepared]
) -> list[dict[str, Any]]:
    """Classify each prepared item against the stored state and write what it calls for."""
    assert ctx.study.id is not None
    live = [p for p in prepared if p.rejected is None and p.quarantine_reason is None]
    existing = store.existing_submissions(
        session, study_id=ctx.study.id, instance_ids=[p.item.instance_id for p in live]
    )
    results: dict[int, dict[str, Any]] = {}
    new_rows: list[tuple[Prepared, dict[str, Any]]] = []
    for p in prepared:
        if p.rejected:
            results[p.index] = _rejected(p)
            continue
        if p.quarantine_reason:
            results[p.index] = _quarantine(session, ctx, p)
            continue
        found = existing.get(p.item.instance_id)
        p.existing = found[0] if found else None
        p.decision = classify(
            existing=found[1] if found else None, base_rev=p.item.base_rev, content=p.content
        )
        if p.decision.kind == "new":
            row = _new_submission(ctx, p)
            new_rows.append((p, row))
            results[p.index] = receipt(p, "created", "ok", rev=p.decision.rev)
        elif p.decision.kind == "replay":
            results[p.index] = receipt(p, "duplicate", "sync.duplicate", rev=_replayed(session, p))
        else:
            results[p.index] = _edit(session, ctx, p)
    if new_rows:
        # Plain rows and one bulk INSERT ... RETURNING: a batch of 500 new interviews is
        # two statements, not a thousand ORM objects.
        ids = store.insert_submissions(session, [row for _, row in new_rows])
        store.insert_revisions(
            session,
            [_revision(ctx, p, ids[p.item.instance_id], parent=None) for p, _ in new_rows],
        )
    return [results[p.index] for p in prepared]


def _rejected(p: Prepared) -> dict[str, Any]:
    if p.rejected == RETRY:
        detail = "A temporary failure on the server. Send it again."
        return receipt(p, "retry", RETRY, detail=detail)
    if p.rejected == ITEM_INVALID:
        detail = "This item does not follow the sync protocol (see problems). Keep it."
        return receipt(p, "rejected", ITEM_INVALID, detail=detail, problems=p.problems)
    assert p.rejected is not None
    detail = "The interviewee withdrew consent. Delete this interview."
    return receipt(p, "rejected", p.rejected, detail=detail)


def receipt(p: Prepared, outcome: Outcome, code: str, **extra: Any) -> dict[str, Any]:
    result: dict[str, Any] = {
        # A refused item's instance id is echoed only when it is well formed.
        "instance_id": p.item.instance_id or None,
        "outcome": outcome,
        "code": code,
        "rev": None,
        "missing_attachments": [],
    }
    result.update(extra)
    return result


def _flags(ctx: BatchContext, item: PushItem) -> list[str]:
    """Device clocks are untrusted: flag what the corrected times make implausible."""
    flags = []
    shift = timedelta(seconds=ctx.clock_offset_s or 0)
    for name, moment in (("started_at", item.started_at), ("ended_at", item.ended_at)):
        if moment is None:
            continue
        if moment + shift > ctx.now + CLOCK_TOLERANCE or moment > ctx.now + timedelta(days=1):
            flags.append(f"clock.{name}_in_future")
        start = ctx.study.fieldwork_start
        if start is not None and (moment + shift).date() < start:
            flags.append(f"clock.{name}_before_study")
    if item.started_at and item.ended_at and item.ended_at < item.started_at:
        flags.append("clock.ended_before_started")
    return flags


def _new_submission(ctx: BatchContext, p: Prepared) -> dict[str, Any]:
    assert (
        ctx.study.id is not None
        and p.form is not None
        and p.form.id is not None
        and p.decision is not None
    )
    village = p.data.get("village")
    return {
        "study_id": ctx.study.id,
        "instance_id": p.item.instance_id,
        "form_pk": p.form.id,
        "form_version": p.item.form_version,
        "device_id": ctx.device.id,
        "enumerator_id": ctx.device.user_id,
        "village": village if isinstance(village, str) else None,
        "head_rev": p.decision.rev,
        "content_hash": p.content,
        "data": p.data,
        "state": "awaiting_attachments" if p.item.attachments else "complete",
        "attachments": sorted({a.sha256 for a in p.item.attachments}),
        "respondent_pseudonyms": p.pseudonyms,
        "flags": _flags(ctx, p.item),
        "started_at": p.item.started_at,
        "ended_at": p.item.ended_at,
        "clock_offset_s": ctx.clock_offset_s,
        "received_at": ctx.now,
        "updated_at": ctx.now,
    }


def _revision(
    ctx: BatchContext, p: Prepared, submission_pk: int, *, parent: str | None
) -> dict[str, Any]:
    assert p.decision is not None
    return {
        "submission_pk": submission_pk,
        "rev": p.decision.rev,
        "parent_rev": parent,
        "form_version": p.item.form_version,
        "content_hash": p.content,
        "data": p.data,
        "device_id": ctx.device.id,
        "batch_id": ctx.batch.batch_id,
        "received_at": ctx.now,
        "kind": "tablet",
        "merged_revs": [],
    }


def _replayed(session: Session, p: Prepared) -> str:
    """The revision a replay stands for: an edit equal to its parent stands for the parent."""
    assert p.decision is not None and p.existing is not None and p.existing.id is not None
    base_rev = p.item.base_rev
    if base_rev and _is_unchanged(session, p.existing.id, base_rev, p.content):
        return base_rev  # it was stored while its parent had not arrived
    return p.decision.rev


def _is_unchanged(session: Session, submission_pk: int, base_rev: str, content: str) -> bool:
    return branches.stored_content_hash(session, submission_pk=submission_pk, rev=base_rev) == (
        content
    )


def _edit(session: Session, ctx: BatchContext, p: Prepared) -> dict[str, Any]:
    """Store an edit as a revision, then recompute the interview from all its revisions."""
    row, decision = p.existing, p.decision
    assert row is not None and row.id is not None and decision is not None
    assert p.version is not None
    base_rev = p.item.base_rev
    if base_rev and _is_unchanged(session, row.id, base_rev, p.content):
        # Saved without a change: the parent stands for it, in every arrival order.
        return receipt(p, "duplicate", "sync.duplicate", rev=base_rev)
    store.insert_revisions(session, [_revision(ctx, p, row.id, parent=p.item.base_rev)])
    row.form_version = max(row.form_version, p.item.form_version)
    row.respondent_pseudonyms = sorted(set(row.respondent_pseudonyms) | set(p.pseudonyms))
    row.attachments = sorted(set(row.attachments) | {a.sha256 for a in p.item.attachments})
    policy = p.version.document.get("x-form", {}).get("conflict_policy", "manual")
    _, conflict_id, held = branches.reconcile_submission(
        session, submission=row, policy=policy, device_id=ctx.device.id, batch_id=ctx.batch.batch_id
    )
    if decision.rev in held:
        return receipt(
            p,
            "merged",
            "sync.held_until_parent",
            rev=decision.rev,  # stored as sent: the tablet's next edit builds on it
            detail="Stored. It will be merged when the version it edits arrives.",
        )
    if conflict_id is not None:
        return receipt(
            p,
            "conflict",
            "sync.conflict",
            rev=row.head_rev,
            branch_rev=decision.rev,
            conflict_id=int(conflict_id),
        )
    if row.head_rev == decision.rev:
        return receipt(p, "updated", "ok", rev=decision.rev)
    branches.announce_head(session, submission=row)
    return receipt(p, "merged", "sync.merged", rev=row.head_rev, branch_rev=decision.rev)


def _quarantine(session: Session, ctx: BatchContext, p: Prepared) -> dict[str, Any]:
    assert ctx.study.id is not None and p.quarantine_reason is not None
    row = store.quarantine(
        session,
        QuarantineItem(
            study_id=ctx.study.id,
            instance_id=p.item.instance_id,
            device_id=ctx.device.id,
            enumerator_id=ctx.device.user_id,
            batch_id=ctx.batch.batch_id,
            form_id=p.item.form_id,
            form_version=p.item.form_version,
            reason=p.quarantine_reason,
            problems=p.problems,
            content_hash=p.content,
            data=p.data,
            received_at=ctx.now,
        ),
    )
    detail = {
        "form.unknown": "This form is not known on the server.",
        "form.version_unknown": "This version of the form was never published.",
        "form.closed": "This form is closed.",
        "answer.invalid": "Some answers do not fit the form.",
    }[p.quarantine_reason]
    return receipt(
        p,
        "quarantined",
        p.quarantine_reason,
        detail=detail + " Kept for a supervisor.",
        quarantine_id=row.id,
        problems=p.problems,
    )
