"""Surnames, families, children, Quechua and Japanese names without a roster; and the
places, words and Quechua glosses that look like them and must stay."""

import pytest

from privacy import scrub_for_cli
from privacy.given import ANDEAN_SURNAMES, GIVEN_NAMES, QUECHUA_NAMES, SURNAMES


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yo trabajaba con Sacsara en la mina.", "Yo trabajaba con [PERSONA-1] en la mina."),
        ("Tintaya siempre llega tarde.", "[PERSONA-1] siempre llega tarde."),
        ("Le compramos la vaca a Ñaupari.", "Le compramos la vaca a [PERSONA-1]."),
        ("El terreno era de Cárdenas.", "El terreno era de [PERSONA-1]."),
        ("Mi patrón era Nakamura, de Gunma.", "Mi patrón era [PERSONA-1], de Gunma."),
        ("Hablé con yony taipe ayer.", "Hablé con [PERSONA-1] ayer."),
        ("Los Huayta siempre ayudan.", "Los [PERSONA-1] siempre ayudan."),
        ("Es de los Sierra de arriba.", "Es de los [PERSONA-1] de arriba."),
        ("Los Lima son buena familia.", "Los [PERSONA-1] son buena familia."),
        ("Viven con los Rojas.", "Viven con los [PERSONA-1]."),
        ("Trabajé para la familia Johnson.", "Trabajé para la familia [PERSONA-1]."),
        ("La niña Killa estudia.", "La niña [PERSONA-1] estudia."),
        ("Y la bebe Yuki nació allá.", "Y la bebe [PERSONA-1] nació allá."),
        ("Y la mayor Sisa, flor.", "Y la mayor [PERSONA-1], flor."),
        ("Mi compañera Argentina Ccora es de Manta.", "Mi compañera [PERSONA-1] es de Manta."),
        ("Se casó con Hiroshi en Gunma.", "Se casó con [PERSONA-1] en Gunma."),
        ("Mi prima rocío ya está en Huancayo.", "Mi prima [PERSONA-1] ya está en Huancayo."),
        ("Tengo mi tía rosa... digo.", "Tengo mi tía [PERSONA-1]... digo."),
        ("Sí, Lima de apellido.", "Sí, [PERSONA-1] de apellido."),
        ("España es mi apellido nomás.", "[PERSONA-1] es mi apellido nomás."),
        ("Le decíamos Puma porque era bravo.", "Le decíamos [PERSONA-1] porque era bravo."),
        ("Yo le digo Wilver, pero no.", "Yo le digo [PERSONA-1], pero no."),
        (
            "Mis nietos se llaman Brayden y Kevin.",
            "Mis nietos se llaman [PERSONA-1] y [PERSONA-2].",
        ),
        ("En el face me busca como Lucecita Andina.", "En el face me busca como [PERSONA-1]."),
        ("Vino el Negro Huincho con su hijo.", "Vino el [PERSONA-1] con su hijo."),
        ("La mamá de Yesenia trabaja.", "La mamá de [PERSONA-1] trabaja."),
        (
            "El patrón era un señor Mendoza; me quedé en Mendoza.",
            "El patrón era un señor [PERSONA-1]; me quedé en Mendoza.",
        ),
        (
            "Yo soy Flormira y salía Flormyra, con ye.",
            "Yo soy [PERSONA-1] y salía [PERSONA-2], con ye.",
        ),
        ("Fui con Wilver Huamani a la feria.", "Fui con [PERSONA-1] a la feria."),
        ("Gualberto ahora maneja taxi.", "[PERSONA-1] ahora maneja taxi."),
        ("Eleodoro tampoco quiso regresar.", "[PERSONA-1] tampoco quiso regresar."),
        ("Modesto es mi tío; es muy modesto.", "[PERSONA-1] es mi tío; es muy modesto."),
        ("Hoy vino Yhony. Ayer vino Huaraca.", "Hoy vino [PERSONA-1]. Ayer vino [PERSONA-2]."),
        ("Argentina, mi prima, se fue a Argentina.", "[PERSONA-1], mi prima, se fue a Argentina."),
        ("Cáceres nos dio trabajo en la obra.", "[PERSONA-1] nos dio trabajo en la obra."),
        ("Pilar me prestó su olla.", "[PERSONA-1] me prestó su olla."),
        ("Me lo contó el Puma, que es el mayor.", "Me lo contó el [PERSONA-1], que es el mayor."),
    ],
    ids=[
        "andean-surname-after-con",
        "andean-surname-sentence-start",
        "andean-surname-after-a",
        "spanish-surname-after-de",
        "japanese-surname",
        "lowercase-andean-surname",
        "family-sentence-start",
        "family-place-like-surname",
        "family-place-surname",
        "family-plural-surname",
        "familia-foreign-surname",
        "child-quechua-name",
        "baby-japanese-name",
        "eldest-quechua-name",
        "companion-place-named",
        "japanese-given-name",
        "lowercase-word-name-after-kin",
        "lowercase-word-name-before-stop",
        "surname-before-de-apellido",
        "surname-before-es-mi-apellido",
        "le-deciamos",
        "le-digo",
        "se-llaman",
        "social-network-profile",
        "nickname-with-surname",
        "name-after-de-not-de",
        "place-surname-then-the-place",
        "misspelled-given-name",
        "misspelled-given-name-with-surname",
        "subject-adverb-verb",
        "subject-tampoco-quiso",
        "word-name-is-my-kin",
        "time-word-before-verb-is-no-one",
        "place-named-person-set-off-before-kin",
        "place-surname-gives",
        "word-name-lends",
        "quechua-nickname-capitalized",
    ],
)
def test_person_is_redacted(text, expected):
    assert scrub_for_cli(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Fuimos a Trujillo a trabajar en la caña.",
        "Ahora trabajo en La Molina, en casa.",
        "Estuve en Mendoza, en la cosecha de uva.",
        "Viajamos por los Andes hasta Los Olivos.",
        "La Bajada de los Reyes es en enero.",
        "Bailan los Negritos en la plaza.",
        "El inti sale temprano y trabajamos.",
        "Tú eres mi sisa, mi flor de la puna.",
        "Atoq es zorro en quechua.",
        "Cuando hay Inti Raymi en junio hacemos fiesta.",
        "Quiere vender a un señor de Huancavelica.",
        "Mi hermano justo ahora llegó de Ica.",
        "Mi tía cose rosas para la fiesta.",
        "El cordero y el puma bajaron del cerro.",
        "Los primos de Lima tienen laptop.",
        "Somos de los EEUU ahora.",
        "Pagamos a los 12 peones.",
        "Mi hija vive en Virginia, en Woodbridge.",
        "Trabaja en Jesús María y estudia hasta Orlando.",
        "Antecedentes: tiroiditis de Hashimoto, en posición de Valdivia.",
        "Dolor en la escala visual analógica (EVA) de 7; el BAS fue negativo.",
        "Iban a la chacra temprano; está en la Ronda Campesina.",
        "¿Quién quiere empezar? ¿Quién dice eso?",
        "Lima es mi tierra. Eso es mi hermano, dice.",
        "Lima ahora maneja más plata que antes.",
        "Le explico cómo trabajamos: así se llama nuestro programa.",
        "Vinieron de Carhuaz y de Costa Rica; la Cara del Inca es un cerro.",
        "Lima, mi hijo, es dura. Dios nos dio la vida; la luz nos dio en la cara.",
        "Vive en Vilca y estudia en Pazos, hasta Anco llega el carro.",
        "El MRTA, el Túpac Amaru, entró en 1989. El puma bajó y mató cinco ovejas.",
        "Llamas y alpacas hay en la puna. Casas nuevas no hay. Cuevas hay arriba.",
    ],
    ids=[
        "place-surname-after-a",
        "surname-after-capital-article",
        "place-surname-after-en",
        "plural-after-los",
        "fiesta-after-los",
        "dancers-after-los",
        "lowercase-quechua-word",
        "quechua-word-after-mi",
        "quechua-gloss",
        "fiesta-with-quechua-name",
        "place-after-senor-de",
        "adverb-after-kin",
        "common-noun-after-kin-verb",
        "animals-in-lowercase",
        "place-after-kin-de",
        "acronym-after-los",
        "count-after-los",
        "given-name-state-after-en",
        "given-name-districts-after-en-hasta",
        "eponyms",
        "acronyms-that-are-surnames",
        "words-that-sound-like-names",
        "question-word-before-verb",
        "place-or-pronoun-is-my",
        "place-before-adverb-verb",
        "clitic-before-speech-verb-and-possessive-after-se-llama",
        "places-spelled-like-names",
        "vocative-after-place-and-givers-that-are-no-one",
        "districts-named-like-families-after-en",
        "armed-group-and-animal",
        "plural-nouns-that-are-surnames",
    ],
)
def test_research_content_stays(text):
    assert scrub_for_cli(text) == text


def test_lexicons_keep_words_and_places_out():
    # Spanish words, places and Quechua words are left to the rules with a cue.
    for word in ("cordero", "bravo", "paredes", "mendoza", "valencia", "lima", "llamas", "casas"):
        assert word not in SURNAMES
    assert {"quispe", "mamani", "huaraca", "nakamura", "rossi"} <= SURNAMES
    assert "inca" not in ANDEAN_SURNAMES and "taipe" in ANDEAN_SURNAMES
    assert {"inti", "killa", "sisa"} <= QUECHUA_NAMES <= GIVEN_NAMES
    assert {"yuki", "kenji", "hiroshi"} <= GIVEN_NAMES
