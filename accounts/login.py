"""Password login for people, throttled and audited, the same for the API and the web app."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session

from accounts import store
from accounts.audit import record_audit
from accounts.models import User
from accounts.store import InvalidCredentials
from accounts.throttle import LoginThrottled, ThrottleKey


def log_in(
    session: Session,
    *,
    username: str,
    password: str,
    hours: int,
    throttle: Sequence[ThrottleKey],
    remote_addr: str | None,
) -> tuple[User, str, datetime]:
    """Check the password (throttled) and issue a session token; every attempt is audited.

    A refused attempt is committed before the refusal is raised: it must count against
    the throttle even though the caller answers with a problem (which rolls back).
    """
    try:
        user, token, expires_at = store.login(
            session, username=username, password=password, hours=hours, throttle=throttle
        )
    except (InvalidCredentials, LoginThrottled) as exc:
        # Without the username typed: it may be a password.
        action = "auth.login_throttled" if isinstance(exc, LoginThrottled) else "auth.login_failed"
        record_audit(session, action=action, remote_addr=remote_addr)
        session.commit()
        raise
    record_audit(session, action="auth.login", actor_user_id=user.id, remote_addr=remote_addr)
    return user, token, expires_at
