import unicodedata

import pytest

from privacy import Gazetteer, ScrubContext, scrub_for_cli, scrub_free_text
from privacy.known import KnownValues

ROSTER = ["Rosa Quispe Huamán", "Teófilo Ccanto Yauri"]


@pytest.mark.parametrize(
    "mention",
    [
        "Rosa Quispe Huamán",
        "Rosa",
        "Huamán",
        "Huaman",
        "HUAMAN",
        "huamán",
        unicodedata.normalize("NFD", "Huamán"),
        "Teófilo",
        "TEOFILO",
        "teofilo ccanto",
    ],
    ids=[
        "full",
        "first-alone",
        "surname-alone",
        "no-accent",
        "upper",
        "lower",
        "nfd",
        "second-person",
        "second-upper",
        "lower-full",
    ],
)
def test_known_name_vanishes_in_every_spelling(mention):
    out = scrub_for_cli(f"Ayer {mention} llegó de la chacra.", known_names=ROSTER)
    assert "[PERSONA-" in out
    assert mention not in out


def test_same_person_keeps_one_number_in_a_submission():
    context = ScrubContext(known=KnownValues.from_names(ROSTER))
    first = scrub_free_text("Rosa Quispe se fue a Lima.", context=context)
    second = scrub_free_text("Teófilo no quiso. Después Rosa volvió.", context=context)
    assert first == "[PERSONA-1] se fue a Lima."
    assert second == "[PERSONA-2] no quiso. Después [PERSONA-1] volvió."


def test_place_surname_alone_stays_a_place():
    out = scrub_for_cli("Flor Lima se fue a Lima.", known_names=["Flor Lima Ccanto"])
    assert out == "[PERSONA-1] se fue a Lima."


def test_common_word_name_is_redacted_only_with_a_capital():
    out = scrub_for_cli("Flor compró una flor.", known_names=["Flor Taipe"])
    assert out == "[PERSONA-1] compró una flor."


def test_people_joined_by_y_are_two_people():
    out = scrub_for_cli("Rosa y Teófilo", known_names=ROSTER)
    assert out == "[PERSONA-1] y [PERSONA-2]"


def test_gazetteer_redacts_study_names_and_ngos_without_storing_them():
    key = b"g" * 32
    gazetteer = Gazetteer.build(["Eusebio Paucar", ("Kusi Warma", "organization")], key=key)
    stored = gazetteer.to_json()
    assert "paucar" not in stored.lower()
    assert "kusi" not in stored.lower()
    loaded = Gazetteer.from_json(stored, key=key)
    out = scrub_free_text(
        "La gente de Kusi Warma visitó a PAUCAR.", context=ScrubContext(gazetteer=loaded)
    )
    assert out == "La gente de [ONG-1] visitó a [PERSONA-1]."


def test_gazetteer_with_another_key_finds_nothing():
    # A surname no lexicon holds: only the gazetteer could find it.
    gazetteer = Gazetteer.build(["Eusebio Ccapatinta"], key=b"g" * 32)
    other = Gazetteer.from_json(gazetteer.to_json(), key=b"h" * 32)
    out = scrub_free_text("vino ccapatinta", context=ScrubContext(gazetteer=other, use_model=False))
    assert out == "vino ccapatinta"


def test_kin_word_before_a_name_redacts_an_unknown_name():
    assert scrub_for_cli("Mi cuñado Epifanio Llancari vive allá.") == (
        "Mi cuñado [PERSONA-1] vive allá."
    )


def test_ngo_word_before_a_name_redacts_the_ngo():
    assert "[ONG-1]" in scrub_for_cli("Nos apoyó la Asociación Wiñay Ayllu con semillas.")


def test_ner_plugin_spans_are_used():
    class Plugin:
        def find(self, text):
            start = text.index("Zenón")
            return [(start, start + len("Zenón"), "PERSONA")]

    out = scrub_free_text("vino zenón y Zenón", context=ScrubContext(ner=Plugin()))
    assert out.endswith("y [PERSONA-1]")
