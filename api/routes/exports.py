"""Exports of a form's anonymized interviews (permission `export`; every export audited).

One synchronous download per request: a zip with the data file(s) in the asked
format, `codebook.json` and `export-report.json` (docs/exports.md).
"""

from __future__ import annotations

import os
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse
from starlette.background import BackgroundTask

from accounts.permissions import Permission
from api.auth import StudyAccess, audit, require
from api.db import SessionDep
from core.metadata import utcnow
from exports.layout import Options
from exports.service import export_form
from interviews.store import InterviewFilter
from monitor.models import ReviewState

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
    request: Request,
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
    handle, name = tempfile.mkstemp(prefix="chasqui-export-", suffix=".zip")
    os.close(handle)
    out = Path(name)
    try:
        report = export_form(
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
            out=out,
            secret=request.app.state.settings.secret_key.get_secret_value(),
            now=utcnow(),
            since=since,
            approved_only=approved,
            public_use=public_use,
            options=Options(lang=lang or "", use_labels=labels, split_multiple=split_multiple),
            bom=bom,
            group_prefix=group_prefix,
        )
    except BaseException:
        out.unlink(missing_ok=True)
        raise
    audit(
        session,
        access,
        request,
        "data.export",
        target_type="form",
        target_id=form_id,
        format=format,
        interviews=report["interviews"],
        approved_only=approved,
        public_use=public_use,
        incremental=since is not None,
    )
    return FileResponse(
        out,
        media_type="application/zip",
        filename=f"{form_id}-{format}.zip",
        headers={"X-Export-Next-Cursor": report["next_cursor"], "Cache-Control": "no-store"},
        background=BackgroundTask(out.unlink, missing_ok=True),
    )
