"""Background work behind one small interface, on a queue library or in the process.

Services name their work as `Task`s (a name, a function of the context and JSON
arguments, optionally a period); the server builds one `JobQueue` and defers tasks
by name. On PostgreSQL the queue is procrastinate (`jobqueue.pg`): jobs are rows in
its tables, any server process's worker picks them up, and a job whose worker died
mid-run (no heartbeat) is retried. On SQLite (one server process) the runner is a
thread pool in the process (`jobqueue.local`) that re-defers unfinished work at
start. docs/decisions/0006-job-queue.md says why.

A task may run more than once (a retry after a crash), so every task is idempotent:
it re-checks its state in the database before and after the work.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from sqlmodel import Session


@dataclass(frozen=True, slots=True)
class TaskContext:
    """What a task may use: new database sessions, the blob store, the server secret."""

    sessions: Callable[[], Session]
    blobs: Callable[[], Any]  # the app's BlobStore (typed in attachments/, above this package)
    secret: str
    parts_dir: Path


@dataclass(frozen=True, slots=True)
class Task:
    """A unit of background work; `args` are JSON values."""

    name: str
    run: Callable[[TaskContext, Mapping[str, Any]], None]
    every_minutes: int | None = None  # periodic: run once per period by one worker
    retries: int = 2  # attempts after the first one when `run` raises
    # In-process runner only: the arguments of work left unfinished by a crash.
    unfinished: Callable[[TaskContext], Iterable[Mapping[str, Any]]] | None = None


class JobQueue(Protocol):
    def defer(self, task: str, args: Mapping[str, Any]) -> None:
        """Queue one run of a task; returns at once (a worker runs it)."""

    async def run(self) -> None:
        """Work on the queue until cancelled (in the server's lifespan)."""

    def close(self) -> None:
        """Release connections and threads."""


def find_task(tasks: Sequence[Task], name: str) -> Task:
    for task in tasks:
        if task.name == name:
            return task
    raise KeyError(name)
