"""Fifteenth pass on organizations: lowercase names set off by a comma from their kind
noun, bands and youth groups named right after their noun, and a lowercase name said
again after a preposition (`privacy.set_off_kinds`, `privacy.orgs`)."""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "kind_then_name": (
        "mi cuñado es socio de la cooperativa, la sumaq kawsay, que vende café a lima.",
        ["sumaq kawsay"],
    ),
    "indefinite_kind_then_name": (
        "trabajé en una agroexportadora, la frutales del sur, en chincha.",
        ["frutales del sur"],
    ),
    "band_then_name_stop": (
        "toco en la banda, la lira juvenil de acobamba. cobramos por fiesta.",
        ["lira juvenil"],
    ),
    "short_name_called": (
        "estoy en la agrícola santa rita, la santita le dicen, pagan poco.",
        ["santita"],
    ),
    "name_then_institute": (
        "estudio enfermería en el illari ñan, el instituto que está en huanta.",
        ["illari ñan"],
    ),
    "name_then_team": (
        "jugamos con el deportivo santa ana, el equipo del barrio.",
        ["deportivo santa ana"],
    ),
    "members_of_then_club": (
        "los domingos jugamos con los de juventud manteña, es un club de paisanos.",
        ["juventud manteña"],
    ),
    "youth_group_and_again": (
        "formamos el grupo juvenil semillas de fe con doce chicos. de semillas de fe"
        " salieron dos catequistas.",
        ["semillas"],
    ),
    "orchestra_right_after": (
        "mi sobrino toca en la orquesta ritmo caliente, y gana bien.",
        ["ritmo caliente"],
    ),
    "works_in_we_are_an_ngo": (
        "yo trabajo en pachamama ñan, somos una ong pequeña de cuatro personas.",
        ["pachamama"],
    ),
}

KEPT = {
    "community_after_comma": (
        "fui a la cooperativa, la comunidad nos mandó.",
        ["comunidad nos mandó"],
    ),
    "role_after_comma": ("en el colegio, el director nos dijo que no.", ["director"]),
    "majority_after_comma": ("en la cooperativa, la mayoría son mujeres.", ["mayoría"]),
    "first_time": ("trabajé en la empresa, la primera vez que fui a ica.", ["primera vez"]),
    "which_one": ("en la minera, la de arriba, pagan más.", ["arriba"]),
    "verb_after_comma": ("la asociación, la formamos en 2005, somos veinte.", ["formamos"]),
    "city_then_institute": ("mi hijo está en lima, el instituto que eligió es caro.", ["lima"]),
    "plot_then_club": ("fuimos a la chacra, el club que hicimos está lejos.", ["chacra"]),
    "genres": ("en la banda, la chicha, la cumbia, todo tocamos.", ["chicha", "cumbia"]),
    "band_of_village": ("la banda del pueblo tocó, la banda nomás.", ["pueblo"]),
    "group_alone": ("la banda entera vino. el grupo juvenil se reunía los sábados.", ["entera"]),
    "band_like": ("la banda bonita, la orquesta fea.", ["bonita", "fea"]),
    "amount_after_band": ("la banda, la de 6 mil soles, vino de lircay.", ["6 mil soles"]),
    "whatever_work": ("trabajo en lo que sea, es una empresa cualquiera.", ["lo que sea"]),
    "house_then_we_are": ("estuve en la casa, es una asociación que ayuda.", ["casa"]),
    "town_then_we_are": ("vivo en acobamba, es una asociación de madres.", ["acobamba"]),
    "capitalized_text": ("En la cooperativa, la mayoría son socias de Manta.", ["mayoría"]),
}

test_organizations_are_gone, test_content_is_kept = gone_and_kept(GONE, KEPT)
