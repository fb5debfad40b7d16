"""Quarantine pages: why each item failed, pointer by pointer; dismiss, or correct and accept.

Accepting goes through the same service as the API's (`sync.quarantine_queue`): the corrected
answers are validated and anonymized like a pushed item and written by the push's
own step, so the item becomes an interview (or a revision of one). Reads are audited
like the API's.
"""

from __future__ import annotations

from functools import partial
from typing import Annotated, Any

from fastapi import APIRouter, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, Response

from accounts.permissions import Permission
from api.auth import audit
from api.db import SessionDep
from api.deps import KeyRingsDep
from api.pages.session import CsrfDep, StudyPage, page_lang, page_require, redirect, render
from core.errors import DomainError
from interviews import queues
from interviews.fieldtext import parse_typed
from sync import quarantine_queue as queue
from sync.accept import AnswersInvalid
from web import i18n

router = APIRouter(prefix="/app/{slug}/quarantine", include_in_schema=False)

Reader = Annotated[StudyPage, page_require(Permission.read_submissions)]
Reviewer = Annotated[StudyPage, page_require(Permission.review)]
QuarantineId = Annotated[int, PathParam(ge=1, le=2**31 - 1)]
MAX_FIELDS = 200
MAX_TEXT = 8000


@router.get("", response_class=HTMLResponse)
def get_quarantine(request: Request, page: Reader, session: SessionDep) -> Response:
    """Open items, oldest first: form, enumerator, day, and why, field by field."""
    cards = queues.list_quarantine_for_page(
        session, study_id=page.access.study_id, lang=page_lang(request)
    )
    audit(session, page.access, request, "data.read", view="quarantine", rows=len(cards))
    query = request.query_params
    return render(
        request,
        "quarantine.html",
        {
            "cards": cards,
            "accepted": query.get("accepted", "")[:36],
            "dismissed": query.get("dismissed") == "1",
            "has_word": partial(i18n.has, page_lang(request)),
        },
    )


def _page(
    request: Request,
    page: StudyPage,
    session: SessionDep,
    quarantine_id: int,
    *,
    errors: list[dict[str, Any]] | None = None,
    problem_key: str | None = None,
) -> Response:
    lang = page_lang(request)
    errors = errors or []
    view = queues.read_quarantine_for_page(
        session,
        study_id=page.access.study_id,
        quarantine_id=quarantine_id,
        lang=lang,
        more_pointers=[str(e.get("pointer", "")) for e in errors],
    )
    audit(
        session,
        page.access,
        request,
        "data.read",
        target_type="quarantine",
        target_id=quarantine_id,
        view="quarantine_item",
    )
    prompts = {i.info.pointer: i.info.prompt for i in view.inputs}
    prompts |= {p.info.pointer: p.info.prompt for p in view.card.problems if p.info.known}
    labelled = [(prompts.get(str(e.get("pointer", ""))), e) for e in errors]
    status = 422 if errors or problem_key else 200
    context = {
        "view": view,
        "errors": labelled,
        "problem_key": problem_key,
        "has_word": partial(i18n.has, lang),
    }
    return render(request, "quarantine_item.html", context, status_code=status)


@router.get("/{quarantine_id}", response_class=HTMLResponse)
def get_quarantined(
    request: Request, page: Reader, session: SessionDep, quarantine_id: QuarantineId
) -> Response:
    """One item: why it failed, its (anonymized) answers, and what to correct."""
    return _page(request, page, session, quarantine_id)


def _changes(form: Any, kinds: dict[str, str]) -> dict[str, Any]:
    """Inputs `p<n>` (pointer), `v<n>` (value) and `r<n>` (remove) as corrections."""
    changes: dict[str, Any] = {}
    for index in range(MAX_FIELDS):
        pointer = str(form.get(f"p{index}", ""))[:500]
        if not pointer:
            break
        if pointer not in kinds:
            continue
        if form.get(f"r{index}"):
            changes[pointer] = {"remove": True}
            continue
        texts = [str(v)[:MAX_TEXT] for v in form.getlist(f"v{index}")]
        if any(t.strip() for t in texts):
            changes[pointer] = {"value": parse_typed(texts, kinds[pointer])}
    return changes


@router.post("/{quarantine_id}/accept", response_class=HTMLResponse)
async def post_accept(
    request: Request,
    page: Reviewer,
    session: SessionDep,
    _me: CsrfDep,
    quarantine_id: QuarantineId,
    rings: KeyRingsDep,
) -> Response:
    """Correct the answers and accept the item; what still does not fit is shown by field."""
    form = await request.form()
    pointers = [str(form.get(f"p{i}", ""))[:500] for i in range(MAX_FIELDS)]
    view = queues.read_quarantine_for_page(
        session,
        study_id=page.access.study_id,
        quarantine_id=quarantine_id,
        lang=page_lang(request),
        more_pointers=[p for p in pointers if p],
    )
    changes = _changes(form, {i.info.pointer: i.info.kind for i in view.inputs})
    try:
        done = queue.accept_quarantined(
            session,
            study=page.study,
            quarantine_id=quarantine_id,
            changes=changes,
            rings=rings,
            user=page.access.principal.user,
        )
    except DomainError as refused:
        errors = refused.extensions.get("errors") if isinstance(refused, AnswersInvalid) else None
        key = None if errors else f"problem.{refused.code}"
        return _page(request, page, session, quarantine_id, errors=errors, problem_key=key)
    audit(
        session,
        page.access,
        request,
        "quarantine.accept",
        target_type="quarantine",
        target_id=quarantine_id,
        instance_id=done.instance_id,
        outcome=done.outcome,
        corrections=len(changes),
    )
    return redirect(f"/app/{page.view.slug}/quarantine?accepted={done.instance_id}")


@router.post("/{quarantine_id}/dismiss", response_class=HTMLResponse)
def post_dismiss(
    request: Request,
    page: Reviewer,
    session: SessionDep,
    _me: CsrfDep,
    quarantine_id: QuarantineId,
) -> Response:
    """Close the item without accepting it (it stays stored)."""
    queue.dismiss_quarantined(session, study_id=page.access.study_id, quarantine_id=quarantine_id)
    audit(
        session,
        page.access,
        request,
        "quarantine.dismiss",
        target_type="quarantine",
        target_id=quarantine_id,
    )
    return redirect(f"/app/{page.view.slug}/quarantine?dismissed=1")
