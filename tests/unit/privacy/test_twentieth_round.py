"""Causes of misses in the twentieth round (docs/privacy.md, "Twentieth round"), each in
words of its own.

Gone: a peasant patrol's base by its name ("la Ronda Campesina Base Pucará Alto"); the
central body of a province's patrols with "Única" in its name; a diocese's commission by
its name; an organization's word where its staff say "en X estamos…" or set its full name
off after it ("Trabajo en Paqocha, el Centro de Desarrollo Alpaquero Paqocha"), also when
the word opens the name after its head ("Asociación Chirapa para el Desarrollo Rural").

Numbers read out: corrected midway ("… cuarenta y dos... no, perdón, cuarenta y tres, …") or
read again from the start, the two parts are one number; a code "que me dieron"; a record
number after its place ("la historia del puesto, la cero…"); a mobile typed and read ("el
985 cuatrocientos doce 307"); a series typed before "guion" ("el CH guion cuatro…"); a
code given as an example ("por ejemplo el mío es …"); a letter's name before an ID read out
("ve, veinticuatro millones…", "cu, cuatro siete…").

An ID started in pairs and read again digit by digit; a RUC read in threes, eleven digits,
its paper named before; a kilometre of a road between two towns ("de la vía
Huancavelica–Izcuchaca") or of the road to a town ("de la carretera a Puerto Ocopa").

Organizations: a people's kitchen named after a saint ("el comedor popular Santa Rosa de
Lima"), a farm supply shop ("Agroveterinaria …"), villagers united where they live ("los de
Unión Ccollpa Ica"), a church's youth or congregation ("la Comunidad Juvenil …"), a group's
city after a dash ("Centro Social Antaccocha - Ica").

Nicknames: one's own since childhood ("a mí me dicen el puma desde chibolo") and one laughed
at ("le dicen patria jaja"); what a hill or a practice is called stays.

Names: a listed name that is also a word after a relative and the family's article ("mi
señora la flor", "mi tío el cruz").

Names: short names people are called by ("Nati", "Flori", "santi", "marce"), and a
speaker's label with a country as her given name and her surname ("Italia Huamán:").

An organization named after a saint of two names, said short after its article ("con la San
Juan Bautista"), also at a sentence's start ("La Santa Cruz nos compraba…"); a firm's own
words where its staff say "we" ("En Sierra Andina somos ocho", "En Santos trabajábamos").
The saint's day and the fiesta stay.

A record's number read as one cardinal after its cue ("su historia es la dos mil
cuatrocientos cinco", "en el fotocheck: cero cero siete mil…"); a Japanese address read
off an envelope ("Honcho tres, guion doce, guion cinco, Isesaki-shi, Gunma"); a street
named without a number before its lot ("pasaje Los Álamos, lote ocho, …"); birth dates as
Japanese papers write them, by the year or the era ("2015年4月5日", "平成25年8月2日",
"H24.6.2"). A date of arrival in Japan stays.

A person named like a saint, a city or a country, found once, is that person again where
the word opens a sentence or follows a colon before a verb ("se llama Santiago … Santiago
es argentino", "mire cómo es la vida: Italia terminó viviendo en Italia", "Santiago no se
acostumbra", "Santiago sigue allá") or follows a title ("el señor Santiago desde
Argentina") or is told something ("y a Italia le dicen…"); the fiesta with its article,
the village's patron saint and letters sent to the country stay.

Addresses: Japan's postal mark, code and prefecture before the city ("〒372-0812 Gunma-ken
Isesaki-shi …"), a postal code in brackets after the city ("Córdoba (CP 5016)"), an
abbreviated part's head ("Coop. Los Chancas de Andahuaylas, Mz. B2, …").

Birth dates: people listed with a whole date in digits each, two at least in a row
("Killa 05/06/2019, Inti Rafael 22/11/2016, …"); a guessed street stops where a date
starts, so "Nayeli 30/01/2021" no longer takes the day into the name. A person and a date
alone stay.

Numbers: a number before "solo" is no price in soles (the unit "sol" was read inside
"solo"); an office's extension after its number ("(067) 453-170 anexo 12") goes with it.

Organizations: an acronym of four letters or more said without a cue, spelling a name that
opens on its head word just before ("la Asociación de Productores Lecheros de Antaccocha.
/ APLA le decimos", "Contratistas Mineros Huaytará S.A.C., … salía COMIHSA"); an
association by its abbreviation ("Asoc. de Criadores de Cuyes …"), a housing one left to
the addresses.

Organizations: a group of young people or of prayer that calls itself so ("formamos un
grupo juvenil que se llama Luz del Ande", "tienen su grupo, se llaman Embajadores del
Rey"); a residents' association said short by its kind after its article ("de la Cultural
Manta"). A village's cultural week stays.

Organizations: a university's acronym typed lowercase ("la uncp", "senati": marked "any
case" in the list, as no Spanish word shares them); an institute by its abbreviations ("Inst.
Sup. Tec. Los Andes"); missionary sisters by their name ("las Misioneras del Buen Pastor").

E-mails dictated with how to write them: the name said first, the letters spelled one by
one or by a word each ("ce de casa"), "con i griega al final", "con hache al inicio", a
name said twice, all part of the address.

A guessed street stops where a phone found by a rule starts: "Hermelinda 9 8 1 3 2 0 4 5 5"
is a name and a phone, not one person. A Bolivian ID keeps its department written short
("4567123 Cbba.").

Kept: a village's patrol by its kind and village; the state's truth commission; a study
village or a city where "we" do something, also when an organization is named after it; a
word of an organization's name explained as a word.
"""

from __future__ import annotations

import pytest

from privacy import scrub_for_cli
from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "a_patrol_base_by_its_name": (
        "Después el comité se volvió ronda, la Ronda Campesina Base Pucará Alto, y ahí vemos "
        "abigeato.",
        ["Pucará Alto"],
    ),
    "the_single_central_of_a_province_s_patrols": (
        "Soy delegado ante la Central Única de Rondas Campesinas de Tayacaja, la CURT. "
        "Vemos linderos.",
        ["Única", "Tayacaja", "CURT"],
    ),
    "a_diocese_s_commission_by_its_name": (
        "Nos ayudó con los papeles la doctora, de la Comisión Diocesana Tierra y Memoria. "
        "Sin ellos no sabíamos nada.",
        ["Comisión", "Tierra", "Memoria"],
    ),
    "where_its_staff_say_we_are": (
        "Trabajo en Contratistas Generales Pallqa E.I.R.L. de operario; me salí el año pasado. "
        "En Pallqa somos varios de Huancavelica.",
        ["Pallqa"],
    ),
    "the_word_a_name_opens_on_where_its_staff_say_we_are": (
        "Soy técnico de la Asociación Qatun Para el Desarrollo Rural. En Qatun estamos viendo "
        "cómo involucrar a los jóvenes.",
        ["Qatun"],
    ),
    "a_bolivian_id_with_its_department_as_on_a_letter": (
        "Mi carnet boliviano es 4567123 Cbba., y aquí saqué carné de extranjería.",
        ["4567123", "Cbba"],
    ),
    "a_phone_read_in_pairs_corrected_midway": (
        "Ya, apunte: nueve, setenta y uno, treinta y dos... no, perdón, treinta y cuatro, "
        "once, ochenta. Ese es el de mi hijo.",
        ["setenta y uno", "treinta y cuatro", "ochenta", "perdón"],
    ),
    "a_phone_read_again_from_the_start": (
        "Anote: nueve cinco dos, cuarenta y... no, no, me equivoqué... nueve cinco dos, "
        "sesenta y uno, cero ocho, diecisiete. Ya.",
        ["cuarenta", "equivoqué", "sesenta y uno", "diecisiete"],
    ),
    "a_code_given_read_in_words": (
        "El código que me dieron es cero cero cuatro uno nueve tres. Cobré en el banco.",
        ["cuatro uno nueve"],
    ),
    "a_record_number_after_its_place": (
        "Le abrieron la historia del puesto, la cero siete dos dos cinco, para que la atiendan.",
        ["siete dos dos cinco"],
    ),
    "a_mobile_typed_and_read": (
        "mi numero es el que tiene pues el 976 trescientos quince 482 ya ese nomas",
        ["976", "trescientos quince", "482"],
    ),
    "a_worker_code_with_its_series_typed": (
        "Mi código de trabajador es el PK guion siete tres cero uno cinco, va en el fotocheck.",
        ["PK", "siete tres cero"],
    ),
    "a_member_code_given_as_an_example": (
        "Cada socio tiene su código, por ejemplo el mío es TM guion cero cero veintiuno, va "
        "en las boletas.",
        ["TM", "veintiuno"],
    ),
    "a_letter_named_before_an_id_read_out": (
        "mi cédula venezolana es ve, veintiún millones cuatrocientos mil doce. Con eso "
        "trabajo. El brevete es cu, tres ocho uno uno dos seis cuatro cero.",
        ["ve,", "cuatrocientos mil", "cu,", "tres ocho uno"],
    ),
    "an_email_said_then_spelled_with_how_to_write_it": (
        "Es wílmer, pero con doble ve y con e al final, no con i, w, i, l, m, e, r, guion "
        "bajo, ocho ocho, arroba hotmail punto com. Ya.",
        ["wílmer", "doble ve", "guion", "ocho ocho"],
    ),
    "an_email_spelled_with_a_word_for_each_letter": (
        "Ella me dictó así, escriba: nely, con i griega al final, punto, ccanto, ce de casa, "
        "ce de casa, a, ene, te, o, noventa y uno, arroba outlook punto com.",
        ["nely", "ccanto", "casa", "noventa y uno"],
    ),
    "an_email_with_a_name_said_twice": (
        "Sí, es... ele, u, ze... luz, punto, huamani, huamani con hache al inicio, setenta, "
        "arroba gmail punto com, todo en minúscula.",
        ["luz", "huamani", "setenta", "ele, u"],
    ),
    "an_id_read_again_digit_by_digit_after_a_start_in_pairs": (
        "Me sacó el DNI para Pensión 65: setenta y dos... no, siete, dos, cuatro, cero, "
        "uno, uno, ocho, seis. Ya me lo sé.",
        ["setenta y dos", "cuatro, cero", "ocho, seis"],
    ),
    "a_ruc_read_in_threes_named_before": (
        "Ya sacamos el RUC de la comunidad, es veinte cuatrocientos doce, ciento ochenta y "
        "tres, seiscientos nueve, para los convenios.",
        ["cuatrocientos doce", "ciento ochenta", "seiscientos nueve"],
    ),
    "a_kilometre_of_a_road_between_two_towns": (
        "Vivo en el kilómetro seis y medio de la vía Lircay–Julcamarca, la casa verde. El "
        "fundo queda en el kilómetro veinte de la carretera a San Martín de Pangoa, Satipo.",
        ["Julcamarca", "seis y medio", "San Martín de Pangoa", "veinte"],
    ),
    "a_people_s_kitchen_named_after_a_saint": (
        "Aquí tenemos el comedor popular Virgen de Cocharcas, somos veintidós socias.",
        ["Virgen de Cocharcas"],
    ),
    "a_farm_supply_shop_by_its_name": (
        "Regresé a poner mi tiendita, Agroveterinaria El Arado, al costado de la posta.",
        ["Agroveterinaria", "Arado"],
    ),
    "villagers_united_where_they_live": (
        "Jugamos un campeonato con los de Unión Chanquil Cañete, los vecinos de allá.",
        ["Unión", "Chanquil Cañete"],
    ),
    "a_church_youth_group_named_after_a_saint": (
        "En Lima se juntan en la Comunidad Juvenil Santa Rosa de Lima de Carabayllo, ahí "
        "hay paisanos.",
        ["Juvenil", "Carabayllo"],
    ),
    "a_group_s_city_after_a_dash": (
        "Nuestra asociación se llama Centro Social Chanquil - Chincha, tenemos ochenta socios.",
        ["Chanquil", "Chincha"],
    ),
    "short_names_people_are_called_by": (
        "Pero la casa está vacía, Nati. Se fue con la Flori a Lima. su hijo santi maneja "
        "camión. la marce siempre bromea.",
        ["Nati", "Flori", "santi", "marce"],
    ),
    "a_speaker_named_after_a_country_with_her_surname": (
        "E: ¿Y usted?\nItalia Huamán: Yo tengo nombre de país y nunca salí de Manta.\nE: Gracias.",
        ["Italia", "Huamán"],
    ),
    "a_word_name_after_a_relative_and_the_family_s_article": (
        "vivo con mi señora la luz en flores. a mi me escribe mi tio el cruz del brasil. me "
        "trajo mi primo el santiago",
        ["luz", "cruz", "santiago"],
    ),
    "an_association_named_after_a_saint_said_short": (
        "Soy de la Asociación de Residentes San Pedro Apóstol de Chanquil. Con la San Pedro "
        "Apóstol hemos apoyado al colegio.",
        ["con la San Pedro", "Apóstol hemos"],
    ),
    "a_cooperative_said_short_at_a_sentence_start": (
        "Vendíamos a la Cooperativa Agraria Valle San Martín. La San Martín nos compraba el "
        "grano a buen precio.",
        ["La San Martín nos"],
    ),
    "a_firm_s_own_words_where_its_staff_say_we": (
        "Mi cuñado tiene la Empresa de Transportes Sierra Verde E.I.R.L., que hace la ruta. "
        "En Sierra Verde somos ocho unidades. Trabajé en Santos Landscaping LLC. En Santos "
        "trabajábamos doce.",
        ["Sierra Verde somos", "Santos trabajábamos"],
    ),
    "a_record_number_read_as_a_cardinal": (
        "Otra señora, su historia es la tres mil ciento doce, ella sí viene. En el "
        "fotocheck: cero cero cuatro mil trescientos diez.",
        ["tres mil ciento doce", "cuatro mil trescientos"],
    ),
    "a_japanese_address_read_off_an_envelope": (
        "En el sobre dice... a ver: Nakamachi dos, guion siete, guion once, Oizumi-machi, "
        "Gunma. Así nomás dice.",
        ["Nakamachi", "siete", "Oizumi-machi", "Gunma"],
    ),
    "a_street_named_without_a_number_before_its_lot": (
        "Vivimos en un cuarto alquilado en pasaje Los Álamos, lote nueve, Parcona, somos "
        "seis de Chanquil.",
        ["Álamos", "nueve", "Parcona"],
    ),
    "japanese_birth_dates_by_the_year_or_the_era": (
        "Mi nieta nació allá el 2017年6月9日. Mis dos hijos nacieron allá: el mayor el "
        "H26.3.4, o sea cuatro de marzo, y la menor el 令和2年10月21日. Pedro el 平成27年5月1日.",
        ["2017年6月9日", "H26.3.4", "令和2年10月21日", "平成27年5月1日"],
    ),
    "a_person_named_after_a_saint_and_a_city_again": (
        "Mi hermana tiene un hijo, se llama Santiago. Santiago es argentino, habla como porteño.",
        ["Santiago"],
    ),
    "a_person_named_after_a_country_again_after_a_colon": (
        "Mi hija se llama Italia, por una película. Y mire cómo es la vida: Italia terminó "
        "viviendo en Roma.",
        ["Italia"],
    ),
    "a_japanese_address_with_its_postal_mark_and_prefecture": (
        "Vivimos en 〒373-0806 Gunma-ken Ōta-shi Nishi-Yajima-chō 455-2, Haitsu Aoi 102; de "
        "noche trabajamos.",
        ["〒", "373-0806", "Gunma-ken", "Yajima"],
    ),
    "an_address_with_its_postal_code_in_brackets": (
        "Vive en calle Mendoza 1820, barrio Alberdi, Córdoba (CP 5003). Yo tengo ese papel.",
        ["Mendoza 1820", "Alberdi", "5003"],
    ),
    "an_abbreviated_part_before_the_lot": (
        "Vive en Coop. Los Olivares de Huanta, Mz. C3, Lt. 12, Ate. Su correo, anote.",
        ["Coop.", "Olivares", "C3"],
    ),
    "a_number_before_solo": (
        "Ya no hablo con ella; a veces me contesta del 713-555-0142 solo para pedir plata.",
        ["713-555-0142"],
    ),
    "an_office_extension_after_its_number": (
        "Para pedidos llamen a la oficina, (064) 21-4477, anexo 305, de lunes a viernes.",
        ["21-4477", "305"],
    ),
    "a_university_s_acronym_typed_lowercase": (
        "yo me voy a hyo, a la unsch si ingreso, sino a senati nomas",
        ["unsch", "senati"],
    ),
    "an_institute_by_its_abbreviations": (
        "Hijos: Yordi (19, en Huancayo, estudia contabilidad en Inst. Sup. Tec. Santa Rosa), "
        "Deysi (15, en casa).",
        ["Inst.", "Tec.", "Santa Rosa"],
    ),
    "missionary_sisters_by_their_name": (
        "soy la hermana Consuelo, de las Misioneras del Divino Pastor de Lircay, trabajo aquí.",
        ["Divino Pastor", "Lircay"],
    ),
    "a_person_named_like_a_city_again_before_a_clitic_or_sigue": (
        "Mi hijo Santiago nació en Milán. Volvimos en 2018. Santiago no se acostumbra. Mi "
        "paisano Santiago Quispe me llevó. Santiago sigue allá.",
        ["Santiago"],
    ),
    "a_person_named_like_a_country_told_something": (
        "Mi hija se llama Argentina. Y a Argentina le dicen por qué no se va también.",
        ["Argentina"],
    ),
    "a_person_named_like_a_city_after_a_title": (
        "El tesorero es Santiago Ccente. Los de fuera opinan, el señor Santiago desde "
        "Argentina quería votar.",
        ["Santiago"],
    ),
    "children_listed_with_their_dates_in_digits": (
        "Tiene 3 hijos con ella; fechas de la tarjeta: Killa 05/06/2019, Inti Rafael "
        "22/11/2016, Nayeli 30/01/2021. El mayor, 19 a., en Huancayo.",
        ["05/06/2019", "22/11/2016", "30/01/2021", "30/"],
    ),
    "a_nickname_since_childhood_or_laughed_at": (
        "a mi me dicen el cóndor desde chibolo porque era alto. en el cuartel a mi primo le "
        "dicen patria jaja",
        ["cóndor", "patria"],
    ),
    "a_young_people_s_group_that_calls_itself_so": (
        "Los jóvenes tienen su grupo, se llaman Heraldos del Rey, tocan charango. Formamos un "
        "grupo juvenil que se llama Sol del Ande.",
        ["Heraldos", "Rey", "Ande"],
    ),
    "a_residents_association_said_short_by_its_kind": (
        "El que coordina la banda es el señor Efraín, de la Cultural Chanquil; él sabe.",
        ["Cultural Chanquil"],
    ),
    "an_acronym_said_without_a_cue_that_spells_a_name_just_before": (
        "Justina: es la Asociación de Criadores de Alpacas de Ccollpa. Justina: ACAC le "
        "decimos. Trabajé con Contratistas Mineros Huaytará S.A.C., en el fotocheck salía "
        "COMIHSA.",
        ["ACAC", "COMIHSA"],
    ),
    "an_association_by_its_abbreviation": (
        "Participan en Asoc. de Criadores de Cuyes Sumaq Quwi (la esposa es vocal).",
        ["Asoc.", "Criadores", "Sumaq Quwi"],
    ),
    "a_word_set_off_before_its_full_name": (
        "Trabajo en Paqocha, el Centro de Desarrollo Alpaquero Paqocha, hace seis años.",
        ["Paqocha"],
    ),
}

KEPT = {
    "a_village_s_patrol_by_its_kind": (
        "La Ronda Campesina de Manta vigila de noche. Vino la Comisión de la Verdad a Manta.",
        ["Ronda Campesina de Manta", "Comisión de la Verdad"],
    ),
    "a_study_village_where_we_work": (
        "Soy de la Asociación Chilcapite en Lima. En Chilcapite estamos bien. En Lima somos "
        "muchos. En Huancayo vamos a la feria.",
        ["En Chilcapite estamos", "En Lima somos", "En Huancayo vamos"],
    ),
    "amounts_corrected_before_their_unit": (
        "Tengo cuarenta y dos... no, perdón, cuarenta y tres ovejas. Pagué 950 "
        "cuatrocientos doce soles. Lo ve, veinticuatro horas al día.",
        ["cuarenta y tres ovejas", "950", "Lo ve, veinticuatro"],
    ),
    "a_sentence_before_an_email_dictated": (
        "Le escribo a la profesora cada semana, sin falta. Es rosa punto quispe arroba gmail "
        "punto com.",
        ["Le escribo a la profesora cada semana, sin falta."],
    ),
    "a_budget_read_after_the_ruc_is_named": (
        "Sacamos el RUC. El presupuesto fue de veinte mil quinientos treinta soles, y ciento "
        "setenta y siete familias. Paramos en la carretera a ver el paisaje.",
        ["veinte mil quinientos treinta soles", "ciento setenta y siete familias", "a ver"],
    ),
    "a_village_s_kitchen_and_community_by_their_kind": (
        "El comedor popular de Manta da almuerzo. La Comunidad Campesina de Manta tiene 300 "
        "comuneros. La Unión Europea dio fondos. Trabajé en la Minera Raura - Lima Norte.",
        ["comedor popular de Manta", "Comunidad Campesina de Manta", "Unión Europea", "Lima Norte"],
    ),
    "a_daughter_described_and_a_mocking_name": (
        "mi hija la mayor se fue, mi hijo el menor no. se burlan de su nombre, le dicen el "
        "puma de la selva.\nE: ¿y usted?\nParticipante 2: Lima: cinco familias.",
        ["la mayor", "el menor", "el puma de la selva", "Lima: cinco"],
    ),
    "a_saint_s_day_and_fiesta_beside_an_organization_named_after_her": (
        "El colegio es el CETPRO Santa Bárbara de Chilcapite, por la patrona de los mineros; "
        "la Santa Bárbara es el 4 de diciembre. En la fiesta de la Santa Bárbara bailamos.",
        ["la Santa Bárbara es el 4", "fiesta de la Santa Bárbara"],
    ),
    "numbers_and_dates_that_are_no_identifier": (
        "Mi número de la suerte es el dos mil doce. La historia del pueblo es de mil "
        "novecientos cincuenta. Llegamos a Japón el 平成15年4月1日 y trabajamos. Trabaja en "
        "la avenida Abancay, cerca del mercado.",
        ["dos mil doce", "mil novecientos cincuenta", "平成15年4月1日", "avenida Abancay"],
    ),
    "the_fiesta_named_like_a_person_of_the_answer": (
        "Nuestro hijo se llama Santiago. El 25 de julio es la herranza, el Santiago, se baila. "
        "Es la fiesta de Santiago. Destino: Argentina es el principal para los jóvenes.",
        ["el Santiago, se baila", "fiesta de Santiago", "Argentina es el principal"],
    ),
    "prices_in_soles_written_short": (
        "Pagué 1500 sol. por la vaca y 2000 soles por el toro; el anexo 3 de la comunidad.",
        ["1500 sol.", "2000 soles", "anexo 3"],
    ),
    "lowercase_words_like_an_acronym": (
        "la uni del pueblo es chica. el inst. de la casa. las misioneras del pueblo vinieron.",
        ["la uni del pueblo", "el inst. de la casa", "las misioneras del pueblo"],
    ),
    "letters_sent_to_the_country_a_girl_is_named_after": (
        "Mi hija se llama Italia. Mandamos cartas a Italia y a Italia le llegan tarde.",
        ["cartas a Italia"],
    ),
    "the_village_s_patron_saint_beside_a_person_of_his_name": (
        "Mi hijo Santiago vive en Lima. Volvemos por el patrón Santiago, la fiesta de julio.",
        ["patrón Santiago"],
    ),
    "a_person_and_a_date_alone": (
        "Vino la señora Marta el 3 de mayo. Juan 12/03/2019 llegó a la comunidad.",
        ["3 de mayo", "12/03/2019"],
    ),
    "what_a_hill_or_a_practice_is_called": (
        "al cerro le dicen el apu desde siempre. a eso le decimos ayni jaja",
        ["el apu desde siempre", "ayni jaja"],
    ),
    "a_cultural_week_of_a_village": (
        "Es una zona cultural Manta. Hubo una semana Cultural Manta en agosto.",
        ["zona cultural Manta", "semana Cultural Manta"],
    ),
    "a_housing_association_s_name_said_again": (
        "Vive en Asoc. de Vivienda Nueva Esperanza, Mz. F, Lt. 9, Ate... arriba en el cerro. "
        "Nueva Esperanza se llama, pero esperanza no hay. Vino la DIRESA y la OMS.",
        ["Nueva Esperanza se llama", "DIRESA", "OMS"],
    ),
    "a_word_of_the_name_explained": (
        "Soy técnico de la Asociación Chirapa para el Desarrollo Rural. Chirapa en quechua es "
        "cuando llueve con sol.",
        ["Chirapa en quechua"],
    ),
}

test_identifier_is_gone, test_content_is_kept = gone_and_kept(GONE, KEPT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sus números: Marcelino 987-241-660, Hermelinda 9 8 1 3 2 0 4 5 5, así lo "
            "escribió mi nieta.",
            "Sus números: [PERSONA-1] [TELÉFONO], [PERSONA-2] [TELÉFONO], así lo escribió "
            "mi nieta.",
        ),
    ],
    ids=["a_phone_digit_by_digit_after_a_name_is_a_phone"],
)
def test_a_guessed_street_stops_where_a_phone_starts(text: str, expected: str) -> None:
    """The tagger reads a name and a phone spaced digit by digit as a street and its
    number; joined with the name, the phone took the name's placeholder."""
    assert scrub_for_cli(text) == expected
