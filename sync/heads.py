"""Pure: an interview's head, recomputed from the set of its revisions.

After an edit is stored (or a supervisor resolves a conflict) the interview is a
function of every revision the server holds (sync/history.py), never of their arrival
order:

- one leaf: that leaf is the head;
- several leaves that merge cleanly (or by the form's prefer_* policy): the head is a
  merge revision whose id and content follow from the leaves it closes, so every
  server derives the same one; it is stored so that tablets can edit on it, and it
  counts in later merges only once a tablet has built on it;
- leaves that disagree under the `manual` policy: the head is CouchDB's winner, it
  shows the deterministic choice, and the one open conflict holds every live value of
  each disputed field;
- an edit whose parent the server never saw is held out of the merge until its
  parent arrives, and the interview is flagged meanwhile.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from forms.spec import ConflictPolicy
from sync.history import Revision, make_merge_revision, merge_history
from sync.plan import ConflictRecord, HeadChange, NewRevision, StoredRevision
from sync.revisions import content_hash

ORPHAN_FLAG = "sync.edit_waiting_for_parent"


def connected_revisions(rows: Sequence[StoredRevision]) -> tuple[list[Revision], set[str]]:
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


def recompute_head(
    revisions: Sequence[StoredRevision],
    *,
    form_id: str,
    form_version: int,
    flags: Sequence[str],
    policy: ConflictPolicy,
) -> HeadChange:
    """The head, answers, flags and open conflict that the set of revisions calls for."""
    connected, held = connected_revisions(revisions)
    merged = merge_history(connected, policy=policy)
    head_rev, answers = merged.head_rev, merged.answers
    merge: NewRevision | None = None
    if len(merged.leaves) > 1 and not merged.needs_review:
        content = content_hash(form_id=form_id, form_version=form_version, data=answers)
        made = make_merge_revision(merged, answers, content=content)
        head_rev = made.rev
        if made.rev not in {r.rev for r in revisions}:
            merge = NewRevision(
                rev=made.rev,
                parent_rev=made.parent_rev,
                form_version=form_version,
                content_hash=content,
                data=answers,
                kind="merge",
                merged_revs=tuple(made.merged_revs),
            )
    conflict = None
    if merged.needs_review:
        conflict = ConflictRecord(
            server_rev=merged.head_rev,
            tablet_rev=merged.leaves[1] if len(merged.leaves) > 1 else merged.head_rev,
            fields=tuple(c.as_record() for c in merged.conflicts),
        )
    return HeadChange(
        head_rev=head_rev,
        data=answers,
        content_hash=_head_hash(revisions, head_rev, answers, form_id, form_version),
        flags=tuple(sorted((set(flags) - {ORPHAN_FLAG}) | ({ORPHAN_FLAG} if held else set()))),
        merge=merge,
        conflict=conflict,
        held=frozenset(held),
    )


def _head_hash(
    revisions: Sequence[StoredRevision],
    head_rev: str,
    answers: Mapping[str, Any],
    form_id: str,
    form_version: int,
) -> str:
    for row in revisions:
        if row.rev == head_rev and row.data == answers:
            return row.content_hash
    return content_hash(form_id=form_id, form_version=form_version, data=answers)
