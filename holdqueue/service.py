"""Decisions on held spans (the list is holdqueue/listing.py).

A release puts the original back into the interview's answers; a confirmation
destroys the sealed original and gives the span the placeholder of its kind for good.
Either is a new revision on the current head, written by the supervisor (``author_id``),
so the tablets' copies and every later read and export follow it, and the masked
revision stays in the history as it was stored. A span whose answer was edited since
(the head no longer holds its mask) is decided without a revision.

Every decision is also remembered for the study as a keyed hash of the span's words
(holds/, `DecidedSpan`): a later push with the same words is not held again (released
words stay as written, confirmed ones get their placeholder). Other interviews' spans
with the same words that are held already stay in the queue: each is decided on its
own context; the list says which words the study already decided.
A quarantined item's spans are decided once the item is accepted.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final, Literal

from sqlmodel import Session, col, select

from accounts.models import User
from core.errors import Conflict, NotFound
from core.metadata import utcnow
from holdqueue.listing import open_hold
from holds import store
from holds.models import HeldSpan, HoldState
from privacy.gazetteer import RELEASED, span_digest
from privacy.holds import mask_token
from privacy.keys import KeyRing
from privacy.recognizers import PERSONA
from sync import branches
from sync.models import Submission, SubmissionRevision
from sync.revisions import content_hash, make_rev

Decision = Literal["release", "confirm"]
REVISION_KIND: Final[dict[str, str]] = {"release": "release", "confirm": "redaction"}
MAX_DECISIONS: Final = 500
_PERSON_NUMBER: Final = re.compile(r"\[PERSONA-(\d+)\]")


class UnknownHold(NotFound):
    """No such held span in this study (`holds` lists the ids)."""

    code = "hold.unknown"


class HoldDecided(Conflict):
    """A span was released or confirmed already (`holds` lists the ids); nothing changed."""

    code = "hold.already_decided"


class HoldQuarantined(Conflict):
    """The span's item is in quarantine (`holds` lists the ids): accept it first."""

    code = "hold.quarantined"


class HoldUnreadable(Conflict):
    """The span's study key was destroyed: it can be confirmed, not released."""

    code = "hold.unreadable"


@dataclass(frozen=True, slots=True)
class Decided:
    hold_id: int
    state: str
    instance_id: str
    rev: str | None


def decide_holds(
    session: Session,
    *,
    study_id: int,
    hold_ids: Sequence[int],
    decision: Decision,
    ring: KeyRing,
    user: User,
) -> list[Decided]:
    """Release or confirm held spans, all or none; one revision per interview touched."""
    rows = store.get_holds(session, study_id=study_id, ids=hold_ids)
    found = {r.id for r in rows}
    if missing := sorted({i for i in hold_ids if i not in found}):
        raise UnknownHold("No such held span in this study.", holds=missing)
    if decided := [r.id for r in rows if r.state != HoldState.held]:
        raise HoldDecided("These spans were already decided.", holds=decided)
    if quarantined := [r.id for r in rows if r.submission_pk is None]:
        raise HoldQuarantined(
            "These spans belong to a quarantined item: accept it, then decide.", holds=quarantined
        )
    now = utcnow()
    by_submission: dict[int, list[HeldSpan]] = {}
    for row in rows:
        assert row.submission_pk is not None
        by_submission.setdefault(row.submission_pk, []).append(row)
        # The same span held again in a later revision of the interview is decided with it.
        for twin in store.same_span(session, row):
            if twin.id not in found:
                found.add(twin.id)
                by_submission[row.submission_pk].append(twin)
    every = [r for group in by_submission.values() for r in group]
    _remember(session, study_id, every, decision, ring, user)
    out: list[Decided] = []
    for submission_pk, group in sorted(by_submission.items()):
        submission = session.get(Submission, submission_pk)
        assert submission is not None
        rev = _rewrite(session, submission, group, decision, ring, user)
        for row in group:
            row.state = HoldState.released if decision == "release" else HoldState.confirmed
            row.decided_at, row.decided_by_id, row.decision_rev = now, user.id, rev
            if decision == "confirm":
                row.sealed = None  # the original is destroyed for good
            session.add(row)
            if row.id in hold_ids:
                assert row.id is not None
                out.append(Decided(row.id, row.state, submission.instance_id, rev))
    session.flush()
    return sorted(out, key=lambda d: d.hold_id)


def _remember(
    session: Session,
    study_id: int,
    rows: list[HeldSpan],
    decision: Decision,
    ring: KeyRing,
    user: User,
) -> None:
    """Remember the decided words for the study, hashed under its current key (before a
    confirmation destroys the originals); a span that can no longer be opened is not."""
    now = utcnow()
    remembered: dict[str, dict[str, Any]] = {}
    for row in sorted(rows, key=lambda r: r.id or 0):
        text = open_hold(row, ring)
        digest = None if text is None else span_digest(text, key=ring.current_key)
        if digest is None:
            continue
        remembered.setdefault(
            digest,
            {
                "key_id": ring.current,
                "digest": digest,
                "decision": RELEASED if decision == "release" else row.kind,
                "hold_id": row.id,
                "decided_by_id": user.id,
                "decided_at": now,
            },
        )
    store.remember_decisions(session, study_id=study_id, rows=list(remembered.values()))


def _rewrite(
    session: Session,
    submission: Submission,
    group: list[HeldSpan],
    decision: Decision,
    ring: KeyRing,
    user: User,
) -> str | None:
    """Write the decided spans into the head as one revision; None if the head lost them."""
    assert submission.id is not None
    data = copy.deepcopy(submission.data)
    revisions = _revision_data(session, submission.id, {r.rev for r in group})
    next_person = _next_person_number(data)
    changed = False
    done: set[tuple[str, int]] = set()
    for row in group:
        if (row.pointer, row.number) in done:
            continue
        current = _get(data, row.pointer)
        # Only where the head still holds the answer as this revision stored it: a mask
        # number of another revision could name another span.
        if current is None or current != _get(revisions.get(row.rev, {}), row.pointer):
            continue
        token = mask_token(row.number)
        if decision == "release":
            replacement = _original(row, ring)
        elif row.kind == PERSONA:
            replacement, next_person = f"[PERSONA-{next_person}]", next_person + 1
        else:
            replacement = f"[{row.kind}]"
        new = _replace(current, token, replacement)
        if new != current:
            _set(data, row.pointer, new)
            changed = True
            done.add((row.pointer, row.number))
    if not changed:
        return None
    return _write_revision(session, submission, data, REVISION_KIND[decision], user)


def _original(row: HeldSpan, ring: KeyRing) -> str:
    text = open_hold(row, ring)
    if text is None:
        raise HoldUnreadable(
            "This span can no longer be opened (its study key was destroyed).", holds=[row.id]
        )
    return text


def _write_revision(
    session: Session, submission: Submission, data: dict[str, Any], kind: str, user: User
) -> str:
    assert submission.id is not None
    form_id = branches.form_id_of(session, submission)
    content = content_hash(form_id=form_id, form_version=submission.form_version, data=data)
    rev = make_rev(parent_rev=submission.head_rev, content=content)
    session.add(
        SubmissionRevision(
            submission_pk=submission.id,
            rev=rev,
            parent_rev=submission.head_rev,
            form_version=submission.form_version,
            content_hash=content,
            data=data,
            device_id="",
            batch_id="",
            kind=kind,
            merged_revs=[],
            author_id=user.id,
        )
    )
    session.flush()
    branches.update_head(session, submission=submission, policy="manual", device_id="", batch_id="")
    branches.announce_head(session, submission=submission, kind="edit")
    return rev


def _revision_data(session: Session, submission_pk: int, revs: set[str]) -> dict[str, Any]:
    rows = session.exec(
        select(SubmissionRevision.rev, SubmissionRevision.data).where(
            SubmissionRevision.submission_pk == submission_pk,
            col(SubmissionRevision.rev).in_(sorted(revs)),
        )
    )
    return dict(rows.all())


def _next_person_number(data: Any) -> int:
    """One more than the highest person placeholder anywhere in the answers."""
    numbers = [int(n) for n in _PERSON_NUMBER.findall(_strings(data))]
    return max(numbers, default=0) + 1


def _strings(node: Any) -> str:
    if isinstance(node, str):
        return node
    if isinstance(node, dict):
        return "\n".join(_strings(v) for v in node.values())
    if isinstance(node, list):
        return "\n".join(_strings(v) for v in node)
    return ""


def _replace(value: Any, token: str, replacement: str) -> Any:
    if isinstance(value, str):
        return value.replace(token, replacement)
    if isinstance(value, list):
        return [_replace(v, token, replacement) for v in value]
    return value


def _segments(pointer: str) -> list[str]:
    return [p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:]]


def _get(doc: Any, pointer: str) -> Any:
    for segment in _segments(pointer):
        if isinstance(doc, dict):
            doc = doc.get(segment)
        elif isinstance(doc, list) and segment.isdigit() and int(segment) < len(doc):
            doc = doc[int(segment)]
        else:
            return None
    return doc


def _set(doc: Any, pointer: str, value: Any) -> None:
    segments = _segments(pointer)
    parent = _get(doc, "/" + "/".join(segments[:-1])) if len(segments) > 1 else doc
    last = segments[-1]
    if isinstance(parent, dict):
        parent[last] = value
    elif isinstance(parent, list):
        parent[int(last)] = value
