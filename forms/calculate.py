"""Pure: compute a form's ``x-calculate`` fields on the server.

An XLSForm ``calculate`` row is a value the tablet derives from other answers (a
total, a score, an age from a date...). Other questions' skip logic and constraints
read it, so the server computes it again, in the same safe expression language
(`forms.expr`), before it checks them: a tablet's own value is never trusted for
validation. Evaluation never raises; a calculation that cannot be computed (a
missing answer, text in a sum) leaves the tablet's value, if any, in place.

Calculations run in interview order, so one may read another defined above it;
inside a repeat they run once per item, reading the item's own answers first.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from forms.expr import ExpressionError, Scopes, compile_value, parse
from forms.expr_eval import POSITION
from forms.spec import EACH_ITEM
from forms.tree import walk_nodes

CALCULATE = "x-calculate"


@dataclass(frozen=True, slots=True)
class Calculation:
    path: tuple[str, ...]
    value: Callable[[Scopes], Any]


def plan_calculations(document: Mapping[str, Any]) -> tuple[Calculation, ...]:
    """Compile every ``x-calculate`` of a form once, in interview order."""
    plan: list[Calculation] = []
    for node in walk_nodes(document):
        text = node.schema.get(CALCULATE)
        if node.role != "leaf" or not isinstance(text, str):
            continue
        try:
            plan.append(Calculation(node.path, compile_value(parse(text))))
        except ExpressionError:
            continue  # check_form refuses these; a published form has none
    return tuple(plan)


def with_calculations(plan: Sequence[Calculation], answers: Any) -> Any:
    """Return a copy of the answers with every computable calculation filled in."""
    if not plan or not isinstance(answers, Mapping):
        return answers
    computed = copy.deepcopy(dict(answers))
    for calculation in plan:
        _assign(computed, calculation.path, calculation.value, [computed])
    return computed


def _assign(
    node: dict[str, Any],
    path: tuple[str, ...],
    value: Callable[[Scopes], Any],
    scopes: list[Mapping[str, Any]],
) -> None:
    head, rest = path[0], path[1:]
    if not rest:
        result = value(scopes)
        if result is not None:
            node[head] = result
        return
    child = node.get(head)
    if rest[0] == EACH_ITEM:
        if not isinstance(child, list):
            return
        for position, item in enumerate(child, start=1):
            if isinstance(item, dict) and len(rest) > 1:
                # The item is the innermost scope: its answers are read first; position()
                # reads the marker scope just outside it.
                _assign(item, rest[1:], value, [item, {POSITION: position}, *scopes])
        return
    if isinstance(child, dict):  # a group the tablet did not send stays absent
        _assign(child, rest, value, scopes)
