"""Organizations, tenth pass: the classes unseen interview text still missed, as tables.

An acronym defined for a name gets that name's placeholder (one organization, one
number, and no label repeating a word of any of its mentions); a group's name ends
before "en" and the place where it meets unless it is a group of those who live away;
a plant or a shop by its trade then a name with its article is a firm even when the
name is a place's; a lowercase university by its saint or its acronym where someone
studies or applies. Look-alike rows assert that research content stays.
"""

import re

import pytest

from privacy import scrub_for_cli
from privacy.placeholders import PlaceholderState
from privacy.recognizers import ONG
from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "trade-head-with-a-place-name": (
        "Después entré al Frigorífico La Pradera, en la planta de Avellaneda, diez años.",
        ["Pradera"],
    ),
    "brickworks-with-article-name": (
        "En la Ladrillera El Porvenir nos pagaban por millar.",
        ["Porvenir"],
    ),
    "fishery-with-article-name": (
        "Mi cuñado trabaja en la Pesquera Los Delfines, en Paita.",
        ["Delfines"],
    ),
    "brotherhood-before-where-it-meets": (
        "Fui a la fiesta de la Hermandad Señor de Qoyllur Rit'i de Ccasa en Ate, ahí bailé.",
        ["Qoyllur"],
    ),
    "cultural-association-keeps-its-city": (
        "La Asociación Cultural Ayllu Sonqo en Lima nos donó una cocina.",
        ["Ayllu Sonqo en Lima"],
    ),
    "lowercase-university-acronym-where-one-studies": (
        "mi sobrina estudia en la uncp contabilidad, ya esta en tercer ciclo",
        ["uncp"],
    ),
    "lowercase-saint-university-one-applies-to": (
        "el mayor postulo a la san cristobal y no ingreso",
        ["cristobal"],
    ),
    "residents-club-keeps-its-city": (
        "El Club Hijos de Pucará en Lima hizo la pollada.",
        ["Pucará en Lima"],
    ),
}

KEPT = {
    "brotherhood-meets-in-a-district": (
        "La misa de la Hermandad Virgen de la Natividad de Pilpichaca en Comas, ahí fuimos.",
        ["en Comas"],
    ),
    "brotherhood-meets-in-another-district": (
        "Somos de la Cofradía San Isidro Labrador de Tambo en Carabayllo, cada mayo.",
        ["en Carabayllo"],
    ),
    "lowercase-ordinary-words-after-study-verbs": (
        "estudia en la noche, ingreso a la una de la tarde, postulo a la ultima plaza",
        ["noche", "una de la tarde", "ultima plaza"],
    ),
    "lowercase-saint-after-a-non-study-verb": (
        "vive en la san martin cuadra tres",
        ["vive en la san martin"],
    ),
    "trade-word-lowercase-stays": (
        "Trabajé en el frigorífico de Berisso y en la pesquera del puerto.",
        ["frigorífico", "Berisso", "pesquera"],
    ),
    "trade-without-article-place": (
        "La minera está en Huancavelica, en la provincia de Angaraes.",
        ["Huancavelica", "Angaraes"],
    ),
    "public-acronym-stays-after-an-ngo": (
        "La ONG Wiñay Pacha nos ayudó, y también la UGEL con los cuadernos.",
        ["UGEL"],
    ),
}


test_organization_is_gone, test_research_content_is_kept = gone_and_kept(GONE, KEPT)


SAME = {
    "ngo-then-acronym-as-nickname": (
        "Trabajo en la ONG Raíces del Valle, RADEVA como le dicen. RADEVA paga tarde."
    ),
    "name-then-acronym-in-parentheses": (
        "Me capacitó la Asociación Mujeres Tejedoras del Sur (AMUTESUR); AMUTESUR vende lana."
    ),
}


@pytest.mark.parametrize("text", SAME.values(), ids=SAME.keys())
def test_defined_acronym_shares_its_name_placeholder(text: str) -> None:
    out = scrub_for_cli(text)
    numbers = set(re.findall(r"\[(?:ONG|ORGANIZACIÓN)-(\d+)\]", out))
    assert numbers == {"1"}, out
    # One organization keeps one label: never "ONG" where a mention said "ONG".
    if "ONG" in text:
        assert "[ONG-" not in out, out


def test_acronym_spelling_no_earlier_name_gets_its_own_number() -> None:
    state = PlaceholderState()
    first = state.placeholder(ONG, "t:allpa nan", frozenset({"allpa", "nan"}), ("Allpa", "Ñan"))
    other = state.placeholder(ONG, "t:cepro", frozenset({"cepro"}), ("CEPRO",))
    spelled = state.placeholder(ONG, "t:an", frozenset({"an"}), ("AÑ",))
    assert first == "[ONG-1]"
    assert other == "[ONG-2]"
    assert spelled == "[ONG-1]"


def test_people_are_not_numbered_by_acronyms() -> None:
    state = PlaceholderState()
    state.placeholder("PERSONA", "t:rosa vega", frozenset({"rosa", "vega"}), ("Rosa", "Vega"))
    assert state.placeholder("PERSONA", "t:rv", frozenset({"rv"}), ("RV",)) == "[PERSONA-2]"
