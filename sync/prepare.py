"""Prepare each pushed item in memory: form version, validation, anonymization, hash.

Raw answers end here (sync/answers.py does the work, here or in worker
processes). What leaves this module (`Prepared.data`) is anonymized, so
every later step (reconciliation, conflicts, quarantine, storage) only ever sees and
compares anonymized values.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlmodel import Session

from accounts.models import Device, Study
from forms.models import Form, FormState, FormVersion
from privacy import KeyRing
from sync import store
from sync.answers import FAILED, Done, StudyGazetteerRef, Work, load_gazetteer, process_all
from sync.intake import ITEM_INVALID, PushBatch, PushItem
from sync.models import Submission
from sync.reconcile import Decision
from sync.sanitize import UNKNOWN_FORM_ID, is_plain_name

RETRY = "sync.retry"


@dataclass
class Prepared:
    """One item after intake, privacy and classification; holds anonymized data only."""

    index: int
    item: PushItem
    data: dict[str, Any] = field(default_factory=dict)
    content: str = ""
    pseudonyms: list[str] = field(default_factory=list)
    form: Form | None = None
    version: FormVersion | None = None
    quarantine_reason: str | None = None
    problems: list[dict[str, Any]] = field(default_factory=list)
    rejected: str | None = None
    decision: Decision | None = None
    existing: Submission | None = None


@dataclass(frozen=True, slots=True)
class BatchContext:
    study: Study
    device: Device
    batch: PushBatch
    keys: KeyRing
    now: datetime
    clock_offset_s: float | None
    gazetteer: StudyGazetteerRef | None = None


class FormCache:
    """Form versions looked up once per batch."""

    def __init__(self, session: Session, study_id: int) -> None:
        self.session, self.study_id = session, study_id
        self._versions: dict[tuple[str, int], tuple[Form, FormVersion | None] | None] = {}

    def lookup(self, form_id: str, version: int) -> tuple[Form, FormVersion | None] | None:
        key = (form_id, version)
        if key not in self._versions:
            self._versions[key] = store.get_form_version(
                self.session, study_id=self.study_id, form_id=form_id, version=version
            )
        return self._versions[key]


Runner = Callable[
    [Sequence[Work], Mapping[str, Mapping[str, Any]], KeyRing, StudyGazetteerRef | None],
    list[Done],
]


def run_in_process(
    works: Sequence[Work],
    documents: Mapping[str, Mapping[str, Any]],
    keys: KeyRing,
    gazetteer: StudyGazetteerRef | None,
) -> list[Done]:
    return process_all(
        works, documents=documents, keys=keys, gazetteer=load_gazetteer(gazetteer, keys)
    )


def prepare_items(
    ctx: BatchContext, forms: FormCache, items: Sequence[PushItem], *, runner: Runner
) -> list[Prepared]:
    """Resolve each item's form version here, then validate and anonymize via `runner`."""
    prepared: list[Prepared] = []
    works: list[Work] = []
    documents: dict[str, Mapping[str, Any]] = {}
    for index, item in enumerate(items):
        p = Prepared(index=index, item=item)
        prepared.append(p)
        if index in ctx.batch.refused:
            # Not in the protocol's shape: answered on its own, never looked at further.
            p.rejected, p.problems = ITEM_INVALID, ctx.batch.refused[index]
            continue
        found = forms.lookup(item.form_id, item.form_version)
        if found is None or found[1] is None or found[0].state == FormState.draft:
            p.quarantine_reason = "form.unknown" if found is None else "form.version_unknown"
            if found is None and not is_plain_name(item.form_id):
                # An id no form has is the tablet's text: keep it only if it reads as one.
                p.item = item.model_copy(update={"form_id": UNKNOWN_FORM_ID})
        else:
            p.form, p.version = found
            documents[found[1].etag] = found[1].document
            if found[0].state == FormState.closed:
                p.quarantine_reason = "form.closed"
        etag = p.version.etag if p.version is not None else None
        works.append(
            Work(
                index,
                p.item.form_id,
                item.form_version,
                etag,
                p.quarantine_reason is None,
                item.data,
            )
        )
    for done in runner(works, documents, ctx.keys, ctx.gazetteer):
        p = prepared[done.index]
        if done.content == FAILED:
            p.rejected = RETRY
            continue
        p.data, p.pseudonyms, p.content = done.data, done.pseudonyms, done.content
        if done.problems:
            p.quarantine_reason, p.problems = "answer.invalid", done.problems
    return prepared
