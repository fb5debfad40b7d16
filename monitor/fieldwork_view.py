"""The fieldwork page's read model: tablets, enumerators, villages, forms and the plan.

One read for the page (no SQL in page routes): everything a supervisor needs to issue
an enrollment code, revoke a tablet and edit the plan.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, select

from accounts import store
from accounts.models import Community, Device, Role, User
from forms.models import Form
from monitor import plan


@dataclass(frozen=True, slots=True)
class FieldworkView:
    devices: list[tuple[Device, User]]
    enumerators: list[str]
    villages: list[tuple[str, str]]  # (slug, name)
    forms: list[tuple[str, str]]  # (form_id, title)
    plan: plan.Plan


def fieldwork_view(session: Session, *, study_id: int) -> FieldworkView:
    """Tablets (newest first), the study's enumerators, villages, forms and its plan."""
    members = store.list_memberships(session, study_id=study_id)
    villages = session.exec(
        select(Community.slug, Community.name)
        .where(Community.study_id == study_id)
        .order_by(col(Community.name))
    )
    forms = session.exec(
        select(Form.form_id, Form.title)
        .where(Form.study_id == study_id)
        .order_by(col(Form.form_id))
    )
    return FieldworkView(
        devices=store.list_devices(session, study_id=study_id),
        enumerators=sorted(u.username for m, u in members if m.role == Role.enumerator),
        villages=[(slug, name) for slug, name in villages],
        forms=[(form_id, title or form_id) for form_id, title in forms],
        plan=plan.get_plan(session, study_id=study_id),
    )
