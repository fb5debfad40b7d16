"""Anonymize answers that already passed validation, touching only the fields that need it.

`anonymize_submission` walks every node of any document, because answers to an unknown
form or invalid answers may hold anything. Answers that validated against their form
version hold only the fields the form declares, so a plan compiled once per version
can copy the document in one C call and then visit just the direct, quasi and free-text
fields. It visits them in the same sorted order as the full walk, so placeholders are
numbered identically and the output is the same (tests/unit/privacy/test_plan.py).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson

from forms.spec import EACH_ITEM, FieldSpec, is_missing_marker
from privacy.gazetteer import Gazetteer
from privacy.generalize import DROPPED
from privacy.holds import HoldState
from privacy.keys import KeyRing
from privacy.scrub import NerPlugin, ScrubContext
from privacy.sealed import HoldKey
from privacy.submission import (
    Anonymized,
    _anonymize_leaf,
    _Leaf,
    applied_decision,
    collect_known_values,
    held_spans,
)


@dataclass(slots=True)
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    spec: FieldSpec | None = None


@dataclass(frozen=True, slots=True)
class Plan:
    """The fields of one form version that anonymization must visit."""

    specs: dict[tuple[str, ...], FieldSpec]
    root: _Node


def compile_plan(fields: Sequence[FieldSpec]) -> Plan:
    """Build the visiting plan of a form version (once; it is immutable afterwards)."""
    root = _Node()
    for spec in fields:
        if spec.privacy == "none":
            continue
        node = root
        for segment in spec.path:
            node = node.children.setdefault(segment, _Node())
        node.spec = spec
    return Plan({spec.path: spec for spec in fields}, root)


def anonymize_planned(
    data: dict[str, Any],
    plan: Plan,
    *,
    keys: KeyRing,
    gazetteer: Gazetteer | None = None,
    ner: NerPlugin | None = None,
    hold_key: HoldKey | None = None,
    in_place: bool = False,
) -> Anonymized:
    """Same result as `anonymize_submission` for answers valid against the plan's form.

    With ``in_place``, ``data`` is the caller's own copy (`sync.sanitize.sanitize_answers`
    returns one) and becomes the anonymized answers, instead of being copied first.
    """
    context = ScrubContext(
        known=collect_known_values(data, plan.specs),
        gazetteer=gazetteer,
        ner=ner,
        holds=None if hold_key is None else HoldState.for_study(hold_key, gazetteer),
    )
    counts: Counter[str] = Counter()
    pseudonyms: dict[str, str] = {}
    out: dict[str, Any] = data if in_place else orjson.loads(orjson.dumps(data))

    def visit(
        container: dict[str, Any], node: _Node, pointer: str, pattern: tuple[str, ...]
    ) -> None:
        for key in sorted(container.keys() & node.children.keys()):
            child, value = node.children[key], container[key]
            here, path = f"{pointer}/{key}", (*pattern, key)
            if child.spec is not None:
                leaf = _Leaf(here, path, value)
                result = _anonymize_leaf(leaf, child.spec, keys, context, counts, pseudonyms)
                if result is DROPPED:
                    del container[key]
                else:
                    container[key] = result
            elif isinstance(value, list) and EACH_ITEM in child.children:
                item_node = child.children[EACH_ITEM]
                for index, item in enumerate(value):
                    if isinstance(item, dict):
                        visit(item, item_node, f"{here}/{index}", (*path, EACH_ITEM))
            elif isinstance(value, dict) and not is_missing_marker(value):
                visit(value, child, here, path)

    visit(out, plan.root, "", ())
    counts.update(context.placeholders.counts)
    return Anonymized(
        out,
        pseudonyms,
        dict(sorted(counts.items())),
        (),
        held_spans(context),
        applied_decision(context),
    )
