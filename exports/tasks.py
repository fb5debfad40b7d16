"""The export work the job queue runs: one export job, and the purge of expired ones."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlmodel import col, select

from core.metadata import utcnow
from exports.jobs import RUN_TASK, purge_expired, run_job
from exports.jobs_models import ExportJob
from jobqueue import Task, TaskContext

PURGE_TASK = "exports.purge_expired"


def run_export(context: TaskContext, args: Mapping[str, Any]) -> None:
    run_job(
        context.sessions, job_id=str(args["job_id"]), blobs=context.blobs(), secret=context.secret
    )


def purge_exports(context: TaskContext, args: Mapping[str, Any]) -> None:
    with context.sessions() as session:
        purge_expired(session, blobs=context.blobs(), now=utcnow())


def unfinished_exports(context: TaskContext) -> list[dict[str, Any]]:
    """Jobs a crash left queued or running (the in-process runner defers them again)."""
    with context.sessions() as session:
        ids = session.exec(
            select(ExportJob.id).where(
                col(ExportJob.status).in_(("queued", "running")),
                col(ExportJob.expires_at) > utcnow(),
            )
        ).all()
    return [{"job_id": job_id} for job_id in ids]


TASKS = (
    Task(RUN_TASK, run_export, retries=2, unfinished=unfinished_exports),
    Task(PURGE_TASK, purge_exports, every_minutes=60),
)
