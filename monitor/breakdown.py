"""Quality flags and respondent breakdowns, read from the metrics (never the answers).

Breakdowns of respondents by village and a quasi-identifier (sex, age band, ...)
are exactly what can single someone out in a village of forty families, so every
cell under the study's k is suppressed, with complementary suppression, by
privacy.risk.suppress_small_cells.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from accounts.models import Community, Study, User
from core.errors import NotFound
from core.ids import id_of
from forms.models import Form
from monitor.count_models import ChoiceCount, ProgressCount, QualityMark
from monitor.counts import median_durations, progress_groups
from monitor.models import SubmissionMetric
from monitor.quality import (
    MIN_INTERVIEWS,
    Interview,
    QualityFlag,
    Tally,
    clock_problems,
    many_dont_know,
    short_bound,
    short_flags,
    uniform_flags,
)
from monitor.views import BreakdownTable, QualityFlagPublic, QualityReport, RespondentBreakdown
from privacy.risk import suppress_small_cells

M = SubmissionMetric
NO_VILLAGE = "-"


def quality_report(session: Session, *, study: Study) -> QualityReport:
    """Every quality flag, from the counters and index seeks (never a scan of the study)."""
    study_id = id_of(study)
    names = {f.id: f.form_id for f in session.exec(select(Form).where(Form.study_id == study_id))}
    counted = progress_groups(
        session,
        study_id=study_id,
        by=("form_pk", "enumerator_id"),
        where=[col(ProgressCount.review_state) != "rejected"],
    )
    choices = session.execute(
        sa.select(
            col(ChoiceCount.form_pk),
            col(ChoiceCount.enumerator_id),
            col(ChoiceCount.question),
            col(ChoiceCount.answer),
            col(ChoiceCount.n),
        ).where(col(ChoiceCount.study_id) == study_id, col(ChoiceCount.n) > 0)
    ).all()
    short_rows, medians = _short_rows(session, study_id)
    rows = sorted(
        {r.submission_pk: r for r in [*short_rows, *_flag_candidates(session, study)]}.values(),
        key=lambda r: r.submission_pk,
    )
    ids = {g.key[1] for g in counted} | {r.enumerator_id for r in rows}
    users = {u.id: u.username for u in session.exec(select(User).where(col(User.id).in_(ids)))}
    interviews = {r.submission_pk: _interview(r, names, users) for r in rows}
    tallies: dict[str, dict[str, Tally]] = defaultdict(dict)
    for g in counted:
        who = users.get(g.key[1], "?")
        tallies[names.get(g.key[0], "?")].setdefault(who, Tally()).interviews += g.n
    for form_pk, enumerator_id, question, answer, n in choices:
        who = users.get(enumerator_id, "?")
        tally = tallies[names.get(form_pk, "?")].setdefault(who, Tally())
        tally.answers[question][answer] += n
    short = [
        flag
        for form_pk, median in sorted(medians.items(), key=lambda m: names.get(m[0], "?"))
        for flag in short_flags(
            names.get(form_pk, "?"),
            median,
            [interviews[r.submission_pk] for r in short_rows if r.form_pk == form_pk],
        )
    ]
    candidates = [interviews[r.submission_pk] for r in rows]
    start, end = study.fieldwork_start, study.fieldwork_end
    flags = [
        *short,
        *uniform_flags(tallies),
        *clock_problems(candidates, start=start, end=end),
        *many_dont_know(candidates),
    ]
    where = {r.instance_id: (r.village, r.day) for r in rows}
    villages = {
        c.slug: c.name
        for c in session.exec(select(Community).where(Community.study_id == study_id))
    }
    return QualityReport(flags=[_public(f, where, villages) for f in flags])


def _short_rows(session: Session, study_id: int) -> tuple[list[Any], dict[int, float]]:
    """Timed interviews under a third of their form's median, and those medians."""
    medians = {
        pk: median
        for pk, (median, n) in median_durations(
            session, study_id=study_id, with_rejected=False
        ).items()
        if n >= MIN_INTERVIEWS
    }
    rows: list[Any] = []
    for form_pk, median in medians.items():
        rows.extend(
            session.execute(
                _flag_columns().where(
                    col(M.study_id) == study_id,
                    col(M.form_pk) == form_pk,
                    col(M.duration_s) < short_bound(median),
                    col(M.review_state) != "rejected",
                )  # no ORDER BY: SQLite would walk the primary key instead of the range
            )
        )
    return sorted(rows, key=lambda r: r.submission_pk), medians


def _flag_candidates(session: Session, study: Study) -> list[Any]:
    """Interviews that may carry a clock or "don't know" flag (the rest cannot)."""
    study_id = id_of(study)
    marked = select(QualityMark.submission_pk).where(QualityMark.study_id == study_id)
    outside: list[sa.ColumnElement[bool]] = [
        col(M.day).is_(None)
    ]  # then the start's own date decides (as before)
    if study.fieldwork_start is not None:
        outside.append(col(M.day) < study.fieldwork_start)
    if study.fieldwork_end is not None:
        outside.append(col(M.day) > study.fieldwork_end)
    rows = list(session.execute(_flag_columns().where(col(M.submission_pk).in_(marked))))
    for condition in outside:
        rows.extend(
            session.execute(
                _flag_columns().where(
                    col(M.study_id) == study_id, condition, col(M.review_state) != "rejected"
                )
            )
        )
    return rows


def _flag_columns() -> Any:
    return sa.select(
        col(M.submission_pk),
        col(M.instance_id),
        col(M.form_pk),
        col(M.enumerator_id),
        col(M.village),
        col(M.day),
        col(M.started_at),
        col(M.duration_s),
        col(M.n_questions),
        col(M.n_dont_know),
        col(M.clock_flags),
    )


def _interview(r: Any, names: dict[Any, str], users: dict[Any, str]) -> Interview:
    return Interview(
        instance_id=r.instance_id,
        form_id=names.get(r.form_pk, "?"),
        enumerator=users.get(r.enumerator_id, "?"),
        started_at=r.started_at,
        duration_s=r.duration_s,
        n_questions=r.n_questions,
        n_dont_know=r.n_dont_know,
        clock_flags=r.clock_flags,
        day=r.day,
    )


def _public(
    flag: QualityFlag, where: dict[str, tuple[str | None, date | None]], villages: dict[str, str]
) -> QualityFlagPublic:
    """A flag with the interview it means: its community and its day (study time zone)."""
    village, day = where.get(flag.instance_id or "", (None, None))
    return QualityFlagPublic(
        kind=flag.kind,
        enumerator=flag.enumerator,
        form_id=flag.form_id,
        instance_id=flag.instance_id,
        value=flag.value,
        message=flag.message,
        village=village,
        village_name=villages.get(village or ""),
        day=day,
    )


def respondent_breakdown(session: Session, *, study: Study, form_id: str) -> RespondentBreakdown:
    """Respondents per village and per value of each quasi-identifier, small cells hidden."""
    form = session.exec(
        select(Form).where(Form.study_id == study.id, Form.form_id == form_id)
    ).first()
    if form is None:
        raise NotFound("No such form in this study.")
    rows = session.exec(
        select(M.village, M.quasi).where(
            M.study_id == study.id, M.form_pk == form.id, M.review_state != "rejected"
        )
    ).all()
    fields = sorted({name for _, quasi in rows for name in quasi})
    tables = [_table(rows, name, k=study.k_anonymity) for name in fields]
    return RespondentBreakdown(form_id=form_id, k_anonymity=study.k_anonymity, tables=tables)


def _table(rows: Any, name: str, *, k: int) -> BreakdownTable:
    counts = Counter(
        (village or NO_VILLAGE, str(quasi[name])) for village, quasi in rows if name in quasi
    )
    columns = sorted({c for _, c in counts})
    villages = sorted({v for v, _ in counts})
    full = {(v, c): counts.get((v, c), 0) for v in villages for c in columns}
    shown = suppress_small_cells(full, k=k)
    table: dict[str, dict[str, int | None]] = {
        v: {c: shown[(v, c)] for c in columns} for v in villages
    }
    return BreakdownTable(field=name, columns=columns, rows=table)
