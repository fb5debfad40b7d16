"""Whose interviews a reader sees: everyone's, or (enumerators) only their own."""

from __future__ import annotations

from accounts.models import Role
from accounts.permissions import Permission, role_allows


def own_interviews_only(role: Role | None, *, is_superuser: bool, user_id: int) -> int | None:
    """The reader's user id when they may read only their own interviews, else None."""
    if is_superuser or role_allows(role, Permission.read_submissions):
        return None
    return user_id
