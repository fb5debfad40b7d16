"""The interview read API's services: one call per route."""

from __future__ import annotations

from dataclasses import asdict

from sqlmodel import Session

from core.ids import id_of
from interviews import store
from interviews.cursor import decode_cursor, encode_cursor
from interviews.models import (
    AnswerPublic,
    AttachmentPublic,
    ChoicePublic,
    InterviewDetail,
    InterviewPage,
    InterviewSummary,
    ReviewEventPublic,
    RevisionPublic,
)
from interviews.render import render_answers
from interviews.store import InterviewFilter, InterviewRow

MAX_PAGE = 500


def summary(row: InterviewRow) -> InterviewSummary:
    s = row.submission
    return InterviewSummary(
        instance_id=s.instance_id,
        form_id=row.form_id,
        form_version=s.form_version,
        village=s.village,
        enumerator=row.enumerator,
        device_id=s.device_id,
        review_state=row.review_state,
        state=str(s.state),
        is_conflicting=row.is_conflicting,
        is_quarantined=row.is_quarantined,
        flags=list(s.flags),
        started_at=s.started_at,
        ended_at=s.ended_at,
        received_at=s.received_at,
        updated_at=s.updated_at,
    )


def list_page(
    session: Session,
    *,
    study_id: int,
    filters: InterviewFilter,
    cursor: str | None,
    limit: int,
    enumerator_id: int | None,
) -> InterviewPage:
    """One page of interviews after `cursor`, oldest first."""
    limit = max(1, min(limit, MAX_PAGE))
    rows = store.list_interviews(
        session,
        study_id=study_id,
        filters=filters,
        after_id=decode_cursor(cursor),
        limit=limit + 1,
        enumerator_id=enumerator_id,
    )
    more = len(rows) > limit
    rows = rows[:limit]
    last = rows[-1].submission.id if rows and more else None
    return InterviewPage(
        items=[summary(r) for r in rows],
        next_cursor=encode_cursor(last) if last is not None else None,
    )


def _kind(content_type: str | None) -> str:
    major = (content_type or "").split("/")[0]
    return {"audio": "audio", "image": "photo", "video": "video"}.get(major, "file")


def read_interview(
    session: Session,
    *,
    study_id: int,
    slug: str,
    instance_id: str,
    lang: str,
    enumerator_id: int | None,
    may_open_attachments: bool,
) -> InterviewDetail:
    """One interview with labelled answers, revisions, review history and attachments."""
    row = store.get_interview(
        session, study_id=study_id, instance_id=instance_id, enumerator_id=enumerator_id
    )
    s = row.submission
    submission_pk = id_of(s)
    document = store.get_document(session, form_pk=s.form_pk, version=s.form_version)
    answers = [
        AnswerPublic(
            **{k: v for k, v in asdict(a).items() if k != "choices"},
            choices=[ChoicePublic(value=c.value, label=c.label) for c in a.choices],
        )
        for a in render_answers(document, s.data, lang)
    ]
    events = store.list_review_events(session, submission_pk=submission_pk)
    names = store.usernames(session, {e.author_id for e in events if e.author_id is not None})
    blobs = {
        b.sha256: b for b in store.list_blobs(session, study_id=study_id, sha256s=s.attachments)
    }
    attachments = []
    for sha in s.attachments:
        blob = blobs.get(sha)
        attachments.append(
            AttachmentPublic(
                id=sha,
                kind=_kind(blob.content_type if blob else None),
                content_type=blob.content_type if blob else None,
                size=blob.size if blob else None,
                duration_s=blob.duration_s if blob else None,
                is_received=blob is not None,
                href=f"/api/v1/studies/{slug}/attachments/{sha}"
                if blob is not None and may_open_attachments
                else None,
            )
        )
    return InterviewDetail(
        **summary(row).model_dump(),
        lang=lang,
        answers=answers,
        revisions=[
            RevisionPublic(
                rev=r.rev,
                parent_rev=r.parent_rev,
                kind=r.kind,
                form_version=r.form_version,
                device_id=r.device_id,
                received_at=r.received_at,
                is_head=r.rev == s.head_rev,
            )
            for r in store.list_revisions(session, submission_pk=submission_pk)
        ],
        review=[
            ReviewEventPublic(
                state=e.state,
                comment=e.comment,
                author=names.get(e.author_id) if e.author_id is not None else None,
                created_at=e.created_at,
            )
            for e in events
        ],
        attachments=attachments,
    )
