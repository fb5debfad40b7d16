"""Interview pages: the filtered list with bulk review, one interview with its review buttons.

Enumerators see their own interviews and the comments on them; supervisors and
admins see everyone's and review. Every read is audited like the API's.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Annotated, Any
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Form, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, Response, StreamingResponse

from accounts.permissions import Permission
from api.auth import audit
from api.db import SessionDep
from api.deps import AuditDep, Auditor, BlobStoreDep, KeyRingsDep
from api.pages.session import CsrfDep, StudyPage, page_lang, page_require, redirect, render
from api.pages.session import study_zone as zone_of
from api.routes.privacy import read_attachment
from core.errors import InvalidInput
from core.metadata import utcnow
from interviews import listing
from interviews.attachments import may_open_attachments
from interviews.models import AnswerPublic
from interviews.store import InterviewFilter
from review import store as review
from review.models import ReviewState

router = APIRouter(prefix="/app/{slug}", include_in_schema=False)

Reader = Annotated[StudyPage, page_require(Permission.read_own_submissions)]
Reviewer = Annotated[StudyPage, page_require(Permission.review)]
FileReader = Annotated[StudyPage, page_require(Permission.read_submissions)]
InstanceId = Annotated[str, PathParam(max_length=36)]
Text = Annotated[str | None, Query(max_length=64)]
PAGE_SIZE = 50
LABEL_LANGUAGES = ("es", "qu", "en")  # the form's own languages (Quechua where it has it)
REVIEW_STATES = (ReviewState.approved, ReviewState.has_issues, ReviewState.rejected)


def _day(value: str | None, where: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(
            "A date is not valid.",
            errors=[{"in": "query", "pointer": f"/{where}", "code": "date", "message": "A date."}],
        ) from None


def _state(value: str | None) -> ReviewState | None:
    if not value:
        return None
    try:
        return ReviewState(value)
    except ValueError:
        raise InvalidInput("Unknown review state.") from None


def _local_midnight(day: date | None, zone: ZoneInfo, *, plus_days: int = 0) -> datetime | None:
    """The start of a day in the study's time zone: an evening in Lima stays on its day."""
    if day is None:
        return None
    return datetime.combine(day + timedelta(days=plus_days), time(), tzinfo=zone)


@router.get("/interviews", response_class=HTMLResponse)
def get_interviews(
    request: Request,
    page: Reader,
    session: SessionDep,
    form: Text = None,
    village: Text = None,
    enumerator: Text = None,
    state: Text = None,
    date_from: Annotated[str | None, Query(alias="from", max_length=10)] = None,
    date_to: Annotated[str | None, Query(alias="to", max_length=10)] = None,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> Response:
    """Interviews filtered like the API (form, village, enumerator, state, received day)."""
    zone = zone_of(page.view)
    filters = InterviewFilter(
        form_id=form or None,
        village=village or None,
        enumerator=enumerator or None,
        review_state=_state(state),
        received_from=_local_midnight(_day(date_from, "from"), zone),
        received_to=_local_midnight(_day(date_to, "to"), zone, plus_days=1),
    )
    view = listing.list_for_page(
        session,
        study_id=page.access.study_id,
        filters=filters,
        cursor=cursor or None,
        limit=PAGE_SIZE,
        enumerator_id=page.access.own_interviews_only,
        lang=page_lang(request),
    )
    audit(
        session, page.access, request, "data.read", view="interview_list", rows=len(view.page.items)
    )
    chosen = {
        "form": form or "",
        "village": village or "",
        "enumerator": enumerator or "",
        "state": state or "",
        "from": date_from or "",
        "to": date_to or "",
    }
    next_url = None
    if view.page.next_cursor:
        next_url = request.url.include_query_params(cursor=view.page.next_cursor)
    return render(
        request,
        "interviews.html",
        {
            "view": view,
            "chosen": chosen,
            "states": list(ReviewState),
            "review_states": REVIEW_STATES,
            "next_url": f"{next_url.path}?{next_url.query}" if next_url else None,
            "back": _here(request),
            "done": request.query_params.get("done"),
            "done_count": request.query_params.get("n"),
        },
    )


def _here(request: Request) -> str:
    query = request.url.query
    return f"{request.url.path}?{query}" if query else request.url.path


def _back(value: str | None, slug: str) -> str:
    base = f"/app/{slug}/interviews"
    if value and (value == base or value.startswith(base + "?")) and "\\" not in value:
        return value
    return base


def _with_notice(url: str, state: str, count: int) -> str:
    kept = "&".join(
        p for p in url.partition("?")[2].split("&") if p and not p.startswith(("done=", "n="))
    )
    query = "&".join(x for x in (kept, f"done={state}", f"n={count}") if x)
    return f"{url.partition('?')[0]}?{query}"


def _audit_reviews(
    audit: Auditor,
    page: StudyPage,
    ids: list[str],
    state: ReviewState | None,
    comment: str | None,
) -> None:
    for instance_id in ids:
        # Whether there was a comment, never its text: it may quote the interview.
        audit(
            page.access,
            "review.set",
            target_type="submission",
            target_id=instance_id,
            state=state.value if state else None,
            comment=bool(comment),
        )


@router.post("/interviews/review", response_class=HTMLResponse)
def post_bulk_review(
    request: Request,
    page: Reviewer,
    session: SessionDep,
    _me: CsrfDep,
    audit: AuditDep,
    state: Annotated[str, Form(max_length=16)],
    instance_id: Annotated[list[str] | None, Form(max_length=review.MAX_BULK)] = None,
    comment: Annotated[str | None, Form(max_length=review.MAX_COMMENT)] = None,
    back: Annotated[str | None, Form(max_length=2000)] = None,
) -> Response:
    """Approve, flag or reject the ticked interviews at once, with one comment for all."""
    chosen = _state(state)
    ids = [i[:36] for i in instance_id or []]
    review.set_reviews(
        session,
        study_id=page.access.study_id,
        instance_ids=ids,
        author_id=page.access.principal.user_id,
        state=chosen,
        comment=comment,
        now=utcnow(),
    )
    _audit_reviews(audit, page, list(dict.fromkeys(ids)), chosen, comment)
    return redirect(_with_notice(_back(back, page.view.slug), state, len(set(ids))))


def answer_text(answer: AnswerPublic) -> str:
    """An answer as words: choice labels instead of codes, lists joined, missing as words."""
    if answer.missing_label or answer.missing:
        return answer.missing_label or answer.missing or ""
    labels = {c.value: c.label for c in answer.choices}

    def word(value: Any) -> str:
        if isinstance(value, bool):
            return "✓" if value else "✗"
        return labels.get(str(value), str(value))

    value = answer.value
    if value is None:
        return "—"
    if isinstance(value, list):
        return ", ".join(word(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {word(v)}" for k, v in value.items())
    return word(value)


@router.get("/interviews/{instance_id}", response_class=HTMLResponse)
def get_interview(
    request: Request,
    page: Reader,
    session: SessionDep,
    instance_id: InstanceId,
    labels: Annotated[str | None, Query(max_length=2)] = None,
) -> Response:
    """One interview: labelled answers, flags, history, attachments, review buttons."""
    may_open = may_open_attachments(
        page.study, page.role, is_superuser=page.access.principal.user.is_superuser
    )
    lang = page_lang(request)
    view = listing.read_for_page(
        session,
        study_id=page.access.study_id,
        slug=page.view.slug,
        instance_id=instance_id,
        lang=lang,
        labels=labels if labels in LABEL_LANGUAGES else lang,
        enumerator_id=page.access.own_interviews_only,
        may_open_attachments=may_open,
    )
    detail = view.detail
    audit(
        session,
        page.access,
        request,
        "data.read",
        target_type="submission",
        target_id=detail.instance_id,
        view="interview",
    )
    return render(
        request,
        "interview.html",
        {
            "item": detail,
            "view": view,
            "form_title": view.form_title,
            "village": view.village,
            "answers": [(a, answer_text(a)) for a in detail.answers],
            "review_states": REVIEW_STATES,
            "done": request.query_params.get("done"),
        },
    )


@router.post("/interviews/{instance_id}/review", response_class=HTMLResponse)
def post_review(
    request: Request,
    page: Reviewer,
    session: SessionDep,
    _me: CsrfDep,
    audit: AuditDep,
    instance_id: InstanceId,
    state: Annotated[str | None, Form(max_length=16)] = None,
    comment: Annotated[str | None, Form(max_length=review.MAX_COMMENT)] = None,
) -> Response:
    """Set this interview's review state and/or write a comment to its enumerator."""
    chosen = _state(state)
    review.set_review(
        session,
        study_id=page.access.study_id,
        instance_id=instance_id,
        author_id=page.access.principal.user_id,
        state=chosen,
        comment=comment,
        now=utcnow(),
    )
    _audit_reviews(audit, page, [instance_id], chosen, comment)
    done = chosen.value if chosen else "comment"
    return redirect(f"/app/{page.view.slug}/interviews/{instance_id}?done={done}")


@router.get("/attachments/{sha256}")
def get_attachment(
    request: Request,
    page: FileReader,
    rings: KeyRingsDep,
    blobs: BlobStoreDep,
    audit: AuditDep,
    sha256: Annotated[str, PathParam(min_length=64, max_length=64)],
) -> StreamingResponse:
    """A recording or photo for the page's player, under the study's attachment policy (audited)."""
    return read_attachment(sha256=sha256, access=page.access, rings=rings, blobs=blobs, audit=audit)
