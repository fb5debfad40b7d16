"""People as server and study administrators manage them: accounts and memberships."""

from __future__ import annotations

from sqlmodel import Session

from accounts import store
from accounts.models import Role, Study, User
from accounts.passwords import check_password


def create_person(
    session: Session, *, username: str, password: str, display_name: str, min_length: int
) -> User:
    """A new account, once its password passes the rules (a stable code when not)."""
    check_password(password, username=username, min_length=min_length)
    return store.create_user(
        session, username=username, password=password, display_name=display_name
    )


def set_member(session: Session, *, study: Study, username: str, role: Role) -> User:
    """Add a person to the study or change their role."""
    user = store.get_user_by_username(session, username)
    store.set_membership(session, study=study, user=user, role=role)
    return user


def remove_member(session: Session, *, study_id: int, username: str) -> tuple[User, int]:
    """Take a member out of the study; how many of their tablets were revoked with it."""
    user, _ = store.get_member(session, study_id=study_id, username=username)
    return user, store.remove_membership(session, study_id=study_id, user=user)
