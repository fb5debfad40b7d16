"""Run the CPU-heavy part of a push (validation, anonymization) on every core.

Scrubbing free text dominates the cost of a push and is pure, so a batch is split
into chunks that worker processes handle in parallel; the database work stays in the
request's process. Workers start with `spawn` (never a fork of a threaded
server), live as long as the app, and cache compiled forms by ETag. Payloads cross
the process boundary as orjson bytes; they carry raw answers only in memory, over a
local pipe, exactly as the in-process path does.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

import orjson

from privacy import KeyRing
from sync.answers import Done, StudyGazetteerRef, Work, load_gazetteer, process_all
from sync.prepare import run_in_process

log = logging.getLogger("chasqui.sync")

# Below this many items the round trip to the workers costs more than it saves.
MIN_PARALLEL_ITEMS = 64
# Decoding a chunk's answer takes a transient buffer many times its size (orjson parses
# into its own tree first): small chunks keep a 32 MB batch's high-water mark low.
MAX_CHUNK_ITEMS = 250


def _encode(
    works: Sequence[Work],
    documents: Mapping[str, Mapping[str, Any]],
    keys: KeyRing,
    gazetteer: StudyGazetteerRef | None = None,
) -> bytes:
    return orjson.dumps(
        {
            "keys": {k: v.hex() for k, v in keys.keys.items()},
            "current": keys.current,
            "gazetteer": [gazetteer.hashes_json, gazetteer.key_id] if gazetteer else None,
            "documents": {etag: documents[etag] for etag in {w.etag for w in works if w.etag}},
            "works": [
                [w.index, w.form_id, w.form_version, w.etag, w.validate, w.data] for w in works
            ],
        }
    )


def _run_chunk(payload: bytes) -> bytes:
    """Worker entry point: decode, process, encode."""
    raw = orjson.loads(payload)
    keys = KeyRing(
        keys={k: bytes.fromhex(v) for k, v in raw["keys"].items()}, current=raw["current"]
    )
    works = [Work(*w) for w in raw["works"]]
    ref = StudyGazetteerRef(*raw["gazetteer"]) if raw["gazetteer"] else None
    done = process_all(
        works, documents=raw["documents"], keys=keys, gazetteer=load_gazetteer(ref, keys)
    )
    return orjson.dumps(
        [
            [d.index, d.data, d.pseudonyms, d.content, d.problems, d.holds]
            + ([d.content_before_decisions] if d.content_before_decisions else [])
            for d in done
        ]
    )


def _watch_parent() -> None:
    """Worker initializer: exit when the server process is gone.

    A server killed with SIGKILL runs no shutdown code; its workers must not linger.
    """
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="chasqui-parent-watch", daemon=True).start()


class PreparePool:
    """A lazily started pool of worker processes; falls back to in-process work."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            context = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers, mp_context=context, initializer=_watch_parent
            )
        return self._pool

    def __call__(
        self,
        works: Sequence[Work],
        documents: Mapping[str, Mapping[str, Any]],
        keys: KeyRing,
        gazetteer: StudyGazetteerRef | None = None,
    ) -> list[Done]:
        if self.workers < 2 or len(works) < MIN_PARALLEL_ITEMS:
            return run_in_process(works, documents, keys, gazetteer)
        size = min(-(-len(works) // self.workers), MAX_CHUNK_ITEMS)
        chunks = [works[i : i + size] for i in range(0, len(works), size)]
        try:
            pool = self._executor()
            futures = [
                pool.submit(_run_chunk, _encode(chunk, documents, keys, gazetteer))
                for chunk in chunks
            ]
            results = [orjson.loads(f.result()) for f in futures]
        except BrokenProcessPool:
            log.warning("prepare workers died; processing this batch in the server process")
            self.close()
            return run_in_process(works, documents, keys, gazetteer)
        return [Done(*row) for rows in results for row in rows]

    def warm_up(self) -> None:
        """Start the workers now, so the first large batch does not pay their imports."""
        if self.workers >= 2:
            pool = self._executor()
            for _ in range(self.workers):
                pool.submit(_run_chunk, _encode([], {}, KeyRing.single("warm", bytes(32))))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def default_workers() -> int:
    return (
        len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    )
