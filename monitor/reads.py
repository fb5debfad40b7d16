"""Supervision reads: audit the read, bring the kept-up metrics up to date, build the view.

Every read by a supervisor is audited as `data.read` with the view's name. The audit
and the metrics refresh are each a short writer transaction; the view is then built
in a fresh read transaction, so its snapshot includes the refresh and the SQLite
write lock is not held while counting.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, TypeVar

import sqlalchemy as sa
from sqlmodel import Session

from accounts.audit import record_audit
from accounts.models import Study
from core.ids import id_of
from core.metadata import utcnow
from monitor import breakdown, health, progress
from monitor.metrics import refresh_metrics
from monitor.views import DeviceReport, ProgressSummary, QualityReport, RespondentBreakdown

T = TypeVar("T")


class Sessions(Protocol):
    """Where short transactions come from (the app's `Database`)."""

    def session(self, *, writer: bool = False) -> Session: ...


@dataclass(frozen=True, slots=True)
class Reader:
    """Who reads, and from where: for the audit row."""

    user_id: int
    remote_addr: str | None


def refresh_and_read(sessions: Sessions, study_id: int, build: Callable[[Session], T]) -> T:
    """Bring the metrics up to date in a short write, then build the view in a fresh read."""
    with sessions.session(writer=True) as writer:
        try:
            refresh_metrics(writer, study_id=study_id, now=utcnow())
            writer.commit()
        except sa.exc.IntegrityError:
            writer.rollback()  # another worker refreshed the same rows at the same moment
    with sessions.session() as reader:
        return build(reader)


def read_audited(
    sessions: Sessions, *, study: Study, reader: Reader, view: str, build: Callable[[Session], T]
) -> T:
    """Audit the read (`data.read`, detail.view), then refresh and build the view."""
    study_id = id_of(study)
    with sessions.session(writer=True) as writer:
        record_audit(
            writer,
            action="data.read",
            study_id=study_id,
            actor_user_id=reader.user_id,
            target_type="study",
            target_id=study.slug,
            remote_addr=reader.remote_addr,
            detail={"view": view},
        )
        writer.commit()
    return refresh_and_read(sessions, study_id, build)


def read_progress(sessions: Sessions, *, study: Study, reader: Reader) -> ProgressSummary:
    """Collected against target, per day, review states and queues (audited)."""
    return read_audited(
        sessions,
        study=study,
        reader=reader,
        view="progress",
        build=lambda s: progress.progress_summary(s, study=study, now=utcnow()),
    )


def read_device_health(
    sessions: Sessions, *, study: Study, reader: Reader, silent_after_days: int
) -> DeviceReport:
    """Each tablet's last sync, lag, clock skew and stuck files (audited)."""
    assert study.id is not None
    study_id = study.id
    return read_audited(
        sessions,
        study=study,
        reader=reader,
        view="progress.devices",
        build=lambda s: health.device_report(
            s, study_id=study_id, now=utcnow(), silent_after_days=silent_after_days
        ),
    )


def read_quality(sessions: Sessions, *, study: Study, reader: Reader) -> QualityReport:
    """Interviews and enumerators worth a look (audited)."""
    return read_audited(
        sessions,
        study=study,
        reader=reader,
        view="progress.quality",
        build=lambda s: breakdown.quality_report(s, study=study),
    )


def read_respondents(
    sessions: Sessions, *, study: Study, reader: Reader, form_id: str
) -> RespondentBreakdown:
    """Respondents by village and quasi-identifier, cells under k suppressed (audited)."""
    return read_audited(
        sessions,
        study=study,
        reader=reader,
        view="progress.respondents",
        build=lambda s: breakdown.respondent_breakdown(s, study=study, form_id=form_id),
    )
