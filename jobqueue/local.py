"""The in-process runner (SQLite: one server process): a small thread pool.

`defer` hands the task to the pool and returns; a task that raises is run again up
to its `retries`. At start, `run` re-defers what a crash left unfinished (each task's
`unfinished`) and then runs periodic tasks on their period. `inline=True` runs a task
inside `defer` (tests, and commands that have no server around them).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from jobqueue import Task, TaskContext, find_task

log = logging.getLogger("chasqui.jobs")


class InProcessQueue:
    def __init__(
        self,
        tasks: Sequence[Task],
        context: TaskContext,
        *,
        threads: int = 2,
        inline: bool = False,
    ) -> None:
        self.tasks, self.context, self.inline = tasks, context, inline
        self.pool = (
            None if inline else ThreadPoolExecutor(threads, thread_name_prefix="chasqui-job")
        )

    def defer(self, task: str, args: Mapping[str, Any]) -> None:
        spec = find_task(self.tasks, task)
        if self.pool is None:
            self.run_now(spec, args)
        else:
            self.pool.submit(self.run_now, spec, dict(args))

    def run_now(self, task: Task, args: Mapping[str, Any]) -> None:
        """Run one task, again after a failure up to its retries; never raises."""
        for attempt in range(task.retries + 1):
            try:
                task.run(self.context, args)
                return
            except Exception as exc:
                # The type only: a message could quote an answer.
                log.error(
                    "job %s attempt %d failed: %s", task.name, attempt + 1, type(exc).__name__
                )

    async def run(self) -> None:
        for task in self.tasks:
            if task.unfinished is not None:
                for args in task.unfinished(self.context):
                    self.defer(task.name, args)
        due = {t.name: 0.0 for t in self.tasks if t.every_minutes}
        try:
            while True:
                now = time.monotonic()
                for task in self.tasks:
                    if task.every_minutes and due[task.name] <= now:
                        due[task.name] = now + 60 * task.every_minutes
                        self.defer(task.name, {})
                await asyncio.sleep(5)
        finally:
            self.close()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
