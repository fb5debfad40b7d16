"""Names of the eleventh round (`privacy.naming`): one's own lowercase name after "me
llamo" takes a surname that is also a word when it closes the clause ('me llamo deyvis
cóndor,'), and a given name that is also a word is one when a surname closes the clause
after it ('me llamo rosa ccanto,'); a given name that is also a word after a
professional's or a teacher's title, by what follows; a given name that is also a word
set off by commas right after or before who the person is ('el enganchador, pascual,',
'con rosa, mi comadre,'), by what follows ('la licenciada rosa trabaja', 'la
señorita concepción, la técnica'). A lowercase profile name of three words or more after "su perfil era", "mi perfil
personal es". Left: what an account is like ('mi cuenta es falsa'), adjectives after a title ('la profe nueva'), fillers after the name, and "me llamo" meaning
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
    "word_name_after_a_professional": (
        "la licenciada rosa trabaja en la posta desde hace años.",
        ["rosa"],
    ),
    "word_name_after_a_title_set_off": (
        "la señorita concepción, la técnica, ella sí nos ayuda.",
        ["concepción"],
    ),
    "word_name_set_off_after_a_role": (
        "nos lleva el enganchador, pascual, en su combi.",
        ["pascual"],
    ),
    "word_name_set_off_before_kin": (
        "fuimos con rosa, mi comadre, a la feria de lircay.",
        ["rosa"],
    ),
    "a_profile_of_three_words": (
        "me escribió por facebook, su perfil era chico sombrero huantino, jajaja.",
        ["chico sombrero huantino"],
    ),
    "a_personal_profile": (
        "vendo por facebook, y mi perfil personal es willy andino emprendedor. ya.",
        ["willy andino emprendedor"],
    ),
    "given_name_and_surname_set_off_before_a_role": (
        "la que maneja la plata es esperanza ticllacuri, la tesorera, y no falta nada.",
        ["esperanza ticllacuri"],
    ),
    "a_family_named_after_familia": (
        "Trabajé de niñera en Miami, con una familia venezolana, los Capriles. Después no.",
        ["Capriles"],
    ),
    "a_speaker_said_again_with_her_article": (
        "e: ¿quién tiene hijos afuera?\nflor: yo, mi hijo está en lima, en la obra.\n"
        "participante 3: la flor tiene suerte, su hijo le manda cada quincena.",
        ["flor"],
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
    "a_new_teacher": (
        "la profe nueva viene mañana, dicen.",
        ["nueva"],
    ),
    "an_engineer_said": (
        "el ingeniero mayor dijo que no hay presupuesto.",
        ["mayor"],
    ),
    "a_word_set_off_after_a_role": (
        "vino el patrón, bueno, nos pagó tarde.",
        ["bueno"],
    ),
    "a_month_set_off": (
        "mi hija, mayo, ya no sé, llegó tarde.",
        ["mayo"],
    ),
    "a_thing_of_something": (
        "mi casa, la de adobe, se cayó con la lluvia.",
        ["casa", "adobe"],
    ),
    "the_flower_of_the_potato": (
        "e: ¿qué siembran?\nflor: yo siembro papa nomás.\n"
        "participante 3: la flor de la papa es morada.",
        ["la flor de la papa"],
    ),
    "a_false_account": (
        "vendo por facebook. mi cuenta es falsa nomás, para que no me encuentren.",
        ["falsa"],
    ),
    "called_me": (
        "ayer me llamo rosa, y no contesté.",
        ["ayer", "contesté"],
    ),
}

test_name_is_gone, test_word_is_kept = gone_and_kept(GONE, KEPT)
