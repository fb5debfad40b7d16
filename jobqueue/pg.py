"""The PostgreSQL queue: procrastinate (docs/decisions/0006-job-queue.md).

Every server process runs a procrastinate worker in its lifespan; a deferred job is a
row in `procrastinate_jobs` that one worker takes (`FOR UPDATE SKIP LOCKED`), so any
process can pick up any job. Workers send a heartbeat; a job still `doing` under a
worker whose heartbeat stopped (the process crashed or was killed) is stalled, and
the periodic `jobqueue.retry_stalled` task puts it back to run again. Periodic tasks
run once per period across all processes (procrastinate's periodic defers).

Deferring uses a synchronous connector (routes run in threads); the worker uses the
asynchronous one in the server's event loop and runs our synchronous tasks in threads.
The tables come from our alembic migration 0015, never from procrastinate's CLI.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from typing import Any, Final

import procrastinate
from sqlalchemy.engine import make_url

from jobqueue import Task, TaskContext

RETRY_STALLED: Final = "jobqueue.retry_stalled"


def conninfo(url: str) -> str:
    """A libpq URL from our SQLAlchemy one (`postgresql+psycopg://…`)."""
    parsed = make_url(url).set(drivername="postgresql")
    return parsed.render_as_string(hide_password=False)


class ProcrastinateQueue:
    def __init__(
        self,
        url: str,
        tasks: Sequence[Task],
        context: TaskContext,
        *,
        concurrency: int = 2,
        heartbeat_s: float = 10.0,
        stalled_after_s: float = 30.0,
    ) -> None:
        self.context, self.concurrency = context, concurrency
        self.heartbeat_s, self.stalled_after_s = heartbeat_s, stalled_after_s
        info = conninfo(url)
        self.worker_app = procrastinate.App(
            connector=procrastinate.PsycopgConnector(conninfo=info, min_size=1, max_size=4)
        )
        self.defer_app = procrastinate.App(
            connector=procrastinate.SyncPsycopgConnector(conninfo=info, min_size=1, max_size=4)
        )
        self._defer_open = False
        self._lock = threading.Lock()
        for task in tasks:
            self._register(task)
        self._register_retry_stalled()

    def _register(self, task: Task) -> None:
        if task.every_minutes:

            def run_periodic(timestamp: int) -> None:  # procrastinate passes the period
                task.run(self.context, {})

            cron = f"*/{task.every_minutes} * * * *" if task.every_minutes > 1 else "* * * * *"
            periodic = self.worker_app.periodic(cron=cron, periodic_id=task.name)
            periodic(self.worker_app.task(name=task.name, retry=task.retries)(run_periodic))
            return

        def run(**args: Any) -> None:
            task.run(self.context, args)

        self.worker_app.task(name=task.name, retry=task.retries)(run)

    def _register_retry_stalled(self) -> None:
        async def retry_stalled(timestamp: int) -> None:
            await self.retry_stalled()

        registered = self.worker_app.task(name=RETRY_STALLED, queueing_lock=RETRY_STALLED)(
            retry_stalled
        )
        self.worker_app.periodic(cron="* * * * *", periodic_id=RETRY_STALLED)(registered)

    async def retry_stalled(self) -> int:
        """Put back the jobs of workers without a recent heartbeat; returns how many."""
        manager = self.worker_app.job_manager
        stalled = list(await manager.get_stalled_jobs(seconds_since_heartbeat=self.stalled_after_s))
        for job in stalled:
            await manager.retry_job(job)
        return len(stalled)

    def defer(self, task: str, args: Mapping[str, Any]) -> None:
        with self._lock:
            if not self._defer_open:
                self.defer_app.open()
                self._defer_open = True
        self.defer_app.configure_task(name=task).defer(**args)

    async def run(self, *, wait: bool = True) -> None:
        async with self.worker_app.open_async():
            await self.worker_app.run_worker_async(
                concurrency=self.concurrency,
                wait=wait,
                install_signal_handlers=False,
                update_heartbeat_interval=self.heartbeat_s,
                stalled_worker_timeout=self.stalled_after_s,
                shutdown_graceful_timeout=10.0,
                delete_jobs="successful",
            )

    def close(self) -> None:
        with self._lock:
            if self._defer_open:
                self.defer_app.close()
                self._defer_open = False
