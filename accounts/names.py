"""People's usernames for display, looked up in one query however many rows name them."""

from __future__ import annotations

from collections.abc import Iterable

from sqlmodel import Session, col, select

from accounts.models import User


def usernames(session: Session, user_ids: Iterable[int | None]) -> dict[int, str]:
    """The usernames of these users (ids not found, and None, are left out)."""
    wanted = {i for i in user_ids if i is not None}
    if not wanted:
        return {}
    rows = session.exec(select(User.id, User.username).where(col(User.id).in_(wanted)))
    return {user_id: username for user_id, username in rows if user_id is not None}
