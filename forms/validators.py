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
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final, Literal

import jsonschema_rs

from forms.expr import ExpressionError, Predicate, Scopes, compile_predicate, parse
from forms.messages import describe_error
from forms.normalize import normalize_form
from forms.spec import EACH_ITEM, ITEM_ID_KEY, MISSING_KEY, ValidationProblem, is_missing_marker
from forms.tree import Node, join_pointer, walk_nodes

__all__ = [
    "FormValidator",
    "ValidationProblem",
    "clear_validator_cache",
    "get_validator",
]

_DUPLICATE_MESSAGE: Final = f"two items of this repeat share the same {ITEM_ID_KEY}"


@dataclass(frozen=True, slots=True)
class _FieldCheck:
    """One compiled x-relevant or x-constraint rule and the problem it reports."""

    is_problem: Callable[[Scopes], bool]
    message: str
    code: str
    severity: Literal["error", "warning"] = "error"


@dataclass(slots=True)
class _Branch:
    """One position in the answers where some rule applies, here or further down.

    Only positions leading to a rule are in the tree, so a submission is walked
    once per plan and repeats without rules are never iterated.
    """

    checks: list[_FieldCheck] = field(default_factory=list)
    is_repeat: bool = False
    each: _Branch | None = None
    fields: dict[str, _Branch] = field(default_factory=dict)

    def add(self, path: tuple[str, ...]) -> _Branch:
        branch = self
        for segment in path:
            if segment == EACH_ITEM:
                branch.each = branch.each or _Branch()
                branch = branch.each
            else:
                branch = branch.fields.setdefault(segment, _Branch())
        return branch


class FormValidator:
    """Validate answers against one published form version (thread-safe, reusable)."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = normalize_form(document)
        self._validator = jsonschema_rs.Draft202012Validator(self.document, validate_formats=True)
        # Plans are built once and only read afterwards, so threads share them.
        self._error_plan, self._warning_plan = _build_plans(walk_nodes(self.document))

    def is_valid(self, data: Any) -> bool:
        """Return True when the answers have no errors (warnings allowed)."""
        if not self._validator.is_valid(data):
            return False
        return not isinstance(data, Mapping) or not _walk_plan(self._error_plan, data)

    def validation_errors(self, data: Any) -> list[ValidationProblem]:
        """Return every error in the answers, ordered by pointer."""
        # Valid submissions are the norm: the compiled schema's yes/no is much
        # cheaper than collecting errors, which only the invalid ones need.
        if self._validator.is_valid(data):
            problems: list[ValidationProblem] = []
        else:
            problems = [
                problem
                for error in self._validator.iter_errors(data)
                for problem in describe_error(error)
            ]
        if isinstance(data, Mapping):
            problems.extend(_walk_plan(self._error_plan, data))
        return _ordered(problems) if problems else problems

    def validation_warnings(self, data: Any) -> list[ValidationProblem]:
        """Return warnings: answers given to questions whose x-relevant is false."""
        if not isinstance(data, Mapping):
            return []
        return _ordered(_walk_plan(self._warning_plan, data))


def _build_plans(nodes: Iterable[Node]) -> tuple[_Branch, _Branch]:
    """Return the error plan (constraints, duplicate item ids) and the warning plan."""
    errors, warnings = _Branch(), _Branch()
    for node in nodes:
        if node.role == "repeat":
            errors.add(node.path).is_repeat = True
        relevant, constraint = _compiled(node, "x-relevant"), _compiled(node, "x-constraint")
        if constraint is not None:
            errors.add(node.path).checks.append(
                _FieldCheck(
                    _breaks_constraint(relevant, constraint),
                    "the answer breaks the field's constraint",
                    "answer.constraint",
                )
            )
        if relevant is not None:
            warnings.add(node.path).checks.append(
                _FieldCheck(
                    _is_irrelevant(relevant),
                    "answered although its relevance condition is false",
                    "answer.not_relevant",
                    "warning",
                )
            )
    return errors, warnings


def _compiled(node: Node, key: str) -> Predicate | None:
    text = node.schema.get(key)
    if not isinstance(text, str):
        return None
    try:
        return compile_predicate(parse(text))
    except ExpressionError:
        return None  # check_form refuses such forms; never block validation on it


def _breaks_constraint(relevant: Predicate | None, constraint: Predicate) -> Predicate:
    # An irrelevant answer is a warning only: its constraint is not checked.
    if relevant is None:
        return lambda scopes: not constraint(scopes)
    return lambda scopes: relevant(scopes) and not constraint(scopes)


def _is_irrelevant(relevant: Predicate) -> Predicate:
    return lambda scopes: not relevant(scopes)


def _walk_plan(plan: _Branch, data: Mapping[str, Any]) -> list[ValidationProblem]:
    problems: list[ValidationProblem] = []
    _walk(plan, data, [], (data,), problems)
    return problems


def _walk(
    branch: _Branch,
    value: Any,
    segments: list[str | int],
    scopes: tuple[Mapping[str, Any], ...],
    problems: list[ValidationProblem],
) -> None:
    """Apply the branch's checks at `value`, then descend; pointers only for problems.

    `scopes` holds the enclosing repeat items innermost first, then the answers.
    """
    if branch.checks and value is not None and not is_missing_marker(value):
        for check in branch.checks:
            if check.is_problem(scopes):
                pointer = join_pointer("", *segments)
                problems.append(
                    ValidationProblem(pointer, check.message, check.code, check.severity)
                )
    if isinstance(value, list):
        if branch.is_repeat:
            _check_item_ids(value, segments, problems)
        if branch.each is not None:
            for index, item in enumerate(value):
                if isinstance(item, Mapping):
                    segments.append(index)
                    _walk(branch.each, item, segments, (item, *scopes), problems)
                    segments.pop()
    elif branch.fields and isinstance(value, Mapping):
        for name, child in branch.fields.items():
            # A missing marker stands for the whole group: nothing inside is answered.
            if name in value and (name != MISSING_KEY or not is_missing_marker(value)):
                segments.append(name)
                _walk(child, value[name], segments, scopes, problems)
                segments.pop()


def _check_item_ids(
    items: list[Any], segments: list[str | int], problems: list[ValidationProblem]
) -> None:
    seen: set[str] = set()
    for index, item in enumerate(items):
        item_id = item.get(ITEM_ID_KEY) if isinstance(item, Mapping) else None
        if not isinstance(item_id, str):
            continue
        if item_id in seen:
            pointer = join_pointer("", *segments, index, ITEM_ID_KEY)
            problems.append(
                ValidationProblem(pointer, _DUPLICATE_MESSAGE, "answer.duplicate_item_id")
            )
        seen.add(item_id)


def _ordered(problems: Iterable[ValidationProblem]) -> list[ValidationProblem]:
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
