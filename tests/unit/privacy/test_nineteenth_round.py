"""Causes of misses in the nineteenth round's opened batches (docs/privacy.md, "Nineteenth
round"), each in words of its own.

Gone: a word-name found as a person, again where it opens a clause and carries or organizes
something ("Próspero también lleva el padrón") or opens a sentence before a verb ("Amparo no
se rinde", "Sierra es bien ordenado"); a speaker named like a fiesta ("Santiago: …" twice
among the turns); a child named like a weekday, set off before its order ("Domingo, el
mayor, está en Huancayo"); a girl named after a country before her surname ("es Italia
Ccorahua"); a name set off before "como le decimos" ("Candela, como le decimos, dice…"); a
landlord's surname typed lowercase ("del patrón ugarte"); a family by a surname that is a
plural word ("Los Flores son familia grande"); an ID dictated with its check letter named
("…, letra eme"); a number dictated that starts over like a count ("me dictó el suyo:
cuatro, cinco, seis... no, …"); an e-mail with initials said as written ("… punto dd hh
arroba …") or with a pause before its join ("anyelo, guion bajo, rojas, …"); an ID read in
groups, its paper named a sentence before ("Su DNI lo tengo porque … : setenta y uno,
novecientos cuarenta, …"); a market stall before the street ("Mercado La Palma, puesto 214,
Calle Lima 890"); a Japanese house number before its street ("1289-3 Hirokoji-machi"); a
mission from abroad named the English way ("Andes Hope Ministries"); a card's series before
its letters ("I04 RT 7726159"); an acronym it is known by that leaves a word out ("Chaska
Wasi para el Desarrollo Rural … conocen como ACHADER"); members by two words of the name
("los de Nueva Generación"); a firm named after a saint, said short after an article ("en la
San Cayetano"); an organization said short after an article by the word after its head ("ONG
Muyu Kawsay … en la Muyu", "los de la Muyu").

Kept: a devotion's name after its title ("la fiesta del Señor de Pachacamilla"); a saint a
school is named after ("lleva el nombre de San Francisco de Asís"); an adverb opening a
sentence before what a patient does ("Actualmente recibe …"); a devotion named like a
surname ("al Señor de Huanca"); a city abroad after "los de"; a preterite opening a sentence
("Tomé el vuelo") and a flight's number; listed names that are also words, in lowercase
("sembramos maca", "no hay norma", "lesiones óseas"); the place an organization is named
after ("… do Brás Ltda., en el Brás"); a date after the ID it was issued for ("fecha de
emisión del DNI 05/06/2019"); a weekday before a part of the time ("Domingo, la mayor parte
del día, descanso")."""

from __future__ import annotations

from tests.unit.privacy.tables import gone_and_kept

GONE = {
    "a_word_name_found_then_carrying": (
        "Nuestro tesorero es Próspero Llancari, de Manta. Próspero siempre lleva el cuaderno "
        "de actas.",
        ["Próspero", "Llancari"],
    ),
    "an_id_dictated_with_its_check_letter_named": (
        "Me dictó su NIE así: ye, dos, ocho, cuatro, cuatro, uno, siete, nueve, letra ka. Ya.",
        ["ocho, cuatro", "letra ka"],
    ),
    "a_number_dictated_that_starts_like_a_count": (
        "Don Teófilo me dictó el suyo: tres, cuatro, cinco... no, tres, cinco, cuatro, ocho, "
        "uno, cero, dos, siete. Ya está.",
        ["tres, cuatro", "cinco, cuatro"],
    ),
    "an_email_with_initials_said_as_written": (
        "si quieres el informe escríbenos a wiñay kallpa punto dd hh arroba gmail punto com, "
        "todo junto.",
        ["wiñay", "kallpa", "dd hh"],
    ),
    "a_japanese_house_number_before_its_street": (
        "Me dio la dirección: 2417-5 Nishikoizumi-machi, Oizumi-machi, Gunma-ken. Allá vive.",
        ["2417-5", "Nishikoizumi"],
    ),
    "a_mission_from_abroad_named_the_english_way": (
        "Vino una misión de los Estados Unidos, de Andes Hope Ministries, y techó la capilla.",
        ["Andes", "Ministries"],
    ),
    "a_card_s_series_before_its_letters": (
        "Su permiso de residencia italiano es el N.º H27 KS 4418305, ya renovado.",
        ["H27", "4418305"],
    ),
    "an_acronym_it_is_known_by_that_leaves_a_word_out": (
        "Trabajo en la Asociación Sumaq Kawsay para el Desarrollo Andino, que todos conocen "
        "como ASUDEA, en Manta.",
        ["ASUDEA"],
    ),
    "members_by_two_words_of_the_name": (
        "Mi hijo está en el Club Juvenil Nueva Esperanza de Acobamba.\nAnahí: Los de Nueva "
        "Esperanza se van todos en enero.",
        ["Esperanza se van"],
    ),
    "a_firm_named_after_a_saint_said_short_after_an_article": (
        "Estudio en el Instituto Superior San Gervasio de Huancayo. En el San Gervasio hay "
        "otras chicas de Chanquil.",
        ["Gervasio"],
    ),
    "a_child_named_like_a_weekday_set_off_before_the_order": (
        "Éramos siete hermanos. Domingo, el menor, se fue a Ica en el 2010.",
        ["Domingo"],
    ),
    "an_email_with_a_pause_before_its_join": (
        "Me lo dictó por audio: wilmerk, guion bajo, rojas, noventa y uno, arroba, gmail, "
        "punto, com, todo junto.",
        ["wilmerk", "rojas", "noventa y uno"],
    ),
    "an_id_read_in_groups_its_paper_named_a_sentence_before": (
        "Su DNI lo tengo yo, porque le hice el trámite del SIS cuando era chiquita: "
        "cuarenta y dos, trescientos diecisiete, seiscientos ocho. Ahora ya es mayor.",
        ["cuarenta y dos", "seiscientos ocho"],
    ),
    "a_market_stall_before_the_street": (
        "Abrimos un puesto en Mercado Santa Rosa, puesto 118, Calle Callao 450, Ica. Ahí vendemos.",
        ["Santa Rosa, puesto", "118"],
    ),
    "a_girl_named_after_a_country_before_her_surname": (
        "Para el aniversario la que más ayuda es Argentina Ccorimanya, que vive en Salta.",
        ["Argentina", "Ccorimanya"],
    ),
    "a_name_set_off_before_como_le_decimos": (
        "Vino para la fiesta con su esposo. Estrella, como la llamamos, ya tiene su casa.",
        ["Estrella"],
    ),
    "a_landlord_s_surname_typed_lowercase": (
        "antes todo era hacienda del patrón ugarte mi papá trabajaba cuatro días para el "
        "patrón y dos para su chacra",
        ["ugarte"],
    ),
    "a_family_by_a_surname_that_is_a_plural_word": (
        "Allá arriba viven los Ríos. Los Ríos son familia grande, casi todos en Lima.",
        ["Los Ríos son"],
    ),
    "a_word_name_opening_a_sentence_before_a_verb": (
        "La tesorera es Consuelo Ñahuinripa. Consuelo no se cansa nunca. Mi vecino Wilmer "
        "Sierra vino también. Sierra es bien callado. Tengo a Amparo Yupari de socia; Amparo "
        "vivió en Ica.",
        ["Consuelo", "Sierra", "Amparo"],
    ),
    "a_word_name_in_an_enumerator_s_notes": (
        "Hogar 12. Responde Esperanza Ccahuana, de 51 años. Refiere que su hijo está en Ica. "
        "Esperanza indica que recibe Pensión 65.",
        ["Esperanza", "Ccahuana"],
    ),
    "a_speaker_named_like_a_fiesta": (
        "Moderadora: ¿Quién se va a ir?\nSantiago: Yo, a Huancayo.\nRaúl: Yo también.\n"
        "Santiago: Pero vuelvo para la fiesta.",
        ["Santiago:", "Raúl"],
    ),
    "an_organization_said_short_after_an_article": (
        "Me ayudó la ONG Suyu Tarpuy con semillas. En la Suyu aprendí a injertar, y los de "
        "la Suyu vuelven en marzo.",
        ["Suyu"],
    ),
}

KEPT = {
    "a_devotion_after_its_title": (
        "Para la fiesta del Señor de Torrechayoc todos bajan a Huayllay Grande.",
        ["Señor de Torrechayoc"],
    ),
    "a_virgin_after_her_title": (
        "En setiembre es la Virgen de Cocharcas, ahí vienen los residentes.",
        ["Virgen de Cocharcas"],
    ),
    "a_saint_a_school_is_named_after": (
        "La escuela lleva el nombre de San Francisco Solano porque así la fundaron.",
        ["San Francisco Solano"],
    ),
    "an_adverb_opening_a_sentence": (
        "Se operó sin complicaciones. Posteriormente recibió quimioterapia. Actualmente lleva "
        "dos años sin recaída.",
        ["Posteriormente recibió", "Actualmente lleva"],
    ),
    "a_devotion_named_after_a_place_like_a_surname": (
        "Cada año le pedimos al Señor de Huanca que llueva a tiempo.",
        ["Señor de Huanca"],
    ),
    "a_city_abroad_after_los_de": (
        "Para la fiesta, los de Buenos Aires mandaron la banda y los de Turín los cohetes.",
        ["Buenos Aires", "Turín"],
    ),
    "a_preterite_opening_a_sentence_and_a_flight": (
        "Ya no aguantaba. Tomé el vuelo LA 2418 a Lima y llegué de madrugada.",
        ["Tomé el vuelo LA 2418"],
    ),
    "listed_names_that_are_words_in_lowercase": (
        "sembramos maca y papa, hago fletes a lircay, puse un criadero de truchas con mi "
        "tocayo, pero no hay norma para eso. la rx mostró lesiones óseas.",
        ["maca", "fletes", "criadero", "tocayo", "norma", "óseas"],
    ),
    "a_date_after_the_id_it_was_issued_for": (
        "DNI 43 118 906, fecha de emisión del DNI 14/03/2017, caduca en 2025.",
        ["14/03/2017"],
    ),
    "a_weekday_before_a_part_of_the_time": (
        "Trabajo de lunes a sábado. Domingo, la mayor parte del día, descanso.",
        ["Domingo, la mayor parte"],
    ),
    "a_country_before_a_village_s_name": (
        "Mi hijo vive en Italia. Hicimos la faena del canal Ccollpa Alto con 96 personas.",
        ["en Italia", "Ccollpa Alto"],
    ),
    "a_mountain_s_spirit_as_it_is_called": (
        "Ese cerro, Apu Wamani, como le decimos, es sagrado.",
        ["Apu Wamani"],
    ),
    "a_potato_named_like_a_woman": (
        "Responde Blanca Quispe, de 40 años. Siembra papa blanca y papa amarilla.",
        ["papa blanca"],
    ),
    "the_place_an_organization_is_named_after": (
        "Cosí para Confecções Estrela do Brás Ltda., en el Brás. Mi hija estudia en el "
        "Instituto Superior de La Plata, en La Plata.",
        ["en el Brás", "en La Plata"],
    ),
}

test_identifier_is_gone, test_content_is_kept = gone_and_kept(GONE, KEPT)
