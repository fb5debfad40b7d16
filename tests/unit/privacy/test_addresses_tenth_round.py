"""Addresses of the tenth round (`privacy.places`, `privacy.address`): a US direction
with its dot, a lowercase Italian street with its flat or typed as 'corso', a settlement
named after a date or under a housing association's head, a block lettered and numbered,
a floor and door in lowercase, a road to a town, a sector with a capitalized name, and a
Japanese address with its number first."""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "us_direction_with_a_dot": (
        "vivía en 1532 s. alvarado st., apt 4, los angeles, ca 90006, con mi primo.",
        ["1532", "alvarado", "apt 4", "angeles", "90006"],
    ),
    "italian_lowercase_with_its_flat": (
        "vivimos en via antonio cantore 118 int. 9, genova, en sampierdarena.",
        ["antonio", "cantore", "118", "int. 9", "genova"],
    ),
    "italian_lowercase_corso_its_number_read_out": (
        "vivia en corso giulio cesare ochenta y ocho, torino, en un cuarto compartido.",
        ["giulio", "cesare", "ochenta y ocho", "torino"],
    ),
    "italian_lowercase_via_its_number_read_out": (
        "vive en via roma ciento doce, scala b, torino.",
        ["roma", "ciento doce", "torino"],
    ),
    "a_house_number_read_out_then_its_flat": (
        "vivia en calle los geranios cuatrocientos veinte, interior be, san martin de porres,"
        " con una prima.",
        ["geranios", "cuatrocientos veinte", "interior be", "san martin de porres"],
    ),
    "a_floor_and_flat_read_out": (
        "vivo en avenida rivadavia once mil doscientos cuarenta, piso dos, departamento ce,"
        " liniers, con mi señora.",
        ["rivadavia", "doscientos cuarenta", "piso dos", "departamento ce"],
    ),
    "a_number_read_out_after_numero_and_an_ordinal_floor": (
        "Vivía en calle de la Oca número cincuenta y dos, tercero be, Carabanchel, Madrid, con"
        " otros cuatro peruanos.",
        ["Oca", "cincuenta y dos", "tercero be", "Carabanchel"],
    ),
    "an_italian_street_number_read_out_after_numero": (
        "Su dirección allá es via Padova número ciento veinte, Milán, un departamento chiquito.",
        ["Padova", "ciento veinte"],
    ),
    "italian_lowercase_corso": (
        "vivía en corso giulio cesare 77, torino, con otros peruanos.",
        ["corso giulio", "cesare 77", "torino"],
    ),
    "settlement_named_after_a_date": (
        "vivíamos en aa.hh. 9 de octubre mz. g lt. 7, parcona, seis en un cuarto.",
        ["9 de octubre", "lt. 7", "parcona"],
    ),
    "housing_association_before_a_villa": (
        "vivo en asociación de vivienda villa los andes mz. d2 lt. 7, ate, alquilamos.",
        ["asociación de vivienda", "villa los andes", "d2", "lt. 7"],
    ),
    "block_lettered_and_numbered": (
        "vivo en villa los andes mz d2 lote 7 ate, alquilamos un cuarto.",
        ["los andes", "d2", "lote 7"],
    ),
    "floor_and_door_in_lowercase": (
        "vivía en calle marcelo usera 112, 3º b, madrid, con dos ecuatorianos.",
        ["usera 112", "3º b", "madrid"],
    ),
    "road_to_a_town": (
        "tiene su chacra en el km 18 de la carretera a sanibeni, pangoa. él se fue.",
        ["km 18", "sanibeni", "pangoa"],
    ),
    "road_to_a_capitalized_town": (
        "tiene su chacra en el km 18 de la carretera a Sanibeni, Pangoa. él se fue.",
        ["km 18", "Sanibeni", "Pangoa"],
    ),
    "sector_with_a_capitalized_name": (
        "estuve donde mi tía, en sector Las Brisas Mz. F Lt. 9, Anexo 22, Jicamarca, y luego.",
        ["sector Las Brisas", "Lt. 9", "Anexo 22"],
    ),
    "japanese_number_first": (
        "vivíamos en 2-14-7 kamiyabe, oizumi-machi, gunma, cuatro peruanos.",
        ["2-14-7", "kamiyabe", "oizumi-machi", "gunma"],
    ),
    "catalan_street_joined_by_dels": (
        "Vive en Carrer dels Tarongers Vells 58, 4t 1a, 08905 L'Hospitalet de Llobregat.",
        ["Carrer dels", "Tarongers", "58", "Hospitalet"],
    ),
    "us_concourse_in_lowercase": (
        "le mandé un paquete: 2140 grand concourse, apartamento 5c, bronx, nueva york. gracias.",
        ["2140", "grand concourse", "5c", "bronx"],
    ),
    "a_zone_before_its_street": (
        "vive en zona villa adela, calle 6 nro. 1123, el alto. / e: ¿y cómo se comunica?",
        ["zona villa adela", "1123"],
    ),
}

KEPT = {
    "a_count_of_walks_on_a_street": ("La calle principal mil veces la caminé.", ["mil veces"]),
    "a_street_number_told_apart": (
        "El número de la calle es cuatro, no me acuerdo más.",
        ["es cuatro"],
    ),
    "by_air_twice": ("Lo mandamos por via aerea dos veces, con 20 soles.", ["dos veces"]),
    "a_count_after_the_address": (
        "vivíamos en 2-14-7 kamiyabe, oizumi-machi, gunma, cuatro peruanos.",
        ["cuatro peruanos"],
    ),
    "a_road_to_a_time": (
        "llegamos al km 18 de la carretera a las 5 de la tarde.",
        ["las 5 de la tarde"],
    ),
    "a_score_is_no_address": (
        "el partido quedó 2-1-0 ganamos, fuimos al oizumi-machi festival.",
        ["2-1-0 ganamos"],
    ),
    "italian_via_as_a_way": (
        "se fue por via aerea 2 int, no sé.",
        ["via aerea 2"],
    ),
    "a_date_is_no_settlement": (
        "el 9 de octubre nos dieron el lote, en huancayo.",
        ["9 de octubre", "huancayo"],
    ),
    "a_zone_of_the_community": (
        "en la zona de abajo, calle 5 hay una posta.",
        ["zona de abajo"],
    ),
    "a_flat_after_a_count": (
        "vivía en calle marcelo usera 112, madrid, dos ecuatorianos y yo.",
        ["dos ecuatorianos"],
    ),
}

test_identifier_is_gone, test_content_is_kept = gone_and_kept(GONE, KEPT)
