"""Pure: cut the outbox into batches the server accepts, and pace retries.

The server refuses a whole batch (413) when it is over its limits and stores nothing,
so the client can shrink its batches and send again without any risk of duplicates.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeVar

T = TypeVar("T")

# The server's documented defaults (docs/sync-protocol.md) with room to spare: a batch
# that stays well under 32 MiB also survives proxies with smaller body limits.
DEFAULT_MAX_ITEMS = 200
DEFAULT_MAX_BYTES = 4 << 20
DEFAULT_MAX_ITEM_BYTES = 1 << 20


@dataclass(frozen=True, slots=True)
class Limits:
    """How large a batch may be, in items and in (uncompressed) JSON bytes."""

    max_items: int = DEFAULT_MAX_ITEMS
    max_bytes: int = DEFAULT_MAX_BYTES
    max_item_bytes: int = DEFAULT_MAX_ITEM_BYTES


def plan_batches(sizes: Sequence[int], limits: Limits) -> list[tuple[int, int]]:
    """Group consecutive items into batches; returns (start, stop) index pairs.

    Order is kept so that an interview and its later edit never swap places. An item
    that alone exceeds the limits still gets a batch of its own: the server decides.
    """
    spans: list[tuple[int, int]] = []
    start, used = 0, 0
    for index, size in enumerate(sizes):
        full = index - start >= limits.max_items or (used + size > limits.max_bytes)
        if index > start and full:
            spans.append((start, index))
            start, used = index, 0
        used += size
    if start < len(sizes):
        spans.append((start, len(sizes)))
    return spans


def shrink_limits(limits: Limits, *, sent_items: int, problem: dict[str, Any]) -> Limits:
    """Halve the batch after a 413, and never go above a limit the server announced."""
    items = max(1, min(limits.max_items, sent_items // 2 or 1))
    max_bytes = limits.max_bytes // 2
    item_bytes = limits.max_item_bytes
    if isinstance(problem.get("limit_items"), int):
        items = max(1, min(items, problem["limit_items"]))
    if isinstance(problem.get("limit_bytes"), int):
        max_bytes = min(max_bytes, problem["limit_bytes"])
    if isinstance(problem.get("limit_item_bytes"), int):
        item_bytes = min(item_bytes, problem["limit_item_bytes"])
    return replace(
        limits, max_items=items, max_bytes=max(1024, max_bytes), max_item_bytes=item_bytes
    )


@dataclass(frozen=True, slots=True)
class Backoff:
    """Exponential backoff with full jitter, bounded in attempts and in each delay.

    Full jitter spreads out a team of tablets that all come back to the same weak
    link at once, instead of having them retry in lockstep.
    """

    base: float = 0.5
    cap: float = 30.0
    attempts: int = 6

    def delays(self, rand: Callable[[], float]) -> Iterator[float]:
        """Yield the pause before each retry (attempts - 1 of them)."""
        for n in range(self.attempts - 1):
            yield rand() * min(self.cap, self.base * 2**n)
