"""Birth dates of the twelfth round (`privacy.births`): the month said first and the day
after it ('es de junio 29', 'de noviembre, el día cuatro', 'del junio veintiséis'), also
hung on a person found ('Piero, es de enero, el veinte'); another day offered or confirmed
right after a birth date ('o 23 de enero', '... o 19... sí, dieciocho de mayo'); the day one
turns an age in the first person ('cumplo dieciséis en setiembre, el catorce'); each verb of
a paper in turn ('en mi DNI dice otra cosa, dice ...'), the SIS as a paper, the date said
before its paper ('tiene 1 de enero en su DNI'); a person registered 'con fecha'; a
delivery ('parto domiciliario'); a list of children after a sentence that names fiestas;
what a record shows for someone ('le sale 21 de octubre'), registered wrong then what was
put ('la registraron mal. pusieron ...'); a birth exclaimed ('¡nació aquí!, el ...'); a
day without its year that the sentence calls a fiesta is the fiesta's; an age told just
before 'es de <date>'; one's day ('sabe su día, ...'); a child by its order set off by a
comma ('la mayor, uno de mayo'); the next speaker's own birth after one just told; a
programme's register and a form as papers ('en el padrón pusieron ... en vez de ...', 'en
su ficha tiene ...'); the day of a journey that was one's birthday (its year stays); a
correction with a question in it; a date hung on a name, corrected; a midwife's babies
('a ella la recibí el 1 de noviembre del 89').
Left: a payment's or a fiesta's day said month first, a body registered 'con fecha', a
resolution's date, 'parto' as 'I leave', days turned in a job."""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "month_first_after_a_pronoun": (
        "La chiquita es Luz Clarita, ella es de noviembre, el día cuatro, no me acuerdo el año.",
        ["noviembre, el día cuatro"],
    ),
    "month_first_day_in_digits": (
        "Ella es de junio 29, san pedro y san pablo, por eso se llama Paula.",
        ["junio 29"],
    ),
    "month_first_hung_on_a_name": (
        "El menor, Piero, es de enero, el veinte, de San Sebastián.",
        ["enero, el veinte"],
    ),
    "month_first_in_a_list_of_grandchildren": (
        "Los nietos son Milagros, del 9 de octubre, y Cristian, que es de mayo, veinte, los dos iqueños ya.",
        ["9 de octubre", "mayo, veinte"],
    ),
    "month_first_after_del": (
        "Yaneth del nueve de junio y Sonia del junio veintiséis, ¿no?, sí, seguro.",
        ["nueve de junio", "junio veintiséis"],
    ),
    "another_day_offered": (
        "nació el veintidós de enero, o veintitrés de enero, no me acuerdo bien.",
        ["veintidós de enero", "veintitrés de enero"],
    ),
    "a_day_doubted_then_confirmed": (
        "Mi hijo nació el 18 de mayo... o 19... sí, dieciocho de mayo, un domingo.",
        ["18 de mayo", "dieciocho de mayo"],
    ),
    "will_turn_an_age_month_then_day": (
        "Yo cumplo dieciséis en setiembre, el catorce, sí, el catorce de setiembre. Ya soy grande.",
        ["catorce de setiembre"],
    ),
    "turned_an_age_somewhere_on_a_day": (
        "Yo cumplí dieciocho allá, en el fundo, el 9 de febrero, y los compañeros me compraron una torta.",
        ["9 de febrero"],
    ),
    "the_papers_second_verb": (
        "en mi DNI dice otra cosa, dice 15 de setiembre de 1941. Mis hijos se fueron.",
        ["15 de setiembre de 1941"],
    ),
    "the_sis_put_it_down_wrong": (
        "en el sis tuve problema porque pusieron mal la fecha, pusieron 02/12/2023, como diciembre.",
        ["02/12/2023"],
    ),
    "the_date_then_its_paper": (
        "Mi suegro igual, tiene 1 de enero en su DNI, como todos los viejitos.",
        ["1 de enero"],
    ),
    "declared_with_a_date": (
        "doña Epifania declaró a su nieto con fecha 29 de setiembre de 2020 pero el certificado decía otra.",
        ["29 de setiembre de 2020"],
    ),
    "a_child_appears_with_a_date": (
        "la niña killa rocío taipe aparece con fecha 31/04/2020, que no existe.",
        ["31/04/2020"],
    ),
    "a_home_delivery": (
        "En el libro encontramos 23 de setiembre de 1999, parto domiciliario atendido por la promotora.",
        ["23 de setiembre de 1999"],
    ),
    "the_delivery_was_on_a_day": (
        "Su parto fue el 3 de mayo en la posta, con la obstetra.",
        ["3 de mayo"],
    ),
    "children_after_a_sentence_of_fiestas": (
        "Mis hijos, todos con fecha de fiesta. Juan, 24 de junio del 77. Martín, 3 de noviembre del 79.",
        ["24 de junio del 77", "3 de noviembre del 79"],
    ),
    "registered_wrong_then_what_was_put": (
        "a mi shirley la registraron mal. pusieron 12 de octubre. hasta ahora no corrigen.",
        ["12 de octubre"],
    ),
    "what_a_profile_shows_for_her": (
        "ella es del 20 de octubre, pero en el Facebook le sale 21 de octubre, se equivocó.",
        ["20 de octubre", "21 de octubre"],
    ),
    "born_here_exclaimed": (
        "Mi hija se llama Florencia también, ¡nació aquí!, el 15/01/2011. Yo llegué en 2004.",
        ["15/01/2011"],
    ),
    "whose_age_was_just_told": (
        "el deyvis tiene dos años recién. es de 15 de mayo, san isidro labrador.",
        ["15 de mayo"],
    ),
    "her_day": (
        "Mi señora, Ignacia, ella sí sabe su día, veinticinco de julio, día del patrón Santiago.",
        ["veinticinco de julio"],
    ),
    "the_eldest_set_off": (
        "yo tengo cuatro y me acuerdo solo de la mayor, uno de mayo, día del trabajo.",
        ["uno de mayo"],
    ),
    "the_next_speakers_own": (
        "kelly: yo nací el 17 de noviembre del 2005, tengo 18.\n"
        "jhonatan: y yo el veinticinco de diciembre, con el niño jesús.\n"
        "kevin: yo en lima, en el hospital de ate, el 8 de marzo del 2006, día de la mujer.",
        ["17 de noviembre del 2005", "veinticinco de diciembre", "8 de marzo del 2006"],
    ),
    "put_wrong_in_a_register_instead_of": (
        "en el padrón pusieron mal la fecha de mi hijo menor: pusieron 12 de octubre en vez de "
        "21 de octubre, los números al revés.",
        ["12 de octubre", "21 de octubre"],
    ),
    "what_a_form_has": (
        "Ruth Yupanqui, de Ccollpa, en su ficha tiene 22/02/2005, ella ingresó a Medicina.",
        ["22/02/2005"],
    ),
    "the_same_day_as_a_birthday": (
        "Yo llegué a Lima el 16 de abril del 84, el mismo día de mi cumpleaños.",
        ["16 de abril"],
    ),
    "corrected_after_a_question": (
        "soy del tres de mayo... no, ¿qué estoy diciendo?, del trece de mayo del 2001.",
        ["tres de mayo", "trece de mayo del 2001"],
    ),
    "a_date_hung_on_a_name_corrected": (
        "El segundo, Edwin, es del 3 de mayo... no, perdón, del 4 de mayo, y ya.",
        ["3 de mayo", "4 de mayo"],
    ),
    "a_baby_a_midwife_delivered": (
        "yo era partera. Nilda, a ella la recibí el 1 de noviembre del 89, día de Todos los Santos.",
        ["1 de noviembre del 89"],
    ),
}

KEPT = {
    "a_fiestas_day": ("La fiesta tiene su día, 30 de agosto, con banda.", ["30 de agosto"]),
    "the_journeys_year_on_a_birthday": (
        "Yo llegué a Lima el 16 de abril del 84, el mismo día de mi cumpleaños.",
        ["84"],
    ),
    "a_letter_received": (
        "La carta la recibí el 3 de mayo del 2019, de la municipalidad.",
        ["3 de mayo del 2019"],
    ),
    "a_register_of_a_meeting": (
        "En el padrón de la comunidad tiene 3 de mayo la asamblea.",
        ["3 de mayo"],
    ),
    "a_commemorations_day": (
        "El día del campesino es su día, 24 de junio, y hay fiesta.",
        ["24 de junio"],
    ),
    "a_fairs_age_then_its_day": (
        "La feria tiene dos años. Es de 15 de mayo, la fecha.",
        ["15 de mayo"],
    ),
    "the_first_set_off_then_a_fiesta": (
        "La primera, el 25 de julio, es la fiesta de Santiago.",
        ["25 de julio"],
    ),
    "the_next_speakers_wedding": (
        "Participante 2: Cumple el siete de julio y siempre le llamo ese día.\n"
        "Francisca: Mi hija mayor se casó el 14 de febrero en Huancayo.",
        ["14 de febrero"],
    ),
    "a_fiesta_after_a_birth_clause": (
        "Mi hijo nació en Manta, el 25 de julio es la fiesta grande.",
        ["25 de julio"],
    ),
    "a_fiesta_done_on_the_day": (
        "nació en Lircay, el 3 de mayo se hace la fiesta de la cruz.",
        ["3 de mayo"],
    ),
    "a_payment_that_comes_out": ("Le sale el pago el 3 de mayo, dice.", ["3 de mayo"]),
    "a_month_and_a_count": ("En mayo, dos familias se fueron a Ica.", ["mayo, dos"]),
    "a_fiesta_month_first": ("La fiesta es de julio, el 25, con banda.", ["julio, el 25"]),
    "a_town_fiesta_month_first": (
        "La fiesta del pueblo es de agosto, el 30, y viene gente de Lima.",
        ["agosto, el 30"],
    ),
    "a_payment_month_first": ("El pago es de marzo 15, dice el banco.", ["marzo 15"]),
    "days_turned_in_a_job": (
        "cumplí quince días en la mina, el 3 de junio volví a Manta.",
        ["3 de junio"],
    ),
    "a_duty_done": ("Nosotros cumplimos con la faena, el 3 de junio fue.", ["3 de junio"]),
    "a_body_registered": (
        "Registraron la asociación con fecha 12 de abril de 2005 en Registros Públicos.",
        ["12 de abril de 2005"],
    ),
    "a_community_registered": (
        "Inscribieron a la comunidad en el padrón con fecha 3 de mayo de 2015.",
        ["3 de mayo de 2015"],
    ),
    "enrolled_in_a_programme": (
        "Nos inscribimos en el programa con fecha 3 de mayo de 2015.",
        ["3 de mayo de 2015"],
    ),
    "a_resolutions_date": (
        "La resolución de la comunidad aparece con fecha 3 de mayo de 2019.",
        ["3 de mayo de 2019"],
    ),
    "i_leave": ("Mañana parto a Lima, el 3 de mayo tengo cita.", ["3 de mayo"]),
    "a_paper_that_expires": (
        "Mi DNI vence el 3 de mayo del 2030, tengo que renovar.",
        ["3 de mayo del 2030"],
    ),
    "a_paper_then_an_event": (
        "en su DNI dice que vive en Lima, y el 3 de mayo se fue.",
        ["3 de mayo"],
    ),
}

test_birth_date_is_gone, test_other_date_is_kept = gone_and_kept(GONE, KEPT)
