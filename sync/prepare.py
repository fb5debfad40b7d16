"""Prepare each pushed item in memory: form version, validation, anonymization, hash.

Raw answers end here. What leaves this module (`Prepared.data`) is anonymized, so
every later step (reconciliation, conflicts, quarantine, storage) only ever sees and
compares anonymized values.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlmodel import Session

from accounts.models import Device, Study
from forms.models import Form, FormState, FormVersion
from forms.schema import field_specs
from forms.spec import EACH_ITEM, FieldSpec, PrivacyRule, is_missing_marker
from forms.validators import get_validator
from forms.xlsform_map import guess_privacy
from privacy import KeyRing, anonymize_submission
from sync import store
from sync.intake import PushBatch, PushItem
from sync.models import Submission
from sync.reconcile import Decision
from sync.revisions import content_hash


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


class FormCache:
    """Form versions and their compiled pieces, looked up once per batch."""

    def __init__(self, session: Session, study_id: int) -> None:
        self.session, self.study_id = session, study_id
        self._versions: dict[tuple[str, int], tuple[Form, FormVersion | None] | None] = {}
        self._specs: dict[int, tuple[FieldSpec, ...]] = {}

    def lookup(self, form_id: str, version: int) -> tuple[Form, FormVersion | None] | None:
        key = (form_id, version)
        if key not in self._versions:
            self._versions[key] = store.get_form_version(
                self.session, study_id=self.study_id, form_id=form_id, version=version
            )
        return self._versions[key]

    def specs(self, version: FormVersion) -> tuple[FieldSpec, ...]:
        assert version.id is not None
        if version.id not in self._specs:
            self._specs[version.id] = field_specs(version.document)
        return self._specs[version.id]


def prepare_item(ctx: BatchContext, forms: FormCache, index: int, item: PushItem) -> Prepared:
    """Validate and anonymize one item; decide quarantine. Raw answers end here."""
    prepared = Prepared(index=index, item=item)
    found = forms.lookup(item.form_id, item.form_version)
    specs: Sequence[FieldSpec] = ()
    if found is None or found[1] is None or found[0].state == FormState.draft:
        prepared.quarantine_reason = "form.unknown" if found is None else "form.version_unknown"
    else:
        prepared.form, prepared.version = found
        specs = forms.specs(found[1])
        if found[0].state == FormState.closed:
            prepared.quarantine_reason = "form.closed"
        else:
            validator = get_validator(
                f"{ctx.study.id}/{item.form_id}", item.form_version, found[1].document
            )
            errors = validator.validation_errors(item.data)
            if errors:
                prepared.quarantine_reason = "answer.invalid"
                prepared.problems = [
                    {"pointer": p.pointer, "code": p.code, "message": p.message} for p in errors
                ]
    if prepared.version is None:
        specs = guessed_specs(item.data)
    anonymized = anonymize_submission(item.data, specs, keys=ctx.keys)
    prepared.data = anonymized.data
    prepared.pseudonyms = sorted(set(anonymized.pseudonyms.values()))
    prepared.content = content_hash(
        form_id=item.form_id, form_version=item.form_version, data=prepared.data
    )
    return prepared


def guessed_specs(data: Mapping[str, Any]) -> tuple[FieldSpec, ...]:
    """Privacy classes for answers to a form the server does not know.

    Fields whose names say they hold a name, phone, ID, e-mail or address are treated
    as direct identifiers (dropped, and their values scrubbed from every other answer);
    everything else that no spec covers is scrubbed as free text by the privacy step.
    """
    specs: list[FieldSpec] = []

    def walk(node: Mapping[str, Any], path: tuple[str, ...]) -> None:
        for name, value in node.items():
            if isinstance(value, list) and all(isinstance(v, Mapping) for v in value):
                for item in value:
                    walk(item, (*path, name, EACH_ITEM))
            elif isinstance(value, Mapping) and not is_missing_marker(value):
                walk(value, (*path, name))
            else:
                privacy, rule = guess_privacy(name, "text")
                if privacy == "direct" and rule is not None:
                    entity = rule.get("entity", "other")
                    specs.append(FieldSpec((*path, name), "direct", PrivacyRule(entity=entity)))

    walk(data, ())
    # One spec per path: repeat items share their pattern.
    return tuple({spec.path: spec for spec in specs}.values())
