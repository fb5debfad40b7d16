"""Every table model, imported in one place for alembic and the app."""

from accounts.models import (
    AccessToken,
    AuditEvent,
    Community,
    Device,
    EnrollmentCode,
    Membership,
    Study,
    StudyGazetteer,
    StudyKey,
    User,
)
from attachments.models import AttachmentBlob, AttachmentUpload  # noqa: F401  (registers tables)
from exports.jobs_models import ExportJob
from feed.models import FeedCounter, FeedEntry
from forms.models import Form, FormAssignment, FormVersion
from holds.models import DecidedSpan, HeldSpan
from monitor.models import (
    FieldAssignment,
    MonitorWatermark,
    StreamTicket,
    StudyTarget,
    SubmissionMetric,
)
from review.models import ReviewEvent, SubmissionReview
from sync.models import (
    QuarantineItem,
    Submission,
    SubmissionRevision,
    SyncBatch,
    SyncConflict,
    Tombstone,
)

__all__ = [
    "AccessToken",
    "AuditEvent",
    "Community",
    "DecidedSpan",
    "Device",
    "EnrollmentCode",
    "ExportJob",
    "FeedCounter",
    "FeedEntry",
    "FieldAssignment",
    "Form",
    "FormAssignment",
    "FormVersion",
    "HeldSpan",
    "Membership",
    "MonitorWatermark",
    "QuarantineItem",
    "ReviewEvent",
    "StreamTicket",
    "Study",
    "StudyGazetteer",
    "StudyKey",
    "StudyTarget",
    "Submission",
    "SubmissionMetric",
    "SubmissionReview",
    "SubmissionRevision",
    "SyncBatch",
    "SyncConflict",
    "Tombstone",
    "User",
]
