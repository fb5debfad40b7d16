"""Reconciling a revision tree depends only on the set of revisions."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sync.history import (
    Revision,
    TypedValue,
    apply_resolution,
    get_at,
    make_merge_revision,
    reconcile_history,
)
from sync.merge import ABSENT, same
from sync.revisions import content_hash, make_rev, rev_sort_key
from tests.unit.sync.test_merge_properties import atoms, documents, dump, edits, under

FAST = settings(max_examples=80, deadline=None)
T0 = datetime(2026, 11, 20, 14, 0, tzinfo=UTC)


def revision(parent: Revision | None, data: dict[str, Any], **extra: Any) -> Revision:
    parent_rev = parent.rev if parent else None
    content = content_hash(form_id="household", form_version=1, data=data)
    return Revision(make_rev(parent_rev=parent_rev, content=content), parent_rev, data, **extra)


def merged(reconciled, answers=None) -> Revision:
    answers = reconciled.answers if answers is None else answers
    content = content_hash(form_id="household", form_version=1, data=answers)
    return make_merge_revision(reconciled, answers, content=content, author="server")


@st.composite
def histories(draw: st.DrawFn) -> list[Revision]:
    """Revision trees: one or two roots, edits on random revisions, now and then a merge."""
    nodes = [revision(None, draw(documents())) for _ in range(draw(st.integers(1, 2)))]
    for _ in range(draw(st.integers(0, 6))):
        if draw(st.integers(0, 4)) == 0:
            nodes.append(merged(reconcile_history(nodes)))
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


def ancestors(tree: dict[str, Revision], rev: str) -> set[str]:
    found, stack = set(), [rev]
    while stack:
        node = tree.get(stack.pop())
        if node and node.rev not in found:
            found.add(node.rev)
            stack.extend(r for r in (node.parent_rev, *node.merged_revs) if r)
    return found


@FAST
@given(revs=histories(), data=st.data())
def test_any_arrival_order_gives_the_same_reconciliation(revs, data):
    expected = fingerprint(reconcile_history(revs))
    shuffled = data.draw(st.permutations(revs))
    # Replays of some revisions, delivered by other devices at other times.
    again = data.draw(st.lists(st.sampled_from(revs), max_size=3))
    arrivals = [
        replace(r, author=f"tablet-{i}", received_at=T0 + timedelta(minutes=i))
        for i, r in enumerate([*shuffled, *again])
    ]
    assert fingerprint(reconcile_history(arrivals)) == expected
    assert fingerprint(reconcile_history(iter(arrivals))) == expected


@FAST
@given(revs=histories())
def test_head_is_the_longest_history_then_the_higher_rev(revs):
    reconciled = reconcile_history(revs)
    assert reconciled.head_rev == max((r.rev for r in revs), key=rev_sort_key)
    assert reconciled.leaves[0] == reconciled.head_rev
    assert list(reconciled.leaves) == sorted(reconciled.leaves, key=rev_sort_key, reverse=True)


@FAST
@given(revs=histories(), policy=st.sampled_from(["manual", "prefer_server", "prefer_tablet"]))
def test_no_value_of_a_leaf_is_lost(revs, policy):
    """Each leaf value is merged, in a conflict, or overwritten by a leaf that saw it."""
    tree = {r.rev: r for r in revs}
    reconciled = reconcile_history(revs, policy=policy)
    for leaf in reconciled.leaves:
        for pointer, value in atoms(tree[leaf].data).items():
            if value in ({}, []):
                continue  # an empty group holds no answer
            kept = same(get_at(reconciled.answers, pointer), value) or any(
                under(c.pointer, pointer)
                and any(
                    same(get_at(getattr(c, s), pointer[len(c.pointer) :]), value)
                    for s in ("ours", "theirs")
                )
                for c in reconciled.conflicts
            )
            overwritten = any(
                not same(get_at(tree[other].data, pointer), value)
                and any(
                    same(get_at(tree[a].data, pointer), value)
                    for a in ancestors(tree, other) - {other}
                )
                for other in reconciled.leaves
                if other != leaf
            )
            assert kept or overwritten, (leaf, pointer, value)


@FAST
@given(revs=histories())
def test_a_merge_revision_closes_every_leaf(revs):
    reconciled = reconcile_history(revs)
    merge = merged(reconciled)
    after = reconcile_history([*revs, merge])
    assert after.leaves == (merge.rev,)
    assert after.conflicts == ()
    assert dump(after.answers) == dump(reconciled.answers)


@FAST
@given(revs=histories())
def test_conflicts_name_their_revisions(revs):
    reconciled = reconcile_history(revs)
    tree = {r.rev: r for r in revs}
    for c in reconciled.conflicts:
        assert c.base_rev is None or c.base_rev in tree
        assert len(c.theirs_revs) == 1
        assert c.theirs_revs[0] in reconciled.leaves[1:]
        assert set(c.ours_revs) <= set(reconciled.leaves)
        assert same(get_at(tree[c.theirs_revs[0]].data, c.pointer), c.theirs)


@FAST
@given(revs=histories())
def test_typing_the_shown_values_resolves_to_the_merged_answers(revs):
    reconciled = reconcile_history(revs)
    choices = {
        c.pointer: TypedValue(get_at(reconciled.answers, c.pointer)) for c in reconciled.conflicts
    }
    resolution = apply_resolution(reconciled, choices)
    assert dump(resolution) == dump(reconciled.answers)


ROOT = revision(None, {"q1": 1, "q2": "si"})


def test_single_revision_is_its_own_head():
    reconciled = reconcile_history([ROOT])
    assert (reconciled.head_rev, reconciled.leaves) == (ROOT.rev, (ROOT.rev,))
    assert reconciled.answers == ROOT.data
    assert not reconciled.needs_review


def test_a_straight_chain_reconciles_to_its_tip():
    edit = revision(ROOT, {"q1": 2, "q2": "si"})
    tip = revision(edit, {"q1": 2, "q2": "no"})
    reconciled = reconcile_history([tip, ROOT, edit])
    assert reconciled.head_rev == tip.rev
    assert reconciled.answers == tip.data
    assert reconciled.conflicts == ()


def test_stale_edits_on_different_fields_merge_without_review():
    server = revision(ROOT, {"q1": 2, "q2": "si"})
    tablet = revision(ROOT, {"q1": 1, "q2": "no"})
    reconciled = reconcile_history([ROOT, server, tablet])
    assert reconciled.answers == {"q1": 2, "q2": "no"}
    assert not reconciled.needs_review


def test_conflict_names_base_and_leaf_revisions():
    one = revision(ROOT, {"q1": 2, "q2": "si"})
    two = revision(ROOT, {"q1": 3, "q2": "si"})
    reconciled = reconcile_history([ROOT, one, two])
    (conflict,) = reconciled.conflicts
    winner, other = reconciled.leaves
    assert (conflict.pointer, conflict.base, conflict.base_rev) == ("/q1", 1, ROOT.rev)
    assert (conflict.ours_revs, conflict.theirs_revs) == ((winner,), (other,))
    assert reconciled.needs_review


def test_two_tablets_creating_one_instance_merge_as_additions_to_nothing():
    first = revision(None, {"q1": 1, "m": [{"_item_id": "a", "q2": "si"}]})
    second = revision(None, {"q1": 1, "m": [{"_item_id": "b", "q2": "no"}]})
    reconciled = reconcile_history([second, first])
    assert reconciled.answers == {
        "q1": 1,
        "m": [{"_item_id": "a", "q2": "si"}, {"_item_id": "b", "q2": "no"}],
    }
    assert reconciled.conflicts == ()


def test_edit_on_an_unknown_parent_is_merged_as_a_root():
    orphan = Revision("2-" + "f" * 32, "1-" + "0" * 32, {"q1": 5, "q2": "si"})
    reconciled = reconcile_history([ROOT, orphan])
    assert [c.pointer for c in reconciled.conflicts] == ["/q1"]
    assert reconciled.conflicts[0].base is ABSENT


def test_edit_on_a_merged_branch_merges_only_the_new_change():
    server = revision(ROOT, {"q1": 2, "q2": "si"})
    tablet = revision(ROOT, {"q1": 3, "q2": "si"})
    first = reconcile_history([ROOT, server, tablet])
    resolution = merged(first, apply_resolution(first, {"/q1": "ours"}))
    later = revision(tablet, {"q1": 3, "q2": "no"})  # the tablet kept editing its branch
    reconciled = reconcile_history([ROOT, server, tablet, resolution, later])
    assert reconciled.conflicts == ()
    assert reconciled.answers == {"q1": first.conflicts[0].ours, "q2": "no"}


def test_merge_revision_never_takes_the_id_of_a_tablet_edit_with_the_same_answers():
    server = revision(ROOT, {"q1": 2, "q2": "si"})
    tablet = revision(ROOT, {"q1": 1, "q2": "no"})
    reconciled = reconcile_history([ROOT, server, tablet])
    merge = merged(reconciled)
    head = server if reconciled.head_rev == server.rev else tablet
    lookalike = revision(head, dict(reconciled.answers))  # a tablet that pulled and re-sent
    assert merge.parent_rev == lookalike.parent_rev == reconciled.head_rev
    assert merge.rev != lookalike.rev
    assert merged(reconcile_history([tablet, server, ROOT])).rev == merge.rev


def test_three_tablets_on_one_field_need_a_typed_value():
    leaves = [revision(ROOT, {"q1": n, "q2": "si"}) for n in (2, 3, 4)]
    reconciled = reconcile_history([ROOT, *leaves])
    assert [c.pointer for c in reconciled.conflicts] == ["/q1", "/q1"]
    with pytest.raises(ValueError, match="type a value"):
        apply_resolution(reconciled, {"/q1": "theirs"})
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
        reconcile_history(revs)
