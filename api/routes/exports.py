"""Exports of a form's anonymized interviews (permission `export`; every export audited).

One synchronous download per request: a zip with the data file(s) in the asked
format, `codebook.json` and `export-report.json` (docs/exports.md).
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Header, Path, Query, Request, Response
from fastapi.responses import FileResponse, StreamingResponse
from pydantic import BaseModel, Field
from starlette.background import BackgroundTask

from accounts.permissions import Permission
from api.auth import StudyAccess, require
from api.db import SessionDep
from api.deps import AuditDep, BlobStoreDep, KeyRingsDep
from core.metadata import utcnow
from exports import jobs
from exports.download import export_to_temp_file, open_job_download
from exports.jobs_models import ExportJob
from exports.layout import Options
from interviews.store import InterviewFilter
from review.models import ReviewState

router = APIRouter(prefix="/api/v1/studies/{slug}/forms/{form_id}", tags=["exports"])


@router.get(
    "/export",
    response_class=FileResponse,
    responses={200: {"content": {"application/zip": {}}, "description": "The export bundle."}},
)
def export_interviews(
    form_id: str,
    access: Annotated[StudyAccess, require(Permission.export)],
    session: SessionDep,
    rings: KeyRingsDep,
    audit: AuditDep,
    format: str = Query(description="csv, xlsx, dta, sav, parquet or qdpx"),
    since: str | None = Query(
        default=None, max_length=200, description="An earlier export's next_cursor."
    ),
    approved: bool = Query(default=False, description="Only interviews a supervisor approved."),
    public_use: bool = Query(
        default=False, description="Drop pseudonyms; suppress quasi-identifiers under k."
    ),
    lang: str | None = Query(
        default=None, description="Language of labels (default: the form's first)."
    ),
    labels: bool = Query(default=False, description="CSV/XLSX: choice labels instead of values."),
    split_multiple: bool = Query(default=False, description="Also one 0/1 column per choice."),
    bom: bool = Query(default=False, description="CSV: a UTF-8 byte order mark, for Excel."),
    group_prefix: bool = Query(default=True, description="Prefix columns with their groups."),
    version: int | None = None,
    village: str | None = None,
    enumerator: str | None = None,
    review_state: ReviewState | None = None,
    received_from: datetime | None = None,
    received_to: datetime | None = None,
    updated_from: datetime | None = None,
    updated_to: datetime | None = None,
) -> FileResponse:
    """Download the form's interviews, across all its versions, as one zip bundle."""
    done = export_to_temp_file(
        session,
        study=access.study,
        form_id=form_id,
        fmt=format,
        filters=InterviewFilter(
            version=version,
            village=village,
            enumerator=enumerator,
            review_state=review_state,
            received_from=received_from,
            received_to=received_to,
            updated_from=updated_from,
            updated_to=updated_to,
        ),
        secret=rings.secret,
        now=utcnow(),
        since=since,
        approved_only=approved,
        public_use=public_use,
        options=Options(lang=lang or "", use_labels=labels, split_multiple=split_multiple),
        bom=bom,
        group_prefix=group_prefix,
    )
    audit(
        access,
        "data.export",
        target_type="form",
        target_id=form_id,
        format=format,
        interviews=done.report["interviews"],
        approved_only=approved,
        public_use=public_use,
        incremental=since is not None,
    )
    return FileResponse(
        done.path,
        media_type="application/zip",
        filename=f"{form_id}-{format}.zip",
        headers={"X-Export-Next-Cursor": done.report["next_cursor"], "Cache-Control": "no-store"},
        background=BackgroundTask(done.path.unlink, missing_ok=True),
    )


# --- background jobs --------------------------------------------------------------


class ExportJobCreate(BaseModel):
    format: str = Field(description="csv, xlsx, dta, sav, parquet or qdpx")
    since: str | None = Field(default=None, max_length=200)
    approved: bool = False
    public_use: bool = False
    lang: str = ""
    labels: bool = False
    split_multiple: bool = False
    bom: bool = False
    village: str | None = None
    enumerator: str | None = None
    version: int | None = None
    review_state: ReviewState | None = None


class ExportJobPublic(BaseModel):
    job_id: str
    form_id: str
    format: str
    status: str = Field(description="queued, running, done or failed")
    done: int = Field(description="Interviews written so far.")
    total: int = Field(description="Interviews the form has (an upper bound).")
    error: str | None = Field(description="The problem code when the job failed.")
    created_at: datetime
    finished_at: datetime | None
    expires_at: datetime
    size: int | None
    sha256: str | None
    report: dict[str, Any] = Field(description="The export report, once done.")
    href: str | None = Field(description="The download link, once done.")


def _job_public(slug: str, job: ExportJob) -> ExportJobPublic:
    return ExportJobPublic(
        job_id=job.id,
        form_id=job.form_id,
        format=job.format,
        status=job.status,
        done=job.done,
        total=job.total,
        error=job.error,
        created_at=job.created_at,
        finished_at=job.finished_at,
        expires_at=job.expires_at,
        size=job.size,
        sha256=job.sha256,
        report=job.report,
        href=f"/api/v1/studies/{slug}/export-jobs/{job.id}/download"
        if job.status == "done"
        else None,
    )


@router.post("/export-jobs", response_model=ExportJobPublic, status_code=202)
def create_export_job(
    form_id: str,
    body: ExportJobCreate,
    access: Annotated[StudyAccess, require(Permission.export)],
    session: SessionDep,
    request: Request,
    response: Response,
    blobs: BlobStoreDep,
    audit: AuditDep,
) -> ExportJobPublic:
    """Start an export in the background; poll it, then download the zip (Range works)."""
    now = utcnow()
    params = {
        "since": body.since,
        "approved": body.approved,
        "public_use": body.public_use,
        "bom": body.bom,
        "options": {
            "lang": body.lang,
            "use_labels": body.labels,
            "split_multiple": body.split_multiple,
        },
        "filters": {
            k: v
            for k, v in {
                "village": body.village,
                "enumerator": body.enumerator,
                "version": body.version,
                "review_state": body.review_state.value if body.review_state else None,
            }.items()
            if v is not None
        },
    }
    job = jobs.create_job(
        session,
        study=access.study,
        form_id=form_id,
        fmt=body.format,
        params=params,
        user_id=access.principal.user_id,
        now=now,
        blobs=blobs,
        queue=request.app.state.jobs,
    )
    audit(
        access,
        "data.export",
        target_type="form",
        target_id=form_id,
        format=body.format,
        job=job.id,
        approved_only=body.approved,
        public_use=body.public_use,
        incremental=body.since is not None,
    )
    response.headers["Location"] = f"/api/v1/studies/{access.study.slug}/export-jobs/{job.id}"
    return _job_public(access.study.slug, job)


jobs_router = APIRouter(prefix="/api/v1/studies/{slug}/export-jobs", tags=["exports"])


@jobs_router.get("/{job_id}", response_model=ExportJobPublic)
def get_export_job(
    job_id: Annotated[str, Path(max_length=36)],
    access: Annotated[StudyAccess, require(Permission.export)],
    session: SessionDep,
) -> ExportJobPublic:
    """A job's status and progress; its report and download link once done."""
    job = jobs.get_job(session, study_id=access.study_id, job_id=job_id, now=utcnow())
    return _job_public(access.study.slug, job)


@jobs_router.get(
    "/{job_id}/download",
    response_class=StreamingResponse,
    responses={
        200: {"content": {"application/zip": {}}},
        206: {"description": "The requested byte range."},
    },
)
def download_export_job(
    job_id: Annotated[str, Path(max_length=36)],
    access: Annotated[StudyAccess, require(Permission.export)],
    session: SessionDep,
    rings: KeyRingsDep,
    blobs: BlobStoreDep,
    audit: AuditDep,
    range_header: Annotated[str | None, Header(alias="Range")] = None,
) -> StreamingResponse:
    """The finished zip, decrypted as it is sent; one HTTP Range per request."""
    download = open_job_download(
        session,
        study_id=access.study_id,
        job_id=job_id,
        blobs=blobs,
        secret=rings.secret,
        range_header=range_header,
        now=utcnow(),
    )
    job, byte_range, size = download.job, download.byte_range, download.size
    audit(
        access,
        "data.export_download",
        target_type="export_job",
        target_id=job.id,
        ranged=byte_range is not None,
    )
    headers = {
        "Accept-Ranges": "bytes",
        "Cache-Control": "no-store",
        "Content-Disposition": f'attachment; filename="{job.form_id}-{job.format}.zip"',
    }
    status = 200
    length = size
    if byte_range is not None:
        status, length = 206, byte_range.end - byte_range.start + 1
        headers["Content-Range"] = f"bytes {byte_range.start}-{byte_range.end}/{size}"
    headers["Content-Length"] = str(length)
    return StreamingResponse(
        download.chunks(),
        status_code=status,
        media_type="application/zip",
        headers=headers,
    )
