"""Pure: the answer a tablet gets for each pushed item, one type per outcome.

The wire shape is documented in docs/sync-protocol.md and in OpenAPI
(`api/routes/sync.py:PushReceipt`): `instance_id`, `outcome`, `code`, `rev`,
`missing_attachments`, and the extra fields an outcome carries. Ids the database
assigns (a conflict's, a quarantined item's) are filled in by the writer.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, ClassVar

from sync.intake import ITEM_INVALID, Outcome

RETRY = "sync.retry"
WITHDRAWN = "withdrawn"
RETRY_DETAIL = "A temporary failure on the server. Send it again."
# Outcomes of an item that is on the server now: its declared files are worth uploading.
STORED: frozenset[Outcome] = frozenset({"created", "updated", "duplicate", "merged", "conflict"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Receipt:
    """What every receipt holds; a refused item's id is echoed only when well formed."""

    outcome: ClassVar[Outcome]
    instance_id: str | None
    code: str
    rev: str | None = None
    missing_attachments: tuple[str, ...] = ()
    detail: str | None = None

    def as_json(self) -> dict[str, Any]:
        """The receipt as sent: optional fields appear only when they have a value."""
        out: dict[str, Any] = {
            "instance_id": self.instance_id or None,
            "outcome": self.outcome,
            "code": self.code,
            "rev": self.rev,
            "missing_attachments": list(self.missing_attachments),
        }
        for name in _EXTRA:
            value = getattr(self, name, None)
            if value is not None:
                out[name] = list(value) if isinstance(value, tuple) else value
        return out

    def with_missing(self, missing: tuple[str, ...]) -> Receipt:
        return replace(self, missing_attachments=missing)


_EXTRA = ("detail", "branch_rev", "conflict_id", "quarantine_id", "problems")


@dataclass(frozen=True, slots=True, kw_only=True)
class Created(Receipt):
    outcome: ClassVar[Outcome] = "created"


@dataclass(frozen=True, slots=True, kw_only=True)
class Duplicate(Receipt):
    outcome: ClassVar[Outcome] = "duplicate"


@dataclass(frozen=True, slots=True, kw_only=True)
class Updated(Receipt):
    outcome: ClassVar[Outcome] = "updated"


@dataclass(frozen=True, slots=True, kw_only=True)
class Merged(Receipt):
    """A clean merge (`branch_rev` is the edit's own) or an edit held for its parent."""

    outcome: ClassVar[Outcome] = "merged"
    branch_rev: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Conflicted(Receipt):
    outcome: ClassVar[Outcome] = "conflict"
    branch_rev: str
    conflict_id: int | None = None  # assigned by the writer


@dataclass(frozen=True, slots=True, kw_only=True)
class Quarantined(Receipt):
    outcome: ClassVar[Outcome] = "quarantined"
    problems: tuple[dict[str, Any], ...] = ()
    quarantine_id: int | None = None  # assigned by the writer


@dataclass(frozen=True, slots=True, kw_only=True)
class Rejected(Receipt):
    outcome: ClassVar[Outcome] = "rejected"
    problems: tuple[dict[str, Any], ...] | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Retry(Receipt):
    outcome: ClassVar[Outcome] = "retry"


def retry(instance_id: str | None) -> Retry:
    """The receipt of an item that failed unexpectedly: the tablet sends it again."""
    return Retry(instance_id=instance_id, code=RETRY, detail=RETRY_DETAIL)


def rejected(instance_id: str | None, code: str, problems: list[dict[str, Any]]) -> Rejected:
    if code == ITEM_INVALID:
        detail = "This item does not follow the sync protocol (see problems). Keep it."
        return Rejected(instance_id=instance_id, code=code, detail=detail, problems=tuple(problems))
    detail = "The interviewee withdrew consent. Delete this interview."
    return Rejected(instance_id=instance_id, code=code, detail=detail)


QUARANTINE_DETAIL = {
    "form.unknown": "This form is not known on the server.",
    "form.version_unknown": "This version of the form was never published.",
    "form.closed": "This form is closed.",
    "answer.invalid": "Some answers do not fit the form.",
}
