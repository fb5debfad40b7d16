"""Birth dates of the eleventh round (`privacy.births`): the day one turns an age, said in
the first person ('cumplí el 20 de enero', 'cumplo 18 el 9 de marzo'); a passport's
abbreviated month and an Italian record's month; the year said before the day and month
('es del noventa y seis, once de marzo', 'nací el 1975, seis de enero'); one's true date
('mi fecha de verdad es'); a whole date after a clause with
"cuando" between the birth and the date; a date after a pause ('...') in the sentence of the
birth, a day begun and left before it ('el 20 de... 27 de marzo'), the date said again
after "perdón" or "no"; what a card, the SIS or a constancia carries ('en el carné está',
'figuraba', 'está escrito'), in digits or words; the month before the day after "es de"
('es de marzo 3 del 2007'); a month by its number set off by a comma. Left: duties done on a date ('cumplí con la
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
    "after_a_pause": (
        "mi hija la última nació un domingo de carnavales... el 15 de febrero del 2015.",
        ["15 de febrero del 2015"],
    ),
    "a_day_begun_and_left": (
        "a la hijita de Celestina, nació el 20 de... 27 de marzo, lo tengo anotado.",
        ["20", "27 de marzo"],
    ),
    "said_again_after_perdon": (
        "nació el 27 de marzo, perdón, veintisiete de marzo, un lunes.",
        ["27 de marzo", "veintisiete de marzo"],
    ),
    "a_day_corrected_after_a_pause": (
        "nació en enero, después de Año Nuevo... el cuatro... no, el cinco de enero.",
        ["cuatro", "cinco de enero"],
    ),
    "what_the_card_carries": (
        "en el carné está 15/11/2017, justo el día del partido.",
        ["15/11/2017"],
    ),
    "what_the_sis_carried": (
        "su wawa en el sis figuraba 21-10-2022 pero en la partida decía 12-10-2022.",
        ["21-10-2022", "12-10-2022"],
    ),
    "written_on_the_card": (
        "el niño, en su carné está escrito 13-09-2021, un año menos.",
        ["13-09-2021"],
    ),
    "the_papers_say_it_in_words": (
        "su partida dice cuatro de julio de 1990, pero nació antes.",
        ["cuatro de julio de 1990"],
    ),
    "of_a_month_then_the_day": (
        "el mayor es de marzo 3 del 2007, él ya está en lima.",
        ["marzo 3 del 2007"],
    ),
    "the_month_by_its_number_set_off": (
        "yo nací en el hospital, el dieciséis del siete, del 2005, para la virgen.",
        ["dieciséis del siete, del 2005"],
    ),
    "what_the_registrar_put": (
        "A mí me pusieron treinta de agosto del cuarenta y nueve, y nací en junio.",
        ["treinta de agosto", "cuarenta y nueve"],
    ),
    "what_the_sis_put_for_him": (
        "nació el dos de abril, pero en el sis le pusieron 4 de febrero. cuando llamé",
        ["dos de abril", "4 de febrero"],
    ),
    "registered_wrong": (
        "a mi hija la registraron mal, pusieron 12 de octubre, y no corrigen.",
        ["12 de octubre"],
    ),
    "my_named_one_is_of_a_day": (
        "ay, mi rosa es del 30 de agosto, como la santa rosa pues.",
        ["30 de agosto"],
    ),
    "a_husband_of_a_day": (
        "mi marido Gaudencio es de 2 de febrero también, como mi hija.",
        ["2 de febrero"],
    ),
    "the_eldest_had_on_a_day": (
        "a mi mayor, jean piero, lo tuve el veinticuatro de febrero del diecinueve.",
        ["veinticuatro de febrero"],
    ),
    "turning_my_years": (
        "Yo soy de quinto año. Cumplo mis 18 el diez de enero. Mis papás están en Ica.",
        ["diez de enero"],
    ),
    "a_long_clause_then_a_whole_date": (
        "él nació cuando su papá estaba en la mina, en Cerro de Pasco, creo que un jueves, "
        "el 17 de febrero de 2016.",
        ["17 de febrero de 2016"],
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
    "a_fiesta_after_a_correction": (
        "mi hijo nació el 3 de mayo, no, la fiesta es el 3 de mayo.",
        ["la fiesta es el 3 de mayo"],
    ),
    "a_faena_corrected_after_a_birth": (
        "mi hijo nació el 3 de mayo. el 10... no, el 12 de mayo fue la faena.",
        ["10", "12 de mayo"],
    ),
    "a_fiesta_of_a_month_and_day": (
        "la fiesta es de julio 25 del 2019, con banda.",
        ["julio 25 del 2019"],
    ),
    "a_meeting_they_had": (
        "la reunión la tuvimos el 3 de mayo, en la plaza.",
        ["3 de mayo"],
    ),
    "a_fiesta_moved": (
        "a la fiesta le pusieron 3 de mayo como fecha nueva.",
        ["3 de mayo"],
    ),
    "my_village_of_a_day": (
        "mi pueblo es del 30 de agosto, su aniversario.",
        ["30 de agosto"],
    ),
    "my_fiesta_of_a_day": ("mi fiesta es del 30 de agosto.", ["30 de agosto"]),
    "a_service_turned_on_a_day": (
        "cumplí 10 años de servicio el 1 de abril en la posta.",
        ["1 de abril"],
    ),
}

test_birth_date_is_gone, test_other_date_is_kept = gone_and_kept(GONE, KEPT)
