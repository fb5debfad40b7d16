"""Parquet files, one per table, typed, written in row groups (bounded memory).

Types: integers int64, decimals float64, booleans bool, single choices their value
(string), multiple choices a list of strings, split choices int8 0/1, times UTC
timestamps, the rest strings. A missing marker is null in its column and named in
the row's ``_missing`` column (JSON ``{"column": "refused"}``). The schema metadata
carries the questions, choice labels and codes (``chasqui.codebook``), and each
field's metadata its question (``label``) and anonymization (``transform``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any, Final

import pyarrow as pa
import pyarrow.parquet as pq

from exports.codebook import build_codebook
from exports.layout import Options, OutColumn, out_columns, typed_cell
from exports.model import Table, TableModel
from exports.rows import Missing

ROW_GROUP: Final = 10_000
_TYPES: Final[Mapping[str, pa.DataType]] = {
    "integer": pa.int64(),
    "decimal": pa.float64(),
    "boolean": pa.bool_(),
    "choice": pa.string(),
    "choices": pa.list_(pa.string()),
    "flag": pa.int8(),
    "datetime": pa.timestamp("us", tz="UTC"),
    "string": pa.string(),
}


def _convert(out: OutColumn, value: Any) -> Any:
    if value is None:
        return None
    kind = out.value_type
    try:
        if kind == "integer":
            return int(value)
        if kind == "decimal":
            return float(value)
        if kind == "boolean":
            return bool(value)
        if kind == "choices":
            return [str(v) for v in value] if isinstance(value, list) else None
        if kind == "flag":
            return int(value)
    except (TypeError, ValueError):
        return None
    if kind == "datetime":
        return value if isinstance(value, datetime) else None
    return value if isinstance(value, str) else str(value)


class ParquetSink:
    def __init__(self, model: TableModel, options: Options, directory: Path) -> None:
        self.columns = {t.name: out_columns(t, options) for t in model.tables}
        self.buffers: dict[str, list[list[Any]]] = {t.name: [] for t in model.tables}
        self.missing: dict[str, list[str | None]] = {t.name: [] for t in model.tables}
        codebook = build_codebook(model).model_dump_json()
        self.writers: dict[str, pq.ParquetWriter] = {}
        self.schemas: dict[str, pa.Schema] = {}
        self.paths: list[Path] = []
        for table in model.tables:
            fields = [
                pa.field(
                    c.name,
                    _TYPES[c.value_type],
                    metadata={
                        "label": c.label,
                        "transform": c.column.transform if c.column else "meta",
                    },
                )
                for c in self.columns[table.name]
            ]
            fields.append(pa.field("_missing", pa.string()))
            schema = pa.schema(fields, metadata={"chasqui.codebook": codebook})
            path = directory / f"{table.name}.parquet"
            self.schemas[table.name] = schema
            self.writers[table.name] = pq.ParquetWriter(str(path), schema)
            self.paths.append(path)

    def write(self, table: Table, row: Mapping[str, Any]) -> None:
        values, missing = [], {}
        for c in self.columns[table.name]:
            value = typed_cell(c, row)
            if isinstance(value, Missing):
                missing[c.name] = value.code
                value = None
            values.append(_convert(c, value))
        self.buffers[table.name].append(values)
        self.missing[table.name].append(json.dumps(missing, sort_keys=True) if missing else None)
        if len(self.buffers[table.name]) >= ROW_GROUP:
            self._flush(table.name)

    def _flush(self, name: str) -> None:
        rows, schema = self.buffers[name], self.schemas[name]
        arrays = [
            pa.array([r[i] for r in rows], type=schema.field(i).type)
            for i in range(len(self.columns[name]))
        ]
        arrays.append(pa.array(self.missing[name], type=pa.string()))
        self.writers[name].write_table(pa.Table.from_arrays(arrays, schema=schema))
        self.buffers[name], self.missing[name] = [], []

    def close(self) -> list[Path]:
        for name, writer in self.writers.items():
            if self.buffers[name]:
                self._flush(name)
            writer.close()
        return self.paths
