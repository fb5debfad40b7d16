"""Names of the tenth round (`privacy.people`): an adjective-name after a kin word when a
person's verb follows, a name spelled as no word is right before an accented preterite,
and a surname that is also a plural noun after a professional's title."""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "adjective_name_then_a_verb": (
        "mi hermano clemente vive en rosario, desde el noventa.",
        ["clemente"],
    ),
    "unlisted_name_then_a_preterite": (
        "mi hijo amaru terminó en el cetpro de chilcapite.",
        ["amaru"],
    ),
    "plural_surname_after_an_engineer": (
        "a mí me llevó el ingeniero salas, él recluta aquí en las comunidades.",
        ["salas"],
    ),
    "plural_surname_after_a_doctor": (
        "la doctora flores nos atendió en la posta.",
        ["flores"],
    ),
    "listed_singular_surname_word": (
        "el ingeniero vega dice que no hay agua.",
        ["vega"],
    ),
}

KEPT = {
    "an_adverb_name_before_a_verb": (
        "mi hermano justo vive en lima.",
        ["justo"],
    ),
    "a_description_before_a_preterite": (
        "mi hijo mayor terminó el colegio, y mi hijo recién terminó también.",
        ["mayor", "recién"],
    ),
    "an_adjective_after_a_teacher": (
        "el profe nuevo vino ayer, el doctor bueno, ese sí.",
        ["nuevo", "bueno"],
    ),
    "flowers_after_a_verb": (
        "la doctora trajo flores para la misa.",
        ["flores"],
    ),
}

test_identifier_is_gone, test_content_is_kept = gone_and_kept(GONE, KEPT)
