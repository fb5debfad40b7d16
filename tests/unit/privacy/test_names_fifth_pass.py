"""Names an unseen batch named in shapes the earlier rules lacked: a name set off after
"un"/"una" and what the person is, a word-name set off before "una niña", a child named
with its article after "la hijita de X,", nicknames from a trait (ñato, mashco, chueco)
and a nickname said after a verb of calling, in quotes or not; and what stays."""

from tests.unit.privacy.tables import scrubbed_and_same

NAMES_IN_NEW_SHAPES = {
    "vivia-con-un-peruano": (
        "Vivía con un peruano, Gumercindo, de Jauja, muy trabajador.",
        "Vivía con un peruano, [PERSONA-1], de Jauja, muy trabajador.",
    ),
    "me-ayudo-una-senora": (
        "Me ayudó una señora, Eufemia Ccanto, que vendía queso.",
        "Me ayudó una señora, [PERSONA-1], que vendía queso.",
    ),
    "la-dolores-una-nina": (
        "La Dolores, una niña, cuida las ovejas. Sufre dolores de cabeza.",
        "La [PERSONA-1], una niña, cuida las ovejas. Sufre dolores de cabeza.",
    ),
    "el-hijito-de-mi": (
        "El hijito de mi comadre, el Yampier, ya camina.",
        "El hijito de mi comadre, el [PERSONA-1], ya camina.",
    ),
    "la-nietecita-de-ayala": (
        "La nietecita de Ayala, la Kiara, está en Lima.",
        "La nietecita de [PERSONA-1], la [PERSONA-2], está en Lima.",
    ),
    "nos-llevo-el-chueco": (
        "Nos llevó el chueco Quispe en su carro.",
        "Nos llevó el [PERSONA-1] en su carro.",
    ),
    "la-natita-siempre-vendia": (
        "La ñatita siempre vendía emoliente.",
        "La [PERSONA-1] siempre vendía emoliente.",
    ),
    "trabaje-con-el-mashco": (
        "Trabajé con el mashco en el aserradero.",
        "Trabajé con el [PERSONA-1] en el aserradero.",
    ),
    "mi-abuelo-me-decia": (
        'Mi abuelo me decía "gordita" de cariño.',
        'Mi abuelo me decía "[PERSONA-1]" de cariño.',
    ),
    "en-la-obra-le": (
        "En la obra le llamaban «negrito», nomás.",
        "En la obra le llamaban «[PERSONA-1]», nomás.",
    ),
    "a-el-le-dicen": (
        "A él le dicen el tuerto, es de Paucará.",
        "A él le dicen el [PERSONA-1], es de Paucará.",
    ),
}


WORDS_LIKE_THEM = {
    # A place, an acronym or another description set off after "un"/"una".
    "llego-un-camion-lima": "Llegó un camión, Lima, Huancayo, Huancavelica, todo el día.",
    "era-una-senora-una": "Era una señora, una viuda, que vendía.",
    "fuimos-con-un-gringo": "Fuimos con un gringo, Arequipa, Cusco, Puno, todo recorrimos.",
    "vino-un-gringo-de": "Vino un gringo, de Lima, a vernos.",
    # A district after a kin word, without an article.
    "mi-hija-en-lima": "Mi hija en Lima, Chorrillos.",
    # Cream, not a flat nose; quoted words that are no nickname.
    "le-sacamos-la-nata": "Le sacamos la nata a la leche.",
    "mi-mama-me-dice": 'Mi mamá me dice "ya", nomás.',
    "me-dijo-hija-y": 'Me dijo "hija", y lloró.',
    "no-me-llama-por": "No me llama por mi nombre.",
    "los-negritos-bailan-en": "Los negritos bailan en enero.",
}


test_names_in_new_shapes_are_scrubbed, test_words_like_them_stay = scrubbed_and_same(
    NAMES_IN_NEW_SHAPES, WORDS_LIKE_THEM
)


DIMINUTIVES = {
    "eso-no-es-asi": ("Eso no es así, Carmencita.", "Eso no es así, [PERSONA-1]."),
    "ayer-vino-rosita-con": (
        "Ayer vino Rosita con sus cuyes.",
        "Ayer vino [PERSONA-1] con sus cuyes.",
    ),
    "la-senora-trajo-a": ("La señora trajo a Manuelito.", "La señora trajo a [PERSONA-1]."),
}


LOWERCASE_DIMINUTIVES = {
    "se-ve-la-lucecita": "Se ve la lucecita del cerro desde la casa.",
    "le-regale-una-florcita": "Le regalé una florcita a mi mamá.",
    "el-angelito-se-fue": "El angelito se fue al cielo.",
    "compramos-un-gatito-y": "Compramos un gatito y un perrito.",
}


test_diminutives_of_given_names_are_names, test_diminutives_in_lowercase_stay = scrubbed_and_same(
    DIMINUTIVES, LOWERCASE_DIMINUTIVES
)
