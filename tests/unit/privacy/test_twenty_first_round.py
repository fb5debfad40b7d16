"""Causes of misses in the twenty-first round (docs/privacy.md, "Twenty-first round"),
each in words of its own.

Birth dates: a month typed short after a birth cue ("nació el 2 de nov del 96", "el 15 de
sept. del 2003"); a whole date in brackets right after a child's name in a note ("Killa
(03-09-12)"); a whole date in digits a found name is "of", whatever the sentence goes on
with ("el segundo elvis del 3/10/2010 esta en el colegio"). Kept: a range after a name
("del 3/10/2010 hasta el 5"), a month typed short where no birth is told.
"""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "a_month_typed_short_after_nacio": (
        "mi hijo wilmer nacio el 14 de nov del 98 en huancayo, ahora estudia.",
        ["14", "98"],
    ),
    "a_month_typed_short_with_its_dot": (
        "La menor nació el 21 de sept. del 2011, en la posta de Acobamba.",
        ["21", "2011"],
    ),
    "a_whole_date_in_brackets_after_a_child": (
        "Anoté a los chicos: Nayda (07/02/2009) y Rubén (11-08-13), los dos van a la escuela.",
        ["07/02/2009", "11-08-13"],
    ),
    "a_whole_date_a_name_is_of_before_a_verb": (
        "la mayor vive en ica. la tercera yesica del 12/5/2012 sigue en la escuela de manta.",
        ["12/5/2012"],
    ),
}

GONE |= {
    "a_residence_card_said_to_carry_a_date": (
        "en mi tarjeta de residente decía 1971/9/23, al revés, como escriben allá.",
        ["1971/9/23"],
    ),
    "a_state_id_from_abroad": (
        "En mi ID de Nueva Jersey sale 11/25/1990, el mes primero.",
        ["11/25/1990"],
    ),
    "a_passport_month_in_two_languages": (
        "Su fecha de nacimiento en el pasaporte: 08 MAR/MAR 1979, así en dos idiomas.",
        ["08 MAR/MAR 1979", "1979"],
    ),
    "a_date_then_my_birthday": (
        "Mi tía me mandaba plata el 9 de junio, mi cumpleaños, todos los años.",
        ["9 de junio"],
    ),
    "every_year_on_a_date_for_her_birthday": (
        "Cada 3 de abril, por su cumpleaños, le llevamos flores a su tumba.",
        ["3 de abril"],
    ),
    "a_found_name_typed_lowercase_after_de": (
        "Nos apoyó el Colectivo Brazos Unidos en el 2019. Los de brazos unidos ya no vienen.",
        ["Brazos", "brazos", "unidos"],
    ),
    "a_found_name_typed_lowercase_after_its_kind": (
        "Ahorré en la Cooperativa de Ahorro y Crédito Nueva Aurora. Mi compadre de la coopac "
        "nueva aurora, don Fermín, sigue reclamando.",
        ["Aurora", "aurora"],
    ),
    "a_found_name_by_its_initials": (
        "En el colegio vino la ONG Jóvenes Líderes Rurales con un taller. JLR nos dio "
        "cuadernos nomás.",
        ["Líderes", "JLR"],
    ),
    "a_firm_by_the_initials_after_its_head": (
        "Trabajo en la Agroexportadora Costa Verde S.A.C. en Chincha, o sea la CV, desde marzo.",
        ["Costa Verde", "CV"],
    ),
    "initials_and_the_last_word": (
        "Soy socio del Club Deportivo Unión Chanquil. El año pasado el CDU Chanquil compró "
        "camisetas.",
        ["Unión Chanquil", "CDU"],
    ),
    "a_devotion_s_group_takes_its_city": (
        "Los domingos vamos a la Asociación Peruana Señor de Luren en Génova, a la misa.",
        ["Luren", "Génova"],
    ),
}

GONE |= {
    "six_digits_read_one_by_one_after_a_pause": (
        "Espere que busco... nueve, ocho, cinco... ya lo tengo: cuatro, uno, cero, siete, siete, "
        "cinco. Ese es de mi sobrina.",
        ["cuatro, uno, cero, siete, siete, cinco"],
    ),
    "an_email_domain_corrected": (
        "Me dictó: wilmer punto ccanto arroba yahoo... no, gmail punto com, y ya le escribí.",
        ["wilmer", "ccanto", "gmail punto com"],
    ),
    "a_block_letter_with_its_number": (
        "Anote: manzana C-3, lote nueve, asentamiento Las Praderas, Carabayllo. Ahí vivimos.",
        ["C-3", "nueve", "Praderas"],
    ),
    "a_street_corrected_before_the_address": (
        "Me dijo: jirón Amazonas... no, Amazonas Bajo, número doscientos doce, Chilca. Y colgó.",
        ["Amazonas", "doscientos doce"],
    ),
    "a_birth_date_read_off_a_card_in_groups": (
        "Su fecha de nacimiento, cero siete, doce, dos mil nueve, así me la leyó.",
        ["cero siete, doce, dos mil nueve"],
    ),
    "a_birth_date_in_groups_after_nacio_el": (
        "Mi nieto nació el catorce, cero dos, noventa y nueve, en el hospital de Lircay.",
        ["catorce", "noventa y nueve"],
    ),
}

GONE |= {
    "an_age_turned_on_the_date": (
        "Don Eusebio es el más antiguo; el 11 de junio cumple ochenta y le haremos su misa.",
        ["11 de junio"],
    ),
    "the_registrar_given_a_date_by_us": (
        "Con dos testigos le pusimos 14/02/1951 y mandamos los papeles a Lima.",
        ["14/02/1951"],
    ),
    "a_card_named_by_its_letters": (
        "En su tarjeta CRED dice 7/4/2021, pero en el colegio pusieron otra cosa.",
        ["7/4/2021"],
    ),
    "the_same_date_said_again_after_o_sea": (
        "Mi nieto nació el 04-06-2018, así está en su partida; o sea cuatro de junio, en "
        "plena cosecha.",
        ["04-06-2018", "cuatro de junio"],
    ),
    "a_date_someone_told_for_the_birth": (
        "La última nació en Ate, en la posta; su papá me dijo por teléfono que fue el 2 de "
        "marzo, creo, pero no lo anoté.",
        ["2 de marzo"],
    ),
    "a_birth_on_the_day_of_another_event": (
        "Mi nieto nació el mismo día que se lo llevaron a su abuelo, un 8 de setiembre, años "
        "después.",
        ["8 de setiembre"],
    ),
    "short_names_people_are_called_by": (
        "la yoli se fue a ica. el migue se quedó con la jacky, la fede no.",
        ["migue", "jacky", "fede"],
    ),
}

GONE |= {
    "a_name_before_se_llama_closing_its_clause": (
        "la menor, estrella se llama, nació en la posta de Manta.",
        ["estrella"],
    ),
    "a_nickname_given_to_a_kin_word": (
        "mamá: chato le decimos al segundo porque salió bajito como su abuelo.",
        ["chato"],
    ),
    "a_word_called_a_name_with_why": (
        "ella es rojas pero le decimos flor porque siempre trae flores a la capilla.",
        ["decimos flor"],
    ),
    "a_nickname_told_as_a_relative": (
        "jaja el zorro es mi primo, le dicen así porque de chico se escapaba.",
        ["zorro"],
    ),
    "a_name_and_the_word_that_tells_two_apart": (
        "Había dos franciscos en el salón; a uno le decíamos pancho chico; el otro era alto.",
        ["pancho", "chico"],
    ),
    "a_birth_told_after_the_fiesta_of_its_day": (
        "para la Virgen del Carmen, el 16 de julio, soy devota, yo nací el 16 de julio por eso "
        "me llamo así.",
        ["yo nací el 16 de julio"],
    ),
}

GONE |= {
    "a_birth_date_after_fnac": (
        "tb la sra. eulalia, su hijo brayan fnac 03-11-2021 tiene anemia, no le dan hierro",
        ["03-11-2021"],
    ),
    "a_birth_date_after_f_slash_nac": (
        "niño: yeferson, f/nac 2/5/2019, peso 14 kg, talla 95 cm.",
        ["2/5/2019"],
    ),
    "a_year_typed_as_one_word": (
        "asi me dijo mi mama pero el papel dice once de marzo del cuarentaiuno y asi quedo",
        ["once de marzo", "cuarentaiuno"],
    ),
    "a_nie_typed_lowercase_with_its_letters_apart": (
        "ya tengo el arraigo y mi nie es el y 3958274 k vivo en usera con mi prima",
        ["3958274", "el y ", " k vivo"],
    ),
    "a_known_district_after_the_comma_running_on": (
        "dice q vivia en pasaje las acacias 2210, recoleta con otros 5 peruanos.",
        ["recoleta"],
    ),
    "a_street_read_out_before_where_it_is": (
        "tiene su tienda en el jiron junin cuatrocientos treinta y ocho cerca al mercado",
        ["junin", "cuatrocientos treinta y ocho"],
    ),
    "a_us_address_with_its_flat_read_out": (
        "vivo en el trescientos doce de main street apartamento dos c, paterson con otros",
        ["trescientos doce", "apartamento dos c", "paterson"],
    ),
    "a_kilometre_to_a_town_typed_lowercase": (
        "tiene su chacra en el kilometro ocho de la carretera a pichanaki pagan doce soles",
        ["kilometro ocho", "pichanaki"],
    ),
    "one_s_own_surnames_typed_on": (
        "bueno yo me llamo yeison paucca tiquillo tengo dieciseis años",
        ["yeison", "paucca", "tiquillo"],
    ),
}

GONE |= {
    "a_firm_said_by_its_surname_after_working_en": (
        "Trabajé en Gamarra, en Textiles Huarcaya. El dueño es don Fermín Huarcaya, de "
        'Lircay. Decíamos "trabajo en Huarcaya", como si fuera familia.',
        ["Huarcaya"],
    ),
    "partners_initials_joined_by_an_ampersand": (
        "Con H&C, la contratista del ingeniero, trabajé dos años en la mina.",
        ["H&C"],
    ),
    "a_club_s_own_word_after_los_del": (
        "El nuestro es el Club Manta Progreso; los del Progreso ganamos el campeonato.",
        ["Progreso"],
    ),
}

GONE |= {
    "a_speaker_named_after_a_country_on_two_turns": (
        "E: ¿quiénes entraron primero?\nArgentina: yo entré el primer año\nFilomena: yo después\n"
        "Argentina: y ahora vendemos en la feria",
        ["Argentina"],
    ),
    "asoc_without_its_dot_after_a_lot": (
        "vive en mz c lote 8 asoc las palmeras de pachacutec, ventanilla ahi con su señora",
        ["palmeras", "pachacutec", "ventanilla"],
    ),
    "we_after_an_adverb": (
        "Trabajo en la ONG Qoyllur Rumi hace seis años. En Qoyllur también hacemos talleres.",
        ["Qoyllur"],
    ),
}

GONE |= {
    "a_quechua_name_lowercase_after_las_de": (
        "Somos la Asociación de Tejedoras Illa Tika. Las señoras de illa tika nos reunimos los "
        "sábados.",
        ["illa tika"],
    ),
    "a_name_of_common_words_after_las_de": (
        "Voy a la Asociación de Trabajadoras del Hogar Flor de Mayo. Las compañeras de flor de "
        "mayo nos enseñan la ley.",
        ["flor de mayo"],
    ),
    "a_club_by_its_village_after_el": (
        "Fundamos el Club Deportivo Antaccocha en 1985. Le decimos el antaccocha nomás.",
        ["el antaccocha"],
    ),
}

GONE |= {
    "a_lowercase_name_and_its_age_in_brackets": (
        "visita 4\nkilla (19 años), 1 hijo, esposo en ica\nla suegra no quiere que se vaya",
        ["killa"],
    ),
}

KEPT = {
    "a_range_after_a_name": (
        "Estuvo Rosa del 3/10/2010 hasta el 5 de noviembre en Lima.",
        ["3/10/2010"],
    ),
    "a_month_typed_short_without_a_birth": (
        "Llegamos a Ica el 3 de nov del 2019 para la cosecha.",
        ["3 de nov del 2019"],
    ),
}

KEPT |= {
    "a_fiesta_said_as_its_own_day": (
        "El 24 de junio, por su fiesta, bailamos en la plaza; el 28 de julio, su aniversario.",
        ["24 de junio", "28 de julio"],
    ),
    "a_quechua_name_said_as_the_idea": (
        "Trabajé con la ONG Sumaq Kawsay. Nosotros hablamos del sumaq kawsay, el buen vivir.",
        ["sumaq kawsay, el buen vivir"],
    ),
    "a_name_opening_on_a_common_word_said_as_the_thing": (
        "Está el Club de Madres Flor de Retama. Le pusimos así por la flor de retama que es "
        "amarilla.",
        ["la flor de retama que es"],
    ),
    "two_letters_without_an_article": (
        "Trabajé en la Agroexportadora Costa Verde. CV quiere decir currículum, me dijo.",
        ["CV quiere"],
    ),
}

KEPT |= {
    "digits_counted": (
        "Contamos uno, dos, tres, cuatro, cinco, seis y salimos todos.",
        ["uno, dos, tres, cuatro, cinco, seis"],
    ),
    "numbers_of_sacks": (
        "Sacamos dos, dos, cinco, cinco, tres, tres sacos de papa de cada chacra.",
        ["dos, dos, cinco, cinco, tres, tres sacos"],
    ),
    "a_day_alone_after_nacio": (
        "Él nació el 13, el 15 de agosto es la Virgen de la Asunta.",
        ["15 de agosto"],
    ),
}

KEPT |= {
    "what_happened_on_a_day_someone_told": (
        "Nació en Lircay; dicen que fue el 3 de mayo que llegó el agua potable.",
        ["3 de mayo"],
    ),
    "an_anniversary_a_community_turns": (
        "El 15 de agosto cumple cincuenta años la comunidad y habrá desfile.",
        ["15 de agosto"],
    ),
}

KEPT |= {
    "a_thing_called_by_a_word_with_why": (
        "a la chacra de arriba le decimos pampa porque es plana.",
        ["pampa"],
    ),
    "a_settlement_before_se_llama": (
        "Vivimos arriba, donde está el muro. Nueva Esperanza se llama, es un asentamiento.",
        ["Nueva Esperanza"],
    ),
    "the_devotion_a_girl_is_named_after": (
        "nació el 24, día de la virgen de las mercedes, mercedes se llama mi hija.",
        ["virgen de las mercedes"],
    ),
    "the_fiesta_of_a_birth_day_told_first": (
        "para la Virgen del Carmen, el 16 de julio, soy devota, yo nací el 16 de julio.",
        ["Carmen, el 16 de julio"],
    ),
}

KEPT |= {
    "an_address_comma_before_a_verb": (
        "Vivo en jr. Ayacucho 345, alquilo con dos paisanos.",
        ["alquilo con dos"],
    ),
    "a_kilometre_walked_on_foot": (
        "caminamos hasta el kilometro doce de la carretera a pie nomas",
        ["a pie nomas"],
    ),
    "pagan_after_the_town": (
        "en el kilometro ocho de la carretera a pichanaki pagan doce soles",
        ["pagan doce soles"],
    ),
}

KEPT |= {
    "a_city_after_a_verb_of_working": (
        "Trabajé en la Agrícola San Juan. Después trabajé en Lima, en una casa.",
        ["trabajé en Lima"],
    ),
}

KEPT |= {
    "a_city_where_we_also_work": (
        "Vivo en Ica. En Ica también trabajamos en la uva.",
        ["En Ica también"],
    ),
}

KEPT |= {
    "the_flower_without_las_de": (
        "Voy a la Asociación Flor de Mayo. En el campo la flor de mayo es blanca.",
        ["la flor de mayo es blanca"],
    ),
}

KEPT |= {
    "who_an_age_in_brackets_is_said_of": (
        "su hijo (12 años) estudia en manta. los gastos: trabajo (15 años) y la casa.",
        ["su hijo", "trabajo"],
    ),
}

test_identifier_is_gone, test_content_is_kept = gone_and_kept(GONE, KEPT)
