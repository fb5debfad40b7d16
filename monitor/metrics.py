"""Keep the per-interview read model (`submission_metric`) up to date, incrementally.

A refresh looks only at submissions whose `updated_at` is after the study's
watermark (minus a margin), compares content hashes, and parses the JSON of just
the interviews that are new or edited. The margin covers a batch whose transaction
started before the last refresh but committed after it: the pipeline stamps rows
with the time the batch began, not the time it committed.

The sync pipeline may also call `record_submission_metrics` right after storing a
batch; until it does, the first progress read after a sync catches up instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta, tzinfo
from typing import Any

from sqlmodel import Session, col, delete, select

from accounts.models import Study
from core.days import check_time_zone, zone_of
from core.ids import id_of
from forms.models import FormVersion
from monitor import derive
from monitor.models import MonitorWatermark, SubmissionMetric
from review.models import ReviewState, SubmissionReview
from sync.models import Submission

REFRESH_MARGIN = timedelta(minutes=10)
_CHUNK = 500


def _chunks(values: Sequence[int]) -> Iterable[Sequence[int]]:
    for i in range(0, len(values), _CHUNK):
        yield values[i : i + _CHUNK]


def refresh_metrics(session: Session, *, study_id: int, now: datetime) -> int:
    """Bring the study's metrics up to date; returns how many interviews were (re)derived."""
    mark = session.get(MonitorWatermark, study_id)
    query = select(Submission.id, Submission.content_hash).where(Submission.study_id == study_id)
    if mark is not None:
        query = query.where(Submission.updated_at >= mark.refreshed_at - REFRESH_MARGIN)
    candidates = {pk: digest for pk, digest in session.exec(query) if pk is not None}
    stale = _stale(session, candidates)
    for chunk in _chunks(stale):
        record_submission_metrics(session, submission_ids=chunk)
    if mark is None:
        mark = MonitorWatermark(study_id=study_id, refreshed_at=now)
    mark.refreshed_at = now
    session.add(mark)
    session.flush()
    return len(stale)


def _stale(session: Session, candidates: dict[int, str]) -> list[int]:
    known: dict[int, str] = {}
    ids = sorted(candidates)
    for chunk in _chunks(ids):
        known.update(
            session.exec(
                select(SubmissionMetric.submission_pk, SubmissionMetric.content_hash).where(
                    col(SubmissionMetric.submission_pk).in_(chunk)
                )
            ).all()
        )
    return [pk for pk in ids if known.get(pk) != candidates[pk]]


def record_submission_metrics(session: Session, *, submission_ids: Sequence[int]) -> None:
    """Derive (or re-derive) the metrics of these submissions. Flushes, never commits."""
    rows = list(session.exec(select(Submission).where(col(Submission.id).in_(submission_ids))))
    if not rows:
        return
    schemas = _schemas(session, {(r.form_pk, r.form_version) for r in rows})
    zones = {
        pk: zone_of(name)
        for pk, name in session.exec(
            select(Study.id, Study.time_zone).where(col(Study.id).in_({r.study_id for r in rows}))
        )
    }
    states = {
        pk: ReviewState(state)
        for pk, state in session.exec(
            select(SubmissionReview.submission_pk, SubmissionReview.state).where(
                col(SubmissionReview.submission_pk).in_(submission_ids)
            )
        )
    }
    existing = {
        m.submission_pk: m
        for m in session.exec(
            select(SubmissionMetric).where(col(SubmissionMetric.submission_pk).in_(submission_ids))
        )
    }
    for row in rows:
        row_id = id_of(row)
        schema = schemas.get((row.form_pk, row.form_version), {})
        fields = _metric_fields(row, schema, zones.get(row.study_id, zone_of(None)))
        metric = existing.get(row_id) or SubmissionMetric(submission_pk=row_id, **fields)
        for name, value in fields.items():
            setattr(metric, name, value)
        metric.review_state = states.get(row_id, ReviewState.received)
        session.add(metric)
    session.flush()


def _schemas(session: Session, keys: set[tuple[int, int]]) -> dict[tuple[int, int], Any]:
    form_pks = {pk for pk, _ in keys}
    versions = session.exec(select(FormVersion).where(col(FormVersion.form_pk).in_(form_pks)))
    return {(v.form_pk, v.version): v.document for v in versions if (v.form_pk, v.version) in keys}


def _metric_fields(row: Submission, schema: Any, zone: tzinfo) -> dict[str, Any]:
    done = derive.count_completeness(schema, row.data)
    timing = derive.correct_times(
        started_at=row.started_at,
        ended_at=row.ended_at,
        clock_offset_s=row.clock_offset_s,
        received_at=row.received_at,
        zone=zone,
    )
    return {
        "study_id": row.study_id,
        "form_pk": row.form_pk,
        "enumerator_id": row.enumerator_id,
        "device_id": row.device_id,
        "village": row.village,
        "instance_id": row.instance_id,
        "content_hash": row.content_hash,
        "day": timing.day,
        "started_at": timing.started_at,
        "ended_at": timing.ended_at,
        "received_at": row.received_at,
        "duration_s": timing.duration_s,
        "lag_s": timing.lag_s,
        "n_questions": done.questions,
        "n_answered": done.answered,
        "n_refused": done.refused,
        "n_dont_know": done.dont_know,
        "n_not_asked": done.not_asked,
        "clock_flags": derive.clock_flags(row.flags),
        "choices": derive.choice_answers(schema, row.data),
        "quasi": derive.quasi_values(schema, row.data),
    }


def set_time_zone(session: Session, *, study: Study, time_zone: str) -> Study:
    """Change the study's time zone; its days are derived again on the next progress read.

    The read model's `day` depends on the zone, so the study's metrics and watermark go
    with the old zone (they are rebuilt from the submissions, nothing else is lost).
    """
    study.time_zone = check_time_zone(time_zone)
    session.add(study)
    session.exec(delete(SubmissionMetric).where(col(SubmissionMetric.study_id) == study.id))
    session.exec(delete(MonitorWatermark).where(col(MonitorWatermark.study_id) == study.id))
    session.flush()
    return study
