"""Causes of misses in the twenty-first round (docs/privacy.md, "Twenty-first round"),
each in words of its own.

Birth dates: a month typed short after a birth cue ("nació el 2 de nov del 96", "el 15 de
sept. del 2003"); a whole date in brackets right after a child's name in a note ("Killa
(03-09-12)"); a whole date in digits a found name is "of", whatever the sentence goes on
with ("el segundo elvis del 3/10/2010 esta en el colegio"). Kept: a range after a name
("del 3/10/2010 hasta el 5"), a month typed short where no birth is told.
"""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "a_month_typed_short_after_nacio": (
        "mi hijo wilmer nacio el 14 de nov del 98 en huancayo, ahora estudia.",
        ["14", "98"],
    ),
    "a_month_typed_short_with_its_dot": (
        "La menor nació el 21 de sept. del 2011, en la posta de Acobamba.",
        ["21", "2011"],
    ),
    "a_whole_date_in_brackets_after_a_child": (
        "Anoté a los chicos: Nayda (07/02/2009) y Rubén (11-08-13), los dos van a la escuela.",
        ["07/02/2009", "11-08-13"],
    ),
    "a_whole_date_a_name_is_of_before_a_verb": (
        "la mayor vive en ica. la tercera yesica del 12/5/2012 sigue en la escuela de manta.",
        ["12/5/2012"],
    ),
}

KEPT = {
    "a_range_after_a_name": (
        "Estuvo Rosa del 3/10/2010 hasta el 5 de noviembre en Lima.",
        ["3/10/2010"],
    ),
    "a_month_typed_short_without_a_birth": (
        "Llegamos a Ica el 3 de nov del 2019 para la cosecha.",
        ["3 de nov del 2019"],
    ),
}

test_identifier_is_gone, test_content_is_kept = gone_and_kept(GONE, KEPT)
