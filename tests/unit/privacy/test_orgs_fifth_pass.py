"""Organizations, fifth pass: workshops and plants named by their trade, two trades joined
as one firm, family firms, Japanese company words, a firm set off after "contrata", a union
acronym set off with "en", European funders named bare, a quoted short name of a found
organization, and a school's "de <city>" when where it is comes after.

Each row asserts that the raw words are gone from the output, or still there (research
content: downtown, streets without a number, the city a name ends with, devotions, places
an organization is named after, words a speaker opens with)."""

import pytest

from privacy import scrub_for_cli
from privacy.evaluate import scrub_spans
from privacy.recognizers import ONG

GONE = {
    "trade-head-metalworks": (
        "Mi cuñado suelda en Metalmecánica Don Lucho, en Chilca.",
        ["Lucho"],
    ),
    "trade-head-sawmill": ("Entró a la Maderera Shanti en Pichanaki.", ["Shanti"]),
    "trade-head-car-workshop": ("Lo contrató Automotriz Yupanqui el año pasado.", ["Yupanqui"]),
    "catalan-trade-head": ("Netejava oficines amb Neteges Vallès a Sabadell.", ["Vallès"]),
    "two-trades-one-firm": (
        "Estuve con Construcciones y Servicios Ayllu en la obra.",
        ["Construcciones", "Ayllu"],
    ),
    "family-firm-sons": ("Mi esposo maneja para Transportes Ccahuana e Hijas.", ["Ccahuana"]),
    "family-firm-bare": ("Trabajó en Paucar y Hnos. de ayudante.", ["Paucar"]),
    "family-firm-italian": ("A Torino lavoravo con Bianco e Figli.", ["Bianco"]),
    "japanese-company-word": ("Ahora estoy en Toyohashi Kensetsu, en obras.", ["Toyohashi"]),
    "firm-set-off-after-contrata": (
        "Entré por contrata, Servis Ñawpa, a la mina de Cobriza.",
        ["Ñawpa"],
    ),
    "union-acronym-set-off-with-en": (
        "En la federación, en FENTRAHOGARP, aprendí a leer mi boleta.",
        ["FENTRAHOGARP"],
    ),
    "european-funder-named-bare": (
        "El proyecto lo pagaba Misereor y después Welthungerhilfe.",
        ["Misereor", "Welthungerhilfe"],
    ),
    "quoted-short-name-of-a-found-organization": (
        "Soy del Club Social Amistad Huayllay, pero todos le dicen «el Social».",
        ["Social"],
    ),
    "school-de-city-when-located-after": (
        "Mi hija estudia en el Colegio Emblemático Libertadores de América, en Huanta.",
        ["América"],
    ),
    "last-word-after-con-still-the-firm": (
        "Trabajé con la Sociedad Agrícola Mirador Sumaq. Con Sumaq ganaba poco.",
        ["Sumaq"],
    ),
}

KEPT = {
    "downtown": ("Nos reunimos en el Centro de Lima, frente a la plaza.", ["Centro de Lima"]),
    "trade-word-as-a-career": ("Estudio Ingeniería Civil en Huancayo.", ["Ingeniería Civil"]),
    "my-sons-and-brothers": ("Mis Hijos y Hermanos viven en Lima.", ["Hijos", "Hermanos"]),
    "place-after-contrata-set-off-with-en": (
        "Trabajé por contrata, en Cerro de Pasco, dos años.",
        ["Cerro de Pasco"],
    ),
    "city-in-a-found-name-said-alone": (
        "Viví en San Pablo. Después fui a la Hermandad de la Virgen de Cocharcas de San Pablo.",
        ["Viví en San Pablo"],
    ),
    "place-a-cooperative-is-named-after": (
        "Vendo a la Cooperativa Agraria Valle Hermoso; vivo en Valle Hermoso desde niño.",
        ["vivo en Valle Hermoso"],
    ),
    "speaker-opening-word": (
        "Bueno, nuestra asociación se llama Wiñay Ayllu de Queens.",
        ["Bueno"],
    ),
    "working-for-a-saint": (
        "Todo el año trabajamos para la Virgen de Cocharcas, somos mayordomos.",
        ["Virgen de Cocharcas"],
    ),
    "numbered-school-village-when-located-after": (
        "Enseño en la I.E. N° 30122 de Pilpichaca, en Huaytará.",
        ["Pilpichaca"],
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


@pytest.mark.parametrize(
    "text",
    [
        "La procesión pasa por la Market Street cada octubre.",
        "Vendía tamales en la Ferry Street y en la Main Avenue.",
        # Sons of a village are no family firm.
        "Los Hijos de Pampas y Hermanos de Huanta bailaron.",
    ],
)
def test_no_organization_is_found(text: str) -> None:
    assert [s for s in scrub_spans(text) if s[2] == ONG] == []


def test_a_trade_head_before_a_street_word_is_still_a_firm() -> None:
    out = scrub_for_cli("Trabajé en Market Ccori, en el Callao.")
    assert "Ccori" not in out, out
