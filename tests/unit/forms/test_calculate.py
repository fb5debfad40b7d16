"""x-calculate: XLSForm calculations recomputed on the server, in the safe language."""

from __future__ import annotations

import pytest

from forms.calculate import plan_calculations, with_calculations
from forms.expr import ExpressionError, compile_value, parse
from forms.schema import check_form
from forms.validators import FormValidator

ANSWERS = {
    "a": 7,
    "b": None,
    "t": "3",
    "word": "casa",
    "multi": ["x", "y", "z"],
    "people": [{"age": 30, "name_code": "p1"}, {"age": 12, "name_code": "p2"}],
}

VALUES = [
    ("sum_of_two", "${a} + 1", 8),
    ("numeric_text_counts", "${t} * 2", 6),
    ("minus_without_spaces", "${a}-1", 6),
    ("negation", "-${a} * 2", -14),
    ("div_is_decimal", "${a} div 2", 3.5),
    ("div_by_zero_is_null", "${a} div 0", None),
    ("mod", "${a} mod 4", 3),
    ("missing_answer_is_null", "${b} + 1", None),
    ("text_in_a_sum_is_null", "${word} + 1", None),
    ("if_true", "if(${a} > 2, 'big', 'small')", "big"),
    ("if_false", "if(${a} > 20, 'big', 'small')", "small"),
    ("coalesce", "coalesce(${b}, 0) + ${a}", 7),
    ("round_half_away", "round(2.5)", 3),
    ("round_digits", "round(${a} div 3, 2)", 2.33),
    ("int_truncates", "int(${a} div 2)", 3),
    ("concat", "concat(${word}, '-', ${a}, ${b})", "casa-7"),
    ("min_max", "max(${a}, ${t}, 1)", 7),
    ("count_selected", "count_selected(${multi})", 3),
    ("selected_at", "selected_at(${multi}, 1)", "y"),
    ("selected_at_out_of_range", "selected_at(${multi}, 5)", None),
    ("sum_over_a_repeat", "sum(${age})", 42),
    ("join_over_a_repeat", "join(' ', ${name_code})", "p1 p2"),
    ("indexed_repeat", "indexed_repeat(${age}, ${people}, 2)", 12),
    ("indexed_repeat_past_the_end", "indexed_repeat(${age}, ${people}, 3)", None),
    ("comparison_of_arithmetic", "${a} + 1 > 7", True),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in VALUES], ids=[c[0] for c in VALUES])
def test_value_of_expression(text, expected):
    assert compile_value(parse(text))([ANSWERS]) == expected


@pytest.mark.parametrize(
    "text", ["if(${a}, 1)", "round()", "${a} +", "concat(", "position(1)"], ids=repr
)
def test_malformed_calculations_are_refused(text):
    with pytest.raises(ExpressionError):
        parse(text)


FORM = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "x-form": {"form_id": "calc", "title": {"es": "Cálculo"}, "languages": ["es"]},
    "properties": {
        "adults": {"x-kind": "integer", "x-privacy": "none"},
        "children": {"x-kind": "integer", "x-privacy": "none"},
        "size": {
            "x-kind": "integer",
            "x-privacy": "none",
            "x-calculate": "${adults} + ${children}",
        },
        "rooms": {
            "x-kind": "integer",
            "x-privacy": "none",
            "x-constraint": "${rooms} <= ${size}",
        },
        "members": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "n": {"x-kind": "integer", "x-privacy": "none", "x-calculate": "position()"},
                },
            },
        },
    },
}


def test_the_form_with_calculations_is_valid():
    assert check_form(FORM) == []


def test_a_constraint_reads_the_servers_calculation_not_the_tablets():
    validator = FormValidator(FORM)
    # The tablet claims size 9; the server computes 2 + 1 = 3, so 5 rooms break the rule.
    answers = {"adults": 2, "children": 1, "size": 9, "rooms": 5}
    codes = [p.code for p in validator.validation_errors(answers)]
    assert codes == ["answer.constraint"]
    assert validator.validation_errors({**answers, "rooms": 3}) == []


def test_repeat_items_know_their_position():
    plan = plan_calculations(FORM)
    computed = with_calculations(plan, {"members": [{}, {}, {}]})
    assert [item["n"] for item in computed["members"]] == [1, 2, 3]


def test_calculations_never_change_the_answers_they_were_given():
    answers = {"adults": 2, "children": 1, "members": [{}]}
    with_calculations(plan_calculations(FORM), answers)
    assert answers == {"adults": 2, "children": 1, "members": [{}]}
