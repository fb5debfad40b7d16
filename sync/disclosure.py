"""Pure: the records k-anonymity is computed over, built from stored (anonymized) answers.

A form names its quasi-identifiers in ``x-form.quasi_identifiers`` (``/village``,
``/members/*/age``...). Top-level ones describe the respondent: one record per
submission. Those under a repeat describe each item (a household member) together
with the submission's top-level values: one record per item.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from forms.spec import EACH_ITEM, ITEM_ID_KEY
from privacy.risk import DisclosureRisk, disclosure_risk


def _split(pointer: str) -> tuple[str, ...]:
    return tuple(part for part in pointer.split("/") if part)


def _value(node: Any, path: Sequence[str]) -> Any:
    for part in path:
        if not isinstance(node, Mapping):
            return None
        node = node.get(part)
    return node


def quasi_views(
    quasi: Sequence[str],
) -> dict[str, tuple[list[tuple[str, ...]], list[tuple[str, ...]]]]:
    """Group quasi paths by the repeat they live in ("" for the respondent)."""
    top = [_split(q) for q in quasi if EACH_ITEM not in _split(q)]
    views: dict[str, tuple[list[tuple[str, ...]], list[tuple[str, ...]]]] = {"": (top, [])}
    for q in quasi:
        parts = _split(q)
        if EACH_ITEM in parts:
            star = parts.index(EACH_ITEM)
            views.setdefault("/".join(parts[:star]), (top, []))[1].append(parts[star + 1 :])
    return views


def records_for_view(
    submissions: Iterable[tuple[str, Mapping[str, Any]]],
    *,
    repeat: str,
    top: Sequence[tuple[str, ...]],
    inner: Sequence[tuple[str, ...]],
) -> list[dict[str, Any]]:
    """One record per submission (repeat "") or per repeat item, keyed by quasi pointer."""
    records: list[dict[str, Any]] = []
    for instance_id, data in submissions:
        base = {"/" + "/".join(p): _value(data, p) for p in top}
        if not repeat:
            records.append({"instance_id": instance_id, **base})
            continue
        items = _value(data, repeat.split("/"))
        for item in items if isinstance(items, list) else []:
            item_id = item.get(ITEM_ID_KEY, "") if isinstance(item, Mapping) else ""
            record = {"instance_id": f"{instance_id}#{item_id}", **base}
            record.update({f"/{repeat}/*/" + "/".join(p): _value(item, p) for p in inner})
            records.append(record)
    return records


def form_disclosure_risk(
    submissions: Sequence[tuple[str, Mapping[str, Any]]], quasi: Sequence[str], *, k: int
) -> dict[str, tuple[list[str], DisclosureRisk]]:
    """k-anonymity per view of a form: the respondent, and each repeat's items."""
    result = {}
    for repeat, (top, inner) in quasi_views(quasi).items():
        if not top and not inner:
            continue
        records = records_for_view(submissions, repeat=repeat, top=top, inner=inner)
        keys = sorted({key for r in records for key in r if key != "instance_id"})
        result[repeat or "respondent"] = (keys, disclosure_risk(records, keys, k=k))
    return result
