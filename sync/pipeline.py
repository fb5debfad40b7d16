"""receive_batch: intake -> reconcile -> privacy -> store, one item never affecting another.

Each item is first prepared in memory (sync/prepare.py: form lookup, validation,
anonymization, content hash); nothing raw leaves that step. Then the whole batch is
written at once inside a savepoint (the fast path). If anything fails there, the
savepoint is rolled back and the items are written again one by one, each in its own
savepoint: an item that still fails is answered `retry` and the rest are stored.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from accounts.models import Device, Study
from core.errors import DomainError
from core.logsafe import describe_exception
from core.metadata import utcnow
from privacy import KeyRing
from sync import store
from sync.apply import apply_items, receipt
from sync.intake import PushBatch
from sync.models import SyncBatch
from sync.prepare import BatchContext, FormCache, Prepared, Runner, prepare_items, run_in_process

log = logging.getLogger("chasqui.sync")


def receive_batch(
    session: Session,
    *,
    study: Study,
    device: Device,
    batch: PushBatch,
    keys: KeyRing,
    request_hash: str,
    body_bytes: int,
    stored_hashes: Callable[[Session, int, set[str]], set[str]],
    runner: Runner = run_in_process,
) -> tuple[dict[str, Any], bool]:
    """Store a batch; returns the response body and whether it was a replay."""
    started = time.perf_counter()
    store.lock_batch(session, device_id=device.id, batch_id=batch.batch_id)
    previous = store.get_batch(session, device_id=device.id, batch_id=batch.batch_id)
    if previous is not None and previous.request_hash != request_hash:
        raise BatchIdReused("This batch_id was used for a different batch. Use a new batch_id.")
    if previous is not None and previous.is_replayable:
        return previous.response, True
    now = utcnow()
    offset = (now - batch.device_time).total_seconds() if batch.device_time else None
    ctx = BatchContext(
        study, device, batch, keys, now, offset, store.get_gazetteer(session, study_id=study.id)
    )
    assert study.id is not None
    forms = FormCache(session, study.id)
    prepared = prepare_items(ctx, forms, batch.items, runner=runner)
    ids = [p.item.instance_id for p in prepared]
    gone = store.tombstoned(session, study_id=study.id, instance_ids=ids)
    for p in prepared:
        if p.item.instance_id in gone:
            p.rejected = "withdrawn"
    results = _write(session, ctx, prepared)
    declared = {a.sha256 for p in prepared for a in p.item.attachments}
    have = stored_hashes(session, study.id, declared) if declared else set()
    for p, result in zip(prepared, results, strict=True):
        if result["outcome"] in ("created", "updated", "duplicate", "merged", "conflict"):
            result["missing_attachments"] = sorted({a.sha256 for a in p.item.attachments} - have)
    response = {"batch_id": batch.batch_id, "server_time": now.isoformat(), "results": results}
    _record(session, ctx, previous, results, request_hash, body_bytes, response, started)
    return response, False


class BatchIdReused(DomainError):
    code = "sync.batch_id_reused"


def _write(session: Session, ctx: BatchContext, prepared: list[Prepared]) -> list[dict[str, Any]]:
    """Fast path: the whole batch in one savepoint; on any error, item by item."""
    try:
        with session.begin_nested():
            return apply_items(session, ctx, prepared)
    except Exception as exc:
        log.warning("batch fast path failed (%s); writing item by item", type(exc).__name__)
    results = []
    for p in prepared:
        results.append(_write_one(session, ctx, p))
    return results


def _write_one(session: Session, ctx: BatchContext, p: Prepared) -> dict[str, Any]:
    for _attempt in range(3):
        try:
            with session.begin_nested():
                return apply_items(session, ctx, [p])[0]
        except sa.exc.IntegrityError:
            # Another device stored this instance at the same moment: look again.
            continue
        except Exception as exc:
            # Never the message or traceback text: a database error quotes the answers.
            log.error("item %d failed: %s", p.index, describe_exception(exc))
            break
    return receipt(
        p, "retry", "sync.retry", detail="A temporary failure on the server. Send it again."
    )


def _record(
    session: Session,
    ctx: BatchContext,
    previous: SyncBatch | None,
    results: list[dict[str, Any]],
    request_hash: str,
    body_bytes: int,
    response: dict[str, Any],
    started: float,
) -> None:
    outcomes: dict[str, int] = {}
    for r in results:
        outcomes[r["outcome"]] = outcomes.get(r["outcome"], 0) + 1
    assert ctx.study.id is not None
    record = previous or SyncBatch(
        study_id=ctx.study.id,
        device_id=ctx.device.id,
        enumerator_id=ctx.device.user_id,
        batch_id=ctx.batch.batch_id,
        request_hash=request_hash,
        attempts=0,
    )
    record.device_time, record.received_at = ctx.batch.device_time, ctx.now
    record.clock_offset_s, record.item_count, record.outcomes = (
        ctx.clock_offset_s,
        len(results),
        outcomes,
    )
    record.bytes_received, record.response = body_bytes, response
    record.duration_ms = (time.perf_counter() - started) * 1000
    # A batch with retried items is not kept for replay: sent again under the same
    # batch_id it is processed again, and what was stored answers `duplicate`.
    record.is_replayable, record.attempts = "retry" not in outcomes, record.attempts + 1
    store.record_batch(session, record)
    ctx.device.last_seen_at = ctx.now
    session.add(ctx.device)
