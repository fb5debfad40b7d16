"""Batch planning, halving after a 413, and the backoff schedule."""

from __future__ import annotations

import pytest

from client.batching import Backoff, Limits, plan_batches, shrink_limits


@pytest.mark.parametrize(
    ("sizes", "limits", "spans"),
    [
        ([], Limits(), []),
        ([10] * 5, Limits(max_items=2), [(0, 2), (2, 4), (4, 5)]),
        ([10] * 4, Limits(max_bytes=25), [(0, 2), (2, 4)]),
        ([100, 1, 1], Limits(max_bytes=50), [(0, 1), (1, 3)]),
        ([10, 10], Limits(max_items=1000, max_bytes=1000), [(0, 2)]),
    ],
    ids=["empty", "by-items", "by-bytes", "oversized-item-alone", "one-batch"],
)
def test_batches_keep_order_and_respect_limits(sizes, limits, spans):
    assert plan_batches(sizes, limits) == spans


def test_a_413_halves_the_batch():
    limits = shrink_limits(Limits(max_items=200, max_bytes=8000), sent_items=200, problem={})
    assert (limits.max_items, limits.max_bytes) == (100, 4000)


def test_a_413_never_goes_above_the_announced_limits():
    problem = {"limit_items": 30, "limit_bytes": 2048, "limit_item_bytes": 1500}
    limits = shrink_limits(Limits(max_items=200), sent_items=200, problem=problem)
    assert (limits.max_items, limits.max_bytes, limits.max_item_bytes) == (30, 2048, 1500)


def test_halving_stops_at_one_item():
    assert shrink_limits(Limits(max_items=1), sent_items=1, problem={}).max_items == 1


def test_backoff_grows_exponentially_is_capped_and_bounded():
    delays = list(Backoff(base=0.5, cap=3.0, attempts=6).delays(lambda: 1.0))
    assert delays == [0.5, 1.0, 2.0, 3.0, 3.0]


def test_backoff_jitter_scales_each_delay():
    assert list(Backoff(base=1.0, cap=10.0, attempts=3).delays(lambda: 0.25)) == [0.25, 0.5]
