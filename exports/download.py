"""What the export download routes need: a one-off export written to a temporary zip,
and a finished job's file opened for one HTTP byte range."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session

from attachments.blobstore import BlobReader, BlobStore
from exports import jobs
from exports.jobs_models import ExportJob
from exports.service import export_form


@dataclass(frozen=True, slots=True)
class ExportFile:
    """A finished one-off export: the zip (the caller deletes it once sent) and its report."""

    path: Path
    report: dict[str, Any]


def export_to_temp_file(session: Session, **export: Any) -> ExportFile:
    """Run `export_form` (its keyword arguments, `out` aside) into a new temporary zip."""
    handle, name = tempfile.mkstemp(prefix="chasqui-export-", suffix=".zip")
    os.close(handle)
    out = Path(name)
    try:
        report = export_form(session, out=out, **export)
    except BaseException:
        out.unlink(missing_ok=True)
        raise
    return ExportFile(path=out, report=report)


@dataclass(frozen=True, slots=True)
class JobDownload:
    """A finished job's file, opened (decrypted as read), and the range asked for."""

    job: ExportJob
    reader: BlobReader
    byte_range: jobs.ByteRange | None

    @property
    def size(self) -> int:
        return self.job.size or 0

    def chunks(self) -> Iterator[bytes]:
        """The bytes of the range (or the whole file), decrypted as they are read."""
        return jobs.iter_range(self.reader, self.byte_range)


def open_job_download(
    session: Session,
    *,
    study_id: int,
    job_id: str,
    blobs: BlobStore,
    secret: str,
    range_header: str | None,
    now: datetime,
) -> JobDownload:
    """Open a finished export job's zip for one `Range` (or the whole file)."""
    job = jobs.get_job(session, study_id=study_id, job_id=job_id, now=now)
    reader = jobs.open_job_file(session, job=job, blobs=blobs, secret=secret)
    try:
        byte_range = jobs.parse_range(range_header, job.size or 0)
    except jobs.RangeInvalid:
        reader.close()
        raise
    return JobDownload(job=job, reader=reader, byte_range=byte_range)
