"""Tables for k-anonymity: the records built from stored answers, their classes, suppression."""

from __future__ import annotations

from typing import Any

import pytest

from privacy.risk import disclosure_risk, suppress_small_cells
from sync.disclosure import form_disclosure_risk, quasi_views, records_for_view


def _people(*rows: tuple[str, str, str]) -> list[dict[str, Any]]:
    return [{"instance_id": i, "village": v, "sex": s} for i, v, s in rows]


FIVE_ALIKE = _people(*((f"r{n}", "Lircay", "f") for n in range(5)))

RISK_CASES = [
    # (records, quasi, k, smallest_class, small_classes, risky ids)
    pytest.param([], ["village"], 5, 0, {}, (), id="no-records-is-anonymous"),
    pytest.param(FIVE_ALIKE, ["village", "sex"], 5, 5, {}, (), id="one-class-of-k"),
    pytest.param(
        [*FIVE_ALIKE, *_people(("lonely", "Ccochaccasa", "m"))],
        ["village", "sex"],
        5,
        1,
        {('"Ccochaccasa"', '"m"'): 1},
        ("lonely",),
        id="a-singleton-is-at-risk",
    ),
    pytest.param(
        [*FIVE_ALIKE, *_people(("z", "Lircay", "m"), ("a", "Lircay", "m"))],
        ["village", "sex"],
        5,
        2,
        {('"Lircay"', '"m"'): 2},
        ("a", "z"),
        id="risky-ids-are-sorted",
    ),
    pytest.param(
        [*FIVE_ALIKE, *_people(("lonely", "Ccochaccasa", "m"))],
        ["village"],
        5,
        1,
        {('"Ccochaccasa"',): 1},
        ("lonely",),
        id="only-the-named-quasi-identifiers-count",
    ),
    pytest.param(
        [*FIVE_ALIKE, *_people(("lonely", "Ccochaccasa", "m"))],
        ["village", "sex"],
        1,
        1,
        {},
        (),
        id="k-1-is-always-anonymous",
    ),
    pytest.param(
        [{"instance_id": "a"}, {"instance_id": "b", "village": None}],
        ["village"],
        2,
        2,
        {},
        (),
        id="missing-and-null-are-the-same-class",
    ),
    pytest.param(
        [
            {"instance_id": "a", "gps": {"lat": -12.98, "lon": -74.72}},
            {"instance_id": "b", "gps": {"lon": -74.72, "lat": -12.98}},
            {"instance_id": "c", "gps": {"lat": -12.9, "lon": -74.7}},
        ],
        ["gps"],
        2,
        1,
        {('{"lat": -12.9, "lon": -74.7}',): 1},
        ("c",),
        id="objects-compare-by-content-not-key-order",
    ),
    pytest.param(
        [{"village": "A"}, {"village": "A"}, {"village": "B"}],
        ["village"],
        2,
        1,
        {('"B"',): 1},
        ("2",),
        id="records-without-an-id-are-named-by-position",
    ),
    pytest.param(
        [
            {"instance_id": "a", "age": {"_missing": "refused"}},
            {"instance_id": "b", "age": {"_missing": "refused"}},
            {"instance_id": "c", "age": "30-39"},
        ],
        ["age"],
        2,
        1,
        {('"30-39"',): 1},
        ("c",),
        id="missing-markers-form-their-own-class",
    ),
]


@pytest.mark.parametrize(("records", "quasi", "k", "smallest", "small", "risky"), RISK_CASES)
def test_disclosure_risk(records, quasi, k, smallest, small, risky):
    risk = disclosure_risk(records, quasi, k=k)
    assert risk.records == len(records)
    assert risk.smallest_class == smallest
    assert risk.small_classes == small
    assert risk.risky_record_ids == risky
    assert risk.is_k_anonymous is (not small)
    assert risk.k == k


SUPPRESSION_CASES = [
    pytest.param(
        {("A", "f"): 7, ("A", "m"): 9, ("B", "f"): 5, ("B", "m"): 6},
        5,
        set(),
        id="nothing-under-k",
    ),
    pytest.param(
        {("A", "f"): 0, ("A", "m"): 9, ("B", "f"): 5, ("B", "m"): 6},
        5,
        set(),
        id="zero-is-not-a-small-cell",
    ),
    pytest.param(
        {("A", "f"): 2, ("A", "m"): 10, ("B", "f"): 12, ("B", "m"): 11},
        5,
        {("A", "f"), ("A", "m"), ("B", "f"), ("B", "m")},
        id="a-lone-cell-pulls-its-row-and-column-complements",
    ),
    pytest.param(
        {("A", "f"): 2, ("A", "m"): 3, ("B", "f"): 12, ("B", "m"): 11},
        5,
        {("A", "f"), ("A", "m"), ("B", "f"), ("B", "m")},
        id="two-small-cells-in-a-row-still-need-column-complements",
    ),
    pytest.param(
        {("A", "f"): 2, ("A", "m"): 3, ("B", "f"): 1, ("B", "m"): 4},
        5,
        {("A", "f"), ("A", "m"), ("B", "f"), ("B", "m")},
        id="all-small",
    ),
    pytest.param(
        {
            ("A", "f"): 2,
            ("A", "m"): 20,
            ("A", "x"): 8,
            ("B", "f"): 30,
            ("B", "m"): 6,
            ("B", "x"): 7,
        },
        5,
        {("A", "f"), ("A", "x"), ("B", "f"), ("B", "x")},
        id="the-smallest-other-cell-is-the-complement",
    ),
    pytest.param(
        {("A", "f"): 2, ("A", "m"): 20, ("A", "x"): 8, ("B", "f"): 30, ("B", "m"): 6},
        5,
        {("A", "f"), ("A", "m"), ("A", "x"), ("B", "f"), ("B", "m")},
        id="complements-cascade-until-no-line-has-a-lone-hidden-cell",
    ),
    pytest.param({("A", "f"): 3}, 5, {("A", "f")}, id="a-single-cell-table"),
]


@pytest.mark.parametrize(("counts", "k", "hidden"), SUPPRESSION_CASES)
def test_suppress_small_cells(counts, k, hidden):
    out = suppress_small_cells(counts, k=k)
    assert {cell for cell, n in out.items() if n is None} == hidden
    assert {cell: n for cell, n in out.items() if n is not None} == {
        cell: n for cell, n in counts.items() if cell not in hidden
    }
    # No row or column is left with exactly one hidden cell next to shown non-zero ones.
    for axis in (0, 1):
        for line in {cell[axis] for cell in out}:
            cells = [c for c in out if c[axis] == line]
            lone = sum(out[c] is None for c in cells) == 1
            assert not (lone and any(out[c] for c in cells)), (axis, line)


VIEW_CASES = [
    pytest.param(["/village", "/sex"], {"": ([("village",), ("sex",)], [])}, id="respondent"),
    pytest.param(
        ["/village", "/members/*/age", "/members/*/sex"],
        {"": ([("village",)], []), "members": ([("village",)], [("age",), ("sex",)])},
        id="respondent-and-a-repeat",
    ),
    pytest.param(["/members/*/age"], {"": ([], []), "members": ([], [("age",)])}, id="repeat-only"),
    pytest.param([], {"": ([], [])}, id="no-quasi-identifiers"),
]


@pytest.mark.parametrize(("quasi", "views"), VIEW_CASES)
def test_quasi_views(quasi, views):
    assert quasi_views(quasi) == views


HOUSEHOLD = {
    "village": "Lircay",
    "members": [{"_item_id": "m1", "age": "30-39"}, {"_item_id": "m2", "age": "0-9"}],
}

RECORD_CASES = [
    pytest.param(
        "",
        [("village",)],
        [],
        [("i1", HOUSEHOLD)],
        [{"instance_id": "i1", "/village": "Lircay"}],
        id="one-record-per-submission",
    ),
    pytest.param(
        "members",
        [("village",)],
        [("age",)],
        [("i1", HOUSEHOLD)],
        [
            {"instance_id": "i1#m1", "/village": "Lircay", "/members/*/age": "30-39"},
            {"instance_id": "i1#m2", "/village": "Lircay", "/members/*/age": "0-9"},
        ],
        id="one-record-per-item-with-the-respondent-values",
    ),
    pytest.param(
        "members",
        [],
        [("age",)],
        [("i1", {"members": None}), ("i2", {}), ("i3", {"members": "x"})],
        [],
        id="no-items-no-records",
    ),
    pytest.param(
        "members",
        [],
        [("age",)],
        [("i1", {"members": ["not an object", {"age": "0-9"}]})],
        [
            {"instance_id": "i1#", "/members/*/age": None},
            {"instance_id": "i1#", "/members/*/age": "0-9"},
        ],
        id="items-without-an-id-or-not-objects",
    ),
    pytest.param(
        "",
        [("place", "village")],
        [],
        [("i1", {"place": "Lircay"}), ("i2", {})],
        [
            {"instance_id": "i1", "/place/village": None},
            {"instance_id": "i2", "/place/village": None},
        ],
        id="paths-through-non-objects-are-null",
    ),
]


@pytest.mark.parametrize(("repeat", "top", "inner", "submissions", "records"), RECORD_CASES)
def test_records_for_view(repeat, top, inner, submissions, records):
    assert records_for_view(submissions, repeat=repeat, top=top, inner=inner) == records


def test_a_form_reports_each_view_under_its_own_name():
    submissions = [(f"i{n}", HOUSEHOLD) for n in range(3)]
    views = form_disclosure_risk(submissions, ["/village", "/members/*/age"], k=3)
    assert sorted(views) == ["members", "respondent"]
    respondent_keys, respondent = views["respondent"]
    assert respondent_keys == ["/village"]
    assert respondent.records == 3
    assert respondent.is_k_anonymous
    member_keys, members = views["members"]
    assert member_keys == ["/members/*/age", "/village"]
    assert members.records == 6
    assert members.is_k_anonymous  # each age band appears once per household, 3 households
    assert form_disclosure_risk(submissions, [], k=3) == {}
