"""Pure: decide what each prepared item of a batch is, and what to write for it.

    withdrawn     the instance has a tombstone                -> rejected, nothing written
    refused       broke the protocol / preparing it failed     -> rejected or retry
    quarantined   unknown or closed form, invalid answers      -> a quarantine row (once)
    new           nothing stored under this instance id        -> created: interview + revision
    replay        this exact revision is stored                -> duplicate, nothing written
    unchanged     an edit equal to its parent                  -> duplicate of the parent
    edit          a revision on the head or a stale base       -> the revision, and the head
                  recomputed from every revision: updated, merged, conflict, or held

The input is the prepared items and the state loaded for the batch; the output is one
receipt and one write per item. No database, clock or randomness: `facts.now` is given.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Literal, Protocol

from sync.heads import recompute_head
from sync.plan import (
    BatchFacts,
    BatchState,
    Create,
    Decision,
    Envelope,
    FormVersionRef,
    Item,
    NewRevision,
    NoWrite,
    PreparedItem,
    Quarantine,
    RefusedItem,
    Revise,
    StoredRevision,
    StoredSubmission,
)
from sync.receipts import (
    QUARANTINE_DETAIL,
    RETRY,
    STORED,
    WITHDRAWN,
    Conflicted,
    Created,
    Duplicate,
    Merged,
    Quarantined,
    Receipt,
    Updated,
    rejected,
    retry,
)
from sync.revisions import make_rev

# Device clocks drift; only flag what is off by more than this after correction.
CLOCK_TOLERANCE = timedelta(minutes=10)
HELD_DETAIL = "Stored. It will be merged when the version it edits arrives."

Kind = Literal["new", "replay", "edit", "stale"]


class HasRevisions(Protocol):
    @property
    def head_rev(self) -> str: ...
    @property
    def revs(self) -> Collection[str]: ...


@dataclass(frozen=True, slots=True)
class Existing:
    """What the server holds for one instance id (the parts `classify` reads)."""

    head_rev: str
    head_hash: str
    revs: Collection[str]


@dataclass(frozen=True, slots=True)
class Classified:
    kind: Kind
    rev: str  # the incoming revision's id


def classify(
    *,
    existing: HasRevisions | None,
    base_rev: str | None,
    content: str,
    content_before_decisions: str = "",
) -> Classified:
    """Classify one incoming revision against the stored ones.

    `content_before_decisions` is what the same answers became before a supervisor's
    remembered decision on a held span: a retry of a push stored before that decision
    is a replay of the revision it made then.
    """
    rev = make_rev(parent_rev=base_rev, content=content)
    if existing is None:
        return Classified("new", rev)
    if rev in existing.revs:
        return Classified("replay", rev)
    if content_before_decisions:
        earlier = make_rev(parent_rev=base_rev, content=content_before_decisions)
        if earlier in existing.revs:
            return Classified("replay", earlier)
    # No shortcut for "same answers as the head": which answers the head holds depends
    # on the order edits arrived in, and the receipt must not.
    if base_rev is not None and base_rev == existing.head_rev:
        return Classified("edit", rev)
    return Classified("stale", rev)


def decide_batch(items: Sequence[Item], state: BatchState, facts: BatchFacts) -> list[Decision]:
    """One receipt and one write per item, in the items' order."""
    decisions = [_decide(item, state, facts) for item in items]
    return [_with_missing_files(d, items[i], state) for i, d in enumerate(decisions)]


def _decide(item: Item, state: BatchState, facts: BatchFacts) -> Decision:
    instance_id = item.instance_id if isinstance(item, RefusedItem) else item.envelope.instance_id
    if instance_id and instance_id in state.tombstoned:
        return Decision(item.index, rejected(instance_id, WITHDRAWN, []), NoWrite())
    if isinstance(item, RefusedItem):
        if item.code == RETRY:
            return Decision(item.index, retry(instance_id), NoWrite())
        return Decision(
            item.index, rejected(instance_id, item.code, list(item.problems)), NoWrite()
        )
    form = item.form
    if item.quarantine is not None or form is None:
        return _quarantine(item, state, facts)
    stored = state.submissions.get(instance_id)
    found = classify(
        existing=stored,
        base_rev=item.envelope.base_rev,
        content=item.content,
        content_before_decisions=item.content_before_decisions,
    )
    if stored is None:  # found.kind == "new"
        row = _new_submission(item, form, facts, rev=found.rev)
        revision = _revision(item, rev=found.rev)
        created = Created(instance_id=instance_id, code="ok", rev=found.rev)
        return Decision(item.index, created, Create(row, revision))
    base_rev = item.envelope.base_rev
    if base_rev is not None and _content_of(stored, base_rev) == item.content:
        # Saved without a change: the parent stands for it, in every arrival order (a
        # replay of such an edit was stored while its parent had not arrived).
        receipt = Duplicate(instance_id=instance_id, code="sync.duplicate", rev=base_rev)
        return Decision(item.index, receipt, NoWrite())
    if found.kind == "replay":
        receipt = Duplicate(instance_id=instance_id, code="sync.duplicate", rev=found.rev)
        return Decision(item.index, receipt, NoWrite())
    return _edit(item, form, stored, state, facts, rev=found.rev)


def _content_of(stored: StoredSubmission, rev: str) -> str | None:
    return next((r.content_hash for r in stored.revisions if r.rev == rev), None)


def _edit(
    item: PreparedItem,
    form: FormVersionRef,
    stored: StoredSubmission,
    state: BatchState,
    facts: BatchFacts,
    *,
    rev: str,
) -> Decision:
    """Store the edit as a revision and recompute the interview from all its revisions."""
    env = item.envelope
    revision = _revision(item, rev=rev)
    form_version = max(stored.form_version, env.form_version)
    head = recompute_head(
        (*stored.revisions, _as_stored(revision, facts.device_id)),
        form_id=stored.form_id,
        form_version=form_version,
        flags=stored.flags,
        policy=form.conflict_policy,
    )
    receipt: Receipt
    announce: tuple[int, ...] = ()
    if rev in head.held:  # stored as sent: the tablet's next edit builds on it
        receipt = Merged(
            instance_id=env.instance_id, code="sync.held_until_parent", rev=rev, detail=HELD_DETAIL
        )
    elif head.conflict is not None:
        receipt = Conflicted(
            instance_id=env.instance_id,
            code="sync.conflict",
            rev=head.head_rev,
            branch_rev=rev,
            conflict_id=stored.open_conflict_id,
        )
    elif head.head_rev == rev:
        receipt = Updated(instance_id=env.instance_id, code="ok", rev=rev)
    else:
        announce = _holders(stored, state, facts)
        receipt = Merged(
            instance_id=env.instance_id, code="sync.merged", rev=head.head_rev, branch_rev=rev
        )
    write = Revise(
        submission=stored,
        revision=revision,
        form_version=form_version,
        pseudonyms=tuple(sorted(set(stored.pseudonyms) | set(item.pseudonyms))),
        attachments=tuple(sorted(set(stored.attachments) | set(env.attachments))),
        head=head,
        announce=announce,
    )
    return Decision(item.index, receipt, write)


def _as_stored(revision: NewRevision, device_id: str) -> StoredRevision:
    return StoredRevision(
        rev=revision.rev,
        parent_rev=revision.parent_rev,
        data=revision.data,
        content_hash=revision.content_hash,
        kind=revision.kind,
        merged_revs=revision.merged_revs,
        device_id=device_id,
    )


def _holders(stored: StoredSubmission, state: BatchState, facts: BatchFacts) -> tuple[int, ...]:
    """The enumerators whose tablets hold the interview: who sent a revision, and its owner."""
    users = {state.owners[r.device_id] for r in stored.revisions if r.device_id in state.owners}
    return tuple(sorted(users | {facts.enumerator_id, stored.enumerator_id}))


def _quarantine(item: PreparedItem, state: BatchState, facts: BatchFacts) -> Decision:
    env, reason = item.envelope, item.quarantine or "form.unknown"
    known = state.quarantined.get((env.instance_id, item.content))
    receipt = Quarantined(
        instance_id=env.instance_id,
        code=reason,
        detail=QUARANTINE_DETAIL[reason] + " Kept for a supervisor.",
        problems=item.problems,
        quarantine_id=known,
    )
    if known is not None:  # the same content twice is kept once
        return Decision(item.index, receipt, NoWrite())
    row = {
        "study_id": facts.study_id,
        "instance_id": env.instance_id,
        "device_id": facts.device_id,
        "enumerator_id": facts.enumerator_id,
        "batch_id": facts.batch_id,
        "form_id": env.form_id,
        "form_version": env.form_version,
        "reason": reason,
        "problems": list(item.problems),
        "content_hash": item.content,
        "data": item.data,
        "received_at": facts.now,
    }
    return Decision(item.index, receipt, Quarantine(row, holds=item.holds))


def _revision(item: PreparedItem, *, rev: str) -> NewRevision:
    return NewRevision(
        rev=rev,
        parent_rev=item.envelope.base_rev,
        form_version=item.envelope.form_version,
        content_hash=item.content,
        data=item.data,
        holds=item.holds,
    )


def _new_submission(
    item: PreparedItem, form: FormVersionRef, facts: BatchFacts, *, rev: str
) -> dict[str, object]:
    env = item.envelope
    village = item.data.get("village")
    return {
        "study_id": facts.study_id,
        "instance_id": env.instance_id,
        "form_pk": form.form_pk,
        "form_version": env.form_version,
        "device_id": facts.device_id,
        "enumerator_id": facts.enumerator_id,
        "village": village if isinstance(village, str) else None,
        "head_rev": rev,
        "content_hash": item.content,
        "data": item.data,
        "state": "awaiting_attachments" if env.attachments else "complete",
        "attachments": list(env.attachments),
        "respondent_pseudonyms": list(item.pseudonyms),
        "flags": clock_flags(env, facts),
        "started_at": env.started_at,
        "ended_at": env.ended_at,
        "clock_offset_s": facts.clock_offset_s,
        "received_at": facts.now,
        "updated_at": facts.now,
    }


def clock_flags(env: Envelope, facts: BatchFacts) -> list[str]:
    """Device clocks are untrusted: flag what the corrected times make implausible."""
    flags = []
    shift = timedelta(seconds=facts.clock_offset_s or 0)
    for name, moment in (("started_at", env.started_at), ("ended_at", env.ended_at)):
        if moment is None:
            continue
        if moment + shift > facts.now + CLOCK_TOLERANCE or moment > facts.now + timedelta(days=1):
            flags.append(f"clock.{name}_in_future")
        start = facts.fieldwork_start
        if start is not None and (moment + shift).date() < start:
            flags.append(f"clock.{name}_before_study")
    if env.started_at and env.ended_at and env.ended_at < env.started_at:
        flags.append("clock.ended_before_started")
    return flags


def _with_missing_files(decision: Decision, item: Item, state: BatchState) -> Decision:
    """Stored items list the declared files the server does not hold yet."""
    if decision.receipt.outcome not in STORED or not isinstance(item, PreparedItem):
        return decision
    missing = tuple(h for h in item.envelope.attachments if h not in state.stored_blobs)
    if not missing:
        return decision
    return Decision(decision.index, decision.receipt.with_missing(missing), decision.write)
