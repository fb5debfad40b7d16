"""Numbers and dates of the tenth round (`privacy.births`, `privacy.numbers`,
`privacy.recognizers`, `privacy.spoken`): twins "of" the date they share, an English
birth date said in Spanish, a
date told after its year or month ('es del 2003, de un 10 de enero'), a wawa who arrives,
a child had on a date with its year, a codice fiscale read back in lowercase groups, a badge's
lowercase letters set apart, and an e-mail dictated with "todo junto" before "arroba"."""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "twins_of_a_date": (
        "los dos últimos son mellizos, del veintiuno de setiembre del dos mil nueve.",
        ["veintiuno", "setiembre", "dos mil nueve"],
    ),
    "english_date_said_in_spanish": (
        "mi hijo nació aquí, el July 4th del 2008, el día de la independencia.",
        ["4th", "2008"],
    ),
    "a_year_then_the_day": (
        "La mayor es del 2003, de un 10 de enero.",
        ["10 de enero"],
    ),
    "a_year_then_the_day_and_month": (
        "mi mamá es de 1950, del 12 de marzo.",
        ["12 de marzo"],
    ),
    "a_month_then_the_date": (
        "mi hijita es de marzo, del 15 de marzo del 2012, ya tiene doce.",
        ["15 de marzo del 2012"],
    ),
    "a_wawa_arrives": (
        "la wawa llegó el 3 de mayo, justo para la fiesta de las cruces.",
        ["3 de mayo"],
    ),
    "a_child_had_on_a_date_with_its_year": (
        "el 14 de abril del dos mil tres tuve a mi primera hija en Huancayo.",
        ["14 de abril", "dos mil tres"],
    ),
    "of_a_whole_date_with_a_nickname_set_off": (
        "La chabuca, así le decimos, es del treinta de noviembre del 2015. Y el último nació.",
        ["treinta de noviembre del 2015"],
    ),
    "of_a_whole_date_after_a_sentence_about_her": (
        "estudia en la UNI, ingresó en 2021. Es del ocho de diciembre del 2002, día de fiesta.",
        ["ocho de diciembre del 2002"],
    ),
    "of_a_date_in_digits": (
        "ella sabe leer los papeles; es del 14/09/2010, ya está grande.",
        ["14/09/2010"],
    ),
    "of_a_whole_date_after_a_birth_at_home": (
        "Mi hija nació en la casa, con la partera. Es del 12 de marzo de 2010, ya tiene quince.",
        ["12 de marzo de 2010"],
    ),
    "twins_with_who_they_are_between": (
        "Los dos últimos son mellizos, varoncito y mujercita, del 15 de agosto del 2006.",
        ["15 de agosto del 2006"],
    ),
    "a_date_said_haltingly": (
        "ella nació el veinte... de marzo... del dos mil dieciséis, eso, ya me acordé.",
        ["veinte", "marzo", "dos mil dieciséis"],
    ),
    "after_a_hospital_named_by_a_date": (
        "Yo nací en Madrid, en el hospital Doce de Octubre, el 19 de abril del 2004.",
        ["19 de abril del 2004"],
    ),
    "what_a_record_says_is_right": (
        "En su libreta militar está bien la fecha, 05/02/2007, pero el nombre no.",
        ["05/02/2007"],
    ),
    "what_the_papers_say": (
        "En sus papeles de aquí dice 07/04/2017, al revés, primero el mes.",
        ["07/04/2017"],
    ),
    "what_the_registrar_put": (
        "como la inscribimos tarde, el registrador puso 12 de diciembre de 2015, el día que fuimos.",
        ["12 de diciembre de 2015"],
    ),
    "codice_fiscale_in_lowercase_groups": (
        "me lo dictó para un papel del banco: qspmra 85t52 z611g. su casa es grande.",
        ["qspmra", "85t52", "z611g"],
    ),
    "codice_fiscale_in_capital_groups": (
        "me lo dictó: QSPMRA 85T52 Z611G. su casa es grande.",
        ["QSPMRA", "85T52", "Z611G"],
    ),
    "badge_letters_apart": (
        "mi fotocheck decía cmw 20931. a mí me llevó el ingeniero.",
        ["cmw", "20931"],
    ),
    "email_todo_junto_before_arroba": (
        "el correo es, anote: qucha manta turismo, todo junto, arroba gmail punto com.",
        ["qucha", "manta", "turismo", "gmail"],
    ),
    "email_with_a_spelled_initial": (
        "si me escribe, le dicto: erre chuquimantari arroba yahoo punto es. Gracias.",
        ["erre", "chuquimantari", "yahoo"],
    ),
    "phone_dictated_in_pieces_after_pauses": (
        "me pasó el número por partes: nueve nueve ocho... después cuatro cero tres... "
        "y al final dos seis uno. / e: ¿les pagaban bien?",
        ["nueve nueve ocho", "cuatro cero tres", "dos seis uno"],
    ),
    "email_spelled_with_a_pause_after_each_letter": (
        "rut: erre, u, te, punto, eme, i, ese, a, erre, i, guion, dos cero cero ocho, "
        "arroba gmail punto com. / jhordan: el mío",
        ["erre", "eme", "dos cero cero ocho", "gmail"],
    ),
}

KEPT = {
    "twins_arrived_on_a_day": (
        "los mellizos llegaron a lima, del 12 de marzo nomás salimos.",
        ["12 de marzo"],
    ),
    "a_house_number_after_a_cue_word": (
        "el número de mi casa es 2093 y nada más.",
        ["2093"],
    ),
    "arroba_of_potatoes": (
        "la plata la mandamos todo junto, arroba por arroba de papa.",
        ["todo junto", "arroba por arroba"],
    ),
    "a_fiesta_day_with_the_children": (
        "el 24 de junio tuve a mis hijos bailando en la fiesta.",
        ["24 de junio"],
    ),
    "a_fiesta_of_a_day": (
        "la fiesta es de un 24 de junio, siempre.",
        ["24 de junio"],
    ),
    "a_meeting_of_a_year_and_day": (
        "la reunión es de 1990, del 12 de marzo.",
        ["12 de marzo"],
    ),
    "a_count_corrected_after_a_pause": (
        "tenía tres... y al final dos hijos.",
        ["tres", "dos hijos"],
    ),
    "counting_with_pauses": (
        "compré uno, dos, tres arroba de papa.",
        ["uno, dos, tres arroba"],
    ),
    "a_photo_of_a_date": (
        "La foto es del 3 de mayo de 1990.",
        ["3 de mayo de 1990"],
    ),
    "a_plot_of_a_date": (
        "el terreno, ese es del 12 de marzo de 2001 que lo compramos.",
        ["12 de marzo de 2001"],
    ),
    "a_custom_of_a_day": (
        "esa costumbre es del 1 de enero de cada año.",
        ["1 de enero"],
    ),
    "the_papers_of_a_plot": (
        "en los papeles del terreno dice 12/03/2001, y el papel de la compra dice 12/03/2001.",
        ["12/03/2001"],
    ),
    "a_day_before_a_fiesta": (
        "él nació el 13, el 15 de agosto es la Virgen.",
        ["15 de agosto"],
    ),
    "a_fiesta_date": (
        "el 24 de junio es la fiesta de san juan, y los mellizos bailan.",
        ["24 de junio"],
    ),
}

test_identifier_is_gone, test_content_is_kept = gone_and_kept(GONE, KEPT)
