"""Push the outbox in batches the server accepts; settle each batch from its receipts.

Batches already in flight (a crash, or an answer lost on the link) go first, byte for
byte under their batch_id, so the server replays instead of storing twice.
"""

from __future__ import annotations

import gzip
import json
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from client.batching import Limits, plan_batches, shrink_limits
from client.link import Retrier, ServerRefused, problem_of, raise_for_device
from client.outbox import Batch, Outbox, PendingItem
from client.receipts import Receipt, parse_receipt

log = logging.getLogger("chasqui.client")

PUSH = "/api/v1/sync/push"


@dataclass
class PushReport:
    batches: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    blocked: int = 0
    body_bytes: int = 0  # what went on the wire for batch bodies (gzip)
    # The last word on each interview this sync (an item retried and then stored
    # counts once, as stored); blocked items appear as outcome `blocked`.
    latest: dict[str, Receipt] = field(default_factory=dict)

    def count(self, receipts: list[Receipt]) -> None:
        for r in receipts:
            self.outcomes[r.outcome] = self.outcomes.get(r.outcome, 0) + 1
            self.latest[r.instance_id] = r


def build_batch(items: list[PendingItem], *, device_time: str) -> Batch:
    """A new batch: a fresh batch_id and the exact body that will be stored and sent."""
    batch_id = str(uuid.uuid4())
    body = json.dumps(
        {"batch_id": batch_id, "device_time": device_time, "items": [p.item for p in items]},
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode()
    return Batch(batch_id, body, tuple((p.instance_id, p.version) for p in items))


def item_size(item: PendingItem) -> int:
    return len(json.dumps(item.item, ensure_ascii=False, separators=(",", ":")).encode())


@dataclass
class Pusher:
    http: httpx.Client
    outbox: Outbox
    retrier: Retrier
    limits: Limits
    now: Callable[[], str]
    on_items: Callable[[int], None] = lambda n: None
    report: PushReport = field(default_factory=PushReport)

    def push_all(self) -> PushReport:
        for batch in self.outbox.in_flight():
            self.send(batch)
        while True:
            pending = self.outbox.pending(self.limits.max_items)
            if not pending:
                return self.report
            start, stop = plan_batches([item_size(p) for p in pending], self.limits)[0]
            batch = build_batch(pending[start:stop], device_time=self.now())
            self.outbox.begin_batch(batch, now=self.now())
            self.send(batch)

    def send(self, batch: Batch) -> None:
        """Send one batch until the server answers it; settle, split or stop."""
        # mtime=0: the same batch compresses to the same bytes on every attempt.
        wire = gzip.compress(batch.body, compresslevel=6, mtime=0)
        headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
        response = self.retrier.call(lambda: self.http.post(PUSH, content=wire, headers=headers))
        self.report.body_bytes += len(wire)
        raise_for_device(response)
        if response.status_code == 200:
            self._settle(batch, response)
        elif response.status_code in (413, 422):
            self._refused_whole(batch, response)
        elif response.status_code == 409:
            # The server saw other bytes under this batch_id: send the items afresh.
            log.warning("batch %s: batch_id reused; sending its items again", batch.batch_id)
            self.outbox.abandon_batch(batch.batch_id)
        else:
            raise ServerRefused(response.status_code, str(problem_of(response).get("code", "")))

    def _settle(self, batch: Batch, response: httpx.Response) -> None:
        receipts = [parse_receipt(r) for r in response.json()["results"]]
        freed = self.outbox.settle_batch(batch.batch_id, receipts, now=self.now())
        for path in freed:
            Path(path).unlink(missing_ok=True)  # a withdrawn interview's recordings
        self.report.batches += 1
        self.report.count(receipts)
        log.info("batch %s: %d receipts", batch.batch_id, len(receipts))
        self.on_items(sum(1 for r in receipts if r.outcome != "retry"))

    def _refused_whole(self, batch: Batch, response: httpx.Response) -> None:
        """413/422: nothing was stored. Halve the batch; isolate an item that fails alone."""
        problem = problem_of(response)
        code = str(problem.get("code", response.status_code))
        members = [m[0] for m in batch.members]
        index = problem.get("item_index")
        if isinstance(index, int) and 0 <= index < len(members):
            culprits = [members[index]]  # one item over the item limit: only it stays behind
        elif len(members) == 1:
            culprits = members
        else:
            culprits = []
            self.limits = shrink_limits(self.limits, sent_items=len(members), problem=problem)
        log.warning("batch %s refused whole (%s, %d items)", batch.batch_id, code, len(members))
        if culprits:
            self.outbox.block(batch.batch_id, instance_ids=culprits, code=code, now=self.now())
            self.report.blocked += len(culprits)
            for instance_id in culprits:
                self.report.latest[instance_id] = Receipt(instance_id, "blocked", code)
            self.on_items(len(culprits))
        else:
            self.outbox.abandon_batch(batch.batch_id)
