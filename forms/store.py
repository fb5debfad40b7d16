"""Forms in the database: drafts, immutable published versions, lifecycle, assignment.

Flushes, never commits. Meta-validation, normalization and diffing are the pure
modules' job; this module decides what is stored and when.
"""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import orjson
from sqlmodel import Session, col, select

from core.errors import DomainError, NotFound
from core.ids import id_of
from core.metadata import utcnow
from feed.store import Change, emit
from forms.diff import FieldChange, diff_forms
from forms.models import Form, FormAssignment, FormState, FormVersion
from forms.schema import check_form, normalize_form
from forms.spec import PRIVACY_GUESSED, FormProblem, PrivacyClass
from forms.tree import Node, leaf_nodes


class FormInvalid(DomainError):
    code = "form.invalid"


class FormIncompatible(DomainError):
    code = "form.incompatible_change"


class FormStateError(DomainError):
    code = "form.wrong_state"


class DraftExists(DomainError):
    """An import would replace a draft nobody asked to replace."""

    code = "form.draft_exists"


class PrivacyUnconfirmed(DomainError):
    """The draft still has privacy classes that were guessed and not confirmed."""

    code = "form.privacy_unconfirmed"


class PrivacyChoiceInvalid(DomainError):
    code = "form.privacy_choice_invalid"


@dataclass(frozen=True, slots=True)
class PrivacyChoice:
    """A person's decision on one field of a draft: its name and the class it keeps."""

    name: str
    privacy: PrivacyClass


def guessed_fields(document: Mapping[str, Any]) -> list[Node]:
    """The draft's leaf fields whose privacy class was guessed and not yet confirmed."""
    return [node for node in leaf_nodes(document) if node.schema.get(PRIVACY_GUESSED) is True]


def confirm_privacy(session: Session, *, form: Form, choices: Sequence[PrivacyChoice]) -> Form:
    """Confirm (or change) the privacy class of draft fields, clearing their guess flag.

    A changed class drops the field's ``x-privacy-rule`` (it was written for the old
    class); the defaults of the new class apply. Unknown names are refused by position.
    """
    if form.draft is None:
        raise FormStateError("There is no draft to confirm.")
    document = copy.deepcopy(form.draft)
    leaves = {node.name: node for node in leaf_nodes(document)}
    errors = [
        {
            "pointer": f"/fields/{index}/name",
            "code": "form.field_unknown",
            "message": "no leaf field of the draft has this name",
        }
        for index, choice in enumerate(choices)
        if choice.name not in leaves or leaves[choice.name].schema.get("x-kind") == "note"
    ]
    if errors:
        raise PrivacyChoiceInvalid(f"{len(errors)} field(s) cannot be confirmed.", errors=errors)
    for choice in choices:
        schema = leaves[choice.name].schema
        assert isinstance(schema, dict)
        if schema.get("x-privacy") != choice.privacy:
            schema["x-privacy"] = choice.privacy
            schema.pop("x-privacy-rule", None)
        schema.pop(PRIVACY_GUESSED, None)
    return save_draft(session, form=form, document=document)


def _problems(problems: Sequence[FormProblem]) -> list[dict[str, str]]:
    return [{"pointer": p.pointer, "code": p.code, "message": p.message} for p in problems]


def _checked(document: Any) -> Mapping[str, Any]:
    problems = check_form(document)
    if problems:
        raise FormInvalid(f"The form has {len(problems)} problem(s).", errors=_problems(problems))
    assert isinstance(document, Mapping)
    return document


def canonical_etag(document: Mapping[str, Any]) -> str:
    """A strong ETag: the SHA-256 of the document's canonical JSON."""
    return hashlib.sha256(orjson.dumps(document, option=orjson.OPT_SORT_KEYS)).hexdigest()


def form_id_of(document: Mapping[str, Any]) -> str:
    x_form = document.get("x-form")
    form_id = x_form.get("form_id") if isinstance(x_form, Mapping) else None
    if not isinstance(form_id, str) or not form_id:
        raise FormInvalid(
            "The form has no x-form.form_id.",
            errors=[
                {"pointer": "/x-form/form_id", "code": "form.id_missing", "message": "required"}
            ],
        )
    return form_id


def title_of(document: Mapping[str, Any]) -> str:
    """The form's title to list: a plain ``title``, else ``x-form.title`` in its first language."""
    plain = document.get("title")
    if isinstance(plain, str) and plain.strip():
        return plain.strip()[:300]
    x_form = document.get("x-form")
    label = x_form.get("title") if isinstance(x_form, Mapping) else None
    if isinstance(label, str):
        return label.strip()[:300]
    if not isinstance(label, Mapping) or not label:
        return ""
    languages = x_form.get("languages") if isinstance(x_form, Mapping) else None
    first = languages[0] if isinstance(languages, list) and languages else None
    text = label.get(first) if first in label else next(iter(label.values()))
    return str(text).strip()[:300]


def create_form(session: Session, *, study_id: int, document: Any) -> Form:
    """Store a new form as a draft; it must pass meta-validation already."""
    checked = _checked(document)
    form_id = form_id_of(checked)
    existing = session.exec(
        select(Form).where(Form.study_id == study_id, Form.form_id == form_id)
    ).first()
    if existing is not None:
        raise FormStateError(
            "A form with this form_id exists; save a new draft of it instead.", form_id=form_id
        )
    form = Form(study_id=study_id, form_id=form_id, title=title_of(checked), draft=dict(checked))
    session.add(form)
    session.flush()
    return form


def import_draft(session: Session, *, study_id: int, document: Any, replace: bool) -> Form:
    """Store an imported document: a new form, or the next draft of an existing one.

    An existing draft is replaced only when asked (``replace``): three workbooks once
    silently replaced one another's drafts.
    """
    form_id = form_id_of(_checked(document))
    try:
        form = get_form(session, study_id=study_id, form_id=form_id)
    except NotFound:
        return create_form(session, study_id=study_id, document=document)
    if form.draft is not None and not replace:
        raise DraftExists(
            "This form already has a draft; import again with replace=true to replace it, "
            "or give the workbook another form_id.",
            form_id=form_id,
        )
    return save_draft(session, form=form, document=document)


def save_draft(session: Session, *, form: Form, document: Any) -> Form:
    checked = _checked(document)
    if form_id_of(checked) != form.form_id:
        raise FormInvalid("x-form.form_id cannot change between versions.")
    if form.state == FormState.closed:
        raise FormStateError("This form is closed.")
    form.draft = dict(checked)
    if form.current_version is None:
        form.title = title_of(checked)  # a published form keeps its published title
    form.updated_at = utcnow()
    session.add(form)
    session.flush()
    return form


def publish_form(
    session: Session,
    *,
    form: Form,
    published_by_id: int | None,
    accept: Iterable[tuple[str, str]] = (),
) -> FormVersion:
    """Publish the draft as the next version, refusing undeclared breaking changes."""
    if form.draft is None:
        raise FormStateError("There is no draft to publish.")
    if form.state == FormState.closed:
        raise FormStateError("This form is closed.")
    guessed = guessed_fields(form.draft)
    if guessed:
        raise PrivacyUnconfirmed(
            f"{len(guessed)} field(s) have a guessed privacy class: confirm each one first.",
            errors=[
                {
                    "pointer": node.pointer,
                    "name": node.name,
                    "code": "form.privacy_guessed",
                    "message": "the privacy class was guessed at import; confirm or change it",
                }
                for node in guessed
            ],
        )
    document = normalize_form(_checked(form.draft))
    changes: tuple[FieldChange, ...] = ()
    previous = current_version(session, form=form) if form.current_version else None
    if previous is not None:
        diff = diff_forms(previous.document, document, accept=accept)
        if not diff.is_allowed:
            raise FormIncompatible(
                "This version would make old and new answers disagree. Declare each "
                "breaking change in x-form.declared_changes to publish it anyway.",
                errors=[_change_json(c) for c in diff.undeclared],
            )
        changes = diff.changes
    form_pk = id_of(form)
    version = FormVersion(
        form_pk=form_pk,
        version=(form.current_version or 0) + 1,
        document=document,
        etag=canonical_etag(document),
        changes=[_change_json(c) for c in changes],
        published_by_id=published_by_id,
    )
    session.add(version)
    form.current_version, form.draft = version.version, None
    form.state, form.title, form.updated_at = (
        FormState.published,
        title_of(document),
        utcnow(),
    )
    session.add(form)
    session.flush()
    _announce(session, form, assigned_user_ids(session, form=form), etag=version.etag)
    return version


def _change_json(change: FieldChange) -> dict[str, Any]:
    return {
        "pointer": change.pointer,
        "change": change.change,
        "is_breaking": change.is_breaking,
        "is_declared": change.is_declared,
        "detail": change.detail,
        "old_pointer": change.old_pointer,
    }


def close_form(session: Session, *, form: Form, is_final: bool) -> Form:
    """Hide a form from tablets (closing) or stop it accepting anything (closed)."""
    if form.current_version is None:
        raise FormStateError("A form that was never published cannot be closed.")
    form.state = FormState.closed if is_final else FormState.closing
    form.updated_at = utcnow()
    session.add(form)
    session.flush()
    _announce(session, form, assigned_user_ids(session, form=form))
    return form


def get_form(session: Session, *, study_id: int, form_id: str) -> Form:
    form = session.exec(
        select(Form).where(Form.study_id == study_id, Form.form_id == form_id)
    ).first()
    if form is None:
        raise NotFound("No such form.")
    return form


def list_forms(session: Session, *, study_id: int) -> list[Form]:
    return list(
        session.exec(select(Form).where(Form.study_id == study_id).order_by(col(Form.form_id)))
    )


def get_version(session: Session, *, form: Form, version: int) -> FormVersion:
    row = session.exec(
        select(FormVersion).where(FormVersion.form_pk == form.id, FormVersion.version == version)
    ).first()
    if row is None:
        raise NotFound("No such form version.")
    return row


def current_version(session: Session, *, form: Form) -> FormVersion | None:
    if form.current_version is None:
        return None
    return get_version(session, form=form, version=form.current_version)


def list_versions(session: Session, *, form: Form) -> list[FormVersion]:
    return list(
        session.exec(
            select(FormVersion)
            .where(FormVersion.form_pk == form.id)
            .order_by(col(FormVersion.version))
        )
    )


def assign_form(session: Session, *, form: Form, user_ids: Iterable[int]) -> None:
    """Replace the set of enumerators assigned to a form."""
    wanted = set(user_ids)
    rows = session.exec(select(FormAssignment).where(FormAssignment.form_pk == form.id)).all()
    for row in rows:
        if row.user_id not in wanted:
            session.delete(row)
    form_pk = id_of(form)
    added = sorted(wanted - {r.user_id for r in rows})
    for user_id in added:
        session.add(FormAssignment(form_pk=form_pk, user_id=user_id))
    session.flush()
    if form.current_version is not None:
        _announce(session, form, added)
        removed = sorted({r.user_id for r in rows} - wanted)
        _announce(session, form, removed, state="unassigned")


def _announce(
    session: Session,
    form: Form,
    user_ids: Sequence[int],
    *,
    state: str | None = None,
    etag: str = "",
) -> None:
    """Tell the tablets of `user_ids` about the form's state (the pull feed)."""
    payload: dict[str, Any] = {
        "form_id": form.form_id,
        "state": state or FormState(form.state).value,
        "version": form.current_version,
        "href": f"/api/v1/forms/{form.form_id}/versions/{form.current_version}",
    }
    if etag:
        payload["etag"] = etag
    emit(session, study_id=form.study_id, changes=[Change("form", form.form_id, payload, user_ids)])


def assigned_user_ids(session: Session, *, form: Form) -> list[int]:
    return sorted(
        session.exec(select(FormAssignment.user_id).where(FormAssignment.form_pk == form.id))
    )


def list_tablet_forms(
    session: Session, *, study_id: int, user_id: int
) -> list[tuple[Form, FormVersion]]:
    """Published forms assigned to an enumerator, with their current version."""
    rows = session.exec(
        select(Form, FormVersion)
        .join(FormAssignment, col(FormAssignment.form_pk) == col(Form.id))
        .join(
            FormVersion,
            (col(FormVersion.form_pk) == col(Form.id))
            & (col(FormVersion.version) == col(Form.current_version)),
        )
        .where(
            Form.study_id == study_id,
            FormAssignment.user_id == user_id,
            Form.state == FormState.published,
        )
        .order_by(col(Form.form_id))
    )
    return [(f, v) for f, v in rows]


def is_assigned(session: Session, *, form: Form, user_id: int) -> bool:
    return (
        session.exec(
            select(FormAssignment.id).where(
                FormAssignment.form_pk == form.id, FormAssignment.user_id == user_id
            )
        ).first()
        is not None
    )
