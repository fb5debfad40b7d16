"""Numbers and dates of the tenth round (`privacy.births`, `privacy.numbers`,
`privacy.recognizers`, `privacy.spoken`): twins "of" the date they share, an English
birth date said in Spanish, a codice fiscale read back in lowercase groups, a badge's
lowercase letters set apart, and an e-mail dictated with "todo junto" before "arroba"."""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "twins_of_a_date": (
        "los dos últimos son mellizos, del veintiuno de setiembre del dos mil nueve.",
        ["veintiuno", "setiembre", "dos mil nueve"],
    ),
    "english_date_said_in_spanish": (
        "mi hijo nació aquí, el July 4th del 2008, el día de la independencia.",
        ["4th", "2008"],
    ),
    "codice_fiscale_in_lowercase_groups": (
        "me lo dictó para un papel del banco: qspmra 85t52 z611g. su casa es grande.",
        ["qspmra", "85t52", "z611g"],
    ),
    "codice_fiscale_in_capital_groups": (
        "me lo dictó: QSPMRA 85T52 Z611G. su casa es grande.",
        ["QSPMRA", "85T52", "Z611G"],
    ),
    "badge_letters_apart": (
        "mi fotocheck decía cmw 20931. a mí me llevó el ingeniero.",
        ["cmw", "20931"],
    ),
    "email_todo_junto_before_arroba": (
        "el correo es, anote: qucha manta turismo, todo junto, arroba gmail punto com.",
        ["qucha", "manta", "turismo", "gmail"],
    ),
}

KEPT = {
    "twins_arrived_on_a_day": (
        "los mellizos llegaron a lima, del 12 de marzo nomás salimos.",
        ["12 de marzo"],
    ),
    "a_house_number_after_a_cue_word": (
        "el número de mi casa es 2093 y nada más.",
        ["2093"],
    ),
    "arroba_of_potatoes": (
        "la plata la mandamos todo junto, arroba por arroba de papa.",
        ["todo junto", "arroba por arroba"],
    ),
    "a_fiesta_date": (
        "el 24 de junio es la fiesta de san juan, y los mellizos bailan.",
        ["24 de junio"],
    ),
}

test_identifier_is_gone, test_content_is_kept = gone_and_kept(GONE, KEPT)
