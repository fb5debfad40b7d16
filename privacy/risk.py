"""Disclosure risk of anonymized records and aggregate tables.

k-anonymity over the quasi-identifiers: any combination of (village, sex, age band)
shared by fewer than k interviewees can single someone out in a small community.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class DisclosureRisk:
    """k-anonymity of a record set; ``small_classes`` maps a class to its size."""

    k: int
    records: int
    smallest_class: int
    small_classes: dict[tuple[str, ...], int]
    risky_record_ids: tuple[str, ...]

    @property
    def is_k_anonymous(self) -> bool:
        return not self.small_classes


def _cell(value: Any) -> str:
    # JSON text makes dicts (GPS) and missing markers hashable and comparable.
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def disclosure_risk(
    records: Iterable[Mapping[str, Any]],
    quasi: Sequence[str],
    *,
    k: int = 5,
    id_key: str = "instance_id",
) -> DisclosureRisk:
    """Group records by their quasi-identifiers and report classes smaller than k."""
    classes: dict[tuple[str, ...], list[str]] = defaultdict(list)
    total = 0
    for n, record in enumerate(records):
        total += 1
        key = tuple(_cell(record.get(q)) for q in quasi)
        classes[key].append(str(record.get(id_key, n)))
    small = {key: len(ids) for key, ids in sorted(classes.items()) if len(ids) < k}
    risky = sorted(i for key in small for i in classes[key])
    smallest = min((len(ids) for ids in classes.values()), default=0)
    return DisclosureRisk(k, total, smallest, small, tuple(risky))


def suppress_small_cells(
    counts: Mapping[tuple[Any, ...], int], *, k: int
) -> dict[tuple[Any, ...], int | None]:
    """Suppress (None) cells under k in a two-way table keyed (row, column).

    Complementary suppression: when a row (or column) has exactly one suppressed cell,
    its total would give it away, so the smallest other non-zero cell of that row (or
    column) is suppressed too, repeated until no line has a lone suppressed cell.
    """
    out: dict[tuple[Any, ...], int | None] = {
        cell: (None if 0 < n < k else n) for cell, n in counts.items()
    }
    changed = True
    while changed:
        changed = False
        for axis in (0, 1):
            lines: dict[Any, list[tuple[Any, ...]]] = defaultdict(list)
            for cell in out:
                lines[cell[axis]].append(cell)
            for cells in lines.values():
                hidden = [c for c in cells if out[c] is None]
                shown = sorted((c for c in cells if out[c]), key=lambda c: (counts[c], repr(c)))
                if len(hidden) == 1 and shown:
                    out[shown[0]] = None
                    changed = True
    return out
