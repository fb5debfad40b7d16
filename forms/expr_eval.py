"""Pure: evaluate parsed expressions by compiling them once into Python closures.

A form version's x-relevant and x-constraint expressions run for every
submission and every repeat item, so the syntax tree is turned into nested
closures once (no isinstance dispatch per evaluation) and never into source
code: nothing reaches ``eval``/``exec``.

Evaluation never raises: an absent answer or a missing marker is ``None``;
comparing ``None`` or values of different types with ``<`` is false; ``=`` is
true only for equal values of the same type (numbers compare as numbers).
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Final, TypeAlias

from forms.expr_ast import (
    MAX_NESTING,
    Arith,
    BoolOp,
    Call,
    Compare,
    Const,
    Expr,
    Func,
    In,
    Literal_,
    Not,
    Ref,
)
from forms.spec import is_missing_marker

Scope: TypeAlias = Mapping[str, Any]
# Answer scopes searched in order: the current repeat item, the enclosing items
# (innermost first), then the whole submission.
Scopes: TypeAlias = Sequence[Scope]
Predicate: TypeAlias = Callable[[Scopes], bool]
_Value: TypeAlias = Callable[[Scopes], Any]

_ORDERINGS: Final[Mapping[str, Callable[[Any, Any], Any]]] = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}
_BOOLEAN_NODES: Final = (Compare, In, Not, BoolOp)


def evaluate(
    expr: Expr,
    answers: Scope,
    *,
    item: Scope | None = None,
    outer: Sequence[Scope] = (),
) -> bool:
    """Evaluate an expression to a boolean; never raises on odd or missing answers.

    ``item`` is the current repeat item, ``outer`` the enclosing items (innermost
    first) for nested repeats. Hot paths compile once with `compile_predicate`.
    """
    scopes = [scope for scope in (item, *outer, answers) if isinstance(scope, Mapping)]
    return compile_predicate(expr)(scopes)


def compile_predicate(expr: Expr) -> Predicate:
    """Compile an expression into a function of the answer scopes returning a bool."""
    value = _compile(expr)
    if isinstance(expr, _BOOLEAN_NODES) or (isinstance(expr, Call) and expr.function != "count"):
        return value  # these nodes already yield a bool; skip the truthiness wrapper

    def predicate(scopes: Scopes) -> bool:
        return _truthy(value(scopes))

    return predicate


def compile_value(expr: Expr) -> Callable[[Scopes], Any]:
    """Compile an expression into a function of the answer scopes returning its value.

    For ``x-calculate``: arithmetic, if(), coalesce()... yield numbers and strings;
    anything that cannot be computed (a missing answer, text in a sum, a division by
    zero) yields None, never an exception.
    """
    return _compile(expr)


def _compile(expr: Expr) -> _Value:
    if isinstance(expr, Const):
        constant = expr.value
        return lambda scopes: constant
    if isinstance(expr, Ref):
        return _reader(expr.name)
    if isinstance(expr, Call):
        return _compile_call(expr)
    if isinstance(expr, Compare):
        if isinstance(expr.left, Ref) and isinstance(expr.right, Const):
            return _compare_to_constant(expr.op, _reader(expr.left.name), expr.right.value)
        return _compile_compare(expr)
    if isinstance(expr, In):
        return _compile_in(expr)
    if isinstance(expr, Not):
        operand = compile_predicate(expr.operand)
        return lambda scopes: not operand(scopes)
    if isinstance(expr, Arith):
        return _compile_arith(expr)
    if isinstance(expr, Func):
        return _compile_func(expr)
    return _compile_bool_op(expr)


def _number(value: Any) -> int | float | None:
    """XPath's number(): numbers stay, numeric text converts, anything else is None."""
    if _is_number(value):
        return None if isinstance(value, float) and not math.isfinite(value) else value
    if isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            return None
        if not math.isfinite(number):
            return None
        return int(number) if number.is_integer() and "." not in value else number
    return None


def _arith(op: str, a: Any, b: Any) -> int | float | None:
    x, y = _number(a), _number(b)
    if x is None or y is None:
        return None
    if op == "+":
        result: float = x + y
    elif op == "-":
        result = x - y
    elif op == "*":
        result = x * y
    elif y == 0:
        return None  # div and mod by zero: no value rather than Infinity
    elif op == "div":
        result = x / y
    else:
        result = (
            math.fmod(x, y)
            if isinstance(x, float) or isinstance(y, float)
            else int(math.fmod(x, y))
        )
    return result if math.isfinite(result) else None


def _compile_arith(expr: Arith) -> _Value:
    left, right, op = _compile(expr.left), _compile(expr.right), expr.op
    return lambda scopes: _arith(op, left(scopes), right(scopes))


def _round(value: Any, digits: Any = 0) -> float | int | None:
    number, places = _number(value), _number(digits)
    if number is None or places is None or not 0 <= places <= 10:
        return None
    scale = 10 ** int(places)
    rounded = math.floor(abs(number) * scale + 0.5) / scale  # half away from zero, as XPath
    rounded = math.copysign(rounded, number)
    return int(rounded) if int(places) == 0 else rounded


def _text(value: Any) -> str:
    if value is None or is_missing_marker(value):
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list):
        return " ".join(_text(item) for item in value)
    return str(value)


# forms.calculate puts {POSITION: n} before a repeat item's scope: position() reads it.
POSITION: Final = "\x00position"


def _values_everywhere(name: str, node: Any, depth: int = 0) -> list[Any]:
    """Every answer to ``name`` in the whole submission, repeat items included."""
    if depth > MAX_NESTING:
        return []
    found: list[Any] = []
    if isinstance(node, Mapping) and not is_missing_marker(node):
        for key, value in node.items():
            if key == name:
                found.append(None if is_missing_marker(value) else value)
            elif isinstance(value, Mapping | list):
                found.extend(_values_everywhere(name, value, depth + 1))
    elif isinstance(node, list):
        for item in node:
            found.extend(_values_everywhere(name, item, depth + 1))
    return found


def _choices_of(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(item) for item in value]
    return value.split() if isinstance(value, str) else []


def _compile_repeat_func(expr: Func) -> _Value:
    name, first = expr.name, expr.args[0] if expr.args else None
    field = first.name if isinstance(first, Ref) else ""
    if name == "position":
        return lambda scopes: next((s[POSITION] for s in scopes if POSITION in s), None)
    if name == "sum":

        def total(scopes: Scopes) -> int | float:
            root = scopes[-1] if scopes else {}
            numbers = [n for v in _values_everywhere(field, root) if (n := _number(v)) is not None]
            return sum(numbers)

        return total
    if name == "join":
        separator, target = _compile(expr.args[0]), expr.args[1]
        joined = target.name if isinstance(target, Ref) else ""

        def join(scopes: Scopes) -> str:
            root = scopes[-1] if scopes else {}
            values = _values_everywhere(joined, root)
            return _text(separator(scopes)).join(_text(v) for v in values if v is not None)

        return join
    if name == "indexed_repeat":
        repeat = expr.args[1].name if isinstance(expr.args[1], Ref) else ""
        read_repeat, index = _reader(repeat), _compile(expr.args[2])

        def indexed(scopes: Scopes) -> Any:
            items, position = read_repeat(scopes), _number(index(scopes))
            if not isinstance(items, list) or position is None or not 1 <= position <= len(items):
                return None
            item = items[int(position) - 1]
            found = _find(field, item, 0) if isinstance(item, Mapping) else _ABSENT
            return None if found is _ABSENT or is_missing_marker(found) else found

        return indexed
    value = _compile(expr.args[0])
    if name == "count_selected":
        return lambda scopes: len(_choices_of(value(scopes)))
    at = _compile(expr.args[1])

    def selected_at(scopes: Scopes) -> str | None:
        choices, position = _choices_of(value(scopes)), _number(at(scopes))
        if position is None or not 0 <= position < len(choices):
            return None
        return choices[int(position)]

    return selected_at


_REPEAT_FUNCTIONS: Final = frozenset(
    {"position", "sum", "join", "indexed_repeat", "count_selected", "selected_at"}
)


def _compile_func(expr: Func) -> _Value:
    if expr.name in _REPEAT_FUNCTIONS:
        return _compile_repeat_func(expr)
    args = tuple(_compile(arg) for arg in expr.args)
    name = expr.name
    if name == "if":
        condition = compile_predicate(expr.args[0])
        yes, no = args[1], args[2]
        return lambda scopes: yes(scopes) if condition(scopes) else no(scopes)
    if name == "coalesce":
        first, second = args

        def coalesce(scopes: Scopes) -> Any:
            value = first(scopes)
            return second(scopes) if value is None or value == "" else value

        return coalesce
    if name == "concat":
        return lambda scopes: "".join(_text(arg(scopes)) for arg in args)
    if name in ("min", "max"):
        pick = min if name == "min" else max

        def extreme(scopes: Scopes) -> Any:
            numbers = [n for arg in args if (n := _number(arg(scopes))) is not None]
            return pick(numbers) if numbers else None

        return extreme
    if name == "round":
        return lambda scopes: _round(*(arg(scopes) for arg in args))
    if name == "int":

        def integer(scopes: Scopes) -> int | None:
            number = _number(args[0](scopes))
            return None if number is None else int(number)

        return integer
    return lambda scopes: _number(args[0](scopes))


def _reader(name: str) -> _Value:
    """Return a function that reads a field: current item first, then outward."""

    def read(scopes: Scopes) -> Any:
        for scope in scopes:
            # Most references name a field of the scope itself; only a field
            # inside a group needs the recursive search.
            if name in scope:
                found = scope[name]
            else:
                found = _find(name, scope, 0)
                if found is _ABSENT:
                    continue
            return None if isinstance(found, dict) and is_missing_marker(found) else found
        return None

    return read


def _compile_call(expr: Call) -> _Value:
    read, argument = _reader(expr.ref.name), expr.argument
    if expr.function == "count":

        def count(scopes: Scopes) -> int:
            value = read(scopes)
            return len(value) if isinstance(value, list) else 0

        return count
    if expr.function == "answered":

        def answered(scopes: Scopes) -> bool:
            value = read(scopes)
            return value is not None and value != "" and value != []

        return answered

    def selected(scopes: Scopes) -> bool:
        value = read(scopes)
        if isinstance(value, list):
            return argument in value
        return isinstance(value, str) and value == argument

    return selected


def _compare_to_constant(op: str, read: _Value, constant: Literal_) -> _Value:
    """Compile ``${field} <op> literal``, the usual shape, with the literal's type known."""
    if op in ("=", "!="):
        if _is_number(constant):

            def equal(scopes: Scopes) -> bool:
                value = read(scopes)
                return _is_number(value) and bool(value == constant)

        else:
            constant_type = type(constant)

            def equal(scopes: Scopes) -> bool:
                value = read(scopes)
                return type(value) is constant_type and bool(value == constant)

        return equal if op == "=" else lambda scopes: not equal(scopes)
    ordering = _ORDERINGS[op]
    if _is_number(constant):
        return lambda scopes: _is_number(value := read(scopes)) and bool(ordering(value, constant))
    if isinstance(constant, str):
        return lambda scopes: (
            isinstance(value := read(scopes), str) and bool(ordering(value, constant))
        )
    return lambda scopes: False  # only numbers and strings are ordered


def _compile_compare(expr: Compare) -> _Value:
    left, right = _compile(expr.left), _compile(expr.right)
    if expr.op == "=":
        return lambda scopes: _equal(left(scopes), right(scopes))
    if expr.op == "!=":
        return lambda scopes: not _equal(left(scopes), right(scopes))
    ordering = _ORDERINGS[expr.op]

    def compare(scopes: Scopes) -> bool:
        a, b = left(scopes), right(scopes)
        if (_is_number(a) and _is_number(b)) or (isinstance(a, str) and isinstance(b, str)):
            return bool(ordering(a, b))
        return False

    return compare


def _compile_in(expr: In) -> _Value:
    operand, options = _compile(expr.operand), expr.options

    def contained(scopes: Scopes) -> bool:
        value = operand(scopes)
        return any(_equal(value, option) for option in options)

    return contained


def _compile_bool_op(expr: BoolOp) -> _Value:
    operands = tuple(compile_predicate(operand) for operand in expr.operands)
    is_and = expr.op == "and"
    if len(operands) == 2:  # the usual shape: no generator per evaluation
        first, second = operands
        if is_and:
            return lambda scopes: first(scopes) and second(scopes)
        return lambda scopes: first(scopes) or second(scopes)
    if is_and:
        return lambda scopes: all(operand(scopes) for operand in operands)
    return lambda scopes: any(operand(scopes) for operand in operands)


_ABSENT: Final = object()


def _find(name: str, scope: Scope, depth: int) -> Any:
    # Groups nest answers in objects; repeats (lists) are separate scopes and are
    # never searched, so a top-level reference cannot read one arbitrary item.
    if name in scope:
        return scope[name]
    if depth > MAX_NESTING:
        return _ABSENT
    for value in scope.values():
        if isinstance(value, Mapping) and not is_missing_marker(value):
            found = _find(name, value, depth + 1)
            if found is not _ABSENT:
                return found
    return _ABSENT


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _equal(left: Any, right: Any) -> bool:
    if _is_number(left) and _is_number(right):
        return bool(left == right)
    return type(left) is type(right) and bool(left == right)


def _truthy(value: Any) -> bool:
    if value is None or is_missing_marker(value):
        return False
    if isinstance(value, float) and value != value:  # NaN is not a yes
        return False
    return bool(value)
