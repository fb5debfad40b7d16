"""A server's queue worker that dies mid-export: run as a process, then killed by the test.

`python -m tests.integration.job_worker URL ATTACHMENT_DIR FLAG` runs a procrastinate
worker whose `exports.run` marks the job running (as the real run does), writes FLAG,
and then hangs as a long export would, until the test kills the process.
"""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sqlmodel import Session

from api.background import TASKS
from api.db import Database, create_db_engine
from attachments.blobstore import LocalBlobStore
from exports.jobs import RUN_TASK
from exports.jobs_models import ExportJob
from jobqueue import Task, TaskContext
from jobqueue.pg import ProcrastinateQueue

SECRET = "test-secret-key-test-secret-key-0123"


def main() -> None:
    url, attachment_dir, flag = sys.argv[1:4]
    database = Database(create_db_engine(url))

    def hang(context: TaskContext, args: Mapping[str, Any]) -> None:
        with Session(database.engine) as session:
            job = session.get(ExportJob, str(args["job_id"]))
            assert job is not None
            job.status, job.done = "running", 1
            session.add(job)
            session.commit()
        Path(flag).write_text("started", encoding="utf-8")
        time.sleep(600)

    tasks = [Task(RUN_TASK, hang) if t.name == RUN_TASK else t for t in TASKS]
    blobs = LocalBlobStore(Path(attachment_dir) / "blobs")
    context = TaskContext(
        sessions=database.session,
        blobs=lambda: blobs,
        secret=SECRET,
        parts_dir=Path(attachment_dir) / "parts",
    )
    queue = ProcrastinateQueue(url, tasks, context, heartbeat_s=0.5, stalled_after_s=2)
    asyncio.run(queue.run())


if __name__ == "__main__":
    main()
