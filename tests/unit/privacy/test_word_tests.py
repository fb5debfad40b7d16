"""The small word tests several rules share: a verb's form by its ending, a gap that
closes a clause. One definition each (they were written three and two times)."""

from __future__ import annotations

import pytest

from privacy.lexicon import plainly_verb, verb_form
from privacy.normalize import closes_clause


@pytest.mark.parametrize(
    ("norm", "shared", "expected"),
    [
        ("compramos", False, True),
        ("trabajaban", False, True),
        ("vinieron", False, True),
        ("fueron", False, True),
        ("bailando", False, True),
        ("viviendo", False, True),
        ("tenia", True, True),
        ("llegado", True, True),
        ("salido", True, True),
        # Endings nouns share: a verb only when the caller accepts them.
        ("familia", False, False),
        ("dorado", False, False),
        ("candelaria", False, False),
        ("familia", True, True),
        # Names and nouns with other endings never read as verbs.
        ("yolanda", True, False),
        ("esperanza", True, False),
        ("huayta", True, False),
    ],
)
def test_verb_form(norm: str, shared: bool, expected: bool) -> None:
    assert verb_form(norm, imperfect=shared, participle=shared) is expected


@pytest.mark.parametrize(
    ("gap", "expected"),
    [
        (", ", True),
        (". ", True),
        ("; ", True),
        (": ", True),
        ("? ", True),
        ("! ", True),
        ("  , ", True),
        (" ", False),
        ("", False),
        (" (", False),
        ("\n", False),
        (" - ", False),
    ],
)
def test_closes_clause(gap: str, expected: bool) -> None:
    assert closes_clause(gap) is expected


@pytest.mark.parametrize(
    ("norm", "expected"),
    [
        ("compraron", True),
        ("trabajaban", True),
        ("vendiendo", True),
        ("ramos", False),
        ("familia", False),
        ("dorado", False),
        ("candelaria", False),
        ("iba", False),
    ],
)
def test_plainly_verb(norm: str, expected: bool) -> None:
    assert plainly_verb(norm) is expected
