"""Given names without a roster: the shipped lexicon, word-names in context, span growth,
unseen Quechua organizations, and the research content that must stay."""

import pytest

from privacy import scrub_for_cli
from privacy.given import GIVEN_NAMES, NAME_WORDS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hablé con Teodora ayer.", "Hablé con [PERSONA-1] ayer."),
        ("Teodora dice que sí.", "[PERSONA-1] dice que sí."),
        ("Teodora Ccanto Yauri vive en Manta.", "[PERSONA-1] vive en Manta."),
        ("Eusebio trabaja en Huancayo.", "[PERSONA-1] trabaja en Huancayo."),
        ("Vino Hermenegildo con Fortunata.", "Vino [PERSONA-1] con [PERSONA-2]."),
        ("Se lo dije a Wilber Huaylla.", "Se lo dije a [PERSONA-1]."),
        ("Wilfreda Ccanto dice que no.", "[PERSONA-1] dice que no."),
        ("mi hermano eusebio vive allá.", "mi hermano [PERSONA-1] vive allá."),
        ("Después mamani nos visitó.", "Después [PERSONA-1] nos visitó."),
        ("Su hijo Lima volvió de Lima.", "Su hijo [PERSONA-1] volvió de Lima."),
        ("Teodoro Lima viajó a Lima.", "[PERSONA-1] viajó a Lima."),
    ],
    ids=[
        "after-con",
        "sentence-start-speech",
        "grows-over-surnames",
        "sentence-start-work",
        "andean-names",
        "unknown-surname-absorbed",
        "unknown-speaker",
        "lowercase-after-kin",
        "lowercase-before-verb",
        "place-surname-after-kin",
        "place-surname-inside-name",
    ],
)
def test_given_name_without_roster_is_redacted(text, expected):
    assert scrub_for_cli(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hablé con Rosa ayer.", "Hablé con [PERSONA-1] ayer."),
        ("Rosa dice que volverá.", "[PERSONA-1] dice que volverá."),
        ("Dolores no sabe nada.", "[PERSONA-1] no sabe nada."),
        ("Luz Marina vino.", "[PERSONA-1] vino."),
        ("Rosa y Teodora vinieron.", "[PERSONA-1] y [PERSONA-2] vinieron."),
        ("Compramos una flor y la luz se fue.", "Compramos una flor y la luz se fue."),
        ("Tengo dolores de cabeza.", "Tengo dolores de cabeza."),
        ("Luz no hay en la comunidad.", "Luz no hay en la comunidad."),
        ("Fuimos a la fiesta de la Cruz.", "Fuimos a la fiesta de la Cruz."),
        ("La Paz está lejos.", "La Paz está lejos."),
        ("Vivimos en Santa Rosa y en San Luis.", "Vivimos en Santa Rosa y en San Luis."),
        ("Mi hijo se fue a Lima.", "Mi hijo se fue a Lima."),
    ],
    ids=[
        "word-name-after-con",
        "word-name-speech",
        "word-name-negated-verb",
        "two-word-names",
        "beside-a-plain-name",
        "lowercase-flower-light",
        "lowercase-pain",
        "light-sentence-start",
        "feast",
        "city-after-article",
        "saints-and-places",
        "place-after-a",
    ],
)
def test_word_names_need_context(text, expected):
    assert scrub_for_cli(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nos fuimos de Ccollpa a Chilcapite, luego a Bellavista y Antaccocha.",
        "En Chanquil y Manta sembramos papa y habas; después fuimos a la selva.",
        "Cuando llegó Sendero Luminoso el alcalde y la profesora se fueron a Huancayo.",
        "En mayo, el domingo, volvimos a Huancavelica.",
        "La gente de Qali Warma vino el lunes.",
        "Nadie dice nada. Mamá dice que sí.",
    ],
    ids=["villages", "crops-selva", "conflict-roles", "months-weekdays", "programme", "speakers"],
)
def test_research_content_stays(text):
    assert scrub_for_cli(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trabaja con Kusi Warma en Lircay.", "Trabaja con [ONG-1] en Lircay."),
        ("Nos apoyó la Warmi Kallpa.", "Nos apoyó la [ONG-1]."),
        # A lowercase head noun stays outside the name, as annotators mark it.
        ("Vino la asociación Wiñay Ayllu.", "Vino la asociación [ONG-1]."),
        ("Es el síndrome de Mallory Weiss.", "Es el síndrome de Mallory Weiss."),
    ],
    ids=["trabaja-con", "after-article", "lowercase-org-word", "not-quechua"],
)
def test_unseen_quechua_organization(text, expected):
    assert scrub_for_cli(text) == expected


def test_lexicon_is_normalized_and_holds_andean_names():
    assert {"teodora", "eusebio", "hermenegildo", "nelida", "zenon", "wilber"} <= GIVEN_NAMES
    assert all(n == n.lower() and n.isascii() and n.isalpha() for n in GIVEN_NAMES)
    assert {"rosa", "flor", "luz", "dolores", "lima", "maxima"} <= NAME_WORDS


def test_scrub_is_deterministic():
    text = "Teodora y Rosa hablaron con Kusi Warma. Eusebio dice que sí."
    assert len({scrub_for_cli(text) for _ in range(3)}) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mi sobrino Ederson se fue a Ica.", "Mi sobrino [PERSONA-1] se fue a Ica."),
        (
            "Conversé con Jhoselyn y Yeferson en la chacra.",
            "Conversé con [PERSONA-1] y [PERSONA-2] en la chacra.",
        ),
        # English names as they sound: Jonathan → Yohnatan, Stephanie → Stefany.
        ("El mayor, Yohnatan, trabaja en Lima.", "El mayor, [PERSONA-1], trabaja en Lima."),
        ("Llegó Stefany con su mamá.", "Llegó [PERSONA-1] con su mamá."),
        ("Kenyi dice que no hay trabajo.", "[PERSONA-1] dice que no hay trabajo."),
        # A document's acronym, an English word and lowercase prose are no one.
        ("el rut lo saqué en Santiago.", "el rut lo saqué en Santiago."),
        (
            "Mi RUT está vencido y el heater se malogró.",
            "Mi RUT está vencido y el heater se malogró.",
        ),
    ],
    ids=["son-name", "jh-and-y", "sounded-english", "stefany", "kenyi", "rut", "rut-heater"],
)
def test_names_as_registered_in_peru(text, expected):
    assert scrub_for_cli(text) == expected


def test_peruvian_spellings_are_capital_only_when_words():
    # "Franklin" and "Henry" are in the Spanish dictionary: names with a capital only.
    from privacy.given import CAPITAL_ONLY

    assert {"franklin", "henry", "yohnatan"} <= CAPITAL_ONLY
    assert {"edson", "yonatan", "maycol", "yeferson", "kenyi"} <= GIVEN_NAMES
    assert not {"rut", "heater", "yuan", "fait"} & GIVEN_NAMES


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name spelled as it sounds takes the surname that is a word or a place.
        (
            "La que cocinaba era Flormyra Cruz, de la Cruz de Mayo.",
            "La que cocinaba era [PERSONA-1], de la Cruz de Mayo.",
        ),
        (
            "El chofer era Wilver Sierra, también de la sierra.",
            "El chofer era [PERSONA-1], también de la sierra.",
        ),
        # Past punctuation the word is the word again.
        (
            "El chofer era Wilver. Sierra adentro no hay señal.",
            "El chofer era [PERSONA-1]. Sierra adentro no hay señal.",
        ),
        ("Le pagaba Wilver, en la sierra nomás.", "Le pagaba [PERSONA-1], en la sierra nomás."),
    ],
    ids=["word-surname", "place-surname", "sentence-after", "comma-after"],
)
def test_sounded_spelling_takes_its_surname(text, expected):
    assert scrub_for_cli(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A said nickname takes its "de la ..." complement when the phrase ends there.
        (
            "Vende flores en Caquetá; por eso le dicen la Flor del mercado.",
            "Vende flores en Caquetá; por eso le dicen la [PERSONA-1].",
        ),
        (
            "A mi primo le decíamos el Puma de la puna, corría mucho.",
            "A mi primo le decíamos el [PERSONA-1], corría mucho.",
        ),
        # No article, or the phrase goes on: the words after it are not the nickname.
        ("Le dicen Pancho de cariño.", "Le dicen [PERSONA-1] de cariño."),
        (
            "Le decían el Chato de la esquina de arriba y nada más.",
            "Le decían el [PERSONA-1] de la esquina de arriba y nada más.",
        ),
        # The complement's word is no name elsewhere: "flores" stays.
        (
            "Le dicen la Flor de las flores. Las flores de la chacra son lindas.",
            "Le dicen la [PERSONA-1]. Las flores de la chacra son lindas.",
        ),
        ("Mi hermana dice que la Rosa de las rosas es Lima.", None),
    ],
    ids=[
        "del-mercado",
        "de-la-puna",
        "no-article",
        "phrase-goes-on",
        "not-propagated",
        "no-clitic",
    ],
)
def test_said_nickname_with_its_complement(text, expected):
    assert scrub_for_cli(text) == (text if expected is None else expected)
