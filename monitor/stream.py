"""The progress stream: its one-time tickets, and when it sends an event.

EventSource cannot send a bearer token, so a stream opens with a ticket: random,
stored only as its SHA-256, bound to one study and one person, valid for a minute
and usable once. Kept in the database so that any worker process can redeem a
ticket another one issued.

A stream sends the summary when its study changes: a change signal
(`monitor.changes`, PostgreSQL LISTEN/NOTIFY across workers) wakes it at once, and
a slow poll of the version token catches anything a signal missed.
"""

from __future__ import annotations

import asyncio
import hashlib
import secrets
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, col, delete, select

from core.errors import Unauthenticated
from monitor.models import StreamTicket

TICKET_TTL = timedelta(seconds=60)


def _digest(ticket: str) -> str:
    return hashlib.sha256(ticket.encode()).hexdigest()


def issue_stream_ticket(
    session: Session, *, study_id: int, user_id: int, now: datetime
) -> tuple[str, datetime]:
    # Old tickets are useless; clearing them here keeps the table tiny without a job.
    session.exec(delete(StreamTicket).where(col(StreamTicket.expires_at) < now - TICKET_TTL))
    ticket = secrets.token_urlsafe(32)
    expires = now + TICKET_TTL
    session.add(
        StreamTicket(
            ticket_hash=_digest(ticket), study_id=study_id, user_id=user_id, expires_at=expires
        )
    )
    session.flush()
    return ticket, expires


def redeem_stream_ticket(session: Session, *, ticket: str, study_id: int, now: datetime) -> int:
    """Use up a ticket for this study; returns the person it was issued to."""
    row = session.exec(
        select(StreamTicket).where(StreamTicket.ticket_hash == _digest(ticket))
    ).first()
    if row is None or row.study_id != study_id or row.used_at is not None or row.expires_at < now:
        raise Unauthenticated("This stream ticket is unknown, used or expired. Ask for a new one.")
    row.used_at = now
    session.add(row)
    session.flush()
    return row.user_id


@dataclass(frozen=True, slots=True)
class StreamConfig:
    """How a stream waits, beats and how long it lives (tests shorten these)."""

    poll_s: float = 10.0  # a safety net: change signals wake the stream at once
    heartbeat_s: float = 15.0
    max_s: float = 300.0  # the page asks for a new ticket and reconnects
    min_gap_s: float = 1.0  # fifty tablets syncing at once make one event a second


async def stream_events(
    *,
    changed: asyncio.Event,
    read_version: Callable[[], Awaitable[str]],
    read_event: Callable[[], Awaitable[str]],
    is_gone: Callable[[], Awaitable[bool]],
    config: StreamConfig,
) -> AsyncIterator[str]:
    """Send `read_event()` at once, then whenever the study changes; bounded in time.

    A signal alone is enough to send: conflict resolutions and quarantine decisions
    change the queues without a new sync batch.
    """
    started = last_beat = time.monotonic()
    end = started + config.max_s
    last_sent = -config.min_gap_s
    seen: str | None = None
    signalled, read_due, next_read = False, True, started
    yield "retry: 3000\n\n"
    while time.monotonic() < end:
        if await is_gone():
            return
        if signalled or read_due:
            if signalled:  # coalesce a burst of signals
                await asyncio.sleep(max(0.0, last_sent + config.min_gap_s - time.monotonic()))
            changed.clear()  # a signal from now on means a change this read may not show
            version = await read_version()
            next_read = time.monotonic() + config.poll_s
            if version != seen or signalled:
                seen = version
                yield await read_event()
                last_sent = last_beat = time.monotonic()
        if time.monotonic() - last_beat >= config.heartbeat_s:  # no database read for it
            yield ": keep-alive\n\n"
            last_beat = time.monotonic()
        now = time.monotonic()
        wake = min(next_read, last_beat + config.heartbeat_s, end)
        signalled = await _wait(changed, max(0.0, wake - now))
        read_due = time.monotonic() >= next_read
    yield "event: end\ndata: {}\n\n"


async def _wait(event: asyncio.Event, timeout: float) -> bool:
    try:
        await asyncio.wait_for(event.wait(), timeout)
    except TimeoutError:
        return False
    return True
