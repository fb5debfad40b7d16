"""One-time tickets for the progress stream (EventSource cannot send a bearer token).

A ticket is random, stored only as its SHA-256, bound to one study and one person,
valid for a minute and usable once. Kept in the database so that any worker
process can redeem a ticket another one issued.
"""

from __future__ import annotations

import hashlib
import secrets
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
