"""Stata .dta (format 118) and SPSS .sav files, one per table, through pyreadstat.

Choices become integer codes with value labels (the codes of the codebook).
Missing markers on numeric variables: Stata extended missing values ``.a``
(refused), ``.b`` (don't know), ``.c`` (not asked); SPSS user-missing codes
-97, -98, -99, labelled. String variables hold the marker's word. Variable names
follow `exports.names`; variable labels are the questions (cut to 80 characters).
pyreadstat writes a whole table at once, so these two formats hold one table's
rows in memory while writing it (docs/exports.md).
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any, Final

import numpy as np
import pandas as pd
import pyreadstat

from exports.layout import Options, OutColumn, iso, label_in, out_columns, typed_cell
from exports.model import Table, TableModel
from exports.names import stata_names
from exports.rows import Missing

STATA_MISSING: Final = {"refused": "a", "dont_know": "b", "not_asked": "c"}
SPSS_MISSING: Final = {"refused": -97.0, "dont_know": -98.0, "not_asked": -99.0}
_NUMERIC: Final = frozenset({"integer", "decimal", "boolean", "choice", "flag"})
_LABEL_MAX: Final = 80


def _number(out: OutColumn, value: Any) -> float:
    if out.value_type == "choice" and out.column is not None:
        code = out.column.code_of(value)
        return float(code) if code is not None else math.nan
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Missing):
        return value.code
    if isinstance(value, datetime):
        return iso(value)
    if isinstance(value, list):
        return " ".join(map(str, value))
    return str(value)


class _Column:
    """One variable's values: numbers packed as doubles, text as a list of str.

    Packing numbers (8 bytes each instead of a Python float) keeps what a table
    holds until pyreadstat writes it small; a Stata missing letter is kept aside.
    """

    __slots__ = ("letters", "numbers", "texts")

    def __init__(self, numeric: bool) -> None:
        self.numbers: array[float] | None = array("d") if numeric else None
        self.texts: list[str] | None = None if numeric else []
        self.letters: dict[int, str] = {}


class StatsSink:
    """Collect each table's columns, then write one .dta or .sav per table."""

    def __init__(self, model: TableModel, options: Options, directory: Path, *, fmt: str) -> None:
        self.model, self.options, self.directory, self.fmt = model, options, directory, fmt
        self.columns = {t.name: out_columns(t, options) for t in model.tables}
        self.data: dict[str, list[_Column]] = {
            t.name: [_Column(c.value_type in _NUMERIC) for c in self.columns[t.name]]
            for t in model.tables
        }

    def write(self, table: Table, row: Mapping[str, Any]) -> None:
        for out, column in zip(self.columns[table.name], self.data[table.name], strict=True):
            value = typed_cell(out, row)
            if column.texts is not None:
                column.texts.append(_text(value))
                continue
            assert column.numbers is not None
            if isinstance(value, Missing):
                if self.fmt == "dta":
                    column.letters[len(column.numbers)] = STATA_MISSING[value.code]
                    column.numbers.append(math.nan)
                else:
                    column.numbers.append(SPSS_MISSING[value.code])
            else:
                column.numbers.append(math.nan if value is None else _number(out, value))

    def close(self) -> list[Path]:
        return [self._write_table(t) for t in self.model.tables]

    def _series(self, column: _Column) -> Any:
        if column.texts is not None:
            return pd.Series(column.texts, dtype=object)
        numbers = column.numbers if column.numbers else array("d")
        values = np.array(numbers, dtype=np.float64) if numbers else np.empty(0)
        if not column.letters:
            return pd.Series(values)
        mixed = pd.Series(values, dtype=object)
        for index, letter in column.letters.items():
            mixed.iat[index] = letter
        return mixed

    def _write_table(self, table: Table) -> Path:
        columns = self.columns[table.name]
        names = stata_names(c.name for c in columns)
        data = self.data.pop(table.name)
        frame = pd.DataFrame(
            {names[c.name]: self._series(d) for c, d in zip(columns, data, strict=True)}
        )
        del data
        labels: dict[str, str | None] = {names[c.name]: c.label[:_LABEL_MAX] for c in columns}
        value_labels = {
            names[c.name]: self._value_labels(c) for c in columns if self._value_labels(c)
        }
        path = self.directory / f"{table.name}.{self.fmt}"
        if self.fmt == "dta":
            pyreadstat.write_dta(
                frame,
                str(path),
                file_label=label_in(self.model.title, self.options.lang, table.name)[:_LABEL_MAX],
                column_labels=labels,
                version=14,  # readstat writes Stata 14's format, 118
                variable_value_labels=value_labels,
                missing_user_values={
                    names[c.name]: list(STATA_MISSING.values())
                    for c in columns
                    if c.value_type in _NUMERIC
                },
            )
        else:
            pyreadstat.write_sav(
                frame,
                str(path),
                file_label=label_in(self.model.title, self.options.lang, table.name)[:_LABEL_MAX],
                column_labels=labels,
                variable_value_labels=value_labels,
                missing_ranges={
                    names[c.name]: list(SPSS_MISSING.values())
                    for c in columns
                    if c.value_type in _NUMERIC
                },
            )
        return path

    def _value_labels(self, out: OutColumn) -> dict[float, str]:
        labels: dict[float, str] = {}
        if out.value_type == "choice" and out.column is not None:
            labels = {
                float(c.code): label_in(c.label, self.options.lang, c.value)
                for c in out.column.choices
            }
        elif out.value_type in ("boolean", "flag"):
            labels = {0.0: "no", 1.0: "yes"}
        if labels and self.fmt == "sav":
            labels |= {code: word for word, code in SPSS_MISSING.items()}
        return labels
