"""Properties of the pairwise merge on random answer documents and random edits.

The strategies here (documents with nested groups, repeats with item ids and
missing markers; edits that change, delete and add fields and items) are shared
with the history tests.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from forms.spec import ITEM_ID_KEY, MISSING_CODES
from sync.history import TypedValue, apply_resolution, get_at
from sync.merge import ABSENT, FieldConflict, is_group, is_repeat, merge_answers, same
from sync.revisions import canonical_json

FAST = settings(max_examples=100, deadline=None)

MARKERS = [{"_missing": code} for code in MISSING_CODES]
# Small alphabets on purpose: the interesting cases are collisions (both sides typing
# the same value, adding the same item id, 1 next to true).
SCALARS = st.one_of(
    st.integers(-2, 2),
    st.sampled_from(["si", "no", ""]),
    st.booleans(),
    st.none(),
    st.sampled_from(MARKERS),
    st.lists(st.sampled_from(["a", "b"]), max_size=2, unique=True),
)
KEYS = ("q1", "q2", "q3")
ITEM_IDS = ("i1", "i2", "i3", "i4", "i5")
MAX_DEPTH = 2


@st.composite
def documents(draw: st.DrawFn, depth: int = 0) -> dict[str, Any]:
    doc: dict[str, Any] = {key: draw(SCALARS) for key in draw(st.sets(st.sampled_from(KEYS)))}
    if depth < MAX_DEPTH and draw(st.booleans()):
        doc["g"] = draw(documents(depth + 1))
    if depth < MAX_DEPTH and draw(st.booleans()):
        ids = draw(st.lists(st.sampled_from(ITEM_IDS), unique=True, max_size=3))
        doc["m"] = [{ITEM_ID_KEY: i, **draw(documents(depth + 1))} for i in ids]
    return doc


@st.composite
def edits(draw: st.DrawFn, doc: dict[str, Any], depth: int = 0) -> dict[str, Any]:
    """A copy of `doc` with random changes, deletions and additions at every level."""
    out: dict[str, Any] = {}
    for key, value in doc.items():
        action = draw(st.sampled_from(["keep", "keep", "change", "delete", "descend"]))
        if key == ITEM_ID_KEY or action == "keep":
            out[key] = value
        elif action == "change":
            out[key] = draw(SCALARS | documents(MAX_DEPTH))
        elif action == "descend" and is_group(value):
            out[key] = draw(edits(value, depth + 1))
        elif action == "descend" and is_repeat(value):
            out[key] = draw(_edited_items(value, depth + 1))
        elif action == "descend":
            out[key] = value
    for key in draw(st.sets(st.sampled_from(KEYS))) - doc.keys():
        out[key] = draw(SCALARS)
    return out


@st.composite
def _edited_items(draw: st.DrawFn, items: list[dict[str, Any]], depth: int) -> list[Any]:
    out = [
        draw(edits(item, depth)) if draw(st.booleans()) else item
        for item in items
        if draw(st.integers(0, 3))  # one in four is deleted
    ]
    taken = {item[ITEM_ID_KEY] for item in items}
    for item_id in draw(st.lists(st.sampled_from(ITEM_IDS), unique=True, max_size=2)):
        if item_id not in taken:
            at = draw(st.integers(0, len(out)))
            out.insert(at, {ITEM_ID_KEY: item_id, **draw(documents(MAX_DEPTH))})
    return out


@st.composite
def three_way(draw: st.DrawFn) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    base = draw(documents())
    return base, draw(edits(base)), draw(edits(base))


def atoms(value: Any, pointer: str = "") -> dict[str, Any]:
    """Every answer that is not a non-empty group or repeat, by pointer."""
    if is_group(value) and value:
        return {
            p: v
            for key, child in value.items()
            for p, v in atoms(child, f"{pointer}/{key}").items()
        }
    if is_repeat(value) and value:
        return {
            p: v for item in value for p, v in atoms(item, f"{pointer}/{item[ITEM_ID_KEY]}").items()
        }
    return {pointer: value}


def changed(base: Any, side: Any) -> set[str]:
    """Pointers of the side's edits; filling or emptying a group counts field by field."""
    pointers = atoms(base).keys() | atoms(side).keys()
    return {
        p
        for p in pointers
        if not same(get_at(base, p), get_at(side, p))
        and not _refilled(get_at(base, p), get_at(side, p))
    }


def _refilled(before: Any, after: Any) -> bool:
    def kind(v: Any) -> str:
        return "group" if is_group(v) else "repeat" if is_repeat(v) else "answer"

    is_empty = before in ({}, []) or after in ({}, [])
    return is_empty and kind(before) == kind(after) != "answer"


def under(prefix: str, pointer: str) -> bool:
    return pointer == prefix or pointer.startswith(prefix + "/")


def survives(pointer: str, value: Any, merged: Any, conflicts: Any, side: str) -> bool:
    """The side's value at `pointer` is in the merged answers or in a conflict record."""
    if same(get_at(merged, pointer), value):
        return True
    return any(
        under(c.pointer, pointer)
        and same(get_at(getattr(c, side), pointer[len(c.pointer) :]), value)
        for c in conflicts
    )


def dump(value: Any) -> bytes:
    """Strict comparison: list order counts and 1, 1.0 and true differ."""
    if isinstance(value, FieldConflict):
        value = value.as_record()
    elif isinstance(value, tuple):
        return b"\n".join(dump(v) for v in value)
    return canonical_json(value)


@FAST
@given(doc=documents(), edited=st.data())
def test_merging_a_document_with_itself_yields_it(doc, edited):
    assert dump(merge_answers(doc, doc, doc, policy="manual").answers) == dump(doc)
    other = edited.draw(edits(doc))
    for base, ours, theirs in ((doc, other, other), (doc, doc, other), (doc, other, doc)):
        merge = merge_answers(base, ours, theirs, policy="manual")
        assert merge.conflicts == ()
        assert dump(merge.answers) == dump(other)


@FAST
@given(docs=three_way())
def test_swapping_sides_swaps_conflict_sides_not_the_manual_result(docs):
    base, ours, theirs = docs
    forward = merge_answers(base, ours, theirs, policy="manual")
    backward = merge_answers(base, theirs, ours, policy="manual")
    assert dump(forward.answers) == dump(backward.answers)
    flip = {"ours": "theirs", "theirs": "ours"}
    swapped = tuple(
        FieldConflict(c.pointer, c.base, c.theirs, c.ours, shown=flip[c.shown])  # type: ignore[arg-type]
        for c in forward.conflicts
    )
    assert dump(swapped) == dump(backward.conflicts)


@FAST
@given(docs=three_way())
def test_preferring_server_is_preferring_tablet_with_sides_swapped(docs):
    base, ours, theirs = docs
    server = merge_answers(base, ours, theirs, policy="prefer_server")
    tablet = merge_answers(base, theirs, ours, policy="prefer_tablet")
    assert dump(server.answers) == dump(tablet.answers)
    assert all(c.is_auto_resolved and c.shown == "ours" for c in server.conflicts)
    for c in server.conflicts:
        assert same(get_at(server.answers, c.pointer), c.ours)


@FAST
@given(docs=three_way())
def test_policies_report_the_same_conflicts(docs):
    found = {
        policy: [(c.pointer, dump(c.base), dump(c.ours), dump(c.theirs)) for c in m.conflicts]
        for policy in ("manual", "prefer_server", "prefer_tablet")
        for m in [merge_answers(*docs, policy=policy)]
    }
    assert found["manual"] == found["prefer_server"] == found["prefer_tablet"]


@FAST
@given(docs=three_way(), policy=st.sampled_from(["manual", "prefer_server", "prefer_tablet"]))
def test_no_edit_of_either_side_is_lost(docs, policy):
    base, ours, theirs = docs
    merge = merge_answers(base, ours, theirs, policy=policy)
    for side, doc in (("ours", ours), ("theirs", theirs)):
        for pointer in changed(base, doc):
            assert survives(pointer, get_at(doc, pointer), merge.answers, merge.conflicts, side)


@FAST
@given(docs=three_way())
def test_edits_on_disjoint_fields_never_conflict(docs):
    base, ours, theirs = docs
    by_ours, by_theirs = changed(base, ours), changed(base, theirs)
    for c in merge_answers(base, ours, theirs, policy="manual").conflicts:
        # A conflict needs an edit from each side at or below its pointer.
        assert any(under(c.pointer, p) for p in by_ours)
        assert any(under(c.pointer, p) for p in by_theirs)


@FAST
@given(docs=three_way())
def test_merged_repeats_keep_unique_item_ids(docs):
    merged = merge_answers(*docs, policy="manual").answers
    stack: list[Any] = [merged]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            assert is_repeat(value)
            stack.extend(value)


@FAST
@given(docs=three_way(), side=st.sampled_from(["ours", "theirs", "base"]))
def test_resolution_puts_the_chosen_side_at_every_pointer(docs, side):
    merge = merge_answers(*docs, policy="manual")
    resolved = apply_resolution(merge, dict.fromkeys((c.pointer for c in merge.conflicts), side))
    for c in merge.conflicts:
        assert same(get_at(resolved, c.pointer), getattr(c, side))


@FAST
@given(docs=three_way())
def test_typing_the_shown_values_reproduces_the_merged_answers(docs):
    merge = merge_answers(*docs, policy="manual")
    choices = {c.pointer: TypedValue(get_at(merge.answers, c.pointer)) for c in merge.conflicts}
    assert dump(apply_resolution(merge, choices)) == dump(merge.answers)
    assert ABSENT not in [get_at(merge.answers, p) for p in atoms(merge.answers)]
