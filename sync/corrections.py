"""Pure: apply a supervisor's corrections to a quarantined item's stored answers.

The stored answers are anonymized already: a direct identifier is a pseudonym (or
gone), a quasi-identifier is generalized, free text is scrubbed. Those stand-ins do
not validate against the form as raw answers would, and anonymizing them a second
time would pseudonymize a pseudonym. So the answers are validated as a whole, but a
problem is waived where the stored value is the anonymizer's own output (a direct
field, or a quasi field anonymized under this very version and not named by the
item's problems), and only the corrected values and the values that were never
anonymized as their field (`needs_anonymizing`) take the anonymizer's output.
"""

from __future__ import annotations

import copy
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Final

from forms.spec import EACH_ITEM, FieldSpec, is_missing_marker


class CorrectionRefused(ValueError):
    """A correction that cannot be applied; `position` is its place in the request."""

    def __init__(self, position: int) -> None:
        super().__init__(position)
        self.position = position


REMOVE: Final = object()


@dataclass(frozen=True, slots=True)
class Correction:
    pointer: str
    value: Any  # REMOVE to take the answer out


def parse_corrections(changes: Mapping[str, Any]) -> list[Correction]:
    """`{pointer: {"value": v} | {"remove": true}}` into corrections; refuse by position."""
    out: list[Correction] = []
    for position, (pointer, change) in enumerate(changes.items()):
        if not pointer.startswith("/") or "~" in pointer or pointer.endswith("/"):
            raise CorrectionRefused(position)
        if isinstance(change, dict) and set(change) == {"value"}:
            out.append(Correction(pointer, change["value"]))
        elif change == {"remove": True}:
            out.append(Correction(pointer, REMOVE))
        else:
            raise CorrectionRefused(position)
    return out


def _segments(pointer: str) -> list[str]:
    return pointer[1:].split("/")


def pattern_of(pointer: str, data: Any) -> tuple[str, ...] | None:
    """The field path of a pointer into `data` (repeat indexes become `*`); None if absent."""
    path: list[str] = []
    node = data
    for segment in _segments(pointer):
        if isinstance(node, list):
            if not segment.isdigit() or int(segment) >= len(node):
                return None
            node, path = node[int(segment)], [*path, EACH_ITEM]
        elif isinstance(node, dict):
            node, path = node.get(segment), [*path, segment]
        else:
            return None
    return tuple(path)


def apply_corrections(
    data: Mapping[str, Any],
    corrections: list[Correction],
    *,
    specs: Mapping[tuple[str, ...], FieldSpec],
) -> dict[str, Any]:
    """A copy of `data` with each correction applied.

    A value can be set only on a field of the form, under groups and repeat items that
    exist; anything present can be removed (a key the form does not know, say).
    """
    out = copy.deepcopy(dict(data))
    for position, correction in enumerate(corrections):
        *parents, last = _segments(correction.pointer)
        node: Any = out
        path: tuple[str, ...] = ()
        for segment in parents:
            if isinstance(node, list) and segment.isdigit() and int(segment) < len(node):
                node, path = node[int(segment)], (*path, EACH_ITEM)
            elif isinstance(node, dict) and isinstance(node.get(segment), dict | list):
                node, path = node[segment], (*path, segment)
            else:
                raise CorrectionRefused(position)
        if not isinstance(node, dict):
            raise CorrectionRefused(position)
        if correction.value is REMOVE:
            if last not in node:
                raise CorrectionRefused(position)
            del node[last]
            continue
        if (*path, last) not in specs:
            raise CorrectionRefused(position)
        node[last] = copy.deepcopy(correction.value)
    return out


def touches(pointer: str, pointers: Collection[str]) -> bool:
    """Whether `pointer` is one of `pointers`, lies below one, or holds one."""
    return any(
        pointer == p or pointer.startswith(p + "/") or p.startswith(pointer + "/") for p in pointers
    )


def is_waived(
    pointer: str,
    data: Any,
    *,
    specs: Mapping[tuple[str, ...], FieldSpec],
    corrected: Collection[str],
    recorded: Collection[str],
    same_version: bool,
) -> bool:
    """Whether a validation problem stands for a stored stand-in, not a wrong answer."""
    if touches(pointer, corrected):
        return False
    spec = specs.get(pattern_of(pointer, data) or ())
    if spec is None:
        return False
    if spec.privacy == "direct":
        return True  # a pseudonym or nothing: the raw value never reached the server
    return spec.privacy == "quasi" and same_version and not touches(pointer, recorded)


def leaves(
    data: Any, specs: Mapping[tuple[str, ...], FieldSpec]
) -> Iterator[tuple[str, tuple[str, ...], Any]]:
    """(pointer, field path, value) of every answer; a field's own object is one answer."""

    def walk(node: Any, pointer: str, path: tuple[str, ...]) -> Iterator[tuple[str, Any, Any]]:
        is_repeat = isinstance(node, list) and any(isinstance(i, dict) for i in node)
        if (path and path in specs) or is_missing_marker(node):
            yield pointer, path, node
        elif isinstance(node, dict):
            for key in sorted(node):
                yield from walk(node[key], f"{pointer}/{key}", (*path, key))
        elif is_repeat:
            for index, item in enumerate(node):
                yield from walk(item, f"{pointer}/{index}", (*path, EACH_ITEM))
        else:
            yield pointer, path, node

    yield from walk(data, "", ())


def keeps_stored(
    pointer: str,
    path: tuple[str, ...],
    *,
    specs: Mapping[tuple[str, ...], FieldSpec],
    corrected: Collection[str],
    recorded: Collection[str],
    same_version: bool,
) -> bool:
    """Whether a stored answer stays as stored (it is the anonymizer's output already)."""
    if touches(pointer, corrected) or not same_version:
        return False  # typed, or never anonymized as this version's field
    spec = specs.get(path)
    if spec is not None and spec.privacy == "direct":
        return True  # never pseudonymize a pseudonym again
    return not touches(pointer, recorded)


def set_at(data: dict[str, Any], pointer: str, value: Any) -> None:
    """Put `value` at `pointer`, whose parents exist in `data`."""
    *parents, last = _segments(pointer)
    node: Any = data
    for segment in parents:
        node = node[int(segment)] if isinstance(node, list) else node[segment]
    if isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value


def pseudonyms_in(data: Any, specs: Mapping[tuple[str, ...], FieldSpec]) -> list[str]:
    """The pseudonyms the answers hold (fields whose rule pseudonymizes)."""
    found = {
        value
        for _, path, value in leaves(data, specs)
        if isinstance(value, str)
        and (spec := specs.get(path)) is not None
        and spec.privacy == "direct"
        and spec.rule.action == "pseudonymize"
    }
    return sorted(found)
