"""Shapes of IDs, addresses and birth dates from the second unseen batch, each written
anew with its cause and not its strings, and the research content beside them that must
come back unchanged. Examples written for these tests.
"""

from __future__ import annotations

import pytest

from privacy import scrub_for_cli

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
}

KEPT = {
    "nationality-and-a-date": "Le dieron la nacionalidad el 5 de mayo de 2010.",
    "national-strike-date": "El paro nacional fue el 12 de enero de 2023 y duró una semana.",
    "national-university-founded": "El censo nacional se hizo el 3 de mayo de 1959.",
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
