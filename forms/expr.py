"""Pure: the skip-logic and constraint language of Chasqui forms.

A tiny, safe language: nothing is ever passed to ``eval``/``exec``. The tokenizer
and the recursive-descent parser are written by hand because no library fits a
language this small better: a grammar library would add a dependency, an
attack surface and error messages we cannot control, and XPath (what XLSForm
uses) is far larger than what interviews need.

Grammar (keywords are lowercase; whitespace is free)::

    expr       := or_expr
    or_expr    := and_expr ("or" and_expr)*
    and_expr   := not_expr ("and" not_expr)*
    not_expr   := "not" not_expr | comparison
    comparison := operand (("=" | "!=" | "<" | "<=" | ">" | ">=") operand
                           | "in" "[" [literal ("," literal)*] "]")?
    operand    := literal | "${" name "}" | call | "(" expr ")"
    call       := ("selected" "(" ref "," string ")") | ("count" "(" ref ")")
                | ("answered" "(" ref ")")
    literal    := number | string | "true" | "false" | "null"

Strings use single or double quotes (no escapes: a quote ends the string).
Numbers are decimal, optionally negative. ``${name}`` names a field; inside a
repeat it means the sibling field of the same item first, then the enclosing
items, then the form's top-level fields (field names are unique in a form).

Evaluation never raises: an absent answer or a missing marker is ``None``;
comparing ``None`` or values of different types with ``<`` is false; ``=`` is
true only for equal values of the same type (numbers compare as numbers).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final, TypeAlias

from forms.spec import is_missing_marker

Literal_: TypeAlias = str | int | float | bool | None


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

FUNCTIONS: Final = ("selected", "count", "answered")
_MAX_LENGTH: Final = 2000
_MAX_DEPTH: Final = 50

_TOKEN = re.compile(
    r"""(?P<ws>\s+)
    |(?P<ref>\$\{(?P<refname>[A-Za-z_][A-Za-z0-9_.\-]*)\})
    |(?P<number>-?\d+(?:\.\d+)?)
    |(?P<string>'[^']*'|"[^"]*")
    |(?P<op><=|>=|!=|=|<|>|\(|\)|\[|\]|,)
    |(?P<word>[A-Za-z_][A-Za-z0-9_]*)""",
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str
    text: str
    position: int


def _tokenize(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    position = 0
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None:
            raise ExpressionError("unexpected character", position)
        kind = match.lastgroup or ""
        if kind == "refname":  # lastgroup reports the inner group of ${...}
            kind = "ref"
        if kind != "ws":
            value = match.group("refname") if kind == "ref" else match.group(0)
            tokens.append(_Token(kind, value, position))
        position = match.end()
    tokens.append(_Token("end", "", len(text)))
    return tokens


class _Parser:
    def __init__(self, text: str) -> None:
        self.tokens = _tokenize(text)
        self.index = 0
        self.depth = 0

    def peek(self) -> _Token:
        return self.tokens[self.index]

    def take(self) -> _Token:
        token = self.tokens[self.index]
        self.index = min(self.index + 1, len(self.tokens) - 1)
        return token

    def expect(self, text: str) -> _Token:
        token = self.take()
        if token.text != text or token.kind not in ("op", "word"):
            raise ExpressionError(f"expected '{text}'", token.position)
        return token

    def is_word(self, word: str) -> bool:
        token = self.peek()
        return token.kind == "word" and token.text == word

    def parse(self) -> Expr:
        expr = self.or_expr()
        token = self.peek()
        if token.kind != "end":
            raise ExpressionError("unexpected token", token.position)
        return expr

    def or_expr(self) -> Expr:
        return self._chain("or", self.and_expr)

    def and_expr(self) -> Expr:
        return self._chain("and", self.not_expr)

    def _chain(self, word: str, operand: Any) -> Expr:
        operands: list[Expr] = [operand()]
        while self.is_word(word):
            self.take()
            operands.append(operand())
        return operands[0] if len(operands) == 1 else BoolOp(word, tuple(operands))

    def not_expr(self) -> Expr:
        if self.is_word("not"):
            self.take()
            self._enter()
            operand = self.not_expr()
            self.depth -= 1
            return Not(operand)
        return self.comparison()

    def comparison(self) -> Expr:
        left = self.operand()
        token = self.peek()
        if token.kind == "op" and token.text in ("=", "!=", "<", "<=", ">", ">="):
            self.take()
            return Compare(token.text, left, self.operand())
        if self.is_word("in"):
            self.take()
            return In(left, self.list_literal())
        return left

    def list_literal(self) -> tuple[Literal_, ...]:
        self.expect("[")
        options: list[Literal_] = []
        if self.peek().text != "]":
            options.append(self.literal())
            while self.peek().text == ",":
                self.take()
                options.append(self.literal())
        self.expect("]")
        return tuple(options)

    def literal(self) -> Literal_:
        token = self.take()
        if token.kind == "number":
            return float(token.text) if "." in token.text else int(token.text)
        if token.kind == "string":
            return token.text[1:-1]
        if token.kind == "word" and token.text in ("true", "false", "null"):
            return {"true": True, "false": False, "null": None}[token.text]
        raise ExpressionError("expected a literal", token.position)

    def operand(self) -> Expr:
        token = self.peek()
        if token.kind == "ref":
            self.take()
            return Ref(token.text)
        if token.text == "(" and token.kind == "op":
            self.take()
            self._enter()
            inner = self.or_expr()
            self.depth -= 1
            self.expect(")")
            return inner
        if token.kind == "word" and token.text in FUNCTIONS:
            return self.call()
        return Const(self.literal())

    def call(self) -> Expr:
        function = self.take().text
        self.expect("(")
        token = self.take()
        if token.kind != "ref":
            raise ExpressionError(f"{function}() needs a field reference", token.position)
        argument: str | None = None
        if function == "selected":
            self.expect(",")
            value = self.take()
            if value.kind != "string":
                raise ExpressionError("selected() needs a quoted choice value", value.position)
            argument = value.text[1:-1]
        self.expect(")")
        return Call(function, Ref(token.text), argument)

    def _enter(self) -> None:
        # Bounded nesting keeps hostile input from exhausting the Python stack.
        self.depth += 1
        if self.depth > _MAX_DEPTH:
            raise ExpressionError("expression nested too deeply", self.peek().position)


def parse(text: str) -> Expr:
    """Parse an expression, raising ExpressionError with the offending position."""
    if not isinstance(text, str):
        raise ExpressionError("expression must be a string", 0)
    if len(text) > _MAX_LENGTH:
        raise ExpressionError("expression too long", _MAX_LENGTH)
    if not text.strip():
        raise ExpressionError("empty expression", 0)
    return _Parser(text).parse()


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


Scope: TypeAlias = Mapping[str, Any]


def evaluate(
    expr: Expr,
    answers: Scope,
    *,
    item: Scope | None = None,
    outer: Sequence[Scope] = (),
) -> bool:
    """Evaluate an expression to a boolean; never raises on odd or missing answers.

    ``item`` is the current repeat item, ``outer`` the enclosing items (innermost
    first) for nested repeats.
    """
    scopes = [scope for scope in (item, *outer, answers) if isinstance(scope, Mapping)]
    return _truthy(_value(expr, scopes))


def _value(expr: Expr, scopes: list[Scope]) -> Any:
    if isinstance(expr, Const):
        return expr.value
    if isinstance(expr, Ref):
        return _lookup(expr.name, scopes)
    if isinstance(expr, Call):
        return _call(expr, scopes)
    if isinstance(expr, Compare):
        return _compare(expr.op, _value(expr.left, scopes), _value(expr.right, scopes))
    if isinstance(expr, In):
        value = _value(expr.operand, scopes)
        return any(_equal(value, option) for option in expr.options)
    if isinstance(expr, Not):
        return not _truthy(_value(expr.operand, scopes))
    if expr.op == "and":
        return all(_truthy(_value(operand, scopes)) for operand in expr.operands)
    return any(_truthy(_value(operand, scopes)) for operand in expr.operands)


def _lookup(name: str, scopes: list[Scope]) -> Any:
    for scope in scopes:
        found = _find(name, scope, 0)
        if found is not _ABSENT:
            return None if is_missing_marker(found) else found
    return None


_ABSENT: Final = object()


def _find(name: str, scope: Scope, depth: int) -> Any:
    # Groups nest answers in objects; repeats (lists) are separate scopes and are
    # never searched, so a top-level reference cannot read one arbitrary item.
    if name in scope:
        return scope[name]
    if depth > _MAX_DEPTH:
        return _ABSENT
    for value in scope.values():
        if isinstance(value, Mapping) and not is_missing_marker(value):
            found = _find(name, value, depth + 1)
            if found is not _ABSENT:
                return found
    return _ABSENT


def _call(expr: Call, scopes: list[Scope]) -> Any:
    value = _lookup(expr.ref.name, scopes)
    if expr.function == "count":
        return len(value) if isinstance(value, list) else 0
    if expr.function == "answered":
        return value is not None and value != "" and value != []
    if isinstance(value, list):
        return expr.argument in value
    return isinstance(value, str) and value == expr.argument


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _equal(left: Any, right: Any) -> bool:
    if _is_number(left) and _is_number(right):
        return bool(left == right)
    return type(left) is type(right) and bool(left == right)


def _compare(op: str, left: Any, right: Any) -> bool:
    if op == "=":
        return _equal(left, right)
    if op == "!=":
        return not _equal(left, right)
    comparable = (_is_number(left) and _is_number(right)) or (
        isinstance(left, str) and isinstance(right, str)
    )
    if not comparable:
        return False
    if op == "<":
        return bool(left < right)
    if op == "<=":
        return bool(left <= right)
    if op == ">":
        return bool(left > right)
    return bool(left >= right)


def _truthy(value: Any) -> bool:
    if value is None or is_missing_marker(value):
        return False
    if isinstance(value, float) and value != value:  # NaN is not a yes
        return False
    return bool(value)
