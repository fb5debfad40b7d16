"""Names of the eleventh round (`privacy.naming`): one's own lowercase name after "me
llamo" takes a surname that is also a word when it closes the clause ('me llamo deyvis
cóndor,'), and a given name that is also a word is one when a surname closes the clause
after it ('me llamo rosa ccanto,'). Left: fillers after the name, and "me llamo" meaning
"called me" ('ayer me llamo rosa, y no contesté' keeps the word: no surname follows)."""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "own_name_with_a_word_surname": (
        "me llamo deyvis cóndor, soy de ccollpa, tengo veintidós años.",
        ["deyvis", "cóndor"],
    ),
    "word_name_with_a_surname": (
        "me llamo rosa ccanto, y soy de manta.",
        ["rosa", "ccanto"],
    ),
    "own_name_at_the_end": (
        "buenas, me llamo yesenia paloma.",
        ["yesenia", "paloma"],
    ),
}

KEPT = {
    "a_filler_after_the_name": (
        "me llamo deyvis nomás, soy de ccollpa.",
        ["nomás", "ccollpa"],
    ),
    "a_title_after_the_name": (
        "me llamo deyvis, señorita, soy de ccollpa.",
        ["señorita"],
    ),
    "called_me": (
        "ayer me llamo rosa, y no contesté.",
        ["ayer", "contesté"],
    ),
}

test_name_is_gone, test_word_is_kept = gone_and_kept(GONE, KEPT)
