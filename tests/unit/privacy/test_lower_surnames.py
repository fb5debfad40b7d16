"""A lowercase name found, grown over the lowercase surname after it
(`privacy.lower_surnames`). Kept: the subject's verb, a district named after a saint or
a villa, a word after 'de la'."""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "a_surname_before_the_subjects_verb": (
        "entre porque mi esposa mariela higa es nikkei, su abuelo era de okinawa.",
        ["higa"],
    ),
    "a_nickname_said_again_with_its_surname": (
        "nos llevo un señor que le dicen el gringo, gringo caso, es de pampas.",
        ["caso"],
    ),
}

KEPT = {
    "the_subjects_verb": ("mi hermano wilfredo trabaja en lima.", ["trabaja en lima"]),
    "a_verb_of_saying": ("la señora rosa dice que no va a volver.", ["dice que"]),
    "a_district_named_after_a_villa": (
        "los domingos me voy a villa maria del triunfo donde mi prima.",
        ["del triunfo"],
    ),
    "a_word_after_de_la": ("le pusimos rosa de la partida, claro.", ["de la partida"]),
    "the_verb_before_its_object": ("la señora wilfrida recibe la plata del banco.", ["recibe"]),
}

test_surname_is_gone, test_content_is_kept = gone_and_kept(GONE, KEPT)
