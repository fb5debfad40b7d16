"""A flat told in Spanish after a comma, with capitals or without, and a US state spelled
out after the city, belong to the address before them (`privacy.places`)."""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "lowercase_flat_city_state": (
        "vive en 512 leesburg pike, apartamento 7, falls church, virginia, sola.",
        ["leesburg", "apartamento 7", "falls church", "virginia"],
    ),
    "lowercase_flat_alone": (
        "vive en 512 leesburg pike, apartamento 7, sola.",
        ["apartamento 7"],
    ),
    "capitalized_flat": (
        "Mi hermano vive en Jr. Ayacucho 345, Dpto. 12, Huancayo.",
        ["Ayacucho", "Dpto. 12"],
    ),
    "abbreviated_flat_and_number_sign": (
        "su dirección es av. san martín 1020, apto. n° 5, lima.",
        ["martín", "apto", "n° 5"],
    ),
    "state_spelled_out": (
        "ahora vive en 88 main street, paterson, new jersey, con sus hijos.",
        ["main", "paterson", "new jersey"],
    ),
}

KEPT = {
    "a_girl_named_virginia": (
        "mi hija virginia vive en paterson, con su esposo.",
        ["paterson"],
    ),
    "a_flat_without_a_street": (
        "compró un apartamento, 3 cuartos, en huancayo.",
        ["apartamento", "3 cuartos", "huancayo"],
    ),
    "a_state_without_an_address": (
        "mi cuñado trabaja en virginia, en la construcción.",
        ["virginia", "construcción"],
    ),
}

test_identifier_is_gone, test_content_is_kept = gone_and_kept(GONE, KEPT)
