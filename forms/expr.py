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
    comparison := sum (("=" | "!=" | "<" | "<=" | ">" | ">=") sum
                           | "in" "[" [literal ("," literal)*] "]")?
    sum        := term (("+" | "-") term)*
    term       := operand (("*" | "div" | "mod") operand)*
    operand    := literal | "${" name "}" | call | value_call | "-" operand | "(" expr ")"
    call       := ("selected" "(" ref "," string ")") | ("count" "(" ref ")")
                | ("answered" "(" ref ")")
    value_call := ("if" | "coalesce" | "int" | "round" | "number" | "concat" | "min"
                  | "max") "(" expr ("," expr)* ")"

Arithmetic is XPath's: numeric text counts as a number, anything else (a missing
answer, other text, a division by zero) gives null. Value functions serve
``x-calculate``: if(c, a, b), coalesce(a, b), int(x), round(x[, digits]),
number(x), concat(...), min(...), max(...).
    literal    := number | string | "true" | "false" | "null"

Strings use single or double quotes (no escapes: a quote ends the string).
Numbers are decimal, optionally negative. ``${name}`` names a field; inside a
repeat it means the sibling field of the same item first, then the enclosing
items, then the form's top-level fields (field names are unique in a form).

Evaluation never raises: an absent answer or a missing marker is ``None``;
comparing ``None`` or values of different types with ``<`` is false; ``=`` is
true only for equal values of the same type (numbers compare as numbers).

The language is split by step: `forms.expr_ast` (syntax tree, references),
`forms.expr_parse` (tokenizer, parser) and `forms.expr_eval` (expressions
compiled once into closures). This module is the public face of all three.
"""

from __future__ import annotations

from forms.expr_ast import (
    FUNCTIONS,
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
    calls,
    references,
)
from forms.expr_eval import (
    Predicate,
    Scope,
    Scopes,
    compile_predicate,
    compile_value,
    evaluate,
)
from forms.expr_parse import parse

__all__ = [
    "FUNCTIONS",
    "VALUE_FUNCTIONS",
    "Arith",
    "BoolOp",
    "Call",
    "Compare",
    "Const",
    "Expr",
    "ExpressionError",
    "Func",
    "In",
    "Literal_",
    "Not",
    "Predicate",
    "Ref",
    "Scope",
    "Scopes",
    "calls",
    "compile_predicate",
    "compile_value",
    "evaluate",
    "parse",
    "references",
]
