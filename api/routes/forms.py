"""Forms: study routes for people who design them, and the tablet routes.

Tablet routes are part of the sync protocol (docs/sync-protocol.md): keep them
stable. Both honour If-None-Match so a tablet on a slow link downloads only changes.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Header, Query, Request, Response, UploadFile
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from accounts import form_access
from accounts.permissions import Permission
from api.auth import DevicePrincipalDep, PrincipalDep, StudyAccess, audit, require
from api.db import SessionDep
from core.errors import DomainError, NotFound
from exports.codebook import Codebook, build_codebook
from exports.store import load_model
from forms import store
from forms.models import Form, FormState
from forms.spec import PrivacyClass
from forms.xlsform import XlsFormError, convert_xlsform

router = APIRouter(prefix="/api/v1", tags=["forms"])


class FormVersionSummary(BaseModel):
    version: int
    etag: str
    published_at: datetime
    changes: list[dict[str, Any]]


class FormPublic(BaseModel):
    form_id: str
    title: str
    state: FormState
    current_version: int | None
    has_draft: bool
    assigned_to: list[str]
    versions: list[FormVersionSummary] = Field(default_factory=list)


class DocumentBody(BaseModel):
    document: dict[str, Any] = Field(description="The form: a JSON Schema with x- annotations.")


class PublishBody(BaseModel):
    accept: list[tuple[str, str]] = Field(
        default_factory=list,
        description="Extra (pointer, change) pairs to accept as declared breaking changes.",
    )


class CloseBody(BaseModel):
    is_final: bool = Field(
        default=False,
        description="false: closing (hidden from tablets, late syncs still accepted); "
        "true: closed (nothing new accepted).",
    )


class AssignBody(BaseModel):
    enumerators: list[str]


class TabletForm(BaseModel):
    form_id: str
    version: int
    title: str
    etag: str
    href: str


def _public(session: SessionDep, form: Form, *, with_versions: bool = False) -> FormPublic:
    names = form_access.assignee_names(session, form)
    versions = (
        [
            FormVersionSummary(
                version=v.version, etag=v.etag, published_at=v.published_at, changes=v.changes
            )
            for v in store.list_versions(session, form=form)
        ]
        if with_versions
        else []
    )
    return FormPublic(
        form_id=form.form_id,
        title=form.title,
        state=form.state,
        current_version=form.current_version,
        has_draft=form.draft is not None,
        assigned_to=names,
        versions=versions,
    )


def _audit(
    session: SessionDep,
    access: StudyAccess,
    request: Request,
    action: str,
    form: Form,
    **detail: Any,
) -> None:
    audit(session, access, request, action, target_type="form", target_id=form.form_id, **detail)


@router.get("/studies/{slug}/forms", response_model=list[FormPublic])
def list_forms(
    access: Annotated[StudyAccess, require(Permission.read_study)], session: SessionDep
) -> list[FormPublic]:
    """The study's forms and their lifecycle state."""
    return [_public(session, f) for f in store.list_forms(session, study_id=access.study_id)]


@router.post("/studies/{slug}/forms", response_model=FormPublic, status_code=201)
def create_form(
    body: DocumentBody,
    access: Annotated[StudyAccess, require(Permission.manage_forms)],
    session: SessionDep,
    request: Request,
) -> FormPublic:
    """Create a form as a draft. A problem lists every defect with a JSON pointer."""
    form = store.create_form(session, study_id=access.study_id, document=body.document)
    _audit(session, access, request, "form.create", form)
    return _public(session, form)


@router.get("/studies/{slug}/forms/{form_id}", response_model=FormPublic)
def get_form(
    form_id: str,
    access: Annotated[StudyAccess, require(Permission.read_study)],
    session: SessionDep,
) -> FormPublic:
    """One form with every published version and what changed in each."""
    form = store.get_form(session, study_id=access.study_id, form_id=form_id)
    return _public(session, form, with_versions=True)


@router.get("/studies/{slug}/forms/{form_id}/draft")
def get_draft(
    form_id: str,
    access: Annotated[StudyAccess, require(Permission.manage_forms)],
    session: SessionDep,
) -> dict[str, Any]:
    """The form's current draft document."""
    form = store.get_form(session, study_id=access.study_id, form_id=form_id)
    if form.draft is None:
        raise NotFound("This form has no draft.")
    return form.draft


@router.put("/studies/{slug}/forms/{form_id}/draft", response_model=FormPublic)
def save_draft(
    form_id: str,
    body: DocumentBody,
    access: Annotated[StudyAccess, require(Permission.manage_forms)],
    session: SessionDep,
    request: Request,
) -> FormPublic:
    """Replace the draft of the next version."""
    form = store.get_form(session, study_id=access.study_id, form_id=form_id)
    store.save_draft(session, form=form, document=body.document)
    _audit(session, access, request, "form.draft", form)
    return _public(session, form)


@router.post("/studies/{slug}/forms/{form_id}/publish", response_model=FormVersionSummary)
def publish_form(
    form_id: str,
    access: Annotated[StudyAccess, require(Permission.manage_forms)],
    session: SessionDep,
    request: Request,
    body: PublishBody | None = None,
) -> FormVersionSummary:
    """Publish the draft as the next immutable version (refuses undeclared breaking changes)."""
    form = store.get_form(session, study_id=access.study_id, form_id=form_id)
    version = store.publish_form(
        session,
        form=form,
        published_by_id=access.principal.user_id,
        accept=list(body.accept) if body else [],
    )
    _audit(session, access, request, "form.publish", form, version=version.version)
    return FormVersionSummary(
        version=version.version,
        etag=version.etag,
        published_at=version.published_at,
        changes=version.changes,
    )


class PrivacyChoiceBody(BaseModel):
    name: str = Field(max_length=100, description="A leaf field of the draft, by name.")
    privacy: PrivacyClass


class ConfirmPrivacyBody(BaseModel):
    fields: list[PrivacyChoiceBody] = Field(
        max_length=5000,
        description="Each field's confirmed class (the guessed one, or another).",
    )


class DraftPrivacyPublic(BaseModel):
    form: FormPublic
    unconfirmed: list[str] = Field(
        description="Fields whose guessed class is still to be confirmed (publishing is "
        "refused while any remain)."
    )


@router.post("/studies/{slug}/forms/{form_id}/draft/privacy", response_model=DraftPrivacyPublic)
def confirm_draft_privacy(
    form_id: str,
    body: ConfirmPrivacyBody,
    access: Annotated[StudyAccess, require(Permission.manage_forms)],
    session: SessionDep,
    request: Request,
) -> DraftPrivacyPublic:
    """Confirm or change the privacy class of draft fields whose class was guessed."""
    form = store.get_form(session, study_id=access.study_id, form_id=form_id)
    store.confirm_privacy(
        session,
        form=form,
        choices=[store.PrivacyChoice(c.name, c.privacy) for c in body.fields],
    )
    _audit(session, access, request, "form.privacy_confirm", form, fields=len(body.fields))
    assert form.draft is not None
    return DraftPrivacyPublic(
        form=_public(session, form),
        unconfirmed=[node.name for node in store.guessed_fields(form.draft)],
    )


@router.post("/studies/{slug}/forms/{form_id}/close", response_model=FormPublic)
def close_form(
    form_id: str,
    body: CloseBody,
    access: Annotated[StudyAccess, require(Permission.manage_forms)],
    session: SessionDep,
    request: Request,
) -> FormPublic:
    """Close a form: `closing` first (late syncs still land), then `closed`."""
    form = store.get_form(session, study_id=access.study_id, form_id=form_id)
    store.close_form(session, form=form, is_final=body.is_final)
    _audit(session, access, request, "form.close", form, state=FormState(form.state).value)
    return _public(session, form)


@router.put("/studies/{slug}/forms/{form_id}/assignments", response_model=FormPublic)
def assign_form(
    form_id: str,
    body: AssignBody,
    access: Annotated[StudyAccess, require(Permission.manage_forms)],
    session: SessionDep,
    request: Request,
) -> FormPublic:
    """Set which enumerators fill this form (their tablets list it)."""
    form, assigned = form_access.assign_enumerators(
        session, study_id=access.study_id, form_id=form_id, enumerators=body.enumerators
    )
    _audit(session, access, request, "form.assign", form, enumerators=assigned)
    return _public(session, form)


class ImportIssuePublic(BaseModel):
    row: int | None
    name: str | None
    code: str
    message: str


class XlsFormImportPublic(BaseModel):
    form: FormPublic
    issues: list[ImportIssuePublic] = Field(
        description="What could not be carried over, or was guessed (privacy classes), by row."
    )
    warnings: list[str]


class XlsFormRejected(DomainError):
    code = "form.xlsform_invalid"


@router.post(
    "/studies/{slug}/forms/import-xlsform", response_model=XlsFormImportPublic, status_code=201
)
async def import_xlsform(
    file: UploadFile,
    access: Annotated[StudyAccess, require(Permission.manage_forms)],
    session: SessionDep,
    request: Request,
    replace: Annotated[
        bool,
        Query(description="Replace the form's existing draft (otherwise 409 form.draft_exists)."),
    ] = False,
) -> XlsFormImportPublic:
    """Turn an XLSForm workbook into a draft: a new form, or the next draft of an existing one.

    The form id is the settings sheet's `form_id`, else the file name; the title is its
    `form_title`. An existing draft is never replaced silently: 409 `form.draft_exists`
    unless `replace=true`. Guessed privacy classes carry `x-privacy-guessed` and must be
    confirmed (`POST .../draft/privacy`) before the form can be published.
    """
    content = await file.read()
    try:
        # pyxform is CPU-bound: keep it off the event loop.
        result = await run_in_threadpool(convert_xlsform, content, filename=file.filename or "")
    except XlsFormError as exc:
        raise XlsFormRejected(exc.message, reason=exc.code) from None
    form = store.import_draft(
        session, study_id=access.study_id, document=result.document, replace=replace
    )
    _audit(session, access, request, "form.import_xlsform", form, issues=len(result.issues))
    return XlsFormImportPublic(
        form=_public(session, form),
        issues=[
            ImportIssuePublic(row=i.row, name=i.name, code=i.code, message=i.message)
            for i in result.issues
        ],
        warnings=list(result.warnings),
    )


# --- tablet routes (device token) -----------------------------------------------------


def _not_modified(if_none_match: str | None, etag: str) -> bool:
    if not if_none_match:
        return False
    tags = {t.strip().removeprefix("W/") for t in if_none_match.split(",")}
    return f'"{etag}"' in tags or "*" in tags


@router.get("/forms", response_model=list[TabletForm], tags=["tablet"])
def list_tablet_forms(
    principal: DevicePrincipalDep,
    session: SessionDep,
    response: Response,
    if_none_match: Annotated[str | None, Header()] = None,
) -> Any:
    """Published forms assigned to this tablet's enumerator. Honours If-None-Match."""
    device = principal.device
    assert device is not None
    rows = store.list_tablet_forms(session, study_id=device.study_id, user_id=principal.user_id)
    listed = [
        TabletForm(
            form_id=f.form_id,
            version=v.version,
            title=f.title,
            etag=v.etag,
            href=f"/api/v1/forms/{f.form_id}/versions/{v.version}",
        )
        for f, v in rows
    ]
    etag = hashlib.sha256("\n".join(f"{t.form_id}:{t.etag}" for t in listed).encode()).hexdigest()
    if _not_modified(if_none_match, etag):
        return Response(status_code=304, headers={"ETag": f'"{etag}"'})
    response.headers["ETag"] = f'"{etag}"'
    response.headers["Cache-Control"] = "private, no-cache"
    return listed


@router.get("/forms/{form_id}/versions/{version}", tags=["tablet"])
def get_form_version(
    form_id: str,
    version: int,
    principal: PrincipalDep,
    session: SessionDep,
    response: Response,
    if_none_match: Annotated[str | None, Header()] = None,
    study: str | None = None,
) -> Any:
    """One published version's schema. Versions never change, so the ETag is forever.

    Tablets read the forms assigned to them. People (supervisors and admins, who may
    read submissions) read any version of their studies' forms; `study` (a slug)
    chooses when several of their studies have a form with this id.
    """
    if principal.device is None:
        row = form_access.person_form_version(
            session, user=principal.user, form_id=form_id, version=version, slug=study
        )
    else:
        row = form_access.tablet_form_version(
            session,
            device=principal.device,
            user_id=principal.user_id,
            form_id=form_id,
            version=version,
        )
    if _not_modified(if_none_match, row.etag):
        return Response(status_code=304, headers={"ETag": f'"{row.etag}"'})
    response.headers["ETag"] = f'"{row.etag}"'
    response.headers["Cache-Control"] = "private, max-age=31536000, immutable"
    return row.document


# --- people: versions with labels, and the codebook ----------------------------------


@router.get("/studies/{slug}/forms/{form_id}/versions/{version}")
def get_study_form_version(
    form_id: str,
    version: int,
    access: Annotated[StudyAccess, require(Permission.read_submissions)],
    session: SessionDep,
    request: Request,
) -> dict[str, Any]:
    """Any published version of a form, with its labels in every language."""
    form = store.get_form(session, study_id=access.study_id, form_id=form_id)
    row = store.get_version(session, form=form, version=version)
    _audit(session, access, request, "form.read", form, version=version)
    return row.document


@router.get("/studies/{slug}/forms/{form_id}/codebook", response_model=Codebook)
def get_codebook(
    form_id: str,
    access: Annotated[StudyAccess, require(Permission.read_submissions)],
    session: SessionDep,
    request: Request,
) -> Codebook:
    """Variables across all versions: labels per language, types, choices and codes, skip
    logic, privacy class and the anonymization applied to each field."""
    form, _, model = load_model(session, study_id=access.study_id, form_id=form_id)
    _audit(session, access, request, "form.codebook", form)
    return build_codebook(model)
