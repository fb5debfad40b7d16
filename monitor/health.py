"""Device health: when each tablet last synced, how late interviews arrive, what is stuck."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import defer
from sqlmodel import Session, col, func, select

from accounts.models import Device, User
from attachments.models import AttachmentUpload
from monitor.count_models import DeviceSyncCount
from monitor.counts import progress_groups
from monitor.models import SubmissionMetric
from monitor.views import DeviceHealth, DeviceReport, SyncEvent
from sync.models import Submission, SyncBatch

FAILED_OUTCOMES = ("retry", "quarantined")
RECENT_BATCHES = 200  # the timeline and the failed-sync count look this far back


def device_report(
    session: Session, *, study_id: int, now: datetime, silent_after_days: int, limit: int = 50
) -> DeviceReport:
    devices = list(session.exec(select(Device).where(Device.study_id == study_id)))
    users = {
        u.id: u.username
        for u in session.exec(select(User).where(col(User.id).in_({d.user_id for d in devices})))
    }
    recent = list(
        session.exec(
            select(SyncBatch)
            .options(defer(SyncBatch.response))  # type: ignore[arg-type]  # every receipt
            .where(SyncBatch.study_id == study_id)
            .order_by(col(SyncBatch.id).desc())
            .limit(RECENT_BATCHES)
        )
    )
    failed: dict[str, int] = defaultdict(int)
    for b in recent:
        if _is_partial(b):
            failed[b.device_id] += 1
    syncs = _per_device_syncs(session, study_id)
    lags = _per_device_lags(session, study_id)
    # Counted here, not grouped in SQL: grouping makes SQLite walk the device index
    # over the whole table instead of the few rows of the (study, state) range.
    pending: dict[str, int] = defaultdict(int)
    # SQLite's statistics say the (study, state) index is useless (nearly every row is
    # `complete`), yet `awaiting_attachments` is a short range in it: insist.
    source: Any = Submission
    if session.get_bind().dialect.name == "sqlite":
        source = sa.text("submission INDEXED BY ix_submission_study_id_state")
    for (device_id,) in session.execute(
        sa.select(sa.column("device_id"))
        .select_from(source)
        .where(sa.column("study_id") == study_id, sa.column("state") == "awaiting_attachments")
    ):
        pending[device_id] += 1
    uploads = _count_by_device(
        session,
        select(AttachmentUpload.device_id, func.count()).where(
            AttachmentUpload.study_id == study_id,
            col(AttachmentUpload.completed_at).is_(None),
            AttachmentUpload.expires_at > now,
        ),
        col(AttachmentUpload.device_id),
    )
    labels = {d.id: d.label for d in devices}
    health = []
    for d in sorted(devices, key=lambda d: (users.get(d.user_id, ""), d.label)):
        count, last_at, offset = syncs.get(d.id, (0, None, None))
        since = last_at or d.created_at
        silent_days = (now - since).total_seconds() / 86400
        mean_lag, max_lag = lags.get(d.id, (None, None))
        health.append(
            DeviceHealth(
                device_id=d.id,
                label=d.label,
                enumerator=users.get(d.user_id, "?"),
                is_revoked=d.revoked_at is not None,
                enrolled_at=d.created_at,
                last_sync_at=last_at,
                days_silent=round(silent_days, 2),
                is_silent=d.revoked_at is None and silent_days > silent_after_days,
                syncs=count,
                last_clock_offset_s=offset,
                mean_lag_s=None if mean_lag is None else float(mean_lag),
                max_lag_s=None if max_lag is None else float(max_lag),
                failed_syncs=failed.get(d.id, 0),
                awaiting_attachments=pending.get(d.id, 0),
                open_uploads=uploads.get(d.id, 0),
            )
        )
    timeline = [_sync_event(b, labels, users) for b in recent[:limit]]
    return DeviceReport(silent_after_days=silent_after_days, devices=health, syncs=timeline)


def _is_partial(batch: SyncBatch) -> bool:
    return any(batch.outcomes.get(o) for o in FAILED_OUTCOMES)


def _count_by_device(session: Session, query: Any, key: Any) -> dict[str, int]:
    # Any: sqlmodel's select() overloads do not type grouped two-column selects.
    return {device_id: int(n) for device_id, n in session.execute(query.group_by(key))}


def _per_device_syncs(
    session: Session, study_id: int
) -> dict[str, tuple[int, datetime | None, float | None]]:
    """Sync count, last sync and the clock offset measured at the last sync, per device."""
    counts: dict[str, tuple[int, int]] = {}
    for device_id, syncs, last_id in session.exec(
        select(
            DeviceSyncCount.device_id,
            func.sum(DeviceSyncCount.syncs),
            func.max(DeviceSyncCount.last_batch_id),
        )
        .where(DeviceSyncCount.study_id == study_id)
        .group_by(col(DeviceSyncCount.device_id))
    ):
        counts[device_id] = (int(syncs), int(last_id))
    last_ids = [last for _, last in counts.values()]
    return {
        b.device_id: (counts[b.device_id][0], b.received_at, b.clock_offset_s)
        for b in session.exec(
            select(SyncBatch)
            .options(defer(SyncBatch.response))  # type: ignore[arg-type]
            .where(col(SyncBatch.id).in_(last_ids))
        )
        if b.device_id in counts
    }


def _per_device_lags(
    session: Session, study_id: int
) -> dict[str, tuple[float | None, float | None]]:
    """Mean (from the counters) and largest (an index seek per tablet) arrival lag."""
    worst = (
        sa.select(col(SubmissionMetric.lag_s))
        .where(
            col(SubmissionMetric.study_id) == study_id,
            col(SubmissionMetric.device_id) == col(Device.id),
            col(SubmissionMetric.lag_s).is_not(None),
        )
        .order_by(col(SubmissionMetric.lag_s).desc())
        .limit(1)
        .scalar_subquery()
    )
    query = sa.select(col(Device.id), worst).where(col(Device.study_id) == study_id)
    largest: dict[str, float | None] = dict(session.execute(query).all())
    return {
        g.key[0]: (g.lag_s / g.n_lagged if g.n_lagged else None, largest.get(g.key[0]))
        for g in progress_groups(session, study_id=study_id, by=("device_id",))
    }


def _sync_event(
    batch: SyncBatch, labels: dict[str, str], users: dict[int | None, str]
) -> SyncEvent:
    return SyncEvent(
        received_at=batch.received_at,
        device_id=batch.device_id,
        device_label=labels.get(batch.device_id, "?"),
        enumerator=users.get(batch.enumerator_id, "?"),
        items=batch.item_count,
        outcomes=batch.outcomes,
        bytes_received=batch.bytes_received,
        duration_ms=round(batch.duration_ms, 1),
        clock_offset_s=batch.clock_offset_s,
        is_partial=_is_partial(batch),
    )
