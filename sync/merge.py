"""Pure: three-way merge of two anonymized answer documents, field by field.

Fields are addressed by JSON pointer (RFC 6901), except that inside a repeat the
segment is the item's ``_item_id``, never its position: ``/members/5b1e…/age``. Two
tablets that each add a household member shift every index, but no item id.

Also the values and records every merge shares (ABSENT, JSON equality, conflict
records with their candidates). ``ours`` is one side and ``theirs`` the other; a whole
revision tree is merged by sync/treemerge.py, of which this two-document merge is the
special case. An absent key and a missing marker are different values; a marker is
compared whole, like any other answer. See docs/reconciliation.md.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final, Literal

from forms.spec import ITEM_ID_KEY, MISSING_KEY, ConflictPolicy
from sync.revisions import canonical_json

Answers = dict[str, Any]
Side = Literal["ours", "theirs"]


class _Absent(enum.Enum):
    ABSENT = "absent"

    def __repr__(self) -> str:
        return "ABSENT"


# Not None: null is a legitimate answer, and "key not there" must stay distinguishable.
ABSENT: Final = _Absent.ABSENT


@dataclass(frozen=True, slots=True)
class Candidate:
    """A live value of one field and the revisions whose latest write holds it."""

    value: Any
    revs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class FieldConflict:
    """Both sides changed one field differently. Any of the values may be ABSENT.

    ``shown`` names the side whose value the merged document carries. The revision
    fields are filled in by history reconciliation; a plain merge leaves them empty.
    """

    pointer: str
    base: Any
    ours: Any
    theirs: Any
    shown: Side = "ours"
    is_auto_resolved: bool = False
    base_rev: str | None = None
    ours_revs: tuple[str, ...] = ()
    theirs_revs: tuple[str, ...] = ()
    # Every live value (history level): ours and theirs are the first two.
    candidates: tuple[Candidate, ...] = ()

    def as_record(self) -> dict[str, Any]:
        """A JSON-ready record; an absent value is an omitted key, never null."""
        record: dict[str, Any] = {
            "pointer": self.pointer,
            "shown": self.shown,
            "is_auto_resolved": self.is_auto_resolved,
            "base_rev": self.base_rev,
            "ours_revs": list(self.ours_revs),
            "theirs_revs": list(self.theirs_revs),
        }
        for name in ("base", "ours", "theirs"):
            value = getattr(self, name)
            if value is not ABSENT:
                record[name] = value
        if self.candidates:
            record["candidates"] = [
                {"revs": list(c.revs)} | ({} if c.value is ABSENT else {"value": c.value})
                for c in self.candidates
            ]
        return record


@dataclass(frozen=True, slots=True)
class Merge:
    answers: Answers
    conflicts: tuple[FieldConflict, ...]


def merge_answers(
    base: Mapping[str, Any],
    ours: Mapping[str, Any],
    theirs: Mapping[str, Any],
    *,
    policy: ConflictPolicy,
) -> Merge:
    """Merge two edits of `base` field by field; conflicting fields follow `policy`."""
    conflicts: list[FieldConflict] = []
    answers = _merge_group(base, ours, theirs, "", policy, conflicts)
    return Merge(answers=answers, conflicts=tuple(sorted(conflicts, key=lambda c: c.pointer)))


def same(a: Any, b: Any) -> bool:
    """JSON equality: unlike ``==``, ``1``, ``1.0`` and ``true`` differ.

    Revision hashes see them as different content, so the merge must too, or an
    edit from 1 to true would vanish without a trace.
    """
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[key], b[key]) for key in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(map(same, a, b))
    return bool(a == b)


def is_group(value: Any) -> bool:
    # Any dict carrying _missing is an answer, even with an unknown code: merging
    # inside it would split one recorded reason into sub-fields.
    return isinstance(value, dict) and MISSING_KEY not in value


def is_repeat(value: Any) -> bool:
    if not isinstance(value, list):
        return False
    ids = [item.get(ITEM_ID_KEY) if isinstance(item, dict) else None for item in value]
    # Without unique ids there is nothing stable to match on: the list is one answer.
    return all(isinstance(i, str) for i in ids) and len(set(ids)) == len(ids)


def escape_segment(segment: str) -> str:
    return segment.replace("~", "~0").replace("/", "~1")


def _merge_value(
    b: Any, o: Any, t: Any, pointer: str, policy: ConflictPolicy, out: list[FieldConflict]
) -> Any:
    if same(o, t) or same(t, b):
        return o
    if same(o, b):
        return t
    if is_group(o) and is_group(t) and (b is ABSENT or is_group(b)):
        return _merge_group({} if b is ABSENT else b, o, t, pointer, policy, out)
    if is_repeat(o) and is_repeat(t) and (b is ABSENT or is_repeat(b)):
        return _merge_repeat([] if b is ABSENT else b, o, t, pointer, policy, out)
    return _conflict(pointer, b, o, t, policy, out)


def _merge_group(
    b: Mapping[str, Any],
    o: Mapping[str, Any],
    t: Mapping[str, Any],
    pointer: str,
    policy: ConflictPolicy,
    out: list[FieldConflict],
) -> Answers:
    merged: Answers = {}
    for key in sorted(b.keys() | o.keys() | t.keys()):  # sorted: one output for one input
        child = f"{pointer}/{escape_segment(key)}"
        value = _merge_value(
            b.get(key, ABSENT), o.get(key, ABSENT), t.get(key, ABSENT), child, policy, out
        )
        if value is not ABSENT:
            merged[key] = value
    return merged


def _merge_repeat(
    b: list[Any],
    o: list[Any],
    t: list[Any],
    pointer: str,
    policy: ConflictPolicy,
    out: list[FieldConflict],
) -> list[Any]:
    items = [{item[ITEM_ID_KEY]: item for item in side} for side in (b, o, t)]
    kept: dict[str, Any] = {}
    for item_id in sorted(items[0].keys() | items[1].keys() | items[2].keys()):
        child = f"{pointer}/{escape_segment(item_id)}"
        b_item, o_item, t_item = (side.get(item_id, ABSENT) for side in items)
        value = _merge_value(b_item, o_item, t_item, child, policy, out)
        if value is not ABSENT:
            kept[item_id] = value
    order = order_items(*([item[ITEM_ID_KEY] for item in side] for side in (b, o, t)), keep=kept)
    return [kept[item_id] for item_id in order]


def _conflict(
    pointer: str, b: Any, o: Any, t: Any, policy: ConflictPolicy, out: list[FieldConflict]
) -> Any:
    if policy == "prefer_server":
        shown: Side = "ours"
    elif policy == "prefer_tablet":
        shown = "theirs"
    else:
        shown = _manual_pick(o, t)
    out.append(FieldConflict(pointer, b, o, t, shown=shown, is_auto_resolved=policy != "manual"))
    return o if shown == "ours" else t


def _manual_pick(o: Any, t: Any) -> Side:
    # An edit stays visible over a deletion until a supervisor decides. Between two
    # values nobody knows better, so the choice depends on content alone: the same on
    # every server, in every arrival order, and when the sides are swapped.
    if o is ABSENT or t is ABSENT:
        return "theirs" if o is ABSENT else "ours"
    return "ours" if canonical_json(o) > canonical_json(t) else "theirs"


def order_items(
    base: Sequence[str], ours: Sequence[str], theirs: Sequence[str], *, keep: Mapping[str, Any]
) -> list[str]:
    """The merged order of a repeat's kept item ids; symmetric in ours and theirs.

    Items from base keep base order, then new items follow in item-id order: tablets
    add and delete repeat items but do not move them, position is not an answer, and
    the same order must come out of any number of branches merged in any order.
    """
    old = [i for i in base if i in keep]
    return [*old, *sorted({*ours, *theirs} & keep.keys() - set(old))]
