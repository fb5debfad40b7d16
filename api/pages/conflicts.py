"""Conflict pages: the queue, and one conflict side by side, field by field, to resolve.

A resolution goes through the same service as the API's (`sync.conflict_queue`): a value
is chosen among the candidates, or typed where the field allows (never a direct
identifier), and the result is a new revision that reaches the tablets. Every read is
audited like the API's.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, Response

from accounts.permissions import Permission
from api.auth import audit
from api.db import SessionDep
from api.pages.session import CsrfDep, StudyPage, page_lang, page_require, redirect, render
from core.errors import DomainError
from interviews import queues
from interviews.fieldtext import parse_typed
from sync import conflict_queue

router = APIRouter(prefix="/app/{slug}/conflicts", include_in_schema=False)

Resolver = Annotated[StudyPage, page_require(Permission.resolve_conflicts)]
ConflictId = Annotated[int, PathParam(ge=1, le=2**31 - 1)]
MAX_FIELDS = 200
MAX_TEXT = 8000


@router.get("", response_class=HTMLResponse)
def get_conflicts(request: Request, page: Resolver, session: SessionDep) -> Response:
    """Open conflicts, oldest first, each with its form, village, enumerator and day."""
    cards = queues.list_conflicts_for_page(
        session, study_id=page.access.study_id, lang=page_lang(request)
    )
    audit(session, page.access, request, "data.read", view="conflicts", rows=len(cards))
    resolved = request.query_params.get("resolved", "")[:36]
    return render(request, "conflicts.html", {"cards": cards, "resolved": resolved})


def _page(
    request: Request, page: StudyPage, session: SessionDep, conflict_id: int, **extra: Any
) -> Response:
    view = queues.read_conflict_for_page(
        session, study_id=page.access.study_id, conflict_id=conflict_id, lang=page_lang(request)
    )
    audit(
        session,
        page.access,
        request,
        "data.read",
        target_type="submission",
        target_id=view.card.instance_id,
        view="conflict",
    )
    status = 422 if extra.get("problem_key") else 200
    return render(request, "conflict.html", {"view": view, **extra}, status_code=status)


@router.get("/{conflict_id}", response_class=HTMLResponse)
def get_conflict(
    request: Request, page: Resolver, session: SessionDep, conflict_id: ConflictId
) -> Response:
    """One conflict: each field's base and live values, who wrote each and when."""
    return _page(request, page, session, conflict_id)


def _choices(form: Any, kinds: dict[str, str]) -> dict[str, Any]:
    """The page's radio buttons and inputs as the resolve service's choices."""
    choices: dict[str, Any] = {}
    for index in range(min(len(kinds), MAX_FIELDS)):
        pointer = str(form.get(f"p{index}", ""))[:500]
        picked = str(form.get(f"c{index}", ""))[:20]
        if pointer not in kinds:
            continue
        if picked == "type":
            texts = [str(v)[:MAX_TEXT] for v in form.getlist(f"v{index}")]
            choices[pointer] = {"value": parse_typed(texts, kinds[pointer])}
        elif picked.isdigit():
            choices[pointer] = {"candidate": int(picked)}
    return choices


@router.post("/{conflict_id}", response_class=HTMLResponse)
async def post_resolution(
    request: Request,
    page: Resolver,
    session: SessionDep,
    _me: CsrfDep,
    conflict_id: ConflictId,
) -> Response:
    """Resolve with a chosen or typed value per field; then back to the queue."""
    view = queues.read_conflict_for_page(
        session, study_id=page.access.study_id, conflict_id=conflict_id, lang=page_lang(request)
    )
    kinds = {f.info.pointer: f.info.kind for f in view.fields}
    choices = _choices(await request.form(), kinds)
    try:
        submission = conflict_queue.resolve_conflict(
            session,
            study_id=page.access.study_id,
            conflict_id=conflict_id,
            choices=choices,
            user=page.access.principal.user,
        )
    except DomainError as refused:
        return _page(request, page, session, conflict_id, problem_key=_key(refused.code))
    audit(
        session,
        page.access,
        request,
        "conflict.resolve",
        target_type="submission",
        target_id=submission.instance_id,
        fields=len(choices),
    )
    return redirect(f"/app/{page.view.slug}/conflicts?resolved={submission.instance_id}")


def _key(code: str) -> str:
    return {"conflict": "conflict.already", "request.invalid": "conflict.refused"}.get(
        code, "problem.other"
    )
