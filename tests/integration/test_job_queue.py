"""The job queue: a job cut short by a crash is run again and the export completes once.

Both engines on a committed database (a queue worker works from its own connections):
PostgreSQL with procrastinate, where the dead worker's job is found stalled by its
missing heartbeat and retried by another worker; SQLite with the in-process runner,
which re-defers unfinished jobs when the server starts again.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from fastapi import FastAPI
from sqlmodel import Session

from api.db import Database, create_db_engine
from exports.jobs_models import ExportJob
from jobqueue.local import InProcessQueue
from tests.api.test_export_jobs import CREATE
from tests.api.test_exports import admin, seed  # noqa: F401  (fixture)
from tests.api.test_progress import field  # noqa: F401  (fixture)
from tests.conftest import ENGINES, create_pg_database, drop_pg_database, migrate


@pytest.fixture(params=[e for e in ("sqlite", "postgresql") if e in ENGINES])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A committed database (not one transaction rolled back), as a real server has."""
    if request.param == "sqlite":
        path = tmp_path / "chasqui.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        url = f"sqlite:///{path}"
    else:
        request.getfixturevalue("pg_url")  # skips or fails as the suite is configured
        url = create_pg_database("chasqui_jobs")
        migrate(url)
    engine = create_db_engine(url)
    yield Database(engine)
    engine.dispose()
    if request.param == "postgresql":
        drop_pg_database(url)


@pytest.fixture
def settings(settings):  # type: ignore[no-untyped-def]
    return settings.model_copy(update={"job_runner": "auto"})


def _job(db: Database, job_id: str) -> ExportJob:
    with Session(db.engine) as session:
        job = session.get(ExportJob, job_id)
        assert job is not None
        return job


async def _stall_on_postgres(db: Database, queue: Any) -> None:
    """What a worker killed mid-job leaves: its job `doing`, its heartbeat stopped."""
    manager = queue.worker_app.job_manager
    async with queue.worker_app.open_async():
        dead = await manager.register_worker()
        job = await manager.fetch_job(queues=None, worker_id=dead)
        assert job is not None and job.task_name == "exports.run"
    with db.engine.begin() as connection:
        connection.execute(
            sa.text(
                "UPDATE procrastinate_workers SET last_heartbeat = now() - interval '1 hour' "
                "WHERE id = :id"
            ),
            {"id": dead},
        )


async def test_a_job_cut_short_by_a_crash_is_retried_and_completes_once(
    app: FastAPI,
    db: Database,
    client,  # type: ignore[no-untyped-def]
    field,  # type: ignore[no-untyped-def]  # noqa: F811
    admin,  # type: ignore[no-untyped-def]  # noqa: F811
    settings,  # type: ignore[no-untyped-def]
) -> None:
    await seed(client, field, admin)
    queue = app.state.jobs
    is_pg = db.engine.dialect.name == "postgresql"
    if not is_pg:  # the dying server: its runner never gets to the job
        queue.defer = lambda task, args: None
    created = await client.post(CREATE, json={"format": "dta"}, headers=admin)
    assert created.status_code == 202, created.text
    job_id = created.json()["job_id"]
    if is_pg:
        await _stall_on_postgres(db, queue)
    with db.engine.begin() as connection:  # it had started: 1,000 interviews in
        connection.execute(
            sa.update(ExportJob).where(ExportJob.id == job_id).values(status="running", done=1)
        )

    if is_pg:  # another server's worker: finds the stalled job, runs it
        from jobqueue.pg import ProcrastinateQueue

        other = ProcrastinateQueue(
            db.engine.url.render_as_string(hide_password=False),
            _tasks(),
            _context(queue),
            stalled_after_s=5,
        )
        async with other.worker_app.open_async():
            assert await other.retry_stalled() == 1
        await other.run(wait=False)
        async with other.worker_app.open_async():
            assert await other.retry_stalled() == 0
        await other.run(wait=False)  # nothing left: the job does not run twice
        other.close()
        queue.close()
    else:  # the server starts again: its runner re-defers what was unfinished
        restarted = InProcessQueue(_tasks(), _context(queue))
        worker = asyncio.create_task(restarted.run())
        for _ in range(600):
            if _job(db, job_id).status in ("done", "failed"):
                break
            await asyncio.sleep(0.1)
        worker.cancel()

    job = _job(db, job_id)
    assert (job.status, job.error, job.done, job.total) == ("done", None, 3, 3)
    assert job.report["interviews"] == 3
    stored = list(Path(settings.attachment_dir).rglob(f"{job_id}.zip"))
    assert len(stored) == 1
    download = await client.get(f"{created.headers['Location']}/download", headers=admin)
    assert download.status_code == 200
    if is_pg:
        with db.engine.connect() as connection:
            statuses = connection.execute(
                sa.text("SELECT status FROM procrastinate_jobs WHERE task_name = 'exports.run'")
            ).all()
        assert statuses == []  # succeeded once, then deleted (delete_jobs="successful")


def _tasks() -> Any:
    from api.background import TASKS

    return TASKS


def _context(queue: Any) -> Any:
    return queue.context


# Several worker processes share a queue on PostgreSQL only: SQLite has one server process.
@pytest.mark.parametrize("db", ["postgresql"], indirect=True)
async def test_a_worker_process_killed_mid_export_is_replaced_and_the_job_completes_once(
    app: FastAPI,
    db: Database,
    client,  # type: ignore[no-untyped-def]
    field,  # type: ignore[no-untyped-def]  # noqa: F811
    admin,  # type: ignore[no-untyped-def]  # noqa: F811
    settings,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    await seed(client, field, admin)
    created = await client.post(CREATE, json={"format": "sav"}, headers=admin)
    job_id = created.json()["job_id"]
    url = db.engine.url.render_as_string(hide_password=False)
    flag = tmp_path / "started"
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.integration.job_worker",
            url,
            str(settings.attachment_dir),
            str(flag),
        ],
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        for _ in range(600):
            if flag.exists() or worker.poll() is not None:
                break
            await asyncio.sleep(0.1)
        assert flag.exists(), "the worker process never started the job"
        assert _job(db, job_id).status == "running"
    finally:
        os.kill(worker.pid, signal.SIGKILL)  # mid-job, as a crash or an OOM kill would
        worker.wait()

    from jobqueue.pg import ProcrastinateQueue

    other = ProcrastinateQueue(url, _tasks(), _context(app.state.jobs), stalled_after_s=2)
    retried = 0
    async with other.worker_app.open_async():
        for _ in range(100):  # until the dead worker's heartbeat is 2 s old
            retried = await other.retry_stalled()
            if retried:
                break
            await asyncio.sleep(0.2)
    assert retried >= 1  # the export, and any periodic task the dead worker held
    await other.run(wait=False)
    other.close()
    app.state.jobs.close()
    job = _job(db, job_id)
    assert (job.status, job.done, job.total) == ("done", 3, 3)
    assert len(list(Path(settings.attachment_dir).rglob(f"{job_id}.zip"))) == 1
