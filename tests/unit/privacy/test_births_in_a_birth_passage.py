"""Birth dates told in conversation, away from their cue (`privacy.births`, the passage
rule): inside a passage about a birth, a day and month told as a date of its own is a
birth date (an answer sentences after the question, a correction by another speaker, a
date read from a paper, the next items of a list of birthdays).
Kept: a date that opens a clause of its own ('el 16 de julio siempre hay fiesta'), a
date whose clause names another event (an assembly, a campaign, a fiesta), a birth day
told again as its fiesta, and passages that only look like births (years of service,
the Nativity, a body's founding)."""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "the_answer_sentences_after_the_question": (
        "¿Cuándo nació tu hijo? Dijo que para la fiesta de la Cruz, un día después. "
        "O sea 4 de mayo.",
        ["4 de mayo"],
    ),
    "corrected_by_another_speaker": (
        "E: ¿Y su esposa cuándo nació?\nP: El diez... no me acuerdo.\nEsposa: ¡Doce de abril, pues!",
        ["Doce de abril"],
    ),
    "the_next_birthdays_of_a_list": (
        "en abril cumplen dos: la yeni el 4 de abril y el brayan el 19 de abril, hacemos una torta.",
        ["4 de abril", "19 de abril"],
    ),
    "a_birthday_asked_back": (
        "P1: La Maritza cumple hoy, ¿no? 7 de agosto, le mandé su saludo.\n"
        "P2: No, mañana, el 8 de agosto.",
        ["7 de agosto", "8 de agosto"],
    ),
    "found_in_the_papers_later": (
        "Mi mamá no sabía cuándo nació, en tiempo de cosecha decía. Al final era el 3 de mayo "
        "de 1950, lo vimos en su partida.",
        ["3 de mayo", "1950"],
    ),
    "two_papers_that_disagree": (
        "A mí me inscribieron dos veces con distinta fecha de nacimiento. Una dice 5 de junio "
        "de 1978 y la otra 15 de junio de 1978.",
        ["5 de junio", "15 de junio"],
    ),
    "sent_from_a_town_away": (
        "No sabía cuándo nació mi suegra. Su hermano, desde Ica, nos mandó un audio: nueve de "
        "enero.",
        ["nueve de enero"],
    ),
    "corrected_afterwards": (
        "Decía que nació el catorce de abril, después se corrigió, no, el cuatro de abril, dice.",
        ["catorce de abril", "cuatro de abril"],
    ),
    "a_list_that_goes_on_with_but": (
        "En mayo cumplen dos: la mayor el 3 de mayo y la chiquita el 30 de mayo pero ella vive "
        "con su papá.",
        ["3 de mayo", "30 de mayo"],
    ),
}

KEPT = {
    "a_fiesta_that_opens_its_clause": (
        "Mi hijo nació en Lima. El 16 de julio siempre hay fiesta en el pueblo.",
        ["16 de julio"],
    ),
    "the_birth_day_told_again_as_its_fiesta": (
        "Nació el 25 de mayo de 2008, el día patrio de allá, el 25 de mayo, por eso el nombre.",
        ["25 de mayo"],
    ),
    "an_assembly_after_a_birth": (
        "Mi nieta nació en marzo. Después de la asamblea, el 12 de marzo, bajamos a Lircay.",
        ["12 de marzo"],
    ),
    "an_appointment_after_a_paper": (
        "La partida de mi hija la saqué en Huancayo. El 3 de mayo tengo cita en el RENIEC.",
        ["3 de mayo"],
    ),
    "a_campaign_after_a_birth": (
        "Mi hijo nació en mayo. La campaña de vacunación es el 20 de mayo.",
        ["20 de mayo"],
    ),
    "years_of_service": (
        "Cumplí 20 años de servicio en la posta, el 4 de junio, con almuerzo.",
        ["4 de junio"],
    ),
    "a_fiesta_after_a_saint_and_a_comma": (
        "Mi hijo nació en Lima. Después Santiago, el 25 de julio, hacemos fiesta.",
        ["25 de julio"],
    ),
    "the_day_after_a_fiesta": (
        "Nació en Ica, en la uva. Después del 28 de julio volvimos a Manta.",
        ["28 de julio"],
    ),
    "a_plant_that_flowers": (
        "mi hijo nació en la chacra. la rosa el 5 de junio florece.",
        ["5 de junio"],
    ),
}

test_birth_date_is_gone, test_other_date_is_kept = gone_and_kept(GONE, KEPT)
