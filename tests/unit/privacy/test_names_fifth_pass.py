"""Names an unseen batch named in shapes the earlier rules lacked: a name set off after
"un"/"una" and what the person is, a word-name set off before "una niña", a child named
with its article after "la hijita de X,", nicknames from a trait (ñato, mashco, chueco)
and a nickname said after a verb of calling, in quotes or not; and what stays."""

import pytest

from privacy import scrub_for_cli


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vivía con un peruano, Gumercindo, de Jauja, muy trabajador.",
            "Vivía con un peruano, [PERSONA-1], de Jauja, muy trabajador.",
        ),
        (
            "Me ayudó una señora, Eufemia Ccanto, que vendía queso.",
            "Me ayudó una señora, [PERSONA-1], que vendía queso.",
        ),
        (
            "La Dolores, una niña, cuida las ovejas. Sufre dolores de cabeza.",
            "La [PERSONA-1], una niña, cuida las ovejas. Sufre dolores de cabeza.",
        ),
        (
            "El hijito de mi comadre, el Yampier, ya camina.",
            "El hijito de mi comadre, el [PERSONA-1], ya camina.",
        ),
        (
            "La nietecita de Ayala, la Kiara, está en Lima.",
            "La nietecita de [PERSONA-1], la [PERSONA-2], está en Lima.",
        ),
        ("Nos llevó el chueco Quispe en su carro.", "Nos llevó el [PERSONA-1] en su carro."),
        ("La ñatita siempre vendía emoliente.", "La [PERSONA-1] siempre vendía emoliente."),
        ("Trabajé con el mashco en el aserradero.", "Trabajé con el [PERSONA-1] en el aserradero."),
        ('Mi abuelo me decía "gordita" de cariño.', 'Mi abuelo me decía "[PERSONA-1]" de cariño.'),
        (
            "En la obra le llamaban «negrito», nomás.",
            "En la obra le llamaban «[PERSONA-1]», nomás.",
        ),
        ("A él le dicen el tuerto, es de Paucará.", "A él le dicen el [PERSONA-1], es de Paucará."),
    ],
)
def test_names_in_new_shapes_are_scrubbed(text: str, expected: str) -> None:
    assert scrub_for_cli(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A place, an acronym or another description set off after "un"/"una".
        "Llegó un camión, Lima, Huancayo, Huancavelica, todo el día.",
        "Era una señora, una viuda, que vendía.",
        "Fuimos con un gringo, Arequipa, Cusco, Puno, todo recorrimos.",
        "Vino un gringo, de Lima, a vernos.",
        # A district after a kin word, without an article.
        "Mi hija en Lima, Chorrillos.",
        # Cream, not a flat nose; quoted words that are no nickname.
        "Le sacamos la nata a la leche.",
        'Mi mamá me dice "ya", nomás.',
        'Me dijo "hija", y lloró.',
        "No me llama por mi nombre.",
        "Los negritos bailan en enero.",
    ],
)
def test_words_like_them_stay(text: str) -> None:
    assert scrub_for_cli(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eso no es así, Carmencita.", "Eso no es así, [PERSONA-1]."),
        ("Ayer vino Rosita con sus cuyes.", "Ayer vino [PERSONA-1] con sus cuyes."),
        ("La señora trajo a Manuelito.", "La señora trajo a [PERSONA-1]."),
    ],
)
def test_diminutives_of_given_names_are_names(text: str, expected: str) -> None:
    assert scrub_for_cli(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Se ve la lucecita del cerro desde la casa.",
        "Le regalé una florcita a mi mamá.",
        "El angelito se fue al cielo.",
        "Compramos un gatito y un perrito.",
    ],
)
def test_diminutives_in_lowercase_stay(text: str) -> None:
    assert scrub_for_cli(text) == text
