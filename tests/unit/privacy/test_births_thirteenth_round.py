"""Birth dates of the thirteenth round (`privacy.births`): a word of the date said again
after a pause ('el 2 de... de agosto', 'del 20 de octubre del... del 2010', 'ella es
del... del catorce de mayo'), a correction of two words ('no, perdón, quince de mayo'),
a midwife who says who received the baby ('la recibí yo misma, el ...'), a child had, by
its pronoun ('yo tuve a la mía en Lima, ..., el ...'), and a child named then pointed at
('el fernando, ese es del dos de mayo').
Kept: the same pauses in a fiesta's or an event's date, a correction that names a fiesta,
what someone received that is no baby, what else one had, and a patron pointed at ('el
santiago, ese es del 25 de julio')."""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "the_of_said_again_in_the_day": (
        "mi nieta nació el cinco de... de octubre, en villa el salvador, no la conozco.",
        ["cinco", "octubre"],
    ),
    "the_of_said_again_before_the_year": (
        "se quedó con mi mamá, ella es del 20 de octubre del... del 2010, ya está en secundaria.",
        ["20 de octubre", "2010"],
    ),
    "both_said_again": (
        "el menor es del 2 de... de agosto del... del 2013, y ya camina.",
        ["agosto", "2013"],
    ),
    "the_cue_said_again": (
        "Después la Yolanda, ella es del... del catorce de mayo, ya tiene su DNI.",
        ["catorce de mayo"],
    ),
    "corrected_with_two_words": (
        "ella es del catorce de mayo, no, perdón, quince de mayo, siempre me confundo.",
        ["catorce de mayo", "quince de mayo"],
    ),
    "a_midwife_who_received_her_herself": (
        "soy partera. a mi nieta la recibí yo misma, el quince de agosto del dos mil doce.",
        ["quince de agosto", "dos mil doce"],
    ),
    "a_midwife_alone": (
        "fui partera muchos años. a ese chico lo recibí yo sola, el 3 de mayo del 98.",
        ["3 de mayo del 98"],
    ),
    "a_child_by_its_pronoun": (
        "Yo tuve a la mía en Lima, en el hospital de Villa El Salvador, el 14 de setiembre del 2005.",
        ["14 de setiembre", "2005"],
    ),
    "a_child_named_then_pointed_at": (
        "la mayumi, veintiocho de febrero; el fernando, ese es del dos de mayo, ese día granizó.",
        ["veintiocho de febrero", "dos de mayo"],
    ),
}

KEPT = {
    "a_fiesta_said_haltingly": (
        "la fiesta es del... del 25 de julio, con la herranza.",
        ["25 de julio"],
    ),
    "an_event_said_haltingly": (
        "el 2 de... de agosto llegó el ejército al pueblo.",
        ["2 de... de agosto"],
    ),
    "a_correction_to_a_fiesta": (
        "nació el 14 de mayo, no, perdón, el 15 de mayo es la fiesta de San Isidro.",
        ["15 de mayo"],
    ),
    "land_received": (
        "la chacra la recibí yo misma, el quince de agosto del dos mil doce, de mi papá.",
        ["quince de agosto del dos mil doce"],
    ),
    "something_else_had": ("tuve el mío el 3 de mayo, mi carro nuevo.", ["3 de mayo"]),
    "had_then_an_event": (
        "yo tuve a la mía en Lima, y el 28 de julio fuimos al desfile.",
        ["28 de julio"],
    ),
    "a_patron_pointed_at": (
        "el santiago, ese es del 25 de julio, con la herranza.",
        ["25 de julio"],
    ),
    "a_fiesta_pointed_at": ("la fiesta, esa es del 25 de julio.", ["25 de julio"]),
}

test_birth_date_is_gone, test_other_date_is_kept = gone_and_kept(GONE, KEPT)
