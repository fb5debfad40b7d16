"""Organizations, fourth pass: acronyms written as words, company names ending in "corp",
schools numbered like a year, later mentions with joiners, names coordinated with a found
organization, and the places that close a school's or a clinic's name.

Each row asserts that the raw words are gone from the output, or still there (research
content: places, years, amounts, fiestas, kinds of village organization)."""

import pytest

from privacy import scrub_for_cli

GONE = {
    "listed-acronym-written-as-word": (
        "En el valle nos ayudó Cepes con el riego y después Cipca.",
        ["Cepes", "Cipca"],
    ),
    "listed-ngo-written-as-word": ("Nos apoya Inppares con las charlas.", ["Inppares"]),
    "cooperation-agency": ("Con Helvetas hicimos los cobertizos.", ["Helvetas"]),
    "mining-contractor": ("Mi cuñado trabaja con Finning en Antofagasta.", ["Finning"]),
    "logistics-company": ("Mi sobrino está en Ransa, en el almacén.", ["Ransa"]),
    "fibre-buyer": ("La fibra se la vendemos a Michell en Arequipa.", ["Michell"]),
    "corp-company": ("Pagaba mi moto a Andescorp cada mes.", ["Andescorp"]),
    "corp-company-with-region": (
        "Trabajó en Ferrocorp del Sur dos años.",
        ["Ferrocorp", "Sur"],
    ),
    "school-numbered-like-a-year": (
        "Mi nieto estudia en la I.E. 2034 José Olaya.",
        ["2034", "Olaya"],
    ),
    "later-mention-with-joiner": (
        "Formamos el Club Social Hijos de Pucará en Lima. Los de Hijos de Pucará bailamos.",
        ["Hijos"],
    ),
    "union-set-off-with-al": (
        "Me afilié al sindicato, al SINTRACOM, en el 2019.",
        ["SINTRACOM"],
    ),
    "catalan-joiner": (
        "Trabajó con Construcciones Puig i Fills en Girona.",
        ["Puig", "Fills"],
    ),
    "commercial-gallery": ("Cosía en la Galería Mesa Redonda, en Gamarra.", ["Mesa Redonda"]),
    "chamber-of-commerce": (
        "Nos capacitó la Cámara de Comercio de Ayacucho el año pasado.",
        ["Comercio"],
    ),
    "coordinated-with-con": (
        "Trabajamos con Cáritas y con Yanapay los biohuertos.",
        ["Yanapay"],
    ),
    "coordinated-after-with-para": (
        "Vendía para Yanbal, para Ésika y para Lirio.",
        ["Lirio"],
    ),
    "church-with-a-verb-in-its-name": (
        "Vamos a la Iglesia Pentecostal Dios es Amor los domingos.",
        ["Pentecostal", "Amor"],
    ),
    "migrants-association-meeting-place": (
        "Somos de la Asociación de Residentes Santa Ana de Tambo en Huancayo.",
        ["Tambo", "Huancayo"],
    ),
    "last-word-later-as-the-firm": (
        "Trabaja en la Sociedad Agrícola Rapel. Rapel paga poco, pero con Rapel hay seguro.",
        ["Rapel"],
    ),
}

KEPT = {
    "last-word-later-as-a-place": (
        "Somos de la Cooperativa Agraria Cafetalera Pangoa. En Pangoa hay café y de Pangoa "
        "salen los camiones.",
        ["En Pangoa", "de Pangoa"],
    ),
    "last-word-explained": (
        "Soy del Centro Ayni Tarpuy. Tarpuy es sembrar en quechua.",
        ["Tarpuy es sembrar"],
    ),
    "last-word-that-closes-many-names": (
        "Es la Asociación Nueva Esperanza. Esperanza tenemos todos.",
        ["Esperanza tenemos"],
    ),
    "acronym-word-at-sentence-start": ("Care es una palabra inglesa.", ["Care"]),
    "public-programme-starting-with-a-listed-word": (
        "Postulamos a Techo Propio el año pasado.",
        ["Techo Propio"],
    ),
    "listed-acronym-as-a-place": ("Fuimos a Adra, en Almería, a la fresa.", ["Adra"]),
    "year-after-a-colegio": ("En el colegio 2019 Juan se enfermó.", ["2019"]),
    "year-after-ie-without-name": ("En la IE 2015 no había profesor.", ["2015"]),
    "school-village-after-number": (
        "Enseño en la I.E. N° 36421 de Pucaccasa, primaria.",
        ["Pucaccasa"],
    ),
    "school-village-after-name": (
        "Enseño en la I.E. N° 30411 Ramón Castilla de Pucaccasa hace años.",
        ["Pucaccasa"],
    ),
    "school-city-after-a-de-name": (
        "Terminé en el Colegio Nacional Santa Isabel de Huancayo de Lircay.",
        ["Lircay"],
    ),
    "clinic-district": ("Ahora trabaja en Clínica Santa Martha en Chorrillos.", ["Chorrillos"]),
    "place-after-a-name-alone-later": (
        "Las mujeres de Pucará formamos la Asociación Virgen del Rosario de Pucará. "
        "En Pucará somos muchas.",
        ["En Pucará"],
    ),
    "mine-named-after-its-place": (
        "Mi hijo trabaja en la mina de Julcani con otra contratista.",
        ["Julcani"],
    ),
    "district-set-off-after-a-workplace": (
        "Trabaja en una fábrica, en la Victoria, en Lima.",
        ["Victoria"],
    ),
    "village-water-board": ("Trabajamos con la JASS, la junta de agua.", ["JASS"]),
    "marian-fiesta": (
        "Hacemos la fiesta de la Virgen de la Natividad cada 8 de setiembre.",
        ["Virgen", "Natividad"],
    ),
    "coordinated-place-after-en": ("Estuve en Chupaca y en Cáritas.", ["Chupaca"]),
    "coordinated-person-after-con": ("Hablé con Cáritas y con Juana.", ["con"]),
    "corp-inside-a-word": ("La corporación comunal compró semillas.", ["corporación"]),
    "amount-after-corp-company": (
        "Pagaba a Andescorp 320 soles al mes.",
        ["320 soles"],
    ),
}


@pytest.mark.parametrize(("text", "raw"), GONE.values(), ids=GONE.keys())
def test_organization_is_gone(text: str, raw: list[str]) -> None:
    out = scrub_for_cli(text)
    for word in raw:
        assert word not in out, out


@pytest.mark.parametrize(("text", "kept"), KEPT.values(), ids=KEPT.keys())
def test_research_content_is_kept(text: str, kept: list[str]) -> None:
    out = scrub_for_cli(text)
    for word in kept:
        assert word in out, out
