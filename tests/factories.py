"""Plain functions that put real rows in a real database for tests."""

from __future__ import annotations

import functools
import uuid
from typing import Any

from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher
from sqlmodel import Session

from accounts import credentials, store
from accounts.models import Device, Role, Study, User
from forms.models import Form

PASSWORD = "correct-horse-battery"


# argon2 is deliberately slow (0.15 s a hash or a check here). A hash carries its own
# cost, and the server checks a password at the cost written in its hash, so test users
# get the same argon2 at the lowest cost: every log-in of the suite is then cheap, and
# the demo's users (and every password set through the API) keep the real cost.
_CHEAP_ARGON2 = PasswordHash((Argon2Hasher(time_cost=1, memory_cost=1024, parallelism=1),))


@functools.cache
def _password_hash(password: str) -> str:
    cheap = _CHEAP_ARGON2.hash(password)
    assert credentials.verify_password(password, cheap)
    return cheap


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


def make_published_form(session: Session, study: Study, name: str, *enumerators: User) -> Form:
    """Publish one of the study's own forms (forms/study/NAME.json) and assign it."""
    from forms import store as forms_store
    from forms.demo_study import read_study_file

    assert study.id is not None
    form = forms_store.create_form(
        session, study_id=study.id, document=read_study_file(f"{name}.json")
    )
    forms_store.publish_form(session, form=form, published_by_id=None)
    forms_store.assign_form(
        session, form=form, user_ids=[u.id for u in enumerators if u.id is not None]
    )
    return form


def push_body(
    *items: dict[str, Any], batch_id: str | None = None, device_time: str | None = None
) -> dict[str, Any]:
    body: dict[str, Any] = {"batch_id": batch_id or str(uuid.uuid4()), "items": list(items)}
    if device_time:
        body["device_time"] = device_time
    return body


def push_item(
    form_id: str,
    data: dict[str, Any],
    *,
    version: int = 1,
    instance_id: str | None = None,
    **extra: object,
) -> dict[str, Any]:
    return {
        "instance_id": instance_id or str(uuid.uuid4()),
        "form_id": form_id,
        "form_version": version,
        "base_rev": None,
        "started_at": "2026-11-20T14:00:00Z",
        "ended_at": "2026-11-20T15:10:00Z",
        "data": data,
        "attachments": [],
        **extra,
    }


def receive_directly(
    session: Session, *, device: Device, body: bytes, secret: str
) -> dict[str, Any]:
    """Push a raw batch body through the real pipeline without HTTP (for concurrency tests)."""
    import hashlib

    from attachments.store import stored_hashes
    from sync.intake import parse_batch
    from sync.pipeline import store_batch

    batch = parse_batch(body, max_items=1000, max_item_bytes=1 << 20, max_depth=32)
    return store_batch(
        session,
        device=device,
        batch=batch,
        request_hash=hashlib.sha256(body).hexdigest(),
        body_bytes=len(body),
        secret=secret,
        stored_hashes=lambda s, sid, h: stored_hashes(s, study_id=sid, sha256s=h),
    )
