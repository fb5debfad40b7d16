"""The supervisor dashboard page and its live feed (server-sent events).

The page itself holds no data: it logs in over the API and reads the supervision
views with the session token like any client. EventSource cannot send an
Authorization header, so the stream is opened with a one-time ticket that the page
asks for with its token (a token in a URL would end up in proxy logs).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
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
from monitor.reads import refresh_and_read
from core.errors import Forbidden, NotFound
from core.metadata import utcnow
from monitor import progress
from monitor.stream import issue_stream_ticket, redeem_stream_ticket

router = APIRouter(tags=["supervision"])
templates = Jinja2Templates(directory=Path(__file__).resolve().parents[2] / "monitor" / "templates")


@dataclass(frozen=True, slots=True)
class StreamConfig:
    """How often the stream polls, beats and how long it lives (tests shorten these)."""

    poll_s: float = 1.5
    heartbeat_s: float = 15.0
    max_s: float = 300.0  # the page asks for a new ticket and reconnects


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


@router.get("/api/v1/studies/{slug}/progress/stream")
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
    config = getattr(request.app.state, "progress_stream", StreamConfig())
    return StreamingResponse(
        _events(request, request.app.state.database, study, config),
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
    request: Request, database: Database, study: Study, config: StreamConfig
) -> AsyncIterator[str]:
    """Poll a cheap version token; send the summary when it changes. Bounded in time."""
    assert study.id is not None
    started = last_beat = time.monotonic()
    seen = None
    yield "retry: 3000\n\n"
    while time.monotonic() - started < config.max_s:
        if await request.is_disconnected():
            return
        # The database is the only thing workers share, so every worker polls it.
        version = await run_in_threadpool(_version, database, study.id)
        if version != seen:
            seen = version
            yield await run_in_threadpool(_summary_event, database, study)
            last_beat = time.monotonic()
        elif time.monotonic() - last_beat >= config.heartbeat_s:
            yield ": keep-alive\n\n"
            last_beat = time.monotonic()
        await asyncio.sleep(config.poll_s)
    yield "event: end\ndata: {}\n\n"
