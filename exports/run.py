"""Run one export: select interviews, build rows once, feed the format's sink, bundle.

Every export is a zip: the data file(s), ``codebook.json`` and
``export-report.json`` (rows per table, versions, exclusions and why, the
anonymization per field, the k reached on the quasi-identifiers, a sha256 per
file, the cursor for the next incremental export). See docs/exports.md.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Final

from sqlmodel import Session

from core.errors import DomainError
from exports.codebook import build_codebook
from exports.layout import Options
from exports.model import TableModel
from exports.publicuse import PublicUse, public_model, suppress_row
from exports.rows import Record, rows_of, version_paths
from exports.sinks import CsvSink, Sink, XlsxSink
from exports.source import Selection, count_exclusions, encode_since, iter_records
from privacy.keys import KeyRing
from privacy.uncertain import HOLD

FORMATS: Final = ("csv", "xlsx", "dta", "sav", "parquet", "qdpx")
HELD_MASK: Final = f"[{HOLD}-"


class FormatUnknown(DomainError):
    code = "export.format_unknown"


@dataclass(frozen=True, slots=True)
class ExportRequest:
    selection: Selection
    fmt: str
    options: Options = field(default_factory=Options)
    bom: bool = False
    public_use: bool = False
    k: int = 5


def check_format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise FormatUnknown("Unknown export format.", formats=list(FORMATS))
    return fmt


def make_sink(
    fmt: str, model: TableModel, options: Options, directory: Path, *, bom: bool, now: datetime
) -> Sink:
    """The sink of a format (the heavy libraries load only when their format is asked)."""
    if fmt == "csv":
        return CsvSink(model, options, directory, bom=bom)
    if fmt == "xlsx":
        return XlsxSink(model, options, directory)
    if fmt in ("dta", "sav"):
        from exports.stats import StatsSink

        return StatsSink(model, options, directory, fmt=fmt, now=now)
    if fmt == "parquet":
        from exports.parquet import ParquetSink

        return ParquetSink(model, options, directory)
    from exports.qdpx import QdpxSink

    return QdpxSink(model, options, directory, created_at=now)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _quasi_key(model: TableModel) -> list[str]:
    return [c.name for c in model.root.kept if c.is_quasi_key]


def run_export(
    session: Session,
    request: ExportRequest,
    *,
    versions: Sequence[tuple[int, Mapping[str, Any]]],
    model: TableModel,
    ring: KeyRing,
    out: Path,
    now: datetime,
    progress: Callable[[int], None] | None = None,
) -> dict[str, Any]:
    """Write the export bundle to `out` and return its report."""
    check_format(request.fmt)
    exclusions = count_exclusions(session, request.selection)
    paths = version_paths(model, versions)
    public: PublicUse | None = None
    if request.public_use:
        model, public = public_model(model, k=request.k)
        paths = version_paths(model, versions)
        public.count(
            model, _rows(model, paths, iter_records(session, request.selection, ring=ring))
        )
    quasi = _quasi_key(model)
    classes: Counter[tuple[str, ...]] = Counter()
    rows: Counter[str] = Counter()
    per_version: Counter[int] = Counter()
    interviews = held = 0
    with tempfile.TemporaryDirectory(prefix="chasqui-export-") as tmp:
        directory = Path(tmp)
        sink = make_sink(request.fmt, model, request.options, directory, bom=request.bom, now=now)
        for table, row in _rows(model, paths, iter_records(session, request.selection, ring=ring)):
            if not table.repeat:
                suppressed = public is not None and suppress_row(public, row)
                interviews += 1
                per_version[row["FormVersion"]] += 1
                if not suppressed:  # suppressed rows share no quasi value with anyone
                    classes[tuple(str(row.get(q)) for q in quasi)] += 1
                if progress is not None and interviews % 1000 == 0:
                    progress(interviews)
            elif public is not None:
                suppress_row(public, row, table)
            rows[table.name] += 1
            held += held_in(row)
            sink.write(table, row)
        files = sink.close()
        report = _report(request, model, exclusions, rows, interviews, classes, public, files, now)
        report["interviews_per_version"] = {str(v): n for v, n in sorted(per_version.items())}
        # Spans the privacy review queue still holds: exported masked, never opened.
        report["held_spans"] = held
        _bundle(out, files, model, report)
    if progress is not None:
        progress(interviews)
    return report


def held_in(row: Mapping[str, Any]) -> int:
    """How many held spans ([REVISAR-n]) the values of one exported row carry."""
    return sum(v.count(HELD_MASK) for v in row.values() if type(v) is str and HELD_MASK in v)


def _rows(model: TableModel, paths: Any, records: Iterator[Record]) -> Iterator[Any]:
    for record in records:
        yield from rows_of(model, record, paths[record.form_version])


def _report(
    request: ExportRequest,
    model: TableModel,
    exclusions: Any,
    rows: Counter[str],
    interviews: int,
    classes: Counter[tuple[str, ...]],
    public: PublicUse | None,
    files: list[Path],
    now: datetime,
) -> dict[str, Any]:
    return {
        "form_id": model.form_id,
        "format": request.fmt,
        "created_at": now.isoformat(),
        "versions": list(model.versions),
        "interviews": interviews,
        "rows": {t.name: rows.get(t.name, 0) for t in model.tables},
        "excluded": {
            "withdrawn": "never exported: erased at withdrawal",
            "quarantined": exclusions.quarantined,
            "in_conflict": exclusions.in_conflict,
            "not_approved": exclusions.not_approved,
        },
        "withdrawn_since": [{**w, "at": w["at"].isoformat()} for w in exclusions.withdrawn_since],
        "since": encode_since(request.selection.since) if request.selection.since else None,
        "next_cursor": encode_since(now),
        "approved_only": request.selection.approved_only,
        "anonymization": {
            f"{t.name}.{c.name}": c.transform for t in model.tables for c in t.columns
        },
        "quasi_identifiers": _quasi_key(model),
        "k_required": request.k,
        "k_reached": min(classes.values()) if classes else None,
        "public_use": public.report() if public is not None else None,
        "files": {p.name: sha256_file(p) for p in files},
    }


def _bundle(out: Path, files: list[Path], model: TableModel, report: dict[str, Any]) -> None:
    codebook = build_codebook(model).model_dump_json(indent=2)
    report["files"]["codebook.json"] = hashlib.sha256(codebook.encode()).hexdigest()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as z:
        for path in files:
            z.write(path, path.name)
        z.writestr("codebook.json", codebook)
        z.writestr("export-report.json", json.dumps(report, indent=2, ensure_ascii=False))
