"""Where exported rows go: one sink per format, fed row by row, closed once.

CSV and XLSX stream to disk as rows arrive (one CSV file per table; one sheet per
table in XlsxWriter's constant-memory mode), so memory does not grow with the
number of interviews. Formats that need every row of a table at once live in
their own modules (`exports.stats` for Stata and SPSS).
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from pathlib import Path
from typing import IO, Any, Protocol

import xlsxwriter

from exports.codebook import build_codebook
from exports.layout import Options, label_in, out_columns, text_writer
from exports.model import Table, TableModel


class Sink(Protocol):
    def write(self, table: Table, row: Mapping[str, Any]) -> None: ...

    def close(self) -> list[Path]:
        """Finish the files and return them, in a stable order."""


class CsvSink:
    """One UTF-8 CSV per table (with a BOM when asked, for Excel)."""

    def __init__(self, model: TableModel, options: Options, directory: Path, *, bom: bool) -> None:
        self.options = options
        self.paths: list[Path] = []
        self.files: dict[str, tuple[IO[str], Any, list[Any]]] = {}
        for table in model.tables:
            path = directory / f"{table.name}.csv"
            handle = path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="")
            writer = csv.writer(handle)
            columns = out_columns(table, options)
            writer.writerow([c.name for c in columns])
            self.files[table.name] = (handle, writer, [text_writer(c, options) for c in columns])
            self.paths.append(path)

    def write(self, table: Table, row: Mapping[str, Any]) -> None:
        _, writer, cells = self.files[table.name]
        writer.writerow([cell(row) for cell in cells])

    def close(self) -> list[Path]:
        for handle, _, _ in self.files.values():
            handle.close()
        return self.paths


def sheet_names(names: list[str]) -> dict[str, str]:
    """Excel sheet names: at most 31 characters, unique, without []:*?/\\."""
    out: dict[str, str] = {}
    taken: set[str] = set()
    for name in names:
        base = "".join("_" if ch in "[]:*?/\\" else ch for ch in name)[:31]
        candidate, n = base, 1
        while candidate.lower() in taken:
            n += 1
            candidate = f"{base[: 31 - len(str(n)) - 1]}~{n}"
        taken.add(candidate.lower())
        out[name] = candidate
    return out


class XlsxSink:
    """One sheet per table and a codebook sheet, in constant-memory mode."""

    def __init__(self, model: TableModel, options: Options, directory: Path) -> None:
        self.model, self.options = model, options
        self.path = directory / f"{model.form_id}.xlsx"
        self.book = xlsxwriter.Workbook(
            str(self.path), {"constant_memory": True, "strings_to_numbers": False}
        )
        names = sheet_names([t.name for t in model.tables] + ["codebook"])
        self.sheets: dict[str, tuple[Any, list[Any], list[int]]] = {}
        bold = self.book.add_format({"bold": True})
        for table in model.tables:
            sheet = self.book.add_worksheet(names[table.name])
            columns = out_columns(table, options)
            sheet.write_row(0, 0, [c.name for c in columns], bold)
            self.sheets[table.name] = (sheet, [text_writer(c, options) for c in columns], [1])
        self.codebook_sheet = self.book.add_worksheet(names["codebook"])

    def write(self, table: Table, row: Mapping[str, Any]) -> None:
        sheet, cells, next_row = self.sheets[table.name]
        values = [cell(row) for cell in cells]
        number = next_row[0]
        write_string, write_number = sheet.write_string, sheet.write_number
        for index, value in enumerate(values):
            if type(value) is str:
                if value:  # empty cells stay empty rather than holding "" strings
                    write_string(number, index, value)
            else:
                write_number(number, index, value)
        next_row[0] += 1

    def close(self) -> list[Path]:
        sheet = self.codebook_sheet
        header = [
            "table",
            "name",
            "stata_name",
            "label",
            "kind",
            "type",
            "choices",
            "relevant",
            "privacy",
            "transform",
            "versions",
        ]
        sheet.write_row(0, 0, header)
        codebook = build_codebook(self.model)
        for index, v in enumerate(codebook.variables, start=1):
            choices = "; ".join(
                f"{c.code}={c.value}={label_in(c.label, self.options.lang, c.value)}"
                for c in v.choices
            )
            sheet.write_row(
                index,
                0,
                [
                    v.table,
                    v.name,
                    v.stata_name or "",
                    label_in(v.label, self.options.lang, v.name),
                    v.kind,
                    v.value_type,
                    choices,
                    v.relevant or "",
                    v.privacy,
                    v.transform,
                    " ".join(map(str, v.versions)),
                ],
            )
        self.book.close()
        return [self.path]
