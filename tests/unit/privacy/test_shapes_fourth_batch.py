"""Shapes of addresses and birth dates from the fourth unseen batch, each written anew
with its cause and not its strings, and the research content beside them that must
come back unchanged. Examples written for these tests.
"""

from __future__ import annotations

import pytest

from privacy import scrub_for_cli

GONE = {
    # A US street named by a suffix beyond "Street" and "Avenue", then the flat, the
    # city, and the state with its ZIP code.
    "us-pike-with-a-suite": (
        "Mi cuñado vive en 118 Lancaster Pike, Suite 4, Wilmington, DE 19805, con su tío.",
        ["118", "Lancaster Pike", "Suite 4", "Wilmington", "19805"],
    ),
    "us-terrace-with-a-unit": (
        "La dirección es 77 Garden Terrace, Unit 12, Newark, NJ 07102.",
        ["77", "Garden Terrace", "Unit 12", "Newark", "07102"],
    ),
    "us-circle": ("Mándale a 2390 Oak Circle, Apt 5, Raleigh, NC 27601.", ["Oak Circle"]),
    # Argentina's and Uruguay's boulevards, the floor after the number, the city after.
    "boulevard-abbreviated": (
        "Mi prima vive en Bvd. Artigas 1520, 3er piso, Montevideo, desde el 2019.",
        ["Bvd", "Artigas", "1520", "Montevideo"],
    ),
    "boulevard-in-full": (
        "Su casa está en Bulevar Oroño 845, Rosario. Ahí trabaja.",
        ["Bulevar", "Oroño", "845", "Rosario"],
    ),
    # The plot a road's kilometre names is part of the address, with the town after it.
    "plot-of-a-kilometre": (
        "Trabajé en la chacra del km 58 de la Carretera Central, Matucana, dos años.",
        ["chacra", "58", "Matucana"],
    ),
    "hacienda-of-a-kilometre": (
        "Nos llevaron a la hacienda del kilómetro 210 de la Panamericana Norte, Huarmey.",
        ["hacienda", "210", "Huarmey"],
    ),
    # A run of births goes on in the next sentence, by the next child, then the date.
    "second-child-in-the-next-sentence": (
        "Mi primera hija nació el 3 de abril del 2001. La segunda, Maribel, el 20 de junio "
        "del 2004. Después vino la sequía.",
        ["3 de abril", "20 de junio", "2004"],
    ),
    "youngest-in-the-next-sentence": (
        "El mayor nació el 14 de enero de 1998, en la posta. El menor, el once de agosto "
        "del dos mil tres.",
        ["14 de enero", "once de agosto", "dos mil tres"],
    ),
}

KEPT = {
    # "en el km" tells where the family's plot is; only the kilometre is the address.
    "plot-in-a-kilometre": "Tenemos una chacra en el camino, a 5 km de la carretera.",
    "boulevard-without-a-number": "Paseamos por el bulevar de la plaza los domingos.",
    "boulevard-named-alone": "Fuimos al Bv. Oroño a ver el desfile.",
    # After a birth, the next sentence's dates are the story's unless a child opens it.
    "fiesta-after-a-birth": "Mi hijo nació en mayo. La fiesta es el 25 de julio.",
    "second-day-after-a-birth": (
        "Mi hijo nació en mayo. El segundo día de la fiesta, el 25 de julio, bailamos."
    ),
    "another-year-after-a-birth": "Mi hijo nació en mayo. El otro año, el 25 de julio, llovió.",
}


@pytest.mark.parametrize(("text", "gone"), GONE.values(), ids=GONE.keys())
def test_identifier_is_gone(text: str, gone: list[str]) -> None:
    out = scrub_for_cli(text)
    for value in gone:
        assert value not in out, out


@pytest.mark.parametrize("text", KEPT.values(), ids=KEPT.keys())
def test_research_content_is_kept(text: str) -> None:
    assert scrub_for_cli(text) == text


def test_the_date_after_a_birth_run_stays_when_no_child_opens_the_sentence() -> None:
    out = scrub_for_cli("Mi hijo nació el 2 de mayo de 2010. La fiesta es el 25 de julio.")
    assert "2 de mayo" not in out and out.endswith("La fiesta es el 25 de julio."), out


def test_a_plot_in_a_kilometre_keeps_the_plot() -> None:
    out = scrub_for_cli("Tenemos una chacra en el km 42 de la Carretera Central, pasando.")
    assert out.startswith("Tenemos una chacra en el ") and "42" not in out, out
