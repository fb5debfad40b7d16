"""Studies, users, memberships, tokens and devices in the database. Flushes, never commits."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from accounts import credentials
from accounts.models import AccessToken, Device, EnrollmentCode, Membership, Role, Study, User
from accounts.throttle import (
    LoginThrottled,
    ThrottleKey,
    check_not_locked,
    clear_failures,
    record_failure,
)
from core.errors import Conflict, DomainError, NotFound, Unauthenticated
from core.ids import id_of
from core.metadata import utcnow


class InvalidCredentials(DomainError):
    code = "auth.invalid_credentials"


class EnrollmentCodeInvalid(DomainError):
    code = "device.enrollment_code_invalid"


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is calling: a person with a session token, or a tablet with a device token."""

    user: User
    token_id: int
    device: Device | None = None

    @property
    def user_id(self) -> int:
        assert self.user.id is not None
        return self.user.id


def create_study(session: Session, *, slug: str, name: str, k_anonymity: int = 5) -> Study:
    if session.exec(select(Study).where(Study.slug == slug)).first():
        raise Conflict("A study with this slug exists.", slug=slug)
    study = Study(slug=slug, name=name, k_anonymity=k_anonymity)
    session.add(study)
    session.flush()
    return study


def get_study(session: Session, slug: str) -> Study:
    study = session.exec(select(Study).where(Study.slug == slug)).first()
    if study is None:
        raise NotFound("No such study.")
    return study


def create_user(
    session: Session,
    *,
    username: str,
    password: str,
    display_name: str = "",
    is_superuser: bool = False,
) -> User:
    if session.exec(select(User).where(User.username == username)).first():
        raise Conflict("A user with this username exists.", username=username)
    user = User(
        username=username,
        display_name=display_name,
        password_hash=credentials.hash_password(password),
        is_superuser=is_superuser,
    )
    session.add(user)
    session.flush()
    return user


def get_user_by_username(session: Session, username: str) -> User:
    user = session.exec(select(User).where(User.username == username)).first()
    if user is None:
        raise NotFound("No such user.")
    return user


def set_membership(session: Session, *, study: Study, user: User, role: Role) -> Membership:
    """Add a person to a study or change their role; an enumerator no more loses their tablets."""
    membership = session.exec(
        select(Membership).where(Membership.study_id == study.id, Membership.user_id == user.id)
    ).first()
    if membership is None:
        study_id = id_of(study)
        user_id = id_of(user)
        membership = Membership(study_id=study_id, user_id=user_id, role=role)
    elif Role(membership.role) == Role.enumerator and role != Role.enumerator:
        end_study_devices(session, study_id=membership.study_id, user_id=membership.user_id)
    membership.role = role
    session.add(membership)
    session.flush()
    return membership


def get_member(session: Session, *, study_id: int, username: str) -> tuple[User, Role]:
    """A member of this study by username; the same NotFound whether the name is unknown
    or belongs to someone outside the study, so callers learn nothing beyond their study."""
    row = session.exec(
        select(User, Membership.role)
        .join(Membership, col(Membership.user_id) == col(User.id))
        .where(Membership.study_id == study_id, User.username == username)
    ).first()
    if row is None:
        raise NotFound("No such member in this study.")
    return row[0], Role(row[1])


def remove_membership(session: Session, *, study_id: int, user: User) -> int:
    """Take a person out of a study; their tablets there stop working. Returns how many."""
    membership = session.exec(
        select(Membership).where(Membership.study_id == study_id, Membership.user_id == user.id)
    ).first()
    if membership is None:
        raise NotFound("No such member in this study.")
    session.delete(membership)
    user_id = id_of(user)
    ended = end_study_devices(session, study_id=study_id, user_id=user_id)
    session.flush()
    return ended


def end_study_devices(session: Session, *, study_id: int, user_id: int) -> int:
    """Revoke a person's tablets in one study and void their unused enrollment codes."""
    now = utcnow()
    devices = session.exec(
        select(Device).where(
            Device.study_id == study_id,
            Device.user_id == user_id,
            col(Device.revoked_at).is_(None),
        )
    ).all()
    for device in devices:
        device.revoked_at = now
        session.add(device)
    codes = session.exec(
        select(EnrollmentCode).where(
            EnrollmentCode.study_id == study_id,
            EnrollmentCode.user_id == user_id,
            col(EnrollmentCode.used_at).is_(None),
        )
    ).all()
    for code in codes:
        code.expires_at = now
        session.add(code)
    session.flush()
    return len(devices)


def get_role(session: Session, *, study_id: int, user_id: int) -> Role | None:
    role = session.exec(
        select(Membership.role).where(
            Membership.study_id == study_id, Membership.user_id == user_id
        )
    ).first()
    return None if role is None else Role(role)


def list_memberships(session: Session, *, study_id: int) -> list[tuple[Membership, User]]:
    rows = session.exec(
        select(Membership, User)
        .join(User, col(User.id) == col(Membership.user_id))
        .where(Membership.study_id == study_id)
        .order_by(col(User.username))
    )
    return [(m, u) for m, u in rows]


def list_user_studies(session: Session, *, user: User) -> list[tuple[Study, Role | None]]:
    if user.is_superuser:
        studies = session.exec(select(Study).order_by(col(Study.slug))).all()
        roles = {
            m.study_id: Role(m.role)
            for m in session.exec(select(Membership).where(Membership.user_id == user.id))
        }
        return [(s, roles.get(s.id or 0)) for s in studies]
    rows = session.exec(
        select(Study, Membership.role)
        .join(Membership, col(Membership.study_id) == col(Study.id))
        .where(Membership.user_id == user.id)
        .order_by(col(Study.slug))
    )
    return [(s, Role(r)) for s, r in rows]


def login(
    session: Session,
    *,
    username: str,
    password: str,
    hours: int,
    throttle: Sequence[ThrottleKey] = (),
) -> tuple[User, str, datetime]:
    """Check a password and issue a session token; the same error for every failure.

    While a `throttle` key is locked the password is not even checked; every refused
    attempt counts against every key. The caller commits after a failure too.
    """
    now = utcnow()
    try:
        check_not_locked(session, keys=throttle, now=now)
    except LoginThrottled:
        record_failure(session, keys=throttle, now=now)
        raise
    user = session.exec(select(User).where(User.username == username)).first()
    if user is None or not user.is_active:
        credentials.burn_password_time(password)
        record_failure(session, keys=throttle, now=now)
        raise InvalidCredentials("Wrong username or password.")
    if not credentials.verify_password(password, user.password_hash):
        record_failure(session, keys=throttle, now=now)
        raise InvalidCredentials("Wrong username or password.")
    for key in throttle:
        if key.scope == "account":
            clear_failures(session, key=key)
    token, expires_at = issue_session_token(session, user=user, hours=hours)
    return user, token, expires_at


def issue_session_token(session: Session, *, user: User, hours: int) -> tuple[str, datetime]:
    user_id = id_of(user)
    return _issue_token(session, user_id=user_id, lifetime=timedelta(hours=hours))


def _issue_token(
    session: Session, *, user_id: int, lifetime: timedelta, device_id: str | None = None
) -> tuple[str, datetime]:
    token = credentials.new_token()
    expires_at = utcnow() + lifetime
    session.add(
        AccessToken(
            token_hash=credentials.digest(token),
            user_id=user_id,
            device_id=device_id,
            expires_at=expires_at,
        )
    )
    session.flush()
    return token, expires_at


def authenticate_token(session: Session, token: str) -> Principal:
    """The principal behind a bearer token, or Unauthenticated.

    Checked on every request, so revoking a device or a token takes effect at once.
    """
    now = utcnow()
    row = session.exec(
        select(AccessToken, User)
        .join(User, col(User.id) == col(AccessToken.user_id))
        .where(AccessToken.token_hash == credentials.digest(token))
    ).first()
    if row is None:
        raise Unauthenticated("Invalid token.")
    access, user = row
    if access.revoked_at is not None or access.expires_at <= now or not user.is_active:
        raise Unauthenticated("Token expired or revoked.")
    device = None
    if access.device_id is not None:
        device = session.get(Device, access.device_id)
        if device is None or device.revoked_at is not None:
            raise Unauthenticated("This device was revoked.", reason="device_revoked")
        # A tablet works only while its person is an enumerator in its study.
        if get_role(session, study_id=device.study_id, user_id=user.id or 0) != Role.enumerator:
            raise Unauthenticated(
                "This tablet's enumerator no longer works in its study.",
                reason="membership_ended",
            )
    access_id = id_of(access)
    return Principal(user=user, token_id=access_id, device=device)


def revoke_token(session: Session, *, token_id: int) -> None:
    access = session.get(AccessToken, token_id)
    if access is not None and access.revoked_at is None:
        access.revoked_at = utcnow()
        session.add(access)
        session.flush()


def create_enrollment_code(
    session: Session, *, study: Study, enumerator: User, created_by: User, minutes: int
) -> tuple[str, EnrollmentCode]:
    study_id = id_of(study)
    enumerator_id = id_of(enumerator)
    created_by_id = id_of(created_by)
    code = credentials.new_enrollment_code()
    row = EnrollmentCode(
        code_hash=credentials.enrollment_code_digest(code),
        study_id=study_id,
        user_id=enumerator_id,
        created_by_id=created_by_id,
        expires_at=utcnow() + timedelta(minutes=minutes),
    )
    session.add(row)
    session.flush()
    return code, row


def enroll_device(
    session: Session, *, code: str, label: str, token_days: int
) -> tuple[Device, str, EnrollmentCode]:
    """Exchange a one-time code for a device bound to its enumerator, and a device token."""
    now = utcnow()
    row = session.exec(
        select(EnrollmentCode)
        .where(EnrollmentCode.code_hash == credentials.enrollment_code_digest(code))
        .with_for_update()
    ).first()
    if row is None or row.used_at is not None or row.expires_at <= now:
        # One message for unknown, used and expired: no oracle for guessing codes.
        raise EnrollmentCodeInvalid("This enrollment code is not valid. Ask for a new one.")
    device = Device(id=str(uuid.uuid4()), study_id=row.study_id, user_id=row.user_id, label=label)
    session.add(device)
    session.flush()
    row.used_at, row.device_id = now, device.id
    session.add(row)
    token, _ = _issue_token(
        session, user_id=row.user_id, lifetime=timedelta(days=token_days), device_id=device.id
    )
    return device, token, row


def get_device(session: Session, *, study_id: int, device_id: str) -> Device:
    device = session.get(Device, device_id)
    if device is None or device.study_id != study_id:
        raise NotFound("No such device.")
    return device


def revoke_device(session: Session, *, device: Device) -> None:
    if device.revoked_at is None:
        device.revoked_at = utcnow()
        session.add(device)
        session.flush()


def list_devices(session: Session, *, study_id: int) -> list[tuple[Device, User]]:
    rows = session.exec(
        select(Device, User)
        .join(User, col(User.id) == col(Device.user_id))
        .where(Device.study_id == study_id)
        .order_by(col(Device.created_at))
    )
    return [(d, u) for d, u in rows]


def get_user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound("No such user.")
    return user
