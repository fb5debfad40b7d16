"""Supervisor review of interviews: a state per submission and comments for the enumerator.

The current state lives in `submission_review` (no row: `received`); every change
and comment is appended to `review_event`, which is also the feed the tablets pull.
Comments are written to the enumerator and may quote the interview, so they are
never logged or audited, only stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from core.errors import InvalidInput, NotFound
from core.ids import id_of
from feed.store import Change, emit
from privacy import ScrubContext, scrub_free_text
from review.models import ReviewEvent, ReviewState, SubmissionReview
from sync.models import Submission

MAX_COMMENT = 2000


@dataclass(frozen=True, slots=True)
class Review:
    submission: Submission
    state: ReviewState
    events: tuple[ReviewEvent, ...]


def get_submission(session: Session, *, study_id: int, instance_id: str) -> Submission:
    row = session.exec(
        select(Submission).where(
            Submission.study_id == study_id, Submission.instance_id == instance_id
        )
    ).first()
    if row is None:
        raise NotFound("No such interview in this study.")
    return row


def get_review(session: Session, *, study_id: int, instance_id: str) -> Review:
    submission = get_submission(session, study_id=study_id, instance_id=instance_id)
    current = session.get(SubmissionReview, submission.id)
    events = session.exec(
        select(ReviewEvent)
        .where(ReviewEvent.submission_pk == submission.id)
        .order_by(col(ReviewEvent.id))
    )
    state = current.state if current else ReviewState.received
    return Review(submission, state, tuple(events))


def set_review(
    session: Session,
    *,
    study_id: int,
    instance_id: str,
    author_id: int,
    state: ReviewState | None,
    comment: str | None,
    now: datetime,
) -> Review:
    """Record a state change and/or a comment; the history keeps every step."""
    comment = (comment or "").strip() or None
    if state is None and comment is None:
        raise InvalidInput("Give a review state, a comment, or both.")
    if comment is not None and len(comment) > MAX_COMMENT:
        raise InvalidInput(f"A comment has at most {MAX_COMMENT} characters.")
    if comment is not None:
        # A supervisor may name the interviewee while writing to the enumerator: the
        # comment is scrubbed like any free-text answer before it is stored or sent.
        comment = scrub_free_text(comment, context=ScrubContext())
    submission = get_submission(session, study_id=study_id, instance_id=instance_id)
    submission_pk = id_of(submission)
    if state is not None:
        _set_state(session, submission, state=state, author_id=author_id, now=now)
    session.add(
        ReviewEvent(
            study_id=study_id,
            submission_pk=submission_pk,
            instance_id=submission.instance_id,
            enumerator_id=submission.enumerator_id,
            author_id=author_id,
            state=state,
            comment=comment,
            created_at=now,
        )
    )
    emit(
        session,
        study_id=study_id,
        changes=[
            Change(
                "review",
                submission.instance_id,
                {
                    "instance_id": submission.instance_id,
                    "state": state.value if state is not None else None,
                    "comment": comment,
                    "at": now.isoformat(),
                },
                [submission.enumerator_id],
            )
        ],
    )
    session.flush()
    return get_review(session, study_id=study_id, instance_id=instance_id)


MAX_BULK = 200  # one page of the web app's interview list


def set_reviews(
    session: Session,
    *,
    study_id: int,
    instance_ids: list[str],
    author_id: int,
    state: ReviewState | None,
    comment: str | None,
    now: datetime,
) -> list[Review]:
    """The same review for several interviews at once: all of them or, on any error, none."""
    unique = list(dict.fromkeys(instance_ids))
    if not unique:
        raise InvalidInput("Choose at least one interview.")
    if len(unique) > MAX_BULK:
        raise InvalidInput(f"Review at most {MAX_BULK} interviews at once.")
    return [
        set_review(
            session,
            study_id=study_id,
            instance_id=instance_id,
            author_id=author_id,
            state=state,
            comment=comment,
            now=now,
        )
        for instance_id in unique
    ]


def _set_state(
    session: Session, submission: Submission, *, state: ReviewState, author_id: int, now: datetime
) -> None:
    submission_pk = id_of(submission)
    current = session.get(SubmissionReview, submission_pk) or SubmissionReview(
        submission_pk=submission_pk, study_id=submission.study_id
    )
    current.state, current.updated_at, current.updated_by_id = state, now, author_id
    session.add(current)  # monitor's read model follows (monitor/models.py)


def list_review_events_since(
    session: Session, *, study_id: int, enumerator_id: int, after_id: int, limit: int
) -> list[ReviewEvent]:
    """Review events on one enumerator's interviews with id > after_id, oldest first.

    For the tablets' pull feed: the tablet keeps the last id it saw and asks again.
    """
    return list(
        session.exec(
            select(ReviewEvent)
            .where(
                ReviewEvent.study_id == study_id,
                ReviewEvent.enumerator_id == enumerator_id,
                col(ReviewEvent.id) > after_id,
            )
            .order_by(col(ReviewEvent.id))
            .limit(max(1, min(limit, 1000)))
        )
    )
