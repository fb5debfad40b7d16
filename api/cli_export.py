"""`chasqui export`: write a form's export bundle to a file, with a progress bar."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from sqlmodel import Session

from accounts import store
from accounts.audit import record_audit
from api.db import create_db_engine
from api.settings import Settings
from core.errors import DomainError
from core.metadata import utcnow
from exports.layout import Options
from exports.run import FORMATS
from exports.service import export_form
from exports.source import Selection, count_selected
from interviews.store import InterviewFilter


def export_command(
    study: Annotated[str, typer.Option(help="Study slug.")],
    form: Annotated[str, typer.Option(help="Form id.")],
    format: Annotated[str, typer.Option(help=", ".join(FORMATS))],
    output: Annotated[Path, typer.Option("-o", "--output", help="Where to write the zip.")],
    since: Annotated[str | None, typer.Option(help="An earlier export's next_cursor.")] = None,
    approved: Annotated[bool, typer.Option(help="Only approved interviews.")] = False,
    public_use: Annotated[
        bool, typer.Option(help="Drop pseudonyms; suppress quasi-identifiers under k.")
    ] = False,
    lang: Annotated[str, typer.Option(help="Label language (default: the form's first).")] = "",
    labels: Annotated[bool, typer.Option(help="CSV/XLSX: choice labels, not values.")] = False,
    split_multiple: Annotated[bool, typer.Option(help="0/1 column per choice too.")] = False,
    bom: Annotated[bool, typer.Option(help="CSV: UTF-8 BOM for Excel.")] = False,
) -> None:
    """Export a form's interviews (all versions) as a zip: data, codebook.json, report."""
    settings = Settings()
    with Session(create_db_engine(settings.database_url), expire_on_commit=False) as session:
        try:
            found = store.get_study(session, study)
            assert found.id is not None
            total = count_selected(
                session, Selection(study_id=found.id, form_id=form, filters=InterviewFilter())
            )
            with typer.progressbar(length=total, label="interviews", file=None) as bar:
                done = [0]

                def progress(n: int) -> None:
                    bar.update(n - done[0])
                    done[0] = n

                report = export_form(
                    session,
                    study=found,
                    form_id=form,
                    fmt=format,
                    filters=InterviewFilter(),
                    out=output,
                    secret=settings.secret_key.get_secret_value(),
                    now=utcnow(),
                    since=since,
                    approved_only=approved,
                    public_use=public_use,
                    options=Options(lang=lang, use_labels=labels, split_multiple=split_multiple),
                    bom=bom,
                    progress=progress,
                )
        except DomainError as exc:
            typer.echo(f"{exc.code}: {exc.message}", err=True)
            raise typer.Exit(1) from None
        record_audit(
            session,
            action="data.export",
            study_id=found.id,
            actor_user_id=None,
            target_type="form",
            target_id=form,
            remote_addr=None,
            detail={"format": format, "interviews": report["interviews"], "via": "cli"},
        )
        session.commit()
    summary = {"interviews": report["interviews"], "rows": report["rows"]}
    typer.echo(json.dumps(summary, ensure_ascii=False))
    typer.echo(f"next cursor: {report['next_cursor']}")
