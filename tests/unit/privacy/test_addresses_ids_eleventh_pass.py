"""Addresses an eleventh batch wrote in shapes the tenth pass lacked: in a raw lowercase
transcript, a district whose name ends like a verb's form ("la victoria",
"independencia") after the house number, and a neighbourhood's head and name after a
lowercase street ("urbanizacion ..."); in the United States, a post office box, a rural
road numbered by the county ("Lane 11", "County Road 9") and the floor or flat after
the street; a Japanese address typed in lowercase without commas, or its town's initial
with a macron; a zone or stage named by its ordinal before the street ("Collique
Cuarta Zona, Jr. ..."); a settlement named after a devotion ("aa.hh. señor de
luren"); a member's code told of someone by name ("X es ABC-031"). And the
look-alikes that stay. Also a Chilean RUT whose check digit is typed as a lowercase
"k" ("24.813.576-k")."""

import pytest

from privacy import scrub_for_cli
from tests.unit.privacy.tables import scrubbed_and_same

ADDRESSES = {
    # A known district after a lowercase house number, its name ending like a verb;
    # a verb's form after it stays.
    "vivia-en-jr-ancash": (
        "vivia en jr ancash 772 la vendia en el mercado",
        "vivia en [DIRECCIÓN] la vendia en el mercado",
    ),
    "me-alojaba-en-jr": (
        "me alojaba en jr ancash 772 la victoria con mi primo",
        "me alojaba en [DIRECCIÓN] con mi primo",
    ),
    "paraba-en-calle-zela": (
        "paraba en calle zela 318 independencia cerca al mercado",
        "paraba en [DIRECCIÓN] cerca al mercado",
    ),
    "arrendamos-en-pasaje-las": (
        "arrendamos en pasaje las violetas 0931, independencia, una pieza chica",
        "arrendamos en [DIRECCIÓN], una pieza chica",
    ),
    # A neighbourhood's head and name after a lowercase street.
    "el-taller-queda-en": (
        "el taller queda en av los olivos 512 urbanizacion santa luzmila. ahi cosemos",
        "el taller queda en [DIRECCIÓN]. ahi cosemos",
    ),
    "alquilamos-en-jr-las": (
        "alquilamos en jr las moras 87 urb villa del mar, chimbote con mi tia",
        "alquilamos en [DIRECCIÓN] con mi tia",
    ),
    # A post office box, a county road, a floor after a US street.
    "me-escriben-a-p": (
        "Me escriben a P.O. Box 2291, Elko, NV 89801, allá llegan las cartas.",
        "Me escriben a [DIRECCIÓN], allá llegan las cartas.",
    ),
    "el-correo-va-a": (
        "El correo va a PO Box 58, Rawlins. Ahí lo recojo.",
        "El correo va a [DIRECCIÓN]. Ahí lo recojo.",
    ),
    "el-rancho-esta-en": (
        "El rancho está en 1718 Lane 9, Powell, WY 82435. Hay 900 ovejas.",
        "El rancho está en [DIRECCIÓN]. Hay 900 ovejas.",
    ),
    "la-casa-era-44": (
        "La casa era 44 County Road 12, Meeker. Cuidaba caballos.",
        "La casa era [DIRECCIÓN]. Cuidaba caballos.",
    ),
    "vivo-en-312-market": (
        "Vivo en 312 Market Street, 3rd floor, Paterson, NJ 07501. Trabajo en fábrica.",
        "Vivo en [DIRECCIÓN]. Trabajo en fábrica.",
    ),
    "rente-en-90-pine": (
        "Renté en 90 Pine Avenue, Apt 4B, Elizabeth. Era caro.",
        "Renté en [DIRECCIÓN]. Era caro.",
    ),
    # A Japanese address typed in lowercase without commas, and a town whose
    # initial carries a macron.
    "rentamos-en-kamikoizumi-2": (
        "rentamos en kamikoizumi 2-8-11 oizumi-machi ora-gun gunma. somos seis",
        "rentamos en [DIRECCIÓN]. somos seis",
    ),
    "paraba-en-higashi-1": (
        "paraba en higashi 1-4-20 hamamatsu-shi, con mi cuñado",
        "paraba en [DIRECCIÓN], con mi cuñado",
    ),
    "vivimos-en-ota-shi": (
        "Vivimos en Ōta-shi, Ōizumi 3-9-14, Gunma, en un cuarto.",
        "Vivimos en [DIRECCIÓN], en un cuarto.",
    ),
    # A settlement named after a devotion, after its lots.
    "tengo-mi-casa-en": (
        "tengo mi casa en mz h lt 22, aa.hh. señor de los milagros, pisco, ahi crio cuyes",
        "tengo mi casa en [DIRECCIÓN], ahi crio cuyes",
    ),
    "alquilo-en-mz-a": (
        "alquilo en mz a lote 6 asentamiento humano virgen del rosario. es barato",
        "alquilo en [DIRECCIÓN]. es barato",
    ),
    # The Japanese town with its suffix first, the prefecture after without one.
    "rentaba-en-ota-shi": (
        "rentaba en ota-shi nishiyajima 4-2-19, gunma, con mi hermano",
        "rentaba en [DIRECCIÓN], con mi hermano",
    ),
    # A lowercase US street after a two-letter quarter.
    "alquile-en-2210-sw": (
        "alquile en 2210 sw 8th street, con paisanos",
        "alquile en [DIRECCIÓN], con paisanos",
    ),
    # The zone or stage named by its ordinal after the area's name, before the street.
    "viviamos-en-ate-en": (
        "Vivíamos en Ate, en Huaycán Segunda Zona, Jr. Las Retamas 218. Era lejos.",
        "Vivíamos en Ate, en [DIRECCIÓN]. Era lejos.",
    ),
    "alquile-en-pachacutec-tercera": (
        "Alquilé en Pachacútec Tercera Etapa, Av. Los Pinos 45, un cuarto.",
        "Alquilé en [DIRECCIÓN], un cuarto.",
    ),
}


LOOK_ALIKES = {
    # A district's name alone, as a word of the story.
    "la-victoria-de-la": "la victoria de la seleccion fue en 1998 y todos celebramos",
    "celebramos-la-independencia-en": "celebramos la independencia en julio con desfile",
    # A street word with no number, a neighbourhood named alone.
    "la-urbanizacion-santa-luzmila": "la urbanizacion santa luzmila tiene parque y colegio",
    "caminamos-por-la-avenida": "caminamos por la avenida hasta la plaza",
    # A box, a lane, a road and a floor without an address.
    "le-mande-un-box": "Le mandé un box de regalo con 3 chompas.",
    "maneje-300-millas-por": "Manejé 300 millas por la Road 9 hasta el pueblo.",
    "en-1998-lane-y": "En 1998 Lane y yo trabajamos juntos.",
    "el-2nd-floor-del": "El 2nd floor del hotel estaba cerrado.",
    "cobraba-20-dolares-la": "Cobraba 20 dólares la hora en la Suite del hotel.",
    # Scores and a town alone, without a ward or city after the numbers.
    "el-partido-quedo-3": "el partido quedo 3-1-2 y despues fuimos a oizumi",
    "ganamos-2-1-en": "Ganamos 2-1 en Ōsaka, fue lindo.",
    "en-oizumi-machi-hay": "en oizumi-machi hay hartos peruanos",
}


test_addresses_of_the_eleventh_batch_are_removed, test_look_alikes_stay = scrubbed_and_same(
    ADDRESSES, LOOK_ALIKES
)


MEMBER_CODES = {
    "cada-socia-tiene-su": (
        "Cada socia tiene su carné; por ejemplo Teodora es CAQ-118 y yo soy CAQ-009.",
        "Cada socia tiene su carné; por ejemplo [PERSONA-1] es [ID] y yo soy [ID].",
    ),
    "en-el-padron-de": (
        "En el padrón de la asociación cada uno tiene código: Anselmo era APT-0457.",
        "En el padrón de la asociación cada uno tiene código: [PERSONA-1] era [ID].",
    ),
}


test_member_code_told_of_someone_is_removed, _ = scrubbed_and_same(MEMBER_CODES, {})


@pytest.mark.parametrize(
    "text",
    [
        # A score after a city's name is no address.
        "ganamos en ota-shi el partido 2-1-0 y nos fuimos",
        # A devotion's fiesta, not a settlement: no lot before it.
        "en la fiesta del señor de luren, en ica, bailamos toda la noche",
        # No registry named before; a place's code; no code at all.
        "Por ejemplo Teodora es CAQ-118 en la lista del torneo.",
        "En el padrón, Huancayo es JU-12 en el mapa.",
        "Cada socio tiene su carné; la sede es la casa comunal desde 2019.",
    ],
)
def test_codes_not_told_of_someone_stay(text: str) -> None:
    out = scrub_for_cli(text)
    assert "[ID]" not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "me contrataron con el rut, 23.517.904-k, en la fruta",
        "su run es 8.402.117-k y el de su hijo tambien termina en k",
    ],
)
def test_lowercase_check_digit_goes_with_its_rut(text: str) -> None:
    out = scrub_for_cli(text)
    assert "-k" not in out and "[ID]" in out, out


SHORT_NUMBERS_WITH_K = {
    "el-kilo-a-3": "el kilo a 3-k no se vende",
    "la-ruta-5-k": "la ruta 5-k queda lejos del fundo",
}


_, test_short_numbers_with_k_stay = scrubbed_and_same({}, SHORT_NUMBERS_WITH_K)
