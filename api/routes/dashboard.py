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

from accounts.models import Study
from accounts.permissions import Permission
from api.auth import StudyAccess, client_addr, require
from api.db import Database, SessionDep
from core.metadata import utcnow
from monitor import reads
from monitor.changes import ChangeHub
from monitor.stream import StreamConfig, issue_stream_ticket, stream_events

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
    study = reads.open_progress_stream(
        session, slug=slug, ticket=ticket, remote_addr=client_addr(request)
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


async def _events(
    request: Request, database: Database, hub: ChangeHub, study: Study, config: StreamConfig
) -> AsyncIterator[str]:
    """The study's summary now and whenever it changes (monitor/stream.py says when)."""
    assert study.id is not None
    study_id = study.id

    async def read_version() -> str:
        return await run_in_threadpool(reads.progress_version, database, study_id)

    async def read_event() -> str:
        return await run_in_threadpool(reads.progress_event, database, study)

    with hub.subscribe(study_id) as changed:
        async for chunk in stream_events(
            changed=changed,
            read_version=read_version,
            read_event=read_event,
            is_gone=request.is_disconnected,
            config=config,
        ):
            yield chunk
