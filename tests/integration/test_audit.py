from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlmodel import col

from accounts.audit import record_audit
from accounts.models import AuditEvent


def test_audit_log_refuses_updates_and_deletes(session):
    event = record_audit(session, action="export", detail={"rows": 3})
    session.commit()
    for statement in (
        sa.update(AuditEvent).where(col(AuditEvent.id) == event.id).values(action="nothing"),
        sa.delete(AuditEvent).where(col(AuditEvent.id) == event.id),
    ):
        with (
            pytest.raises(sa.exc.DatabaseError, match="append-only"),
            session.begin_nested(),
        ):
            session.execute(statement)
    assert session.get(AuditEvent, event.id).action == "export"


@pytest.mark.parametrize(
    "detail", [{"answer": {"nested": 1}}, {"text": "x" * 500}], ids=["nested", "long-text"]
)
def test_audit_detail_refuses_anything_but_short_scalars(session, detail):
    with pytest.raises(ValueError, match="short scalar"):
        record_audit(session, action="x", detail=detail)
