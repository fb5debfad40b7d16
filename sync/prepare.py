"""Prepare each pushed item in memory: form version, validation, anonymization, hash.

Raw answers end here (sync/answers.py does the work, here or in worker processes).
What leaves this module (`PreparedItem`) holds anonymized answers and the item's
protocol fields only, so every later step (decide, write: merges, conflicts,
quarantine, storage) only ever sees and compares anonymized values.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from forms.models import FormState
from privacy import KeyRing
from sync.answers import FAILED, Done, StudyGazetteerRef, Work, load_gazetteer, process_all
from sync.intake import ITEM_INVALID, PushBatch, PushItem
from sync.plan import Envelope, FormVersionRef, Item, PreparedItem, RefusedItem
from sync.receipts import RETRY
from sync.sanitize import UNKNOWN_FORM_ID, is_plain_name


@dataclass(frozen=True, slots=True)
class KnownForm:
    """A form of the study and those of its versions that the batch names."""

    form_pk: int
    form_id: str
    state: str
    versions: Mapping[int, FormVersionRef]


Answers = Callable[[int], dict[str, Any]]
Runner = Callable[
    [Sequence[Work], Mapping[str, Mapping[str, object]], KeyRing, StudyGazetteerRef | None],
    list[Done],
]


def run_in_process(
    works: Sequence[Work],
    documents: Mapping[str, Mapping[str, object]],
    keys: KeyRing,
    gazetteer: StudyGazetteerRef | None,
) -> list[Done]:
    return process_all(
        works, documents=documents, keys=keys, gazetteer=load_gazetteer(gazetteer, keys)
    )


@dataclass(frozen=True, slots=True)
class _Target:
    """Where an item goes: its form version, or why it is quarantined."""

    form: FormVersionRef | None
    quarantine: str | None
    form_id: str


def _target(item: PushItem, forms: Mapping[str, KnownForm]) -> _Target:
    known = forms.get(item.form_id)
    if known is None:
        # An id no form has is the tablet's text: keep it only if it reads as one.
        kept = item.form_id if is_plain_name(item.form_id) else UNKNOWN_FORM_ID
        return _Target(None, "form.unknown", kept)
    version = known.versions.get(item.form_version)
    if version is None or known.state == FormState.draft:
        return _Target(None, "form.version_unknown", item.form_id)
    return _Target(
        version, "form.closed" if known.state == FormState.closed else None, item.form_id
    )


def prepare_items(
    batch: PushBatch,
    forms: Mapping[str, KnownForm],
    *,
    keys: KeyRing,
    gazetteer: StudyGazetteerRef | None,
    runner: Runner = run_in_process,
    indices: Sequence[int] | None = None,
    answers: Answers | None = None,
) -> list[Item]:
    """Find each item's form version, then validate and anonymize via `runner`.

    Only the items at `indices` (all by default); `answers` gives an item's answers
    when the batch does not hold them (a large batch reads them from its body).
    """
    chosen = range(len(batch.items)) if indices is None else indices
    targets: dict[int, _Target] = {}
    works: list[Work] = []
    documents: dict[str, Mapping[str, object]] = {}
    for index in chosen:
        item = batch.items[index]
        if index in batch.refused:
            continue  # not in the protocol's shape: answered on its own, never looked at
        target = targets[index] = _target(item, forms)
        if target.form is not None:
            documents[target.form.etag] = target.form.document
        etag = target.form.etag if target.form is not None else None
        data = item.data if answers is None else answers(index)
        works.append(
            Work(index, target.form_id, item.form_version, etag, target.quarantine is None, data)
        )
    done = {d.index: d for d in runner(works, documents, keys, gazetteer)}
    del works  # the raw answers: only the anonymized ones go on
    return [
        _prepared(index, batch.items[index], batch, targets.get(index), done.pop(index, None))
        for index in chosen
    ]


def _prepared(
    index: int, item: PushItem, batch: PushBatch, target: _Target | None, done: Done | None
) -> Item:
    if target is None:
        return RefusedItem(index, item.instance_id, ITEM_INVALID, tuple(batch.refused[index]))
    if done is None or done.content == FAILED:
        return RefusedItem(index, item.instance_id, RETRY)
    envelope = Envelope(
        instance_id=item.instance_id,
        form_id=target.form_id,
        form_version=item.form_version,
        base_rev=item.base_rev,
        started_at=item.started_at,
        ended_at=item.ended_at,
        attachments=tuple(sorted({a.sha256 for a in item.attachments})),
    )
    quarantine, problems = target.quarantine, tuple(done.problems)
    if problems:
        quarantine = "answer.invalid"
    return PreparedItem(
        index=index,
        envelope=envelope,
        data=done.data,
        content=done.content,
        pseudonyms=tuple(done.pseudonyms),
        form=target.form,
        quarantine=quarantine,
        problems=problems,
        holds=tuple(done.holds),
        content_before_decisions=done.content_before_decisions,
    )
