"""Read the interviews an export covers, in id order and in batches (bounded memory).

What is left out, and why (docs/exports.md):
- withdrawn: erased at withdrawal, so never read; an incremental export lists the
  ones withdrawn since its cursor;
- quarantined: items in the quarantine queue were never accepted; they are counted;
- in conflict: an interview with an open sync conflict is left out until a
  supervisor resolves it (its answers are disputed);
- not approved: left out when the export asks for approved interviews only.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from core.errors import DomainError
from exports.rows import Record
from interviews.store import InterviewFilter, select_interviews
from monitor.derive import correct_times
from privacy.keys import KeyRing, pseudonymize
from review.models import ReviewState, SubmissionReview
from sync.models import QuarantineItem, Submission, SubmissionRevision, Tombstone

BATCH = 500


class ExportCursorInvalid(DomainError):
    code = "export.cursor_invalid"


_PREFIX = "x1:"


def encode_since(at: datetime) -> str:
    """The cursor an export gives back: the server time it started reading."""
    return base64.urlsafe_b64encode(f"{_PREFIX}{at.isoformat()}".encode()).decode().rstrip("=")


def decode_since(cursor: str | None) -> datetime | None:
    if not cursor:
        return None
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        if not text.startswith(_PREFIX):
            raise ValueError
        at = datetime.fromisoformat(text[len(_PREFIX) :])
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise ExportCursorInvalid("This cursor is not one an export gave.") from None
    if at.tzinfo is None:
        raise ExportCursorInvalid("This cursor is not one an export gave.")
    return at


@dataclass(frozen=True, slots=True)
class Selection:
    study_id: int
    form_id: str
    filters: InterviewFilter
    approved_only: bool = False
    since: datetime | None = None


@dataclass(slots=True)
class Exclusions:
    in_conflict: int = 0
    not_approved: int = 0
    quarantined: int = 0
    withdrawn_since: list[dict[str, Any]] = field(default_factory=list)


def _changed_since(since: datetime) -> Any:
    reviewed = (
        sa.select(col(SubmissionReview.submission_pk))
        .where(col(SubmissionReview.updated_at) >= since)
        .scalar_subquery()
    )
    return sa.or_(col(Submission.updated_at) >= since, col(Submission.id).in_(reviewed))


def _base(selection: Selection) -> Any:
    filters = replace(selection.filters, form_id=selection.form_id)
    query = select_interviews(study_id=selection.study_id, filters=filters)
    if selection.since is not None:
        query = query.where(_changed_since(selection.since))
    return query


def count_exclusions(session: Session, selection: Selection) -> Exclusions:
    """How many interviews the filters matched but the export leaves out, and why."""
    base = _base(selection).subquery()
    conflicts = session.execute(
        sa.select(sa.func.count()).select_from(base).where(base.c.is_conflicting)
    ).scalar_one()
    not_approved = 0
    if selection.approved_only:
        not_approved = session.execute(
            sa.select(sa.func.count())
            .select_from(base)
            .where(~base.c.is_conflicting, base.c.review_state != ReviewState.approved.value)
        ).scalar_one()
    quarantine = select(sa.func.count()).where(
        QuarantineItem.study_id == selection.study_id,
        QuarantineItem.form_id == selection.form_id,
        col(QuarantineItem.is_open),
    )
    if selection.since is not None:
        quarantine = quarantine.where(col(QuarantineItem.received_at) >= selection.since)
    out = Exclusions(conflicts, not_approved, session.exec(quarantine).one())
    if selection.since is not None:
        tombstones = session.exec(
            select(Tombstone)
            .where(
                Tombstone.study_id == selection.study_id,
                col(Tombstone.created_at) >= selection.since,
            )
            .order_by(col(Tombstone.id))
        )
        out.withdrawn_since = [
            {"instance_id": t.instance_id, "KEY": f"uuid:{t.instance_id}", "at": t.created_at}
            for t in tombstones
        ]
    return out


def _edits(session: Session, ids: list[int]) -> dict[int, int]:
    rows = session.execute(
        sa.select(col(SubmissionRevision.submission_pk), sa.func.count())
        .where(col(SubmissionRevision.submission_pk).in_(ids))
        # Server merges are bookkeeping, not edits; which of them exist on a server
        # depends on arrival order, and the export must not (docs/reconciliation.md).
        .where(col(SubmissionRevision.kind) != "merge")
        .group_by(col(SubmissionRevision.submission_pk))
    ).all()
    return {pk: max(0, n - 1) for pk, n in rows}


def enumerator_pseudonym(user_id: int, ring: KeyRing) -> str:
    """A stable keyed pseudonym for an enumerator (never the account name)."""
    return pseudonymize(str(user_id), entity="other", key=ring.current_key, key_id="enum")


def iter_records(
    session: Session, selection: Selection, *, ring: KeyRing, batch: int = BATCH
) -> Iterator[Record]:
    """The exported interviews in id order, `batch` rows per query (a keyset seek each)."""
    last = 0
    names: dict[int, str] = {}
    while True:
        page = session.execute(
            _base(selection)
            .where(col(Submission.id) > last)
            .order_by(col(Submission.id))
            .limit(batch)
        ).all()
        if not page:
            return
        last = page[-1][0].id
        edits = _edits(session, [r[0].id for r in page])
        for row in page:
            submission, state, conflicting = row[0], row[3], bool(row[4])
            if conflicting:
                continue
            if selection.approved_only and state != ReviewState.approved.value:
                continue
            uid = submission.enumerator_id
            if uid not in names:
                names[uid] = enumerator_pseudonym(uid, ring)
            yield _record(submission, state, edits.get(submission.id, 0), names[uid])


def _record(s: Submission, state: str, edits: int, enumerator: str) -> Record:
    timing = correct_times(
        started_at=s.started_at,
        ended_at=s.ended_at,
        clock_offset_s=s.clock_offset_s,
        received_at=s.received_at,
    )
    return Record(
        instance_id=s.instance_id,
        form_version=s.form_version,
        data=s.data,
        received_at=s.received_at,
        review_state=state,
        edits=edits,
        device_id=s.device_id,
        village=s.village,
        enumerator=enumerator,
        started_at=timing.started_at,
        ended_at=timing.ended_at,
        flags=tuple(s.flags),
    )


def count_selected(session: Session, selection: Selection) -> int:
    """How many interviews the filters match (an upper bound of the exported ones)."""
    base = _base(selection).subquery()
    return int(session.execute(sa.select(sa.func.count()).select_from(base)).scalar_one())
