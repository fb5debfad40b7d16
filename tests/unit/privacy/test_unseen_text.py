"""Recognizers for interview text nobody here has seen (issue 14): each row is a text and
the words that must go (positive) or the text that must come back unchanged (negative:
amounts, years, prices, counts and places that look like identifiers or names).

The examples are written for these tests; none comes from a development set.
"""

from __future__ import annotations

import pytest

from privacy import scrub_for_cli
from tests.unit.privacy.tables import gone_and_kept, scrubbed_and_same

LEAVES = [
    # Identifiers after a cue that names a registry, shorter than seven digits.
    ("Su código de socio es 0471, ya pagó.", ["0471"]),
    ("Mi número de trabajador es 004718.", ["004718"]),
    ("La historia clínica es la 245873.", ["245873"]),
    ("Su carnet de allá es 6148392 LP.", ["6148392", "LP"]),
    # The department dotted: nothing of it left, not even a letter.
    ("Ella tiene su carnet boliviano, el 4827361 L.P., y ya.", ["4827361", "L.P", "P."]),
    ("Su CI es 6148392-1B.", ["6148392"]),
    # Numbers dictated or typed in small groups.
    (
        "Su número es novecientos ochenta y siete, seiscientos cincuenta y cuatro, "
        "trescientos veintiuno.",
        ["novecientos", "seiscientos", "trescientos"],
    ),
    ("Es el 9 8 7, 6 5 4, 3 2 1.", ["9 8 7", "3 2 1"]),
    ("El correo: rosita noventa y dos arroba yahoo punto com.", ["rosita", "noventa", "yahoo"]),
    # Birth dates in a list, with or without "y".
    (
        "Rubén nació el 23 de marzo del 2005, Soledad el 8 de julio del 2008 y el último, "
        "Jhonatan, el 30/01/2012.",
        ["23 de marzo", "8 de julio", "30/01/2012"],
    ),
    ("Mi nieto cumplió años el 19 de setiembre.", ["19 de setiembre"]),
    # Addresses: km of a road, settlements named after a date, US streets with a direction.
    ("Tenemos la chacra en el km 42 de la Carretera Central.", ["42"]),
    ("Vivo en Asentamiento Humano 9 de Octubre, manzana F, lote 22, Ate.", ["Octubre", "22"]),
    ("Vive en Mz. K Lt. 14, AA.HH. Los Claveles, San Juan de Lurigancho.", ["Claveles"]),
    ("Vive en 4120 S Figueroa St, Los Angeles, CA 90037.", ["4120", "Figueroa", "90037"]),
    # Organizations abroad, acronyms, and names set off after what they are.
    ("Trabaja en Garden State Landscaping desde 2018.", ["Garden", "Landscaping"]),
    ("Trabajé en Ramírez Roofing LLC en Houston.", ["Ramírez", "Roofing"]),
    ("Estuve en la fábrica de Kanto Seiki en Gunma.", ["Kanto", "Seiki"]),
    ("Antes estuve en CEPRODA, con el ingeniero.", ["CEPRODA"]),
    ("Trabaja en un restaurante, Pio Pio, en Queens.", ["Pio"]),
    ("Nuestra organización, Kusi Pacha, trabaja con las comunidades.", ["Kusi", "Pacha"]),
    # Names in lowercase, after titles and roles.
    ("Yo con wilmer y yony nos fuimos a la selva.", ["wilmer", "yony"]),
    ("El patrón era don pancho ruíz... bueno, pancho nomás le decíamos.", ["pancho", "ruíz"]),
    ("la señora maximiliana me dijo. maximiliana vende papas.", ["maximiliana"]),
    ("El presidente es Abdón Ccente y la secretaria Fidelia.", ["Abdón", "Fidelia"]),
    ("Casi todas se fueron. La chola está en Lima, manda plata.", ["chola"]),
    # Places and public bodies in a study's streets and NGOs named without a head word.
    ("Viven en el anexo Pampahuasi, sector 2, lote 14.", ["Pampahuasi", "14"]),
    ("Después vino World Vision con su programa.", ["World", "Vision"]),
    ("Mi hija estudia en el IESTP Huancavelica.", ["IESTP", "Huancavelica"]),
    ("Trabajé en Agrokasa, una agroexportadora de Ica.", ["Agrokasa"]),
    ("Mi matrícula es la 20-1873.", ["1873"]),
    ("Mi usuario es rosita_92 en Facebook.", ["rosita_92"]),
    ("Su Instagram es @rosa.huaman, ahí sube fotos.", ["rosa.huaman"]),
    ("El comandante era Ignacio, alias el Puma.", ["Puma"]),
    ("Se casó con Yuki, una japonesa.", ["Yuki"]),
    ("Trabaja en Miami en Sunrise Senior Living.", ["Sunrise", "Living"]),
    ("Tienen un almacén, Minimarket Doña Yanet, en Quinta Normal.", ["Yanet"]),
    ("Vive en 1450 NW 7th St, Miami, FL 33125.", ["1450", "7th", "33125"]),
    ("su mamá doña teófila vende queso.", ["teófila"]),
    ("Mi hija vive en Villa El Salvador, sector 2 grupo 14 manzana F lote 9.", ["14", "lote 9"]),
    ("Amparo, mi vecina, me cuida los animales.", ["Amparo"]),
    ("Estudio en el cepre de la UNH, pago por ciclo.", ["UNH"]),
]

KEEPS = [
    # Amounts, counts, years and prices after words that look like cues or streets.
    "El número de familias es 1200.",
    "El código del año 2019 no cambió.",
    "La ficha costó 4500 soles.",
    "Quiero ir pero el pasaje cuesta 3 500 soles.",
    "Tengo 3, 4, 5 y 6 hijos.",
    "Los años 80, 81, 82, 83, 84, 85 fueron duros.",
    "Vendimos 120, 130, 150, 200, 210 y 300 kilos.",
    "Pagamos mil doscientos soles por trescientas cincuenta ovejas.",
    # A sentence's opening verb is not a street; a distance is not a kilometre post.
    "Vive allá. Manda 200 dólares cada dos meses.",
    "Pasamos por Chosica. Caminamos 5 km hasta el pueblo.",
    "Se casaron en la iglesia. Tienen 3 hijos.",
    "Fuimos de Bellavista. Ganaba 1 250 soles al mes.",
    # Public bodies and words that are also names.
    "Coordinamos con la UGEL y con la DEMUNA.",
    "Cada traslado es un trámite más en el SIAGIE.",
    "Ya estoy en quinto año y don de palabra no tengo.",
    "Sembramos sara y papa en la chacra.",
    "En la fiesta los negritos bailan en la plaza.",
    "Somos del sector 3 de la comunidad y en el lote 4 sembramos papa.",
    "La paz y esperanza volvieron al pueblo.",
    "Vive en Huancayo, una ciudad grande.",
    "Lo vi en Facebook, sube fotos de la fiesta.",
    "La reunión es a las 3 @ la plaza.",
    "Vino un chico de Puno, un joven muy trabajador.",
    "Bueno, mi hija, así es. Ayer, mi hermano vino.",
    "Lima, mi hermano, es muy grande para vivir.",
    "Le hicieron el TAC y pasó a la UCI.",
    "Sus cuyes los vende doña en la feria.",
    "Trabajaba con el teniente gobernador. Compramos una flor para la fiesta.",
]


test_identifiers_in_unseen_text_are_scrubbed, _ = gone_and_kept(
    {t[:40]: (t, g) for t, g in LEAVES}, {}
)


_, test_research_content_that_looks_like_an_identifier_survives = scrubbed_and_same(
    {}, {t[:40]: t for t in KEEPS}
)


@pytest.mark.parametrize(
    "text",
    [
        "Nació el 3 de mayo, y el 25 de julio es la herranza.",
        "Ella nació el 3 de mayo, la fiesta es el 25 de julio.",
    ],
    ids=["and-then-fiesta", "comma-then-fiesta"],
)
def test_a_fiesta_after_a_birth_date_stays(text):
    out = scrub_for_cli(text)
    assert "3 de mayo" not in out
    assert "25 de julio" in out
