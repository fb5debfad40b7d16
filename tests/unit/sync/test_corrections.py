"""Table tests: a supervisor's corrections to a quarantined item's stored answers (pure)."""

from __future__ import annotations

import pytest

from forms.spec import EACH_ITEM, FieldSpec, PrivacyRule
from interviews.fieldtext import parse_typed
from sync.corrections import (
    REMOVE,
    Correction,
    CorrectionRefused,
    apply_corrections,
    is_waived,
    keeps_stored,
    parse_corrections,
    pseudonyms_in,
)

SPECS = {
    s.path: s
    for s in (
        FieldSpec(("age",), "quasi", PrivacyRule()),
        FieldSpec(("name",), "direct", PrivacyRule(action="pseudonymize", entity="person")),
        FieldSpec(("story",), "free_text", PrivacyRule()),
        FieldSpec(("total",), "none", PrivacyRule()),
        FieldSpec(("members", EACH_ITEM, "age"), "quasi", PrivacyRule()),
        FieldSpec(("members", EACH_ITEM, "name"), "direct", PrivacyRule(entity="person")),
    )
}
STORED = {
    "age": "35-49",
    "name": "ps1.k1.abc",
    "total": "muchos",
    "odd": 1,
    "members": [{"age": "15-24", "name": "ps1.k1.def"}],
}


@pytest.mark.parametrize(
    ("changes", "position"),
    [
        ({"total": {"value": 1}}, 0),
        ({"/total": {"value": 1}, "/age/": {"value": 1}}, 1),
        ({"/a~1b": {"value": 1}}, 0),
        ({"/total": 3}, 0),
        ({"/total": {"value": 1, "remove": True}}, 0),
        ({"/total": {"remove": False}}, 0),
    ],
    ids=["no-slash", "trailing-slash", "escaped", "bare-value", "both", "remove-false"],
)
def test_corrections_that_are_not_a_value_or_a_removal_are_refused_by_position(changes, position):
    with pytest.raises(CorrectionRefused) as refused:
        parse_corrections(changes)
    assert refused.value.position == position


@pytest.mark.parametrize(
    ("correction", "expected"),
    [
        (Correction("/total", 12), {"total": 12}),
        (Correction("/odd", REMOVE), {"odd": None}),
        (Correction("/members/0/age", 30), {"members": [{"age": 30, "name": "ps1.k1.def"}]}),
        (Correction("/story", "texto"), {"story": "texto"}),
    ],
    ids=["set", "remove-unknown-key", "in-repeat-item", "new-answer"],
)
def test_a_correction_sets_or_removes_one_answer(correction, expected):
    out = apply_corrections(STORED, [correction], specs=SPECS)
    for key, value in expected.items():
        assert out.get(key) == value
    assert STORED["total"] == "muchos"  # the stored answers are not touched


@pytest.mark.parametrize(
    "correction",
    [
        Correction("/odd", 2),  # not a field: can only be removed
        Correction("/members/3/age", 30),  # no such repeat item
        Correction("/members/x/age", 30),
        Correction("/total/deeper", 1),
        Correction("/missing", REMOVE),
    ],
    ids=["not-a-field", "no-item", "item-not-a-number", "below-a-leaf", "remove-absent"],
)
def test_a_correction_outside_the_form_is_refused(correction):
    with pytest.raises(CorrectionRefused):
        apply_corrections(STORED, [correction], specs=SPECS)


@pytest.mark.parametrize(
    ("pointer", "corrected", "recorded", "same", "waived"),
    [
        ("/name", [], [], True, True),  # a pseudonym does not fit a name's pattern
        ("/name", ["/name"], [], True, False),  # but what was typed must fit
        ("/age", [], [], True, True),  # generalized under this version
        ("/age", [], ["/age"], True, False),  # it did not fit when pushed: scrubbed, not ok
        ("/age", [], [], False, False),  # anonymized without this version
        ("/members/0/name", [], [], False, True),
        ("/total", [], [], True, False),  # a plain answer that does not fit never passes
        ("/odd", [], [], True, False),
    ],
    ids=[
        "direct",
        "direct-typed",
        "quasi",
        "quasi-recorded",
        "quasi-other-version",
        "direct-other-version",
        "none",
        "unknown",
    ],
)
def test_only_stand_ins_made_by_the_anonymizer_are_waived(
    pointer, corrected, recorded, same, waived
):
    assert (
        is_waived(
            pointer,
            STORED,
            specs=SPECS,
            corrected=corrected,
            recorded=recorded,
            same_version=same,
        )
        is waived
    )


@pytest.mark.parametrize(
    ("pointer", "path", "corrected", "recorded", "same", "kept"),
    [
        ("/name", ("name",), [], [], True, True),  # never pseudonymize a pseudonym again
        ("/name", ("name",), ["/name"], [], True, False),
        ("/story", ("story",), [], [], True, True),
        ("/story", ("story",), [], ["/story"], True, False),  # scrubbed as text: again
        ("/age", ("age",), [], [], False, False),  # another version's classes: anonymize
        ("/name", ("name",), [], [], False, False),
    ],
    ids=["direct", "typed", "free-text", "recorded", "other-version", "direct-other-version"],
)
def test_stored_answers_stay_unless_typed_or_never_anonymized_as_their_field(
    pointer, path, corrected, recorded, same, kept
):
    assert (
        keeps_stored(
            pointer,
            path,
            specs=SPECS,
            corrected=corrected,
            recorded=recorded,
            same_version=same,
        )
        is kept
    )


def test_pseudonyms_are_read_from_fields_whose_rule_pseudonymizes():
    assert pseudonyms_in(STORED, SPECS) == ["ps1.k1.abc"]  # members' names are dropped


@pytest.mark.parametrize(
    ("texts", "kind", "value"),
    [
        (["12"], "integer", 12),
        (["doce"], "integer", "doce"),
        (["0,5"], "decimal", 0.5),
        (["true"], "boolean", True),
        (["a", "b"], "select_multiple", ["a", "b"]),
        (["a, b"], "select_multiple", ["a", "b"]),
        ([" Lima "], "text", "Lima"),
        ([], "text", ""),
    ],
    ids=["int", "not-int", "decimal-comma", "bool", "multi", "multi-comma", "text", "nothing"],
)
def test_typed_text_is_read_as_the_fields_kind_or_left_as_text(texts, kind, value):
    assert parse_typed(texts, kind) == value
