"""Stata .dta (format 118) and SPSS .sav files, one per table, in bounded memory.

Choices become integer codes with value labels (the codes of the codebook).
Missing markers on numeric variables: Stata extended missing values ``.a``
(refused), ``.b`` (don't know), ``.c`` (not asked); SPSS user-missing codes
-97, -98, -99, labelled. String variables hold the marker's word. Variable names
follow `exports.names`; variable labels are the questions (cut to 80 characters).

Rows are spooled to a scratch file per table as they come (numbers as 8 bytes,
text length-prefixed) while the longest text of each variable is measured; at the
end each table is written by the streaming writers `exports.dta` and `exports.sav`
(hand-written: no maintained library appends rows to these formats, docs/exports.md),
so memory does not grow with the number of interviews.
"""

from __future__ import annotations

import math
import struct
import tempfile
from collections.abc import Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import IO, Any, Final

from exports.dta import DtaVariable, DtaWriter, missing_bits
from exports.layout import Options, OutColumn, iso, label_in, out_columns, typed_cell
from exports.model import Table, TableModel
from exports.names import stata_names
from exports.rows import Missing
from exports.sav import SavVariable, SavWriter

STATA_MISSING: Final = {"refused": "a", "dont_know": "b", "not_asked": "c"}
SPSS_MISSING: Final = {"refused": -97.0, "dont_know": -98.0, "not_asked": -99.0}
_NUMERIC: Final = frozenset({"integer", "decimal", "boolean", "choice", "flag"})
_LABEL_MAX: Final = 80
_DOUBLE: Final = struct.Struct("<d")
_LENGTH: Final = struct.Struct("<I")
_STATA_DOT: Final = missing_bits("")
_STATA_LETTERS: Final = {code: missing_bits(letter) for code, letter in STATA_MISSING.items()}


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


class _Spool:
    """One table's rows on disk, and the longest text of each string variable."""

    def __init__(self, numeric: list[bool]) -> None:
        self.numeric = numeric
        self.widths = [0] * len(numeric)
        self.rows = 0
        # Open until `read` has given every row back (the sink's life), then closed there.
        self.file: IO[bytes] = tempfile.TemporaryFile(prefix="chasqui-stats-")  # noqa: SIM115

    def read(self) -> Iterator[list[bytes | str]]:
        self.file.seek(0)
        read = self.file.read
        for _ in range(self.rows):
            row: list[bytes | str] = []
            for is_number in self.numeric:
                if is_number:
                    row.append(read(8))
                else:
                    (size,) = _LENGTH.unpack(read(4))
                    row.append(read(size).decode("utf-8"))
            yield row
        self.file.close()


class StatsSink:
    """Spool each table's rows, then write one .dta or .sav per table."""

    def __init__(
        self, model: TableModel, options: Options, directory: Path, *, fmt: str, now: datetime
    ) -> None:
        self.model, self.options, self.directory, self.fmt, self.now = (
            model,
            options,
            directory,
            fmt,
            now,
        )
        self.columns = {t.name: out_columns(t, options) for t in model.tables}
        self.spools = {
            t.name: _Spool([c.value_type in _NUMERIC for c in self.columns[t.name]])
            for t in model.tables
        }

    def write(self, table: Table, row: Mapping[str, Any]) -> None:
        spool = self.spools[table.name]
        parts: list[bytes] = []
        for index, out in enumerate(self.columns[table.name]):
            value = typed_cell(out, row)
            if spool.numeric[index]:
                parts.append(self._number_bytes(out, value))
                continue
            raw = _text(value).encode("utf-8")
            spool.widths[index] = max(spool.widths[index], len(raw))
            parts.append(_LENGTH.pack(len(raw)) + raw)
        spool.file.write(b"".join(parts))
        spool.rows += 1

    def _number_bytes(self, out: OutColumn, value: Any) -> bytes:
        if isinstance(value, Missing):
            if self.fmt == "dta":
                return _STATA_LETTERS[value.code]
            return _DOUBLE.pack(SPSS_MISSING[value.code])
        number = math.nan if value is None else _number(out, value)
        if math.isnan(number):
            return _STATA_DOT if self.fmt == "dta" else _DOUBLE.pack(number)
        return _DOUBLE.pack(number)

    def close(self) -> list[Path]:
        return [self._write_table(t) for t in self.model.tables]

    def _write_table(self, table: Table) -> Path:
        columns, spool = self.columns[table.name], self.spools.pop(table.name)
        names = stata_names(c.name for c in columns)
        title = label_in(self.model.title, self.options.lang, table.name)[:_LABEL_MAX]
        path = self.directory / f"{table.name}.{self.fmt}"
        labels = {names[c.name]: self._value_labels(c) for c in columns}
        labels = {name: value_labels for name, value_labels in labels.items() if value_labels}
        with path.open("w+b") as out:
            if self.fmt == "dta":
                self._write_dta(out, columns, names, spool, title, labels)
            else:
                self._write_sav(out, columns, names, spool, title, labels)
        return path

    def _write_dta(
        self,
        out: IO[bytes],
        columns: list[OutColumn],
        names: dict[str, str],
        spool: _Spool,
        title: str,
        labels: dict[str, dict[float, str]],
    ) -> None:
        variables = [
            DtaVariable(
                names[c.name],
                c.label[:_LABEL_MAX],
                0 if is_number else max(1, width),
                names[c.name] if names[c.name] in labels else "",
            )
            for c, is_number, width in zip(columns, spool.numeric, spool.widths, strict=True)
        ]
        with tempfile.TemporaryFile(prefix="chasqui-strls-") as strls:
            writer = DtaWriter(
                out,
                strls,
                variables,
                rows=spool.rows,
                label=title,
                timestamp=self.now.strftime("%d %b %Y %H:%M"),
            )
            for row in spool.read():
                writer.write_row(row)
            writer.close(
                {
                    name: {int(v): text for v, text in table.items()}
                    for name, table in labels.items()
                }
            )

    def _write_sav(
        self,
        out: IO[bytes],
        columns: list[OutColumn],
        names: dict[str, str],
        spool: _Spool,
        title: str,
        labels: dict[str, dict[float, str]],
    ) -> None:
        variables = [
            SavVariable(
                names[c.name],
                c.label[:_LABEL_MAX],
                0 if is_number else max(1, width),
                tuple(SPSS_MISSING.values()) if is_number else (),
            )
            for c, is_number, width in zip(columns, spool.numeric, spool.widths, strict=True)
        ]
        writer = SavWriter(
            out,
            variables,
            rows=spool.rows,
            label=title,
            created=(self.now.strftime("%d %b %y"), self.now.strftime("%H:%M:%S")),
            value_labels=labels,
        )
        for row in spool.read():
            writer.write_row([_DOUBLE.unpack(c)[0] if isinstance(c, bytes) else c for c in row])
        writer.close()

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
