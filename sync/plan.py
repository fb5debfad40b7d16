"""Pure: the typed stages of a push, from a prepared item to the rows to write.

    prepare  -> PreparedItem | RefusedItem      (anonymized; nothing raw)
    load     -> BatchState                      (what the server holds for the batch)
    decide   -> Decision(receipt, write)        (sync/decide.py, pure)
    write    -> the writes applied, ids filled  (sync/write.py)

Every stage is a frozen value: no step fills in another step's object.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from forms.spec import ConflictPolicy
from sync.receipts import Receipt


@dataclass(frozen=True, slots=True)
class FormVersionRef:
    """A published form version as the push needs it."""

    form_pk: int
    form_id: str
    version: int
    etag: str
    document: Mapping[str, Any]

    @property
    def conflict_policy(self) -> ConflictPolicy:
        policy: ConflictPolicy = self.document.get("x-form", {}).get("conflict_policy", "manual")
        return policy


@dataclass(frozen=True, slots=True)
class Envelope:
    """An item's protocol fields, without its answers: what is kept of it after prepare."""

    instance_id: str
    form_id: str  # as stored: an unknown id that does not read as a name is `<unknown>`
    form_version: int
    base_rev: str | None
    started_at: datetime | None
    ended_at: datetime | None
    attachments: tuple[str, ...]  # sha256 of the declared files, sorted, unique


@dataclass(frozen=True, slots=True)
class PreparedItem:
    """One item validated against its exact version and anonymized."""

    index: int
    envelope: Envelope
    data: dict[str, Any]
    content: str
    pseudonyms: tuple[str, ...]
    form: FormVersionRef | None  # None: the server does not know this form version
    quarantine: str | None = None  # form.unknown, form.version_unknown, form.closed…
    problems: tuple[dict[str, Any], ...] = ()
    holds: tuple[Mapping[str, Any], ...] = ()  # spans held for privacy review, sealed
    # What `content` was before a remembered review decision changed the answers ("").
    content_before_decisions: str = ""


@dataclass(frozen=True, slots=True)
class RefusedItem:
    """An item not looked at further: it breaks the protocol, or preparing it failed."""

    index: int
    instance_id: str  # empty when the one sent was malformed
    code: str  # sync.item_invalid or sync.retry
    problems: tuple[dict[str, Any], ...] = ()


Item = PreparedItem | RefusedItem


@dataclass(frozen=True, slots=True)
class StoredRevision:
    rev: str
    parent_rev: str | None
    data: Mapping[str, Any]
    content_hash: str
    kind: str  # tablet, merge or resolution
    merged_revs: tuple[str, ...] = ()
    device_id: str = ""


@dataclass(frozen=True, slots=True)
class StoredSubmission:
    """What the server holds for one interview, with every revision (in storage order)."""

    pk: int
    instance_id: str
    form_id: str  # the form's own id (content hashes use it), not its row id
    form_version: int
    enumerator_id: int
    head_rev: str
    content_hash: str
    flags: tuple[str, ...]
    pseudonyms: tuple[str, ...]
    attachments: tuple[str, ...]
    revisions: tuple[StoredRevision, ...]
    open_conflict_id: int | None = None

    @property
    def revs(self) -> frozenset[str]:
        return frozenset(r.rev for r in self.revisions)


@dataclass(frozen=True, slots=True)
class BatchFacts:
    """Who sent the batch and when, by the server's clock."""

    study_id: int
    device_id: str
    enumerator_id: int
    batch_id: str
    now: datetime
    clock_offset_s: float | None
    fieldwork_start: date | None = None


@dataclass(frozen=True, slots=True)
class BatchState:
    """What the server holds that the batch's decisions depend on, loaded once."""

    submissions: Mapping[str, StoredSubmission] = field(default_factory=dict)
    tombstoned: frozenset[str] = frozenset()
    quarantined: Mapping[tuple[str, str], int] = field(default_factory=dict)  # (id, hash)
    owners: Mapping[str, int] = field(default_factory=dict)  # device id -> its person
    stored_blobs: frozenset[str] = frozenset()


# --- the write plan -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NewRevision:
    rev: str
    parent_rev: str | None
    form_version: int
    content_hash: str
    data: Mapping[str, Any]
    kind: str = "tablet"
    merged_revs: tuple[str, ...] = ()
    holds: tuple[Mapping[str, Any], ...] = ()  # stored beside it (holds/), sealed


@dataclass(frozen=True, slots=True)
class ConflictRecord:
    """The one open conflict row of an interview, as it must be after the edit."""

    server_rev: str
    tablet_rev: str
    fields: tuple[dict[str, Any], ...]


@dataclass(frozen=True, slots=True)
class HeadChange:
    """A stored interview's new state, recomputed from the set of its revisions."""

    head_rev: str
    data: Mapping[str, Any]
    content_hash: str
    flags: tuple[str, ...]
    merge: NewRevision | None  # a clean merge of several leaves, stored to build on
    conflict: ConflictRecord | None  # None: no open conflict is left
    held: frozenset[str]  # revisions waiting for their parent


@dataclass(frozen=True, slots=True)
class Create:
    """A new interview and its first revision."""

    row: Mapping[str, Any]
    revision: NewRevision


@dataclass(frozen=True, slots=True)
class Revise:
    """An edit of a stored interview: its revision, and the head recomputed with it."""

    submission: StoredSubmission
    revision: NewRevision
    form_version: int
    pseudonyms: tuple[str, ...]
    attachments: tuple[str, ...]
    head: HeadChange
    announce: tuple[int, ...]  # a merge the tablets must pull: to these people


@dataclass(frozen=True, slots=True)
class Quarantine:
    row: Mapping[str, Any]
    holds: tuple[Mapping[str, Any], ...] = ()  # stored beside it (holds/), sealed


@dataclass(frozen=True, slots=True)
class NoWrite:
    """A replay, a duplicate, a refusal: nothing to write."""


Write = Create | Revise | Quarantine | NoWrite


@dataclass(frozen=True, slots=True)
class Decision:
    index: int
    receipt: Receipt
    write: Write
