"""The conflict queue: list open conflicts, and resolve one into a new revision.

A resolution is a revision like any other (kind "resolution"), made on the winning
head and closing every other leaf, so tablets and later reconciliations treat it
exactly as they treat a merge. What a supervisor types is anonymized first: free
text is scrubbed, and a direct identifier can only be chosen, never typed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlmodel import Session, col, select

from accounts.models import User
from core.errors import Conflict, InvalidInput, NotFound
from core.metadata import utcnow
from forms.models import Form, FormVersion
from forms.schema import field_specs
from forms.spec import EACH_ITEM, FieldSpec
from privacy import ScrubContext, scrub_free_text
from sync import branches
from sync.branches import form_id_of
from sync.history import (
    Choice,
    TypedValue,
    apply_resolution,
    make_merge_revision,
    reconcile_history,
)
from sync.merge import ABSENT
from sync.models import Submission, SubmissionRevision, SyncConflict
from sync.revisions import content_hash


def list_open_conflicts(
    session: Session,
    *,
    study_id: int,
    form_id: str | None = None,
    village: str | None = None,
    enumerator_id: int | None = None,
) -> list[tuple[SyncConflict, Submission, Form]]:
    query = (
        select(SyncConflict, Submission, Form)
        .join(Submission, col(Submission.id) == col(SyncConflict.submission_pk))
        .join(Form, col(Form.id) == col(Submission.form_pk))
        .where(SyncConflict.study_id == study_id, col(SyncConflict.is_open).is_(True))
        .order_by(col(SyncConflict.id))
    )
    if form_id:
        query = query.where(Form.form_id == form_id)
    if village:
        query = query.where(Submission.village == village)
    if enumerator_id is not None:
        query = query.where(Submission.enumerator_id == enumerator_id)
    return [(c, s, f) for c, s, f in session.exec(query)]


def get_conflict(
    session: Session, *, study_id: int, conflict_id: int
) -> tuple[SyncConflict, Submission]:
    conflict = session.get(SyncConflict, conflict_id)
    if conflict is None or conflict.study_id != study_id:
        raise NotFound("No such conflict.")
    submission = session.get(Submission, conflict.submission_pk)
    assert submission is not None
    return conflict, submission


def _spec_for(
    pointer: str, specs: Mapping[tuple[str, ...], FieldSpec], data: Any
) -> FieldSpec | None:
    """The field spec of a pointer whose repeat segments are item ids."""
    path: list[str] = []
    node = data
    for segment in pointer.strip("/").split("/"):
        if isinstance(node, list):
            path.append(EACH_ITEM)
            node = next(
                (i for i in node if isinstance(i, dict) and i.get("_item_id") == segment), None
            )
        else:
            path.append(segment)
            node = node.get(segment) if isinstance(node, dict) else None
    return specs.get(tuple(path))


def _clean_choices(
    choices: Mapping[str, Any], *, specs: Mapping[tuple[str, ...], FieldSpec], data: Any
) -> dict[str, Choice]:
    clean: dict[str, Choice] = {}
    for pointer, choice in choices.items():
        if choice in ("ours", "theirs", "base"):
            clean[pointer] = choice
            continue
        if not isinstance(choice, dict) or set(choice) - {"value", "remove"}:
            raise InvalidInput(
                f"Choose ours, theirs, base, or give {{'value': ...}} for {pointer}."
            )
        spec = _spec_for(pointer, specs, data)
        if spec is not None and spec.privacy == "direct":
            raise InvalidInput(
                f"{pointer} holds a direct identifier: choose a side, do not type it."
            )
        value = ABSENT if choice.get("remove") else choice.get("value")
        if isinstance(value, str) and (spec is None or spec.privacy in ("free_text", "quasi")):
            value = scrub_free_text(value, context=ScrubContext())
        clean[pointer] = TypedValue(value)
    return clean


def resolve_conflict(
    session: Session,
    *,
    conflict: SyncConflict,
    submission: Submission,
    choices: Mapping[str, Any],
    user: User,
) -> Submission:
    """Turn a supervisor's per-field choices into a resolution revision and close the conflict."""
    if not conflict.is_open:
        raise Conflict("This conflict was already resolved.")
    assert submission.id is not None
    version = session.exec(
        select(FormVersion).where(
            FormVersion.form_pk == submission.form_pk,
            FormVersion.version == submission.form_version,
        )
    ).one()
    specs = {s.path: s for s in field_specs(version.document)}
    rows = branches.load_revisions(session, submission.id)
    revisions, _ = branches.connected_revisions(rows)
    reconciled = reconcile_history(revisions, policy="manual")
    try:
        answers = apply_resolution(
            reconciled, _clean_choices(choices, specs=specs, data=reconciled.answers)
        )
    except ValueError as exc:
        raise InvalidInput(str(exc)) from None
    content = content_hash(
        form_id=form_id_of(session, submission), form_version=submission.form_version, data=answers
    )
    resolution = make_merge_revision(reconciled, answers, content=content)
    session.add(
        SubmissionRevision(
            submission_pk=submission.id,
            rev=resolution.rev,
            parent_rev=resolution.parent_rev,
            form_version=submission.form_version,
            content_hash=content,
            data=answers,
            device_id="",
            batch_id="",
            kind="resolution",
            merged_revs=list(resolution.merged_revs),
            author_id=user.id,
        )
    )
    session.flush()
    branches.reconcile_submission(
        session, submission=submission, policy="manual", device_id="", batch_id=""
    )
    conflict.is_open, conflict.resolved_at, conflict.resolved_by_id = False, utcnow(), user.id
    session.add(conflict)
    branches.announce_head(session, submission=submission, kind="resolution")
    session.flush()
    return submission
