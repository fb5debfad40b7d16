"""Quality flags and respondent breakdowns, read from the metrics (never the answers).

Breakdowns of respondents by village and a quasi-identifier (sex, age band, ...)
are exactly what can single someone out in a village of forty families, so every
cell under the study's k is suppressed, with complementary suppression, by
privacy.risk.suppress_small_cells.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from accounts.models import Community, Study, User
from core.errors import NotFound
from forms.models import Form
from monitor.models import SubmissionMetric
from monitor.quality import Interview, QualityFlag, quality_flags
from monitor.views import BreakdownTable, QualityFlagPublic, QualityReport, RespondentBreakdown
from privacy.risk import suppress_small_cells

M = SubmissionMetric
NO_VILLAGE = "-"


def quality_report(session: Session, *, study: Study) -> QualityReport:
    names = {f.id: f.form_id for f in session.exec(select(Form).where(Form.study_id == study.id))}
    rows = list(session.exec(select(M).where(M.study_id == study.id, M.review_state != "rejected")))
    users = {
        u.id: u.username
        for u in session.exec(select(User).where(col(User.id).in_({r.enumerator_id for r in rows})))
    }
    interviews = [
        Interview(
            instance_id=r.instance_id,
            form_id=names.get(r.form_pk, "?"),
            enumerator=users.get(r.enumerator_id, "?"),
            started_at=r.started_at,
            duration_s=r.duration_s,
            n_questions=r.n_questions,
            n_dont_know=r.n_dont_know,
            clock_flags=r.clock_flags,
            choices=r.choices,
            day=r.day,
        )
        for r in rows
    ]
    flags = quality_flags(interviews, start=study.fieldwork_start, end=study.fieldwork_end)
    where = {r.instance_id: (r.village, r.day) for r in rows}
    villages = {
        c.slug: c.name
        for c in session.exec(select(Community).where(Community.study_id == study.id))
    }
    return QualityReport(flags=[_public(f, where, villages) for f in flags])


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
