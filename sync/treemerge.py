"""Pure: merge a whole revision tree field by field, from each branch's latest write.

A revision *writes* a field when its value there differs from the value it edited:
its parent's (a root edits an empty document; a merge or a resolution edits the
merged view of everything it closes). The **live writes** of a field are the writes
that no later revision built on them has overwritten: the maximal writers under the
ancestor order. Their values are the field's candidates. One value: it is the answer.
Several values inside groups or repeats on every side: merge field by field, one
level down. Otherwise: a conflict whose candidates are the latest value of each live
branch. Everything here is a function of the set of revisions and their ancestry,
never of an order of arrival or of folding. See docs/reconciliation.md.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from forms.spec import ITEM_ID_KEY
from sync.merge import ABSENT, Candidate, escape_segment, is_group, is_repeat, same
from sync.revisions import canonical_json

# A key no answer can carry (NUL is refused at intake): marks an unresolved repeat item.
_UNRESOLVED_KEY = "\x00unresolved"


@dataclass(frozen=True, slots=True)
class Node:
    """One revision as the merge sees it.

    ``edited`` is the document this revision changed (see the module docstring);
    ``ancestors`` are every revision it was built on, excluding itself.
    """

    rev: str
    data: Any
    edited: Any
    ancestors: frozenset[str]


@dataclass(frozen=True, slots=True)
class Unresolved:
    """A field whose live writes disagree; it stands in the merged view for the conflict."""

    pointer: str
    base: Any
    base_rev: str | None
    candidates: tuple[Candidate, ...]


def merge_tree(nodes: Sequence[Node], *, rank: Callable[[str], Any]) -> Any:
    """The merged document; conflicting fields hold an `Unresolved` record."""
    by_rev = {n.rev: n for n in nodes}
    pool = [(n, n.data, n.edited) for n in nodes]
    merged = _merge_at([], "", pool, by_rev, rank)
    return {} if merged is ABSENT else merged  # nobody wrote anything: an empty document


def walk(doc: Any, segments: Sequence[str]) -> Any:
    """The value under `segments` (repeat items by item id), or ABSENT."""
    for segment in segments:
        if isinstance(doc, dict) and is_group(doc) and segment in doc:
            doc = doc[segment]
        elif is_repeat(doc):
            doc = next((item for item in doc if item[ITEM_ID_KEY] == segment), ABSENT)
        else:
            return ABSENT
    return doc


def unresolved_in(doc: Any) -> list[Unresolved]:
    """Every conflict left in a merged view, outer pointers first."""
    found: list[Unresolved] = []
    stack = [doc]
    while stack:
        value = stack.pop()
        if isinstance(value, Unresolved):
            found.append(value)
        elif isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return sorted(found, key=lambda u: u.pointer)


def render(doc: Any, pick: Callable[[Unresolved], Any]) -> Any:
    """The merged view with each conflict replaced by the value `pick` shows (ABSENT drops it)."""
    if isinstance(doc, Unresolved):
        return render(pick(doc), pick)
    if isinstance(doc, dict):
        if _UNRESOLVED_KEY in doc:
            return render(doc[_UNRESOLVED_KEY], pick)
        out = {}
        for key, value in doc.items():
            shown = render(value, pick)
            if shown is not ABSENT:
                out[key] = shown
        return out
    if isinstance(doc, list):
        return [v for v in (render(item, pick) for item in doc) if v is not ABSENT]
    return doc


# One revision's values at the pointer being merged: (revision, its value, what it edited).
_At = tuple[Node, Any, Any]


def _merge_at(
    segments: list[str],
    pointer: str,
    pool: list[_At],
    by_rev: Mapping[str, Node],
    rank: Callable[[str], Any],
) -> Any:
    # Only a revision that writes a field can write something inside it: `pool` shrinks.
    writers = [at for at in pool if not same(at[1], at[2])]
    live = [at for at in writers if not any(at[0].rev in m[0].ancestors for m in writers)]
    if not live:
        return ABSENT
    values = [value for _, value, _ in live]
    if all(same(v, values[0]) for v in values[1:]):
        return values[0]
    if all(is_group(v) for v in values):
        merged: dict[str, Any] = {}
        for key in sorted(set().union(*(v.keys() for v in values))):
            child = f"{pointer}/{escape_segment(key)}"
            inner = [(n, _get(v, key), _get(e, key)) for n, v, e in writers]
            value = _merge_at([*segments, key], child, inner, by_rev, rank)
            if value is not ABSENT:
                merged[key] = value
        return merged
    base_rev = _base([n for n, _, _ in live], by_rev, rank)
    base = walk(by_rev[base_rev].data, segments) if base_rev else ABSENT
    if all(is_repeat(v) for v in values):
        return _merge_items(segments, pointer, values, base, writers, by_rev, rank)
    return Unresolved(pointer, base, base_rev, _candidates(live, rank))


def _get(doc: Any, key: str) -> Any:
    return doc[key] if isinstance(doc, dict) and is_group(doc) and key in doc else ABSENT


def _merge_items(
    segments: list[str],
    pointer: str,
    values: list[Any],
    base: Any,
    writers: list[_At],
    by_rev: Mapping[str, Node],
    rank: Callable[[str], Any],
) -> list[Any]:
    indexed = [(n, _items(v), _items(e)) for n, v, e in writers]
    kept: dict[str, Any] = {}
    for item_id in sorted({item[ITEM_ID_KEY] for v in values for item in v}):
        child = f"{pointer}/{escape_segment(item_id)}"
        inner = [(n, v.get(item_id, ABSENT), e.get(item_id, ABSENT)) for n, v, e in indexed]
        value = _merge_at([*segments, item_id], child, inner, by_rev, rank)
        if isinstance(value, Unresolved):
            value = {ITEM_ID_KEY: item_id, _UNRESOLVED_KEY: value}
        if value is not ABSENT:
            kept[item_id] = value
    # Canonical order: the base's items where the base had them, then new items by id.
    # Tablets add and delete items but never move them, and position is not an answer.
    old = [i[ITEM_ID_KEY] for i in base if i[ITEM_ID_KEY] in kept] if is_repeat(base) else []
    return [kept[i] for i in [*old, *sorted(kept.keys() - set(old))]]


def _items(doc: Any) -> dict[str, Any]:
    return {item[ITEM_ID_KEY]: item for item in doc} if is_repeat(doc) else {}


def _base(live: list[Node], by_rev: Mapping[str, Node], rank: Callable[[str], Any]) -> str | None:
    """The latest revision every live writer was built on (in a tree: their common ancestor)."""
    common = set.intersection(*({n.rev, *n.ancestors} for n in live))
    return max(common, key=rank) if common else None


def _candidates(live: list[_At], rank: Callable[[str], Any]) -> tuple[Candidate, ...]:
    groups: dict[bytes, tuple[Any, list[str]]] = {}
    for node, value, _ in live:
        key = b"\x00absent" if value is ABSENT else canonical_json(value)
        groups.setdefault(key, (value, []))[1].append(node.rev)
    found = [
        Candidate(value, tuple(sorted(revs, key=rank, reverse=True)))
        for value, revs in groups.values()
    ]
    return tuple(sorted(found, key=lambda c: rank(c.revs[0]), reverse=True))
