"""A roster name that is also a word or a place vanishes when it acts as a person."""

from __future__ import annotations

import pytest

from privacy import scrub_for_cli

ROSTER = ("Luz Quispe", "Teodoro Lima", "Flor Yauri")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Después luz nos visitó para la fiesta.",
            "Después [PERSONA-1] nos visitó para la fiesta.",
        ),
        ("Después Lima nos visitó.", "Después [PERSONA-1] nos visitó."),
        ("Flor ya volvió de Lima.", "[PERSONA-1] ya volvió de Lima."),
        ("Nos fuimos a Lima y volvimos.", "Nos fuimos a Lima y volvimos."),
        ("La luz no llegó a la comunidad.", "La luz no llegó a la comunidad."),
        ("Sembramos una flor amarilla.", "Sembramos una flor amarilla."),
    ],
    ids=[
        "lowercase-name-then-verb",
        "place-name-then-verb",
        "name-adverb-verb",
        "destination-stays",
        "thing-after-article",
        "common-word-stays",
    ],
)
def test_roster_word_names_in_context(text, expected):
    assert scrub_for_cli(text, known_names=ROSTER) == expected
