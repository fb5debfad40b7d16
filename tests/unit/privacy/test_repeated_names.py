"""A name said again to add its surname (`privacy.repeated_names`). Kept: a word said
twice that names no one, a verb after the repeated name."""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "a_surname_that_is_a_word": (
        "la señora se llamaba maritza, maritza del solar, el telefono me acuerdo.",
        ["solar"],
    ),
    "a_surname_after_de_la": (
        "con la señora maritza... maritza de la puente creo que era su apellido.",
        ["puente"],
    ),
    "a_nickname_and_a_surname_that_is_a_word": (
        "el que manda alla es un tal chino, chino ramos, el supervisor.",
        ["ramos"],
    ),
    "the_bare_name_before_the_whole_one": (
        "el compañero santos, santos huamani, es el yachachiq.",
        ["santos,", "huamani"],
    ),
}

KEPT = {
    "a_word_said_twice": ("poco, poco a poco se fueron todos a lima.", ["poco, poco a poco"]),
    "the_verb_after_the_repeated_name": (
        "mi hija rosa, rosa trabaja en lima de costurera.",
        ["trabaja en lima"],
    ),
    "a_run_that_goes_on": (
        "se llama julia, julia quiere irse al norte a trabajar.",
        ["quiere irse al norte"],
    ),
}

test_surname_is_gone, test_content_is_kept = gone_and_kept(GONE, KEPT)
