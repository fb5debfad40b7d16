"""Tablets as study admins handle them: enrollment codes, enrollment, revocation."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from accounts import store
from accounts.models import Device, EnrollmentCode, Role, Study, User
from core.errors import InvalidInput
from core.ids import id_of


@dataclass(frozen=True, slots=True)
class IssuedCode:
    """A one-time enrollment code (shown once), its row, and the enumerator it is for."""

    code: str
    row: EnrollmentCode
    enumerator: User


@dataclass(frozen=True, slots=True)
class Enrolled:
    """A newly enrolled tablet, its token (shown once) and its study."""

    device: Device
    token: str
    study: Study


def issue_enrollment_code(
    session: Session, *, study: Study, enumerator: str, created_by: User, minutes: int
) -> IssuedCode:
    """A one-time, expiring code that enrolls a tablet for one of the study's enumerators."""
    study_id = id_of(study)
    # Only the study's own members are looked up: a name from outside the study gets
    # the same 404 as one that does not exist.
    user, role = store.get_member(session, study_id=study_id, username=enumerator)
    if role != Role.enumerator:
        raise InvalidInput("That person is not an enumerator in this study.")
    code, row = store.create_enrollment_code(
        session, study=study, enumerator=user, created_by=created_by, minutes=minutes
    )
    return IssuedCode(code=code, row=row, enumerator=user)


def enroll_device(session: Session, *, code: str, label: str, token_days: int) -> Enrolled:
    """Exchange an enrollment code for a device and its token."""
    device, token, _ = store.enroll_device(session, code=code, label=label, token_days=token_days)
    return Enrolled(device=device, token=token, study=get_device_study(session, device))


def revoke_device(session: Session, *, study_id: int, device_id: str) -> Device:
    """Revoke one of the study's tablets: its token stops working at once."""
    device = store.get_device(session, study_id=study_id, device_id=device_id)
    store.revoke_device(session, device=device)
    return device


def get_device_study(session: Session, device: Device) -> Study:
    """The study a tablet is enrolled in."""
    study = session.get(Study, device.study_id)
    assert study is not None  # studies are never deleted under their devices
    return study
