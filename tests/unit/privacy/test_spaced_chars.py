"""Codes and numbers written one character at a time (`privacy.spaced_chars`): a codice
fiscale read back letter by letter, a phone's digits spaced with dots between its groups,
an ID's with dashes. Left: one-letter Spanish words in a row, group letters, and digits
spaced without group marks (the number finders' own)."""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "codice_fiscale_letter_by_letter": (
        "Allá me sacaron el codice fiscale, R S S M R A 8 5 T 1 0 A 5 6 2 S, así letra por letra.",
        ["R S S M R A 8 5 T"],
    ),
    "phone_digits_with_dots": (
        "Si quiere contactarme, 9 8 7 . 1 2 4 . 5 3 6, a cualquier hora.",
        ["9 8 7 . 1 2 4", "5 3 6"],
    ),
    "id_digits_with_dashes": (
        "mi carné es 0 0 1 - 2 3 4 - 5 6 7, de extranjería.",
        ["0 0 1 - 2 3 4", "5 6 7"],
    ),
}

KEPT = {
    "one_letter_words": (
        "la respuesta es a y o e a y o u, así cantamos en la escuela.",
        ["a y o e a y o u"],
    ),
    "group_letters": (
        "los grupos A, B, C y D salen a la faena el 2 de mayo.",
        ["A, B, C y D", "2 de mayo"],
    ),
    "a_year_and_a_count": (
        "en 2019 vinimos 12 familias, en 3 camiones.",
        ["2019", "12 familias", "3 camiones"],
    ),
}

test_code_is_gone, test_content_is_kept = gone_and_kept(GONE, KEPT)
