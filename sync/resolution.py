"""The conflict queue: list open conflicts, and resolve one into a new revision.

A resolution is a revision like any other (kind "resolution"), made on the winning
head and closing every other leaf, so tablets and later reconciliations treat it
exactly as they treat a merge. What a supervisor types is anonymized first: free
text is scrubbed, and a direct identifier can only be chosen, never typed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import jsonschema_rs
from sqlmodel import Session, col, select

from accounts.models import User
from core.errors import Conflict, InvalidInput, NotFound
from core.metadata import utcnow
from forms.models import Form, FormVersion
from forms.normalize import normalize_form
from forms.schema import field_specs
from forms.spec import EACH_ITEM, FieldSpec
from forms.tree import walk_nodes
from privacy import ScrubContext
from privacy.generalize import DROPPED
from privacy.submission import anonymize_typed_answer
from sync import branches
from sync.branches import form_id_of
from sync.history import (
    CandidateChoice,
    Choice,
    TypedValue,
    apply_resolution,
    make_merge_revision,
    merge_history,
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
    choices: Mapping[str, Any],
    *,
    specs: Mapping[tuple[str, ...], FieldSpec],
    data: Any,
    leaves: Mapping[tuple[str, ...], Any],
) -> dict[str, Choice]:
    """Sides as they are; typed values validated and anonymized like an ingested answer.

    Problems name a choice by its position (`choice`), never by the pointer or value sent.
    """
    clean: dict[str, Choice] = {}
    for position, (pointer, choice) in enumerate(choices.items()):
        if choice in ("ours", "theirs", "base"):
            clean[pointer] = choice
            continue
        if isinstance(choice, dict) and set(choice) == {"candidate"}:
            index = choice["candidate"]
            if not isinstance(index, int) or isinstance(index, bool):
                raise InvalidInput("A candidate is chosen by its position.", choice=position)
            clean[pointer] = CandidateChoice(index)  # a stored value: nothing typed
            continue
        if not isinstance(choice, dict) or set(choice) - {"value", "remove"}:
            raise InvalidInput(
                "Choose ours, theirs, base, a {'candidate': n}, or give {'value': ...}.",
                choice=position,
            )
        spec = _spec_for(pointer, specs, data)
        if spec is not None and spec.privacy == "direct":
            raise InvalidInput(
                "This field holds a direct identifier: choose a side, do not type it.",
                choice=position,
            )
        if choice.get("remove"):
            clean[pointer] = TypedValue(ABSENT)
            continue
        schema = leaves.get(spec.path) if spec is not None else None
        if spec is None or schema is None:
            raise InvalidInput(
                "Only a field's answer can be typed: choose a side or remove it.", choice=position
            )
        if not jsonschema_rs.Draft202012Validator(schema).is_valid(choice.get("value")):
            raise InvalidInput("The typed value does not fit the field.", choice=position)
        value = anonymize_typed_answer(choice.get("value"), spec, ScrubContext())
        clean[pointer] = TypedValue(ABSENT if value is DROPPED else value)
    return clean


def _leaf_schemas(document: Mapping[str, Any]) -> dict[tuple[str, ...], Any]:
    """Each leaf's normalized schema (missing markers allowed), standalone with `$defs`."""
    normalized = normalize_form(document)
    defs = normalized.get("$defs", {})
    return {
        node.path: {**node.schema, "$defs": defs}
        for node in walk_nodes(normalized)
        if node.role == "leaf"
    }


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
    reconciled = merge_history(revisions, policy="manual")
    conflicted = {record.pointer for record in reconciled.conflicts}
    if unknown := [i for i, pointer in enumerate(choices) if pointer not in conflicted]:
        raise InvalidInput("Some choices name no field in conflict.", choices=unknown)
    clean = _clean_choices(
        choices, specs=specs, data=reconciled.answers, leaves=_leaf_schemas(version.document)
    )
    try:
        answers = apply_resolution(reconciled, clean)
    except ValueError:
        raise InvalidInput("Every field in conflict needs a choice that it offers.") from None
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
    branches.update_head(session, submission=submission, policy="manual", device_id="", batch_id="")
    conflict.is_open, conflict.resolved_at, conflict.resolved_by_id = False, utcnow(), user.id
    session.add(conflict)
    branches.announce_head(session, submission=submission, kind="resolution")
    session.flush()
    return submission
