"""The quarantine queue as supervisors work it: list, read, dismiss, correct and accept.

Each item is shown with its enumerator's username, read in the same query as the items.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from accounts.keyrings import StudyKeyRings
from accounts.models import Study, User
from core.errors import NotFound
from sync import accept
from sync.models import QuarantineItem


@dataclass(frozen=True, slots=True)
class QueuedItem:
    """A quarantined item and the username of the enumerator who sent it."""

    item: QuarantineItem
    enumerator: str


def list_quarantine(
    session: Session, *, study_id: int, reason: str | None = None, is_open: bool = True
) -> list[QueuedItem]:
    """The study's open (or closed) items, oldest first, optionally of one reason."""
    query = (
        select(QuarantineItem, User.username)
        .join(User, col(User.id) == col(QuarantineItem.enumerator_id))
        .where(QuarantineItem.study_id == study_id, QuarantineItem.is_open == is_open)
    )
    if reason:
        query = query.where(QuarantineItem.reason == reason)
    rows = session.exec(query.order_by(col(QuarantineItem.id))).all()
    return [QueuedItem(item=item, enumerator=username) for item, username in rows]


def read_quarantined(session: Session, *, study_id: int, quarantine_id: int) -> QueuedItem:
    """One of the study's items, open or closed."""
    item = accept.get_quarantined(session, study_id=study_id, quarantine_id=quarantine_id)
    return _queued(session, item)


def dismiss_quarantined(session: Session, *, study_id: int, quarantine_id: int) -> QueuedItem:
    """Close an item without accepting it; it stays stored."""
    item = accept.get_quarantined(session, study_id=study_id, quarantine_id=quarantine_id)
    return _queued(session, accept.dismiss_quarantined(session, item=item))


def accept_quarantined(
    session: Session,
    *,
    study: Study,
    quarantine_id: int,
    changes: Mapping[str, Any],
    rings: StudyKeyRings,
    user: User,
) -> accept.Accepted:
    """Correct an item's answers and accept it as a push would.

    A refusal (answers still invalid, item closed, consent withdrawn) undoes what the
    attempt wrote, so the caller's transaction can go on (the web page shows the form
    again).
    """
    assert study.id is not None
    item = accept.get_quarantined(session, study_id=study.id, quarantine_id=quarantine_id)
    keys = rings.ring(study.id, "pseudonym")
    with session.begin_nested():
        return accept.accept_quarantined(
            session, study=study, item=item, changes=changes, keys=keys, user=user
        )


def _queued(session: Session, item: QuarantineItem) -> QueuedItem:
    user = session.get(User, item.enumerator_id)
    if user is None:
        raise NotFound("No such user.")
    return QueuedItem(item=item, enumerator=user.username)
