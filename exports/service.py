"""Export services: one call per route or command."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session

from accounts.keys import key_ring
from accounts.models import Study
from core.ids import id_of
from exports.layout import Options
from exports.run import ExportRequest, check_format, run_export
from exports.source import Selection, decode_since
from exports.store import load_model
from interviews.store import InterviewFilter


def export_form(
    session: Session,
    *,
    study: Study,
    form_id: str,
    fmt: str,
    filters: InterviewFilter,
    out: Path,
    secret: str,
    now: datetime,
    since: str | None = None,
    approved_only: bool = False,
    public_use: bool = False,
    options: Options = Options(),
    bom: bool = False,
    group_prefix: bool = True,
    progress: Callable[[int], None] | None = None,
) -> dict[str, Any]:
    """Export one form of a study to `out` (a zip) and return the export report."""
    study_id = id_of(study)
    check_format(fmt)
    selection = Selection(
        study_id=study_id,
        form_id=form_id,
        filters=filters,
        approved_only=approved_only,
        since=decode_since(since),
    )
    _, versions, model = load_model(
        session, study_id=study_id, form_id=form_id, group_prefix=group_prefix
    )
    request = ExportRequest(
        selection=selection,
        fmt=fmt,
        options=replace(options, lang=options.lang or model.languages[0]),
        bom=bom,
        public_use=public_use,
        k=study.k_anonymity,
    )
    ring = key_ring(session, study_id=study_id, purpose="pseudonym", secret=secret)
    return run_export(
        session,
        request,
        versions=versions,
        model=model,
        ring=ring,
        out=out,
        now=now,
        progress=progress,
    )
