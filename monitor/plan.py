"""The fieldwork plan: targets per village and form, and who works where.

Setting a plan replaces the previous one whole: the plan is small, and a partial
update would leave a supervisor guessing which targets are still in force.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, delete, select

from accounts.models import Community, User
from core.errors import InvalidInput
from forms.models import Form
from monitor.models import FieldAssignment, StudyTarget


@dataclass(frozen=True, slots=True)
class Target:
    form_id: str
    village: str | None  # None: study-wide
    target: int


@dataclass(frozen=True, slots=True)
class Assignment:
    username: str
    villages: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Plan:
    targets: tuple[Target, ...]
    assignments: tuple[Assignment, ...]


def get_plan(session: Session, *, study_id: int) -> Plan:
    targets = session.exec(
        select(StudyTarget)
        .where(StudyTarget.study_id == study_id)
        .order_by(col(StudyTarget.form_id), col(StudyTarget.village))
    )
    rows = session.exec(
        select(User.username, FieldAssignment.village)
        .join(User, col(User.id) == FieldAssignment.user_id)
        .where(FieldAssignment.study_id == study_id)
        .order_by(col(User.username), col(FieldAssignment.village))
    )
    by_user: dict[str, list[str]] = {}
    for username, village in rows:
        by_user.setdefault(username, []).append(village)
    return Plan(
        targets=tuple(Target(t.form_id, t.village, t.target) for t in targets),
        assignments=tuple(Assignment(u, tuple(v)) for u, v in by_user.items()),
    )


def set_plan(session: Session, *, study_id: int, plan: Plan) -> Plan:
    """Replace the study's plan after checking forms, villages and people exist."""
    forms = set(session.exec(select(Form.form_id).where(Form.study_id == study_id)))
    villages = set(session.exec(select(Community.slug).where(Community.study_id == study_id)))
    seen: set[tuple[str, str | None]] = set()
    # Problems point at positions in the plan, never echo the names sent.
    for index, t in enumerate(plan.targets):
        if t.form_id not in forms:
            raise InvalidInput(
                "A target names a form that is not in this study.", pointer=f"/targets/{index}"
            )
        if t.village is not None and t.village not in villages:
            raise InvalidInput(
                "A target names a community that is not in this study.",
                pointer=f"/targets/{index}",
            )
        if (t.form_id, t.village) in seen:
            raise InvalidInput("Each form and village may have one target only.")
        seen.add((t.form_id, t.village))
    users = _users(session, [a.username for a in plan.assignments])
    session.exec(delete(StudyTarget).where(col(StudyTarget.study_id) == study_id))
    session.exec(delete(FieldAssignment).where(col(FieldAssignment.study_id) == study_id))
    for t in plan.targets:
        session.add(
            StudyTarget(study_id=study_id, form_id=t.form_id, village=t.village, target=t.target)
        )
    for index, a in enumerate(plan.assignments):
        for village in sorted(set(a.villages)):
            if village not in villages:
                raise InvalidInput(
                    "An assignment names a community that is not in this study.",
                    pointer=f"/assignments/{index}",
                )
            session.add(
                FieldAssignment(study_id=study_id, user_id=users[a.username], village=village)
            )
    session.flush()
    return get_plan(session, study_id=study_id)


def _users(session: Session, usernames: Sequence[str]) -> dict[str, int]:
    found = {
        u.username: u.id
        for u in session.exec(select(User).where(col(User.username).in_(usernames)))
        if u.id is not None
    }
    missing = [i for i, name in enumerate(usernames) if name not in found]
    if missing:
        raise InvalidInput(
            "An assignment names a person who is not known.", pointer=f"/assignments/{missing[0]}"
        )
    return found


def plan_from_spec(
    spec: Mapping[str, Any], *, villages: Sequence[str], enumerators: Sequence[str]
) -> Plan:
    """Read demo.json's `targets` block; villages are shared out among the enumerators."""
    targets = [
        Target(form_id, village, int(n))
        for form_id, n in spec.get("per_village", {}).items()
        for village in villages
    ]
    targets += [Target(form_id, None, int(n)) for form_id, n in spec.get("study", {}).items()]
    # Contiguous slices: neighbouring communities go to the same enumerator.
    share = -(-len(villages) // max(len(enumerators), 1))
    assignments = [
        Assignment(name, tuple(villages[i * share : (i + 1) * share]))
        for i, name in enumerate(enumerators)
    ]
    return Plan(targets=tuple(targets), assignments=tuple(assignments))


def load_demo_plan(
    session: Session, *, study_id: int, spec: Mapping[str, Any], enumerators: Sequence[str]
) -> Plan:
    """Load the demo study's targets (and a split of villages among its enumerators)."""
    villages = [c["slug"] for c in spec.get("communities", [])]
    plan = plan_from_spec(spec.get("targets", {}), villages=villages, enumerators=enumerators)
    return set_plan(session, study_id=study_id, plan=plan)
