"""Pure: public-use mode, for files that leave the research team.

Pseudonym columns are dropped (with the enumerator's pseudonym and the tablet id),
and the root table's quasi-identifiers are suppressed (emptied) in every row whose
combination of them is shared by fewer than k interviews. Inside repeats (household
members) a row's combination is its own quasi-identifiers together with its
interview's (it joins back to them by PARENT_KEY); where fewer than k repeat rows
share one, the row's own quasi fields are emptied. A first pass counts the
combinations; the report says what changed.
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
    repeat_quasi: dict[str, list[str]] = field(default_factory=dict)
    repeat_classes: Counter[tuple[str, ...]] = field(default_factory=Counter)
    suppressed_repeat_rows: int = 0
    root_key: tuple[str, ...] = ()  # the current interview's combination, as stored

    def key(self, row: MutableMapping[str, Any]) -> tuple[str, ...]:
        return tuple(str(row.get(q)) for q in self.quasi)

    def repeat_key(self, table: Table, row: MutableMapping[str, Any]) -> tuple[str, ...]:
        own = tuple(str(row.get(q)) for q in self.repeat_quasi.get(table.name, ()))
        return (table.name, *self.root_key, *own)

    def count(
        self, model: TableModel, rows: Iterable[tuple[Table, MutableMapping[str, Any]]]
    ) -> None:
        """First pass: how many interviews share each combination of quasi-identifiers."""
        for table, row in rows:
            if not table.repeat:
                self.root_key = self.key(row)
                self.classes[self.root_key] += 1
            elif self.repeat_quasi.get(table.name):
                self.repeat_classes[self.repeat_key(table, row)] += 1

    def report(self) -> dict[str, Any]:
        return {
            "k": self.k,
            "dropped_columns": self.dropped + list(PUBLIC_DROPPED_META),
            "quasi_identifiers": self.quasi,
            "rows_suppressed": self.suppressed_rows,
            "repeat_quasi_identifiers": self.repeat_quasi,
            "repeat_rows_suppressed": self.suppressed_repeat_rows,
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
    repeat_quasi = {
        t.name: names
        for t in public.tables[1:]
        if (names := [c.name for c in t.kept if c.is_quasi_key])
    }
    return public, PublicUse(k=k, quasi=quasi, dropped=dropped, repeat_quasi=repeat_quasi)


def suppress_row(
    public: PublicUse, row: MutableMapping[str, Any], table: Table | None = None
) -> bool:
    """Second pass: empty a row's quasi-identifiers when their class is under k.

    Rows come as `rows_of` gives them: an interview's row, then its repeat rows.
    """
    if table is not None and table.repeat:
        names = public.repeat_quasi.get(table.name)
        if not names or public.repeat_classes.get(public.repeat_key(table, row), 0) >= public.k:
            return False
        for name in names:
            row[name] = None
        public.suppressed_repeat_rows += 1
        return True
    for name in PUBLIC_DROPPED_META:
        row[name] = None
    public.root_key = public.key(row)
    if public.classes.get(public.root_key, 0) >= public.k:
        return False
    for name in public.quasi:
        row[name] = None
    public.suppressed_rows += 1
    return True
