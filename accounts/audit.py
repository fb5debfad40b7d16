"""The audit trail: append-only records of who did what, when and from where.

Details name things (ids, counts, roles), never interview content; `record_audit`
refuses detail values that are not short scalars, so content cannot slip in.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col, select

from accounts.models import AuditEvent
from core.metadata import utcnow

_MAX_DETAIL_VALUE = 200


def record_audit(
    session: Session,
    *,
    action: str,
    study_id: int | None = None,
    actor_user_id: int | None = None,
    actor_device_id: str | None = None,
    target_type: str | None = None,
    target_id: str | int | None = None,
    remote_addr: str | None = None,
    detail: dict[str, Any] | None = None,
) -> AuditEvent:
    clean = dict(detail or {})
    for key, value in clean.items():
        if not isinstance(value, str | int | float | bool | None) or (
            isinstance(value, str) and len(value) > _MAX_DETAIL_VALUE
        ):
            raise ValueError(f"audit detail {key!r} must be a short scalar")
    event = AuditEvent(
        at=utcnow(),
        action=action,
        study_id=study_id,
        actor_user_id=actor_user_id,
        actor_device_id=actor_device_id,
        target_type=target_type,
        target_id=None if target_id is None else str(target_id),
        remote_addr=remote_addr,
        detail=clean,
    )
    session.add(event)
    session.flush()
    return event


def list_audit(
    session: Session, *, study_id: int, action: str | None = None, limit: int = 100
) -> list[AuditEvent]:
    query = select(AuditEvent).where(AuditEvent.study_id == study_id)
    if action:
        query = query.where(AuditEvent.action == action)
    query = query.order_by(col(AuditEvent.id).desc()).limit(limit)
    return list(session.exec(query))
