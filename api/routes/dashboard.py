"""The supervisor dashboard page and its live feed (server-sent events).

The page itself holds no data: it logs in over the API and reads the supervision
views with the session token like any client. EventSource cannot send an
Authorization header, so the stream is opened with a one-time ticket that the page
asks for with its token (a token in a URL would end up in proxy logs).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, StreamingResponse
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool
from starlette.templating import Jinja2Templates

from accounts import store
from accounts.audit import record_audit
from accounts.models import Study, User
from accounts.permissions import Permission, role_allows
from api.auth import StudyAccess, client_addr, require
from api.db import Database, SessionDep
from core.errors import Forbidden, NotFound
from core.metadata import utcnow
from monitor import progress
from monitor.changes import ChangeHub
from monitor.reads import refresh_and_read
from monitor.stream import StreamConfig, issue_stream_ticket, redeem_stream_ticket, stream_events

router = APIRouter(tags=["supervision"])
templates = Jinja2Templates(directory=Path(__file__).resolve().parents[2] / "monitor" / "templates")


class StreamTicketPublic(BaseModel):
    ticket: str
    expires_at: datetime
    url: str


@router.get("/dashboard", response_class=HTMLResponse, include_in_schema=False)
def get_dashboard(request: Request) -> HTMLResponse:
    """The supervisor dashboard (Spanish by default, English on a toggle)."""
    return templates.TemplateResponse(request, "dashboard.html", {})


@router.post(
    "/api/v1/studies/{slug}/progress/stream-ticket",
    response_model=StreamTicketPublic,
    status_code=201,
)
def create_stream_ticket(
    access: Annotated[StudyAccess, require(Permission.read_submissions)], session: SessionDep
) -> StreamTicketPublic:
    """A one-time ticket (valid 60 s) that opens GET …/progress/stream once."""
    ticket, expires = issue_stream_ticket(
        session, study_id=access.study_id, user_id=access.principal.user_id, now=utcnow()
    )
    url = f"/api/v1/studies/{access.study.slug}/progress/stream?ticket={ticket}"
    return StreamTicketPublic(ticket=ticket, expires_at=expires, url=url)


def _stream_study(session: SessionDep, slug: str, ticket: str) -> tuple[Study, int]:
    try:
        study = store.get_study(session, slug)
    except NotFound:
        raise NotFound("No such study.") from None
    assert study.id is not None
    user_id = redeem_stream_ticket(session, ticket=ticket, study_id=study.id, now=utcnow())
    # Checked again at redemption: a role removed since the ticket was issued counts.
    user = session.get(User, user_id)
    role = store.get_role(session, study_id=study.id, user_id=user_id)
    allowed = user is not None and user.is_active
    if not (allowed and (user.is_superuser or role_allows(role, Permission.read_submissions))):  # type: ignore[union-attr]
        raise Forbidden("Your role in this study does not allow read_submissions.")
    return study, user_id


@router.get(
    "/api/v1/studies/{slug}/progress/stream",
    response_class=StreamingResponse,
    responses={200: {"content": {"text/event-stream": {}}, "description": "Server-sent events."}},
)
def stream_progress(
    slug: str,
    ticket: Annotated[str, Query(min_length=10, max_length=100)],
    session: SessionDep,
    request: Request,
) -> StreamingResponse:
    """Server-sent events: a `progress` event with the summary whenever tablets sync."""
    study, user_id = _stream_study(session, slug, ticket)
    record_audit(
        session,
        action="data.read",
        study_id=study.id,
        actor_user_id=user_id,
        target_type="study",
        target_id=study.slug,
        remote_addr=client_addr(request),
        detail={"view": "progress.stream"},
    )
    state = request.app.state
    config = getattr(state, "progress_stream", None) or StreamConfig(
        poll_s=state.settings.stream_poll_seconds
    )
    return StreamingResponse(
        _events(request, state.database, state.changes, study, config),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
    )


def _summary_event(database: Database, study: Study) -> str:
    assert study.id is not None
    summary = refresh_and_read(
        database, study.id, lambda s: progress.progress_summary(s, study=study, now=utcnow())
    )
    return f"event: progress\nid: {summary.version}\ndata: {summary.model_dump_json()}\n\n"


def _version(database: Database, study_id: int) -> str:
    with database.session() as session:
        return progress.change_version(session, study_id=study_id)


async def _events(
    request: Request, database: Database, hub: ChangeHub, study: Study, config: StreamConfig
) -> AsyncIterator[str]:
    """The study's summary now and whenever it changes (monitor/stream.py says when)."""
    assert study.id is not None
    study_id = study.id

    async def read_version() -> str:
        return await run_in_threadpool(_version, database, study_id)

    async def read_event() -> str:
        return await run_in_threadpool(_summary_event, database, study)

    with hub.subscribe(study_id) as changed:
        async for chunk in stream_events(
            changed=changed,
            read_version=read_version,
            read_event=read_event,
            is_gone=request.is_disconnected,
            config=config,
        ):
            yield chunk
