"""Disclosure risk of a form's stored interviews: k-anonymity over its quasi-identifiers.

Interviews are read in batches and cut down to their quasi-identifiers as they come, so
a large form never sits in memory whole: only the small records k-anonymity groups.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, select

from accounts.models import Study
from forms import store as forms_store
from privacy.risk import DisclosureRisk, disclosure_risk
from sync.disclosure import quasi_views, records_for_view
from sync.models import Submission

BATCH = 500


@dataclass(frozen=True, slots=True)
class ViewRisk:
    """The risk of one view of a form: the respondent, or the items of one repeat."""

    view: str
    quasi_identifiers: list[str]
    risk: DisclosureRisk


def form_disclosure_report(
    session: Session, *, study: Study, form_id: str, k: int | None = None
) -> list[ViewRisk]:
    """k-anonymity per view over the form's quasi-identifiers (k: the study's by default)."""
    assert study.id is not None
    form = forms_store.get_form(session, study_id=study.id, form_id=form_id)
    version = forms_store.current_version(session, form=form)
    quasi = list(
        (version.document.get("x-form", {}) if version else {}).get("quasi_identifiers", [])
    )
    views = {
        repeat: (top, inner) for repeat, (top, inner) in quasi_views(quasi).items() if top or inner
    }
    records: dict[str, list[dict[str, Any]]] = {repeat: [] for repeat in views}
    query = select(Submission.instance_id, Submission.data).where(Submission.form_pk == form.id)
    for rows in session.exec(query.execution_options(yield_per=BATCH)).partitions():
        for repeat, (top, inner) in views.items():
            records[repeat] += records_for_view(rows, repeat=repeat, top=top, inner=inner)
    report = []
    for repeat, found in records.items():
        keys = sorted({key for r in found for key in r if key != "instance_id"})
        risk = disclosure_risk(found, keys, k=k or study.k_anonymity)
        report.append(ViewRisk(view=repeat or "respondent", quasi_identifiers=keys, risk=risk))
    return report
