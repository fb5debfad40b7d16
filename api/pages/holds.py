"""The privacy review queue page: spans the scrubber was unsure of, to release or confirm.

Supervisors and admins only (the `review` permission): the page shows each held span
opened beside its masked context. Reads and decisions go through the API's services
and are audited like the API's; the span itself is never logged or audited.
"""

from __future__ import annotations

from functools import partial
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response

from accounts.permissions import Permission
from api.auth import audit
from api.db import SessionDep
from api.deps import KeyRingsDep
from api.pages.session import CsrfDep, StudyPage, page_lang, page_require, redirect, render
from core.errors import DomainError
from holdqueue import listing, service
from web import i18n

router = APIRouter(prefix="/app/{slug}/holds", include_in_schema=False)

Reviewer = Annotated[StudyPage, page_require(Permission.review)]
PAGE_SIZE = 50


@router.get("", response_class=HTMLResponse)
def get_holds(
    request: Request, page: Reviewer, session: SessionDep, rings: KeyRingsDep, after: int = 0
) -> Response:
    """Held spans, oldest first, each with its masked context and the span to decide on."""
    held = listing.list_holds(
        session,
        study_id=page.access.study_id,
        ring=rings.ring(page.access.study_id),
        after=max(0, after),
        limit=PAGE_SIZE,
    )
    audit(session, page.access, request, "data.read", view="holds", count=len(held.items))
    query = request.query_params
    cards = [(h, *_split(h.context, h.mask)) for h in held.items]
    return render(
        request,
        "holds.html",
        {
            "cards": cards,
            "page": held,
            "done": query.get("done", "")[:10],
            "count": query.get("n", "")[:4],
            "problem_key": query.get("problem", "")[:40],
            "has_word": partial(i18n.has, page_lang(request)),
        },
    )


def _split(context: str, mask: str) -> tuple[str, str]:
    before, _, after = context.partition(mask)
    return before, after


@router.post("/decide", response_class=HTMLResponse)
def post_decide(
    request: Request,
    page: Reviewer,
    session: SessionDep,
    _me: CsrfDep,
    rings: KeyRingsDep,
    decision: Annotated[str, Form(max_length=10)],
    hold: Annotated[list[int] | None, Form(max_length=service.MAX_DECISIONS)] = None,
) -> Response:
    """Release or confirm the ticked spans, then back to the queue with what was done."""
    base = f"/app/{page.view.slug}/holds"
    if decision not in ("release", "confirm") or not hold:
        return redirect(f"{base}?problem=none_ticked")
    try:
        decided = service.decide_holds(
            session,
            study_id=page.access.study_id,
            hold_ids=hold,
            decision="release" if decision == "release" else "confirm",
            ring=rings.ring(page.access.study_id),
            user=page.access.principal.user,
        )
    except DomainError as refused:
        return redirect(f"{base}?problem={refused.code}")
    for d in decided:  # one row per span: audit details are short scalars
        audit(
            session,
            page.access,
            request,
            f"hold.{decision}",
            target_type="hold",
            target_id=d.hold_id,
            rev=d.rev,
        )
    return redirect(f"{base}?done={decision}&n={len(decided)}")
