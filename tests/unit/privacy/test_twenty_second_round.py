"""Causes of misses in the twenty-second round (docs/privacy.md, "Twenty-second round"),
each in words of its own.

Organizations: a firm's name in quotes after "se llama" ("mi pollería se llama "El
Rinconcito""); a parish choir and a bus line named after their head word ("el Coro
Parroquial Señor de Luren", "la Turismo Virgen de Cocharcas"); a group's kind adjective
between its noun and a lowercase Quechua name ("la asociación ganadera sumaq wasi"); a
workplace typed lowercase after a verb of working and "en", then a comma and what it is
("trabajé en maderas yupi, la fábrica de puertas"). Kept: a town after a verb of working
and a comma ("trabajo en chincha, una fábrica de ..."), a choir and a bus company said as
common nouns.

Later batches: a household roster's row (name – relation – sex – date); a surname after
"Mrs."; a Quechua pet form of a name after a kin word ("abuela juanacha"); a name after a
note's short label ("entrev. soledad") or set off alone after a form's label though it is
a word ("esposa: pilar (44)"); a child "to be named" after the saint; a family "among the
first families". Kept: the roster's sex letter, the Magi who went, the saint's feast.
"""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "a_firm_in_quotes_after_se_llama": (
        'Mi pollería se llama "La Huancavelicana", queda por el mercado.',
        ["Huancavelicana"],
    ),
    "a_parish_choir_by_its_saint": (
        "Mi hija canta en el Coro Parroquial Señor de Luren, los sábados ensayan.",
        ["Luren"],
    ),
    "a_bus_line_by_its_virgin": (
        "Bajamos con la Turismo Virgen de Cocharcas, sale a las seis de la plaza.",
        ["Cocharcas"],
    ),
    "a_quechua_name_after_a_kind_adjective": (
        "Soy socia de la asociación ganadera sumaq wasi desde el 2015.",
        ["sumaq", "wasi"],
    ),
    "a_lowercase_workplace_then_what_it_is": (
        "Trabajé en maderas yupi, la fábrica de puertas de Huaycán, dos años.",
        ["yupi"],
    ),
    "a_lowercase_workplace_then_a_kind_with_un": (
        "mi hijo trabaja en sumitomo denso, una empresa de autopartes en gunma.",
        ["sumitomo", "denso"],
    ),
}

GONE |= {
    "a_register_of_deliveries_read_out": (
        "En el libro: Yesenia Quispe, parto el 9 de marzo, mujercita, 2 900 gramos.",
        ["9 de marzo"],
    ),
    "an_italian_paper_nata_il": (
        "En la tessera dice: Rosa Huamán, nata in Perù il 02/07/1979, residente a Torino.",
        ["02/07/1979"],
    ),
    "a_parent_by_the_word_children_use": (
        "Mi viejo es del veintidós de octubre, ese día siempre lo llamo.",
        ["veintidós de octubre"],
    ),
    "asked_of_the_one_spoken_to": (
        "Oye, ¿y tú no eras del cuatro de junio? No, del cinco.",
        ["cuatro de junio"],
    ),
    "a_notes_n_before_a_whole_date": (
        "3. Kely hija, n. 21/04/2013, 4to prim en manta / 4. Edwin hijo, n. 3-dic-2016.",
        ["21/04/2013", "3-dic-2016"],
    ),
}

GONE |= {
    "a_saint_after_an_article_of_the_other_gender": (
        "Mi sobrina entró al Santa Catalina, en el Santa Catalina piden uniforme azul.",
        ["Catalina"],
    ),
    "a_national_university_said_short": (
        "Mi hija estudia en Huancayo, en la UNCP, la Nacional del Centro, Enfermería, ya en sexto.",
        ["Nacional"],
    ),
    "a_firms_letters_before_its_trade": (
        "La Wayra perdió el contrato y entró otra, JRC Servicios Mineros, que paga menos.",
        ["JRC"],
    ),
}

GONE |= {
    "a_family_by_a_surname_that_is_a_feast": (
        "Los Flores vivimos en la parte alta; los Reyes tienen su chacra junto al río.",
        ["Flores", "Reyes"],
    ),
    "a_name_like_a_month_that_applies": (
        "La primera del salón es Abril Ccanto. Abril postula a la Nacional este año.",
        ["Abril"],
    ),
}

GONE |= {
    "a_registry_code_given_to_a_person": (
        "En el RUV me dieron un código, el 03317-2011-RUV, lo guardo en mi carpeta.",
        ["03317", "2011"],
    ),
    "my_code_with_a_document_shape": (
        "Mi código es 0412-2019-CEM, con ese me atienden.",
        ["0412"],
    ),
    "a_buenos_aires_street_al_its_number": (
        "Vivo en Corrientes al 3450, segundo piso, en Almagro, con dos paisanos.",
        ["Corrientes", "3450"],
    ),
    "a_buenos_aires_street_read_out": (
        "Vivía en Lavalle al mil trescientos veinte, tercer piso, cerca de la estación.",
        ["Lavalle", "trescientos"],
    ),
    "a_settlement_named_after_a_date_with_an_ordinal": (
        "dir lima: aahh 1ro de enero mz c lt 4 sjl, con su esposa.",
        ["1ro"],
    ),
}

GONE |= {
    "an_acronym_said_again_as_a_word": (
        "Estuve con el CEDIPA, que daba cursos. La gente decía los cedipa, y a sus técnicos "
        "las cedipas.",
        ["cedipa", "cedipas"],
    ),
    "a_lowercase_acronym_then_what_it_stands_for": (
        "soy vocal de la arsa o sea la asociacion de residentes de san luis. la arsa tiene "
        "su local en comas.",
        ["arsa"],
    ),
}

GONE |= {
    "a_persons_name_said_to_mean_a_word_stays_the_person": (
        "Mi hija se llama Killa. Killa es luna, por eso le pusimos.",
        ["Killa"],
    ),
    "a_feast_in_quotes_as_a_nickname": (
        'En el colegio me decían "Pascua", hasta ahora algunos. Para la Pascua vienen todos.',
        ['"Pascua"'],
    ),
}

GONE |= {
    "a_household_rosters_row": (
        "3) Ccora Yauri, Delia – hija – F – 12-9-05 – estudia en Lircay.",
        ["12-9-05"],
    ),
    "a_surname_after_an_english_title": (
        "Cuidaba a los hijos de Mrs. Patterson en Nueva Jersey, cama adentro.",
        ["Patterson"],
    ),
    "a_quechua_pet_form_after_a_kin_word": (
        "abuela juanacha (no sabe su apellido) vive sola con sus ovejas.",
        ["juanacha"],
    ),
    "a_name_after_a_notes_short_label": (
        "entrev. soledad (hija), 19 a, estudia en Huancayo.",
        ["soledad"],
    ),
    "a_name_that_is_a_word_alone_after_a_label": (
        "esposa: pilar (44), hijo: estudia en Lircay.",
        ["pilar"],
    ),
    "a_child_to_be_named_after_the_saint": (
        "Le dije que tenía que llamarse Santiago, por el patrón. Para Santiago lo bautizamos.",
        ["llamarse Santiago"],
    ),
    "a_family_said_to_be_one_of_the_first": (
        "Los Reyes fueron de las primeras familias en bajar a Lima.",
        ["Reyes"],
    ),
}

GONE |= {
    "a_mines_two_words_typed_lowercase": (
        "Trabajo en Minera Puka Rumi S.A.A.; los que trabajan en puka rumi ganan más.",
        ["puka rumi"],
    ),
    "a_firms_word_after_its_article_where_one_works": (
        "Entré a la Pollería El Cóndor Dorado. En el Cóndor trabajamos como diez.",
        ["Cóndor trabajamos"],
    ),
    "a_mines_quechua_name_typed_lowercase": (
        "Trabajo en Minera Wayra Qaqa S.A.A.; los que trabajan en wayra ganan más.",
        ["en wayra"],
    ),
    "a_groups_initials_with_its_de_in_brackets": (
        "Es presidente de Hijos de Pampahuasi (HDP). HDP tiene su local en Ate.",
        ["HDP"],
    ),
}

GONE |= {
    "a_name_that_is_a_word_whose_number_follows": (
        "cel de soledad: 981 205 664. el número de rosa es 964 112 908.",
        ["soledad", "rosa"],
    ),
    "a_surname_like_a_city_in_a_compound_tense": (
        "Nuestro coordinador es el ingeniero Trujillo. Trujillo ha dicho que sí.",
        ["Trujillo ha"],
    ),
}

KEPT = {
    "a_field_notes_visit_date_after_a_birth": (
        "Rolando nació el 3 de abril. Fecha de visita: 21/07/2024. Informante: la madre.",
        ["21/07/2024"],
    ),
    "a_papers_issue_date_after_the_birth_date": (
        "En la partida: fecha de nacimiento 02/02/2015, fecha de emisión 14/03/2019.",
        ["14/03/2019"],
    ),
    "a_number_of_a_thing_or_a_month": (
        "el número de casa: 12. el número de junio es 5.",
        ["casa", "junio"],
    ),
    "a_city_in_a_compound_tense": (
        "Se fue a Trujillo. Trujillo ha crecido mucho, dicen.",
        ["Trujillo ha"],
    ),
    "a_place_a_firm_is_named_after": (
        "Trabajé en Agrícola Ocucaje Verde. Después viví en el valle de Ocucaje, en Ocucaje.",
        ["en Ocucaje."],
    ),
    "a_place_one_lives_in_named_like_a_cooperative": (
        "Soy socio de la Cooperativa Agraria Nueva Aurora; vivo en Nueva Aurora con mi familia.",
        ["vivo en Nueva Aurora"],
    ),
    "a_state_a_firm_is_named_after": (
        "Mi hijo trabaja con Carolina Pro Roofing LLC, en Carolina del Norte.",
        ["Carolina del Norte"],
    ),
    "a_rosters_sex_letter": (
        "3) Ccora Yauri, Delia – hija – F – 12-9-05 – estudia en Lircay.",
        ["– F –"],
    ),
    "a_form_label_then_what_the_child_does": (
        "hijo: estudia en Lircay. esposa: no tiene DNI.",
        ["estudia", "no tiene"],
    ),
    "the_magi_who_went": (
        "Los Reyes fueron a Belén con sus regalos.",
        ["Reyes"],
    ),
    "the_feast_after_a_child_named_for_it": (
        "Le dije que tenía que llamarse Santiago, por el patrón. Para Santiago lo bautizamos.",
        ["Para Santiago lo"],
    ),
    "a_word_of_an_orgs_name_translated_after_its_nickname": (
        "La institución se llama Asociación Pakari para el Desarrollo, pero todos dicen "
        "Pakari nomás. Pakari es amanecer, cuando empieza a clarear.",
        ["Pakari es amanecer"],
    ),
    "the_feast_after_its_nickname": (
        'En el colegio me decían "Pascua", hasta ahora algunos. Para la Pascua vienen todos.',
        ["la Pascua vienen"],
    ),
    "a_loan_after_a_cooperatives_name": (
        "Saqué un préstamo de la COOPAC Santa María Magdalena, 8 000 soles a dos años.",
        ["8 000 soles"],
    ),
    "an_age_after_an_informants_name": (
        "Informante: jefa de hogar, Carmen Quispe Rojas, 61 años, viuda.",
        ["61 años"],
    ),
    "a_baptism_after_a_birth": (
        "Mi mamá nació el 3 de mayo de 1938, bautizada el 24 de junio, día de San Juan.",
        ["24 de junio"],
    ),
    "a_registration_after_a_birth": (
        "Mi hijo nació el 2 de abril de 2015 y lo inscribimos el 20 de mayo de 2015.",
        ["20 de mayo de 2015"],
    ),
    "a_public_documents_number": (
        "La resolución 0456-2018-UGEL salió tarde. El informe 0871-2020-DIGESA dice que no.",
        ["0456-2018-UGEL", "0871-2020-DIGESA"],
    ),
    "a_city_then_al_lado": (
        "Vivo en Lima al lado del mercado, y en Ica al menos dos meses al año.",
        ["Lima al lado", "Ica al menos"],
    ),
    "a_district_that_holds_a_brothers_name": (
        "Mi hermano Salvador vive en Villa El Salvador, allá tiene su taller de soldadura.",
        ["Villa El Salvador"],
    ),
    "a_district_that_holds_a_cousins_name": (
        "Mi prima María tiene su puesto en Villa María del Triunfo, vende jugos.",
        ["Villa María del Triunfo"],
    ),
    "the_village_saint_after_patron": (
        "Somos de San Luis. Para la fiesta del patrón San Luis Rey mandamos plata.",
        ["de San Luis", "San Luis Rey"],
    ),
    "a_village_after_a_name_cut_at_san": (
        "Mi sobrino Luis Lima, Luis de San Luis, imagínese. Somos treinta familias de San Luis.",
        ["familias de San Luis"],
    ),
    "all_saints_and_the_kings_day": (
        "Para Todos los Santos tienen misa. Los Reyes traen regalos a los niños en enero.",
        ["Todos los Santos", "Los Reyes traen"],
    ),
    "the_saints_day_of_a_school_named_after_her": (
        "Mi hija estudia en el Santa Teresita. Nació el día de Santa Teresita, por eso.",
        ["día de Santa Teresita"],
    ),
    "the_village_after_a_university_named_like_it": (
        "Mi hermana estudia en la San Luis Gonzaga, en Ica. Vivimos en San Luis.",
        ["en San Luis."],
    ),
    "a_leave_taken_on_a_date": (
        "El 12 de mayo parto a Lima con mi primo, ya tengo pasaje.",
        ["12 de mayo"],
    ),
    "a_case_number_then_a_meeting_date": (
        "Ese es el caso n. 14, lo vimos en la asamblea del 3/5/2019.",
        ["14", "3/5/2019"],
    ),
    "a_town_after_a_verb_of_working": (
        "Trabajo en chincha, una fábrica de conservas. Trabajé en lima, la empresa cerró.",
        ["chincha", "lima"],
    ),
    "a_choir_and_buses_as_common_nouns": (
        "El coro de la iglesia canta en quechua. Turismo casi no hay, solo los buses.",
        ["coro", "Turismo"],
    ),
}

test_identifier_is_gone, test_content_is_kept = gone_and_kept(GONE, KEPT)
