"""Form pages (admins): upload an XLSForm, read its issues, confirm privacy, publish, close.

Supervisors read the list and any published version's questions with their labels.
The rules are the API's (forms.store): an existing draft is replaced only when the
person ticks "replace", and publishing stays refused until every privacy class that
was guessed at import is confirmed.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request, UploadFile
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool

from accounts.permissions import Permission
from api.auth import audit
from api.db import SessionDep
from api.pages.session import CsrfDep, StudyPage, page_lang, page_require, redirect, render
from core.errors import DomainError
from forms import store
from forms.models import Form as FormRow
from forms.spec import PRIVACY_CLASSES, PrivacyClass
from forms.tree import infer_kind, walk_nodes
from forms.xlsform import XlsFormError, XlsFormImport, convert_xlsform

router = APIRouter(prefix="/app/{slug}/forms", include_in_schema=False)

Reader = Annotated[StudyPage, page_require(Permission.read_submissions)]
Admin = Annotated[StudyPage, page_require(Permission.manage_forms)]
FormId = Annotated[str, PathParam(max_length=64)]
LABEL_LANGUAGES = ("es", "qu", "en")


def _label(label: Any, lang: str) -> str:
    """A label in the person's language, else Spanish, Quechua, English, else any."""
    if isinstance(label, str):
        return label
    if not isinstance(label, dict) or not label:
        return ""
    for code in (lang, *LABEL_LANGUAGES):
        if label.get(code):
            return str(label[code])
    return str(next(iter(label.values())))


def questions(document: dict[str, Any], lang: str) -> list[dict[str, Any]]:
    """Every group, repeat and question of a document, in order, with its label."""
    rows = []
    for node in walk_nodes(document):
        schema = node.schema
        rows.append(
            {
                "name": node.name,
                "pointer": node.pointer,
                "depth": len([p for p in node.path if p != "*"]) - 1,
                "role": node.role,
                "kind": infer_kind(schema) if node.role == "leaf" else node.role,
                "label": _label(schema.get("x-prompt"), lang),
                "privacy": schema.get("x-privacy", ""),
                "guessed": schema.get("x-privacy-guessed") is True,
                "relevant": schema.get("x-relevant", ""),
                "calculate": schema.get("x-calculate", ""),
                "choices": [
                    (str(c.get("value")), _label(c.get("label"), lang))
                    for c in schema.get("x-choices") or []
                    if isinstance(c, dict)
                ],
            }
        )
    return rows


def _list(
    request: Request, page: StudyPage, session: SessionDep, status: int = 200, **extra: Any
) -> Response:
    rows = store.list_forms(session, study_id=page.access.study_id)
    context = {"forms": rows, "error": None, "error_detail": None, **extra}
    return render(request, "forms.html", context, status_code=status)


@router.get("", response_class=HTMLResponse)
def get_forms(request: Request, page: Reader, session: SessionDep) -> Response:
    """The study's forms with their state; admins also get the XLSForm upload."""
    return _list(request, page, session)


@router.post("", response_class=HTMLResponse)
async def post_upload(
    request: Request,
    page: Admin,
    session: SessionDep,
    _me: CsrfDep,
    file: UploadFile,
    replace: Annotated[str, Form(max_length=8)] = "",
) -> Response:
    """Import an XLSForm as a draft and show every issue by row and name."""
    content = await file.read()
    try:
        result: XlsFormImport = await run_in_threadpool(
            convert_xlsform, content, filename=file.filename or ""
        )
    except XlsFormError as exc:
        return _list(request, page, session, 422, error="form.xlsform_invalid", error_detail=exc)
    try:
        form = store.import_draft(
            session,
            study_id=page.access.study_id,
            document=result.document,
            replace=replace == "yes",
        )
    except DomainError as exc:
        return _list(request, page, session, 409, error=exc.code, error_form=result.form_id)
    audit(
        session,
        page.access,
        request,
        "form.import_xlsform",
        target_type="form",
        target_id=form.form_id,
        issues=len(result.issues),
    )
    return _detail(request, page, session, form, imported=result)


def _detail(
    request: Request,
    page: StudyPage,
    session: SessionDep,
    form: FormRow,
    status: int = 200,
    **extra: Any,
) -> Response:
    lang = page_lang(request)
    draft = questions(form.draft, lang) if form.draft is not None else []
    context = {
        "form": form,
        "versions": store.list_versions(session, form=form),
        "draft": draft,
        "guessed": [q for q in draft if q["guessed"]],
        "classes": PRIVACY_CLASSES,
        "imported": None,
        "error": None,
        "error_fields": [],
        "done": request.query_params.get("done"),
        **extra,
    }
    return render(request, "form.html", context, status_code=status)


@router.get("/{form_id}", response_class=HTMLResponse)
def get_form(request: Request, page: Reader, session: SessionDep, form_id: FormId) -> Response:
    """One form: its state, versions, and (admins) the draft's privacy to confirm."""
    form = store.get_form(session, study_id=page.access.study_id, form_id=form_id)
    return _detail(request, page, session, form)


@router.post("/{form_id}/privacy", response_class=HTMLResponse)
async def post_privacy(
    request: Request, page: Admin, session: SessionDep, _me: CsrfDep, form_id: FormId
) -> Response:
    """Confirm (or change) each guessed class sent as ``privacy:<field name>``."""
    form = store.get_form(session, study_id=page.access.study_id, form_id=form_id)
    sent = await request.form()
    choices = []
    for key, value in sent.multi_items():
        if key.startswith("privacy:") and isinstance(value, str) and value in PRIVACY_CLASSES:
            privacy: PrivacyClass = value
            choices.append(store.PrivacyChoice(key.removeprefix("privacy:")[:100], privacy))
    store.confirm_privacy(session, form=form, choices=choices[:5000])
    audit(
        session,
        page.access,
        request,
        "form.privacy_confirm",
        target_type="form",
        target_id=form.form_id,
        fields=len(choices),
    )
    return redirect(f"/app/{page.view.slug}/forms/{form.form_id}?done=confirmed")


@router.post("/{form_id}/publish", response_class=HTMLResponse)
def post_publish(
    request: Request, page: Admin, session: SessionDep, _me: CsrfDep, form_id: FormId
) -> Response:
    """Publish the draft; a refusal (guesses unconfirmed, breaking change) is shown here."""
    form = store.get_form(session, study_id=page.access.study_id, form_id=form_id)
    try:
        version = store.publish_form(
            session, form=form, published_by_id=page.access.principal.user_id
        )
    except (store.PrivacyUnconfirmed, store.FormIncompatible, store.FormStateError) as exc:
        fields = [str(e.get("name") or e.get("pointer")) for e in exc.extensions.get("errors", [])]
        return _detail(request, page, session, form, 409, error=exc.code, error_fields=fields)
    audit(
        session,
        page.access,
        request,
        "form.publish",
        target_type="form",
        target_id=form.form_id,
        version=version.version,
    )
    return redirect(f"/app/{page.view.slug}/forms/{form.form_id}?done=published")


@router.post("/{form_id}/close", response_class=HTMLResponse)
def post_close(
    request: Request,
    page: Admin,
    session: SessionDep,
    _me: CsrfDep,
    form_id: FormId,
    final: Annotated[str, Form(max_length=8)] = "",
) -> Response:
    """Close a form: closing (late syncs still land), or closed for good."""
    form = store.get_form(session, study_id=page.access.study_id, form_id=form_id)
    try:
        store.close_form(session, form=form, is_final=final == "yes")
    except store.FormStateError as exc:
        return _detail(request, page, session, form, 409, error=exc.code)
    audit(
        session,
        page.access,
        request,
        "form.close",
        target_type="form",
        target_id=form.form_id,
        state=str(form.state),
    )
    return redirect(f"/app/{page.view.slug}/forms/{form.form_id}?done=closed")


@router.get("/{form_id}/versions/{version}", response_class=HTMLResponse)
def get_version(
    request: Request, page: Reader, session: SessionDep, form_id: FormId, version: int
) -> Response:
    """A published version's questions with their labels, choices and skip logic."""
    form = store.get_form(session, study_id=page.access.study_id, form_id=form_id)
    row = store.get_version(session, form=form, version=version)
    audit(
        session,
        page.access,
        request,
        "form.read",
        target_type="form",
        target_id=form.form_id,
        version=version,
    )
    context = {
        "form": form,
        "version": row,
        "questions": questions(row.document, page_lang(request)),
    }
    return render(request, "form_version.html", context)
