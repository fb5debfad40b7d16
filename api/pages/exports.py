"""Export page (admins): choose a form, a format and options, follow the job, download.

The job runs in the background exactly as `POST /api/v1/.../export-jobs` runs it (the
same function, audited the same way); its page refreshes itself every few seconds
(a Refresh header: no script needed) until the zip is ready to download here, with the
browser's session instead of a bearer token.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Header, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, Response, StreamingResponse

from accounts.permissions import Permission
from api.db import SessionDep
from api.deps import AuditDep, BlobStoreDep, KeyRingsDep
from api.pages.session import CsrfDep, StudyPage, page_require, redirect, render
from api.routes import exports as api_exports
from core.metadata import utcnow
from exports import jobs
from exports.run import FORMATS
from forms import store

router = APIRouter(prefix="/app/{slug}/exports", include_in_schema=False)

Exporter = Annotated[StudyPage, page_require(Permission.export)]
JobId = Annotated[str, PathParam(max_length=36)]
Flag = Annotated[str, Form(max_length=8)]
LANGUAGES = ("", "es", "qu", "en")
REFRESH_SECONDS = 2


@router.get("", response_class=HTMLResponse)
def get_exports(request: Request, page: Exporter, session: SessionDep) -> Response:
    """The export form: published forms, formats and options."""
    forms = [
        f
        for f in store.list_forms(session, study_id=page.access.study_id)
        if f.current_version is not None
    ]
    context = {"forms": forms, "formats": FORMATS, "languages": LANGUAGES}
    return render(request, "exports.html", context)


@router.post("", response_class=HTMLResponse)
def post_export(
    request: Request,
    page: Exporter,
    session: SessionDep,
    _me: CsrfDep,
    blobs: BlobStoreDep,
    audit: AuditDep,
    form_id: Annotated[str, Form(min_length=1, max_length=64)],
    format: Annotated[str, Form(min_length=1, max_length=16)],
    lang: Annotated[str, Form(max_length=8)] = "",
    approved: Flag = "",
    public_use: Flag = "",
    labels: Flag = "",
    split_multiple: Flag = "",
    bom: Flag = "",
) -> Response:
    """Start the export job (the API's own function) and go to its progress page."""
    body = api_exports.ExportJobCreate(
        format=format,
        lang=lang,
        approved=approved == "yes",
        public_use=public_use == "yes",
        labels=labels == "yes",
        split_multiple=split_multiple == "yes",
        bom=bom == "yes",
    )
    job = api_exports.create_export_job(
        form_id, body, page.access, session, request, Response(), blobs, audit
    )
    return redirect(f"/app/{page.view.slug}/exports/{job.job_id}")


@router.get("/{job_id}", response_class=HTMLResponse)
def get_job(request: Request, page: Exporter, session: SessionDep, job_id: JobId) -> Response:
    """A job's progress; refreshes itself until it is done or failed."""
    job = jobs.get_job(session, study_id=page.access.study_id, job_id=job_id, now=utcnow())
    form = store.get_form(session, study_id=page.access.study_id, form_id=job.form_id)
    running = job.status in ("queued", "running")
    context = {"job": job, "form": form, "refresh": REFRESH_SECONDS if running else None}
    response = render(request, "export_job.html", context)
    response.headers["Cache-Control"] = "no-store"
    if running:
        # The Refresh header reloads the page (no script; CSP-safe) until the job ends.
        response.headers["Refresh"] = str(REFRESH_SECONDS)
    return response


@router.get("/{job_id}/download")
def get_download(
    request: Request,
    page: Exporter,
    session: SessionDep,
    job_id: JobId,
    rings: KeyRingsDep,
    blobs: BlobStoreDep,
    audit: AuditDep,
    range_header: Annotated[str | None, Header(alias="Range")] = None,
) -> StreamingResponse:
    """The finished zip (audited as the API's download; Range works the same)."""
    return api_exports.download_export_job(
        job_id, page.access, session, rings, blobs, audit, range_header
    )
