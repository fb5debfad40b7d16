"""An interview's review as supervisors see it: state, history, and who wrote each step."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from accounts.names import usernames
from review import store
from review.models import ReviewState


@dataclass(frozen=True, slots=True)
class ReviewHistory:
    """A review and the usernames of its authors, by user id."""

    review: store.Review
    authors: dict[int, str]


def read_review(session: Session, *, study_id: int, instance_id: str) -> ReviewHistory:
    """An interview's review state and its history of states and comments."""
    found = store.get_review(session, study_id=study_id, instance_id=instance_id)
    return ReviewHistory(found, usernames(session, (e.author_id for e in found.events)))


def write_review(
    session: Session,
    *,
    study_id: int,
    instance_id: str,
    author_id: int,
    state: ReviewState | None,
    comment: str | None,
    now: datetime,
) -> ReviewHistory:
    """Set a review state and/or add a comment; the history as it now stands."""
    found = store.set_review(
        session,
        study_id=study_id,
        instance_id=instance_id,
        author_id=author_id,
        state=state,
        comment=comment,
        now=now,
    )
    return ReviewHistory(found, usernames(session, (e.author_id for e in found.events)))
