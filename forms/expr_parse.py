"""Pure: the hand-written tokenizer and recursive-descent parser of expressions.

The grammar is documented in `forms.expr`. A quote always ends a string and
nesting is bounded, so every input either parses or raises ExpressionError with
the offending position; nothing is ever handed to ``eval``/``exec``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Final

from forms.expr_ast import (
    FUNCTIONS,
    MAX_NESTING,
    VALUE_FUNCTIONS,
    Arith,
    BoolOp,
    Call,
    Compare,
    Const,
    Expr,
    ExpressionError,
    Func,
    In,
    Literal_,
    Not,
    Ref,
)

_MAX_LENGTH: Final = 2000

_TOKEN = re.compile(
    r"""(?P<ws>\s+)
    |(?P<ref>\$\{(?P<refname>[A-Za-z_][A-Za-z0-9_.\-]*)\})
    |(?P<number>-?\d+(?:\.\d+)?)
    |(?P<string>'[^']*'|"[^"]*")
    |(?P<op><=|>=|!=|=|<|>|\(|\)|\[|\]|,|\+|-|\*)
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
        left = self.sum()
        token = self.peek()
        if token.kind == "op" and token.text in ("=", "!=", "<", "<=", ">", ">="):
            self.take()
            return Compare(token.text, left, self.sum())
        if self.is_word("in"):
            self.take()
            return In(left, self.list_literal())
        return left

    def sum(self) -> Expr:
        left = self.term()
        while True:
            token = self.peek()
            if token.kind == "op" and token.text in ("+", "-"):
                self.take()
                left = Arith(token.text, left, self.term())
            elif token.kind == "number" and token.text.startswith("-"):
                # "${a} -1": the tokenizer read a negative number; it is a subtraction.
                self.take()
                right = token.text[1:]
                left = Arith("-", left, Const(float(right) if "." in right else int(right)))
            else:
                return left

    def term(self) -> Expr:
        left = self.operand()
        while True:
            token = self.peek()
            if (token.kind == "op" and token.text == "*") or (
                token.kind == "word" and token.text in ("div", "mod")
            ):
                self.take()
                left = Arith(token.text, left, self.operand())
            else:
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
        if token.kind == "word" and token.text in VALUE_FUNCTIONS:
            return self.value_call()
        if token.kind == "op" and token.text == "-":
            self.take()
            self._enter()
            operand = self.operand()
            self.depth -= 1
            return Arith("-", Const(0), operand)
        return Const(self.literal())

    def value_call(self) -> Expr:
        start = self.take()
        self.expect("(")
        self._enter()
        args: list[Expr] = []
        if not (self.peek().text == ")" and self.peek().kind == "op"):
            args.append(self.or_expr())
            while self.peek().text == "," and self.peek().kind == "op":
                self.take()
                args.append(self.or_expr())
        self.depth -= 1
        self.expect(")")
        if len(args) not in VALUE_FUNCTIONS[start.text]:
            raise ExpressionError(
                f"{start.text}() has the wrong number of arguments", start.position
            )
        return Func(start.text, tuple(args))

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
        if self.depth > MAX_NESTING:
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
