"""The sixteenth round's misses, one rule each: a codice fiscale typed with its surname
and name letters apart ('HMN DBR 79S02 Z611X'); the date a paper came out with
('salió 31/04/2015'); a birth date corrected by the next speaker after one already found
('Su hijita es del 21 de junio. / —No, es del 22 de junio'); a firm its legal form closes,
named after a saint ('Virgen del Rosario S.R.L.'); a child named with a place's name ('a
mi hija la llamamos Argentina'); a birth date with its year, then the fiesta it fell
on ('el 22 de febrero del 81, en carnavales'). Kept: a saint's fiesta, a call to a city,
a trip's day, the fiesta after a birth."""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "codice_fiscale_in_four_groups": (
        "Mi codice fiscale es HMN DBR 79S02 Z611X, se lo pongo por si acaso.",
        ["HMN", "DBR", "79S02", "Z611X"],
    ),
    "codice_fiscale_after_a_colon": (
        "Aquí está el codice fiscale: CCN YSN 91L65 Z611G. Ese código lleva tu fecha.",
        ["CCN", "YSN", "91L65", "Z611G"],
    ),
    "the_date_a_paper_came_out_with": (
        "Cuando sacamos su DNI en RENIEC salió 31/04/2015, al revés.",
        ["31/04/2015"],
    ),
    "a_birth_date_corrected_by_the_next_speaker": (
        "Nélida: Su hijita es del 21 de junio.\nEulogia: No, es del 22 de junio, yo fui a su"
        " bautizo.",
        ["21 de junio", "22 de junio"],
    ),
    "a_firm_named_after_a_saint": (
        "En la Virgen del Rosario S.R.L. somos seis choferes para tres buses.",
        ["Virgen", "Rosario", "S.R.L."],
    ),
    "a_firm_named_after_a_place": (
        "Trabajo en Santa Rosa S.A.C., una agroexportadora de Ica.",
        ["Santa Rosa"],
    ),
    "a_child_named_after_a_country": (
        "A mi hija la llamamos Argentina, porque nació allá, en Buenos Aires.",
        ["llamamos Argentina"],
    ),
    "a_birth_date_with_its_year_then_the_fiesta_it_fell_on": (
        "E: ¿y su fecha de nacimiento? / el veintidos de febrero del ochenta y uno, en"
        " carnavales, mi mama dice.",
        ["veintidos de febrero", "ochenta y uno"],
    ),
    "a_lowercase_university_after_a_career_of_two_words": (
        "ahora estudia educacion inicial en la universidad nacional de huancavelica, sede"
        " acobamba.",
        ["universidad nacional de huancavelica"],
    ),
}

KEPT = {
    "a_university_named_by_where_it_is": (
        "estudia en la universidad de aqui, los sabados.",
        ["universidad de aqui"],
    ),
    "the_saints_fiesta": (
        "En octubre hacemos la fiesta de la Virgen del Rosario con banda.",
        ["Virgen del Rosario"],
    ),
    "a_call_to_a_city": (
        "Yo la llamo Lima cada domingo para saber de mi hermana.",
        ["Lima"],
    ),
    "a_trip_the_day_it_left": (
        "El bus salió el 3 de mayo a Lima, con toda la gente de la faena.",
        ["3 de mayo"],
    ),
    "a_fiesta_after_a_birth": (
        "Mi hijo nació el 3 de mayo de 2010. El 25 de julio es la fiesta de Santiago.",
        ["25 de julio"],
    ),
}

test_identifier_is_gone, test_content_is_kept = gone_and_kept(GONE, KEPT)
