"""Plain functions that put real rows in a real database for tests."""

from __future__ import annotations

import functools
import uuid

from sqlmodel import Session

from accounts import credentials, store
from accounts.models import Device, Role, Study, User

PASSWORD = "correct-horse-battery"


@functools.cache
def _password_hash(password: str) -> str:
    # argon2 is deliberately slow; hash each test password once per run.
    return credentials.hash_password(password)


def make_study(session: Session, **overrides: object) -> Study:
    slug = str(overrides.pop("slug", f"study-{uuid.uuid4().hex[:8]}"))
    study = Study(slug=slug, name=str(overrides.pop("name", slug.title())), **overrides)  # type: ignore[arg-type]
    session.add(study)
    session.flush()
    return study


def make_user(
    session: Session, username: str | None = None, *, password: str = PASSWORD, **overrides: object
) -> User:
    user = User(
        username=username or f"user-{uuid.uuid4().hex[:8]}",
        password_hash=_password_hash(password),
        **overrides,  # type: ignore[arg-type]
    )
    session.add(user)
    session.flush()
    return user


def make_member(session: Session, study: Study, role: Role, username: str | None = None) -> User:
    user = make_user(session, username)
    store.set_membership(session, study=study, user=user, role=role)
    return user


def make_token(session: Session, user: User) -> str:
    token, _ = store.issue_session_token(session, user=user, hours=1)
    return token


def make_device(session: Session, study: Study, enumerator: User) -> tuple[Device, str]:
    code, _ = store.create_enrollment_code(
        session, study=study, enumerator=enumerator, created_by=enumerator, minutes=10
    )
    device, token, _ = store.enroll_device(session, code=code, label="tablet", token_days=30)
    return device, token


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}
