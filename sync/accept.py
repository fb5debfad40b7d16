"""Correct a quarantined item and accept it into the study, through the push's own steps.

The version: the item's own when it was published (a closed form too: closing stops
tablets, not a supervisor's decision), else the form's current version. The answers:
the stored (anonymized) ones with the supervisor's corrections, validated by the
push's validator, anonymized by the push's anonymizer with the study's keys (a typed
direct identifier is pseudonymized or dropped, typed free text is scrubbed), then
written by `sync.pipeline.store_item` as an item of a one-item batch from the item's
own tablet: a new interview, or a branch of a stored one (no known base) that is
merged or queued as a conflict like any late edit. Nothing typed is stored raw.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from accounts.models import Device, Study, User
from core.errors import DomainError, InvalidInput, NotFound
from core.metadata import utcnow
from forms.models import Form, FormState, FormVersion
from forms.schema import field_specs
from forms.validators import get_validator
from holds.store import attach_quarantined
from privacy import KeyRing, anonymize_submission
from sync import store
from sync.answers import load_gazetteer
from sync.corrections import (
    CorrectionRefused,
    apply_corrections,
    is_waived,
    keeps_stored,
    leaves,
    parse_corrections,
    pseudonyms_in,
    set_at,
)
from sync.models import QuarantineItem, Submission, SubmissionRevision
from sync.pipeline import store_item
from sync.plan import BatchFacts, Envelope, FormVersionRef, PreparedItem
from sync.revisions import content_hash
from sync.sanitize import form_shape, sanitize_answers


class QuarantineClosed(DomainError):
    """The quarantined item was accepted already (or dismissed, for an accept): nothing changed."""

    code = "quarantine.closed"


class NoFormVersion(DomainError):
    """The item's form does not exist or has no published version to accept its answers into."""

    code = "quarantine.no_form_version"


class AnswersInvalid(DomainError):
    """The corrected answers do not fit the form; `errors` points to each, without values."""

    code = "quarantine.answers_invalid"


class Withdrawn(DomainError):
    """The interviewee withdrew consent: the item cannot be accepted (dismiss it)."""

    code = "quarantine.withdrawn"


@dataclass(frozen=True, slots=True)
class Accepted:
    instance_id: str
    form_id: str
    form_version: int
    outcome: str  # created, merged, conflict, updated or duplicate: as the push says
    rev: str | None
    conflict_id: int | None


def get_quarantined(session: Session, *, study_id: int, quarantine_id: int) -> QuarantineItem:
    row = session.get(QuarantineItem, quarantine_id)
    if row is None or row.study_id != study_id:
        raise NotFound("No such quarantined item.")
    return row


def target_version(session: Session, *, item: QuarantineItem) -> tuple[Form, FormVersion]:
    """The item's own version if it was published, else its form's current version."""
    found = store.get_form_version(
        session, study_id=item.study_id, form_id=item.form_id, version=item.form_version or 0
    )
    if found is None:
        raise NoFormVersion("The study has no form with this id: publish it, or dismiss.")
    form, version = found
    if (version is None or form.state == FormState.draft) and form.current_version is not None:
        version = session.exec(
            select(FormVersion).where(
                col(FormVersion.form_pk) == form.id,
                col(FormVersion.version) == form.current_version,
            )
        ).first()
    if version is None or form.state == FormState.draft:
        raise NoFormVersion("The form has no published version to accept answers into.")
    return form, version


def dismiss_quarantined(session: Session, *, item: QuarantineItem) -> QuarantineItem:
    """Close an item after looking at it (it stays stored; nothing is deleted)."""
    if item.outcome == "accepted":
        raise QuarantineClosed("This item was accepted into the study already.")
    if not item.is_open:
        return item  # dismissed already: dismissing again changes nothing
    item.is_open, item.outcome, item.closed_at = False, "dismissed", utcnow()
    session.add(item)
    session.flush()
    return item


def accept_quarantined(
    session: Session,
    *,
    study: Study,
    item: QuarantineItem,
    changes: Mapping[str, Any],
    keys: KeyRing,
    user: User,
) -> Accepted:
    """Correct the item's answers, accept them as an interview (or a revision), close it."""
    if not item.is_open:
        raise QuarantineClosed("This item was already dismissed or accepted.")
    assert study.id is not None and study.id == item.study_id
    if store.tombstoned(session, study_id=study.id, instance_ids=[item.instance_id]):
        raise Withdrawn("The interviewee withdrew consent: this item cannot be accepted.")
    form, version = target_version(session, item=item)
    data, pseudonyms = correct_answers(
        session, item=item, version=version, changes=changes, keys=keys
    )
    if form.id is None:
        raise NoFormVersion("The form has no published version to accept answers into.")
    prepared = PreparedItem(
        index=0,
        envelope=Envelope(
            instance_id=item.instance_id,
            form_id=form.form_id,
            form_version=version.version,
            base_rev=None,  # what the tablet built on was not kept: merged as a branch
            started_at=None,
            ended_at=None,
            attachments=(),
        ),
        data=data,
        content=content_hash(form_id=form.form_id, form_version=version.version, data=data),
        pseudonyms=tuple(pseudonyms),
        form=FormVersionRef(form.id, form.form_id, version.version, version.etag, version.document),
    )
    device = session.get(Device, item.device_id)
    assert device is not None  # devices are revoked, never deleted
    batch_id, now = str(uuid.uuid4()), utcnow()
    facts = BatchFacts(
        study_id=study.id,
        device_id=device.id,
        enumerator_id=device.user_id,
        batch_id=batch_id,
        now=now,
        clock_offset_s=None,
        fieldwork_start=study.fieldwork_start,
    )
    with session.begin_nested():
        receipt = store_item(session, facts=facts, item=prepared).as_json()
    _sign(session, batch_id=batch_id, user=user)
    item.is_open, item.outcome, item.closed_at = False, "accepted", now
    item.accepted_rev = receipt.get("branch_rev") or receipt.get("rev")
    _attach_holds(session, item=item)
    session.add(item)
    session.flush()
    return Accepted(
        instance_id=item.instance_id,
        form_id=form.form_id,
        form_version=version.version,
        outcome=receipt["outcome"],
        rev=receipt.get("rev"),
        conflict_id=receipt.get("conflict_id"),
    )


def correct_answers(
    session: Session,
    *,
    item: QuarantineItem,
    version: FormVersion,
    changes: Mapping[str, Any],
    keys: KeyRing,
) -> tuple[dict[str, Any], list[str]]:
    """The corrected answers, validated and anonymized; problems point, never quote."""
    document = version.document
    specs = {spec.path: spec for spec in field_specs(document)}
    try:
        corrections = parse_corrections(changes)
        merged = apply_corrections(item.data, corrections, specs=specs)
    except CorrectionRefused as refused:
        raise InvalidInput(
            "A correction names no answer of the form, or is not {'value': …} or {'remove': true}.",
            corrections=[refused.position],
        ) from None
    answers = sanitize_answers(merged, form_shape(document), key=keys.current_key)
    corrected = [c.pointer for c in corrections]
    recorded = [str(p.get("pointer", "")) for p in item.problems]
    same = item.form_version == version.version and item.reason != "form.version_unknown"
    validator = get_validator(version.etag, version.version, document)
    problems = [
        {"pointer": p.pointer, "code": p.code, "message": p.message}
        for p in validator.validation_errors(answers)
        if not is_waived(
            p.pointer,
            answers,
            specs=specs,
            corrected=corrected,
            recorded=recorded,
            same_version=same,
        )
    ]
    if problems:
        raise AnswersInvalid("Some answers still do not fit the form.", errors=problems)
    gazetteer = load_gazetteer(store.get_gazetteer(session, study_id=item.study_id), keys)
    out = anonymize_submission(answers, tuple(specs.values()), keys=keys, gazetteer=gazetteer).data
    for pointer, path, value in leaves(answers, specs):
        if keeps_stored(
            pointer, path, specs=specs, corrected=corrected, recorded=recorded, same_version=same
        ):
            set_at(out, pointer, value)
    return out, pseudonyms_in(out, specs)


def _attach_holds(session: Session, *, item: QuarantineItem) -> None:
    """The item's held spans stand beside the revision the acceptance wrote, to be decided."""
    pk = session.exec(
        select(Submission.id).where(
            Submission.study_id == item.study_id, Submission.instance_id == item.instance_id
        )
    ).first()
    if pk is not None and item.id is not None and item.accepted_rev:
        attach_quarantined(session, quarantine_id=item.id, submission_pk=pk, rev=item.accepted_rev)


def _sign(session: Session, *, batch_id: str, user: User) -> None:
    """Name the supervisor as the author of the revision the acceptance wrote."""
    session.execute(
        sa.update(SubmissionRevision)
        .where(col(SubmissionRevision.batch_id) == batch_id)
        .values(author_id=user.id)
    )
