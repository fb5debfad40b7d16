"""Every table model, imported in one place for alembic and the app."""

from accounts.models import (
    AccessToken,
    AuditEvent,
    Device,
    EnrollmentCode,
    Membership,
    Study,
    User,
)

__all__ = ["AccessToken", "AuditEvent", "Device", "EnrollmentCode", "Membership", "Study", "User"]
