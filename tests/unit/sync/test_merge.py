"""Three-way merge of answer documents, by behaviour."""

from __future__ import annotations

import pytest

from sync.history import TypedValue, apply_resolution
from sync.merge import ABSENT, FieldConflict, Merge, merge_answers, order_items

REFUSED = {"_missing": "refused"}
DONT_KNOW = {"_missing": "dont_know"}


def item(item_id: str, **answers):
    return {"_item_id": item_id, **answers}


# base, ours (server), theirs (tablet), merged answers under "manual", conflict pointers
CASES = [
    pytest.param(
        {"a": 1, "b": 1},
        {"a": 2, "b": 1},
        {"a": 1, "b": 3},
        {"a": 2, "b": 3},
        [],
        id="field_changed_on_one_side_merges_cleanly",
    ),
    pytest.param(
        {"a": 1},
        {"a": 2},
        {"a": 2},
        {"a": 2},
        [],
        id="same_field_changed_identically_merges_cleanly",
    ),
    pytest.param(
        {"a": 1},
        {"a": 2},
        {"a": 3},
        {"a": 3},
        ["/a"],
        id="same_field_changed_differently_conflicts",
    ),
    pytest.param(
        {"a": 1}, {"a": 1}, {"a": True}, {"a": True}, [], id="one_and_true_are_different_answers"
    ),
    pytest.param({"a": 1}, {}, {"a": 1}, {}, [], id="field_removed_on_one_side_is_removed"),
    pytest.param(
        {},
        {"a": REFUSED},
        {},
        {"a": REFUSED},
        [],
        id="missing_marker_is_an_answer_not_an_absent_key",
    ),
    pytest.param(
        {"a": REFUSED},
        {"a": REFUSED},
        {"a": 4},
        {"a": 4},
        [],
        id="marker_replaced_by_an_answer_on_one_side_merges",
    ),
    pytest.param(
        {"a": 1},
        {"a": REFUSED},
        {"a": DONT_KNOW},
        {"a": REFUSED},
        ["/a"],
        id="two_different_markers_conflict_as_whole_answers",
    ),
    pytest.param(
        {"a": 1}, {"a": REFUSED}, {}, {"a": REFUSED}, ["/a"], id="marker_against_removal_conflicts"
    ),
    pytest.param(
        {"g": {"x": 1, "y": 1}},
        {"g": {"x": 2, "y": 1}},
        {"g": {"x": 1, "y": 2}},
        {"g": {"x": 2, "y": 2}},
        [],
        id="fields_of_one_group_merge_separately",
    ),
    pytest.param(
        {"g": {"x": 1}},
        {"g": {"x": 2}},
        {},
        {"g": {"x": 2}},
        ["/g"],
        id="group_deleted_on_one_side_edited_on_other_conflicts",
    ),
    pytest.param(
        {},
        {"g": {"x": 1}},
        {"g": {"y": 2}},
        {"g": {"x": 1, "y": 2}},
        [],
        id="group_created_on_both_sides_merges_by_field",
    ),
    pytest.param(
        {"m": [item("a")]},
        {"m": [item("a"), item("s")]},
        {"m": [item("a"), item("t")]},
        {"m": [item("a"), item("s"), item("t")]},
        [],
        id="item_added_on_both_sides_keeps_both",
    ),
    pytest.param(
        {"m": [item("a"), item("b")]},
        {"m": [item("a"), item("b")]},
        {"m": [item("b")]},
        {"m": [item("b")]},
        [],
        id="item_deleted_on_one_side_untouched_on_other_is_deleted",
    ),
    pytest.param(
        {"m": [item("a", x=1)]},
        {"m": [item("a", x=2)]},
        {"m": []},
        {"m": [item("a", x=2)]},
        ["/m/a"],
        id="item_deleted_on_one_side_edited_on_other_conflicts",
    ),
    pytest.param(
        {"m": [item("a", x=1, y=1), item("b", x=1)]},
        {"m": [item("a", x=2, y=1), item("b", x=1)]},
        {"m": [item("b", x=1), item("a", x=1, y=2)]},
        {"m": [item("a", x=2, y=2), item("b", x=1)]},
        [],
        id="items_are_matched_by_id_never_by_index",
    ),
    pytest.param(
        {"m": [item("a", k=[item("c", x=1)])]},
        {"m": [item("a", k=[item("c", x=2)])]},
        {"m": [item("a", k=[item("c", x=3)])]},
        {"m": [item("a", k=[item("c", x=3)])]},
        ["/m/a/k/c/x"],
        id="nested_repeat_conflict_points_through_item_ids",
    ),
    pytest.param(
        {"m": [item("a")]},
        {"m": [item("a"), item("a2")]},
        {"m": "ninguno"},
        {"m": [item("a"), item("a2")]},
        ["/m"],
        id="repeat_replaced_by_an_answer_conflicts_whole",
    ),
    pytest.param(
        {"s": ["x"]},
        {"s": ["x", "y"]},
        {"s": []},
        {"s": []},
        ["/s"],
        id="select_multiple_is_one_answer",
    ),
    pytest.param(
        {"a/b": 1}, {"a/b": 2}, {"a/b": 3}, {"a/b": 3}, ["/a~1b"], id="pointer_segments_are_escaped"
    ),
]


@pytest.mark.parametrize(("base", "ours", "theirs", "answers", "pointers"), CASES)
def test_merge_answers(base, ours, theirs, answers, pointers):
    merge = merge_answers(base, ours, theirs, policy="manual")
    assert merge.answers == answers
    assert [c.pointer for c in merge.conflicts] == pointers
    assert all(not c.is_auto_resolved for c in merge.conflicts)


@pytest.mark.parametrize(
    ("policy", "shown", "value", "is_auto_resolved"),
    [
        pytest.param(
            "manual", "theirs", 3, False, id="manual_shows_a_content_ordered_choice_and_waits"
        ),
        pytest.param(
            "prefer_server",
            "ours",
            2,
            True,
            id="prefer_server_keeps_the_server_value_and_reports_it",
        ),
        pytest.param(
            "prefer_tablet",
            "theirs",
            3,
            True,
            id="prefer_tablet_takes_the_tablet_value_and_reports_it",
        ),
    ],
)
def test_policy_decides_the_visible_value_not_the_report(policy, shown, value, is_auto_resolved):
    merge = merge_answers({"a": 1}, {"a": 2}, {"a": 3}, policy=policy)
    assert merge.answers == {"a": value}
    assert merge.conflicts == (
        FieldConflict("/a", 1, 2, 3, shown=shown, is_auto_resolved=is_auto_resolved),
    )


def test_manual_keeps_an_edit_visible_over_a_deletion():
    for ours, theirs in (({"a": 2}, {}), ({}, {"a": 2})):
        assert merge_answers({"a": 1}, ours, theirs, policy="manual").answers == {"a": 2}


@pytest.mark.parametrize(
    ("base", "ours", "theirs", "order"),
    [
        pytest.param("ab", "axb", "ab", "abx", id="new_items_follow_the_base_items"),
        pytest.param("ab", "abx", "aby", "abxy", id="new_items_go_in_item_id_order"),
        pytest.param("ab", "aby", "abx", "abxy", id="item_id_order_does_not_depend_on_the_side"),
        pytest.param("ab", "ba", "ab", "ab", id="a_reorder_is_not_an_answer"),
        pytest.param("abc", "ac", "abxc", "acx", id="a_deleted_item_leaves_no_gap"),
        pytest.param("", "x", "x", "x", id="item_added_with_one_id_on_both_sides_appears_once"),
        pytest.param("a", "yxa", "a", "axy", id="new_items_never_go_before_base_items"),
    ],
)
def test_order_items(base, ours, theirs, order):
    keep = dict.fromkeys(set(ours) & set(theirs) | (set(ours) ^ set(theirs)) - set(base))
    assert "".join(order_items(list(base), list(ours), list(theirs), keep=keep)) == order


def test_conflict_record_omits_absent_values_instead_of_writing_null():
    record = FieldConflict("/a", ABSENT, None, ABSENT, shown="ours").as_record()
    assert "base" not in record
    assert "theirs" not in record
    assert record["ours"] is None


RESOLVABLE = Merge(
    answers={"a": 3, "m": [item("i", x=2)]},
    conflicts=(
        FieldConflict("/a", 1, 2, 3, shown="theirs"),
        FieldConflict("/m/i", item("i", x=1), item("i", x=2), ABSENT, shown="ours"),
    ),
)


@pytest.mark.parametrize(
    ("choices", "answers"),
    [
        pytest.param(
            {"/a": "ours", "/m/i": "ours"}, {"a": 2, "m": [item("i", x=2)]}, id="ours_everywhere"
        ),
        pytest.param(
            {"/a": "base", "/m/i": "theirs"},
            {"a": 1, "m": []},
            id="choosing_an_absent_side_removes_the_item",
        ),
        pytest.param(
            {"/a": TypedValue(7), "/m/i": "base"},
            {"a": 7, "m": [item("i", x=1)]},
            id="typed_value_and_base",
        ),
    ],
)
def test_apply_resolution(choices, answers):
    assert apply_resolution(RESOLVABLE, choices) == answers
    assert RESOLVABLE.answers == {"a": 3, "m": [item("i", x=2)]}  # input untouched


@pytest.mark.parametrize(
    ("choices", "message"),
    [
        pytest.param({"/a": "ours"}, "no choice for /m/i", id="an_open_conflict_left_undecided"),
        pytest.param(
            {"/a": "ours", "/m/i": "ours", "/b": "ours"},
            "no conflict at /b",
            id="a_field_without_conflict",
        ),
        pytest.param(
            {"/a": "ours", "/m/i": TypedValue({"x": 1})}, "_item_id", id="an_item_without_its_id"
        ),
    ],
)
def test_apply_resolution_refuses(choices, message):
    with pytest.raises(ValueError, match=message):
        apply_resolution(RESOLVABLE, choices)


def test_auto_resolved_conflicts_need_no_choice_but_accept_one():
    merge = merge_answers({"a": 1}, {"a": 2}, {"a": 3}, policy="prefer_server")
    assert apply_resolution(merge, {}) == {"a": 2}
    assert apply_resolution(merge, {"/a": "theirs"}) == {"a": 3}
