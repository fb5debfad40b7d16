"""Pure: reconcile every revision of one interview into one answer document.

The revisions form a tree (CouchDB's revision tree): each has a parent, and a merge
or resolution revision also lists the leaves it closes in ``merged_revs``. The
result depends only on the set of revisions, never on arrival order: the winner is
CouchDB's, and leaves are folded in one canonical order. See docs/reconciliation.md.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Literal

from forms.spec import ITEM_ID_KEY, ConflictPolicy
from sync.merge import ABSENT, Answers, FieldConflict, Merge, is_repeat, merge_answers, same
from sync.revisions import generation, make_rev, rev_sort_key


@dataclass(frozen=True, slots=True)
class Revision:
    """One stored version. ``author`` and ``received_at`` never affect reconciliation."""

    rev: str
    parent_rev: str | None
    data: Mapping[str, Any]
    author: str | None = None
    received_at: datetime | None = None
    merged_revs: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Reconciled:
    head_rev: str
    leaves: tuple[str, ...]  # canonical fold order: the winner first
    answers: Answers
    conflicts: tuple[FieldConflict, ...]

    @property
    def needs_review(self) -> bool:
        return any(not c.is_auto_resolved for c in self.conflicts)


@dataclass(frozen=True, slots=True)
class TypedValue:
    """A value the supervisor typed instead of picking a side; ABSENT removes the field."""

    value: Any


Choice = Literal["ours", "theirs", "base"] | TypedValue


def reconcile_history(
    revisions: Iterable[Revision], *, policy: ConflictPolicy = "manual"
) -> Reconciled:
    """Merge every open leaf into the winner; the result depends on the set alone."""
    tree = _index(revisions)
    closed = {r for node in tree.values() for r in (node.parent_rev, *node.merged_revs)}
    leaves = sorted((r for r in tree if r not in closed), key=rev_sort_key, reverse=True)
    answers: Answers = copy.deepcopy(dict(tree[leaves[0]].data))
    folded = [leaves[0]]
    folded_ancestors = _ancestors(tree, leaves[0])
    conflicts: list[FieldConflict] = []
    for leaf in leaves[1:]:
        mine = _ancestors(tree, leaf)
        common = mine & folded_ancestors
        # In a tree the common ancestors form a chain, so the one with the longest
        # history is the lowest. No common ancestor (two tablets created the same
        # instance, or an unknown parent): both sides are additions to nothing.
        base_rev = max(common, key=rev_sort_key) if common else None
        base = tree[base_rev].data if base_rev else {}
        merge = merge_answers(base, answers, tree[leaf].data, policy=policy)
        conflicts.extend(_attribute(c, tree, folded, leaf, base_rev) for c in merge.conflicts)
        answers = merge.answers
        folded.append(leaf)
        folded_ancestors |= mine
    return Reconciled(leaves[0], tuple(leaves), answers, tuple(conflicts))


def make_merge_revision(
    reconciled: Reconciled,
    answers: Mapping[str, Any],
    *,
    content: str,
    author: str | None = None,
    received_at: datetime | None = None,
) -> Revision:
    """The revision that stores `answers` on the winner and closes every other leaf.

    `content` is the caller's content hash of `answers`. The id covers the winner, the
    content and the closed leaves, so the same merge of the same set gets the same id
    on any server, and never the id of a tablet edit that happens to hold the same
    answers but closes nothing.
    """
    closed = reconciled.leaves[1:]
    return Revision(
        rev=make_rev(parent_rev=reconciled.head_rev, content="\x00".join((content, *closed))),
        parent_rev=reconciled.head_rev,
        data=answers,
        author=author,
        received_at=received_at,
        merged_revs=closed,
    )


def apply_resolution(conflict: Merge | Reconciled, choices: Mapping[str, Choice]) -> Answers:
    """Apply a supervisor's per-field choices (keyed by pointer) to the merged answers."""
    by_pointer: dict[str, list[FieldConflict]] = {}
    for record in conflict.conflicts:
        by_pointer.setdefault(record.pointer, []).append(record)
    if unknown := sorted(choices.keys() - by_pointer.keys()):
        raise ValueError(f"no conflict at {', '.join(unknown)}")
    open_pointers = {c.pointer for c in conflict.conflicts if not c.is_auto_resolved}
    if undecided := sorted(open_pointers - choices.keys()):
        raise ValueError(f"no choice for {', '.join(undecided)}")
    answers = copy.deepcopy(conflict.answers)
    # Outer fields first, so a choice inside a repeat item lands in the chosen item.
    for pointer in sorted(choices, key=lambda p: (p.count("/"), p)):
        value = _chosen_value(pointer, by_pointer[pointer], choices[pointer])
        set_at(answers, pointer, copy.deepcopy(value))
    return answers


def get_at(doc: Any, pointer: str) -> Any:
    """The value at `pointer` (repeat items by item id), or ABSENT."""
    return _walk(doc, _segments(pointer))


def _walk(doc: Any, segments: list[str]) -> Any:
    for segment in segments:
        if isinstance(doc, dict) and segment in doc:
            doc = doc[segment]
        elif is_repeat(doc):
            doc = next((item for item in doc if item[ITEM_ID_KEY] == segment), ABSENT)
        else:
            return ABSENT
    return doc


def set_at(doc: Answers, pointer: str, value: Any) -> None:
    """Write (or, for ABSENT, remove) the value at `pointer` in place."""
    segments = _segments(pointer)
    if not segments:
        raise ValueError("the whole document is not a field")
    parent, last = _walk(doc, segments[:-1]), segments[-1]
    if isinstance(parent, dict):
        if value is ABSENT:
            parent.pop(last, None)
        else:
            parent[last] = value
    elif is_repeat(parent):
        at = next((i for i, item in enumerate(parent) if item[ITEM_ID_KEY] == last), None)
        if value is not ABSENT and not (isinstance(value, dict) and value.get(ITEM_ID_KEY) == last):
            raise ValueError(f"{pointer}: a repeat item must carry its own {ITEM_ID_KEY}")
        if at is None and value is not ABSENT:
            parent.append(value)
        elif at is not None:
            parent[at : at + 1] = [] if value is ABSENT else [value]
    elif value is not ABSENT:
        # Removing a field whose group or item is already gone leaves nothing to do.
        raise ValueError(f"{pointer}: the enclosing field is not there")


def _chosen_value(pointer: str, records: list[FieldConflict], choice: Choice) -> Any:
    if isinstance(choice, TypedValue):
        return choice.value
    values = [getattr(record, choice) for record in records]
    # Three or more leaves can disagree on one field: one name must mean one value.
    if any(not same(v, values[0]) for v in values[1:]):
        raise ValueError(f"{pointer}: the conflicts here differ on {choice!r}; type a value")
    return values[0]


def _index(revisions: Iterable[Revision]) -> dict[str, Revision]:
    tree: dict[str, Revision] = {}
    for node in revisions:
        seen = tree.setdefault(node.rev, node)
        # The same revision may arrive twice (replays, several servers): it must be
        # the same node, or the result would depend on which copy came first.
        if seen is not node and (
            seen.parent_rev != node.parent_rev
            or seen.merged_revs != node.merged_revs
            or not same(dict(seen.data), dict(node.data))
        ):
            raise ValueError(f"revision {node.rev} arrived with two different contents")
    if not tree:
        raise ValueError("no revisions")
    for node in tree.values():
        # Generations strictly decrease towards the root, so the graph has no cycle.
        if node.parent_rev in tree and generation(node.rev) != generation(node.parent_rev) + 1:
            raise ValueError(f"revision {node.rev} does not follow its parent")
        if any(r in tree and generation(r) >= generation(node.rev) for r in node.merged_revs):
            raise ValueError(f"revision {node.rev} merges a revision not older than itself")
    return tree


def _ancestors(tree: Mapping[str, Revision], rev: str) -> set[str]:
    found: set[str] = set()
    stack = [rev]
    while stack:
        current = stack.pop()
        if current in tree and current not in found:
            found.add(current)
            node = tree[current]
            stack.extend(r for r in (node.parent_rev, *node.merged_revs) if r is not None)
    return found


def _attribute(
    conflict: FieldConflict,
    tree: Mapping[str, Revision],
    folded: list[str],
    leaf: str,
    base_rev: str | None,
) -> FieldConflict:
    """Name the leaves behind each side: those holding the value, else those that changed it."""
    values = {r: get_at(tree[r].data, conflict.pointer) for r in folded}
    ours = tuple(r for r in folded if same(values[r], conflict.ours)) or tuple(
        r for r in folded if not same(values[r], conflict.base)
    )
    return replace(conflict, base_rev=base_rev, ours_revs=ours, theirs_revs=(leaf,))


def _segments(pointer: str) -> list[str]:
    if not pointer:
        return []
    return [s.replace("~1", "/").replace("~0", "~") for s in pointer.split("/")[1:]]
