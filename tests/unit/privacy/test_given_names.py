"""Given names without a roster: the shipped lexicon, word-names in context, span growth,
unseen Quechua organizations, and the research content that must stay."""

import pytest

from privacy import scrub_for_cli
from privacy.given import GIVEN_NAMES, NAME_WORDS
from tests.unit.privacy.tables import scrubbed_and_same

NAME_WITHOUT_ROSTER = {
    "after-con": ("Hablé con Teodora ayer.", "Hablé con [PERSONA-1] ayer."),
    "sentence-start-speech": ("Teodora dice que sí.", "[PERSONA-1] dice que sí."),
    "grows-over-surnames": ("Teodora Ccanto Yauri vive en Manta.", "[PERSONA-1] vive en Manta."),
    "sentence-start-work": ("Eusebio trabaja en Huancayo.", "[PERSONA-1] trabaja en Huancayo."),
    "andean-names": ("Vino Hermenegildo con Fortunata.", "Vino [PERSONA-1] con [PERSONA-2]."),
    "unknown-surname-absorbed": ("Se lo dije a Wilber Huaylla.", "Se lo dije a [PERSONA-1]."),
    "unknown-speaker": ("Wilfreda Ccanto dice que no.", "[PERSONA-1] dice que no."),
    "lowercase-after-kin": ("mi hermano eusebio vive allá.", "mi hermano [PERSONA-1] vive allá."),
    "lowercase-before-verb": ("Después mamani nos visitó.", "Después [PERSONA-1] nos visitó."),
    "place-surname-after-kin": (
        "Su hijo Lima volvió de Lima.",
        "Su hijo [PERSONA-1] volvió de Lima.",
    ),
    "place-surname-inside-name": ("Teodoro Lima viajó a Lima.", "[PERSONA-1] viajó a Lima."),
}


WORD_NAMES_IN_CONTEXT = {
    "word-name-after-con": ("Hablé con Rosa ayer.", "Hablé con [PERSONA-1] ayer."),
    "word-name-speech": ("Rosa dice que volverá.", "[PERSONA-1] dice que volverá."),
    "word-name-negated-verb": ("Dolores no sabe nada.", "[PERSONA-1] no sabe nada."),
    "two-word-names": ("Luz Marina vino.", "[PERSONA-1] vino."),
    "beside-a-plain-name": ("Rosa y Teodora vinieron.", "[PERSONA-1] y [PERSONA-2] vinieron."),
    "lowercase-flower-light": (
        "Compramos una flor y la luz se fue.",
        "Compramos una flor y la luz se fue.",
    ),
    "lowercase-pain": ("Tengo dolores de cabeza.", "Tengo dolores de cabeza."),
    "light-sentence-start": ("Luz no hay en la comunidad.", "Luz no hay en la comunidad."),
    "feast": ("Fuimos a la fiesta de la Cruz.", "Fuimos a la fiesta de la Cruz."),
    "city-after-article": ("La Paz está lejos.", "La Paz está lejos."),
    "saints-and-places": (
        "Vivimos en Santa Rosa y en San Luis.",
        "Vivimos en Santa Rosa y en San Luis.",
    ),
    "place-after-a": ("Mi hijo se fue a Lima.", "Mi hijo se fue a Lima."),
}


test_word_names_need_context, _ = scrubbed_and_same(WORD_NAMES_IN_CONTEXT, {})


RESEARCH_CONTENT = {
    "villages": "Nos fuimos de Ccollpa a Chilcapite, luego a Bellavista y Antaccocha.",
    "crops-selva": "En Chanquil y Manta sembramos papa y habas; después fuimos a la selva.",
    "conflict-roles": "Cuando llegó Sendero Luminoso el alcalde y la profesora se fueron a Huancayo.",
    "months-weekdays": "En mayo, el domingo, volvimos a Huancavelica.",
    "programme": "La gente de Qali Warma vino el lunes.",
    "speakers": "Nadie dice nada. Mamá dice que sí.",
}


test_given_name_without_roster_is_redacted, test_research_content_stays = scrubbed_and_same(
    NAME_WITHOUT_ROSTER, RESEARCH_CONTENT
)


UNSEEN_QUECHUA_ORGANIZATIONS = {
    "trabaja-con": ("Trabaja con Kusi Warma en Lircay.", "Trabaja con [ONG-1] en Lircay."),
    "after-article": ("Nos apoyó la Warmi Kallpa.", "Nos apoyó la [ONG-1]."),
    # A lowercase head noun stays outside the name, as annotators mark it.
    "lowercase-org-word": ("Vino la asociación Wiñay Ayllu.", "Vino la asociación [ONG-1]."),
    "not-quechua": ("Es el síndrome de Mallory Weiss.", "Es el síndrome de Mallory Weiss."),
}


test_unseen_quechua_organization, _ = scrubbed_and_same(UNSEEN_QUECHUA_ORGANIZATIONS, {})


def test_lexicon_is_normalized_and_holds_andean_names():
    assert {"teodora", "eusebio", "hermenegildo", "nelida", "zenon", "wilber"} <= GIVEN_NAMES
    assert all(n == n.lower() and n.isascii() and n.isalpha() for n in GIVEN_NAMES)
    assert {"rosa", "flor", "luz", "dolores", "lima", "maxima"} <= NAME_WORDS


def test_scrub_is_deterministic():
    text = "Teodora y Rosa hablaron con Kusi Warma. Eusebio dice que sí."
    assert len({scrub_for_cli(text) for _ in range(3)}) == 1


REGISTERED_IN_PERU = {
    "son-name": ("Mi sobrino Ederson se fue a Ica.", "Mi sobrino [PERSONA-1] se fue a Ica."),
    "jh-and-y": (
        "Conversé con Jhoselyn y Yeferson en la chacra.",
        "Conversé con [PERSONA-1] y [PERSONA-2] en la chacra.",
    ),
    # English names as they sound: Jonathan → Yohnatan, Stephanie → Stefany.
    "sounded-english": (
        "El mayor, Yohnatan, trabaja en Lima.",
        "El mayor, [PERSONA-1], trabaja en Lima.",
    ),
    "stefany": ("Llegó Stefany con su mamá.", "Llegó [PERSONA-1] con su mamá."),
    "kenyi": ("Kenyi dice que no hay trabajo.", "[PERSONA-1] dice que no hay trabajo."),
    # A document's acronym, an English word and lowercase prose are no one.
    "rut": ("el rut lo saqué en Santiago.", "el rut lo saqué en Santiago."),
    "rut-heater": (
        "Mi RUT está vencido y el heater se malogró.",
        "Mi RUT está vencido y el heater se malogró.",
    ),
}


test_names_as_registered_in_peru, _ = scrubbed_and_same(REGISTERED_IN_PERU, {})


def test_peruvian_spellings_are_capital_only_when_words():
    # "Franklin" and "Henry" are in the Spanish dictionary: names with a capital only.
    from privacy.given import CAPITAL_ONLY

    assert {"franklin", "henry", "yohnatan"} <= CAPITAL_ONLY
    assert {"edson", "yonatan", "maycol", "yeferson", "kenyi"} <= GIVEN_NAMES
    assert not {"rut", "heater", "yuan", "fait"} & GIVEN_NAMES


SOUNDED_SPELLINGS = {
    # A name spelled as it sounds takes the surname that is a word or a place.
    "word-surname": (
        "La que cocinaba era Flormyra Cruz, de la Cruz de Mayo.",
        "La que cocinaba era [PERSONA-1], de la Cruz de Mayo.",
    ),
    "place-surname": (
        "El chofer era Wilver Sierra, también de la sierra.",
        "El chofer era [PERSONA-1], también de la sierra.",
    ),
    # Past punctuation the word is the word again.
    "sentence-after": (
        "El chofer era Wilver. Sierra adentro no hay señal.",
        "El chofer era [PERSONA-1]. Sierra adentro no hay señal.",
    ),
    "comma-after": (
        "Le pagaba Wilver, en la sierra nomás.",
        "Le pagaba [PERSONA-1], en la sierra nomás.",
    ),
}


test_sounded_spelling_takes_its_surname, _ = scrubbed_and_same(SOUNDED_SPELLINGS, {})


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
