"""Pure: the rows one interview gives in each table of a `TableModel`.

An interview's answers are stored under the paths of the version it was filled
in; `version_paths` maps those to the model's newest paths, so an interview of
version 1 and one of version 2 fill the same columns. Keys follow ODK Central:
``uuid:<instance_id>`` for the interview, ``<parent KEY>/<repeat>[n]`` for repeat
items (1-based), and ``PARENT_KEY`` links an item to its parent row.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final

from exports.model import Column, Table, TableModel, canonical_path, rename_steps
from forms.spec import EACH_ITEM, ITEM_ID_KEY, MISSING_KEY, MissingCode, is_missing_marker
from forms.tree import walk_nodes

ROOT_META: Final = (
    "KEY",
    "FormVersion",
    "ReviewState",
    "Edits",
    "DeviceID",
    "meta-village",
    "meta-enumerator",
    "meta-start",
    "meta-end",
    "meta-flags",
)
REPEAT_META: Final = ("PARENT_KEY", "KEY")


@dataclass(frozen=True, slots=True)
class Missing:
    """A recorded reason for no answer: refused, dont_know or not_asked."""

    code: MissingCode


@dataclass(frozen=True, slots=True)
class Record:
    """One stored interview with what the export says about it (never a raw identifier)."""

    instance_id: str
    form_version: int
    data: Mapping[str, Any]
    received_at: datetime
    review_state: str
    edits: int
    device_id: str
    village: str | None
    enumerator: str  # a pseudonym, never the account name
    started_at: datetime | None
    ended_at: datetime | None
    flags: Sequence[str] = ()


@dataclass(frozen=True, slots=True)
class VersionPaths:
    """Where each leaf and repeat of one version lands in the model (by newest path)."""

    leaves: dict[tuple[str, ...], Column]
    repeats: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)


def version_paths(
    model: TableModel, versions: Sequence[tuple[int, Mapping[str, Any]]]
) -> dict[int, VersionPaths]:
    """Map every version's field paths to the model's columns (renames folded)."""
    ordered = sorted(versions, key=lambda v: v[0])
    steps = rename_steps(ordered)
    columns = {c.path: c for t in model.tables for c in t.columns}
    out: dict[int, VersionPaths] = {}
    for index, (number, document) in enumerate(ordered):
        paths = VersionPaths({}, {})
        for node in walk_nodes(document):
            canonical = canonical_path(node.path, steps[index:])
            if node.role == "leaf" and canonical in columns:
                paths.leaves[node.path] = columns[canonical]
            elif node.role == "repeat":
                paths.repeats[node.path] = (*canonical, EACH_ITEM)
        out[number] = paths
    return out


def cell_of(value: Any) -> Any:
    """Turn a stored answer into an export cell (Missing for a missing marker)."""
    if is_missing_marker(value):
        return Missing(value[MISSING_KEY])
    if isinstance(value, Mapping):  # a geopoint, already rounded at ingest
        parts = [value.get(k) for k in ("latitude", "longitude", "lat", "lon")]
        return " ".join(str(p) for p in parts if p is not None) or None
    return value


def rows_of(
    model: TableModel, record: Record, paths: VersionPaths
) -> Iterator[tuple[Table, dict[str, Any]]]:
    """Yield (table, row) for the interview and each repeat item, parents first."""
    key = f"uuid:{record.instance_id}"
    row: dict[str, Any] = {"SubmissionDate": record.received_at}
    children: list[tuple[tuple[str, ...], Any, str]] = []
    _fill(record.data, (), row, children, paths, key)
    row.update(
        {
            "KEY": key,
            "FormVersion": record.form_version,
            "ReviewState": record.review_state,
            "Edits": record.edits,
            "DeviceID": record.device_id,
            "meta-village": record.village,
            "meta-enumerator": record.enumerator,
            "meta-start": record.started_at,
            "meta-end": record.ended_at,
            "meta-flags": " ".join(record.flags),
        }
    )
    yield model.root, row
    yield from _items(model, children, paths)


def _items(
    model: TableModel, children: list[tuple[tuple[str, ...], Any, str]], paths: VersionPaths
) -> Iterator[tuple[Table, dict[str, Any]]]:
    for pattern, items, parent_key in children:
        table = model.table_of(paths.repeats[pattern[:-1]])
        name = pattern[-2]
        for index, item in enumerate(items if isinstance(items, list) else [], start=1):
            if not isinstance(item, Mapping):
                continue
            key = f"{parent_key}/{name}[{index}]"
            row: dict[str, Any] = {}
            nested: list[tuple[tuple[str, ...], Any, str]] = []
            _fill(item, pattern, row, nested, paths, key)
            row.update({"PARENT_KEY": parent_key, "KEY": key})
            yield table, row
            yield from _items(model, nested, paths)


def _fill(
    obj: Mapping[str, Any],
    pattern: tuple[str, ...],
    row: dict[str, Any],
    children: list[tuple[tuple[str, ...], Any, str]],
    paths: VersionPaths,
    key: str,
) -> None:
    for name in obj:
        if name == ITEM_ID_KEY:
            continue
        here, value = (*pattern, name), obj[name]
        column = paths.leaves.get(here)
        if column is not None:
            row[column.name] = cell_of(value)
        elif here in paths.repeats:
            children.append(((*here, EACH_ITEM), value, key))
        elif isinstance(value, Mapping) and not is_missing_marker(value):
            _fill(value, here, row, children, paths, key)
