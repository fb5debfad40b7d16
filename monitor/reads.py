"""Supervision reads: audit the read, bring the kept-up metrics up to date, build the view;
the progress stream's opening and events.

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

from accounts import store as accounts
from accounts.audit import record_audit
from accounts.models import Study, User
from accounts.permissions import Permission, role_allows
from core.errors import Forbidden, NotFound
from core.ids import id_of
from core.metadata import utcnow
from monitor import breakdown, health, progress
from monitor.metrics import refresh_metrics
from monitor.stream import redeem_stream_ticket
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


def open_progress_stream(
    session: Session, *, slug: str, ticket: str, remote_addr: str | None
) -> Study:
    """Redeem a stream ticket for its study, check the reader again, audit the read."""
    try:
        study = accounts.get_study(session, slug)
    except NotFound:
        raise NotFound("No such study.") from None
    study_id = id_of(study)
    user_id = redeem_stream_ticket(session, ticket=ticket, study_id=study_id, now=utcnow())
    # Checked again at redemption: a role removed since the ticket was issued counts.
    user = session.get(User, user_id)
    role = accounts.get_role(session, study_id=study_id, user_id=user_id)
    if (
        user is None
        or not user.is_active
        or not (user.is_superuser or role_allows(role, Permission.read_submissions))
    ):
        raise Forbidden("Your role in this study does not allow read_submissions.")
    record_audit(
        session,
        action="data.read",
        study_id=study_id,
        actor_user_id=user_id,
        target_type="study",
        target_id=study.slug,
        remote_addr=remote_addr,
        detail={"view": "progress.stream"},
    )
    return study


def progress_event(sessions: Sessions, study: Study) -> str:
    """The study's progress summary as one server-sent event, its version as the id."""
    study_id = id_of(study)
    summary = refresh_and_read(
        sessions, study_id, lambda s: progress.progress_summary(s, study=study, now=utcnow())
    )
    return f"event: progress\nid: {summary.version}\ndata: {summary.model_dump_json()}\n\n"


def progress_version(sessions: Sessions, study_id: int) -> str:
    """A cheap token that changes whenever the study's figures do."""
    with sessions.session() as session:
        return progress.change_version(session, study_id=study_id)
