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
from collections.abc import Iterable, Mapping
from typing import Any, Final

import jsonschema_rs

from forms.calculate import plan_calculations, with_calculations
from forms.messages import describe_error
from forms.normalize import normalize_form
from forms.spec import ValidationProblem
from forms.tree import walk_nodes
from forms.validators_rules import build_plans, run_plan

__all__ = [
    "FormValidator",
    "ValidationProblem",
    "clear_validator_cache",
    "get_validator",
]


class FormValidator:
    """Validate answers against one published form version (thread-safe, reusable)."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = normalize_form(document)
        self._validator = jsonschema_rs.Draft202012Validator(self.document, validate_formats=True)
        # Plans are built once and only read afterwards, so threads share them.
        self._error_plan, self._warning_plan = build_plans(walk_nodes(self.document))
        # x-calculate values are computed here, never taken from the tablet, before the
        # constraints that read them run (forms.calculate).
        self._calculations = plan_calculations(self.document)

    def is_valid(self, data: Any) -> bool:
        """Return True when the answers have no errors (warnings allowed)."""
        if not self._validator.is_valid(data):
            return False
        if not isinstance(data, Mapping):
            return True
        return not run_plan(self._error_plan, with_calculations(self._calculations, data))

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
            computed = with_calculations(self._calculations, data)
            problems.extend(run_plan(self._error_plan, computed))
        return _ordered(problems) if problems else problems

    def validation_warnings(self, data: Any) -> list[ValidationProblem]:
        """Return warnings: answers given to questions whose x-relevant is false."""
        if not isinstance(data, Mapping):
            return []
        return _ordered(run_plan(self._warning_plan, data))


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
