"""Organizations of the fourteenth round (`privacy.org_edges`): a firm's partners after
'&' go with its name ('Multiservicios Agrícolas J&R', 'Transportes Huamán & Hijos').
Kept: an '&' between ordinary words."""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "partners_joined_without_spaces": (
        "Nos contrata la service, Multiservicios Agrícolas J&R, y ellos se quedan con una parte.",
        ["J&R", "&R", "Agrícolas"],
    ),
    "partners_after_a_spaced_ampersand": (
        "Trabaja en Transportes Ccori & Hijos de chofer, en la ruta a Lima.",
        ["Ccori", "Hijos"],
    ),
}

KEPT = {
    "an_ampersand_between_words": (
        "Compramos arroz & azúcar en la bodega del pueblo.",
        ["arroz & azúcar"],
    ),
}

test_organization_is_gone, test_content_is_kept = gone_and_kept(GONE, KEPT)
