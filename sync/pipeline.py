"""receive_batch: load -> prepare -> decide -> write, one item never affecting another.

1. load (sync/load.py): the batch's earlier delivery (a replay answers from it), then
   everything its decisions read, in batched queries: forms and versions, stored
   interviews with their revisions and open conflicts, tombstones, quarantined copies.
2. prepare (sync/prepare.py): validate each item against its exact form version,
   anonymize it, hash it; nothing raw leaves this step.
3. decide (sync/decide.py, pure): one receipt and one write per item.
4. write (sync/write.py): the whole plan at once inside a savepoint (the fast path).
   If anything fails there, the savepoint is rolled back and the items are written
   again one by one, each in its own savepoint: an item that still fails is answered
   `retry` and the rest are stored. Then the record of the batch.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from accounts.keys import key_ring
from accounts.models import Device, Study
from attachments.store import stored_hashes as stored_blob_hashes
from core.errors import DomainError
from core.logsafe import describe_exception
from core.metadata import utcnow
from privacy import KeyRing
from sync import load
from sync.decide import decide_batch
from sync.intake import PushBatch, decode_body, parse_batch
from sync.load import StoredHashes
from sync.plan import BatchFacts, Decision, Item, PreparedItem
from sync.prepare import Answers, Runner, prepare_items, run_in_process
from sync.receipts import Receipt, retry
from sync.stream import parse_batch_spans
from sync.text import ORJSON_MAX_BYTES
from sync.write import record_delivery, write_decisions

log = logging.getLogger("chasqui.sync")

# A batch goes through prepare, decide and write in parts of this many items (or about
# this many bytes of body): a 32 MB batch never holds more than one part's decoded
# answers. A usual batch (500 items, a few MB) is one part.
PART_ITEMS = 500
PART_BYTES = 1 << 20
# PostgreSQL's deadlock_detected and serialization_failure: the database chose this
# transaction to fail, and the same work done again may pass.
_ROLLED_BACK_STATES = frozenset({"40P01", "40001"})
_ATTEMPTS = 3


class BatchIdReused(DomainError):
    code = "sync.batch_id_reused"


@dataclass(frozen=True, slots=True)
class PushLimits:
    max_bytes: int
    max_items: int
    max_item_bytes: int
    max_depth: int


def receive_push(
    session: Session,
    *,
    device: Device,
    body: bytes,
    content_encoding: str | None,
    limits: PushLimits,
    secret: str,
    runner: Runner = run_in_process,
) -> dict[str, Any]:
    """Parse a pushed body and store its batch; the answer for the tablet."""
    raw = decode_body(body, content_encoding=content_encoding, max_bytes=limits.max_bytes)
    request_hash = hashlib.sha256(raw).hexdigest()
    answers: Answers | None = None
    sizes: Callable[[int], int] | None = None
    if len(raw) <= ORJSON_MAX_BYTES:
        batch = parse_batch(
            raw,
            max_items=limits.max_items,
            max_item_bytes=limits.max_item_bytes,
            max_depth=limits.max_depth,
        )
    else:
        # A large body is never decoded whole: items are read again, part by part.
        spanned = parse_batch_spans(
            raw,
            max_items=limits.max_items,
            max_item_bytes=limits.max_item_bytes,
            max_depth=limits.max_depth,
        )
        batch = spanned.batch
        if spanned.spans:
            answers, sizes = spanned.answers, spanned.item_bytes
    del raw
    return store_batch(
        session,
        device=device,
        batch=batch,
        request_hash=request_hash,
        body_bytes=len(body),
        secret=secret,
        runner=runner,
        answers=answers,
        sizes=sizes,
    )


def _blob_hashes(session: Session, study_id: int, hashes: set[str]) -> set[str]:
    return stored_blob_hashes(session, study_id=study_id, sha256s=hashes)


def store_batch(
    session: Session,
    *,
    device: Device,
    batch: PushBatch,
    request_hash: str,
    body_bytes: int,
    secret: str,
    runner: Runner = run_in_process,
    answers: Answers | None = None,
    sizes: Callable[[int], int] | None = None,
    stored_hashes: StoredHashes = _blob_hashes,
) -> dict[str, Any]:
    """Store a parsed batch for its device; the answer for the tablet.

    Two tablets pushing the same interviews at once lock the same rows, and PostgreSQL
    may break a deadlock by failing one of them (or a serializable read by failing it).
    Nothing of that attempt is kept: it runs in a savepoint, which is rolled back, and the
    batch is stored again from the start (at most three times), so the tablet gets its
    receipts instead of an error. The last failure is raised, and answered `server.busy`.
    """
    for attempt in range(1, _ATTEMPTS + 1):
        try:
            with session.begin_nested():
                return _store_once(
                    session,
                    device=device,
                    batch=batch,
                    request_hash=request_hash,
                    body_bytes=body_bytes,
                    secret=secret,
                    runner=runner,
                    answers=answers,
                    sizes=sizes,
                    stored_hashes=stored_hashes,
                )
        except sa.exc.DBAPIError as exc:
            if attempt == _ATTEMPTS or not is_rolled_back_by_the_database(exc):
                raise
            log.warning(
                "batch rolled back by the database (%s); storing it again", describe_exception(exc)
            )
    raise AssertionError("unreachable")


def is_rolled_back_by_the_database(exc: BaseException) -> bool:
    """Whether PostgreSQL failed the statement to break a deadlock or a serialization
    conflict: nothing was wrong with the request, and sending it again may pass."""
    orig = getattr(exc, "orig", None)
    return getattr(orig, "sqlstate", None) in _ROLLED_BACK_STATES


def _store_once(
    session: Session,
    *,
    device: Device,
    batch: PushBatch,
    request_hash: str,
    body_bytes: int,
    secret: str,
    runner: Runner,
    answers: Answers | None,
    sizes: Callable[[int], int] | None,
    stored_hashes: StoredHashes,
) -> dict[str, Any]:
    study = session.get(Study, device.study_id)
    if study is None or study.id is None:
        raise LookupError("a device always belongs to a study")
    # The study's first push creates its key: inside the attempt, so a rolled-back
    # attempt never leaves answers keyed by a key that was not stored.
    keys = key_ring(session, study_id=study.id, purpose="pseudonym", secret=secret)
    response, _ = receive_batch(
        session,
        study=study,
        device=device,
        batch=batch,
        keys=keys,
        request_hash=request_hash,
        body_bytes=body_bytes,
        stored_hashes=stored_hashes,
        runner=runner,
        answers=answers,
        sizes=sizes,
    )
    return response


def receive_batch(
    session: Session,
    *,
    study: Study,
    device: Device,
    batch: PushBatch,
    keys: KeyRing,
    request_hash: str,
    body_bytes: int,
    stored_hashes: StoredHashes,
    runner: Runner = run_in_process,
    answers: Answers | None = None,
    sizes: Callable[[int], int] | None = None,
) -> tuple[dict[str, Any], bool]:
    """Store a batch; returns the response body and whether it was a replay.

    The items go through prepare, decide and write a part at a time (`_parts`), in one
    transaction: only one part's answers, raw or anonymized, are ever held at once.
    `answers` reads an item's answers when the batch does not hold them, and `sizes`
    tells how large each item is.
    """
    started = time.perf_counter()
    previous = load.find_previous_delivery(session, device_id=device.id, batch_id=batch.batch_id)
    if previous is not None and previous.request_hash != request_hash:
        raise BatchIdReused("This batch_id was used for a different batch. Use a new batch_id.")
    if previous is not None and previous.is_replayable:
        return previous.response, True
    if study.id is None:
        raise LookupError("the study is not stored")
    now = utcnow()
    loaded = load.load_forms(session, study_id=study.id, batch=batch)
    facts = BatchFacts(
        study_id=study.id,
        device_id=device.id,
        enumerator_id=device.user_id,
        batch_id=batch.batch_id,
        now=now,
        clock_offset_s=(now - batch.device_time).total_seconds() if batch.device_time else None,
        fieldwork_start=study.fieldwork_start,
    )
    parts = _parts(len(batch.items), sizes)
    if len(parts) > 1:
        load.lock_submissions(
            session, study_id=study.id, instance_ids=[i.instance_id for i in batch.items]
        )
    receipts: list[Receipt] = []
    for part in parts:
        items = prepare_items(
            batch,
            loaded.forms,
            keys=keys,
            gazetteer=loaded.gazetteer,
            runner=runner,
            indices=part,
            answers=answers,
        )
        state = load.load_items_state(
            session, study_id=study.id, batch=batch, indices=part, stored_hashes=stored_hashes
        )
        decisions = decide_batch(items, state, facts)
        receipts += _write(session, facts, items, decisions, stored_hashes)
        del items, decisions, state
    response = {
        "batch_id": batch.batch_id,
        "server_time": now.isoformat(),
        "results": [r.as_json() for r in receipts],
    }
    record_delivery(
        session,
        facts=facts,
        device=device,
        previous=previous,
        device_time=batch.device_time,
        request_hash=request_hash,
        body_bytes=body_bytes,
        response=response,
        duration_ms=(time.perf_counter() - started) * 1000,
    )
    return response, False


def _parts(count: int, sizes: Callable[[int], int] | None) -> list[range]:
    """Consecutive runs of items of at most PART_ITEMS items and about PART_BYTES."""
    if sizes is None:
        return [range(i, min(i + PART_ITEMS, count)) for i in range(0, count, PART_ITEMS)]
    parts, start, total = [], 0, 0
    for index in range(count):
        total += sizes(index)
        if index + 1 - start >= PART_ITEMS or total >= PART_BYTES:
            parts.append(range(start, index + 1))
            start, total = index + 1, 0
    if start < count:
        parts.append(range(start, count))
    return parts


def _write(
    session: Session,
    facts: BatchFacts,
    items: Sequence[Item],
    decisions: Sequence[Decision],
    stored_hashes: StoredHashes,
) -> list[Receipt]:
    """Fast path: the whole plan in one savepoint; on any error, item by item."""
    try:
        with session.begin_nested():
            return write_decisions(session, facts=facts, decisions=decisions)
    except Exception as exc:
        log.warning("batch fast path failed (%s); writing item by item", type(exc).__name__)
    return [
        _write_one(session, facts, item, decision, stored_hashes)
        for item, decision in zip(items, decisions, strict=True)
    ]


def _write_one(
    session: Session,
    facts: BatchFacts,
    item: Item,
    decision: Decision,
    stored_hashes: StoredHashes,
) -> Receipt:
    for _attempt in range(3):
        try:
            with session.begin_nested():
                return write_decisions(session, facts=facts, decisions=[decision])[0]
        except sa.exc.IntegrityError:
            # Another device stored this instance at the same moment: look again.
            if not isinstance(item, PreparedItem):
                break
            state = load.load_state(
                session,
                study_id=facts.study_id,
                instance_ids=[item.envelope.instance_id],
                declared=set(item.envelope.attachments),
                stored_hashes=stored_hashes,
            )
            decision = decide_batch([item], state, facts)[0]
        except Exception as exc:
            # Never the message or traceback text: a database error quotes the answers.
            log.error("item %d failed: %s", decision.index, describe_exception(exc))
            break
    return retry(decision.receipt.instance_id)


def store_item(session: Session, *, facts: BatchFacts, item: PreparedItem) -> Receipt:
    """Decide and write one prepared item on its own (a supervisor's accepted correction)."""
    state = load.load_state(
        session,
        study_id=facts.study_id,
        instance_ids=[item.envelope.instance_id],
        declared=set(),
        stored_hashes=lambda _session, _study_id, _hashes: set(),
    )
    decision = decide_batch([item], state, facts)[0]
    return write_decisions(session, facts=facts, decisions=[decision])[0]
