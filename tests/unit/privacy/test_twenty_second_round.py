"""Causes of misses in the twenty-second round (docs/privacy.md, "Twenty-second round"),
each in words of its own.

Organizations: a firm's name in quotes after "se llama" ("mi pollería se llama "El
Rinconcito""); a parish choir and a bus line named after their head word ("el Coro
Parroquial Señor de Luren", "la Turismo Virgen de Cocharcas"); a group's kind adjective
between its noun and a lowercase Quechua name ("la asociación ganadera sumaq wasi"); a
workplace typed lowercase after a verb of working and "en", then a comma and what it is
("trabajé en maderas yupi, la fábrica de puertas"). Kept: a town after a verb of working
and a comma ("trabajo en chincha, una fábrica de ..."), a choir and a bus company said as
common nouns.
"""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "a_firm_in_quotes_after_se_llama": (
        'Mi pollería se llama "La Huancavelicana", queda por el mercado.',
        ["Huancavelicana"],
    ),
    "a_parish_choir_by_its_saint": (
        "Mi hija canta en el Coro Parroquial Señor de Luren, los sábados ensayan.",
        ["Luren"],
    ),
    "a_bus_line_by_its_virgin": (
        "Bajamos con la Turismo Virgen de Cocharcas, sale a las seis de la plaza.",
        ["Cocharcas"],
    ),
    "a_quechua_name_after_a_kind_adjective": (
        "Soy socia de la asociación ganadera sumaq wasi desde el 2015.",
        ["sumaq", "wasi"],
    ),
    "a_lowercase_workplace_then_what_it_is": (
        "Trabajé en maderas yupi, la fábrica de puertas de Huaycán, dos años.",
        ["yupi"],
    ),
    "a_lowercase_workplace_then_a_kind_with_un": (
        "mi hijo trabaja en sumitomo denso, una empresa de autopartes en gunma.",
        ["sumitomo", "denso"],
    ),
}

KEPT = {
    "a_town_after_a_verb_of_working": (
        "Trabajo en chincha, una fábrica de conservas. Trabajé en lima, la empresa cerró.",
        ["chincha", "lima"],
    ),
    "a_choir_and_buses_as_common_nouns": (
        "El coro de la iglesia canta en quechua. Turismo casi no hay, solo los buses.",
        ["coro", "Turismo"],
    ),
}

test_identifier_is_gone, test_content_is_kept = gone_and_kept(GONE, KEPT)
