"""Compiled answer validators, one per published form version, cached.

Pure apart from an in-process cache: compiling a draft 2020-12 schema with
jsonschema_rs costs far more than validating one submission, and a sync batch
validates many submissions of the same few versions.

Messages never echo answer values: jsonschema_rs's own messages quote the
instance ("'Juana' is not of type integer"), and an answer may be a name or a
phone number. Messages are built from the failing keyword and the schema only.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Final

import jsonschema_rs

from forms.expr import Expr, ExpressionError, evaluate, parse
from forms.messages import describe_error
from forms.normalize import normalize_form
from forms.spec import ITEM_ID_KEY, ValidationProblem, is_missing_marker
from forms.tree import Node, join_pointer, walk_nodes

__all__ = [
    "FormValidator",
    "ValidationProblem",
    "clear_validator_cache",
    "get_validator",
]


@dataclass(frozen=True, slots=True)
class _Rule:
    node: Node
    relevant: Expr | None
    constraint: Expr | None


class FormValidator:
    """Validate answers against one published form version (thread-safe, reusable)."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = normalize_form(document)
        self._validator = jsonschema_rs.Draft202012Validator(self.document, validate_formats=True)
        self._nodes = walk_nodes(self.document)
        self._rules = [rule for node in self._nodes if (rule := _compile_rule(node)) is not None]

    def is_valid(self, data: Any) -> bool:
        """Return True when the answers have no errors (warnings allowed)."""
        return not self.validation_errors(data)

    def validation_errors(self, data: Any) -> list[ValidationProblem]:
        """Return every error in the answers, ordered by pointer."""
        problems = [
            problem
            for error in self._validator.iter_errors(data)
            for problem in describe_error(error)
        ]
        if isinstance(data, Mapping):
            problems.extend(self._duplicate_item_ids(data))
            problems.extend(p for p in self._rule_problems(data) if p.severity == "error")
        return _ordered(problems)

    def validation_warnings(self, data: Any) -> list[ValidationProblem]:
        """Return warnings: answers given to questions whose x-relevant is false."""
        if not isinstance(data, Mapping):
            return []
        return _ordered(p for p in self._rule_problems(data) if p.severity == "warning")

    def _duplicate_item_ids(self, data: Mapping[str, Any]) -> Iterator[ValidationProblem]:
        for node in self._nodes:
            if node.role != "repeat":
                continue
            for pointer, items in _instances(data, node.path):
                seen: set[str] = set()
                for index, item in enumerate(items if isinstance(items, list) else []):
                    item_id = item.get(ITEM_ID_KEY) if isinstance(item, Mapping) else None
                    if isinstance(item_id, str) and item_id in seen:
                        yield ValidationProblem(
                            join_pointer(pointer, index, ITEM_ID_KEY),
                            f"two items of this repeat share the same {ITEM_ID_KEY}",
                            "answer.duplicate_item_id",
                        )
                    if isinstance(item_id, str):
                        seen.add(item_id)

    def _rule_problems(self, data: Mapping[str, Any]) -> Iterator[ValidationProblem]:
        for rule in self._rules:
            for pointer, value, scopes in _instances_with_scopes(data, rule.node.path):
                if value is None or is_missing_marker(value):
                    continue
                item, *outer = scopes or [None]
                if rule.relevant is not None and not evaluate(
                    rule.relevant, data, item=item, outer=outer
                ):
                    yield ValidationProblem(
                        pointer,
                        "answered although its relevance condition is false",
                        "answer.not_relevant",
                        "warning",
                    )
                elif rule.constraint is not None and not evaluate(
                    rule.constraint, data, item=item, outer=outer
                ):
                    yield ValidationProblem(
                        pointer, "the answer breaks the field's constraint", "answer.constraint"
                    )


def _compile_rule(node: Node) -> _Rule | None:
    def compiled(key: str) -> Expr | None:
        text = node.schema.get(key)
        if not isinstance(text, str):
            return None
        try:
            return parse(text)
        except ExpressionError:
            return None  # check_form refuses such forms; never block validation on it

    relevant, constraint = compiled("x-relevant"), compiled("x-constraint")
    if relevant is None and constraint is None:
        return None
    return _Rule(node, relevant, constraint)


def _instances(data: Any, path: tuple[str, ...]) -> Iterator[tuple[str, Any]]:
    for pointer, value, _ in _instances_with_scopes(data, path):
        yield pointer, value


def _instances_with_scopes(
    data: Any, path: tuple[str, ...], pointer: str = "", scopes: tuple[Any, ...] = ()
) -> Iterator[tuple[str, Any, list[Any]]]:
    """Yield (pointer, value, enclosing repeat items innermost first) for a field path."""
    if not path:
        yield pointer, data, list(reversed(scopes))
        return
    head, rest = path[0], path[1:]
    if head == "*":
        for index, item in enumerate(data if isinstance(data, list) else []):
            if isinstance(item, Mapping):
                yield from _instances_with_scopes(
                    item, rest, join_pointer(pointer, index), (*scopes, item)
                )
    elif isinstance(data, Mapping) and head in data and not is_missing_marker(data):
        yield from _instances_with_scopes(data[head], rest, join_pointer(pointer, head), scopes)


def _ordered(problems: Any) -> list[ValidationProblem]:
    return sorted(set(problems), key=lambda p: (p.pointer, p.code, p.message))


_CACHE_SIZE: Final = 64
_cache: OrderedDict[tuple[str, str], FormValidator] = OrderedDict()
_cache_lock = threading.Lock()


def get_validator(form_id: str, version: str | int, document: Mapping[str, Any]) -> FormValidator:
    """Return the compiled validator of a form version, compiling it once (bounded LRU).

    Published versions are immutable, so (form_id, version) identifies the
    document; the caller passes it so this module never reads a database.
    """
    key = (form_id, str(version))
    with _cache_lock:
        cached = _cache.get(key)
        if cached is not None:
            _cache.move_to_end(key)
            return cached
    # Compile outside the lock: two threads may compile the same version once
    # each, which is cheaper than serializing every compilation.
    validator = FormValidator(document)
    with _cache_lock:
        _cache[key] = _cache.get(key, validator)
        _cache.move_to_end(key)
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
        return _cache[key]


def clear_validator_cache() -> None:
    """Forget every compiled validator (tests, or after a store reset)."""
    with _cache_lock:
        _cache.clear()
