"""Setting a password after the account exists: a person changes their own, an admin resets one.

Both check the password rules (accounts/passwords.py). A change or reset ends the
person's other browser and API sessions (their tablets keep working: a tablet's token
is not a password session). A study admin may reset only people who are in no study
outside the admin's own administration and are not server administrators, so a study
admin cannot take over someone with more power than theirs.
"""

from __future__ import annotations

from sqlmodel import Session, col, select

from accounts import credentials
from accounts.models import AccessToken, Membership, Role, User
from accounts.passwords import check_password
from core.errors import DomainError, Forbidden
from core.ids import id_of
from core.metadata import utcnow


class CurrentPasswordWrong(DomainError):
    """Changing your own password: the current password typed is not right."""

    code = "auth.current_password_wrong"


def revoke_sessions(session: Session, *, user_id: int, keep_token_id: int | None = None) -> int:
    """End a person's password sessions (not tablet tokens), except `keep_token_id`."""
    now = utcnow()
    tokens = session.exec(
        select(AccessToken).where(
            AccessToken.user_id == user_id,
            col(AccessToken.device_id).is_(None),
            col(AccessToken.revoked_at).is_(None),
            AccessToken.id != keep_token_id,
        )
    ).all()
    for token in tokens:
        token.revoked_at = now
        session.add(token)
    session.flush()
    return len(tokens)


def _set(session: Session, user: User, password: str) -> None:
    user.password_hash = credentials.hash_password(password)
    session.add(user)
    session.flush()


def change_own_password(
    session: Session,
    *,
    user: User,
    current: str,
    new: str,
    keep_token_id: int,
    min_length: int,
) -> int:
    """Check the current password and the rules, set the new one, end other sessions."""
    if not credentials.verify_password(current, user.password_hash):
        raise CurrentPasswordWrong("The current password is not right.")
    check_password(new, username=user.username, min_length=min_length)
    _set(session, user, new)
    user_id = id_of(user)
    return revoke_sessions(session, user_id=user_id, keep_token_id=keep_token_id)


def may_reset(session: Session, *, actor: User, target: User) -> bool:
    """A server admin may reset anyone; a study admin only those wholly within their studies."""
    if actor.is_superuser:
        return True
    if target.is_superuser or target.id == actor.id:
        return False
    administered = set(
        session.exec(
            select(Membership.study_id).where(
                Membership.user_id == actor.id, Membership.role == Role.admin.value
            )
        ).all()
    )
    theirs = set(
        session.exec(select(Membership.study_id).where(Membership.user_id == target.id)).all()
    )
    return bool(theirs) and theirs <= administered


def reset_password(
    session: Session, *, actor: User, target: User, new: str, min_length: int
) -> int:
    """Set another person's password (checked by the rules) and end their sessions."""
    if not may_reset(session, actor=actor, target=target):
        raise Forbidden("You may reset the password only of people in studies you administer.")
    return set_password(session, user=target, new=new, min_length=min_length)


def set_password(session: Session, *, user: User, new: str, min_length: int) -> int:
    """Set a password checked by the rules and end the person's sessions (the caller may)."""
    check_password(new, username=user.username, min_length=min_length)
    _set(session, user, new)
    user_id = id_of(user)
    return revoke_sessions(session, user_id=user_id)
