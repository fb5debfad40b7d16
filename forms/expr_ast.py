"""Pure: the syntax tree of Chasqui expressions and what can be read off it.

Kept apart from the parser and the evaluator so the form checks can inspect a
parsed expression (which fields it reads, which functions it calls) without
pulling in either.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, TypeAlias

Literal_: TypeAlias = str | int | float | bool | None

FUNCTIONS: Final = ("selected", "count", "answered")

# One bound for parser nesting and for the evaluator's search through groups:
# hostile input must never exhaust the Python stack.
MAX_NESTING: Final = 50


class ExpressionError(ValueError):
    """A malformed expression; ``position`` is the 0-based character offset."""

    code = "form.expression_invalid"

    def __init__(self, message: str, position: int) -> None:
        super().__init__(f"{message} at position {position}")
        self.reason = message
        self.position = position


@dataclass(frozen=True, slots=True)
class Const:
    value: Literal_


@dataclass(frozen=True, slots=True)
class Ref:
    name: str


@dataclass(frozen=True, slots=True)
class Call:
    function: str
    ref: Ref
    argument: str | None = None


@dataclass(frozen=True, slots=True)
class Compare:
    op: str
    left: Expr
    right: Expr


@dataclass(frozen=True, slots=True)
class In:
    operand: Expr
    options: tuple[Literal_, ...]


@dataclass(frozen=True, slots=True)
class Not:
    operand: Expr


@dataclass(frozen=True, slots=True)
class BoolOp:
    op: str
    operands: tuple[Expr, ...]


Expr: TypeAlias = Const | Ref | Call | Compare | In | Not | BoolOp


def references(expr: Expr) -> set[str]:
    """Return the names of every field the expression reads."""
    if isinstance(expr, Ref):
        return {expr.name}
    if isinstance(expr, Call):
        return {expr.ref.name}
    if isinstance(expr, Compare):
        return references(expr.left) | references(expr.right)
    if isinstance(expr, In):
        return references(expr.operand)
    if isinstance(expr, Not):
        return references(expr.operand)
    if isinstance(expr, BoolOp):
        return set().union(*(references(operand) for operand in expr.operands))
    return set()


def calls(expr: Expr) -> list[Call]:
    """Return every function call in the expression (checks need the count() targets)."""
    if isinstance(expr, Call):
        return [expr]
    if isinstance(expr, Compare):
        return calls(expr.left) + calls(expr.right)
    if isinstance(expr, In | Not):
        return calls(expr.operand)
    if isinstance(expr, BoolOp):
        return [call for operand in expr.operands for call in calls(operand)]
    return []
