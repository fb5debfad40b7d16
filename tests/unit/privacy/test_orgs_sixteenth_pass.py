"""Sixteenth pass on organizations: the lowercase head noun read as part of a lowercase
name (a cooperative, a university, a hacienda), farms named by an article and a name and
lenders named after their legal kind, and a town written right after a group's name as
its last word (`privacy.orgs`, `privacy.estates`, `privacy.scrub`)."""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "cooperative_with_head": (
        "el toro lo compre con plata de la cooperativa yuraq wasi, 4 mil soles.",
        ["cooperativa", "yuraq"],
    ),
    "university_with_head": (
        "mi hija estudia en la universidad continental, paga harto.",
        ["universidad", "continental"],
    ),
    "hacienda_with_head": (
        "trabaje en la hacienda san jacinto, en la caña.",
        ["hacienda", "jacinto"],
    ),
    "farm_woman_name": (
        "mi sobrino trabajo en el fundo la rosaura de chincha, en la palta.",
        ["fundo", "rosaura"],
    ),
    "farm_noun_name": (
        "estuvimos en la finca el pedregal, alla pagaban 60 soles.",
        ["finca", "pedregal"],
    ),
    "savings_bank": (
        "para el techo saque un prestamo de la caja de ahorro y credito sumaq qollqe, a un año.",
        ["caja de ahorro", "qollqe"],
    ),
    "credit_union": (
        "somos socios de la cooperativa de ahorro y credito san martin de porres y ahi ahorramos.",
        ["cooperativa", "porres"],
    ),
    "rural_bank": (
        "la caja rural nuestra señora de cocharcas me presto para las vacas.",
        ["cocharcas"],
    ),
    "town_after_name": (
        "Hace tres años trabajo en Kallpachay Chanquil, con cuyes.",
        ["Chanquil"],
    ),
    "town_after_brand": (
        "Vendemos queso con la marca Miski Wasi Ccollpa en Huancayo.",
        ["Ccollpa"],
    ),
    "town_after_members": ("Los de Ayni Runa Lircay vinieron a la faena.", ["Lircay"]),
}

KEPT = {
    "cooperative_generic": (
        "me fui a la cooperativa, la mayoria son mujeres.",
        ["cooperativa", "mayoria"],
    ),
    "cooperative_of_members": (
        "en la cooperativa de alpaqueros somos treinta socios.",
        ["cooperativa de alpaqueros"],
    ),
    "loan_amount": (
        "el toro lo compre con plata de la cooperativa yuraq wasi, 4 mil soles.",
        ["4 mil soles"],
    ),
    "farm_people": ("en el fundo la gente duerme en carpas, asi es.", ["la gente duerme"]),
    "farm_verb": ("en el fundo la conocí, era de huanta.", ["la conocí"]),
    "farm_crowd": ("en el fundo la mayoria, casi todos, eran de pampas.", ["mayoria"]),
    "farm_boss": ("en la hacienda el capataz, un señor bravo, nos gritaba.", ["el capataz"]),
    "farm_week": ("en el fundo la semana pasada hubo pelea.", ["semana pasada"]),
    "savings_kind_alone": ("saque de la caja de ahorro, 5 mil soles.", ["caja de ahorro"]),
    "credit_union_kind_alone": (
        "me afilie a una cooperativa de ahorro y credito para la moto.",
        ["cooperativa de ahorro y credito"],
    ),
    "lender_verb": ("la financiera me cobro mucho interes.", ["financiera me cobro"]),
    "box_of_beer": ("trajeron la caja de cerveza, 12 botellas.", ["caja de cerveza"]),
    "town_after_en": ("Los de Ayni Runa en Lircay vinieron a la faena.", ["en Lircay"]),
    "town_after_comma": ("Los de Ayni Runa, Lircay y Anchonga vinieron.", ["Lircay y Anchonga"]),
    "city_where_sold": (
        "Vendemos queso con la marca Miski Wasi Ccollpa en Huancayo.",
        ["en Huancayo"],
    ),
    "programme_then_region": ("Con Qali Warma Huancavelica dan desayuno.", ["Huancavelica"]),
}

test_organizations_are_gone, test_content_is_kept = gone_and_kept(GONE, KEPT)
