"""Addresses read out, numbers and letters in words (`privacy.read_out_addresses`, and
`places._SPELLED_LOT` for the lots): a lot in a settlement with its zone's parts and its
settlement before it, a unit of Huaycán, a road's kilometre, a street with a number under
a hundred that closes its clause, a flat by its ordinal, a US address said number first,
a Japanese one read out. Kept: a fare, a road in a story's sentence, a count of zones, a
street named alone, a sale of a block and a lot."""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "a_lot_with_its_letter_told_by_a_word": (
        "su direccion es asentamiento humano señor de los milagros manzana be de burro lote"
        " catorce, ate... ahi alquila un cuartito.",
        ["señor de los milagros", "manzana be de burro", "lote catorce"],
    ),
    "a_lot_after_its_sector_and_group": (
        "alquilamos un cuarto en sector tres grupo veinticuatro manzana e lote cinco, villa el"
        " salvador, por el parque industrial.",
        ["sector tres grupo veinticuatro", "manzana e lote cinco"],
    ),
    "a_unit_of_huaycan_with_its_lot_and_zone": (
        "La dirección exacta es UCV ciento cuarenta y dos, lote ocho, zona J, Huaycán, es la"
        " casa de mi tío.",
        ["ciento cuarenta y dos", "lote ocho", "zona J"],
    ),
    "a_kilometre_read_out": (
        "el fundo queda en el kilometro doscientos ochenta y nueve de la panamericana sur,"
        " santiago, en santiago de ica pues.",
        ["doscientos ochenta y nueve", "panamericana sur"],
    ),
    "a_street_number_under_a_hundred_then_its_floor": (
        "vive en un piso en calle marcelo usera cuarenta y ocho, segundo be, usera, eso me dicto.",
        ["marcelo usera", "cuarenta y ocho", "segundo be"],
    ),
    "a_lowercase_district_of_several_words_after_the_lot": (
        "alquilamos un cuarto en sector tres grupo veinticuatro manzana e lote cinco, villa el"
        " salvador, por el parque industrial.",
        ["villa el salvador"],
    ),
    "a_us_address_number_first_read_out": (
        "Su dirección me la dictó: ciento dieciocho Market Street, apartamento tres be,"
        " Paterson, New Jersey. El teléfono es otro.",
        ["ciento dieciocho", "Market Street", "apartamento tres be", "Paterson"],
    ),
    "a_us_address_number_first_then_de_la_calle": (
        "vive en doscientos catorce de la calle ferry, departamento tres, newark, ahi mando.",
        ["doscientos catorce", "ferry", "departamento tres"],
    ),
    "a_japanese_address_read_out": (
        "Vivía en Nishikoizumi dos chome, catorce guion siete, Oizumi-machi, Gunma, en un apato.",
        ["Nishikoizumi", "dos chome", "catorce guion siete"],
    ),
    "a_japanese_housing_block_read_out": (
        "Vivíamos en Homi Danchi, edificio ocho, departamento trescientos dos, Toyota, ahí.",
        ["Homi Danchi", "edificio ocho", "trescientos dos"],
    ),
}

KEPT = {
    "a_sale_of_a_block_and_a_lot": (
        "vendió la manzana y el lote tres a su cuñado.",
        ["la manzana y el lote tres"],
    ),
    "an_amount_before_de_la_calle": (
        "pagamos ciento veinte de la calle al mercado.",
        ["ciento veinte de la calle al mercado"],
    ),
    "metres_along_an_avenue": (
        "caminamos doscientos metros por la avenida principal.",
        ["doscientos metros"],
    ),
    "a_district_named_alone": (
        "mi prima vive en villa el salvador, por el parque industrial.",
        ["villa el salvador"],
    ),
    "a_fare": ("el pasaje costaba cuarenta, y de ahi otro carro hasta Lircay.", ["cuarenta"]),
    "a_road_in_a_story": (
        "en el kilometro cinco de la carretera hubo un accidente, murieron tres.",
        ["hubo un accidente"],
    ),
    "a_count_of_zones": (
        "sector tres, grupo dos, todos vinieron a la faena.",
        ["sector tres, grupo dos"],
    ),
    "a_street_named_alone": (
        "la calle principal cuarenta, dicen, ya no tiene pistas.",
        ["calle principal cuarenta"],
    ),
}

test_address_is_gone, test_content_is_kept = gone_and_kept(GONE, KEPT)
