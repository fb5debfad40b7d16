"""The server's job queue: which tasks exist, which runner the database gets.

PostgreSQL: procrastinate (`jobqueue.pg`), a worker in every server process. SQLite:
threads in the process (`jobqueue.local`). `CHASQUI_JOB_RUNNER=inline` runs each task
inside the call that defers it (the tests, whose database lives in one transaction).
Tasks: an export job, the hourly purge of expired exports, the quarter-hourly purge of
expired uploads, measuring new recordings' durations (every minute), and a retention
rule applied to a study (`attachments.purge_retention` with `study_id`,
`content_prefix`, `when_approved`, `older_than_days`; the CLI's `chasqui attachments
purge` still applies a rule at once). docs/decisions/0006-job-queue.md.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Mapping
from datetime import timedelta
from typing import Any, Final

from fastapi import FastAPI

from api.db import Database
from api.settings import Settings
from attachments.blobstore import BlobStore, LocalBlobStore
from attachments.durations import measure_durations
from attachments.store import purge_expired_uploads
from core.metadata import utcnow
from exports.tasks import TASKS as EXPORT_TASKS
from jobqueue import JobQueue, Task, TaskContext
from jobqueue.local import InProcessQueue
from review.retention import RetentionRule, purge_attachments

PURGE_UPLOADS: Final = "attachments.purge_uploads"
PURGE_RETENTION: Final = "attachments.purge_retention"
MEASURE_DURATIONS: Final = "attachments.measure_durations"


def _purge_uploads(context: TaskContext, args: Mapping[str, Any]) -> None:
    with context.sessions() as session:
        purge_expired_uploads(session, parts_dir=context.parts_dir)
        session.commit()


def _purge_retention(context: TaskContext, args: Mapping[str, Any]) -> None:
    days = args.get("older_than_days")
    rule = RetentionRule(
        content_prefix=str(args.get("content_prefix", "audio/")),
        when_approved=bool(args.get("when_approved", True)),
        older_than=timedelta(days=int(days)) if days is not None else None,
    )
    with context.sessions() as session:
        purge_attachments(
            session, study_id=int(args["study_id"]), blobs=context.blobs(), rule=rule, now=utcnow()
        )
        session.commit()


def _measure_durations(context: TaskContext, args: Mapping[str, Any]) -> None:
    with context.sessions() as session:
        measure_durations(session, blobs=context.blobs(), secret=context.secret)


TASKS: Final = (
    *EXPORT_TASKS,
    Task(PURGE_UPLOADS, _purge_uploads, every_minutes=15),
    Task(PURGE_RETENTION, _purge_retention),
    Task(MEASURE_DURATIONS, _measure_durations, every_minutes=1),
)


def build_queue(app: FastAPI, settings: Settings, database: Database) -> JobQueue:
    """The queue for this database; tasks resolve the blob store when they run."""

    def blobs() -> BlobStore:
        if getattr(app.state, "blob_store", None) is None:
            app.state.blob_store = LocalBlobStore(settings.attachment_dir / "blobs")
        store: BlobStore = app.state.blob_store
        return store

    context = TaskContext(
        sessions=database.session,  # reads take no write lock on SQLite; progress writes
        blobs=blobs,
        secret=settings.secret_key.get_secret_value(),
        parts_dir=settings.attachment_dir / "parts",
    )
    if settings.job_runner == "inline":
        return InProcessQueue(TASKS, context, inline=True)
    if database.engine.dialect.name == "postgresql" and settings.job_runner == "auto":
        from jobqueue.pg import ProcrastinateQueue

        url = database.engine.url.render_as_string(hide_password=False)
        return ProcrastinateQueue(url, TASKS, context)
    return InProcessQueue(TASKS, context)


@contextlib.asynccontextmanager
async def running(queue: JobQueue) -> AsyncIterator[None]:
    """Work on the queue for as long as the server runs (its lifespan)."""
    worker = asyncio.create_task(queue.run(), name="chasqui-jobs")
    try:
        yield
    finally:
        worker.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await worker
        queue.close()
