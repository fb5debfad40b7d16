"""Pure: public-use mode, for files that leave the research team.

Pseudonym columns are dropped (with the enumerator's pseudonym and the tablet id),
and the root table's quasi-identifiers are suppressed (emptied) in every row whose
combination of them is shared by fewer than k interviews. A first pass counts the
combinations; the report says what changed. Quasi-identifiers inside repeats
(household members) are not generalized further: drop those tables from a public
release, or ask for a stricter form rule (docs/exports.md).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, MutableMapping
from dataclasses import dataclass, field, replace
from typing import Any

from exports.model import Table, TableModel

PUBLIC_DROPPED_META = ("meta-enumerator", "DeviceID")


@dataclass(slots=True)
class PublicUse:
    k: int
    quasi: list[str]
    dropped: list[str]
    classes: Counter[tuple[str, ...]] = field(default_factory=Counter)
    suppressed_rows: int = 0

    def key(self, row: MutableMapping[str, Any]) -> tuple[str, ...]:
        return tuple(str(row.get(q)) for q in self.quasi)

    def count(
        self, model: TableModel, rows: Iterable[tuple[Table, MutableMapping[str, Any]]]
    ) -> None:
        """First pass: how many interviews share each combination of quasi-identifiers."""
        for table, row in rows:
            if not table.repeat:
                self.classes[self.key(row)] += 1

    def report(self) -> dict[str, Any]:
        return {
            "k": self.k,
            "dropped_columns": self.dropped + list(PUBLIC_DROPPED_META),
            "quasi_identifiers": self.quasi,
            "rows_suppressed": self.suppressed_rows,
            "combinations_under_k": sum(1 for n in self.classes.values() if n < self.k),
        }


def public_model(model: TableModel, *, k: int) -> tuple[TableModel, PublicUse]:
    """The model without pseudonym columns, and the state of the suppression."""
    dropped: list[str] = []
    tables = []
    for table in model.tables:
        columns = []
        for column in table.columns:
            if column.transform == "pseudonym":
                dropped.append(f"{table.name}.{column.name}")
                column = replace(column, transform="dropped")
            columns.append(column)
        tables.append(replace(table, columns=tuple(columns)))
    public = replace(model, tables=tuple(tables))
    quasi = [c.name for c in public.root.kept if c.is_quasi_key]
    return public, PublicUse(k=k, quasi=quasi, dropped=dropped)


def suppress_row(public: PublicUse, row: MutableMapping[str, Any]) -> bool:
    """Second pass: empty a root row's quasi-identifiers when their class is under k."""
    for name in PUBLIC_DROPPED_META:
        row[name] = None
    if public.classes.get(public.key(row), 0) >= public.k:
        return False
    for name in public.quasi:
        row[name] = None
    public.suppressed_rows += 1
    return True
