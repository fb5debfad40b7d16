"""Numbers said again, begun and dropped, or corrected, near a number dictated whole;
the digit said twice ("doble nueve"); an ID read as one cardinal its papers were named
for a sentence or two before; a letter spelled after a comma; a girl's fifteenth
birthday party as a birth cue (`privacy.spoken`, `privacy.births`)."""

from __future__ import annotations

import pytest

from privacy.spoken import _digits_of
from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "number_begun_and_dropped": (
        "a ver, aquí: siete cinco dos... no, esa es otra hoja. aquí: nueve siete cinco, "
        "dos uno cero, ocho ocho tres. ese es.",
        ["siete cinco dos", "nueve siete cinco"],
    ),
    "a_group_corrected": (
        "es novecientos sesenta y uno, trescientos veinte, cuatrocientos once. "
        "no, abuela, es cuatrocientos diecisiete. ya, novecientos sesenta y uno, "
        "trescientos veinte, cuatrocientos diecisiete.",
        ["cuatrocientos diecisiete", "cuatrocientos once"],
    ),
    "a_group_asked_back": (
        "su celular es nueve cinco cuatro, siete siete uno, cero dos tres. ¿nueve cinco "
        "cuatro? sí, así empieza.",
        ["nueve cinco cuatro"],
    ),
    "digit_said_twice": (
        "el número de mi hijo es nueve doble ocho, cuatro uno dos, siete seis cero.",
        ["doble ocho", "cuatro uno dos"],
    ),
    "digit_said_thrice_piece": (
        "anote: nueve cuatro triple cero, dos uno, cinco cinco. triple cero, sí.",
        ["triple cero, dos"],
    ),
    "rut_as_one_cardinal": (
        "¿mi rut? ¿para qué? ah, para la ficha. es dieciocho millones cuatrocientos "
        "veinte mil trescientos nueve, guion, cuatro. vivo en maipú.",
        ["dieciocho millones", "trescientos nueve", "guion, cuatro"],
    ),
    "dni_far_from_its_cue": (
        "su documento de allá lo tengo en una foto, me la mandó: treinta y cuatro "
        "millones ciento doce mil seiscientos cinco.",
        ["treinta y cuatro millones", "seiscientos cinco"],
    ),
    "nie_letters_after_commas": (
        "mi nie era zeta, cuatro ocho uno dos siete seis cero, jota.",
        ["zeta", "jota", "cuatro ocho uno"],
    ),
    "fifteenth_birthday_party": (
        "le prometió volver para su quinceañera, el 14 de febrero, y no llegó.",
        ["14 de febrero"],
    ),
}

KEPT = {
    "sums_near_a_phone": (
        "su número es nueve ocho siete, seis cinco cuatro, tres dos uno. me manda "
        "ciento cincuenta cada quincena, a veces trescientos veinte al mes.",
        ["ciento cincuenta", "trescientos veinte"],
    ),
    "a_pension_near_a_phone": (
        "el celular de mi hija es nueve nueve cinco, dos cero cuatro, uno uno ocho. "
        "cobro pensión sesenta y cinco, doscientos cincuenta cada dos meses.",
        ["doscientos cincuenta", "sesenta y cinco"],
    ),
    "a_year_near_a_phone": (
        "llámelo al nueve cuatro uno, dos dos tres, siete siete ocho. se fue en mil "
        "novecientos noventa y dos, con la violencia.",
        ["novecientos noventa y dos"],
    ),
    "a_piece_far_from_any_number": (
        "nueve ocho siete... así se llamaba el grupo de la radio.",
        ["nueve ocho siete"],
    ),
    "millions_that_are_a_price": (
        "con mi dni saqué el préstamo; la casa costó dos millones trescientos mil pesos.",
        ["dos millones trescientos mil"],
    ),
    "a_class_party": (
        "el quinceañero de la promoción fue el 5 de mayo en el local comunal.",
        ["5 de mayo"],
    ),
}

test_identifier_is_gone, test_content_is_kept = gone_and_kept(GONE, KEPT)


@pytest.mark.parametrize(
    ("said", "digits"),
    [
        ("novecientos ochenta y dos cuatrocientos quince seiscientos trece", "982415613"),
        ("nueve doble nueve tres cuatro cero", "999340"),
        ("nueve cuatro triple cero", "94000"),
        ("mas cincuenta y cuatro nueve once", "54911"),
        ("nueve 6148 2075", "961482075"),
        ("ciento cincuenta", "150"),
        ("cien", "100"),
        ("cero veintiuno", "021"),
        ("nueve de mayo", ""),
    ],
)
def test_digits_of(said: str, digits: str) -> None:
    assert _digits_of(said.split()) == digits
