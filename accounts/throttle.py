"""Back-off for failed logins, per account and per client address, kept in the database.

The state lives in a table rather than in memory, so every server worker (and every
server behind a load balancer) sees the same count. After `free` failures in a row
each further failure locks the key for twice as long as the last, up to `max_seconds`.
While locked, even the right password is refused unchecked, and the attempt counts as
one more failure: guessing cannot outrun the lock, only lengthen it. Failures older
than `window` are forgotten.
"""

from __future__ import annotations

import hashlib
import hmac
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

import sqlalchemy as sa
from sqlmodel import Session, select

from accounts.models import LoginThrottle
from core.errors import DomainError

Scope = Literal["account", "address"]


class LoginThrottled(DomainError):
    code = "auth.throttled"


@dataclass(frozen=True, slots=True)
class ThrottlePolicy:
    free: int  # failures allowed before the first lock
    max_seconds: int  # the longest lock
    window: timedelta  # failures older than this are forgotten


@dataclass(frozen=True, slots=True)
class ThrottleKey:
    scope: Scope
    key_hash: str
    policy: ThrottlePolicy


def lock_seconds(failures: int, *, free: int, max_seconds: int) -> int:
    """Pure: how long to lock after `failures` failures in a row (0 while within `free`)."""
    if failures <= free:
        return 0
    return min(max_seconds, 1 << min(failures - free - 1, 32))


def throttle_key(scope: Scope, value: str, *, secret: str, policy: ThrottlePolicy) -> ThrottleKey:
    normalized = value.strip().lower() if scope == "account" else value
    digest = hmac.new(
        secret.encode(), f"login-throttle:{scope}:{normalized}".encode(), hashlib.sha256
    ).hexdigest()
    return ThrottleKey(scope=scope, key_hash=digest, policy=policy)


def _row(session: Session, key: ThrottleKey, *, for_update: bool) -> LoginThrottle | None:
    query = select(LoginThrottle).where(
        LoginThrottle.scope == key.scope, LoginThrottle.key_hash == key.key_hash
    )
    if for_update:
        query = query.with_for_update()
    return session.exec(query.execution_options(populate_existing=True)).first()


def check_not_locked(session: Session, *, keys: Sequence[ThrottleKey], now: datetime) -> None:
    """Refuse the attempt (before any password is checked) while a key is locked."""
    wait = 0.0
    for key in keys:
        row = _row(session, key, for_update=False)
        if row is not None and row.locked_until is not None and row.locked_until > now:
            wait = max(wait, (row.locked_until - now).total_seconds())
    if wait > 0:
        seconds = max(1, math.ceil(wait))
        raise LoginThrottled(
            f"Too many failed logins. Try again in {seconds} seconds.", retry_after=seconds
        )


def record_failure(session: Session, *, keys: Sequence[ThrottleKey], now: datetime) -> None:
    """Count a failed login against every key; flushes (the caller commits)."""
    for key in keys:
        row = _row(session, key, for_update=True)
        if row is None:
            try:
                with session.begin_nested():
                    row = LoginThrottle(scope=key.scope, key_hash=key.key_hash, last_failure_at=now)
                    session.add(row)
            except sa.exc.IntegrityError:
                row = _row(session, key, for_update=True)  # another worker made it first
            assert row is not None
        elif now - row.last_failure_at > key.policy.window:
            row.failures = 0
        row.failures += 1
        row.last_failure_at = now
        seconds = lock_seconds(
            row.failures, free=key.policy.free, max_seconds=key.policy.max_seconds
        )
        row.locked_until = now + timedelta(seconds=seconds) if seconds else None
        session.add(row)
    session.flush()


def clear_failures(session: Session, *, key: ThrottleKey) -> None:
    """A successful login forgets the account's failures (never an address's)."""
    row = _row(session, key, for_update=True)
    if row is not None:
        session.delete(row)
        session.flush()
