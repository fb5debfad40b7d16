"""Shapes of IDs, addresses and birth dates from the second unseen batch, each written
anew with its cause and not its strings, and the research content beside them that must
come back unchanged. Examples written for these tests.
"""

from __future__ import annotations

import pytest

from privacy import scrub_for_cli
from privacy.address import extend_address, holds_money
from privacy.places import extend_locality

GONE = {
    # A birth date read whole although "Nacional" stands before "nació" in the window.
    "national-before-a-birth": (
        "Estudia en la Universidad Nacional del Centro, ingeniería. Yo tuve que ver lo de "
        "los papeles de todos: la menor, Nilda, nació el 9 de marzo del 2006 en la posta.",
        ["9 de marzo", "2006"],
    ),
    "nationality-before-a-birth": (
        "Tiene nacionalidad peruana; su hijo nació el 2 de octubre de 2015, en Ica.",
        ["2 de octubre", "2015"],
    ),
    # A member code whose letters carry a branch after a dash.
    "code-letters-with-a-branch": (
        "Ya es socia de la central, su código es CAFE-N 2217, le dieron carnet.",
        ["2217"],
    ),
    "card-letters-with-a-series": ("Mi carnet de socio es el APT-LA 30915.", ["30915"]),
    # A shop or an office after the house number, then the district.
    "shop-in-a-gallery": (
        "Su tienda queda en Av. Aviación 1320, tienda 108, San Borja.",
        ["1320", "108", "San Borja"],
    ),
    "office-after-the-number": (
        "La oficina es en Jr. Junín 455, oficina 12, Huancayo, al frente.",
        ["455", "oficina 12", "Huancayo"],
    ),
    # A zone named after the address, as Bolivia writes it.
    "zone-after-the-address": (
        "Mi cuñado vive en Calle Tumusla 770, zona Villa Fátima, El Alto, con su familia.",
        ["770", "Villa Fátima", "El Alto"],
    ),
    # A street named with no street word, known by the flat after its number.
    "street-without-a-street-word": (
        "Trabajé en Arenales 2214, piso 3, Recoleta, cuidando a una señora.",
        ["Arenales", "2214", "Recoleta"],
    ),
    "floor-told-first": ("Vivía en Santa Fe 3302, 5to piso, con ellos.", ["Santa Fe", "3302"]),
}

KEPT = {
    "nationality-and-a-date": "Le dieron la nacionalidad el 5 de mayo de 2010.",
    "national-strike-date": "El paro nacional fue el 12 de enero de 2023 y duró una semana.",
    "national-university-founded": "El censo nacional se hizo el 3 de mayo de 1959.",
    "members-since-a-year": "Somos socios de la CAFE-N desde 2015.",
    "rank-in-a-queue": "Me tocó el puesto 12 en la fila del banco.",
    "floors-counted": "La casa tiene 2 pisos, piso 1 de material noble.",
    "count-then-a-floor": "Compramos 20 sacos, piso 2 del almacén.",
    "year-then-a-floor": "Hasta 1990, piso 2 era de adobe.",
    "budget-in-soles-opening-a-sentence": "Fue aprobado. Son S/ 2 340 000 en cuatro años.",
    "dollars-opening-a-sentence": "Fue aprobado. Son US$ 85 000 para la planta.",
    "a-zone-named-alone": "En la zona El Gran Poder hay mucho comercio.",
}


@pytest.mark.parametrize(("text", "gone"), GONE.values(), ids=GONE.keys())
def test_identifier_is_gone(text: str, gone: list[str]) -> None:
    out = scrub_for_cli(text)
    for value in gone:
        assert value not in out, out


@pytest.mark.parametrize("text", KEPT.values(), ids=KEPT.keys())
def test_research_content_is_kept(text: str) -> None:
    assert scrub_for_cli(text) == text


def test_a_fiesta_named_between_two_dates_keeps_its_date() -> None:
    out = scrub_for_cli(
        "Mi nieto nació el 29/06/2014, justo en la procesión de San Pedro, el 29 de junio."
    )
    assert out.endswith("la procesión de San Pedro, el 29 de junio."), out
    assert "29/06/2014" not in out


def test_a_second_child_in_a_list_still_goes() -> None:
    out = scrub_for_cli("Mi hija nació el 3 de mayo de 2001, y mi hijo, el 8 de julio de 2004.")
    assert "8 de julio" not in out and "3 de mayo" not in out, out


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        ("Jr. Ucayali 318, B, al fondo.", ", B"),
        ("Motos del Oriente, S/ 90 al mes.", ""),
        ("Calle Real 12, S/N.", ""),
    ],
)
def test_a_door_letter_is_taken_and_the_sol_sign_is_not(text: str, taken: str) -> None:
    end = text.index(",") if "S/N" not in text else text.index(" S/N")
    assert text[end : extend_address(text, end)] == taken


def test_a_locality_stops_before_a_sum_in_soles() -> None:
    text = "Vive en Av. Lima 222, S/ 300 paga de alquiler."
    end = text.index(",")
    assert extend_locality(text, end) == end


@pytest.mark.parametrize(
    ("guess", "money"),
    [
        ("Son S/ 4 800", True),
        ("Son US$ 12 000", True),
        ("Jr. Lima S/N", False),
        ("Jr. Lima 345", False),
    ],
)
def test_a_guessed_address_holding_money_is_a_sum(guess: str, money: bool) -> None:
    assert holds_money(guess) is money


def test_a_sum_in_soles_after_a_shop_keeps_its_sign() -> None:
    out = scrub_for_cli("Compré en Ferretería del Sur, S/ 120 la bolsa.")
    assert out.endswith(", S/ 120 la bolsa."), out
