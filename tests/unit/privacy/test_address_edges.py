"""The edges of an address (`privacy.address_edges`): the parts said before the ones a
finder took, each opened by a part's word and set off by a comma ("sector los álamos,
grupo 3, lote 12", "el sector tres, grupo once, manzana ce, lote cinco", "villa 1-11-14,
manzana 12, casa 40"), and the road a kilometre is on with the district after it ("km 34
de la carretera huancavelica-lircay, huachocolpa"); what follows it after commas: its flat,
a postal code with its town, a part, then up to two places ("bajos, 08905 L'Hospitalet de
Llobregat", "apartment four, Passaic, New Jersey"); a number said again or corrected
after a pause ("lote quince... no, dieciséis"); a street's kind typed lowercase before it
("la via Nizza 58"). Left: a district before the address,
a house of a relative, a clause after a road's kind, and a road named by its kind alone."""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "a_sector_before_the_group": (
        "vivo en parcona, en sector los álamos, grupo 3, lote 12, parcona, con paisanos.",
        ["los álamos", "grupo 3", "lote 12"],
    ),
    "parts_in_words": (
        "en el sector tres, grupo once, manzana ce, lote cinco, villa el salvador. alquilo.",
        ["sector tres", "grupo once", "manzana ce", "lote cinco"],
    ),
    "a_villa_by_its_number": (
        "vivíamos en villa 1-11-14, manzana 12, casa 40, bajo flores, en Buenos Aires.",
        ["1-11-14", "manzana 12", "casa 40"],
    ),
    "the_road_of_a_kilometre": (
        "vivíamos en el km 34 de la carretera huancavelica-lircay, huachocolpa, en cuartos.",
        ["km 34", "huancavelica-lircay", "huachocolpa"],
    ),
    "a_flat_and_a_postal_code_after": (
        "nos fuimos a Barcelona, a la calle Marina 231, bajos, 08905 L'Hospitalet de "
        "Llobregat, donde un paisano.",
        ["bajos", "08905", "Llobregat"],
    ),
    "an_apartment_and_a_state_after": (
        "Mi address es... two forty-five Monroe Street, apartment four, Passaic, New Jersey, jaja.",
        ["apartment four", "Passaic", "New Jersey"],
    ),
    "a_lot_corrected_after_a_pause": (
        "Mi tía vive en Ate, en el aa.hh. virgen de la candelaria mz. d lote quince... "
        "no, dieciséis, por el óvalo.",
        ["quince", "dieciséis"],
    ),
    "a_number_said_again": (
        "Vivo en un pasaje chiquito, psje. santa rosa ciento cuarenta y... cuarenta y "
        "ocho, chilca, a espaldas del mercado.",
        ["cuarenta y ocho", "chilca"],
    ),
    "a_street_kind_in_lowercase": (
        "Viven cerca de la estación, en la via Nizza 58, Torino. Trabajan ahí.",
        ["via", "Nizza", "Torino"],
    ),
}

KEPT = {
    "a_district_then_a_clause": (
        "vive en Jr. Lima 340, Huancayo, y trabaja en el mercado central.",
        ["trabaja en el mercado central"],
    ),
    "a_relative_s_house": (
        "vive en casa de mi tía, mz. b lote 4, en ate, desde el 2010.",
        ["casa de mi tía", "ate", "2010"],
    ),
    "a_clause_after_the_road": (
        "El km 27 de la carretera es donde más roban, en la curva.",
        ["es donde más roban", "curva"],
    ),
    "a_road_by_its_kind": (
        "hicimos zanjas del km 12 al km 16 de la trocha, pero todavía no llega.",
        ["trocha", "todavía no llega"],
    ),
}

test_address_part_is_gone, test_content_is_kept = gone_and_kept(GONE, KEPT)
