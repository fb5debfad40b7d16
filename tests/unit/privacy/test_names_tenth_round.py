"""Names of the tenth round (`privacy.people`): an adjective-name after a kin word when a
person's verb follows, a name spelled as no word is right before an accented preterite,
a surname that is also a plural noun after a professional's title, a first name opening
the sentence before its rank, a family by its plural title, a Japanese honorific, and a
profile name said after a network or an account and "es" or "me encuentran como"."""

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
    "a_first_name_opening_the_sentence_before_its_rank": (
        "Tengo tres hijos. Dolores, la mayor, se fue a Arica el 2016 con su esposo.",
        ["Dolores"],
    ),
    "a_first_name_before_a_possessive_rank": (
        "Mercedes, mi segunda, vive en Ica.",
        ["Mercedes"],
    ),
    "a_family_by_its_plural_title": (
        "con una familia de chamberí, los señores zubiri, cuidando a sus dos niños.",
        ["zubiri"],
    ),
    "a_name_after_a_speaker_number": (
        "participante 1: jesusa ccahuana taipe. moderadora: gracias.",
        ["jesusa", "ccahuana", "taipe"],
    ),
    "a_japanese_honorific_in_lowercase": (
        "el jefe, sato-san, era estricto pero correcto.",
        ["sato"],
    ),
    "a_japanese_honorific_capitalized": (
        "la profesora Tanaka-sensei nos enseñó japonés.",
        ["Tanaka"],
    ),
    "an_account_said_to_be_a_name": (
        "hago videos en tiktok. mi cuenta es miltoncito del ande, ya tengo seguidores.",
        ["miltoncito", "ande"],
    ),
    "a_profile_after_the_network_and_es": (
        "nayeli: su face es lizana el sanluisino, ahí pone todo.",
        ["lizana", "sanluisino"],
    ),
    "found_on_the_network_as": (
        "en facebook me encuentran como elvis cuyero chanquilino, ahí vendo mis cuyes.",
        ["elvis", "cuyero", "chanquilino"],
    ),
    "a_profile_told_in_the_next_sentence": (
        "yo por el facebook. la señora salía como gaby cuadros m, puso un anuncio.",
        ["gaby", "cuadros"],
    ),
    "a_lowercase_nickname_before_whose_child": (
        "el que lo administra es el huevo, el hijo de la señora del vaso de leche.",
        ["huevo"],
    ),
    "a_plural_surname_after_el": (
        "participante 2: el flores es el que conoce a los patrones.",
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
    "a_city_before_a_rank_that_goes_on": (
        "Lima, la mayor ciudad, es grande.",
        ["Lima"],
    ),
    "a_place_in_a_list_before_a_rank": (
        "Fuimos a Lima, la mayor, y a Ica.",
        ["Lima"],
    ),
    "what_an_account_is": (
        "su cuenta es falsa, en facebook hay muchos así.",
        ["falsa"],
    ),
    "a_bank_account": (
        "mi cuenta es del banco de la nación, en facebook no tengo.",
        ["banco de la nación"],
    ),
    "thousands_of_pesos_in_slang": (
        "Ganaba bien, como 600 lucas al mes, y mil lucas en diciembre.",
        ["600 lucas", "mil lucas"],
    ),
    "a_programme_with_its_number": (
        "Yo le dije postula a Beca 18, ahí está la convocatoria.",
        ["Beca 18"],
    ),
    "a_city_after_a_residents_club": (
        "Estoy en Buenos Aires desde el 2004. Tenemos el Centro de Residentes "
        "Huancavelicanos en Buenos Aires, organizamos la fiesta.",
        ["Estoy en Buenos Aires"],
    ),
    "no_profile_two_sentences_on": (
        "en facebook vendo. me pongo a trabajar temprano.",
        ["me pongo a trabajar"],
    ),
    "a_plot_before_whose_child": (
        "compró el terreno, el hijo de don Juan lo vendió.",
        ["terreno"],
    ),
    "flowers_and_fields": (
        "me regaló flores el domingo, y los campos están secos.",
        ["flores", "campos"],
    ),
    "rich_gentlemen": (
        "los señores ricos, esos no ayudan.",
        ["ricos"],
    ),
    "flowers_after_a_verb": (
        "la doctora trajo flores para la misa.",
        ["flores"],
    ),
}

test_identifier_is_gone, test_content_is_kept = gone_and_kept(GONE, KEPT)
