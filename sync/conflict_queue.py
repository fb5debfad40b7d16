"""The conflict queue as supervisors work it: list open conflicts, resolve one.

Each conflict is listed with its form and its enumerator's username, looked up once
for all rows.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from accounts import store as accounts
from accounts.models import User
from accounts.names import usernames
from sync import resolution
from sync.models import Submission, SyncConflict


@dataclass(frozen=True, slots=True)
class QueuedConflict:
    """An open conflict, its interview, its form's id and its enumerator's username."""

    conflict: SyncConflict
    submission: Submission
    form_id: str
    enumerator: str


def list_conflicts(
    session: Session,
    *,
    study_id: int,
    form_id: str | None = None,
    village: str | None = None,
    enumerator: str | None = None,
) -> list[QueuedConflict]:
    """Open conflicts, oldest first, by form, village or enumerator (a username)."""
    enumerator_id = accounts.get_user_by_username(session, enumerator).id if enumerator else None
    rows = resolution.list_open_conflicts(
        session, study_id=study_id, form_id=form_id, village=village, enumerator_id=enumerator_id
    )
    names = usernames(session, (s.enumerator_id for _, s, _ in rows))
    return [QueuedConflict(c, s, f.form_id, names[s.enumerator_id]) for c, s, f in rows]


def resolve_conflict(
    session: Session, *, study_id: int, conflict_id: int, choices: Mapping[str, Any], user: User
) -> Submission:
    """Resolve per field: a new revision that reaches the tablets through pull.

    A refusal undoes what the attempt wrote, so the caller's transaction can go on
    (the web page shows the conflict again).
    """
    conflict, submission = resolution.get_conflict(
        session, study_id=study_id, conflict_id=conflict_id
    )
    with session.begin_nested():
        return resolution.resolve_conflict(
            session, conflict=conflict, submission=submission, choices=choices, user=user
        )
