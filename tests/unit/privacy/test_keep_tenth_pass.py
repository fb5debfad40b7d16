"""Research content shaped like an identifier that stays (tenth pass on over-redaction):
public documents numbered with their year and issuer, public investments' codes, a
kilometre of a road the sentence tells of, a fare after "pasaje", a birth day told again
as a fiesta's day, a saint's day after the saint, and a hospital named by a date. And
the identifiers of the same shapes that still go."""

import pytest

from privacy import scrub_for_cli
from privacy.employers import find_bare
from privacy.normalize import split_words
from tests.unit.privacy.tables import scrubbed_and_same

RESEARCH_CONTENT = {
    # A public document: number, year, issuer; or "N°" before number and year.
    "la-conciliacion-quedo-en": "La conciliación quedó en el acta N° 112-2022-DEMUNA y no se cumplió.",
    "el-permiso-sanitario-es": "El permiso sanitario es el registro 0871-2020-DIGESA, vence pronto.",
    "firmamos-el-convenio-n": "Firmamos el convenio N.° 024-2021-MDH con la municipalidad.",
    "eso-salio-por-la": "Eso salió por la ordenanza distrital N° 008-2018, todavía vale.",
    "el-oficio-n-045": "El oficio N° 045-2023-GRH llegó tarde.",
    "el-informe-nro-112": "El informe Nro. 112-2019 dice otra cosa.",
    # A public investment's code.
    "el-codigo-snip-204118": "el código SNIP 204118 está viable desde hace años",
    "con-codigo-unico-de": "Con código único de inversión 2 318 904 ya figura en la página.",
    "el-codigo-del-proyecto": "El código del proyecto es 2390771, cualquiera lo busca.",
    "la-obra-tiene-su": "La obra tiene su código 2287615 en Invierte, eso es público.",
    "el-proyecto-de-riego": "El proyecto de riego, código RIE-2022-017, sigue parado.",
    # A kilometre of a road the sentence tells of.
    "la-pista-esta-bloqueada": "La pista está bloqueada en el km 58 por los derrumbes.",
    "caminamos-por-la-carretera": "Caminamos por la carretera hasta el km 12 y ahí nos recogió el camión.",
    # A fare.
    "el-pasaje-de-40": "El pasaje de 40 soles hasta Ayacucho ya subió.",
    "pague-el-pasaje-a": "pagué el pasaje a S/ 25 hasta Lircay",
    "nos-cobran-15-soles": "nos cobran 15 soles por el pasaje y otros 5 por la carga",
    # A firm from a country or a known place.
    "vendimos-la-fibra-a": "vendimos la fibra a una empresa de Italia, a buen precio.",
    "la-quinua-la-compra": "La quinua la compra una empresa de Estados Unidos.",
}


FIESTA_DAYS_AND_PLACES = {
    # A birth day told again beside a fiesta or a holiday is the fiesta's day.
    "mi-ahijado-nacio-el": (
        "mi ahijado nació el 8 de diciembre del 2010, y justo el 8 de diciembre acá es feriado.",
        "mi ahijado nació el [FECHA], y justo el 8 de diciembre acá es feriado.",
    ),
    "yo-naci-el-08": (
        "yo nací el 08/09/1999, mi cumpleaños cae con la Virgen de Cocharcas, el 8 de setiembre.",
        "yo nací el [FECHA], mi cumpleaños cae con la Virgen de Cocharcas, el 8 de setiembre.",
    ),
    # A hospital named by a date, after the birth date.
    "mi-hijo-nacio-el": (
        "mi hijo nació el 2 de junio del 2019, en el Doce de Octubre, el hospital.",
        "mi hijo nació el [FECHA], en el Doce de Octubre, el hospital.",
    ),
}


test_days_of_fiestas_and_places_stay, test_research_content_stays = scrubbed_and_same(
    FIESTA_DAYS_AND_PLACES, RESEARCH_CONTENT
)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Cada año bailamos en la fiesta del patrón San Marcos, el 25 de abril, con banda.",
            "25 de abril",
        ),
        (
            "nació el 24/06/2011, en plena verbena de Sant Joan, el 24 de junio, con petardos",
            "24 de junio",
        ),
    ],
)
def test_a_saints_day_after_the_saint_stays(text: str, day: str) -> None:
    # Whoever takes the saint's name for a person's, the day after it is the fiesta's.
    assert day in scrub_for_cli(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # A child's CUI is its identity number.
        ("la bebita nació en marzo y su CUI es 79345120, sale en el acta", "79345120"),
        ("su código único de identificación es 80112345", "80112345"),
        # A person's number after the project's cue.
        ("el código del proyecto y su DNI 41872365 los anoté", "41872365"),
        ("mi código de socio es 004718", "004718"),
        # Codes led by letters are a person's.
        ("su pasaporte EP-2023-447812 venció", "EP-2023-447812"),
        ("la historia clínica es la HC-2019-00471", "HC-2019-00471"),
        # A kilometre where someone lives or works is an address.
        ("en la carretera, en el km 17, ahí vivimos con mi hermano", "km 17"),
        ("Vendo emoliente en la Carretera Central km 9.5, Santa Clara, Ate.", "9.5"),
        ("vive en el campamento del km 47 de la carretera a Lircay", "47"),
        # A street named "pasaje" with a house number, money paid near it or not.
        ("vive en el pasaje Los Olivos 145, Comas", "145"),
        ("pagué 20 soles por el pasaje Santa Rosa 120, ahí vive", "Santa Rosa 120"),
        # A firm named after "empresa de".
        ("trabaja en la empresa de Juan Quispe en Lima", "Quispe"),
        # Two children's different birth days, and twins' repeated one with its year.
        ("Ana nació el 5 de mayo de 2010 y Luis el 7 de junio de 2012.", "7 de junio"),
        (
            "Ana nació el 5 de mayo de 2010 y su hermano también el 5 de mayo de 2010.",
            "5 de mayo",
        ),
    ],
)
def test_identifiers_of_the_same_shapes_go(text: str, secret: str) -> None:
    assert secret not in scrub_for_cli(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("en una tienda de ropa en Benavides, la tienda era de un chino", "Benavides"),
        ("cosía en un taller de bolivianos en Once, el taller cerró", "Once"),
    ],
)
def test_where_a_workplace_told_by_its_kind_is_no_bare_employer(text: str, place: str) -> None:
    found = find_bare(split_words(text))
    assert all(text[s.start : s.end] != place for s in found)


def test_a_bare_name_told_by_its_kind_still_goes() -> None:
    text = "trabajé en Agrovida, la empresa de uva"
    assert "Agrovida" in [text[s.start : s.end] for s in find_bare(split_words(text))]


def test_a_place_said_to_be_a_zone_after_it_stays() -> None:
    text = "mi hermano trabaja en la Zolfra, la zona franca, en una importadora"
    assert "Zolfra" in scrub_for_cli(text)
