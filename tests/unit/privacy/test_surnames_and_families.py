"""Surnames, families, children, Quechua and Japanese names without a roster; and the
places, words and Quechua glosses that look like them and must stay."""

from privacy.given import ANDEAN_SURNAMES, GIVEN_NAMES, QUECHUA_NAMES, SURNAMES
from tests.unit.privacy.tables import scrubbed_and_same

PEOPLE = {
    "andean-surname-after-con": (
        "Yo trabajaba con Sacsara en la mina.",
        "Yo trabajaba con [PERSONA-1] en la mina.",
    ),
    "andean-surname-sentence-start": (
        "Tintaya siempre llega tarde.",
        "[PERSONA-1] siempre llega tarde.",
    ),
    "andean-surname-after-a": (
        "Le compramos la vaca a Ñaupari.",
        "Le compramos la vaca a [PERSONA-1].",
    ),
    "spanish-surname-after-de": ("El terreno era de Cárdenas.", "El terreno era de [PERSONA-1]."),
    "japanese-surname": (
        "Mi patrón era Nakamura, de Gunma.",
        "Mi patrón era [PERSONA-1], de Gunma.",
    ),
    "lowercase-andean-surname": ("Hablé con yony taipe ayer.", "Hablé con [PERSONA-1] ayer."),
    "family-sentence-start": ("Los Huayta siempre ayudan.", "Los [PERSONA-1] siempre ayudan."),
    "family-place-like-surname": (
        "Es de los Sierra de arriba.",
        "Es de los [PERSONA-1] de arriba.",
    ),
    "family-place-surname": ("Los Lima son buena familia.", "Los [PERSONA-1] son buena familia."),
    "family-plural-surname": ("Viven con los Rojas.", "Viven con los [PERSONA-1]."),
    "familia-foreign-surname": (
        "Trabajé para la familia Johnson.",
        "Trabajé para la familia [PERSONA-1].",
    ),
    "child-quechua-name": ("La niña Killa estudia.", "La niña [PERSONA-1] estudia."),
    "baby-japanese-name": ("Y la bebe Yuki nació allá.", "Y la bebe [PERSONA-1] nació allá."),
    "eldest-quechua-name": ("Y la mayor Sisa, flor.", "Y la mayor [PERSONA-1], flor."),
    "companion-place-named": (
        "Mi compañera Argentina Ccora es de Manta.",
        "Mi compañera [PERSONA-1] es de Manta.",
    ),
    "japanese-given-name": ("Se casó con Hiroshi en Gunma.", "Se casó con [PERSONA-1] en Gunma."),
    "lowercase-word-name-after-kin": (
        "Mi prima rocío ya está en Huancayo.",
        "Mi prima [PERSONA-1] ya está en Huancayo.",
    ),
    "lowercase-word-name-before-stop": (
        "Tengo mi tía rosa... digo.",
        "Tengo mi tía [PERSONA-1]... digo.",
    ),
    "surname-before-de-apellido": ("Sí, Lima de apellido.", "Sí, [PERSONA-1] de apellido."),
    "surname-before-es-mi-apellido": (
        "España es mi apellido nomás.",
        "[PERSONA-1] es mi apellido nomás.",
    ),
    "le-deciamos": (
        "Le decíamos Puma porque era bravo.",
        "Le decíamos [PERSONA-1] porque era bravo.",
    ),
    "le-digo": ("Yo le digo Wilver, pero no.", "Yo le digo [PERSONA-1], pero no."),
    "se-llaman": (
        "Mis nietos se llaman Brayden y Kevin.",
        "Mis nietos se llaman [PERSONA-1] y [PERSONA-2].",
    ),
    "social-network-profile": (
        "En el face me busca como Lucecita Andina.",
        "En el face me busca como [PERSONA-1].",
    ),
    "nickname-with-surname": (
        "Vino el Negro Huincho con su hijo.",
        "Vino el [PERSONA-1] con su hijo.",
    ),
    "name-after-de-not-de": ("La mamá de Yesenia trabaja.", "La mamá de [PERSONA-1] trabaja."),
    "place-surname-then-the-place": (
        "El patrón era un señor Mendoza; me quedé en Mendoza.",
        "El patrón era un señor [PERSONA-1]; me quedé en Mendoza.",
    ),
    "misspelled-given-name": (
        "Yo soy Flormira y salía Flormyra, con ye.",
        "Yo soy [PERSONA-1] y salía [PERSONA-2], con ye.",
    ),
    "misspelled-given-name-with-surname": (
        "Fui con Wilver Huamani a la feria.",
        "Fui con [PERSONA-1] a la feria.",
    ),
    "subject-adverb-verb": ("Gualberto ahora maneja taxi.", "[PERSONA-1] ahora maneja taxi."),
    "subject-tampoco-quiso": (
        "Eleodoro tampoco quiso regresar.",
        "[PERSONA-1] tampoco quiso regresar.",
    ),
    "word-name-is-my-kin": (
        "Modesto es mi tío; es muy modesto.",
        "[PERSONA-1] es mi tío; es muy modesto.",
    ),
    "time-word-before-verb-is-no-one": (
        "Hoy vino Yhony. Ayer vino Huaraca.",
        "Hoy vino [PERSONA-1]. Ayer vino [PERSONA-2].",
    ),
    "place-named-person-set-off-before-kin": (
        "Argentina, mi prima, se fue a Argentina.",
        "[PERSONA-1], mi prima, se fue a Argentina.",
    ),
    "place-surname-gives": (
        "Cáceres nos dio trabajo en la obra.",
        "[PERSONA-1] nos dio trabajo en la obra.",
    ),
    "word-name-lends": ("Pilar me prestó su olla.", "[PERSONA-1] me prestó su olla."),
    "quechua-nickname-capitalized": (
        "Me lo contó el Puma, que es el mayor.",
        "Me lo contó el [PERSONA-1], que es el mayor.",
    ),
    "feminine-of-a-listed-name": (
        "Para Eustaquia la vida fue dura.",
        "Para [PERSONA-1] la vida fue dura.",
    ),
    "feminine-of-a-listed-name-ending-in-r": (
        "Sin Nicanora no terminábamos.",
        "Sin [PERSONA-1] no terminábamos.",
    ),
}


RESEARCH_CONTENT = {
    "place-surname-after-a": "Fuimos a Trujillo a trabajar en la caña.",
    "surname-after-capital-article": "Ahora trabajo en La Molina, en casa.",
    "place-surname-after-en": "Estuve en Mendoza, en la cosecha de uva.",
    "plural-after-los": "Viajamos por los Andes hasta Los Olivos.",
    "fiesta-after-los": "La Bajada de los Reyes es en enero.",
    "dancers-after-los": "Bailan los Negritos en la plaza.",
    "lowercase-quechua-word": "El inti sale temprano y trabajamos.",
    "quechua-word-after-mi": "Tú eres mi sisa, mi flor de la puna.",
    "quechua-gloss": "Atoq es zorro en quechua.",
    "fiesta-with-quechua-name": "Cuando hay Inti Raymi en junio hacemos fiesta.",
    "place-after-senor-de": "Quiere vender a un señor de Huancavelica.",
    "adverb-after-kin": "Mi hermano justo ahora llegó de Ica.",
    "common-noun-after-kin-verb": "Mi tía cose rosas para la fiesta.",
    "animals-in-lowercase": "El cordero y el puma bajaron del cerro.",
    "place-after-kin-de": "Los primos de Lima tienen laptop.",
    "acronym-after-los": "Somos de los EEUU ahora.",
    "count-after-los": "Pagamos a los 12 peones.",
    "given-name-state-after-en": "Mi hija vive en Virginia, en Woodbridge.",
    "given-name-districts-after-en-hasta": "Trabaja en Jesús María y estudia hasta Orlando.",
    "eponyms": "Antecedentes: tiroiditis de Hashimoto, en posición de Valdivia.",
    "acronyms-that-are-surnames": "Dolor en la escala visual analógica (EVA) de 7; el BAS fue negativo.",
    "words-that-sound-like-names": "Iban a la chacra temprano; está en la Ronda Campesina.",
    "question-word-before-verb": "¿Quién quiere empezar? ¿Quién dice eso?",
    "place-or-pronoun-is-my": "Lima es mi tierra. Eso es mi hermano, dice.",
    "place-before-adverb-verb": "Lima ahora maneja más plata que antes.",
    "clitic-before-speech-verb-and-possessive-after-se-llama": "Le explico cómo trabajamos: así se llama nuestro programa.",
    "places-spelled-like-names": "Vinieron de Carhuaz y de Costa Rica; la Cara del Inca es un cerro.",
    "vocative-after-place-and-givers-that-are-no-one": "Lima, mi hijo, es dura. Dios nos dio la vida; la luz nos dio en la cara.",
    "districts-named-like-families-after-en": "Vive en Vilca y estudia en Pazos, hasta Anco llega el carro.",
    "armed-group-and-animal": "El MRTA, el Túpac Amaru, entró en 1989. El puma bajó y mató cinco ovejas.",
    "plural-nouns-that-are-surnames": "Llamas y alpacas hay en la puna. Casas nuevas no hay. Cuevas hay arriba.",
    "derived-feminines-only-with-a-capital": "Fue diagnosticado de porfiria aguda; la santa misa fue justa.",
}


test_person_is_redacted, test_research_content_stays = scrubbed_and_same(PEOPLE, RESEARCH_CONTENT)


def test_lexicons_keep_words_and_places_out():
    # Spanish words, places and Quechua words are left to the rules with a cue.
    for word in ("cordero", "bravo", "paredes", "mendoza", "valencia", "lima", "llamas", "casas"):
        assert word not in SURNAMES
    assert {"quispe", "mamani", "huaraca", "nakamura", "rossi"} <= SURNAMES
    assert "inca" not in ANDEAN_SURNAMES and "taipe" in ANDEAN_SURNAMES
    assert {"inti", "killa", "sisa"} <= QUECHUA_NAMES <= GIVEN_NAMES
    assert {"yuki", "kenji", "hiroshi"} <= GIVEN_NAMES
