"""Pure: merge every revision of one interview into one answer document (reconciliation).

The revisions form a tree (CouchDB's revision tree): each has a parent, and a merge
or resolution revision also lists the leaves it closes in ``merged_revs``. The
result is a function of the set of revisions alone: the winner is CouchDB's, and
each field takes the latest write of every live branch (sync/treemerge.py). Merge
revisions the server derived count only once a received revision builds on them,
and an edit that changed nothing stands for its parent. See docs/reconciliation.md.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Literal

from forms.spec import ITEM_ID_KEY, ConflictPolicy
from sync.merge import ABSENT, Answers, Candidate, FieldConflict, Merge, is_repeat, same
from sync.revisions import canonical_json, generation, make_rev, rev_sort_key
from sync.treemerge import Node, Unresolved, merge_tree, render, unresolved_in


@dataclass(frozen=True, slots=True)
class Revision:
    """One stored version. ``author`` and ``received_at`` never affect reconciliation.

    ``is_merge`` marks a merge the server derived (not a tablet's edit, not a
    supervisor's resolution); ``content`` is its content hash, when known.
    """

    rev: str
    parent_rev: str | None
    data: Mapping[str, Any]
    author: str | None = None
    received_at: datetime | None = None
    merged_revs: tuple[str, ...] = ()
    is_merge: bool = False
    content: str | None = None


@dataclass(frozen=True, slots=True)
class Reconciled:
    head_rev: str
    leaves: tuple[str, ...]  # the winner first, then CouchDB's order
    answers: Answers
    conflicts: tuple[FieldConflict, ...]

    @property
    def needs_review(self) -> bool:
        return any(not c.is_auto_resolved for c in self.conflicts)


@dataclass(frozen=True, slots=True)
class TypedValue:
    """A value the supervisor typed instead of picking a side; ABSENT removes the field."""

    value: Any


@dataclass(frozen=True, slots=True)
class CandidateChoice:
    """One of a conflict's live values, by its position in `candidates` (a third or later one)."""

    index: int


Choice = Literal["ours", "theirs", "base"] | TypedValue | CandidateChoice


def merge_history(
    revisions: Iterable[Revision], *, policy: ConflictPolicy = "manual"
) -> Reconciled:
    """Merge every live branch, field by field; the result depends on the set alone."""
    tree = _without_unused_merges(_without_noop_edits(_index(revisions)))
    closed = {r for node in tree.values() for r in (node.parent_rev, *node.merged_revs)}
    leaves = sorted((r for r in tree if r not in closed), key=rev_sort_key, reverse=True)
    line = _ancestors(tree, leaves[0])
    view = merge_tree(_nodes(tree), rank=rev_sort_key)
    conflicts = tuple(_record(u, line, policy) for u in unresolved_in(view))
    shown = {c.pointer: getattr(c, c.shown) for c in conflicts}
    answers = copy.deepcopy(render(view, lambda u: shown[u.pointer]))
    return Reconciled(leaves[0], tuple(leaves), answers, conflicts)


# Migration 0012 imports the old name, and a merged migration is never edited.
reconcile_history = merge_history


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
    if isinstance(choice, CandidateChoice):
        offered = records[0].candidates
        if not 0 <= choice.index < len(offered):
            raise ValueError(f"{pointer}: no candidate {choice.index}")
        return offered[choice.index].value
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
        if seen.is_merge and not node.is_merge:
            # Received as well as derived: it counts, whichever copy came first.
            tree[node.rev] = replace(seen, is_merge=False)
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


def _without_noop_edits(tree: dict[str, Revision]) -> dict[str, Revision]:
    """An edit equal to its parent stands for its parent: it changes nothing, not even the winner.

    Whether such an edit is stored depends on arrival order (it is a `duplicate` when
    its parent is there, held when not), so it must not count either way.
    """
    alias: dict[str, str] = {}
    for node in sorted(tree.values(), key=lambda n: generation(n.rev)):
        parent = tree.get(node.parent_rev or "")
        if parent is None or node.merged_revs or node.is_merge:
            continue
        if (
            (node.content == parent.content)
            if node.content and parent.content
            else same(dict(node.data), dict(parent.data))
        ):
            alias[node.rev] = alias.get(parent.rev, parent.rev)
    if not alias:
        return tree

    def to(rev: str | None) -> str | None:
        return alias.get(rev, rev) if rev else rev

    return {
        rev: replace(
            node,
            parent_rev=to(node.parent_rev),
            merged_revs=tuple(dict.fromkeys(str(to(r)) for r in node.merged_revs)),
        )
        for rev, node in tree.items()
        if rev not in alias
    }


def _without_unused_merges(tree: dict[str, Revision]) -> dict[str, Revision]:
    """Keep the server's merges only where a received revision builds on them.

    Which merges the server stored along the way depends on arrival order; a merge
    a tablet edited on is part of that tablet's history, so it counts from then on.
    """
    used: set[str] = set()
    for node in tree.values():
        if not node.is_merge:
            used |= _ancestors(tree, node.rev)
    return {rev: node for rev, node in tree.items() if rev in used}


def _nodes(tree: Mapping[str, Revision]) -> list[Node]:
    """Each revision with what it edited (a merge or resolution: the merged view of its past)."""
    nodes: dict[str, Node] = {}
    for node in sorted(tree.values(), key=lambda n: generation(n.rev)):
        past = frozenset(_ancestors(tree, node.rev) - {node.rev})
        if node.merged_revs:
            edited = merge_tree([nodes[r] for r in sorted(past)], rank=rev_sort_key)
        elif node.parent_rev is not None and node.parent_rev in tree:
            edited = tree[node.parent_rev].data
        else:
            edited = {}  # a root, or a parent never received: an addition to nothing
        nodes[node.rev] = Node(node.rev, node.data, edited, past)
    return list(nodes.values())


def _record(u: Unresolved, line: set[str], policy: ConflictPolicy) -> FieldConflict:
    """One record per field: the winner's branch is "ours"; the shown value is ours or theirs."""
    first = next((c for c in u.candidates if line & set(c.revs)), u.candidates[0])
    others = [c for c in u.candidates if c is not first]
    if policy == "prefer_server":
        shown = first
    elif policy == "prefer_tablet":
        shown = others[0]
    else:
        shown = max(u.candidates, key=_manual_rank)
    ordered = [
        first,
        *([shown] if shown is not first else []),
        *(c for c in others if c is not shown),
    ]
    return FieldConflict(
        u.pointer,
        u.base,
        ordered[0].value,
        ordered[1].value,
        shown="ours" if shown is first else "theirs",
        is_auto_resolved=policy != "manual",
        base_rev=u.base_rev,
        ours_revs=ordered[0].revs,
        theirs_revs=ordered[1].revs,
        candidates=tuple(ordered),
    )


def _manual_rank(candidate: Candidate) -> tuple[bool, bytes]:
    # An edit stays visible over a deletion until a supervisor decides; between values,
    # content alone decides, so the choice is the same on every server in every order.
    if candidate.value is ABSENT:
        return (False, b"")
    return (True, canonical_json(candidate.value))


def _segments(pointer: str) -> list[str]:
    if not pointer:
        return []
    return [s.replace("~1", "/").replace("~0", "~") for s in pointer.split("/")[1:]]
