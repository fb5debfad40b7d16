"""What the conflict and quarantine pages read in one go, with the words around it.

Form prompts and choice labels in the person's language, who wrote each candidate
value (enumerator, tablet, when), why each quarantined item failed, pointer by pointer.
Values are the stored (anonymized) ones; nothing here writes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from accounts.models import Community, Device
from core.errors import DomainError
from core.ids import id_of
from interviews import store
from interviews.fieldtext import FieldInfo, field_at, input_text, value_text
from interviews.listing import form_titles
from interviews.render import AnswerView, render_answers
from sync import accept, resolution
from sync.models import QuarantineItem, SubmissionRevision


@dataclass(frozen=True, slots=True)
class Author:
    """Who wrote a revision: a tablet (its enumerator), the server's merge, or a person."""

    kind: str  # tablet, merge or resolution
    person: str | None
    device: str | None
    at: datetime


@dataclass(frozen=True, slots=True)
class CandidateView:
    index: int
    text: str
    is_absent: bool
    authors: list[Author]


@dataclass(frozen=True, slots=True)
class ConflictFieldView:
    info: FieldInfo
    base_text: str
    candidates: list[CandidateView]
    may_type: bool  # a direct identifier is chosen, never typed


@dataclass(frozen=True, slots=True)
class ConflictCard:
    conflict_id: int
    instance_id: str
    form_title: str
    village: str | None
    enumerator: str
    created_at: datetime
    fields: int


@dataclass(frozen=True, slots=True)
class ConflictView:
    card: ConflictCard
    fields: list[ConflictFieldView]
    is_open: bool


def _village_names(session: Session, *, study_id: int) -> dict[str, str]:
    rows = session.exec(
        select(Community.slug, Community.name).where(Community.study_id == study_id)
    ).all()
    return dict(rows)


def list_conflicts_for_page(session: Session, *, study_id: int, lang: str) -> list[ConflictCard]:
    rows = resolution.list_open_conflicts(session, study_id=study_id)
    titles = form_titles(session, study_id=study_id, lang=lang)
    villages = _village_names(session, study_id=study_id)
    names = store.usernames(session, {s.enumerator_id for _, s, _ in rows})
    return [
        ConflictCard(
            conflict_id=c.id or 0,
            instance_id=s.instance_id,
            form_title=titles.get(f.form_id, f.form_id),
            village=villages.get(s.village, s.village) if s.village else None,
            enumerator=names.get(s.enumerator_id, "—"),
            created_at=c.created_at,
            fields=len(c.fields),
        )
        for c, s, f in rows
    ]


def read_conflict_for_page(
    session: Session, *, study_id: int, conflict_id: int, lang: str
) -> ConflictView:
    """One conflict, field by field: the base, each live value and who wrote it, when."""
    conflict, submission = resolution.get_conflict(
        session, study_id=study_id, conflict_id=conflict_id
    )
    document = store.get_document(
        session, form_pk=submission.form_pk, version=submission.form_version
    )
    submission_pk = id_of(submission)
    authors = _authors(session, submission_pk=submission_pk)
    form_id = document.get("x-form", {}).get("form_id", "")
    titles = form_titles(session, study_id=study_id, lang=lang)
    names = store.usernames(session, {submission.enumerator_id})
    card = ConflictCard(
        conflict_id=conflict.id or 0,
        instance_id=submission.instance_id,
        form_title=titles.get(form_id, form_id),
        village=(
            _village_names(session, study_id=study_id).get(submission.village, submission.village)
            if submission.village
            else None
        ),
        enumerator=names.get(submission.enumerator_id, "—"),
        created_at=conflict.created_at,
        fields=len(conflict.fields),
    )
    fields = []
    for record in conflict.fields:
        info = field_at(document, record["pointer"], lang)
        candidates = record.get("candidates") or [
            {"value": record[side], "revs": record.get(f"{side}_revs", [])}
            for side in ("ours", "theirs")
            if side in record
        ]
        fields.append(
            ConflictFieldView(
                info=info,
                base_text=value_text(record["base"], info, lang) if "base" in record else "—",
                candidates=[
                    CandidateView(
                        index=i,
                        text=value_text(c.get("value"), info, lang),
                        is_absent="value" not in c,
                        authors=[authors[r] for r in c.get("revs", []) if r in authors],
                    )
                    for i, c in enumerate(candidates)
                ],
                may_type=info.known and info.privacy != "direct",
            )
        )
    return ConflictView(card=card, fields=fields, is_open=conflict.is_open)


def _authors(session: Session, *, submission_pk: int) -> dict[str, Author]:
    revisions = session.exec(
        select(SubmissionRevision).where(SubmissionRevision.submission_pk == submission_pk)
    ).all()
    devices = {
        d.id: d
        for d in session.exec(
            select(Device).where(col(Device.id).in_({r.device_id for r in revisions}))
        )
    }
    people = store.usernames(
        session,
        {d.user_id for d in devices.values()} | {r.author_id for r in revisions if r.author_id},
    )
    out: dict[str, Author] = {}
    for r in revisions:
        device = devices.get(r.device_id)
        person = people.get(r.author_id) if r.author_id else None
        if person is None and device is not None:
            person = people.get(device.user_id)
        out[r.rev] = Author(r.kind, person, device.label if device else None, r.received_at)
    return out


@dataclass(frozen=True, slots=True)
class ProblemView:
    info: FieldInfo
    code: str


@dataclass(frozen=True, slots=True)
class QuarantineCard:
    quarantine_id: int
    instance_id: str
    form_title: str | None  # None: the study has no such form
    reason: str
    enumerator: str
    received_at: datetime
    problems: list[ProblemView]
    is_open: bool
    outcome: str | None


@dataclass(frozen=True, slots=True)
class InputView:
    info: FieldInfo
    current: str
    values: list[str] = field(default_factory=list)  # chosen values of a choice field


@dataclass(frozen=True, slots=True)
class QuarantineView:
    card: QuarantineCard
    answers: list[AnswerView]
    raw: list[tuple[str, str]]  # (key, value) when no form version can label them
    inputs: list[InputView]
    target_version: int | None
    is_accepted_interview: bool


def _document(session: Session, item: QuarantineItem) -> tuple[dict[str, Any] | None, int | None]:
    try:
        _, version = accept.target_version(session, item=item)
    except DomainError:
        return None, None
    return version.document, version.version


def _card(
    item: QuarantineItem,
    *,
    document: Mapping[str, Any] | None,
    titles: Mapping[str, str],
    names: Mapping[int, str],
    lang: str,
) -> QuarantineCard:
    seen: dict[tuple[str, str], ProblemView] = {}
    for p in item.problems:
        pointer, code = str(p.get("pointer", "")), str(p.get("code", ""))
        seen.setdefault((pointer, code), ProblemView(field_at(document, pointer, lang), code))
    return QuarantineCard(
        quarantine_id=item.id or 0,
        instance_id=item.instance_id,
        form_title=titles.get(item.form_id),
        reason=item.reason,
        enumerator=names.get(item.enumerator_id, "—"),
        received_at=item.received_at,
        problems=list(seen.values()),
        is_open=item.is_open,
        outcome=item.outcome,
    )


def list_quarantine_for_page(
    session: Session, *, study_id: int, lang: str, is_open: bool = True
) -> list[QuarantineCard]:
    items = session.exec(
        select(QuarantineItem)
        .where(QuarantineItem.study_id == study_id, QuarantineItem.is_open == is_open)
        .order_by(col(QuarantineItem.id))
    ).all()
    titles = form_titles(session, study_id=study_id, lang=lang)
    names = store.usernames(session, {i.enumerator_id for i in items})
    documents: dict[tuple[str, int | None], dict[str, Any] | None] = {}
    cards = []
    for item in items:
        key = (item.form_id, item.form_version)
        if key not in documents:
            documents[key] = _document(session, item)[0]
        cards.append(_card(item, document=documents[key], titles=titles, names=names, lang=lang))
    return cards


def read_quarantine_for_page(
    session: Session,
    *,
    study_id: int,
    quarantine_id: int,
    lang: str,
    more_pointers: Iterable[str] = (),
) -> QuarantineView:
    """One item: why it failed, its answers with labels, and inputs for what to correct."""
    item = accept.get_quarantined(session, study_id=study_id, quarantine_id=quarantine_id)
    document, version = _document(session, item)
    titles = form_titles(session, study_id=study_id, lang=lang)
    names = store.usernames(session, {item.enumerator_id})
    card = _card(item, document=document, titles=titles, names=names, lang=lang)
    pointers = dict.fromkeys([p.info.pointer for p in card.problems])
    pointers.update(dict.fromkeys(more_pointers))
    inputs = []
    for pointer in pointers:
        info = field_at(document, pointer, lang)
        current = _value_at(item.data, pointer)
        if not info.known and (current is None or not pointer.startswith("/")):
            continue  # a key the form does not know can only be removed, if it is there
        chosen = [str(v) for v in current] if isinstance(current, list) else [str(current)]
        inputs.append(InputView(info, input_text(current), chosen))
    answers = render_answers(document, item.data, lang) if document else []
    raw = (
        []
        if document
        else [
            (k, value_text(v, field_at(None, k, lang), lang)) for k, v in sorted(item.data.items())
        ]
    )
    return QuarantineView(
        card=card,
        answers=answers,
        raw=raw,
        inputs=inputs,
        target_version=version,
        is_accepted_interview=item.outcome == "accepted",
    )


def _value_at(data: Any, pointer: str) -> Any:
    node = data
    for segment in pointer.strip("/").split("/"):
        if isinstance(node, list) and segment.isdigit() and int(segment) < len(node):
            node = node[int(segment)]
        elif isinstance(node, dict):
            node = node.get(segment)
        else:
            return None
    return node
