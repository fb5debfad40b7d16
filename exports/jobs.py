"""Background export jobs: create, run (on the job queue), poll, read, expire.

Creating a job checks the request, stores the job row and defers the `exports.run`
task (`exports.tasks`) on the server's job queue (`jobqueue`: procrastinate on
PostgreSQL, so any server process runs it; threads in the process on SQLite). The
run updates `done` every 1,000 interviews. The finished zip is sealed under the
study's attachment key and stored in the attachment blob store (local directory or
S3-compatible), then read back unsealed for a download, with HTTP Range. A run cut
short by a crash is run again from the start (the queue retries it; the zip is
written to a temporary file and stored only once finished), so a job ends `done`
once. A job's file is deleted when it expires (`EXPIRY`).
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Final

from sqlmodel import Session, col, select

from accounts.models import Study
from attachments.blobstore import BlobReader, BlobStore
from attachments.sealing import sealed_store
from core.errors import DomainError, NotFound
from core.metadata import utcnow
from exports.jobs_models import ExportJob
from exports.layout import Options
from exports.run import check_format
from exports.service import export_form
from exports.source import Selection, count_selected, decode_since
from forms import store as forms_store
from interviews.store import InterviewFilter
from jobqueue import JobQueue
from review.models import ReviewState

log = logging.getLogger("chasqui.exports")

EXPIRY: Final = timedelta(hours=24)
RUN_TASK: Final = "exports.run"
PROGRESS_EVERY: Final = 1000


class JobExpired(DomainError):
    code = "export.job_expired"


class JobNotReady(DomainError):
    code = "export.job_not_ready"


class RangeInvalid(DomainError):
    code = "export.range_not_satisfiable"


def create_job(
    session: Session,
    *,
    study: Study,
    form_id: str,
    fmt: str,
    params: dict[str, Any],
    user_id: int | None,
    now: datetime,
    blobs: BlobStore,
    queue: JobQueue,
) -> ExportJob:
    """Check the request now (format, cursor, form), store the job and queue its run."""
    purge_expired(session, blobs=blobs, now=now)
    check_format(fmt)
    decode_since(params.get("since"))
    assert study.id is not None
    forms_store.get_form(session, study_id=study.id, form_id=form_id)
    total = count_selected(
        session, Selection(study_id=study.id, form_id=form_id, filters=InterviewFilter())
    )
    job = ExportJob(
        id=str(uuid.uuid4()),
        study_id=study.id,
        form_id=form_id,
        format=fmt,
        params=params,
        total=total,
        created_by_id=user_id,
        created_at=now,
        expires_at=now + EXPIRY,
    )
    session.add(job)
    session.commit()  # before deferring: a worker in another process must see the row
    queue.defer(RUN_TASK, {"job_id": job.id})
    return job


def _job_key(job: ExportJob) -> str:
    return f"exports/{job.study_id}/{job.id}.zip"


def run_job(sessions: Any, *, job_id: str, blobs: BlobStore, secret: str) -> None:
    """Run one job to the end; `sessions()` makes a new session (the app's database).

    A job found `running` was cut short (its worker died) and runs again from the
    start; a finished or expired one is left alone, so a retry never exports twice.
    """
    with sessions() as session:
        job = session.get(ExportJob, job_id)
        study = session.get(Study, job.study_id) if job else None
        if job is None or study is None or job.status not in ("queued", "running"):
            return
        if job.expires_at <= utcnow():
            return
        now = job.created_at  # the export's cursor: when it was asked, whichever run
        job.status = "running"
        session.add(job)
        session.commit()
        handle, name = tempfile.mkstemp(prefix="chasqui-job-", suffix=".zip")
        os.close(handle)
        out = Path(name)
        try:
            report = export_form(
                session,
                study=study,
                form_id=job.form_id,
                fmt=job.format,
                filters=_filters(job.params.get("filters", {})),
                out=out,
                secret=secret,
                now=now,
                since=job.params.get("since"),
                approved_only=bool(job.params.get("approved")),
                public_use=bool(job.params.get("public_use")),
                options=Options(**job.params.get("options", {})),
                bom=bool(job.params.get("bom")),
                progress=lambda n: _progress(sessions, job_id, n),
            )
            digest = hashlib.sha256(out.read_bytes()).hexdigest()
            size = out.stat().st_size
            store = sealed_store(session, blobs=blobs, study_id=study.id or 0, secret=secret)
            store.put(_job_key(job), out)
        except DomainError as exc:
            session.rollback()
            _finish(session, job, status="failed", error=exc.code)
            return
        except Exception as exc:
            # A bug, not a refusal: say so on the job instead of leaving it running. The
            # exception's type only: its message or traceback could quote an answer.
            log.error("export job %s failed: %s", job_id, type(exc).__name__)
            session.rollback()
            _finish(session, job, status="failed", error="export.failed")
            return
        finally:
            out.unlink(missing_ok=True)
        job.storage_key, job.size, job.sha256, job.report = _job_key(job), size, digest, report
        _finish(session, job, status="done", error=None)


def _filters(raw: dict[str, Any]) -> InterviewFilter:
    state = raw.get("review_state")
    return InterviewFilter(
        **{**raw, "review_state": ReviewState(state) if state is not None else None}
    )


def _progress(sessions: Any, job_id: str, done: int) -> None:
    with sessions() as other:
        job = other.get(ExportJob, job_id)
        if job is not None:
            job.done = done
            other.add(job)
            other.commit()


def _finish(session: Session, job: ExportJob, *, status: str, error: str | None) -> None:
    job.status, job.error, job.finished_at = status, error, utcnow()
    session.add(job)
    session.commit()


def get_job(session: Session, *, study_id: int, job_id: str, now: datetime) -> ExportJob:
    job = session.get(ExportJob, job_id)
    if job is None or job.study_id != study_id:
        raise NotFound("No such export job.")
    if job.expires_at <= now:
        raise JobExpired("This export expired; create it again.")
    return job


@dataclass(frozen=True, slots=True)
class ByteRange:
    start: int
    end: int  # inclusive


def parse_range(header: str | None, size: int) -> ByteRange | None:
    """One `bytes=a-b`, `bytes=a-` or `bytes=-n` range; None for the whole file."""
    if not header:
        return None
    unit, _, spec = header.partition("=")
    if unit.strip() != "bytes" or "," in spec:
        raise RangeInvalid("Only one byte range is supported.", size=size)
    first, _, last = spec.strip().partition("-")
    try:
        if first == "":
            start, end = max(0, size - int(last)), size - 1
        else:
            start = int(first)
            end = min(int(last), size - 1) if last else size - 1
    except ValueError:
        raise RangeInvalid("Malformed Range header.", size=size) from None
    if start > end or start >= size:
        raise RangeInvalid("The range is outside the file.", size=size)
    return ByteRange(start, end)


def open_job_file(session: Session, *, job: ExportJob, blobs: BlobStore, secret: str) -> BlobReader:
    if job.status != "done" or job.storage_key is None:
        raise JobNotReady("This export is not finished.", status=job.status)
    return sealed_store(session, blobs=blobs, study_id=job.study_id, secret=secret).open(
        job.storage_key
    )


def iter_range(reader: BlobReader, byte_range: ByteRange | None) -> Iterator[bytes]:
    """The file's bytes (a range of them), decrypted as they are read."""
    position = 0
    start = byte_range.start if byte_range else 0
    end = byte_range.end if byte_range else None
    try:
        while chunk := reader.read(1 << 16):
            chunk_end = position + len(chunk)
            if chunk_end > start and (end is None or position <= end):
                low = max(0, start - position)
                high = len(chunk) if end is None else min(len(chunk), end - position + 1)
                yield chunk[low:high]
            position = chunk_end
            if end is not None and position > end:
                return
    finally:
        reader.close()


def purge_expired(session: Session, *, blobs: BlobStore, now: datetime) -> int:
    """Delete expired jobs' files and rows; returns how many."""
    expired = session.exec(select(ExportJob).where(col(ExportJob.expires_at) <= now)).all()
    for job in expired:
        if job.storage_key:
            blobs.delete(job.storage_key)
        session.delete(job)
    session.commit()
    return len(expired)
