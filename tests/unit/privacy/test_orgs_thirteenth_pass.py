"""Firms named by what they make, and partners closing a firm's name."""

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "dairy-by-village": ("uno de queso, Lácteos Antaccocha; y dos de truchas", ["Antaccocha"]),
    "trout-farm": ("vendemos a Piscigranja Chanquil cada mes", ["Chanquil"]),
    "bakery-saint": ("la Panificadora Santa Rosa de Manta. Me pagaba 700", ["Rosa", "Manta"]),
    "cheese-shop": ("le vendo a la Quesería Suiza de Huancayo", ["Suiza"]),
    "partners-ampersand": (
        "la administración es Administración Goldberg & Asociados. Lo vi",
        ["Goldberg"],
    ),
    "partners-y": ("trabajo en Rojas y Asociados desde 2019", ["Rojas"]),
}
KEPT = {
    "dairy-plural-word": ("Lácteos y carnes subieron este año", ["Lácteos", "carnes"]),
    "dairy-of-place": ("Lácteos de Huancayo subieron de precio", ["Huancayo"]),
    "partners-lowercase": (
        "los socios y asociados de la cooperativa votaron",
        ["socios", "asociados"],
    ),
    "amount-year": ("la Panificadora pagaba 700 soles en 2019", ["700", "2019"]),
    "state-programme": ("nos apoyó Qali Warma con la leche y el queso", ["Qali", "Warma"]),
}

test_firms_are_gone, test_content_is_kept = gone_and_kept(GONE, KEPT)

HOUSES_GONE = {
    "house-lowercase-city": (
        "ella es socia de casa huancavelica barcelona, alli se juntan",
        ["huancavelica", "barcelona"],
    ),
    "house-of-city": (
        "es socia de la Casa Huancavelica de Barcelona, alli se juntan",
        ["Huancavelica", "Barcelona"],
    ),
    "house-of-country": ("nos reunimos en la Casa del Perú en Madrid.", ["Perú", "Madrid"]),
}
HOUSES_KEPT = {
    "culture-house": ("fui a la Casa de la Cultura de Huancavelica", ["Cultura", "Huancavelica"]),
    "aunts-house": ("vivía en la casa de mi tía en Barcelona", ["casa", "Barcelona"]),
    "at-home": ("me quede en casa huancavelica nomas", ["huancavelica"]),
    "house-sentence": ("la casa lima es bonita", ["lima"]),
    "women-house": ("la Casa de la Mujer de Huancayo atiende", ["Mujer", "Huancayo"]),
}

test_houses_are_gone, test_houses_look_alikes_kept = gone_and_kept(HOUSES_GONE, HOUSES_KEPT)

UNIONS_GONE = {
    "household-workers": ("me afilie al sintrahogarp y ahi aprendi mis derechos", ["sintrahogarp"]),
    "teachers": ("el sutep hizo huelga en mayo", ["sutep"]),
    "federation": ("con la fentrahogarp marchamos", ["fentrahogarp"]),
}
UNIONS_KEPT = {
    "subtle-words": ("un corte sutil y la sutura", ["sutil", "sutura"]),
    "union-noun": ("me afilié al sindicato y a la cooperativa", ["sindicato", "cooperativa"]),
    "town": ("fuimos a sintra en portugal", ["sintra"]),
    "state-insurance": ("me afilié al sis y a essalud", ["sis", "essalud"]),
}

test_unions_are_gone, test_unions_look_alikes_kept = gone_and_kept(UNIONS_GONE, UNIONS_KEPT)
