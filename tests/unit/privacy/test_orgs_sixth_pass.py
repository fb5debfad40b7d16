"""Organizations, sixth pass: cooperation agencies named bare (European, North American
and Latin American NGOs, church agencies, foundations) and US employers named by trade
words with no Spanish head (wholesale, warehouse, haulage, staffing, building trades).

Each row asserts that the raw words are gone from the output, or still there (research
content: the same words as common words, in lowercase, or as places and crops)."""

import pytest

from privacy import scrub_for_cli
from privacy.evaluate import scrub_spans
from privacy.recognizers import ONG

GONE = {
    "german-child-agency-as-funder": (
        "El comedor lo apoya Kindernothilfe desde hace años.",
        ["Kindernothilfe"],
    ),
    "lutheran-agency-named-bare": (
        "El proyecto de Diaconía nos dio semillas de papa nativa en Lircay.",
        ["Diaconía"],
    ),
    "italian-volunteer-mission": (
        "Los padres de la Operación Mato Grosso hicieron la posta.",
        ["Mato Grosso"],
    ),
    "us-catholic-agency": (
        "Después del huaico vino Catholic Relief Services con frazadas.",
        ["Catholic Relief"],
    ),
    "health-ngo-in-lima": ("Mi hermana es promotora de Socios En Salud en Carabayllo.", ["Socios"]),
    "andean-ngo-acronym": ("Nos capacitó el CCAIJO en crianza de cuyes.", ["CCAIJO"]),
    "funder-set-off-after-its-origin": (
        "El taller lo paga una fundación suiza, Hilfswerk Kallpa, desde 2019.",
        ["Hilfswerk"],
    ),
    "ngo-set-off-after-its-origin": (
        "Nos visitó una ONG belga, Tinkuy Solidair, en agosto.",
        ["Tinkuy"],
    ),
    "us-wholesaler-no-head": (
        "Mi esposo maneja montacargas en Garden State Produce, en Vineland.",
        ["Garden State"],
    ),
    "us-distributor-no-head": (
        "Entré a Sunrise Fresh Distributors por un primo.",
        ["Sunrise Fresh"],
    ),
    "us-staffing-agency": ("Me consiguió la chamba Tri-County Staffing.", ["Tri-County"]),
    "us-trucking-firm": ("Mi hijo maneja para Mendoza Trucking LLC en Texas.", ["Mendoza"]),
    "us-drywall-firm": ("Estuve con Ridgeview Drywall tres inviernos.", ["Ridgeview"]),
}

KEPT = {
    "diaconia-is-a-lowercase-word": (
        "En la iglesia hacemos diaconía con los ancianos.",
        ["diaconía"],
    ),
    "produce-is-a-spanish-verb": (
        "La chacra de Acobamba produce papa y habas.",
        ["Acobamba produce papa"],
    ),
    "educo-is-a-verb": ("Educo a mis hijos con lo que vendo en la feria.", ["Educo"]),
    "place-after-a-foreign-company": (
        "Era una empresa extranjera, en Huancavelica no había otra.",
        ["Huancavelica"],
    ),
    "mato-grosso-the-place": ("Mi tío se fue a Mato Grosso, al Brasil.", ["Mato Grosso"]),
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
        "Cada año la comunidad produce más leche.",
        "El Ministerio de la Producción dio módulos de cuyes.",
        "Vendimos cuarenta kilos de trucha a cinco soles el kilo.",
    ],
)
def test_no_organization_is_found(text: str) -> None:
    assert [s for s in scrub_spans(text) if s[2] == ONG] == []
