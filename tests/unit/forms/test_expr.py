"""The skip-logic language: parsing, references, safe evaluation."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from forms.expr import ExpressionError, evaluate, parse, references

ANSWERS = {
    "village": "manta",
    "age": 24,
    "land": 0.5,
    "consent": True,
    "months": ["01", "02"],
    "members": [{"_item_id": "a"}, {"_item_id": "b"}],
    "group": {"inner": "x"},
    "refused": {"_missing": "refused"},
    "empty": "",
}

TRUE_OR_FALSE = [
    ("equal_string", "${village} = 'manta'", True),
    ("equal_double_quotes", '${village} = "manta"', True),
    ("not_equal", "${village} != 'lima'", True),
    ("int_equals_float", "${age} = 24.0", True),
    ("less", "${land} < 1", True),
    ("greater_equal", "${age} >= 25", False),
    ("negative_literal", "${age} > -1", True),
    ("and_or_precedence", "${age} > 100 or ${age} < 30 and ${consent}", True),
    ("parentheses", "(${age} > 100 or ${age} < 30) and not ${consent}", False),
    ("in_list", "${village} in ['manta', 'ccollpa']", True),
    ("in_empty_list", "${village} in []", False),
    ("selected_multi", "selected(${months}, '02')", True),
    ("selected_single", "selected(${village}, 'manta')", True),
    ("selected_absent_value", "selected(${months}, '12')", False),
    ("count_repeat", "count(${members}) = 2", True),
    ("count_absent", "count(${nobody}) = 0", True),
    ("answered", "answered(${village})", True),
    ("answered_marker", "answered(${refused})", False),
    ("answered_empty_string", "answered(${empty})", False),
    ("group_field", "${inner} = 'x'", True),
    ("bare_true_reference", "${consent}", True),
    ("literal_true", "true", True),
    ("null_literal", "${nobody} = null", True),
    ("marker_is_null", "${refused} = null", True),
    ("absent_not_equal", "${nobody} != 'a'", True),
    ("absent_less_than", "${nobody} < 3", False),
    ("type_mismatch_less", "${village} < 3", False),
    ("type_mismatch_equal", "${age} = '24'", False),
    ("bool_is_not_number", "${consent} = 1", False),
    ("string_order", "${village} > 'a'", True),
    ("list_compare_never_raises", "${months} > 1", False),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [case[1:] for case in TRUE_OR_FALSE],
    ids=[case[0] for case in TRUE_OR_FALSE],
)
def test_evaluate(text, expected):
    assert evaluate(parse(text), ANSWERS) is expected


def test_item_fields_shadow_nothing_and_top_level_fields_stay_visible():
    expr = parse("${destination} = 'extranjero' and ${village} = 'manta'")
    assert evaluate(expr, ANSWERS, item={"destination": "extranjero"}) is True
    assert evaluate(expr, ANSWERS, item={"destination": "lima"}) is False


def test_nested_repeat_sees_enclosing_item():
    expr = parse("${age} < 30 and ${destination} = 'lima'")
    member = {"age": 20}
    episode = {"destination": "lima"}
    assert evaluate(expr, {}, item=episode, outer=[member]) is True


def test_top_level_reference_never_reads_into_repeat_items():
    assert evaluate(parse("answered(${_item_id})"), ANSWERS) is False


REFS = [
    ("single", "${a} = 1", {"a"}),
    ("many", "${a} = 1 and (${b} in [1] or not ${c})", {"a", "b", "c"}),
    ("functions", "selected(${m}, 'x') or count(${r}) > 0 or answered(${q})", {"m", "r", "q"}),
    ("literals_only", "1 = 1", set()),
    ("dotted_and_dashed_names", "${a.b} = ${c-d}", {"a.b", "c-d"}),
]


@pytest.mark.parametrize(
    ("text", "expected"), [case[1:] for case in REFS], ids=[case[0] for case in REFS]
)
def test_references(text, expected):
    assert references(parse(text)) == expected


BAD = [
    ("empty", "", 0),
    ("blank", "   ", 0),
    ("dangling_operator", "${a} =", 6),
    ("unclosed_reference", "${a", 0),
    ("bare_word", "village = 1", 0),
    ("unclosed_paren", "(${a} = 1", 9),
    ("unterminated_string", "${a} = 'x", 7),
    ("unknown_character", "${a} # 1", 5),
    ("selected_without_value", "selected(${a})", 13),
    ("count_of_literal", "count(3)", 6),
    ("trailing_tokens", "${a} = 1 1", 9),
    ("in_without_list", "${a} in 'x'", 8),
    ("python_injection", "__import__('os').system('x')", 16),
    ("xpath_style", "${a} = 'x' && ${b}", 11),
]


@pytest.mark.parametrize(
    ("text", "position"), [case[1:] for case in BAD], ids=[case[0] for case in BAD]
)
def test_parse_errors_carry_position(text, position):
    with pytest.raises(ExpressionError) as caught:
        parse(text)
    assert caught.value.position == position
    assert f"position {position}" in str(caught.value)


def test_deep_nesting_is_refused_not_a_recursion_error():
    with pytest.raises(ExpressionError):
        parse("(" * 500 + "1" + ")" * 500)
    with pytest.raises(ExpressionError):
        parse("not " * 500 + "true")


def test_overlong_expression_is_refused():
    with pytest.raises(ExpressionError):
        parse("${a} = 1 or " * 500 + "true")


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("${}()[]'\",=!<>abcnotrue 0123456789.-_")), max_size=60)
)
def test_parser_only_ever_raises_expression_error(text):
    try:
        expr = parse(text)
    except ExpressionError:
        return
    evaluate(expr, ANSWERS)  # whatever parses also evaluates without raising


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_parser_never_raises_anything_else_on_arbitrary_text(text):
    with contextlib.suppress(ExpressionError):
        parse(text)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=3), children, max_size=3)
    ),
    max_leaves=10,
)


@settings(max_examples=200, deadline=None)
@given(json_values, json_values)
def test_evaluation_never_raises_on_odd_answers(a, b):
    answers = {"a": a, "b": b}
    for text in (
        "${a} < ${b}",
        "${a} = ${b}",
        "selected(${a}, 'x')",
        "count(${a}) > 0",
        "${a} in [1, 'x', null]",
        "not ${a} or ${b}",
    ):
        assert evaluate(parse(text), answers) in (True, False)
