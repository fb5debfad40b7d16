"""Every table model, imported in one place for alembic and the app."""

from accounts.models import (
    AccessToken,
    AuditEvent,
    Community,
    Device,
    EnrollmentCode,
    Membership,
    Study,
    StudyKey,
    User,
)
from forms.models import Form, FormAssignment, FormVersion
from sync.models import (
    QuarantineItem,
    Submission,
    SubmissionRevision,
    SyncBatch,
    SyncConflict,
    Tombstone,
)
from sync.upload_models import AttachmentBlob, AttachmentUpload  # noqa: F401  (registers tables)

__all__ = [
    "AccessToken",
    "AuditEvent",
    "Community",
    "Device",
    "EnrollmentCode",
    "Form",
    "FormAssignment",
    "FormVersion",
    "Membership",
    "QuarantineItem",
    "Study",
    "StudyKey",
    "Submission",
    "SubmissionRevision",
    "SyncBatch",
    "SyncConflict",
    "Tombstone",
    "User",
]
