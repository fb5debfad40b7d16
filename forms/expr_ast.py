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
# Value functions (XLSForm's common ones), each with its allowed argument counts.
VALUE_FUNCTIONS: Final = {
    "if": (3,),
    "coalesce": (2,),
    "int": (1,),
    "round": (1, 2),
    "number": (1,),
    "concat": tuple(range(1, 21)),
    "min": tuple(range(1, 21)),
    "max": tuple(range(1, 21)),
    # Across a repeat: sum(${f}), join(sep, ${f}), indexed_repeat(${f}, ${repeat}, n);
    # and the current item's 1-based position (XLSForm's position(..)).
    "sum": (1,),
    "join": (2,),
    "indexed_repeat": (3,),
    "position": (0,),
    "count_selected": (1,),
    "selected_at": (2,),
}
# Arguments (by function) that name a field inside a repeat, read from outside it:
# they are exempt from the "visible from here" rule of the form checks.
AGGREGATED_ARGUMENTS: Final = {"sum": (0,), "join": (1,), "indexed_repeat": (0, 1)}
ARITHMETIC: Final = ("+", "-", "*", "div", "mod")

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


@dataclass(frozen=True, slots=True)
class Arith:
    """``left op right`` with op one of ``ARITHMETIC`` (numbers only; else null)."""

    op: str
    left: Expr
    right: Expr


@dataclass(frozen=True, slots=True)
class Func:
    """A value function of ``VALUE_FUNCTIONS``: if(), coalesce(), round(), concat()..."""

    name: str
    args: tuple[Expr, ...]


Expr: TypeAlias = Const | Ref | Call | Compare | In | Not | BoolOp | Arith | Func


def references(expr: Expr) -> set[str]:
    """Return the names of every field the expression reads."""
    if isinstance(expr, Ref):
        return {expr.name}
    if isinstance(expr, Call):
        return {expr.ref.name}
    if isinstance(expr, Compare | Arith):
        return references(expr.left) | references(expr.right)
    if isinstance(expr, Func):
        skipped = AGGREGATED_ARGUMENTS.get(expr.name, ())
        return set().union(
            *(references(arg) for index, arg in enumerate(expr.args) if index not in skipped)
        )
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
    if isinstance(expr, Compare | Arith):
        return calls(expr.left) + calls(expr.right)
    if isinstance(expr, Func):
        return [call for arg in expr.args for call in calls(arg)]
    if isinstance(expr, In | Not):
        return calls(expr.operand)
    if isinstance(expr, BoolOp):
        return [call for operand in expr.operands for call in calls(operand)]
    return []
