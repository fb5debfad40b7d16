"""Anonymize one submission: the step between reconcile and merge in the sync pipeline.

Two walks over the answers. The first collects every direct identifier (roster names,
phones, DNIs) so the second can scrub them out of every free-text answer of the same
submission, with one placeholder numbering for the whole interview. Keys are walked
in sorted order so a replayed submission anonymizes to identical bytes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from forms.spec import EACH_ITEM, ITEM_ID_KEY, FieldSpec, is_missing_marker
from privacy.gazetteer import Gazetteer
from privacy.generalize import DROPPED, generalize_value
from privacy.holds import HeldSpan, HoldState
from privacy.keys import KeyRing, pseudonymize_current
from privacy.known import KnownValues
from privacy.normalize import only_digits
from privacy.scrub import NerPlugin, ScrubContext, scrub_free_text
from privacy.sealed import HoldKey

# A bare number this long in an undescribed or free-text field could be a phone or DNI.
_MAX_SAFE_DIGITS: Final = 5


@dataclass(frozen=True, slots=True)
class Anonymized:
    """The storable form of a submission; holds no raw direct identifier.

    ``pseudonyms`` maps the JSON pointer of each pseudonymized field to its pseudonym;
    ``counts`` counts placeholders by kind and actions ("direct_dropped", ...);
    ``unspecified`` lists field patterns no `FieldSpec` described (they were scrubbed);
    ``holds`` are the spans masked for the privacy review queue (originals sealed).
    """

    data: dict[str, Any]
    pseudonyms: dict[str, str]
    counts: dict[str, int]
    unspecified: tuple[str, ...]
    holds: tuple[HeldSpan, ...] = ()
    # A decision the study remembers for a held span changed the output (privacy.holds).
    applied_decision: bool = False


@dataclass(frozen=True, slots=True)
class _Leaf:
    pointer: str
    pattern: tuple[str, ...]
    value: Any


# JSON leaves, tested by exact type first: an isinstance check against the Mapping ABC
# costs more than scrubbing a short answer.
_SCALARS: Final = frozenset({str, int, float, bool, type(None)})


def _is_mapping(node: Any) -> bool:
    kind = type(node)
    return kind is dict or (kind not in _SCALARS and isinstance(node, Mapping))


def _is_branch(node: Any) -> bool:
    """Whether ``node`` is an object to walk into (not a leaf or a missing marker)."""
    return _is_mapping(node) and not is_missing_marker(node)


def _is_repeat(node: Any) -> bool:
    """Whether ``node`` is a list of repeat items (objects), not a multiple choice."""
    return isinstance(node, list) and any(map(_is_mapping, node))


def collect_known_values(
    data: Mapping[str, Any], specs: Mapping[tuple[str, ...], FieldSpec]
) -> KnownValues:
    """Gather the raw direct identifiers of a submission for scrubbing its free text."""
    known = KnownValues()
    direct = {path: spec for path, spec in specs.items() if spec.privacy == "direct"}
    # Only the branches that lead to a direct field are walked: the keys to follow
    # below each pattern, so the other answers are never visited one by one.
    follow: dict[tuple[str, ...], set[str]] = {}
    for path in direct:
        for i in range(len(path)):
            follow.setdefault(path[:i], set()).add(path[i])
    found: list[tuple[tuple[str, ...], Any]] = []
    _direct_leaves(data, (), follow, direct, found)
    for pattern, leaf in found:
        if is_missing_marker(leaf):
            continue
        for value in leaf if isinstance(leaf, list) else [leaf]:
            if value is not None and str(value).strip():
                known.add(str(value), direct[pattern].rule.entity)
    return known


def _direct_leaves(
    node: Any,
    pattern: tuple[str, ...],
    follow: Mapping[tuple[str, ...], set[str]],
    direct: Mapping[tuple[str, ...], FieldSpec],
    found: list[tuple[tuple[str, ...], Any]],
) -> None:
    """Append ``(pattern, value)`` for the leaves of direct fields in sorted key order,
    following only the keys in ``follow``."""
    keys = follow.get(pattern)
    if _is_branch(node):
        if keys:
            for key in sorted(keys.intersection(node)):
                _direct_leaves(node[key], (*pattern, key), follow, direct, found)
    elif _is_repeat(node):
        if keys and EACH_ITEM in keys:
            for item in node:
                _direct_leaves(item, (*pattern, EACH_ITEM), follow, direct, found)
    elif pattern in direct:
        found.append((pattern, node))


def anonymize_submission(
    data: Mapping[str, Any],
    fields: Sequence[FieldSpec],
    *,
    keys: KeyRing,
    gazetteer: Gazetteer | None = None,
    ner: NerPlugin | None = None,
    untrusted: Collection[str] = (),
    hold_key: HoldKey | None = None,
) -> Anonymized:
    """Drop or pseudonymize direct fields, generalize quasi ones, scrub free text.

    ``untrusted`` holds the pointers of answers that did not validate: below (or above)
    them, fields classed ``none`` or ``quasi`` are treated as free text. With
    ``hold_key``, uncertain spans are masked and sealed for the privacy review queue.
    """
    specs = {spec.path: spec for spec in fields}
    context = ScrubContext(
        known=collect_known_values(data, specs),
        gazetteer=gazetteer,
        ner=ner,
        holds=None if hold_key is None else HoldState.for_study(hold_key, gazetteer),
    )
    counts: Counter[str] = Counter()
    pseudonyms: dict[str, str] = {}
    unspecified: set[str] = set()

    def visit(leaf: _Leaf) -> Any:
        spec = specs.get(leaf.pattern)
        if spec is None and leaf.pattern[-1:] != (ITEM_ID_KEY,):
            unspecified.add("/" + "/".join(leaf.pattern))
        if (
            untrusted
            and spec is not None
            and spec.privacy in ("none", "quasi")
            and _touches(leaf.pointer, untrusted)
        ):
            if context.holds is not None:
                context.holds.pointer = leaf.pointer
            return _scrub_any(leaf.value, context)
        return _anonymize_leaf(leaf, spec, keys, context, counts, pseudonyms)

    out: dict[str, Any] = _rebuild(data, "", (), visit)
    counts.update(context.placeholders.counts)
    return Anonymized(
        out,
        pseudonyms,
        dict(sorted(counts.items())),
        tuple(sorted(unspecified)),
        held_spans(context),
        applied_decision(context),
    )


def held_spans(context: ScrubContext) -> tuple[HeldSpan, ...]:
    """The spans a submission's scrubbing held for review (none without holds)."""
    return () if context.holds is None else tuple(context.holds.held)


def applied_decision(context: ScrubContext) -> bool:
    """Whether a remembered decision on a held span changed this submission's output."""
    return context.holds is not None and context.holds.applied_decision


def _touches(pointer: str, pointers: Collection[str]) -> bool:
    """Whether ``pointer`` is one of ``pointers``, lies below one, or holds one."""
    return any(
        pointer == p or pointer.startswith(p + "/") or p.startswith(pointer + "/") for p in pointers
    )


def anonymize_typed_answer(value: Any, spec: FieldSpec | None, context: ScrubContext) -> Any:
    """Anonymize one answer typed by a person exactly as an ingested answer of its field.

    A direct identifier cannot be typed (the caller refuses it); DROPPED means the value
    cannot be stored. The value must have validated against the field first.
    """
    if is_missing_marker(value) or value is None:
        return value
    if spec is None or spec.privacy == "free_text":
        return _scrub_any(value, context)
    if spec.privacy == "quasi":
        return generalize_value(value, spec.rule)
    if spec.privacy == "none":
        return value
    raise ValueError("a direct identifier cannot be typed")


def _rebuild(
    node: Any, pointer: str, pattern: tuple[str, ...], visit: Callable[[_Leaf], Any]
) -> Any:
    """Copy ``node`` with every leaf replaced by ``visit(leaf)``; DROPPED keys vanish."""
    if _is_branch(node):
        out: dict[str, Any] = {}
        for key in sorted(node):
            value = _rebuild(node[key], f"{pointer}/{key}", (*pattern, key), visit)
            if value is not DROPPED:
                out[key] = value
        return out
    if _is_repeat(node):
        items = (
            _rebuild(item, f"{pointer}/{i}", (*pattern, EACH_ITEM), visit)
            for i, item in enumerate(node)
        )
        return [item for item in items if item is not DROPPED]
    return visit(_Leaf(pointer, pattern, node))


def _anonymize_leaf(
    leaf: _Leaf,
    spec: FieldSpec | None,
    keys: KeyRing,
    context: ScrubContext,
    counts: Counter[str],
    pseudonyms: dict[str, str],
) -> Any:
    value = leaf.value
    if is_missing_marker(value) or value is None:
        return value
    if context.holds is not None:
        context.holds.pointer = leaf.pointer
    if spec is None:
        # The tablet's item id is a random UUID; anything else undescribed is suspect.
        return value if leaf.pattern[-1:] == (ITEM_ID_KEY,) else _scrub_any(value, context)
    if spec.privacy == "none":
        return value
    if spec.privacy == "free_text":
        return _scrub_any(value, context)
    if spec.privacy == "quasi":
        generalized = generalize_value(value, spec.rule)
        counts["quasi_dropped" if generalized is DROPPED else "quasi_generalized"] += 1
        return generalized
    if spec.rule.action == "drop":
        counts["direct_dropped"] += 1
        return DROPPED
    counts["direct_pseudonymized"] += 1
    pseudonym = pseudonymize_current(str(value), entity=spec.rule.entity, ring=keys)
    pseudonyms[leaf.pointer] = pseudonym
    return pseudonym


def _scrub_any(value: Any, context: ScrubContext) -> Any:
    if isinstance(value, str):
        return scrub_free_text(value, context=context)
    if isinstance(value, list):
        # What cannot be scrubbed leaves the list (a DROPPED inside it cannot be stored).
        scrubbed = (_scrub_any(item, context) for item in value)
        return [item for item in scrubbed if item is not DROPPED]
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        # A long bare number in a text field is more likely a phone than a quantity.
        return DROPPED if len(only_digits(str(value))) > _MAX_SAFE_DIGITS else value
    return DROPPED
