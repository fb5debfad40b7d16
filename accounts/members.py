"""The people of a study as an administrator's page shows them: role, and what the admin may do."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from accounts import store
from accounts.models import Role, User
from accounts.password_change import may_reset


@dataclass(frozen=True, slots=True)
class MemberRow:
    username: str
    display_name: str
    role: Role
    is_you: bool
    may_reset: bool


def list_members(session: Session, *, study_id: int, actor: User) -> list[MemberRow]:
    """Everyone in the study, by username, with whether `actor` may reset their password."""
    return [
        MemberRow(
            username=user.username,
            display_name=user.display_name,
            role=Role(membership.role),
            is_you=user.id == actor.id,
            may_reset=may_reset(session, actor=actor, target=user),
        )
        for membership, user in store.list_memberships(session, study_id=study_id)
    ]
