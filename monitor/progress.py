"""Where the fieldwork stands: collected vs target per village, form and enumerator.

Every figure comes from the kept-up counters (`monitor/count_models.py`, a few
hundred rows per study whatever its size), never from a scan of the study's
interviews and never from interview JSON. Per-village and per-enumerator counts are
operational (how much work the team did where) and are not suppressed; breakdowns
by respondents' quasi-identifiers live in `breakdown.py` and are.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, func, select

from accounts.models import Community, Membership, Role, Study, User
from core.ids import id_of
from forms.models import Form
from monitor.count_models import DeviceSyncCount, ProgressCount, ProgressDayCount
from monitor.counts import SUMS, Group, median_durations, progress_groups
from monitor.models import FieldAssignment, StudyTarget
from monitor.views import (
    CompletenessShares,
    Counts,
    DayCount,
    EnumeratorProgress,
    FormCounts,
    FormSummary,
    ProgressSummary,
    Queues,
    VillageProgress,
)
from review.models import ReviewEvent
from sync.models import QuarantineItem, SyncBatch, SyncConflict

P = ProgressCount
_SUMS = SUMS


def change_version(session: Session, *, study_id: int) -> str:
    """A cheap token that changes when a tablet syncs, someone reviews, or a supervisor
    resolves a conflict or closes a quarantine item (which write no sync batch)."""
    batch = session.exec(select(func.max(SyncBatch.id)).where(SyncBatch.study_id == study_id))
    review = session.exec(select(func.max(ReviewEvent.id)).where(ReviewEvent.study_id == study_id))
    closed = [
        session.exec(
            select(func.count()).where(table.study_id == study_id, col(table.is_open).is_(False))
        ).one()
        for table in (SyncConflict, QuarantineItem)
    ]
    return f"b{batch.one() or 0}-r{review.one() or 0}-c{closed[0]}-q{closed[1]}"


def progress_summary(session: Session, *, study: Study, now: datetime) -> ProgressSummary:
    study_id = id_of(study)
    forms = {f.id: f for f in session.exec(select(Form).where(Form.study_id == study_id))}
    names = {pk: f.form_id for pk, f in forms.items() if pk is not None}
    targets = list(session.exec(select(StudyTarget).where(StudyTarget.study_id == study_id)))
    summaries = _form_summaries(session, study_id, forms, targets)
    return ProgressSummary(
        study=study.slug,
        name=study.name,
        k_anonymity=study.k_anonymity,
        time_zone=study.time_zone,
        generated_at=now,
        version=change_version(session, study_id=study_id),
        totals=_totals(summaries),
        forms=summaries,
        villages=_villages(session, study_id, names, targets),
        enumerators=_enumerators(session, study_id, names),
        days=[
            DayCount(day=d, count=n)
            for d, n in session.exec(
                select(col(ProgressDayCount.day), col(ProgressDayCount.n))
                .where(ProgressDayCount.study_id == study_id, col(ProgressDayCount.n) > 0)
                .order_by(col(ProgressDayCount.day))
            )
        ],
        queues=_queues(session, study_id),
    )


def _totals(summaries: list[FormSummary]) -> Counts:
    total = Counts(target=sum(s.target or 0 for s in summaries))
    for s in summaries:
        for state in ("received", "approved", "has_issues", "rejected"):
            total.add(state, getattr(s, state))
    return total


def _shares(sums: dict[str, int]) -> CompletenessShares:
    questions = sums.get("n_questions", 0)
    if not questions:
        return CompletenessShares()
    share = {k[2:]: round(sums.get(k, 0) / questions, 4) for k in _SUMS[1:]}
    return CompletenessShares(questions=questions, **share)


def _form_summaries(
    session: Session, study_id: int, forms: dict[Any, Form], targets: list[StudyTarget]
) -> list[FormSummary]:
    groups = progress_groups(session, study_id=study_id, by=("form_pk", "review_state"))
    out: dict[int, FormSummary] = {}
    sums: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    means: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for pk, f in sorted(forms.items()):
        out[pk] = FormSummary(
            form_id=f.form_id, title=f.title, completeness=CompletenessShares(), target=None
        )
    for g in groups:
        form_pk, state = g.key
        if form_pk not in out:
            continue
        out[form_pk].add(state, g.n)
        sums[form_pk].update({k: sums[form_pk][k] + v for k, v in g.sums.items()})
        if g.mean_duration_s is not None:
            means[form_pk].append((g.mean_duration_s, g.n))
    medians = {
        pk: median
        for pk, (median, _n) in median_durations(
            session, study_id=study_id, with_rejected=True
        ).items()
    }
    for pk, summary in out.items():
        own = [t for t in targets if t.form_id == summary.form_id]
        study_wide = [t.target for t in own if t.village is None]
        summary.target = study_wide[0] if study_wide else (sum(t.target for t in own) or None)
        summary.completeness = _shares(sums[pk])
        weighted = means[pk]
        if weighted:
            summary.mean_duration_s = sum(m * n for m, n in weighted) / sum(n for _, n in weighted)
        summary.median_duration_s = medians.get(pk)
    return list(out.values())


def _villages(
    session: Session, study_id: int, names: dict[int, str], targets: list[StudyTarget]
) -> list[VillageProgress]:
    communities = session.exec(
        select(Community).where(Community.study_id == study_id).order_by(col(Community.id))
    )
    out = {
        c.slug: VillageProgress(village=c.slug, name=c.name, assigned=[], total=Counts(), forms=[])
        for c in communities
    }
    cells: dict[tuple[str, str], FormCounts] = {}
    for t in targets:
        if t.village is not None and t.village in out:
            cells[(t.village, t.form_id)] = FormCounts(form_id=t.form_id, target=t.target)
    groups = progress_groups(
        session,
        study_id=study_id,
        by=("village", "form_pk", "review_state"),
        where=[col(P.has_village).is_(sa.true())],
    )
    for g in groups:
        village, form_pk, state = g.key
        n = g.n
        if form_pk not in names:
            continue
        out.setdefault(
            village,
            VillageProgress(village=village, name=village, assigned=[], total=Counts(), forms=[]),
        )
        cell = cells.setdefault((village, names[form_pk]), FormCounts(form_id=names[form_pk]))
        cell.add(state, n)
    for (village, _form), cell in sorted(cells.items()):
        out[village].forms.append(cell)
        for state in ("received", "approved", "has_issues", "rejected"):
            out[village].total.add(state, getattr(cell, state))
        if cell.target is not None:
            out[village].total.target = (out[village].total.target or 0) + cell.target
    for username, village in session.exec(
        select(User.username, FieldAssignment.village)
        .join(User, col(User.id) == FieldAssignment.user_id)
        .where(FieldAssignment.study_id == study_id)
    ):
        if village in out:
            out[village].assigned.append(username)
    return list(out.values())


def _enumerators(
    session: Session, study_id: int, names: dict[int, str]
) -> list[EnumeratorProgress]:
    rows = progress_groups(
        session, study_id=study_id, by=("enumerator_id", "form_pk", "review_state")
    )
    members = session.exec(
        select(Membership.user_id).where(
            Membership.study_id == study_id, Membership.role == Role.enumerator
        )
    )
    ids = set(members) | {r.key[0] for r in rows}
    users = {u.id: u for u in session.exec(select(User).where(col(User.id).in_(ids)))}
    last_sync = dict(
        session.exec(
            select(DeviceSyncCount.enumerator_id, func.max(DeviceSyncCount.last_received_at))
            .where(DeviceSyncCount.study_id == study_id)
            .group_by(col(DeviceSyncCount.enumerator_id))
        ).all()
    )
    villages: dict[int, list[str]] = defaultdict(list)
    for user_id, village in session.exec(
        select(FieldAssignment.user_id, FieldAssignment.village)
        .where(FieldAssignment.study_id == study_id)
        .order_by(col(FieldAssignment.village))
    ):
        villages[user_id].append(village)
    return [
        _enumerator(
            users[uid],
            [r for r in rows if r.key[0] == uid],
            names,
            villages[uid],
            last_sync.get(uid),
        )
        for uid in sorted(ids, key=lambda i: users[i].username if i in users else "")
        if uid in users
    ]


def _enumerator(
    user: User, rows: list[Group], names: dict[int, str], villages: list[str], last: datetime | None
) -> EnumeratorProgress:
    forms: dict[str, FormCounts] = {}
    total, sums = Counts(), defaultdict[str, int](int)
    seconds, timed = 0.0, 0
    for g in rows:
        _uid, form_pk, state = g.key
        cell = forms.setdefault(
            names.get(form_pk, "?"), FormCounts(form_id=names.get(form_pk, "?"))
        )
        cell.add(state, g.n)
        total.add(state, g.n)
        seconds, timed = seconds + g.duration_s, timed + g.n_timed
        for key, value in g.sums.items():
            sums[key] += value
    return EnumeratorProgress(
        username=user.username,
        display_name=user.display_name,
        villages=villages,
        total=total,
        forms=sorted(forms.values(), key=lambda f: f.form_id),
        completeness=_shares(sums),
        mean_duration_s=seconds / timed if timed else None,
        last_sync_at=last,
    )


def _queues(session: Session, study_id: int) -> Queues:
    conflicts = session.exec(
        select(func.count()).where(
            SyncConflict.study_id == study_id, col(SyncConflict.is_open) == sa.true()
        )
    ).one()
    reasons = dict(
        session.exec(
            select(QuarantineItem.reason, func.count())
            # `= true`, not `IS true`: only `=` can read the is_open index (open items
            # are few; closed ones pile up with the study).
            .where(QuarantineItem.study_id == study_id, col(QuarantineItem.is_open) == sa.true())
            .group_by(col(QuarantineItem.reason))
        ).all()
    )
    return Queues(
        open_conflicts=conflicts,
        open_quarantine=sum(reasons.values()),
        quarantine_by_reason=reasons,
    )
