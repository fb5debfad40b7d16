"""Organizations of the twelfth round (`privacy.orgs`, `privacy.employers`): a consortium
keeps the year it is named for ('Consorcio Vial Acobamba 2021'); a school's number after
'n°' typed in lowercase ('la i.e. n° 36287'), and said again by its number after its
article ('en la 36287 tenemos 41 alumnos'). Left: a year after another kind of firm
('la Constructora Andina, en 2021'), a number after an article that no school had ('la 15
de mayo', 'el 2021')."""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "a_consortium_and_its_year": (
        "La obra la ganó el Consorcio Vial Acobamba 2021, que son dos empresas de Huancayo.",
        ["Consorcio Vial Acobamba", "2021"],
    ),
    "a_lowercase_school_number": (
        "yo enseño en la i.e. n° 36287 de chanquil, soy de acobamba.",
        ["36287"],
    ),
    "a_school_said_again_by_its_number": (
        "yo enseño en la i.e. n° 36287 de chanquil. en la 36287 tenemos 41 alumnos nomás.",
        ["36287"],
    ),
}

KEPT = {
    "a_firm_then_a_year": (
        "Trabajó en la Constructora Andina, en 2021 se fue a Lima.",
        ["2021"],
    ),
    "a_number_no_school_had": (
        "Estudió en la I.E. N° 36287. El 2021 se fue, vive en la 15 de Mayo.",
        ["2021", "15 de Mayo"],
    ),
    "a_count_after_a_school": (
        "En la escuela 120 alumnos estudian.",
        ["120 alumnos"],
    ),
}

test_organization_is_gone, test_content_is_kept = gone_and_kept(GONE, KEPT)
