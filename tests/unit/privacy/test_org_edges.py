"""The edges of an organization's name (`privacy.org_edges`): the capitalized head word or
words a finder left before the name ("la Central de [Residentes Chanquilinos]"), a
lowercase head in text typed without capitals ("radio [wamani]"), a firm's head before a
name found as a person's ("radio [Qantu]"), the study village that closes a group's name
("[Conjunto de Danzas Herederos] de Chilcapite"), where a residents' group lives now
("[Huancavelicanos Unidos] en Japón") and a legal form or band ("llc", "FM"). Left: a
lowercase kind before a capitalized name (the annotation rule), a city or district after a
name (a branch: "Sodimac de Atocongo"), a school's village, a city after a firm that is no
residents' group, a public body, and words before a name that already has its head
("Servicio de Urología [Hospital ...]")."""

from __future__ import annotations

import pytest

from privacy.normalize import split_words
from privacy.org_edges import grow_organizations
from privacy.recognizers import ONG, PERSONA, Span
from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "capital_head_with_joiner": (
        "Los domingos va a las juntas de la Central de Residentes Chanquilinos, en Comas.",
        ["Central", "Residentes", "Chanquilinos"],
    ),
    "dance_group_of_village": (
        "Mi hija baila en el Conjunto de Danzas Herederos de Chilcapite desde chiquita.",
        ["Conjunto", "Danzas", "Herederos", "Chilcapite"],
    ),
    "lowercase_station": (
        "en radio wamani mandan saludos los domingos.",
        ["wamani", "radio"],
    ),
    "legal_form_after": (
        "Mi prima limpia casas con Green Hills Landscaping llc en Virginia.",
        ["Green", "Hills", "Landscaping", "llc"],
    ),
    "group_abroad_where_it_lives": (
        "Somos socios de Huancavelicanos Unidos en Japón, nos reunimos en Hamamatsu.",
        ["Huancavelicanos", "Unidos", "Japón"],
    ),
    "association_abroad": (
        "La Asociación Cultural Chanquil en Turín hace la fiesta cada julio.",
        ["Asociación", "Cultural", "Chanquil", "Turín"],
    ),
    "residents_where_they_live": (
        "Los de Hijos de Manta residentes en Huaycán pagan la faena.",
        ["Huaycán"],
    ),
    "ngo_of_village": (
        "Vino la Defensoría del Pueblo con la ONG Allpa Ñan de Ccollpa.",
        ["Allpa", "Ñan", "Ccollpa"],
    ),
    "an_english_name_with_of": (
        "Antes nos apoyaba una misión de los Estados Unidos, Hands of Hope Ministries, con "
        "una capacitación.",
        ["Hands", "Hope", "Ministries"],
    ),
    "a_fund_named_after_a_word": (
        "Yo era asesor en Fondo Rural Kuska, que daba crédito a grupos de mujeres.",
        ["Fondo", "Rural", "Kuska"],
    ),
    "a_german_association": (
        "Nuestro financiador principal es Kinderhilfe Anden e.V., de Colonia, Alemania.",
        ["Kinderhilfe", "Anden", "e.V"],
    ),
}

KEPT = {
    "a_city_before_a_name": (
        "Cuando llegué a Lima Wayna Kallpa me ayudó con el cuarto.",
        ["Lima"],
    ),
    "lowercase_kind_before_capitals": (
        "Trabajó en la constructora Ccori Wasi hasta que cerró.",
        ["constructora", "Trabajó", "cerró"],
    ),
    "school_of_its_village": (
        "Trabajo en la I.E. N° 30412 Túpac Amaru de Chanquil hace diez años.",
        ["Chanquil", "diez años"],
    ),
    "group_in_a_city": (
        "El grupo Llamas de Amor de Lima nos visitó en agosto.",
        ["grupo", "Lima", "agosto"],
    ),
    "branch_in_a_district": (
        "Mi hijo trabaja en Sodimac de Atocongo, en almacén.",
        ["Atocongo", "almacén"],
    ),
    "public_body": (
        "La Municipalidad de Huancavelica nos dio calaminas.",
        ["Municipalidad", "Huancavelica", "calaminas"],
    ),
    "firm_in_a_city_is_no_group": (
        "Mi hermano trabaja en Inversiones Qantu Fresh en Lima desde 2019.",
        ["Lima", "2019"],
    ),
}

test_name_edges_are_gone, test_content_beside_names_is_kept = gone_and_kept(GONE, KEPT)


def _grow(text: str, spans: list[Span], public: list[tuple[int, int]] | None = None) -> list[str]:
    return [
        text[s.start : s.end] + "/" + s.kind
        for s in grow_organizations(split_words(text), spans, public or [])
    ]


def _span(text: str, name: str, kind: str = ONG) -> Span:
    start = text.index(name)
    return Span(start, start + len(name), kind)


@pytest.mark.parametrize(
    ("text", "found", "kind", "grown"),
    [
        (
            "nos financia el Fondo Mujer Andina desde 2020",
            "Mujer Andina",
            ONG,
            "Fondo Mujer Andina/ONG",
        ),
        ("escucho radio qantu en la noche", "qantu", PERSONA, "radio qantu/ONG"),
        ("saludé a Qantu en la feria", "Qantu", PERSONA, "Qantu/PERSONA"),
        (
            "el Servicio de Urología Hospital Dos de Mayo atendió",
            "Hospital Dos de Mayo",
            ONG,
            "Hospital Dos de Mayo/ONG",
        ),
        ("Sumaq Kawsay de San Luis nos ayudó", "Sumaq Kawsay", ONG, "Sumaq Kawsay de San Luis/ONG"),
        ("Trabaja. Ayer Wayna Kallpa nos pagó.", "Wayna Kallpa", ONG, "Wayna Kallpa/ONG"),
        ("Trabaja. Fondo Andino nos paga.", "Andino", ONG, "Fondo Andino/ONG"),
    ],
    ids=[
        "capital_head",
        "person_after_firm_head",
        "person_alone",
        "headed_name",
        "two_word_village",
        "sentence_start",
        "head_at_sentence_start",
    ],
)
def test_grow_organizations(text: str, found: str, kind: str, grown: str) -> None:
    assert _grow(text, [_span(text, found, kind)]) == [grown]


def test_a_public_name_stops_the_growth() -> None:
    text = "la Defensoría del Pueblo Wayna Kallpa vino"
    public = [(text.index("Defensoría"), text.index(" Wayna"))]
    assert _grow(text, [_span(text, "Wayna Kallpa")], public) == ["Wayna Kallpa/ONG"]
