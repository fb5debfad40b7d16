"""Birth dates of the eleventh round (`privacy.births`): the day one turns an age, said in
the first person ('cumplí el 20 de enero', 'cumplo 18 el 9 de marzo'); a passport's
abbreviated month and an Italian record's month; the year said before the day and month
('es del noventa y seis, once de marzo', 'nací el 1975, seis de enero'); one's true date
('mi fecha de verdad es'); a whole date after a clause with
"cuando" between the birth and the date. Left: duties done on a date ('cumplí con la
faena'), a journey's date written like a passport's, and a day and month without a year
after a "cuando" clause (a fiesta may be meant)."""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "turned_an_age_on_a_day": (
        "ahora tengo 16, cumplí el 20 de enero, y mi mamá no vino.",
        ["20 de enero"],
    ),
    "will_turn_an_age_on_a_day": (
        "Tengo 17 años, cumplo 18 el 9 de marzo y apenas cumpla me voy a Lima.",
        ["9 de marzo"],
    ),
    "will_turn_an_age_in_words": (
        "yo cumplo dieciocho el treinta de octubre y ahí recién me voy.",
        ["treinta de octubre"],
    ),
    "we_turn_years_on_a_day": (
        "con mi mellizo cumplimos años el 2 de junio, hacemos una sola torta.",
        ["2 de junio"],
    ),
    "passport_month": (
        "ahí sale mi fecha de nacimiento, 11 ENE 1999, y mi tía se ríe.",
        ["11 ENE 1999"],
    ),
    "passport_month_with_a_period": (
        "mi pasaporte dice 03 AGO. 1987, así con puntito.",
        ["03 AGO. 1987"],
    ),
    "italian_record": (
        "Allá nació mi hija, nació el 22 luglio 2011, así dice su partida.",
        ["22 luglio 2011"],
    ),
    "of_a_year_in_words_then_the_day": (
        "Ella es del noventa y seis, once de marzo.",
        ["noventa y seis", "once de marzo"],
    ),
    "of_a_short_year_then_the_day": (
        "Mi señora es del 69, 4 de enero, casi del mismo año somos.",
        ["69", "4 de enero"],
    ),
    "born_in_a_year_then_the_day": (
        "Yo nací acá, en Chanquil, el 1975, seis de enero, día de Bajada de Reyes.",
        ["1975", "seis de enero"],
    ),
    "ones_true_date": (
        "en el DNI salió mal; mi fecha de verdad es 1 de julio del 2004.",
        ["1 de julio del 2004"],
    ),
    "a_clause_with_cuando_then_a_whole_date": (
        "el mayor nació en huancayo, cuando estábamos desplazados, el 28 de julio del 94.",
        ["28 de julio del 94"],
    ),
}

KEPT = {
    "a_duty_done_on_a_day": (
        "cumplí con la faena el 3 de mayo, todos fuimos.",
        ["3 de mayo"],
    ),
    "a_journey_dated_like_a_passport": (
        "llegamos el 11 ene 2019 a Santiago, en marzo 2020 cerraron todo.",
        ["11 ene 2019"],
    ),
    "a_fiesta_after_a_cuando_clause": (
        "nació en Lircay, cuando era la fiesta, el 8 de septiembre, con banda.",
        ["8 de septiembre"],
    ),
    "a_year_then_a_day_without_a_birth": (
        "En 1975, seis de enero, llegó el primer camión al pueblo.",
        ["1975, seis de enero"],
    ),
    "a_fiesta_of_a_year_and_a_day": (
        "la fiesta es del 2010, 25 de noviembre, aniversario.",
        ["2010, 25 de noviembre"],
    ),
    "a_service_turned_on_a_day": (
        "cumplí 10 años de servicio el 1 de abril en la posta.",
        ["1 de abril"],
    ),
}

test_birth_date_is_gone, test_other_date_is_kept = gone_and_kept(GONE, KEPT)
