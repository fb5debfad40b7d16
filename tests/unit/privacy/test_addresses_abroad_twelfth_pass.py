"""Addresses abroad and in lowercase transcripts, twelfth pass: the US city and state
code after a lowercase street, a settlement named after its head with an unaccented
"-ia", a lowercase neighbourhood before its street, and a lowercase district after the
house number closed by a stop."""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "us-city-state-lower": (
        "vivia en 230 grove st apt 2, elizabeth nj con mi cuñado",
        ["grove", "elizabeth", "nj"],
    ),
    "us-city-state-zip-lower": (
        "mi hermano vive en 41 main street, yonkers ny 10701 desde hace años",
        ["main", "yonkers", "10701"],
    ),
    "us-city-comma-state-zip-lower": (
        "vivimos en 1200 wilson blvd apt 5, arlington, va 22209, hay harta gente latina",
        ["wilson", "arlington", "22209"],
    ),
    "villa-after-comma-running-on": (
        "alla vivi en pasaje los andes 1840, villa soldati con mi hermano.",
        ["1840", "soldati"],
    ),
    "urb-name-ending-ia": (
        "me quede en jr los tulipanes 455 urb santa lucia san borja. luego volvi",
        ["tulipanes", "455", "lucia", "borja"],
    ),
    "barrio-before-street-lower": (
        "anote la direccion, barrio alto alberdi calle santa rosa 1820 cordoba, ahi le mando",
        ["alberdi", "1820"],
    ),
    "poblacion-comma-before-street-lower": (
        "vive en poblacion los nogales, pasaje tres 1450 maipu. trabaja en la feria",
        ["nogales", "1450", "maipu"],
    ),
    "settlement-lot-then-name": (
        "Vivo en un cuarto en Mz. K Lt. 9, AA.HH. Juan Pablo Segundo, Carabayllo, pago 300 soles.",
        ["Pablo", "Segundo", "Carabayllo"],
    ),
    "district-after-number-no-comma": (
        "alquilo en pasaje los boldos 3381 quinta normal. ya tengo mi carnet",
        ["boldos", "3381", "quinta normal"],
    ),
}
KEPT = {
    "state-code-that-is-a-word": (
        "vivia en 88 prospect avenue, brooklyn, va a la escuela con su primo",
        ["va a la escuela"],
    ),
    "villa-word-after-comma": (
        "vivo en calle los pinos 300, villa que es bonita dicen",
        ["villa que es bonita"],
    ),
    "verb-after-number": (
        "vivo en calle los sauces 245 hace tres años.",
        ["hace tres años"],
    ),
    "kin-after-number": (
        "le mando plata a calle sucre 245 mi mama.",
        ["mi mama"],
    ),
    "colonia-is-a-community": (
        "la colonia peruana hace la fiesta cada año en la plaza",
        ["colonia peruana"],
    ),
    "barrio-alone": (
        "en el barrio san vicente hay mucho peruano, casi todos de huancavelica",
        ["barrio san vicente", "huancavelica"],
    ),
    "street-without-number": (
        "trabajaba en la calle florida vendiendo, en buenos aires.",
        ["florida", "buenos aires"],
    ),
    "town-after-de-no-number": (
        "Cosemos ropa para las tiendas de Lanús; la marca es nuestra y vendemos bien.",
        ["Lanús"],
    ),
    "town-after-en-no-number": (
        "Nos conocimos en Villa Lugano, en una fiesta del Señor de los Milagros.",
        ["Villa Lugano"],
    ),
    "amount-after-street-word": (
        "el pasaje cuesta 20 soles hasta huancayo.",
        ["20 soles", "huancayo"],
    ),
}

test_addresses_are_gone, test_content_is_kept = gone_and_kept(GONE, KEPT)
