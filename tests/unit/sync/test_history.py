"""Reconciling a revision tree depends only on the set of revisions.

The rule (docs/reconciliation.md): each field takes the latest write of every live
branch; one value is the answer, several are a conflict whose candidates are those
values. Server merges nothing builds on and edits that changed nothing do not count.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sync.history import (
    CandidateChoice,
    Revision,
    TypedValue,
    apply_resolution,
    get_at,
    make_merge_revision,
    merge_history,
)
from sync.merge import ABSENT, same
from sync.revisions import content_hash, make_rev, rev_sort_key
from tests.unit.sync.test_merge_properties import atoms, documents, dump, edits, under

FAST = settings(max_examples=80, deadline=None, derandomize=True)
T0 = datetime(2026, 11, 20, 14, 0, tzinfo=UTC)


def revision(parent: Revision | None, data: dict[str, Any], **extra: Any) -> Revision:
    parent_rev = parent.rev if parent else None
    content = content_hash(form_id="household", form_version=1, data=data)
    return Revision(make_rev(parent_rev=parent_rev, content=content), parent_rev, data, **extra)


def merged(reconciled, answers=None, *, is_merge: bool = False) -> Revision:
    """A resolution (by default) or a server merge of everything reconciled."""
    answers = reconciled.answers if answers is None else answers
    content = content_hash(form_id="household", form_version=1, data=answers)
    made = make_merge_revision(reconciled, answers, content=content, author="server")
    return replace(made, is_merge=is_merge)


@st.composite
def histories(draw: st.DrawFn) -> list[Revision]:
    """Revision trees: one or two roots, edits on random revisions, resolutions, server merges.

    A server merge counts only once an edit is made on it, so some edits are.
    """
    nodes = [revision(None, draw(documents())) for _ in range(draw(st.integers(1, 2)))]
    for _ in range(draw(st.integers(0, 6))):
        step = draw(st.integers(0, 5))
        if step == 0:
            nodes.append(merged(merge_history(nodes), is_merge=draw(st.booleans())))
        else:
            parent = draw(st.sampled_from(nodes))
            nodes.append(revision(parent, draw(edits(dict(parent.data)))))
    unique = {node.rev: node for node in nodes}
    return list(unique.values())


def fingerprint(reconciled) -> tuple[Any, ...]:
    return (
        reconciled.head_rev,
        reconciled.leaves,
        dump(reconciled.answers),
        dump(reconciled.conflicts),
    )


def descendants(tree: dict[str, Revision], rev: str) -> set[str]:
    children: dict[str, set[str]] = {}
    for node in tree.values():
        for up in (node.parent_rev, *node.merged_revs):
            if up:
                children.setdefault(up, set()).add(node.rev)
    found, stack = set(), [rev]
    while stack:
        for child in children.get(stack.pop(), ()):
            if child not in found:
                found.add(child)
                stack.append(child)
    return found


def writes(tree: dict[str, Revision], node: Revision) -> dict[str, Any]:
    """What one revision wrote: answers that differ from its parent's (a root: all).

    A merge or resolution took each value from one of the revisions it closes unless
    it differs from all of them.
    """
    parents = [tree[r].data for r in (node.parent_rev, *node.merged_revs) if r in tree]
    return {
        p: v
        for p, v in atoms(node.data).items()
        if v not in ({}, []) and all(not same(get_at(before, p), v) for before in parents or [{}])
    }


def is_kept(reconciled, pointer: str, value: Any) -> bool:
    """The value is in the answers, or a candidate of a conflict at or above its pointer."""
    if same(get_at(reconciled.answers, pointer), value):
        return True
    return any(
        under(c.pointer, pointer)
        and any(same(get_at(k.value, pointer[len(c.pointer) :]), value) for k in c.candidates)
        for c in reconciled.conflicts
    )


@FAST
@given(revs=histories(), data=st.data())
def test_any_arrival_order_gives_the_same_reconciliation(revs, data):
    expected = fingerprint(merge_history(revs))
    shuffled = data.draw(st.permutations(revs))
    # Replays of some revisions, delivered by other devices at other times.
    again = data.draw(st.lists(st.sampled_from(revs), max_size=3))
    arrivals = [
        replace(r, author=f"tablet-{i}", received_at=T0 + timedelta(minutes=i))
        for i, r in enumerate([*shuffled, *again])
    ]
    assert fingerprint(merge_history(arrivals)) == expected
    assert fingerprint(merge_history(iter(arrivals))) == expected


@FAST
@given(revs=histories(), data=st.data())
def test_a_server_merge_nobody_built_on_changes_nothing(revs, data):
    """Which merges a server stored depends on arrival order: they must not count."""
    subset = data.draw(st.lists(st.sampled_from(revs), min_size=1, unique_by=lambda r: r.rev))
    tree = {r.rev: r for r in revs}
    # A subset as it stood on the server at some moment: closed under ancestry.
    past = {a for r in subset for a in ({r.rev} | _ancestors(tree, r.rev))}
    intermediate = merged(merge_history([tree[r] for r in past]), is_merge=True)
    if intermediate.rev in tree:
        return
    assert fingerprint(merge_history([*revs, intermediate])) == fingerprint(merge_history(revs))


def _ancestors(tree: dict[str, Revision], rev: str) -> set[str]:
    found, stack = set(), [rev]
    while stack:
        node = tree.get(stack.pop())
        if node and node.rev not in found:
            found.add(node.rev)
            stack.extend(r for r in (node.parent_rev, *node.merged_revs) if r)
    return found


@FAST
@given(revs=histories())
def test_head_is_the_longest_history_then_the_higher_rev_among_the_leaves(revs):
    reconciled = merge_history(revs)
    tree = {r.rev: r for r in revs}
    assert reconciled.head_rev == reconciled.leaves[0]
    assert list(reconciled.leaves) == sorted(reconciled.leaves, key=rev_sort_key, reverse=True)
    for leaf in reconciled.leaves:
        # Nothing that counts was built on a leaf: only server merges nobody edited on,
        # and edits that changed nothing.
        assert all(
            tree[d].is_merge or same(tree[d].data, tree[tree[d].parent_rev or ""].data)
            for d in descendants(tree, leaf)
        ), leaf


@FAST
@given(revs=histories(), policy=st.sampled_from(["manual", "prefer_server", "prefer_tablet"]))
def test_nothing_is_lost(revs, policy):
    """Every value written is current, a candidate, or overwritten by an edit made on it."""
    tree = {r.rev: r for r in revs}
    reconciled = merge_history(revs, policy=policy)
    for node in revs:
        if node.is_merge:
            continue
        later = descendants(tree, node.rev)
        for pointer, value in writes(tree, node).items():
            overwritten = any(not same(get_at(tree[d].data, pointer), value) for d in later)
            assert overwritten or is_kept(reconciled, pointer, value), (node.rev, pointer)


@FAST
@given(revs=histories())
def test_candidates_are_the_live_values_and_the_shown_one_is_stored(revs):
    reconciled = merge_history(revs)
    tree = {r.rev: r for r in revs}
    for c in reconciled.conflicts:
        assert len(c.candidates) >= 2
        assert len({dump(k.value) if k.value is not ABSENT else b"-" for k in c.candidates}) == len(
            c.candidates
        )
        writers = [r for k in c.candidates for r in k.revs]
        for k in c.candidates:
            assert all(same(get_at(tree[r].data, c.pointer), k.value) for r in k.revs)
        # Live: no candidate was written on top of another one.
        assert not any(a in _ancestors(tree, b) - {b} for a in writers for b in writers)
        assert same(get_at(reconciled.answers, c.pointer), getattr(c, c.shown))
        assert (c.ours, c.theirs) == (c.candidates[0].value, c.candidates[1].value)
        assert c.base_rev is None or c.base_rev in tree


@FAST
@given(revs=histories())
def test_a_resolution_closes_every_leaf(revs):
    reconciled = merge_history(revs)
    if len(reconciled.leaves) < 2:
        return
    choices = {
        c.pointer: TypedValue(get_at(reconciled.answers, c.pointer)) for c in reconciled.conflicts
    }
    resolution = merged(reconciled, apply_resolution(reconciled, choices))
    after = merge_history([*revs, resolution])
    assert after.leaves == (resolution.rev,)
    assert after.conflicts == ()
    assert dump(after.answers) == dump(reconciled.answers)


ROOT = revision(None, {"q1": 1, "q2": "si"})


def item(item_id: str, **answers: Any) -> dict[str, Any]:
    return {"_item_id": item_id, **answers}


def test_single_revision_is_its_own_head():
    reconciled = merge_history([ROOT])
    assert (reconciled.head_rev, reconciled.leaves) == (ROOT.rev, (ROOT.rev,))
    assert reconciled.answers == ROOT.data
    assert not reconciled.needs_review


def test_a_straight_chain_reconciles_to_its_tip():
    edit = revision(ROOT, {"q1": 2, "q2": "si"})
    tip = revision(edit, {"q1": 2, "q2": "no"})
    reconciled = merge_history([tip, ROOT, edit])
    assert reconciled.head_rev == tip.rev
    assert reconciled.answers == tip.data
    assert reconciled.conflicts == ()


A1 = revision(ROOT, {"q1": 2, "q2": "si"})
B1 = revision(ROOT, {"q1": 3, "q2": "si"})
C1 = revision(ROOT, {"q1": 1, "q2": "no"})


@pytest.mark.parametrize(
    ("edits_", "answers", "candidates"),
    [
        pytest.param([A1, C1], {"q1": 2, "q2": "no"}, {}, id="different_fields_merge"),
        pytest.param([A1, B1], {"q1": 3, "q2": "si"}, {"/q1": [2, 3]}, id="same_field_conflicts"),
        pytest.param(
            [A1, revision(ROOT, {"q1": 2, "q2": "si", "q3": 0})],
            {"q1": 2, "q2": "si", "q3": 0},
            {},
            id="same_value_on_both_sides_merges",
        ),
        pytest.param(
            [A1, revision(A1, {"q1": 5, "q2": "si"}), B1],
            {"q1": 5, "q2": "si"},
            {"/q1": [5, 3]},
            id="a_later_edit_replaces_its_earlier_value_among_the_candidates",
        ),
        pytest.param(
            [A1, revision(A1, {"q1": 1, "q2": "si"}), B1],
            {"q1": 3, "q2": "si"},
            {"/q1": [1, 3]},
            id="a_revert_is_a_write_and_conflicts_with_a_concurrent_change",
        ),
        pytest.param(
            [A1, revision(A1, {"q1": 2, "q2": "no"}), revision(A1, {"q1": 7, "q2": "si"})],
            {"q1": 7, "q2": "no"},
            {},
            id="edits_on_a_shared_parent_merge_against_that_parent",
        ),
        pytest.param(
            [revision(ROOT, {"q2": "si"}), revision(ROOT, {"q1": 4, "q2": "si"})],
            {"q1": 4, "q2": "si"},
            {"/q1": [4, ABSENT]},
            id="an_edit_stays_visible_over_a_deletion",
        ),
    ],
)
def test_reconcile_table(edits_, answers, candidates):
    for order in itertools.permutations([ROOT, *edits_]):
        reconciled = merge_history(order)
        assert reconciled.answers == answers
        found = {
            c.pointer: sorted(map(_sortable, (k.value for k in c.candidates)))
            for c in reconciled.conflicts
        }
        assert found == {p: sorted(map(_sortable, v)) for p, v in candidates.items()}


@pytest.mark.parametrize(
    ("policy", "shows", "is_auto_resolved"),
    [
        pytest.param("manual", "highest", False, id="manual_shows_the_highest_value_and_waits"),
        pytest.param("prefer_server", "winner", True, id="prefer_server_shows_the_winners"),
        pytest.param("prefer_tablet", "other", True, id="prefer_tablet_shows_the_other_branchs"),
    ],
)
def test_policy_decides_only_the_shown_value(policy, shows, is_auto_resolved):
    reconciled = merge_history([ROOT, A1, B1], policy=policy)
    winner = A1 if reconciled.head_rev == A1.rev else B1
    other = B1 if winner is A1 else A1
    expected = {"highest": 3, "winner": winner.data["q1"], "other": other.data["q1"]}[shows]
    (conflict,) = reconciled.conflicts
    assert reconciled.answers["q1"] == getattr(conflict, conflict.shown) == expected
    assert (conflict.ours_revs, conflict.theirs_revs) == ((winner.rev,), (other.rev,))
    assert conflict.is_auto_resolved is is_auto_resolved
    assert reconciled.needs_review is not is_auto_resolved


def _sortable(value: Any) -> str:
    return "ABSENT" if value is ABSENT else dump(value).decode()


# The five breaks an outside check found, each on the pure core. The same cases run
# through the real pipeline in tests/integration/test_convergence.py.


def test_winner_does_not_depend_on_the_merges_the_server_stored_on_the_way():
    """Break 1: an intermediate merge was a leaf, so each order had its own winner."""
    c1 = revision(ROOT, {"q1": 1, "q2": "si", "q3": 3})
    in_order_a = merged(merge_history([ROOT, A1, C1]), is_merge=True)
    in_order_b = merged(merge_history([ROOT, C1, c1]), is_merge=True)
    a = merge_history([ROOT, A1, C1, c1, in_order_a])
    b = merge_history([ROOT, A1, C1, c1, in_order_b])
    assert fingerprint(a) == fingerprint(b) == fingerprint(merge_history([ROOT, A1, C1, c1]))
    assert a.head_rev == max(A1.rev, C1.rev, c1.rev, key=rev_sort_key)


def test_an_edit_on_a_server_merge_merges_only_its_own_change():
    merge = merged(merge_history([ROOT, A1, C1]), is_merge=True)
    on_merge = revision(merge, {"q1": 2, "q2": "no", "q3": 9})
    reconciled = merge_history([ROOT, A1, C1, merge, on_merge])
    assert reconciled.leaves == (on_merge.rev,)
    assert reconciled.answers == on_merge.data


def test_new_repeat_items_come_in_item_id_order_after_the_common_ones():
    """Break 2: items two tablets added came out in the order the merges ran."""
    root = revision(None, {"m": [item("k", x=1)]})
    adds = [
        revision(root, {"m": [item("k", x=1), item("z", x=2)]}),
        revision(root, {"m": [item("b", x=3), item("k", x=1)]}),
        revision(root, {"m": [item("k", x=1), item("m", x=4)]}),
    ]
    for order in itertools.permutations([root, *adds]):
        assert [i["_item_id"] for i in merge_history(order).answers["m"]] == [
            "k",
            "b",
            "m",
            "z",
        ]


def test_a_later_edit_replaces_the_earlier_value_in_the_queue_and_resolving_keeps_it():
    """Break 3: the queue offered a tablet's earlier value and resolving dropped its later edit."""
    a1 = revision(ROOT, {"q1": 10, "q2": "si"})
    b1 = revision(ROOT, {"q1": 20, "q2": "si"})
    c1 = revision(ROOT, {"q1": 1, "q2": "no"})
    a2 = revision(a1, {"q1": 11, "q2": "si"})
    b2 = revision(b1, {"q1": 20, "q2": "si", "q3": 5})
    for order in itertools.permutations([a1, b1, c1, a2, b2]):
        reconciled = merge_history([ROOT, *order])
        (conflict,) = reconciled.conflicts
        assert sorted(k.value for k in conflict.candidates) == [11, 20]
        assert {r for k in conflict.candidates for r in k.revs} == {a2.rev, b1.rev}
        assert reconciled.answers["q1"] == getattr(conflict, conflict.shown) == 20
        for side in ("ours", "theirs"):
            resolved = apply_resolution(reconciled, {"/q1": side})
            assert resolved["q1"] in (11, 20)
            assert (resolved["q2"], resolved["q3"]) == ("no", 5)


def test_an_edit_that_changed_nothing_stands_for_its_parent():
    """Break 4: storing it (held, or merged) made a new leaf, a new winner and a new head."""
    same_as_a1 = revision(A1, dict(A1.data))
    with_it = merge_history([ROOT, A1, C1, same_as_a1])
    assert fingerprint(with_it) == fingerprint(merge_history([ROOT, A1, C1]))
    on_it = revision(same_as_a1, {"q1": 4, "q2": "si"})
    assert merge_history([ROOT, A1, same_as_a1, on_it]).answers == on_it.data


def test_same_value_then_changed_is_a_conflict_in_every_order():
    """Break 5: the same two values merged in some orders and conflicted in others."""
    a1 = revision(ROOT, {"q1": 5, "q2": "si"})
    b1 = revision(ROOT, {"q1": 5, "q2": "si", "q3": 0})
    a2 = revision(a1, {"q1": 6, "q2": "si"})
    results = {
        fingerprint(merge_history(order)) for order in itertools.permutations([ROOT, a1, b1, a2])
    }
    assert len(results) == 1
    (conflict,) = merge_history([ROOT, a1, b1, a2]).conflicts
    assert (conflict.pointer, sorted(k.value for k in conflict.candidates)) == ("/q1", [5, 6])


def test_two_tablets_creating_one_instance_merge_as_additions_to_nothing():
    first = revision(None, {"q1": 1, "m": [item("a", q2="si")]})
    second = revision(None, {"q1": 1, "m": [item("b", q2="no")]})
    reconciled = merge_history([second, first])
    assert reconciled.answers == {"q1": 1, "m": [item("a", q2="si"), item("b", q2="no")]}
    assert reconciled.conflicts == ()


def test_an_item_deleted_on_one_branch_and_edited_on_another_conflicts_as_a_whole():
    root = revision(None, {"m": [item("a", x=1, y=1)]})
    deleted = revision(root, {"m": []})
    edited = revision(root, {"m": [item("a", x=2, y=1)]})
    reconciled = merge_history([root, deleted, edited])
    (conflict,) = reconciled.conflicts
    assert conflict.pointer == "/m/a"
    assert reconciled.answers == {"m": [item("a", x=2, y=1)]}


def test_edit_on_an_unknown_parent_is_merged_as_a_root():
    orphan = Revision("2-" + "f" * 32, "1-" + "0" * 32, {"q1": 5, "q2": "si"})
    reconciled = merge_history([ROOT, orphan])
    assert [c.pointer for c in reconciled.conflicts] == ["/q1"]
    assert reconciled.conflicts[0].base is ABSENT


def test_edit_on_a_resolved_branch_merges_only_the_new_change():
    first = merge_history([ROOT, A1, B1])
    resolution = merged(first, apply_resolution(first, {"/q1": "ours"}))
    later = revision(B1, {"q1": 3, "q2": "no"})  # the tablet kept editing its branch
    reconciled = merge_history([ROOT, A1, B1, resolution, later])
    assert reconciled.conflicts == ()
    assert reconciled.answers == {"q1": first.conflicts[0].ours, "q2": "no"}


def test_merge_revision_never_takes_the_id_of_a_tablet_edit_with_the_same_answers():
    reconciled = merge_history([ROOT, A1, C1])
    merge = merged(reconciled, is_merge=True)
    head = A1 if reconciled.head_rev == A1.rev else C1
    lookalike = revision(head, dict(reconciled.answers))  # a tablet that pulled and re-sent
    assert merge.parent_rev == lookalike.parent_rev == reconciled.head_rev
    assert merge.rev != lookalike.rev
    assert merged(merge_history([C1, A1, ROOT]), is_merge=True).rev == merge.rev


def test_three_branches_on_one_field_give_one_record_with_three_candidates():
    leaves = [revision(ROOT, {"q1": n, "q2": "si"}) for n in (2, 3, 4)]
    reconciled = merge_history([ROOT, *leaves])
    (conflict,) = reconciled.conflicts
    assert sorted(k.value for k in conflict.candidates) == [2, 3, 4]
    assert apply_resolution(reconciled, {"/q1": "theirs"})["q1"] == conflict.theirs
    third = conflict.candidates[2].value
    assert apply_resolution(reconciled, {"/q1": CandidateChoice(2)})["q1"] == third
    with pytest.raises(ValueError, match="no candidate"):
        apply_resolution(reconciled, {"/q1": CandidateChoice(3)})
    assert apply_resolution(reconciled, {"/q1": TypedValue(9)}) == {"q1": 9, "q2": "si"}


@pytest.mark.parametrize(
    ("revs", "message"),
    [
        pytest.param([], "no revisions", id="no_revisions"),
        pytest.param(
            [ROOT, replace(ROOT, data={"q1": 2})],
            "two different contents",
            id="one_rev_two_contents",
        ),
        pytest.param(
            [ROOT, Revision("5-" + "a" * 32, ROOT.rev, {})],
            "does not follow",
            id="generation_skips",
        ),
        pytest.param(
            [ROOT, replace(revision(None, {}), merged_revs=(ROOT.rev,))],
            "not older",
            id="merging_a_peer",
        ),
    ],
)
def test_inconsistent_revision_sets_are_refused(revs, message):
    with pytest.raises(ValueError, match=message):
        merge_history(revs)
