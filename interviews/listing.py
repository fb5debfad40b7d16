"""What the web app's interview pages read in one go: a page of interviews with the words
around it (form titles in the person's language, villages, enumerators to filter by).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from accounts.models import Community, Membership, Role, User
from forms.models import Form, FormVersion
from interviews import read
from interviews.models import InterviewDetail, InterviewPage
from interviews.render import LANGUAGES, label_in
from interviews.store import InterviewFilter
from review.models import ReviewEvent

RECENT_COMMENTS = 10


@dataclass(frozen=True, slots=True)
class InterviewListView:
    page: InterviewPage
    form_titles: dict[str, str]  # form_id -> title in the chosen language
    villages: list[tuple[str, str]]  # (slug, name)
    enumerators: list[str]  # usernames; empty when the reader sees only their own
    # For an enumerator: the latest comments their supervisors wrote on their interviews.
    comments: list[ReviewEvent]


def form_titles(session: Session, *, study_id: int, lang: str) -> dict[str, str]:
    """Each form's title in `lang` (from its current version), else its stored title or id."""
    rows = session.exec(
        select(Form, FormVersion)
        .outerjoin(
            FormVersion,
            (col(FormVersion.form_pk) == col(Form.id))
            & (col(FormVersion.version) == col(Form.current_version)),
        )
        .where(Form.study_id == study_id)
        .order_by(col(Form.form_id))
    ).all()
    titles: dict[str, str] = {}
    for form, version in rows:
        document: dict[str, Any] = (version.document if version else form.draft) or {}
        meta = document.get("x-form") or {}
        titles[form.form_id] = label_in(meta.get("title"), lang, form.title or form.form_id)
    return titles


def list_for_page(
    session: Session,
    *,
    study_id: int,
    filters: InterviewFilter,
    cursor: str | None,
    limit: int,
    enumerator_id: int | None,
    lang: str,
) -> InterviewListView:
    """One page of interviews and what the page needs to name and filter them."""
    page = read.list_page(
        session,
        study_id=study_id,
        filters=filters,
        cursor=cursor,
        limit=limit,
        enumerator_id=enumerator_id,
    )
    villages = session.exec(
        select(Community.slug, Community.name)
        .where(Community.study_id == study_id)
        .order_by(col(Community.name))
    ).all()
    enumerators: list[str] = []
    comments: list[ReviewEvent] = []
    if enumerator_id is not None:
        comments = list(
            session.exec(
                select(ReviewEvent)
                .where(
                    ReviewEvent.study_id == study_id,
                    ReviewEvent.enumerator_id == enumerator_id,
                    col(ReviewEvent.comment).is_not(None),
                )
                .order_by(col(ReviewEvent.id).desc())
                .limit(RECENT_COMMENTS)
            ).all()
        )
    else:
        enumerators = list(
            session.exec(
                select(User.username)
                .join(Membership, col(Membership.user_id) == col(User.id))
                .where(Membership.study_id == study_id, Membership.role == Role.enumerator.value)
                .order_by(col(User.username))
            ).all()
        )
    return InterviewListView(
        page=page,
        form_titles=form_titles(session, study_id=study_id, lang=lang),
        villages=[(slug, name) for slug, name in villages],
        enumerators=enumerators,
        comments=comments,
    )


@dataclass(frozen=True, slots=True)
class InterviewView:
    detail: InterviewDetail
    form_title: str
    village: str | None  # the village's name
    label_languages: list[str]  # languages the form's labels come in (es, qu, en)


def read_for_page(
    session: Session,
    *,
    study_id: int,
    slug: str,
    instance_id: str,
    lang: str,
    labels: str,
    enumerator_id: int | None,
    may_open_attachments: bool,
) -> InterviewView:
    """One interview with its answers labelled in `labels`, named in `lang`."""
    detail = read.read_interview(
        session,
        study_id=study_id,
        slug=slug,
        instance_id=instance_id,
        lang=labels,
        enumerator_id=enumerator_id,
        may_open_attachments=may_open_attachments,
    )
    version = session.exec(
        select(FormVersion)
        .join(Form, col(Form.id) == col(FormVersion.form_pk))
        .where(
            Form.study_id == study_id,
            Form.form_id == detail.form_id,
            FormVersion.version == detail.form_version,
        )
    ).first()
    title = (version.document.get("x-form") or {}).get("title") if version else None
    village = session.exec(
        select(Community.name).where(
            Community.study_id == study_id, Community.slug == detail.village
        )
    ).first()
    return InterviewView(
        detail=detail,
        form_title=label_in(title, lang, detail.form_id),
        village=village or detail.village,
        label_languages=[code for code in LANGUAGES if isinstance(title, dict) and code in title],
    )
