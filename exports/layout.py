"""Pure: the columns of each exported table and how a cell is written as text.

Root tables start with ``SubmissionDate``, then one column per field, then the
meta columns (`rows.ROOT_META`); repeat tables end with ``PARENT_KEY`` and ``KEY``,
as in ODK Central's CSV export. A select-multiple field is one column of
space-separated values, and optionally also one 0/1 column per choice
(``field/value``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final

from exports.model import Choice, Column, Table
from exports.rows import REPEAT_META, ROOT_META, Missing

META_TYPES: Final[Mapping[str, str]] = {
    "SubmissionDate": "datetime",
    "FormVersion": "integer",
    "Edits": "integer",
    "meta-start": "datetime",
    "meta-end": "datetime",
}
META_LABELS: Final[Mapping[str, str]] = {
    "SubmissionDate": "Received by the server (UTC)",
    "KEY": "Row key",
    "PARENT_KEY": "Key of the parent row",
    "FormVersion": "Form version",
    "ReviewState": "Review state",
    "Edits": "Number of edits after the first submission",
    "DeviceID": "Tablet id",
    "meta-village": "Community",
    "meta-enumerator": "Enumerator (pseudonym)",
    "meta-start": "Interview start (device clock, corrected)",
    "meta-end": "Interview end (device clock, corrected)",
    "meta-flags": "Quality flags",
}


@dataclass(frozen=True, slots=True)
class Options:
    """How cells are written: choice labels or values, one language, split multi-selects."""

    lang: str = ""  # "": the form's first language
    use_labels: bool = False
    split_multiple: bool = False


@dataclass(frozen=True, slots=True)
class OutColumn:
    name: str
    value_type: str  # string, integer, decimal, boolean, choice, choices, datetime, flag
    label: str
    column: Column | None = None
    option: Choice | None = None

    @property
    def source(self) -> str:
        return self.column.name if self.column is not None else self.name


def label_in(labels: Mapping[str, str], lang: str, fallback: str = "") -> str:
    """The label in `lang`, else the form's first language, else `fallback`."""
    if lang in labels:
        return labels[lang]
    return next(iter(labels.values()), fallback)


def out_columns(table: Table, options: Options) -> list[OutColumn]:
    """The exported columns of a table, in order."""
    out: list[OutColumn] = []
    if not table.repeat:
        out.append(OutColumn("SubmissionDate", "datetime", META_LABELS["SubmissionDate"]))
    for column in table.kept:
        label = label_in(column.label, options.lang, column.name)
        out.append(OutColumn(column.name, column.value_type, label, column))
        if column.value_type == "choices" and options.split_multiple:
            out.extend(
                OutColumn(
                    f"{column.name}/{choice.value}",
                    "flag",
                    f"{label}: {label_in(choice.label, options.lang, choice.value)}",
                    column,
                    choice,
                )
                for choice in column.choices
            )
    for name in REPEAT_META if table.repeat else ROOT_META:
        out.append(OutColumn(name, META_TYPES.get(name, "string"), META_LABELS[name]))
    return out


def iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def typed_cell(out: OutColumn, row: Mapping[str, Any]) -> Any:
    """The cell's value before any format: None, Missing, or a typed value."""
    value = row.get(out.source)
    if value is None or isinstance(value, Missing):
        return value
    if out.option is not None:
        return int(isinstance(value, list) and out.option.value in value)
    return value


def text_cell(out: OutColumn, row: Mapping[str, Any], options: Options) -> str | int | float:
    """A cell as CSV and XLSX write it: missing markers as words, choices as values or labels."""
    value = typed_cell(out, row)
    if value is None:
        return ""
    if isinstance(value, Missing):
        return value.code
    if isinstance(value, datetime):
        return iso(value)
    if isinstance(value, bool):
        return int(value)
    if out.value_type == "choice" and out.column is not None and options.use_labels:
        return _choice_label(out.column, value, options.lang)
    if isinstance(value, list):
        if out.column is not None and options.use_labels:
            return " ".join(_choice_label(out.column, v, options.lang) for v in value)
        return " ".join(str(v) for v in value)
    if isinstance(value, int | float | str):
        return value
    return str(value)


def _choice_label(column: Column, value: Any, lang: str) -> str:
    for choice in column.choices:
        if choice.value == value:
            return label_in(choice.label, lang, str(value))
    return str(value)


def text_writer(out: OutColumn, options: Options) -> Callable[[Mapping[str, Any]], Any]:
    """`text_cell` for one column, with a fast path for plain text and numbers."""
    source = out.source
    is_plain = out.option is None and not (options.use_labels and out.column is not None)

    def cell(row: Mapping[str, Any]) -> Any:
        value = row.get(source)
        if value is None:
            return ""
        kind = type(value)
        if is_plain and (kind is str or kind is int or kind is float):
            return value
        return text_cell(out, row, options)

    return cell
