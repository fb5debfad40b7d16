"""Pure CPU work on one item's answers: validate, anonymize, hash.

Runs in the server process or in a pool of worker processes (sync/parallel.py):
it reads no database and no settings, only the form version document (by ETag),
the study's key ring and the raw answers, and returns anonymized answers only.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from core.logsafe import describe_exception
from forms.schema import field_specs
from forms.spec import EACH_ITEM, FieldSpec, PrivacyRule, is_missing_marker
from forms.validators import get_validator
from forms.xlsform_map import guess_privacy
from privacy import Gazetteer, KeyRing, anonymize_submission
from privacy.plan import Plan, anonymize_planned, compile_plan
from privacy.sealed import current_hold_key
from privacy.submission import Anonymized
from sync.revisions import content_hash
from sync.sanitize import Shape, form_shape, sanitize_answers

log = logging.getLogger("chasqui.sync")


@dataclass(frozen=True, slots=True)
class Work:
    """One item to process. `etag` is None when the server does not know the form version."""

    index: int
    form_id: str
    form_version: int
    etag: str | None
    validate: bool
    data: dict[str, Any]


@dataclass(slots=True)
class Done:
    """One processed item. `content` is empty (`FAILED`) when processing it failed."""

    index: int
    data: dict[str, Any]
    pseudonyms: list[str]
    content: str
    problems: list[dict[str, Any]] = field(default_factory=list)
    # Spans held for the privacy review queue (`privacy.holds.HeldSpan.as_dict`: sealed).
    holds: list[dict[str, Any]] = field(default_factory=list)
    # The content hash these answers had before a remembered decision changed them ("").
    content_before_decisions: str = ""


# A content hash is never empty, and the empty string survives the worker's encoding.
FAILED = ""


@dataclass(frozen=True, slots=True)
class StudyGazetteerRef:
    """A study's uploaded gazetteer: keyed hashes, and the id of the key that made them."""

    hashes_json: str
    key_id: str


def load_gazetteer(ref: StudyGazetteerRef | None, keys: KeyRing) -> Gazetteer | None:
    """The gazetteer and remembered review decisions, under keys that still exist."""
    if ref is None:
        return None
    return Gazetteer.load(ref.hashes_json, key_id=ref.key_id, keys=keys.keys)


# A published version never changes and its ETag hashes its document, so compiled
# pieces are cached by ETag, across batches and studies, in every process. Bounded:
# a long-running server sees new versions for years; the oldest entry goes first.
_COMPILED_MAX = 256
_compiled: dict[str, tuple[tuple[FieldSpec, ...], Plan, Shape]] = {}


def _pieces(etag: str, document: Mapping[str, Any]) -> tuple[tuple[FieldSpec, ...], Plan, Shape]:
    hit = _compiled.get(etag)
    if hit is None:
        specs = field_specs(document)
        for old in list(_compiled)[: max(0, len(_compiled) - _COMPILED_MAX + 1)]:
            _compiled.pop(old, None)  # list() copies atomically: safe beside other threads
        hit = _compiled.setdefault(etag, (specs, compile_plan(specs), form_shape(document)))
    return hit


def process(
    work: Work,
    *,
    documents: Mapping[str, Mapping[str, Any]],
    keys: KeyRing,
    gazetteer: Gazetteer | None = None,
) -> Done:
    """Validate (when asked) and anonymize one item; raw answers go no further."""
    anonymized, problems = _anonymize(work, documents, keys, gazetteer)
    data = anonymized.data
    before = ""
    if anonymized.applied_decision:
        # A supervisor's remembered decision changed these answers: the same answers
        # sent before it (a tablet retrying a push whose receipt it never got) were
        # stored as they came out then. Their content is kept so that the retry is
        # recognized as a replay, not taken for a second, conflicting version.
        earlier, _ = _anonymize(work, documents, keys, _without_decisions(gazetteer))
        before = content_hash(
            form_id=work.form_id, form_version=work.form_version, data=earlier.data
        )
    return Done(
        index=work.index,
        data=data,
        pseudonyms=sorted(set(anonymized.pseudonyms.values())),
        content=content_hash(form_id=work.form_id, form_version=work.form_version, data=data),
        problems=problems,
        holds=[h.as_dict() for h in anonymized.holds],
        content_before_decisions=before,
    )


def _without_decisions(gazetteer: Gazetteer | None) -> Gazetteer | None:
    if gazetteer is None or not (gazetteer.person_tokens or gazetteer.sequences):
        return None  # it carried the decisions alone
    return replace(gazetteer, decided=None)


def _anonymize(
    work: Work,
    documents: Mapping[str, Mapping[str, Any]],
    keys: KeyRing,
    gazetteer: Gazetteer | None,
) -> tuple[Anonymized, list[dict[str, Any]]]:
    problems: list[dict[str, Any]] = []
    hold_key = current_hold_key(keys)
    if work.etag is None:
        data = sanitize_answers(work.data, None, key=keys.current_key)
        anonymized = anonymize_submission(
            data, guessed_specs(data), keys=keys, gazetteer=gazetteer, hold_key=hold_key
        )
        return anonymized, problems
    document = documents[work.etag]
    specs, plan, shape = _pieces(work.etag, document)
    # Unknown keys and malformed item ids are replaced first, so that problems
    # point at placeholders and never at what the tablet sent.
    data = sanitize_answers(work.data, shape, key=keys.current_key)
    # Items kept for a supervisor (a closed form) are validated too: what did not
    # validate is treated as free text, whatever its class, and never kept raw.
    validator = get_validator(work.etag, work.form_version, document)
    found = [
        {"pointer": p.pointer, "code": p.code, "message": p.message}
        for p in validator.validation_errors(data)
    ]
    if not found:
        # Valid answers hold only declared fields: the plan visits just those.
        # `data` is sanitize_answers' fresh copy, used no further: no second copy.
        anonymized = anonymize_planned(
            data, plan, keys=keys, gazetteer=gazetteer, hold_key=hold_key, in_place=True
        )
    else:
        untrusted = frozenset(p["pointer"] for p in found)
        anonymized = anonymize_submission(
            data, specs, keys=keys, gazetteer=gazetteer, untrusted=untrusted, hold_key=hold_key
        )
    return anonymized, (found if work.validate else [])


def process_all(
    works: Sequence[Work],
    *,
    documents: Mapping[str, Mapping[str, Any]],
    keys: KeyRing,
    gazetteer: Gazetteer | None = None,
) -> list[Done]:
    done: list[Done] = []
    for work in works:
        try:
            done.append(process(work, documents=documents, keys=keys, gazetteer=gazetteer))
        except Exception as exc:
            # One item that breaks an unexpected way must not fail its whole batch: it
            # alone is answered `retry`, with no answers kept. Never the message.
            log.error("preparing item %d failed: %s", work.index, describe_exception(exc))
            done.append(Done(work.index, {}, [], FAILED))
    return done


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
